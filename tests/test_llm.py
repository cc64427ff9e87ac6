"""The llama.cpp session on a tiny random Llama: image splicing, KV reuse, sampling, streaming."""

from __future__ import annotations

import math
import threading

import gguf
import numpy as np
import pytest

from converters.llama_gguf import LlamaHParams, tensor_shapes, write_llama_gguf
from converters.tiny_llama import random_tensors, tiny_hparams, tiny_vocab, write_tiny_llama
from skingpt_desktop.core.errors import (
    ConversionError,
    InvalidNumbersError,
    PackError,
    SkinGPTError,
)
from skingpt_desktop.core.llm.chat_session import ChatSession
from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS, Turn, get_format, render_prompt
from skingpt_desktop.core.llm.llm import LLM, ContextWindowError, GenerationSettings
from skingpt_desktop.core.llm.sampling import (
    Sampler,
    apply_repetition_penalty,
    softmax,
    top_k_filter,
    top_p_filter,
)

Q1, Q2, Q3, Q4 = CLINICAL_PROMPTS
VOCAB = tiny_vocab()
TOK = {piece: i for i, piece in enumerate(VOCAB.tokens)}
GREEDY = GenerationSettings(deterministic=True, max_new_tokens=12)
# Long answers: no stop string and no EOS can appear (every piece containing "#" is banned).
NO_STOP_BIAS = {i: -math.inf for i, p in enumerate(VOCAB.tokens) if "#" in p or p == "<0x23>"}
NO_STOP_BIAS[VOCAB.eos_id] = -math.inf


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    return write_tiny_llama(tmp_path_factory.mktemp("tiny") / "tiny-llama.gguf", seed=0)


@pytest.fixture(scope="module")
def llm(model_path):
    with LLM(model_path, n_ctx=512, n_threads=1) as model:
        yield model


def image(seed: int, llm: LLM, k: int = 32) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((k, llm.n_embd)).astype(np.float32)


def forced(*pieces_and_bias, **kw) -> GenerationSettings:
    """Greedy settings that force a token sequence: bias descending, repetition penalty 2."""
    bias = {TOK[p]: b for p, b in zip(pieces_and_bias[::2], pieces_and_bias[1::2], strict=True)}
    return GenerationSettings(deterministic=True, repetition_penalty=2.0, logit_bias=bias, **kw)


def scratch_distribution(llm: LLM, items, emb: np.ndarray) -> np.ndarray:
    """Evaluate ``items`` from an empty cache, independently of ChatSession, and return p(next)."""
    llm.clear()
    llm.owner = None
    pos = 0
    while pos < len(items):
        end = pos
        while end < len(items) and (items[end] < 0) == (items[pos] < 0):
            end += 1
        if items[pos] < 0:
            llm.eval_embeddings(emb[[-1 - r for r in items[pos:end]]], pos)
        else:
            llm.eval_tokens(list(items[pos:end]), pos)
        pos = end
    logits = llm.logits().astype(np.float64)
    e = np.exp(logits - logits.max())
    return e / e.sum()


# --- the GGUF writer and the tiny model ------------------------------------------------------

def test_tiny_model_loads_with_expected_shape_and_metadata(llm, model_path):
    assert (llm.n_embd, llm.n_vocab, llm.bos_id, llm.eos_id) == (64, len(VOCAB.tokens), 1, 2)
    assert llm.metadata("general.architecture") == "llama"
    reader = gguf.GGUFReader(model_path)
    hp = tiny_hparams(len(VOCAB.tokens))
    assert [t.name for t in reader.tensors] == list(tensor_shapes(hp))
    assert reader.get_field(gguf.Keys.Tokenizer.MODEL).contents() == "llama"


