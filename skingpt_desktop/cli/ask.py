"""``main.py ask``: ask about a photo with a model pack, headless.

Streams the answer to stdout as it is generated; ``--clinical`` asks the paper's four prompts in
one conversation (after the question, when one is given too); ``--json`` prints one JSON object
instead (transcript, pack, timings).
The disclaimer goes to stderr so that stdout stays clean for scripts.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from contextlib import ExitStack
from dataclasses import dataclass, field

from skingpt_desktop.cli.context_check import check_answer_room
from skingpt_desktop.cli.languages import add_lang_argument, lang_or_english
from skingpt_desktop.cli.vault import open_unlocked, save_transcript_as_case
from skingpt_desktop.cli.vault_records import add_case_arguments, case_details, check_patient
from skingpt_desktop.core.engine import Engine, EngineSettings
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.llm.chat_session import Answer, check_text
from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS
from skingpt_desktop.core.llm.llm import GenerationSettings
from skingpt_desktop.core.llm.sampling import MAX_SEED
from skingpt_desktop.core.packs.machine import WEIGHT_MODES
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.packs.pack_folders import resolve_pack
from skingpt_desktop.core.packs.probe import LEDGER_FILENAME, ProbeLedger
from skingpt_desktop.core.storage import data_dir
from skingpt_desktop.core.texts import disclaimer_short
from skingpt_desktop.core.vision.preprocess import load_photo
from skingpt_desktop.core.vision_backend import VISION_BACKENDS


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``ask`` subcommand."""
    parser = subparsers.add_parser(
        "ask", help="ask about a photo (headless)",
        description="Ask a model pack about a skin photo. Research-grade output, not a diagnosis.",
    )
    parser.add_argument("question", nargs="?",
                        help="the question (with --clinical: asked before the clinical prompts)")
    parser.add_argument("--pack", required=True,
                        help="model pack folder, or the name of an installed pack")
    parser.add_argument("--image", required=True, help="photo (JPEG, PNG, WebP, TIFF, BMP, HEIC)")
    parser.add_argument("--clinical", action="store_true",
                        help="ask the four clinical prompts of the SkinGPT-4 paper in one conversation")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.add_argument("--save", action="store_true",
                        help="store the conversation and photo as a new case in the encrypted vault")
    add_lang_argument(parser, "ask for the answers in this language (default en; the model "
                      "was trained in English, other languages are weaker)", suppress_default=True)
    add_case_arguments(parser)
    add_sampling_arguments(parser)
    parser.set_defaults(func=run)


def add_sampling_arguments(parser: argparse.ArgumentParser) -> None:
    """The generation and machine options (shared with ``report``)."""
    gen = parser.add_argument_group("generation")
    gen.add_argument("--temperature", type=float, help="sampling temperature (reference 1.0)")
    gen.add_argument("--top-p", type=float, help="nucleus sampling threshold (reference 0.9)")
    gen.add_argument("--max-tokens", type=int, help="longest answer in tokens (reference 300)")
    gen.add_argument("--repetition-penalty", type=float, help="reference 1.0 (off)")
    gen.add_argument("--seed", type=int, help="random seed for sampling")
    gen.add_argument("--deterministic", action="store_true",
                     help="greedy decoding: the same inputs always give the same answer")
    run = parser.add_argument_group("machine")
    run.add_argument("--threads", type=int, help="CPU threads (default: all physical cores)")
    run.add_argument("--gpu-layers", type=int, default=0, help="LLM layers to offload to the GPU")
    run.add_argument("--ctx", type=int, help="context window in tokens (default: the pack's)")
    run.add_argument("--vision-backend", choices=VISION_BACKENDS, default="auto",
                     help="ggml: the vision tower on llama.cpp's ggml, weights as stored (on the "
                     "GPU with --gpu-layers); numpy: the exact reference, slower; auto "
                     "(default): ggml when it passes its self-check")
    run.add_argument("--draft", default="off", metavar="auto|lookup|off|DRAFT.gguf",
                     help="speculative decoding: off (default: every configuration measured "
                     "so far ran slower with it, docs/performance.md); auto uses the pack's "
                     "draft model, or without one drafts from the conversation itself "
                     "(lookup); or a small model GGUF with the same vocabulary")
    run.add_argument("--accept-license", action="store_true",
                     help="accept the pack's model license, for packs whose card requires it "
                     "(e.g. MedGemma's terms); read it first with the app's model card")
    run.add_argument("--vision-weights", choices=WEIGHT_MODES, default="auto",
                     help="numpy backend only: cache: float32 weights, fastest; stream: converted "
                     "layer by layer, ~170 MiB instead of ~4 GiB; auto (default): cache when "
                     "memory allows")


def generation_settings(args: argparse.Namespace, engine: Engine) -> GenerationSettings:
    """The pack's defaults overridden by the flags the user gave."""
    base = engine.default_generation()
    overrides = {
        "temperature": args.temperature, "top_p": args.top_p,
        "max_new_tokens": args.max_tokens, "repetition_penalty": args.repetition_penalty,
        "seed": args.seed, "deterministic": args.deterministic or None,
    }
    return dataclasses.replace(base, **{k: v for k, v in overrides.items() if v is not None})


def _validate(args: argparse.Namespace) -> list[str]:
    """The questions to ask in order: the one given, then (``--clinical``) the paper's four."""
    question = (args.question or "").strip()
    if not args.clinical and not question:
        raise SkinGPTError("no question given (add one in quotes, or use --clinical)")
    validate_machine_arguments(args)
    first = [check_text(question, "the question")] if question else []
    return first + (list(CLINICAL_PROMPTS) if args.clinical else [])


