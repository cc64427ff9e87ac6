"""Conversation formats as data, the paper's clinical prompts, and prompt rendering.

A prompt is rendered as an ordered list of segments: ``TextSegment`` (text that is tokenized,
optionally preceded by BOS and/or followed by EOS) and one ``ImageSlot`` where the K projected
image embeddings are spliced in. The LLM session turns segments into tokens; this module never
tokenizes, so it is pure data and string work.

The "skingpt4" format reproduces the SkinGPT-4 / MiniGPT-4 demo exactly::

    <s>Give the following image: <Img>ImageContent</Img>. You will be able to see the image once I
    provide it to you. Please answer my questions.###Human: <Img>[IMAGE]</Img> q1###Assistant: a1###
    Human: q2###Assistant:

(one line in reality). Only the first text segment gets BOS; the text after the image is a
separate segment, tokenized on its own as the reference does.

User text is never passed through ``str.format``, and a question that happens to contain
"<ImageHere>" stays text: only the format's own image message creates the image slot.

Answers in another language: the reference's system text and prompts stay exactly as they are
(the model was fine-tuned on them); :func:`question_for_model` appends one short English
sentence to each question, "Please answer in Spanish.", and nothing for English. Per question
rather than in the system text: the system text and the image that follows it stay the
reference's byte for byte (and stay in the KV cache when the language changes mid-conversation),
and the request sits next to the answer it is about, where a chat model follows it best.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from skingpt_desktop.core.bounded_input import quote_value
from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.i18n import SOURCE_LANGUAGE, get_language

IMAGE_PLACEHOLDER = "<ImageHere>"

# The four prompts the SkinGPT-4 paper evaluated with, asked in order in one conversation.
CLINICAL_PROMPTS: tuple[str, ...] = (
    "Could you describe the skin disease in this image for me?",
    "Please provide a paragraph listing additional features you observed in the image.",
    "Based on the previous information, please provide a detailed explanation of the cause of this skin "
    "disease.",
    "What treatment and medication should be recommended for this case?",
)

ANSWER_LANGUAGE_REQUEST = "Please answer in {language}."  # English: the model reads it


def answer_language_request(language: str) -> str:
    """The sentence asking for answers in ``language`` ("" for English, which needs none)."""
    found = get_language(language)
    if found.code == SOURCE_LANGUAGE:
        return ""
    return ANSWER_LANGUAGE_REQUEST.replace("{language}", found.model_name)


def question_for_model(question: str, language: str = SOURCE_LANGUAGE) -> str:
    """``question`` as the model is sent it: unchanged in English, otherwise followed by one
    space and the answer-language request ("... for me? Please answer in Spanish.")."""
    request = answer_language_request(language)
    return f"{question} {request}" if request else question


# A chat model that was not fine-tuned on SkinGPT-4's prompt (MedGemma, Gemma 3) gets this
# instruction before the photo; it keeps the answers in the app's descriptive, non-diagnostic role.
VLM_SYSTEM = (
    "You are a careful dermatology assistant. Describe the visible features of the skin in the "
    "photo, name the conditions they are consistent with, and say what a clinician would check. "
    "You do not give a diagnosis."
)
# Text shaped like a control token ("<end_of_turn>", "<|im_start|>"): a word joiner after its "<"
# keeps user text and answers from becoming control tokens in formats that parse them.
_CONTROL_LIKE = re.compile(r"<(?=\|?[A-Za-z0-9_]+\|?>)")
WORD_JOINER = "\u2060"

SKINGPT4_SYSTEM = (
    "Give the following image: <Img>ImageContent</Img>. You will be able to see the image once I "
    "provide it to you. Please answer my questions."
)


@dataclass(frozen=True)
class TextSegment:
    """Text to tokenize; ``bos``: a BOS token comes first; ``eos``: an EOS token follows."""

    text: str
    bos: bool = False
    eos: bool = False
    special: bool = False  # control-token text in it is parsed as those tokens (template text)


@dataclass(frozen=True)
class ImageSlot:
    """The place where the image embeddings (K rows of n_embd) enter the sequence."""


Segment = TextSegment | ImageSlot


@dataclass(frozen=True)
class ConversationFormat:
    """How a conversation is laid out as text. Templates use ``{system}``, ``{role}``, ``{message}``.

    A full prompt is::

        [BOS] begin(system)
        first_user(role=user, message=image_message + image_joiner + q1)
        assistant_open  answer_prefix a1 answer_suffix  [EOS BOS if turn_break]
        user(message=q2)  assistant_open ...           (the prompt always ends with assistant_open)

    ``answer_prefix`` is what the reference puts between ``assistant_open`` and the stored
    (stripped) answer; the model produces it itself when generating.
    """

    name: str
    description: str
    system: str
    roles: tuple[str, str]
    begin: str
    first_user: str
    user: str
    assistant_open: str
    answer_prefix: str
    answer_suffix: str
    turn_break: bool
    image_message: str
    image_joiner: str
    stop_strings: tuple[str, ...]
    stop_on_eos: bool = True
    # The templates hold control tokens ("<start_of_turn>") that must be tokenized as such;
    # user text and answers are then kept apart and neutralised (see ``user_text``).
    control_tokens: bool = False
    # The prompt starts with the BOS token (Llama 2, Gemma); ChatML models start without one.
    starts_with_bos: bool = True

    def user_text(self, text: str) -> str:
        """``text`` as it may enter a prompt of this format: unchanged unless the format parses
        control tokens, where anything shaped like one gets a word joiner after its "<"."""
        return _CONTROL_LIKE.sub("<" + WORD_JOINER, text) if self.control_tokens else text

    def validate(self) -> None:
        """Raise ``PackError`` if the templates cannot render (used when registering)."""
        if self.image_message.count(IMAGE_PLACEHOLDER) != 1:
            raise PackError(f"format {self.name}: image_message must contain {IMAGE_PLACEHOLDER} "
                            "exactly once.")
        for attr in ("first_user", "user"):
            if getattr(self, attr).count("{message}") != 1:
                raise PackError(f"format {self.name}: {attr} must contain {{message}} exactly once.")
        if any(not s for s in self.stop_strings):
            raise PackError(f"format {self.name}: stop strings must not be empty.")


FORMATS: dict[str, ConversationFormat] = {
    f.name: f
    for f in (
        ConversationFormat(
            name="skingpt4",
            description='SkinGPT-4 / MiniGPT-4 demo: "###Human: ... ###Assistant:"',
            system=SKINGPT4_SYSTEM,
            roles=("Human", "Assistant"),
            begin="{system}###",
            first_user="{role}: {message}###",
            user="{role}: {message}###",
            assistant_open="{role}:",
            answer_prefix=" ",
            answer_suffix="###",
            turn_break=False,
            image_message=f"<Img>{IMAGE_PLACEHOLDER}</Img>",
            image_joiner=" ",
            stop_strings=("###",),
        ),
        ConversationFormat(
            name="llama2-chat",
            description="Llama-2-chat: <s>[INST] <<SYS>> ... <</SYS>> ... [/INST] answer </s>",
            system=SKINGPT4_SYSTEM,
            roles=("User", "Assistant"),
            begin="[INST] <<SYS>>\n{system}\n<</SYS>>\n\n",
            first_user="{message} [/INST]",
            user="[INST] {message} [/INST]",
            assistant_open="",
            answer_prefix=" ",
            answer_suffix=" ",
            turn_break=True,
            image_message=f"<Img>{IMAGE_PLACEHOLDER}</Img>",
            image_joiner=" ",
            stop_strings=("[INST]",),
        ),
        ConversationFormat(
            name="gemma",
            description="Gemma 3 / MedGemma chat: <start_of_turn>user ... <end_of_turn>",
            system=VLM_SYSTEM,
            roles=("user", "model"),
            begin="<start_of_turn>user\n{system}\n\n",
            first_user="{message}<end_of_turn>\n",
            user="<start_of_turn>{role}\n{message}<end_of_turn>\n",
            assistant_open="<start_of_turn>{role}\n",
            answer_prefix="",
            answer_suffix="<end_of_turn>\n",
            turn_break=False,
            image_message=f"<start_of_image>{IMAGE_PLACEHOLDER}<end_of_image>",
            image_joiner="\n\n",
            stop_strings=(),  # <end_of_turn> is an end-of-generation token: the answer ends there
            control_tokens=True,
        ),
        ConversationFormat(
            name="chatml",
            description="ChatML (Qwen2-VL, Qwen2.5-VL and models built on them such as Lingshu): "
                        "<|im_start|>user ... <|im_end|>",
            system=VLM_SYSTEM,
            roles=("user", "assistant"),
            begin="<|im_start|>system\n{system}<|im_end|>\n",
            first_user="<|im_start|>{role}\n{message}<|im_end|>\n",
            user="<|im_start|>{role}\n{message}<|im_end|>\n",
            assistant_open="<|im_start|>{role}\n",
            answer_prefix="",
            answer_suffix="<|im_end|>\n",
            turn_break=False,
            image_message=f"<|vision_start|>{IMAGE_PLACEHOLDER}<|vision_end|>",
            image_joiner="",
            stop_strings=(),  # <|im_end|> is an end-of-generation token: the answer ends there
            control_tokens=True,
            starts_with_bos=False,
        ),
    )
}
for _fmt in FORMATS.values():
    _fmt.validate()


def get_format(name: str) -> ConversationFormat:
    """The registered format called ``name``; ``PackError`` naming the known ones otherwise."""
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise PackError(f"unknown conversation format {quote_value(name)} "
                        f"(known formats: {known}).") from None


@dataclass(frozen=True)
class Turn:
    """One finished exchange: the user's question and the (trimmed) answer."""

    question: str
    answer: str