@pytest.mark.parametrize("amx", [True, False])
def test_amx_builds_load_without_the_amx_kernels(model_path, monkeypatch, amx):
    """llama.cpp's AMX matrix kernels crash on Q8_0 weights; a build that has them must not
    hand the model to them (the plain CPU kernels give the same numbers)."""
    import llama_cpp

    from skingpt_desktop.core.llm import llm as llm_module

    seen = []
    real_load = llama_cpp.llama_model_load_from_file

    def recording_load(path, params):
        seen.append(params.use_extra_bufts)
        return real_load(path, params)

    monkeypatch.setattr(llm_module, "build_has_amx", lambda: amx)
    monkeypatch.setattr(llama_cpp, "llama_model_load_from_file", recording_load)
    with LLM(model_path, n_ctx=64, n_threads=1) as model:
        model.eval_tokens([VOCAB.bos_id], 0)
    assert seen == [not amx]


@pytest.mark.parametrize("info, expected", [
    (b"CPU : AVX2 = 1 | AVX512 = 1 | AMX_INT8 = 1 | REPACK = 1 | ", True),
    (b"CPU : AVX2 = 1 | AVX512 = 1 | REPACK = 1 | ", False),
])
def test_amx_is_read_from_the_build_description(monkeypatch, info, expected):
    import llama_cpp

    from skingpt_desktop.core.llm.llm import build_has_amx

    monkeypatch.setattr(llama_cpp, "llama_print_system_info", lambda: info)
    assert build_has_amx() is expected


def test_writer_rejects_wrong_shape_and_leaves_no_file(tmp_path):
    hp = tiny_hparams(len(VOCAB.tokens))
    good = random_tensors(hp)

    def bad(name):
        return good(name)[:, :-1] if name == "blk.1.ffn_up.weight" else good(name)

    shape_error = r"blk\.1\.ffn_up\.weight has shape \(128, 63\), expected \(128, 64\)"
    with pytest.raises(ConversionError, match=shape_error):
        write_llama_gguf(tmp_path / "m.gguf", hp, VOCAB, bad)
    assert list(tmp_path.iterdir()) == []


def test_writer_rejects_float16_overflow(tmp_path):
    hp = tiny_hparams(len(VOCAB.tokens))
    good = random_tensors(hp)

    def huge(name):
        return good(name) * (1e6 if name == "output.weight" else 1.0)

    with pytest.raises(ConversionError,
                       match="output.weight contains NaN or infinite values after conversion to float16"):
        write_llama_gguf(tmp_path / "m.gguf", hp, VOCAB, huge)


def test_writer_checks_hparams_and_vocab(tmp_path):
    with pytest.raises(ConversionError, match="not divisible by n_head"):
        LlamaHParams(n_vocab=10, n_embd=30, n_layer=1, n_head=4, n_head_kv=4, n_ff=8).validate()
    n = len(VOCAB.tokens)
    hp = tiny_hparams(n + 1)
    with pytest.raises(ConversionError,
                       match=f"vocabulary has {n} tokens but the model's n_vocab is {n + 1}"):
        write_llama_gguf(tmp_path / "m.gguf", hp, VOCAB, random_tensors(hp))


def test_tiny_model_is_reproducible(tmp_path):
    a = write_tiny_llama(tmp_path / "a.gguf", seed=3).read_bytes()
    b = write_tiny_llama(tmp_path / "b.gguf", seed=3).read_bytes()
    c = write_tiny_llama(tmp_path / "c.gguf", seed=4).read_bytes()
    assert a == b != c


def test_loading_does_not_print(model_path, capfd):
    LLM(model_path, n_ctx=128, n_threads=1).close()
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_missing_or_foreign_model_file_is_a_clear_error(tmp_path):
    with pytest.raises(PackError, match="does not exist"):
        LLM(tmp_path / "nope.gguf")
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(SkinGPTError, match="junk.gguf"):
        LLM(junk)


# --- tokens ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Hello world", "naïve café 🙂 ok", "###Human: hi", "日本語\n\ttabs"])
def test_any_text_round_trips(llm, text):
    assert llm.detokenize(llm.tokenize(text)) == " " + text  # SentencePiece's dummy space
    assert llm.detokenize(llm.tokenize_continuation(text)) == text


def test_stop_string_has_two_spellings(llm):
    assert llm.tokenize_continuation("###") == [TOK["###"]]
    assert llm.detokenize([TOK["##"], TOK["#"]]) == "###"


