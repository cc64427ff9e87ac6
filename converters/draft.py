"""An optional draft model in a pack (role ``draft``), for speculative decoding.

``--draft DRAFT.gguf`` of both converters adds a small language model with the same vocabulary
as the pack's (TinyLlama for Llama-2, a small Gemma 3 for MedGemma), copied in as draft.gguf.
Its vocabulary is compared with the pack's LLM token for token before it is copied: a draft
that spells tokens differently would propose other text, and the app would have to refuse it at
load anyway.
"""

from __future__ import annotations

from pathlib import Path

from skingpt_desktop.core.errors import ConversionError
from skingpt_desktop.core.native.gguf_check import read_gguf_header

TOKENS = "tokenizer.ggml.tokens"


def _tokens(path: Path, accepted: tuple[str, ...], what: str) -> list[str]:
    summary = read_gguf_header(path, keep_arrays=(TOKENS,))  # GGUFFormatError names the file
    if summary.architecture not in accepted:
        raise ConversionError(f"{path}: the {what} has architecture "
                              f"'{summary.architecture or 'none'}', expected "
                              f"'{' or '.join(accepted)}'")
    tokens = summary.metadata.get(TOKENS)
    if not isinstance(tokens, list) or not tokens:
        raise ConversionError(f"{path}: the {what} has no vocabulary ({TOKENS})")
    return tokens


def check_draft(draft: Path, llm: Path, accepted: tuple[str, ...]) -> None:
    """ConversionError unless ``draft`` is a language model with ``llm``'s exact vocabulary."""
    ours = _tokens(llm, accepted, "language model")
    theirs = _tokens(draft, accepted, "draft model")
    if len(theirs) != len(ours):
        raise ConversionError(f"{draft}: the draft model has {len(theirs)} tokens, the language "
                              f"model {len(ours)}: a draft needs the same vocabulary")
    differing = next((i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b), None)
    if differing is not None:
        raise ConversionError(f"{draft}: the draft model's token {differing} is "
                              f"{theirs[differing]!r}, the language model's {ours[differing]!r}: "
                              "a draft needs the same vocabulary")
