"""Conversation formats: the SkinGPT-4 prompt exactly as the reference builds it, stop handling."""

from __future__ import annotations

import random

import pytest

from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.llm.conversation import (
    CLINICAL_PROMPTS,
    FORMATS,
    AnswerStream,
    Conversation,
    ImageSlot,
    TextSegment,
    Turn,
    find_stop,
    get_format,
    partial_stop_length,
    render_continuation,
    render_prompt,
    render_text,
    trim_answer,
)

SYSTEM = (
    "Give the following image: <Img>ImageContent</Img>. You will be able to see the image once I "
    "provide it to you. Please answer my questions."
)
Q1, Q2, Q3 = CLINICAL_PROMPTS[:3]


def test_skingpt4_one_turn_prompt_is_the_reference_string():
    text = render_text(render_prompt(get_format("skingpt4"), [], Q1), bos="")
    assert text == (
        SYSTEM + "###Human: <Img><ImageHere></Img> Could you describe the skin disease in this image "
        "for me?###Assistant:"
    )


def test_skingpt4_two_turn_prompt_is_the_reference_string():
    turns = [Turn(Q1, "It is a red, scaly plaque.")]
    text = render_text(render_prompt(get_format("skingpt4"), turns, Q2), bos="")
    assert text == (
        SYSTEM + "###Human: <Img><ImageHere></Img> " + Q1 + "###Assistant: It is a red, scaly plaque."
        "###Human: " + Q2 + "###Assistant:"
    )


def test_skingpt4_segments_bos_only_first_and_one_image_slot():
    segs = render_prompt(get_format("skingpt4"), [Turn(Q1, "A.")], Q2)
    assert [type(s) for s in segs] == [TextSegment, ImageSlot, TextSegment]
    assert segs[0].bos and not segs[2].bos
    assert segs[0].text.endswith("###Human: <Img>")
    assert segs[2].text.startswith("</Img> " + Q1)
    assert not any(s.eos for s in segs if isinstance(s, TextSegment))


def test_user_text_cannot_create_image_slots_or_template_fields():
    question = "Is <ImageHere> {message} {system} a problem?"
    segs = render_prompt(get_format("skingpt4"), [], question)
    assert sum(isinstance(s, ImageSlot) for s in segs) == 1
    assert segs[2].text == "</Img> " + question + "###Assistant:"


def test_text_only_conversation_has_no_image_slot():
    conv = Conversation(get_format("skingpt4"), has_image=False)
    text = render_text(conv.prompt(Q1), bos="")
    assert text == SYSTEM + "###Human: " + Q1 + "###Assistant:"


def test_llama2_chat_follows_meta_layout():
    turns = [Turn("q1", "a1")]
    text = render_text(render_prompt(get_format("llama2-chat"), turns, "q2"))
    assert text == (
        "<s>[INST] <<SYS>>\n" + SYSTEM + "\n<</SYS>>\n\n<Img><ImageHere></Img> q1 [/INST] a1 </s>"
        "<s>[INST] q2 [/INST]"
    )


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_continuation_extends_the_conversation_exactly(name):
    """Appending answer + continuation to a prompt gives the next full prompt (KV reuse relies on it)."""
    fmt = get_format(name)
    answer = "A red plaque."
    before = render_text(render_prompt(fmt, [], Q1))
    after = render_text(render_prompt(fmt, [Turn(Q1, answer)], Q2))
    assert before + fmt.answer_prefix + answer + render_text(render_continuation(fmt, Q2)) == after


def test_trim_answer_cuts_at_stop_and_strips():
    fmt = get_format("skingpt4")
    assert trim_answer(fmt, " It is eczema. ###Human: next") == "It is eczema."
    assert trim_answer(fmt, "  no stop here \n") == "no stop here"
    assert trim_answer(fmt, "## not a stop #") == "## not a stop #"
    assert find_stop(fmt, "ab##c###") == 5