def test_first_prompt_tokenizes_each_segment_like_the_reference(llm):
    emb = image(0, llm)
    s = ChatSession(llm, "skingpt4", emb)
    s.first_token_distribution(Q1)
    seg0, _, seg1 = render_prompt(get_format("skingpt4"), [], Q1)
    expected = [1] + llm.tokenize(seg0.text) + [-1 - r for r in range(32)] + llm.tokenize(seg1.text)
    assert list(s.last_prompt_items) == expected
    assert llm.detokenize(llm.tokenize(seg1.text)) == " </Img> " + Q1 + "###Assistant:"


# --- the image reaches the model ------------------------------------------------------------

def test_embedding_rows_act_exactly_like_the_tokens_they_embed(llm, model_path):
    """Rows of token_embd evaluated as an embedding batch must give the same logits as the
    tokens themselves, also when spliced between text at the right positions."""
    reader = gguf.GGUFReader(model_path)
    table = next(t for t in reader.tensors if t.name == "token_embd.weight")
    embd = np.asarray(table.data, dtype=np.float32).reshape(len(VOCAB.tokens), 64)  # (n_vocab, n_embd)
    toks = llm.tokenize("Could you describe the skin disease in this image for me?")
    llm.owner = None
    llm.clear()
    llm.eval_tokens(toks, 0)
    expected = llm.logits()
    llm.clear()
    llm.eval_tokens(toks[:3], 0, want_logits=False)
    llm.eval_embeddings(embd[toks[3:8]], 3, want_logits=False)
    llm.eval_tokens(toks[8:], 8)
    np.testing.assert_allclose(llm.logits(), expected, atol=1e-3)
    llm.clear()
    llm.eval_tokens(toks[:3], 0, want_logits=False)
    llm.eval_embeddings(embd[toks[3:8]][::-1], 3, want_logits=False)  # rows in the wrong order
    llm.eval_tokens(toks[8:], 8)
    assert np.abs(llm.logits() - expected).max() > 1e-2


def test_different_images_give_different_first_token_distributions(llm):
    p_a = ChatSession(llm, "skingpt4", image(1, llm)).first_token_distribution(Q1)
    p_b = ChatSession(llm, "skingpt4", image(2, llm)).first_token_distribution(Q1)
    p_a2 = ChatSession(llm, "skingpt4", image(1, llm)).first_token_distribution(Q1)
    assert np.isclose(p_a.sum(), 1.0)
    np.testing.assert_allclose(p_a, p_a2, atol=1e-6)
    assert 0.5 * np.abs(p_a - p_b).sum() > 0.05  # total variation distance


def test_image_width_must_match_n_embd(llm):
    with pytest.raises(PackError, match=r"expected \(K, 64\)"):
        ChatSession(llm, "skingpt4", np.zeros((32, 48), np.float32))


# --- generation -----------------------------------------------------------------------------

def test_deterministic_mode_repeats_exactly(llm):
    answers = [ChatSession(llm, "skingpt4", image(5, llm)).ask(Q1, GREEDY) for _ in range(2)]
    assert answers[0].text == answers[1].text != ""
    assert answers[0].generated_tokens == answers[1].generated_tokens


def test_seed_repeats_sampling_and_different_seeds_differ(llm):
    def run(seed):
        settings = GenerationSettings(seed=seed, max_new_tokens=30, logit_bias=NO_STOP_BIAS)
        return ChatSession(llm, "skingpt4", image(5, llm)).ask(Q1, settings)

    first, again, other = run(11), run(11), run(12)
    assert first.text == again.text and first.seed == 11
    assert first.text != other.text


def test_streamed_pieces_join_to_the_answer(llm):
    for seed in range(4):
        pieces: list[str] = []
        s = ChatSession(llm, "skingpt4", image(seed, llm))
        answer = s.ask(Q1, GenerationSettings(seed=seed, max_new_tokens=60), on_token=pieces.append)
        assert "".join(pieces) == answer.text
        assert all(p for p in pieces)
        streamed = list(s.stream(Q2, GenerationSettings(seed=seed, max_new_tokens=30)))
        assert "".join(streamed) == s.last_answer.text == s.turns[-1].answer


