"""The engine: a loaded model pack that turns a photo and questions into streamed answers.

It ties the pieces together in the order of the inference path: validate the pack, load the
vision tower (ggml or numpy, chosen by ``vision_backend``) and the llama.cpp model, check that
the projection width equals the LLM's embedding width, then per photo: decode -> preprocess ->
encode (cached by pixel hash) -> a chat session with the 32 image embeddings spliced into the
prompt.

An mtmd pack (MedGemma, Gemma 3: see core/packs/pack_kinds.py) takes the same path with libmtmd's
vision encoder in place of the SkinGPT-4 tower (core/vision/mtmd_vision.py): the language model is
loaded first, since libmtmd builds against it. Everything after the image embeddings is shared.

The CLI and the GUI's service layer both use this class; it has no Qt and no global state.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image

from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.i18n import SOURCE_LANGUAGE, validate_language
from skingpt_desktop.core.llm.chat_session import Answer, ChatSession
from skingpt_desktop.core.llm.conversation import (
    ConversationFormat,
    Turn,
    get_format,
    question_for_model,
)
from skingpt_desktop.core.llm.image_layout import ImageLayout
from skingpt_desktop.core.llm.llm import LLM, GenerationSettings, TokenConstraint
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.packs.pack_kinds import MTMD_LLM_ARCHITECTURES
from skingpt_desktop.core.packs.probe import ProbeLedger, ensure_loads_safely
from skingpt_desktop.core.vision.preprocess import to_model_input
from skingpt_desktop.core.vision_backend import VisionChoice, open_vision

if TYPE_CHECKING:  # loaded on first use (load_draft)
    from skingpt_desktop.core.llm.speculative import DraftModel, PromptLookup
    from skingpt_desktop.core.llm.speed_trial import DraftTrial

ProgressCallback = Callable[[str, float], None]
MTMD_BATCH = 512  # a Gemma 3 image is 256 tokens, evaluated as one batch (they attend both ways)


@dataclass(frozen=True)
class EngineSettings:
    """How to run a pack on this machine."""

    threads: int | None = None  # None: llama.cpp's default for this CPU
    gpu_layers: int = 0
    n_ctx: int | None = None  # None: the pack's default (manifest generation.n_ctx) or 2048
    # The numpy tower's weights: "cache" (float32, fastest), "stream" (layer by layer,
    # ~170 MiB) or "auto" (cache when the machine holds the pack that way).
    weight_mode: str = "auto"
    # "ggml" (weights as stored, on the GPU when gpu_layers > 0 and llama.cpp has one),
    # "numpy" (the exact reference) or "auto" (ggml when it passes its self-check).
    vision_backend: str = "auto"
    # Speculative decoding: "auto" (the pack's draft model; without one, drafting from the
    # conversation itself), "lookup" (always the latter), "off", or a draft model GGUF's path.
    draft: str = "auto"


class Chat:
    """One conversation about one photo; keeps the LLM's KV cache between questions.

    ``answer_language`` (a code of :mod:`skingpt_desktop.core.i18n`) is the language answers
    are requested in; it may change between questions without losing the conversation. Each
    question is sent as :func:`~skingpt_desktop.core.llm.conversation.question_for_model` makes it,
    and the conversation's turns (``session.turns``, what a saved case stores) hold exactly that.
    """

    def __init__(self, engine: "Engine", session: ChatSession, encode_ms: float,
                 answer_language: str = SOURCE_LANGUAGE) -> None:
        self.engine = engine
        self.session = session
        self.encode_ms = encode_ms
        self._answer_language = validate_language(answer_language)

    @property
    def answer_language(self) -> str:
        """The language answers are requested in."""
        return self._answer_language

    @answer_language.setter
    def answer_language(self, code: str) -> None:
        self._answer_language = validate_language(code)

    def model_question(self, question: str) -> str:
        """``question`` as it is sent: with the answer-language request when not English."""
        return question_for_model(question, self._answer_language)

    def ask(self, question: str, settings: GenerationSettings | None = None,
            on_token: Callable[[str], None] | None = None,
            cancel: threading.Event | None = None,
            constraint: TokenConstraint | None = None) -> Answer:
        """Ask a question (sent as ``model_question`` makes it); ``on_token`` receives text
        pieces as they are generated; ``constraint`` restricts the answer's tokens (e.g. to a
        grammar)."""
        settings = settings or self.engine.default_generation()
        return self.session.ask(self.model_question(question), settings, on_token=on_token,
                                cancel=cancel, constraint=constraint)


class Engine:
    """A model pack loaded and ready to chat. Build it with :meth:`load`."""

    def __init__(self, pack: ModelPack, vision, llm: LLM, settings: EngineSettings,
                 fmt: ConversationFormat, vision_choice: VisionChoice) -> None:
        self.pack = pack
        # A VisionEncoder or GgmlVisionEncoder (SkinGPT-4 packs), or an MtmdVision.
        self.vision = vision
        self.vision_choice = vision_choice
        self.llm = llm
        self.settings = settings
        self.format = fmt
        self.draft: DraftModel | PromptLookup | None = None  # speculative decoding (load_draft)
        self.draft_trial: DraftTrial | None = None  # whether it measured faster (speed_trial.py)

    @classmethod
    def load(cls, pack: ModelPack, settings: EngineSettings | None = None,
             progress: ProgressCallback | None = None,
             probe: ProbeLedger | None = None) -> "Engine":
        """Load both models of ``pack``; raises PackError if they do not fit together.

        With a ``probe`` ledger (the CLI and the window pass one), files not yet known to load
        are first loaded in a child process (core/packs/probe.py), so that a file that crashes
        llama.cpp ends in a PackError here instead of ending this process.
        """
        settings = settings or EngineSettings()
        report = progress or (lambda _stage, _fraction: None)
        fmt = get_format(pack.manifest.conversation_format)  # unknown: fail before loading
        if probe is not None:
            ensure_loads_safely(pack, settings, probe, report)
        if pack.manifest.architecture == "mtmd":
            return cls._load_mtmd(pack, settings, fmt, report)
        report("Loading the vision model", 0.0)
        vision, choice = open_vision(pack.vision_path, pack.manifest.memory_parts(),
                                     backend=settings.vision_backend,
                                     weight_mode=settings.weight_mode, threads=settings.threads,
                                     gpu=settings.gpu_layers > 0)
        report("Loading the language model", 0.3)
        n_ctx = settings.n_ctx or int(pack.manifest.generation.get("n_ctx", 2048))
        try:
            llm = LLM(pack.llm_path, n_ctx=n_ctx, n_threads=settings.threads,
                      n_gpu_layers=settings.gpu_layers)
        except BaseException:
            vision.close()
            raise
        if vision.hparams.proj_width != llm.n_embd:
            llm.close()
            vision.close()
            raise PackError(f"{pack.vision_path}: projection width {vision.hparams.proj_width} "
                            f"does not match the language model's embedding width {llm.n_embd}")
        return cls._with_draft(cls(pack, vision, llm, settings, fmt, choice), report)

    @classmethod
    def _with_draft(cls, engine: "Engine", report: ProgressCallback) -> "Engine":
        """``engine`` with its draft model loaded (settings.draft), then Ready."""
        try:
            engine.load_draft()
        except BaseException:
            engine.close()
            raise
        report("Ready", 1.0)
        return engine

    def load_draft(self) -> None:
        """Set up what ``settings.draft`` asks for: "auto" the pack's draft model, or drafting
        from the conversation itself (prompt lookup) when it has none; "lookup"; "off"; or a
        draft model GGUF's path. PackError when a draft model's vocabulary differs."""
        from skingpt_desktop.core.llm.speculative import DraftModel, PromptLookup

        choice = self.settings.draft
        if choice == "off":
            return
        path = self.pack.draft_path if choice in ("auto", "lookup") else Path(choice)
        if choice == "lookup" or path is None:
            self.draft = PromptLookup()
            return
        draft_llm = LLM(path, n_ctx=self.llm.n_ctx, n_threads=self.settings.threads,
                        architectures=self.pack.manifest.kind.declared["draft"])
        try:
            self.draft = DraftModel(draft_llm, self.llm)
        except BaseException:
            draft_llm.close()
            raise

    @classmethod
    def _load_mtmd(cls, pack: ModelPack, settings: EngineSettings, fmt: ConversationFormat,
                   report: ProgressCallback) -> "Engine":
        from skingpt_desktop.core.vision.mtmd_vision import MtmdVision  # loads libmtmd

        report("Loading the language model", 0.0)
        n_ctx = settings.n_ctx or int(pack.manifest.generation.get("n_ctx", 2048))
        llm = LLM(pack.llm_path, n_ctx=n_ctx, n_threads=settings.threads,
                  n_gpu_layers=settings.gpu_layers, n_batch=MTMD_BATCH,
                  architectures=MTMD_LLM_ARCHITECTURES)
        report("Loading the vision model", 0.7)
        threads = llm.n_threads  # the encoder gets the language model's thread count
        try:
            vision = MtmdVision(pack.vision_path, llm, threads, use_gpu=settings.gpu_layers > 0)
        except BaseException:
            llm.close()
            raise
        choice = VisionChoice("mtmd", vision.device_name, threads, "mmproj")
        return cls._with_draft(cls(pack, vision, llm, settings, fmt, choice), report)

    def default_generation(self) -> GenerationSettings:
        """The pack's default generation settings (manifest), on top of the reference's."""
        known = {k: v for k, v in self.pack.manifest.generation.items() if k != "n_ctx"}
        return GenerationSettings(**known)

    def encode(self, image: Image.Image) -> tuple[np.ndarray, float]:
        """Image embeddings (K, n_embd) float32 and the milliseconds spent (0 when cached)."""
        embeddings, _layout, ms = self.encode_with_layout(image)
        return embeddings, ms

    def encode_with_layout(self, image: Image.Image) -> tuple[np.ndarray, ImageLayout | None, float]:
        """Image embeddings (K, n_embd), their M-RoPE positions (None unless the projector
        uses M-RoPE) and the milliseconds spent (about 0 when cached)."""
        if self.vision_choice.backend == "mtmd":  # libmtmd preprocesses the photo itself
            start = time.perf_counter()
            embeddings, layout = self.vision.encode_with_layout(image)
        else:
            pixels = to_model_input(image, self.vision.hparams)  # (3, S, S)
            start = time.perf_counter()
            embeddings, layout = self.vision.encode_cached(pixels), None
        return embeddings, layout, (time.perf_counter() - start) * 1000.0

    def start_chat(self, image: Image.Image, turns: Sequence[Turn] = (),
                   answer_language: str = SOURCE_LANGUAGE) -> Chat:
        """Encode ``image`` and open a conversation about it, answers requested in
        ``answer_language``.

        ``turns`` restores an earlier conversation (a reopened case): they are evaluated with
        the first new question, so the model sees the whole exchange. Their questions are
        taken as they were sent (with any answer-language request they carried).
        """
        answer_language = validate_language(answer_language)  # unknown: fail before encoding
        embeddings, layout, encode_ms = self.encode_with_layout(image)
        session = ChatSession(self.llm, self.format, embeddings, turns=turns,
                              image_causal=getattr(self.vision, "image_causal", True),
                              draft=self.draft, image_layout=layout)
        return Chat(self, session, encode_ms, answer_language)

    def drop_draft(self) -> None:
        """Stop drafting and free the draft model (it measured slower here, speed_trial.py)."""
        if self.draft is not None:
            self.draft.close()
        self.draft = None

    def close(self) -> None:
        """Free the models' memory, files and threads."""
        if self.draft is not None:
            self.draft.close()
        self.vision.close()  # first: libmtmd's context refers to the language model
        self.llm.close()