@dataclass
class Conversation:
    """A conversation about one image (or none): finished turns in order."""

    format: ConversationFormat
    turns: list[Turn] = field(default_factory=list)
    has_image: bool = True

    def prompt(self, question: str) -> list[Segment]:
        """Segments of the full prompt for asking ``question`` after the finished turns."""
        return render_prompt(self.format, self.turns, question, self.has_image)


def _split_template(template: str, role: str) -> tuple[str, str]:
    """Text before and after ``{message}`` in a user template, with ``{role}`` filled in."""
    left, right = template.split("{message}")
    return left.replace("{role}", role), right.replace("{role}", role)


def _assistant_open(fmt: ConversationFormat) -> str:
    return fmt.assistant_open.replace("{role}", fmt.roles[1])


class _Builder:
    """Accumulates text and special markers, merging adjacent text into one segment.

    For a format with control tokens, template text and user text (``user``) go into separate
    segments: only the template's are tokenized with control tokens parsed.
    """

    def __init__(self, fmt: ConversationFormat) -> None:
        self.segments: list[Segment] = []
        self._text: list[str] = []
        self._bos = False
        self._fmt = fmt

    def text(self, s: str) -> None:
        self._text.append(s)

    def user(self, s: str) -> None:
        """User text or a stored answer: neutralised and, with control tokens, apart."""
        if not self._fmt.control_tokens:
            self._text.append(s)
            return
        self._flush()
        if s:
            self.segments.append(TextSegment(self._fmt.user_text(s)))

    def bos(self) -> None:
        self._flush()
        self._bos = True

    def eos(self) -> None:
        self._flush(eos=True)

    def image(self) -> None:
        self._flush()
        self.segments.append(ImageSlot())

    def _flush(self, eos: bool = False) -> None:
        text = "".join(self._text)
        if text or self._bos or eos:
            self.segments.append(TextSegment(text, bos=self._bos, eos=eos,
                                             special=self._fmt.control_tokens))
        self._text, self._bos = [], False

    def build(self) -> list[Segment]:
        self._flush()
        return self.segments