def test_stop_string_as_one_token(llm):
    pieces: list[str] = []
    s = ChatSession(llm, "skingpt4", image(0, llm))
    a = s.ask(Q1, forced("▁skin", 100, "###", 80), on_token=pieces.append)
    assert (a.text, a.stop_reason, a.generated_tokens, pieces) == ("skin", "stop_string", 2, ["skin"])


def test_stop_string_as_two_tokens_is_never_streamed(llm):
    pieces: list[str] = []
    s = ChatSession(llm, "skingpt4", image(0, llm))
    a = s.ask(Q1, forced("▁skin", 100, "##", 80, "#", 60), on_token=pieces.append)
    assert (a.text, a.stop_reason, a.generated_tokens, pieces) == ("skin", "stop_string", 3, ["skin"])


def test_eos_ends_the_answer_but_not_as_first_token(llm):
    s = ChatSession(llm, "skingpt4", image(0, llm))
    a = s.ask(Q1, forced("</s>", 100, "▁skin", 50))
    assert (a.text, a.stop_reason, a.generated_tokens) == ("skin", "eos", 2)
    b = ChatSession(llm, "skingpt4", image(0, llm)).ask(Q1, forced("</s>", 100, min_new_tokens=0))
    assert (b.text, b.stop_reason, b.generated_tokens) == ("", "eos", 1)


def test_multibyte_character_split_over_tokens_streams_whole(llm):
    pieces: list[str] = []
    s = ChatSession(llm, "skingpt4", image(0, llm))
    a = s.ask(Q1, forced("▁skin", 100, "<0xC3>", 90, "<0xA9>", 80, max_new_tokens=3), on_token=pieces.append)
    assert pieces == ["skin", "é"] and a.text == "skiné" and a.stop_reason == "max_tokens"
    cut = ChatSession(llm, "skingpt4", image(0, llm)).ask(
        Q1, forced("▁skin", 100, "<0xC3>", 90, max_new_tokens=2))
    assert cut.text == "skin"  # the half character left at the token limit is dropped


def test_max_new_tokens_is_respected(llm):
    a = ChatSession(llm, "skingpt4", image(0, llm)).ask(
        Q1, GenerationSettings(seed=0, max_new_tokens=7, logit_bias=NO_STOP_BIAS))
    assert (a.stop_reason, a.generated_tokens) == ("max_tokens", 7)
    assert a.tokens_per_s > 0 and a.prompt_ms > 0


def test_repetition_penalty_follows_hf():
    scores = np.array([2.0, -2.0, 1.0, -1.0])
    apply_repetition_penalty(scores, [0, 1, 1], 2.0)
    np.testing.assert_array_equal(scores, [1.0, -4.0, 1.0, -1.0])


def test_top_k_and_top_p_filters():
    scores = np.log(np.array([0.5, 0.3, 0.15, 0.05]))
    assert np.isinf(top_k_filter(scores, 2)).tolist() == [False, False, True, True]
    assert np.isinf(top_p_filter(scores, 0.75)).tolist() == [False, False, True, True]
    assert np.isinf(top_p_filter(scores, 0.85)).tolist() == [False, False, False, True]
    assert np.isinf(top_p_filter(scores, 0.01)).tolist() == [False, True, True, True]


def test_sampler_draws_from_the_filtered_distribution():
    logits = np.log(np.array([0.5, 0.3, 0.15, 0.05]))
    sampler = Sampler(GenerationSettings(seed=0, top_p=0.9, top_k=0), eos_id=99)
    counts = np.bincount([sampler.choose(logits, []) for _ in range(4000)], minlength=4)
    np.testing.assert_allclose(counts / 4000, [0.5 / 0.95, 0.3 / 0.95, 0.15 / 0.95, 0.0], atol=0.03)
    hot = Sampler(GenerationSettings(seed=0, temperature=2.0, top_p=1.0, top_k=0), eos_id=99)
    counts = np.bincount([hot.choose(logits, []) for _ in range(4000)], minlength=4)
    flat = np.sqrt([0.5, 0.3, 0.15, 0.05])
    np.testing.assert_allclose(counts / 4000, flat / flat.sum(), atol=0.03)


