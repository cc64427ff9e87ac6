"""Refuse an answer length the context window cannot hold, before anything is generated.

Without this, ``ask --max-tokens N`` with N near or above the context size failed only once the
first answer had started (or at a follow-up question), naming internal settings. The check asks
the chat session how much room each question leaves when it is asked with the photo alone (the
most a later question gets too: older turns are dropped to make room) and names the flags a
user can change."""

from __future__ import annotations

from collections.abc import Sequence

from skingpt_desktop.core.errors import SkinGPTError


def tokens(n: int) -> str:
    """``"1 token"``, ``"2 tokens"``."""
    return f"{n} token" + ("" if n == 1 else "s")


def check_answer_room(chat, questions: Sequence[str], max_new_tokens: int) -> None:
    """``SkinGPTError`` naming ``--max-tokens`` and ``--ctx`` when an answer of
    ``max_new_tokens`` cannot follow the photo and one of ``questions`` in the context window.

    ``chat`` is a fresh ``engine.Chat`` (no turns yet); nothing is evaluated."""
    n_ctx = chat.session.llm.n_ctx
    room = min(chat.session.room_for_answer(chat.model_question(q)) for q in questions)
    if max_new_tokens <= room:
        return
    if room < 1:
        raise SkinGPTError(f"the photo and the question alone fill the {tokens(n_ctx)} context "
                           f"window; raise --ctx")
    raise SkinGPTError(f"--max-tokens {max_new_tokens} does not fit: the {tokens(n_ctx)} "
                       f"context window (--ctx) leaves room for {tokens(room)} after the photo "
                       f"and the question; lower --max-tokens to {room} or raise --ctx")