def _user_message(b: _Builder, fmt: ConversationFormat, template: str, question: str, image: bool) -> None:
    left, right = _split_template(template, fmt.roles[0])
    b.text(left)
    if image:
        pre, post = fmt.image_message.split(IMAGE_PLACEHOLDER)
        b.text(pre)
        b.image()
        b.text(post + fmt.image_joiner)
    b.user(question)
    b.text(right)


def render_prompt(fmt: ConversationFormat, turns: Sequence[Turn], question: str,
                  image: bool = True) -> list[Segment]:
    """The full prompt for ``question`` after ``turns``: BOS, system, turns, question, assistant_open.

    The image (if any) belongs to the first user message, which is the oldest turn given; a
    caller that drops old turns to fit a context window passes the kept ones and the image moves
    to the oldest kept question.
    """
    b = _Builder(fmt)
    if fmt.starts_with_bos:
        b.bos()
    b.text(fmt.begin.replace("{system}", fmt.system))
    questions = [t.question for t in turns] + [question]
    for i, q in enumerate(questions):
        if i > 0 and fmt.turn_break:
            b.bos()
        _user_message(b, fmt, fmt.first_user if i == 0 else fmt.user, q, image and i == 0)
        b.text(_assistant_open(fmt))
        if i < len(turns):
            b.text(fmt.answer_prefix)
            b.user(turns[i].answer)
            b.text(fmt.answer_suffix)
            if fmt.turn_break:
                b.eos()
    return b.build()