def test_invalid_settings_are_named():
    with pytest.raises(SkinGPTError, match="top_p"):
        GenerationSettings(top_p=0).validate()


# --- KV cache reuse ---------------------------------------------------------------------------

def test_follow_up_evaluates_exactly_the_new_tokens(llm):
    emb = image(3, llm)
    s = ChatSession(llm, "skingpt4", emb)
    first = s.ask(Q1, forced("▁skin", 100, "###", 80))
    assert first.prompt_tokens_evaluated == len(s.last_prompt_items) > 32
    second = s.ask(Q2, GREEDY)
    suffix = llm.tokenize_continuation("###Human: " + Q2 + "###Assistant:")
    assert second.prompt_tokens_evaluated == len(suffix)
    assert list(s.last_prompt_items) == suffix


def test_token_running_into_the_stop_string_is_carried_as_text(llm):
    emb = image(3, llm)
    s = ChatSession(llm, "skingpt4", emb)
    first = s.ask(Q1, forced("▁skin", 100, ".#", 90, "##", 80))
    assert (first.text, first.stop_reason) == ("skin.", "stop_string")
    s.ask(Q2, GREEDY)
    assert list(s.last_prompt_items) == llm.tokenize_continuation(".###Human: " + Q2 + "###Assistant:")
    p = s.first_token_distribution(Q3)
    np.testing.assert_allclose(p, scratch_distribution(llm, s.kv_items, emb), atol=2e-3)


def test_kv_reuse_matches_evaluating_from_scratch(llm):
    emb = image(4, llm)
    s = ChatSession(llm, "skingpt4", emb)
    s.ask(Q1, GenerationSettings(seed=1, max_new_tokens=15, logit_bias=NO_STOP_BIAS))
    s.ask(Q2, GenerationSettings(seed=2, max_new_tokens=15))
    p_reused = s.first_token_distribution(Q3)
    assert len(s.last_prompt_items) < 40  # only the new question was evaluated
    p_scratch = scratch_distribution(llm, s.kv_items, emb)
    np.testing.assert_allclose(p_reused, p_scratch, atol=2e-3)
    assert sorted(i for i in s.kv_items if i < 0) == list(range(-32, 0))  # the image, once


def test_llama2_chat_follow_up_closes_the_turn_with_eos_and_bos(llm):
    emb = image(5, llm)
    s = ChatSession(llm, "llama2-chat", emb)
    s.ask(Q1, forced("▁skin", 100, "</s>", 80))
    s.ask(Q2, GREEDY)
    expected = (llm.tokenize_continuation(" ") + [llm.eos_id, llm.bos_id]
                + llm.tokenize("[INST] " + Q2 + " [/INST]"))
    assert list(s.last_prompt_items) == expected
    p = s.first_token_distribution(Q3)
    np.testing.assert_allclose(p, scratch_distribution(llm, s.kv_items, emb), atol=2e-3)


def test_restored_history_is_rendered_once_then_reused(llm):
    emb = image(6, llm)
    turns = [Turn(Q1, "A red plaque.")]
    s = ChatSession(llm, "skingpt4", emb, turns=turns)
    s.ask(Q2, GREEDY)
    expected = render_prompt(get_format("skingpt4"), turns, Q2)
    assert s.last_prompt_items[0] == llm.bos_id
    assert llm.detokenize([t for t in s.last_prompt_items if t >= 0]) == (
        " " + expected[0].text + " " + expected[2].text)
    assert [t.question for t in s.turns] == [Q1, Q2]