def validate_machine_arguments(args: argparse.Namespace) -> None:
    """Range checks of the numeric options ``add_sampling_arguments`` adds."""
    for name, low, high in (("threads", 1, 512), ("gpu_layers", 0, 100000), ("max_tokens", 1, 8192),
                            ("seed", 0, MAX_SEED)):
        value = getattr(args, name, None)
        if value is not None and not low <= value <= high:
            raise SkinGPTError(f"--{name.replace('_', '-')} must be between {low} and {high}")


def load_engine(args: argparse.Namespace, pack: ModelPack, stack: ExitStack) -> Engine:
    """Load ``pack`` with the machine options in ``args``; closed when ``stack`` ends.

    The disclaimer goes to stderr first (stdout stays clean for scripts)."""
    card = pack.card
    if card.license_acceptance_required and not args.accept_license:
        raise SkinGPTError(f"{pack.name}: its license must be accepted before use: "
                           f"{card.license.rstrip('.')}. Read it, then add --accept-license")
    settings = EngineSettings(threads=args.threads, gpu_layers=args.gpu_layers, n_ctx=args.ctx,
                              weight_mode=args.vision_weights, vision_backend=args.vision_backend,
                              draft=args.draft)
    print(disclaimer_short(lang_or_english(args)), file=sys.stderr)
    ledger = ProbeLedger(data_dir(getattr(args, "data_dir", None)) / LEDGER_FILENAME)
    engine = Engine.load(pack, settings, probe=ledger)
    stack.callback(engine.close)
    if engine.vision_choice.note:  # auto fell back to numpy: say why, once
        print(f"note: vision tower on numpy: {engine.vision_choice.note}", file=sys.stderr)
    if engine.llm.notice:  # e.g. the context lowered to the one the model was trained for
        print(f"note: {engine.llm.notice}", file=sys.stderr)
    return engine


@dataclass
class Transcript:
    """Questions and answers with the figures ``--json`` reports; each turn's ``question`` is
    the text the model was sent (with the answer-language request, if any)."""

    turns: list[dict] = field(default_factory=list)
    prompt_tokens: int = 0
    generated_tokens: int = 0
    generation_ms: float = 0.0
    seeds: list[int] = field(default_factory=list)
    draft_proposed: int = 0
    draft_accepted: int = 0

    def add(self, question: str, answer: Answer) -> None:
        self.turns.append({"question": question, "answer": answer.text,
                           "stop_reason": answer.stop_reason})
        self.seeds.append(answer.seed)
        self.prompt_tokens += answer.prompt_tokens_evaluated
        self.generated_tokens += answer.generated_tokens
        self.generation_ms += answer.generation_ms
        self.draft_proposed += answer.draft_proposed
        self.draft_accepted += answer.draft_accepted


def run(args: argparse.Namespace) -> int:
    """Load the pack and photo, ask, print; returns the exit code."""
    questions = _validate(args)
    details = case_details(args)
    image = load_photo(args.image)
    pack = ModelPack.open(resolve_pack(args.pack, data_dir(getattr(args, "data_dir", None))))
    with ExitStack() as stack:
        # Unlock before the slow part, so a wrong passphrase fails at once.
        vault = stack.enter_context(open_unlocked()) if args.save else None
        if vault is not None:
            check_patient(vault, details["patient_id"])
        engine = load_engine(args, pack, stack)
        chat = engine.start_chat(image, answer_language=lang_or_english(args))
        gen = generation_settings(args, engine)
        check_answer_room(chat, questions, gen.max_new_tokens)
        transcript = converse(chat, questions, gen, stream=not args.json, label=args.clinical)
        if vault is not None:
            case_id = save_transcript_as_case(vault, args.image, transcript.turns, pack.name,
                                              **details)
            print(f"saved as case {case_id}", file=sys.stderr)
        if args.json:
            print(json.dumps(_json_report(transcript, pack, chat), indent=2, ensure_ascii=False))
    return 0


def converse(chat, questions: list[str], gen: GenerationSettings, stream: bool,
             label: bool) -> Transcript:
    """Ask ``questions`` in order in one conversation; print the answers if ``stream``.

    The transcript records each question as it was sent (``chat.model_question``)."""
    transcript = Transcript()
    for question in questions:
        sent = chat.model_question(question)
        if stream and label:
            print(f"Q: {sent}\nA: ", end="", flush=True)
        on_token = (lambda piece: print(piece, end="", flush=True)) if stream else None
        answer = chat.ask(question, gen, on_token=on_token)
        if stream:
            print("\n" if label else "", flush=True)
        transcript.add(sent, answer)
    return transcript


def _json_report(transcript: Transcript, pack: ModelPack, chat) -> dict:
    seconds = transcript.generation_ms / 1000.0
    return {
        "pack": pack.name,
        "pack_display_name": pack.manifest.display_name,
        "answer_language": chat.answer_language,
        "vision_backend": chat.engine.vision_choice.backend,
        "vision": chat.engine.vision_choice.describe(),
        "draft": chat.engine.draft.name if chat.engine.draft else None,
        "transcript": transcript.turns,
        "timings": {
            "image_encode_ms": round(chat.encode_ms, 1),
            "prompt_tokens": transcript.prompt_tokens,
            "generated_tokens": transcript.generated_tokens,
            "tokens_per_second": round(transcript.generated_tokens / seconds, 2) if seconds else 0.0,
            # Speculative decoding (null without a draft model): the share of proposals kept.
            "draft_acceptance": (round(transcript.draft_accepted / transcript.draft_proposed, 3)
                                 if transcript.draft_proposed else None),
        },
        "disclaimer": disclaimer_short(chat.answer_language),
    }