def render_continuation(fmt: ConversationFormat, question: str) -> list[Segment]:
    """What follows an answer that is already in the model's context, up to the next prompt end.

    For "skingpt4": ``"###Human: {question}###Assistant:"``. The answer's own text (including its
    leading space) is not repeated: the model generated it.
    """
    b = _Builder(fmt)
    b.text(fmt.answer_suffix)
    if fmt.turn_break:
        b.eos()
        b.bos()
    _user_message(b, fmt, fmt.user, question, image=False)
    b.text(_assistant_open(fmt))
    return b.build()


def render_text(segments: Sequence[Segment], bos: str = "<s>", eos: str = "</s>") -> str:
    """Segments as one display string: the image slot as ``<ImageHere>``, BOS/EOS spelled out."""
    out = []
    for seg in segments:
        if isinstance(seg, ImageSlot):
            out.append(IMAGE_PLACEHOLDER)
        else:
            out.append((bos if seg.bos else "") + seg.text + (eos if seg.eos else ""))
    return "".join(out)


def find_stop(fmt: ConversationFormat, text: str) -> int | None:
    """Index of the earliest stop string in ``text``, or None."""
    hits = [i for i in (text.find(s) for s in fmt.stop_strings) if i >= 0]
    return min(hits) if hits else None


def partial_stop_length(fmt: ConversationFormat, text: str) -> int:
    """Length of the longest suffix of ``text`` that is a proper prefix of a stop string.

    Streaming holds that many characters back: they may turn out to start a stop string.
    """
    best = 0
    for stop in fmt.stop_strings:
        for n in range(min(len(stop) - 1, len(text)), best, -1):
            if text.endswith(stop[:n]):
                best = n
                break
    return best


def trim_answer(fmt: ConversationFormat, raw: str) -> str:
    """The answer as the reference keeps it: cut at the first stop string, then stripped."""
    stop = find_stop(fmt, raw)
    return (raw if stop is None else raw[:stop]).strip()


class AnswerStream:
    """Turns generated bytes into answer text, piece by piece, exactly as ``trim_answer`` would.

    ``feed(data)`` takes the bytes of one token and returns the text that is now certain to be
    part of the final answer (possibly ""). Held back: incomplete UTF-8 sequences, text that may
    be the start of a stop string ("#", "##"), leading whitespace, and trailing whitespace (it
    is stripped if nothing follows). The pieces therefore concatenate to ``answer()``, and no
    piece ever contains part of a stop string.
    """

    def __init__(self, fmt: ConversationFormat) -> None:
        self.format = fmt
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.raw = ""  # decoded text so far (complete characters only)
        self.stop_index: int | None = None  # where a stop string begins in ``raw``
        self._emitted = 0  # characters of the answer handed out so far
        self._longest_stop = max((len(s) for s in fmt.stop_strings), default=1)

    @property
    def stopped(self) -> bool:
        """True once a stop string has appeared; later feeds are ignored."""
        return self.stop_index is not None

    def feed(self, data: bytes) -> str:
        """Add one token's bytes; return the newly certain answer text."""
        if self.stopped:
            return ""
        start = max(0, len(self.raw) - self._longest_stop + 1)
        self.raw += self._decoder.decode(data)
        hit = find_stop(self.format, self.raw[start:])
        if hit is not None:
            self.stop_index = start + hit
            return self._advance(final=True)
        return self._advance(final=False)

    def finish(self) -> str:
        """End of generation: the rest of the answer. An incomplete trailing UTF-8 sequence
        (cut off by the token limit) is dropped, not shown as a replacement character."""
        return self._advance(final=True)

    def body(self) -> str:
        """Generated text before the stop string, untrimmed."""
        return self.raw if self.stop_index is None else self.raw[: self.stop_index]

    def answer(self) -> str:
        """The final answer text: ``body()`` stripped."""
        return self.body().strip()

    def _advance(self, final: bool) -> str:
        body = self.body()
        lead = len(body) - len(body.lstrip())
        end = len(body) if final else len(body) - partial_stop_length(self.format, body)
        end = len(body[:end].rstrip())
        text = body[lead:end] if end > lead else ""
        piece = text[self._emitted :]
        self._emitted = max(self._emitted, len(text))
        return piece