def test_sessions_sharing_one_llm_stay_correct(llm):
    a = ChatSession(llm, "skingpt4", image(7, llm))
    b = ChatSession(llm, "skingpt4", image(8, llm))
    a.ask(Q1, GREEDY)
    b.ask(Q1, GREEDY)
    p_a = a.first_token_distribution(Q2)  # a must notice that b used the cache
    np.testing.assert_allclose(p_a, scratch_distribution(llm, a.kv_items, image(7, llm)), atol=2e-3)


# --- cancellation -----------------------------------------------------------------------------

def test_cancel_stops_within_one_token_and_session_continues(llm):
    emb = image(9, llm)
    s = ChatSession(llm, "skingpt4", emb)
    cancel = threading.Event()
    seen: list[int] = []

    def on_token(piece: str) -> None:
        seen.append(s.n_generated)
        cancel.set()

    a = s.ask(Q1, GenerationSettings(seed=0, logit_bias=NO_STOP_BIAS), on_token=on_token, cancel=cancel)
    assert a.stop_reason == "cancelled" and len(seen) == 1
    assert a.generated_tokens == seen[0]
    b = s.ask(Q2, GenerationSettings(seed=0, max_new_tokens=10, logit_bias=NO_STOP_BIAS))
    assert b.stop_reason == "max_tokens" and b.text
    p = s.first_token_distribution(Q3)
    np.testing.assert_allclose(p, scratch_distribution(llm, s.kv_items, emb), atol=2e-3)


def test_cancel_before_start_and_closing_the_stream(llm):
    s = ChatSession(llm, "skingpt4", image(10, llm))
    cancel = threading.Event()
    cancel.set()
    a = s.ask(Q1, GREEDY, cancel=cancel)
    assert (a.text, a.stop_reason, a.generated_tokens) == ("", "cancelled", 0)
    it = s.stream(Q2, GenerationSettings(seed=0, logit_bias=NO_STOP_BIAS))
    next(it)
    it.close()
    assert s.last_answer.stop_reason == "cancelled"
    assert s.ask(Q3, GREEDY).stop_reason != "cancelled"


