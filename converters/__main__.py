"""``python -m converters``: turn the published SkinGPT-4 weights into a model pack.

Example (all sources on disk, nothing touches the network)::

    python -m converters skingpt4 --out packs/skingpt4-13b \\
        --skingpt4 skingpt4_llama2_13bchat_base_pretrain_stage2.pth \\
        --vision eva_vit_g.pth blip2_pretrained_flant5xxl.pth \\
        --llm Llama-2-13b-chat-hf/

With ``--download``, the Hugging Face-hosted parts that were not given (the BLIP-2 vision tower,
the Llama-2 model) are fetched first. See docs/conversion.md.

``python -m converters mtmd --llm MODEL.gguf --mmproj MMPROJ.gguf --out PACK_DIR`` wraps an
existing llama.cpp multimodal model (MedGemma, Gemma 3) into a pack without converting it;
``--download REPO`` fetches the two files from huggingface.co first.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from converters.assemble import VISION_TYPES, ConversionPlan, convert_skingpt4
from converters.mtmd_pack import plan_from_args, wrap_mtmd
from converters.progress import Reporter
from converters.quantize import DEFAULT_LLM_TYPE, LLM_TYPES
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.llm.conversation import FORMATS

EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
DEFAULT_VISION_REPO = "Salesforce/blip2-flan-t5-xxl"
DEFAULT_LLM_REPO = "meta-llama/Llama-2-13b-chat-hf"


def _add_skingpt4(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "skingpt4", help="build a model pack from the SkinGPT-4, BLIP-2 and Llama-2 weights",
        description="Build a SkinGPT Desktop model pack (manifest.json + vision.gguf + llm.gguf) from "
        "the SkinGPT-4 checkpoint, the EVA-ViT-g/BLIP-2 vision weights and a Llama-2 (or Vicuna) "
        "model. Works without PyTorch; .pth files are read without running any code they contain. "
        "The pack is built in a hidden folder next to --out and renamed at the end.")
    src = p.add_argument_group("sources")
    src.add_argument("--skingpt4", type=Path, required=True, metavar="CKPT.pth",
                     help="SkinGPT-4 checkpoint holding llama_proj (e.g. "
                     "skingpt4_llama2_13bchat_base_pretrain_stage2.pth or skingpt4_vicuna_v1.pth)")
    src.add_argument("--vision", type=Path, nargs="+", metavar="PATH",
                     help="vision tower: the LAVIS pair eva_vit_g.pth blip2_pretrained_flant5xxl.pth "
                     "(or a folder with both), or a Hugging Face BLIP-2 folder (config.json + "
                     "safetensors shards; only the vision shards are read). Required unless --download")
    src.add_argument("--llm", type=Path, metavar="PATH",
                     help="LLM: a Hugging Face Llama folder (config.json, *.safetensors or *.bin, "
                     "tokenizer.model) or an existing Llama .gguf (validated, then copied or "
                     "quantized). Required unless --download")
    src.add_argument("--vision-hparams", type=Path, metavar="JSON",
                     help="vision hyper-parameters the LAVIS files do not record (e.g. "
                     '{"vit_heads": 16, "qformer_heads": 12}); only for non-standard checkpoints')
    src.add_argument("--draft", type=Path, default=None, metavar="DRAFT.gguf|HF_FOLDER",
                     help="a small Llama with the same vocabulary (e.g. TinyLlama-1.1B), as a "
                     "GGUF or a Hugging Face folder (converted and quantized like --llm), added "
                     "as the pack's draft model for speculative decoding")
    out = p.add_argument_group("output")
    out.add_argument("--out", type=Path, required=True, metavar="PACK_DIR",
                     help="model pack folder to create")
    out.add_argument("--llm-type", choices=list(LLM_TYPES), default=None,
                     help=f"LLM weight type made by llama.cpp's quantizer (default {DEFAULT_LLM_TYPE}; "
                     "for an existing quantized GGUF the default keeps it as it is)")
    out.add_argument("--vision-type", choices=VISION_TYPES, default="f16",
                     help="vision tower weight type (default f16)")
    out.add_argument("--name", default="", help="pack name in the manifest (default: folder name)")
    out.add_argument("--display-name", default="", metavar="TEXT",
                     help='name shown in the app (default "SkinGPT-4 (<LLM type>)")')
    out.add_argument("--conversation-format", choices=sorted(FORMATS), default="skingpt4",
                     help="prompt format the app uses with this pack (default skingpt4)")
    out.add_argument("--force", action="store_true", help="replace --out if it exists")
    dl = p.add_argument_group("download (the only network use; off unless --download)")
    dl.add_argument("--download", action="store_true",
                    help="fetch the Hugging Face-hosted sources not given above (resumable; set "
                    "HF_TOKEN for gated repositories such as Meta's Llama-2)")
    dl.add_argument("--vision-repo", default=DEFAULT_VISION_REPO, metavar="REPO",
                    help="BLIP-2 repository for --download; only its vision shards are fetched "
                    f"(default {DEFAULT_VISION_REPO})")
    dl.add_argument("--llm-repo", default=DEFAULT_LLM_REPO, metavar="REPO",
                    help=f"Llama repository for --download (default {DEFAULT_LLM_REPO})")
    dl.add_argument("--download-dir", type=Path, default=None, metavar="DIR",
                    help="where downloads go (default: the app's <data folder>/packs/.downloads/)")
    misc = p.add_argument_group("other")
    misc.add_argument("--threads", type=int, default=None, metavar="N", help="CPU threads for quantizing "
                      "(default: all cores)")
    misc.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=run_skingpt4)


def _add_mtmd(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "mtmd", help="wrap a llama.cpp multimodal model (LLM GGUF + mmproj GGUF) into a model pack",
        description="Build an mtmd model pack (manifest.json + llm.gguf + mmproj.gguf) from an "
        "existing llama.cpp multimodal model such as MedGemma, Gemma 3, Qwen2.5-VL or Lingshu. "
        "Both headers are checked before anything is copied; the files are copied unchanged. "
        "The pack is built in a hidden folder next to --out and renamed at the end.")
    src = p.add_argument_group("sources (either --llm and --mmproj, or --download)")
    src.add_argument("--llm", type=Path, metavar="MODEL.gguf",
                     help="the language model GGUF (general.architecture gemma3, qwen2vl or qwen3vl)")
    src.add_argument("--mmproj", type=Path, metavar="MMPROJ.gguf",
                     help="its vision projector GGUF (general.architecture clip)")
    src.add_argument("--download", default="", metavar="REPO",
                     help="fetch both files from this huggingface.co repository (the only network "
                     "use; resumable; set HF_TOKEN for gated repositories)")
    src.add_argument("--llm-file", default="", metavar="NAME.gguf",
                     help="the LLM file of --download REPO (default: the one Q4_K_M GGUF)")
    src.add_argument("--mmproj-file", default="", metavar="NAME.gguf",
                     help="the mmproj file of --download REPO (default: the one mmproj*.gguf)")
    src.add_argument("--download-dir", type=Path, default=None, metavar="DIR",
                     help="where downloads go (default: the app's <data folder>/packs/.downloads/)")
    src.add_argument("--draft", type=Path, default=None, metavar="DRAFT.gguf",
                     help="a small language model GGUF with the same vocabulary, added as the "
                     "pack's draft model for speculative decoding (faster answers)")
    out = p.add_argument_group("output")
    out.add_argument("--out", type=Path, required=True, metavar="PACK_DIR",
                     help="model pack folder to create (must not exist, or be empty)")
    out.add_argument("--card", type=Path, default=None, metavar="CARD.json",
                     help="model card: a JSON object with provenance, license, intended_use and "
                     "limitations (default: a card naming the files and their origin)")
    out.add_argument("--name", default="", help="pack name in the manifest (default: folder name)")
    out.add_argument("--display-name", default="", metavar="TEXT",
                     help='name shown in the app (default "<model name> (<weight type>)")')
    out.add_argument("--format", default="", metavar="FORMAT",
                     help="conversation format (one of: " + ", ".join(sorted(FORMATS)) + "; "
                     "default: detected from the model's chat template)")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=run_mtmd)


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m converters`` parser."""
    parser = argparse.ArgumentParser(
        prog="python -m converters",
        description="Convert published checkpoints into SkinGPT Desktop model packs, without PyTorch. "
        "Run 'python -m converters skingpt4 --help' (or 'mtmd --help') for every flag; "
        "docs/conversion.md walks through a full conversion.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_skingpt4(subparsers)
    _add_mtmd(subparsers)
    return parser


def _download_missing(args: argparse.Namespace, plan_origins: dict[str, str]) -> None:
    """Fill in --vision / --llm from huggingface.co (imports the network code only here)."""
    from converters import download

    report = Reporter(quiet=args.quiet)
    folder = args.download_dir
    if args.vision is None:
        dest = folder / args.vision_repo.split("/")[-1] if folder else None
        folder, commit = download.download_blip2_vision(args.vision_repo, dest, report)
        args.vision = [folder]
        plan_origins["vision"] = f"huggingface.co/{args.vision_repo} at revision {commit}"
    if args.llm is None:
        dest = folder / args.llm_repo.split("/")[-1] if folder else None
        args.llm, commit = download.download_llama(args.llm_repo, dest, report)
        plan_origins["llm"] = f"huggingface.co/{args.llm_repo} at revision {commit}"


def run_skingpt4(args: argparse.Namespace) -> int:
    """The ``skingpt4`` subcommand."""
    origins: dict[str, str] = {}
    if args.download:
        _download_missing(args, origins)
    elif args.vision is None or args.llm is None:
        missing = "--vision" if args.vision is None else "--llm"
        raise SkinGPTError(f"{missing} is required (or pass --download to fetch it from huggingface.co)")
    plan = ConversionPlan(
        out=args.out, skingpt4=args.skingpt4, vision=list(args.vision), llm=args.llm,
        llm_type=args.llm_type or DEFAULT_LLM_TYPE, llm_type_explicit=args.llm_type is not None,
        vision_type=args.vision_type, name=args.name, display_name=args.display_name,
        conversation_format=args.conversation_format, vision_hparams=args.vision_hparams,
        force=args.force, threads=args.threads, origins=origins, draft=args.draft)
    convert_skingpt4(plan, Reporter(quiet=args.quiet))
    return 0


def run_mtmd(args: argparse.Namespace) -> int:
    """The ``mtmd`` subcommand."""
    report = Reporter(quiet=args.quiet)
    wrap_mtmd(plan_from_args(args, report), report)
    return 0


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # runs the same clean-up as Ctrl-C


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = build_parser().parse_args(argv)
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if in_main else None
    try:
        return int(args.func(args))
    except SkinGPTError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted; nothing was left behind", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
