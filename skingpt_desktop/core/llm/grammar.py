"""Grammar-constrained generation through llama.cpp's own grammar sampler.

``GrammarConstraint`` plugs into the chat session's token loop (``ChatSession.ask(...,
constraint=...)``): before each token it turns the model's logits into logits where every token
the grammar cannot accept is ``-inf``; after the token is chosen (by the usual numpy sampler)
it advances the grammar. The grammar is GBNF text, e.g. from llama-cpp-python's
``json_schema_to_gbnf``; llama.cpp parses it (``llama_sampler_init_grammar``, NULL on a bad
grammar) and matches it against the vocabulary.

Per token the whole vocabulary goes through ``llama_sampler_apply`` as one
``llama_token_data_array``. Its items are viewed as a numpy structured array, so filling them
is one vectorised assignment (about 0.1 ms for 32,000 tokens; element by element from Python
it would be about 14 ms).

A constrained answer must also fit its token budget. The constraint knows the budget and the
length of the shortest valid completion (``reserve`` tokens); once only that many tokens are
left it *finishes*: among the tokens the grammar allows it prefers the ones that close the open
string, array or object and end the answer, so the output is complete, valid text even when
the budget runs out (the fields written so far are kept, shortened).
"""

from __future__ import annotations

import ctypes

import llama_cpp
import numpy as np

from skingpt_desktop.core.errors import SkinGPTError

# Layout of llama.cpp's llama_token_data {int32 id; float logit; float p;}.
TOKEN_DATA = np.dtype([("id", "<i4"), ("logit", "<f4"), ("p", "<f4")])
assert TOKEN_DATA.itemsize == ctypes.sizeof(llama_cpp.llama_token_data)

_CLOSE_STRING = 2e4  # finishing: inside a string, a token starting with '"'
_CLOSE_BRACKET = 2e4  # finishing: outside strings, a token made of ']' / '}' (and blanks)
_END = 3e4  # finishing: end of generation once the grammar is complete
_BLANK = -1e4  # finishing: whitespace only as a last resort


class GrammarError(SkinGPTError):
    """A grammar that llama.cpp rejects, or a state no token can continue."""


class _JsonLexer:
    """Tracks whether the text so far ends inside a JSON string (for finishing)."""

    def __init__(self) -> None:
        self.in_string = False
        self._escape = False

    def feed(self, data: bytes) -> None:
        for byte in data:
            if not self.in_string:
                self.in_string = byte == 0x22
            elif self._escape:
                self._escape = False
            elif byte == 0x5C:
                self._escape = True
            elif byte == 0x22:
                self.in_string = False


def _token_classes(llm) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per token: starts with '"'; only ']' '}' and blanks; only blanks; end of generation."""
    n = llm.n_vocab
    quote, bracket, blank, eog = (np.zeros(n, dtype=bool) for _ in range(4))
    for token in range(n):
        piece = llm.token_bytes(token)
        stripped = piece.strip()
        quote[token] = piece[:1] == b'"'
        bracket[token] = bool(stripped) and not stripped.strip(b"]}")
        blank[token] = bool(piece) and not stripped
        eog[token] = llm.is_eog(token)
    return quote, bracket, blank, eog


class GrammarConstraint:
    """Restricts one answer to a GBNF grammar; ``budget`` is the answer's max_new_tokens.

    ``reserve``: tokens kept for finishing (at least the shortest valid completion from any
    state). Use once, for one answer; ``close()`` (or ``with``) frees the native sampler.
    """

    def __init__(self, llm, gbnf: str, budget: int, reserve: int = 0) -> None:
        self.n_vocab = llm.n_vocab
        self._sampler = llama_cpp.llama_sampler_init_grammar(llm.vocab, gbnf.encode("utf-8"), b"root")
        if not self._sampler:
            raise GrammarError("llama.cpp rejected the grammar (see the debug log for the rule)")
        self.budget, self.reserve, self.accepted = budget, reserve, 0
        self._items = (llama_cpp.llama_token_data * self.n_vocab)()
        self._view = np.frombuffer(self._items, dtype=TOKEN_DATA)
        self._ids = np.arange(self.n_vocab, dtype=np.int32)
        self._array = llama_cpp.llama_token_data_array(
            data=ctypes.cast(self._items, llama_cpp.llama_token_data_p), size=self.n_vocab,
            selected=-1, sorted=False)
        self._classes = _token_classes(llm) if reserve > 0 else None
        self._lexer = _JsonLexer()
        self._piece = llm.token_bytes
        self._allowed: np.ndarray | None = None

    @property
    def finishing(self) -> bool:
        """True once only the reserve is left of the budget."""
        return self.reserve > 0 and self.budget - self.accepted <= self.reserve

    def allowed(self) -> np.ndarray:
        """Boolean mask (n_vocab,) of the tokens the grammar accepts next."""
        view = self._view
        view["id"] = self._ids  # the sampler may reorder or shrink the items: start afresh
        view["logit"] = 0.0
        self._array.size, self._array.selected, self._array.sorted = self.n_vocab, -1, False
        llama_cpp.llama_sampler_apply(self._sampler, ctypes.byref(self._array))
        size = self._array.size
        mask = np.zeros(self.n_vocab, dtype=bool)
        mask[view["id"][:size]] = np.isfinite(view["logit"][:size])
        if not mask.any():
            raise GrammarError("no token of the vocabulary can continue the grammar")
        self._allowed = mask
        return mask

    def mask(self, logits: np.ndarray) -> np.ndarray:
        """The logits with every token the grammar rejects at ``-inf`` (float64 copy)."""
        allowed = self.allowed()
        scores = np.where(allowed, np.asarray(logits, dtype=np.float64), -np.inf)
        if self.finishing and self._classes is not None:
            self._steer_to_end(scores, allowed)
        return scores

    def _steer_to_end(self, scores: np.ndarray, allowed: np.ndarray) -> None:
        """Finishing: close what is open, end the text; other allowed tokens keep their order."""
        quote, bracket, blank, eog = self._classes  # type: ignore[misc]
        closing = quote if self._lexer.in_string else bracket
        scores[allowed & blank] += _BLANK
        scores[allowed & closing] = _CLOSE_STRING if self._lexer.in_string else _CLOSE_BRACKET
        scores[allowed & eog] = _END

    def accept(self, token: int) -> None:
        """Advance the grammar by the chosen ``token`` (it must be one ``allowed()`` allowed:
        llama.cpp would abort the process on a token the grammar cannot take)."""
        if self._allowed is None or not 0 <= token < self.n_vocab or not self._allowed[token]:
            raise GrammarError(f"token {token} does not fit the grammar")
        llama_cpp.llama_sampler_accept(self._sampler, token)
        self._lexer.feed(self._piece(token))
        self.accepted += 1
        self._allowed = None

    def close(self) -> None:
        """Free the native sampler."""
        if self._sampler:
            llama_cpp.llama_sampler_free(self._sampler)
            self._sampler = None

    def __enter__(self) -> "GrammarConstraint":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # interpreter shutdown: the library may already be gone
            pass