class TripsDuringDecode(threading.Event):
    """A Stop pressed while llama.cpp is inside a batch: the check before the batch sees it
    unset, llama.cpp's abort callback (asked between graph nodes) sees it set."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def is_set(self) -> bool:
        self.calls += 1
        return self.calls > 1


def test_stop_interrupts_a_prompt_batch_inside_llama_cpp(llm):
    emb = image(12, llm)
    s = ChatSession(llm, "skingpt4", emb)
    cancel = TripsDuringDecode()
    a = s.ask(Q1, GREEDY, cancel=cancel)
    assert (a.text, a.stop_reason, a.generated_tokens) == ("", "cancelled", 0)
    assert cancel.calls >= 2  # llama.cpp really consulted the abort flag
    assert s.kv_items == ()  # the interrupted batch left nothing half-written in the cache
    b = s.ask(Q1, GREEDY)  # the session is still usable and evaluates the prompt afresh
    assert b.stop_reason != "cancelled" and b.text
    p = s.first_token_distribution(Q2)
    np.testing.assert_allclose(p, scratch_distribution(llm, s.kv_items, emb), atol=2e-3)


def test_error_in_the_token_callback_leaves_a_usable_session(llm):
    emb = image(11, llm)
    s = ChatSession(llm, "skingpt4", emb)

    def explode(piece: str) -> None:
        raise RuntimeError("display failed")

    with pytest.raises(RuntimeError, match="display failed"):
        s.ask(Q1, GenerationSettings(seed=0, logit_bias=NO_STOP_BIAS), on_token=explode)
    assert s.last_answer.stop_reason == "cancelled" and len(s.turns) == 1
    assert s.ask(Q2, GREEDY).generated_tokens > 0
    p = s.first_token_distribution(Q3)
    np.testing.assert_allclose(p, scratch_distribution(llm, s.kv_items, emb), atol=2e-3)


# --- context window ----------------------------------------------------------------------------

def test_overflowing_conversation_drops_old_turns_and_keeps_the_image(model_path):
    emb = np.random.default_rng(12).standard_normal((32, 64)).astype(np.float32)
    with LLM(model_path, n_ctx=256, n_threads=1) as small:
        s = ChatSession(small, "skingpt4", emb)
        settings = GenerationSettings(seed=0, max_new_tokens=40, logit_bias=NO_STOP_BIAS)
        s.ask(Q1, settings)
        image_at = s.kv_items.index(-1)
        for i in range(8):
            answer = s.ask(CLINICAL_PROMPTS[i % 4], settings)
            assert answer.stop_reason == "max_tokens"
            assert len(s.kv_items) + 1 <= 256
            assert s.kv_items[image_at:image_at + 32] == tuple(-1 - r for r in range(32))
        assert s.window_start > 0 and len(s.turns) == 9
        assert answer.dropped_turns == s.window_start
        p = s.first_token_distribution("And now?")
        np.testing.assert_allclose(p, scratch_distribution(small, s.kv_items, emb), atol=2e-3)


def test_question_too_long_for_the_window_is_a_clear_error(model_path):
    with LLM(model_path, n_ctx=256, n_threads=1) as small:
        s = ChatSession(small, "skingpt4", np.zeros((32, 64), np.float32))
        with pytest.raises(ContextWindowError, match="does not fit.*256-token context window") \
                as caught:
            s.ask("word " * 300, GREEDY)
        # Shown to users of the window and the CLI alike: no internal parameter names.
        assert "max_new_tokens" not in str(caught.value) and "n_ctx" not in str(caught.value)
        assert s.turns == []
        assert s.ask(Q1, GREEDY).stop_reason in ("max_tokens", "stop_string", "eos")
        assert [t.question for t in s.turns] == [Q1]


def test_a_context_longer_than_the_trained_one_is_lowered_with_a_notice(tmp_path) -> None:
    short = write_tiny_llama(tmp_path / "short.gguf", n_ctx_train=256)
    with LLM(short, n_ctx=1024, n_threads=1) as model:
        assert model.n_ctx == 256 and model.n_ctx_train == 256
        assert "lowered from 1024 to 256 tokens" in model.notice


# --- invalid numbers from a damaged model -----------------------------------------------------

@pytest.mark.parametrize("bad", [np.nan, np.inf])
@pytest.mark.parametrize("settings", [GenerationSettings(deterministic=True),
                                      GenerationSettings(seed=1)])
def test_nan_or_inf_logits_are_a_clear_error_not_a_token(bad, settings):
    logits = np.zeros(8, dtype=np.float32)
    logits[3] = bad
    with pytest.raises(InvalidNumbersError, match="the model produced invalid numbers.*"
                                                  "the pack may be damaged"):
        Sampler(settings, eos_id=2).choose(logits, [])
    with pytest.raises(InvalidNumbersError):
        softmax(np.full(4, -np.inf))  # nothing finite: no distribution
    with pytest.raises(InvalidNumbersError):
        Sampler(settings, eos_id=2).verify(logits, [], proposed=1)


def test_invalid_logits_end_the_answer_and_the_conversation_goes_on(llm, monkeypatch):
    emb = image(12, llm)
    s = ChatSession(llm, "skingpt4", emb)
    first = s.ask(Q1, GREEDY).text
    real_logits = llm.logits
    monkeypatch.setattr(llm, "logits", lambda: np.full(llm.n_vocab, np.nan, dtype=np.float32))
    with pytest.raises(InvalidNumbersError):
        s.ask(Q2, GREEDY)
    assert [t.answer for t in s.turns] == [first]  # nothing stored as if it were an answer
    monkeypatch.setattr(llm, "logits", real_logits)
    s.ask(Q2, GREEDY)
    assert len(s.turns) == 2
    p = s.first_token_distribution(Q3)
    np.testing.assert_allclose(p, scratch_distribution(llm, s.kv_items, emb), atol=2e-3)


def test_nan_image_embeddings_are_refused(llm):
    emb = image(13, llm)
    emb[5, 7] = np.nan
    with pytest.raises(InvalidNumbersError, match="image embeddings"):
        ChatSession(llm, "skingpt4", emb)
