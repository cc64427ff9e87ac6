"""Speculative decoding with a draft model: the same answers, fewer reads of the big model."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from converters.tiny_llama import write_tiny_llama
from converters.tiny_mtmd import write_tiny_gemma3
from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.llm.chat_session import ChatSession
from skingpt_desktop.core.llm.llm import LLM, GenerationSettings
from skingpt_desktop.core.llm.speculative import (
    GIVE_UP_ACCEPTANCE,
    GIVE_UP_AFTER,
    K_MAX,
    DraftModel,
)

GREEDY = GenerationSettings(deterministic=True, max_new_tokens=32)
PROMPTS = [f"Question {i}: what does the patch on the {part} look like?"
           for i, part in enumerate(("arm", "leg", "back", "face", "neck", "hand", "foot",
                                     "chest", "scalp", "knee", "elbow", "shin", "ankle",
                                     "wrist", "cheek", "chin", "ear", "lip", "hip", "toe"))]


@pytest.fixture(scope="module")
def target(tiny_pack: Path):
    llm = LLM(tiny_pack / "llm.gguf", n_ctx=1024, n_threads=1)
    yield llm
    llm.close()


@pytest.fixture(scope="module")
def random_draft(target, tmp_path_factory):
    """A different random model with the tiny pack's vocabulary (it rarely agrees)."""
    path = write_tiny_llama(tmp_path_factory.mktemp("draft") / "draft.gguf", seed=5, n_embd=64)
    draft = DraftModel(LLM(path, n_ctx=1024, n_threads=1), target)
    yield draft
    draft.close()


@pytest.fixture(scope="module")
def self_draft(target, tiny_pack: Path):
    """The target's own file as the draft (a second instance): it always agrees on text."""
    draft = DraftModel(LLM(tiny_pack / "llm.gguf", n_ctx=1024, n_threads=1), target)
    yield draft
    draft.close()