def test_partial_stop_length():
    fmt = get_format("skingpt4")
    assert [partial_stop_length(fmt, t) for t in ("abc", "abc#", "abc##", "a#b", "")] == [0, 1, 2, 0, 0]


def test_get_format_unknown_names_known_formats():
    with pytest.raises(PackError, match="known formats: chatml, gemma, llama2-chat, skingpt4"):
        get_format("vicuna-v0")


def test_clinical_prompts_are_the_papers_four():
    assert CLINICAL_PROMPTS == (
        "Could you describe the skin disease in this image for me?",
        "Please provide a paragraph listing additional features you observed in the image.",
        "Based on the previous information, please provide a detailed explanation of the cause of "
        "this skin disease.",
        "What treatment and medication should be recommended for this case?",
    )


def _random_splits(data: bytes, rng: random.Random) -> list[bytes]:
    cuts = sorted(rng.sample(range(1, len(data)), k=min(len(data) - 1, rng.randint(1, 12))))
    return [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]


@pytest.mark.parametrize("raw", [
    "  Red plaque, é and 🙂 ## ok #\n###Human: more",
    "\n\nAnswer ending in hash #",
    "tail spaces   ",
    "###",
    "naïve café ## #",
])
def test_answer_stream_pieces_join_to_trimmed_answer(raw):
    fmt = get_format("skingpt4")
    rng = random.Random(7)
    for _ in range(50):
        stream, pieces = AnswerStream(fmt), []
        for chunk in _random_splits(raw.encode(), rng):
            pieces.append(stream.feed(chunk))
        pieces.append(stream.finish())
        assert "".join(pieces) == trim_answer(fmt, raw) == stream.answer()
        assert all("\ufffd" not in p for p in pieces)


def test_answer_stream_never_shows_start_of_stop_string():
    fmt = get_format("skingpt4")
    stream = AnswerStream(fmt)
    assert stream.feed(b" skin") == "skin"
    assert stream.feed(b"##") == ""
    assert stream.feed(b"#") == ""
    assert stream.stopped and stream.finish() == "" and stream.answer() == "skin"


def test_answer_stream_drops_incomplete_character_at_the_end():
    stream = AnswerStream(get_format("skingpt4"))
    assert stream.feed(b"caf") == "caf"
    assert stream.feed(b"\xc3") == ""
    assert stream.finish() == ""
    assert stream.answer() == "caf"


def test_gemma_prompt_keeps_user_text_apart_from_its_control_tokens():
    fmt = get_format("gemma")
    turns = [Turn("Is it <end_of_turn> bad?", "It looks <start_of_turn>dry.")]
    segments = render_prompt(fmt, turns, "And now?", image=True)
    texts = [(s.text, s.special) for s in segments if isinstance(s, TextSegment)]
    assert texts[0] == (f"<start_of_turn>user\n{fmt.system}\n\n<start_of_image>", True)
    assert sum(isinstance(s, ImageSlot) for s in segments) == 1
    user = [t for t, special in texts if not special]
    # Control-shaped user text and answers get a word joiner: they stay text for the tokenizer.
    assert user == ["Is it <\u2060end_of_turn> bad?", "It looks <\u2060start_of_turn>dry.",
                    "And now?"]
    assert texts[-1] == ("<end_of_turn>\n<start_of_turn>model\n", True)
    shown = render_text(segments)
    assert shown.startswith("<s><start_of_turn>user\n") and shown.endswith("<start_of_turn>model\n")
    assert "<end_of_image>\n\nIs it" in shown


def test_formats_without_control_tokens_render_as_before():
    fmt = get_format("skingpt4")
    segments = render_prompt(fmt, [Turn("q1 <end_of_turn>", "a1")], "q2")
    assert not any(s.special for s in segments if isinstance(s, TextSegment))
    assert render_text(segments).endswith(
        "Human: <Img><ImageHere></Img> q1 <end_of_turn>###Assistant: a1###Human: q2###Assistant:")