def _image(llm: LLM, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((32, llm.n_embd)).astype(np.float32)


def test_greedy_answers_are_the_same_with_a_draft(target, random_draft) -> None:
    for i, prompt in enumerate(PROMPTS):
        image = _image(target, i)
        plain = ChatSession(target, "skingpt4", image).ask(prompt, GREEDY)
        drafted = ChatSession(target, "skingpt4", image, draft=random_draft).ask(prompt, GREEDY)
        assert drafted.text == plain.text, prompt
        assert drafted.generated_tokens == plain.generated_tokens
        assert drafted.draft_proposed > 0
        if drafted.draft_acceptance < GIVE_UP_ACCEPTANCE:  # a draft that keeps failing is dropped
            assert drafted.draft_proposed < GIVE_UP_AFTER + K_MAX


def test_the_target_as_its_own_draft_is_always_accepted(target, self_draft) -> None:
    """Without an image both see the same text, so every proposal is what the model says."""
    plain = ChatSession(target, "skingpt4", None).ask(PROMPTS[0], GREEDY)
    drafted = ChatSession(target, "skingpt4", None, draft=self_draft).ask(PROMPTS[0], GREEDY)
    assert drafted.text == plain.text
    assert drafted.draft_proposed > 0 and drafted.draft_acceptance == 1.0


def test_follow_ups_and_a_small_window_work_with_a_draft(tiny_pack: Path, tmp_path) -> None:
    """Four questions in a 200-token window: old turns drop out, the answers stay the same."""
    answers = {}
    for use_draft in (False, True):
        llm = LLM(tiny_pack / "llm.gguf", n_ctx=200, n_threads=1)
        draft = None
        if use_draft:
            path = write_tiny_llama(tmp_path / "d.gguf", seed=9, n_embd=64)
            draft = DraftModel(LLM(path, n_ctx=200, n_threads=1), llm)
        try:
            session = ChatSession(llm, "skingpt4", _image(llm), draft=draft)
            got = [session.ask(q, GenerationSettings(deterministic=True, max_new_tokens=24))
                   for q in PROMPTS[:4]]
            answers[use_draft] = [a.text for a in got]
            assert got[1].prompt_tokens_evaluated < got[0].prompt_tokens_evaluated
            assert session.window_start > 0  # the window did drop turns
        finally:
            if draft is not None:
                draft.close()
            llm.close()
    assert answers[True] == answers[False]


def test_sampling_with_a_seed_repeats(target, random_draft) -> None:
    settings = GenerationSettings(seed=11, max_new_tokens=32)
    image = _image(target)
    runs = [ChatSession(target, "skingpt4", image, draft=random_draft).ask(PROMPTS[1], settings)
            for _ in range(2)]
    assert runs[0].text == runs[1].text and runs[0].generated_tokens > 0


@pytest.mark.parametrize("proposed", [0, 3, 7])  # likely, middling and unlikely proposals
def test_the_accept_reject_rule_keeps_the_models_distribution(proposed: int) -> None:
    """Whatever the draft proposes, the tokens chosen follow the sampler's own distribution."""
    from skingpt_desktop.core.llm.sampling import Sampler, softmax

    logits = np.array([2.0, 1.5, 1.0, 0.5, 0.0, -0.5, -1.0, -3.0], dtype=np.float32)
    sampler = Sampler(GenerationSettings(seed=4, top_k=0, top_p=1.0), eos_id=-1)
    draws = np.array([sampler.verify(logits, [], proposed) for _ in range(20000)])
    frequencies = np.bincount(draws, minlength=logits.size) / draws.size
    assert np.abs(frequencies - softmax(logits)).max() < 0.015


def test_greedy_verification_is_the_arg_max() -> None:
    from skingpt_desktop.core.llm.sampling import Sampler

    sampler = Sampler(GREEDY, eos_id=-1)
    logits = np.array([0.1, 3.0, 0.2], dtype=np.float32)
    assert sampler.verify(logits, [], 1) == 1 and sampler.verify(logits, [], 2) == 1


def test_a_draft_with_another_vocabulary_is_refused(target, tmp_path) -> None:
    other = LLM(write_tiny_gemma3(tmp_path / "gemma.gguf"), n_ctx=256, n_threads=1,
                architectures=("gemma3",))
    try:
        with pytest.raises(PackError, match="draft needs the same vocabulary"):
            DraftModel(other, target)
    finally:
        other.close()


def test_stop_during_a_draft_round_acts_within_a_token(target, random_draft) -> None:
    cancel, pieces = threading.Event(), []

    def on_token(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()

    session = ChatSession(target, "skingpt4", _image(target), draft=random_draft)
    answer = session.ask(PROMPTS[3], GenerationSettings(max_new_tokens=200, min_new_tokens=200,
                                                        seed=1), on_token=on_token, cancel=cancel)
    assert answer.stop_reason == "cancelled" and answer.generated_tokens <= 4
    # The conversation goes on from a consistent cache.
    assert session.ask("And now?", GREEDY).text == \
        ChatSession(target, "skingpt4", _image(target), turns=session.turns[:1]).ask(
            "And now?", GREEDY).text


def test_a_pack_with_a_draft_uses_it_unless_off(tiny_pack: Path, tmp_path, photo_paths,
                                                capsys) -> None:
    from converters.tiny_pack import TINY_CARD
    from skingpt_desktop.cli import main
    from skingpt_desktop.core.packs.pack import ModelPack, build_manifest, write_manifest

    pack = Path(shutil.copytree(tiny_pack, tmp_path / "pack"))
    shutil.copyfile(pack / "llm.gguf", pack / "draft.gguf")  # the model as its own draft
    write_manifest(pack, build_manifest(pack, name="tiny-draft", display_name="Tiny + draft",
                                        conversation_format="skingpt4", card=TINY_CARD))
    assert ModelPack.open(pack).draft_path == pack / "draft.gguf"
    base = ["ask", "--pack", str(pack), "--image", str(photo_paths[0]), "--deterministic",
            "--max-tokens", "16", "--json", "--threads", "1", "Describe it."]
    outputs = {}
    for draft in ("auto", "off"):
        assert main([*base, "--draft", draft]) == 0
        outputs[draft] = json.loads(capsys.readouterr().out)
    assert outputs["auto"]["draft"] == "draft.gguf" and outputs["off"]["draft"] is None
    assert outputs["auto"]["timings"]["draft_acceptance"] is not None
    assert outputs["off"]["timings"]["draft_acceptance"] is None
    assert outputs["auto"]["transcript"] == outputs["off"]["transcript"]


def test_prompt_lookup_proposes_what_followed_the_last_ngram() -> None:
    from skingpt_desktop.core.llm.speculative import PromptLookup

    lookup = PromptLookup()
    assert lookup.propose([5, 6, 7, 8, 9, 5, 6, 7], k=3) == [8, 9, 5]
    assert lookup.propose([1, 2, 3, 4, 2], k=2) == [3, 4]  # falls back to a 1-gram
    assert lookup.propose([1, 2, 3], k=2) == []  # nothing repeats


def test_prompt_lookup_keeps_greedy_answers_and_is_the_default_without_a_draft(
        target, tiny_pack: Path) -> None:
    from skingpt_desktop.core.engine import Engine, EngineSettings
    from skingpt_desktop.core.llm.speculative import PromptLookup
    from skingpt_desktop.core.packs.pack import ModelPack

    for i, prompt in enumerate(PROMPTS[:8]):
        image = _image(target, i)
        plain = ChatSession(target, "skingpt4", image).ask(prompt, GREEDY)
        looked = ChatSession(target, "skingpt4", image, draft=PromptLookup()).ask(prompt, GREEDY)
        assert looked.text == plain.text
    engine = Engine.load(ModelPack.open(tiny_pack), EngineSettings(threads=1))
    try:
        assert isinstance(engine.draft, PromptLookup)
    finally:
        engine.close()
