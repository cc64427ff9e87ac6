"""Wrap an existing llama.cpp multimodal model (an LLM GGUF and its mmproj GGUF) into a pack.

``python -m converters mtmd --llm MODEL.gguf --mmproj MMPROJ.gguf --out PACK_DIR`` makes an
``mtmd`` pack (core/packs/pack_kinds.py): ``llm.gguf`` + ``mmproj.gguf`` + ``manifest.json``. The
weights are copied byte for byte; nothing is converted or quantized.

Order of work:

1. read both headers with the bounded reader and check everything before writing a byte: the
   declared architectures, the projector type and its width against the LLM's
   (``check_mtmd_pair``), the LLM's layer and attention sizes, its conversation format, the
   model card, free disk space;
2. copy both files into a hidden staging folder next to ``--out`` (``.NAME.partial-XXXX``),
   hashing them on the way through, write the manifest last and open the result as a pack;
3. rename the staging folder to ``--out``.

A failure, Ctrl-C or SIGTERM removes the staging folder. With ``--download REPO`` the two files
are fetched from huggingface.co first (the only network use; ``download_pair``).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from converters.assemble import (
    check_disk,
    check_pack_name,
    copy_hashed,
    disk_error,
    generation_defaults,
    is_disk_full,
    set_folder_mode,
)
from converters.draft import check_draft
from converters.progress import Reporter
from skingpt_desktop.core.errors import ConversionError, PackError
from skingpt_desktop.core.llm.conversation import FORMATS, get_format
from skingpt_desktop.core.native.gguf_check import GGUFSummary, read_gguf_header
from skingpt_desktop.core.packs.catalogue import CatalogueEntry, RepoSource
from skingpt_desktop.core.packs.download import discard, download_folder
from skingpt_desktop.core.packs.install import ProgressFn
from skingpt_desktop.core.packs.memory import mtmd_pack_memory
from skingpt_desktop.core.packs.pack import (
    DRAFT_FILE,
    LLM_FILE,
    MMPROJ_FILE,
    DownloadRecord,
    ModelCard,
    ModelPack,
    SourceFile,
    build_manifest,
    write_manifest,
)
from skingpt_desktop.core.packs.pack_kinds import MTMD_LLM_ARCHITECTURES, check_mtmd_pair
from skingpt_desktop.core.resource_files import read_json_file

ARCHITECTURE = "mtmd"
MMPROJ_ARCHITECTURE = "clip"
DEFAULT_LLM_QUANT = "Q4_K_M"  # the LLM picked from a repository listing when none is named

# A substring of the LLM's tokenizer.chat_template -> the conversation format it implies
# (a name in core/llm/conversation.py's FORMATS). The first match wins.
CHAT_TEMPLATE_FORMATS: tuple[tuple[str, str], ...] = (
    ("<start_of_turn>", "gemma"),
    ("<|im_start|>", "chatml"),
)

# llama.cpp's general.file_type numbers (enum llama_ftype) -> the weight type's usual name.
FILE_TYPES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
    10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M",
    16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K", 30: "IQ4_XS", 32: "BF16",
}

# What a --card JSON holds: field -> type. Sources are recorded by the converter itself.
CARD_FIELDS: dict[str, type] = {
    "provenance": str, "license": str, "intended_use": str, "limitations": list,
}
OPTIONAL_CARD_FIELDS: dict[str, type] = {"license_acceptance_required": bool}


@dataclass
class MtmdPlan:
    """Everything ``python -m converters mtmd`` was asked to do."""

    out: Path
    llm: Path
    mmproj: Path
    card: Path | None = None
    name: str = ""
    display_name: str = ""
    conversation_format: str = ""      # empty: detected from the LLM's chat template
    origin: str = ""                   # "huggingface.co/REPO" when the files were downloaded
    download: DownloadRecord | None = None  # the commit and SHA-256 of the downloaded files
    move_downloaded: bool = False      # move checked downloads into the pack (same disk)
    draft: Path | None = None          # a small LLM with the same vocabulary (speculative decoding)


@dataclass(frozen=True)
class LlmShape:
    """What the pack's memory figure needs from the LLM header."""

    n_layer: int
    kv_width: int      # n_head_kv * head_dim: the width of the cached keys (and values)
    n_ctx_train: int


@dataclass(frozen=True)
class _Checked:
    """The validated inputs: both headers and what was read from them."""

    llm: GGUFSummary
    mmproj: GGUFSummary
    shape: LlmShape
    quantization: str
    conversation_format: str
    card: ModelCard | None  # from --card, without sources


# --- reading and checking the inputs --------------------------------------------------------

def _read_header(path: Path, flag: str, accepted: tuple[str, ...]) -> GGUFSummary:
    """The bounded header of ``path``, which must exist and declare one of ``accepted``."""
    if not path.is_file():
        raise ConversionError(f"{path}: {flag} file not found")
    summary = read_gguf_header(path)
    if summary.architecture not in accepted:
        raise ConversionError(f"{path}: architecture is '{summary.architecture or 'none'}', "
                              f"{flag} must be '{' or '.join(accepted)}'")
    return summary


def _int_key(summary: GGUFSummary, key: str, default: int | None = None) -> int:
    """A positive whole number from the header; ConversionError naming the key otherwise."""
    value = summary.metadata.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        state = "missing" if key not in summary.metadata else f"invalid ({value!r})"
        raise ConversionError(f"{summary.path}: header key {key} is {state}")
    return value


def llm_shape(llm: GGUFSummary) -> LlmShape:
    """Layers, KV width and training context of the LLM, from its header."""
    arch = llm.architecture
    n_embd = _int_key(llm, f"{arch}.embedding_length")
    n_head = _int_key(llm, f"{arch}.attention.head_count")
    n_head_kv = _int_key(llm, f"{arch}.attention.head_count_kv", n_head)  # llama.cpp's default
    head_dim = _int_key(llm, f"{arch}.attention.key_length", n_embd // n_head or None)
    return LlmShape(n_layer=_int_key(llm, f"{arch}.block_count"), kv_width=n_head_kv * head_dim,
                    n_ctx_train=_int_key(llm, f"{arch}.context_length"))


def quantization_of(llm: GGUFSummary) -> str:
    """The LLM's weight type named from general.file_type; "unknown" when not in the table."""
    file_type = llm.metadata.get("general.file_type")
    return FILE_TYPES.get(file_type, "unknown") if isinstance(file_type, int) else "unknown"


def detect_format(llm: GGUFSummary) -> str:
    """The conversation format the LLM's chat template implies (CHAT_TEMPLATE_FORMATS)."""
    template = llm.metadata.get("tokenizer.chat_template")
    if isinstance(template, str):
        for marker, name in CHAT_TEMPLATE_FORMATS:
            if marker in template:
                return name
    state = "is not one this converter recognises" if template else "is missing"
    known = ", ".join(sorted(FORMATS))
    raise ConversionError(f"{llm.path}: the chat template (tokenizer.chat_template) {state}; "
                          f"pass --format with one of the known formats: {known}")


def load_card(path: Path) -> ModelCard:
    """A model card from JSON with exactly CARD_FIELDS; ConversionError naming a bad field."""
    data = read_json_file(path, ConversionError, "the model card")
    if not isinstance(data, dict):
        raise ConversionError(f"{path}: a model card must be a JSON object")
    unknown = sorted(set(data) - set(CARD_FIELDS) - set(OPTIONAL_CARD_FIELDS))
    if unknown:
        raise ConversionError(f"{path}: unknown card field '{unknown[0]}' (a card has "
                              f"{', '.join(CARD_FIELDS)}; the converter records the sources)")
    for key, kind in CARD_FIELDS.items():
        value = data.get(key)
        if not isinstance(value, kind) or not value:
            raise ConversionError(f"{path}: card field '{key}' is missing or empty "
                                  f"(must be a {'list of strings' if kind is list else 'text'})")
    if not all(isinstance(item, str) and item for item in data["limitations"]):
        raise ConversionError(f"{path}: card field 'limitations' must be a list of strings")
    accept = data.get("license_acceptance_required", False)
    if not isinstance(accept, bool):
        raise ConversionError(f"{path}: card field 'license_acceptance_required' must be true "
                              "or false")
    return ModelCard(provenance=data["provenance"], license=data["license"],
                     intended_use=data["intended_use"], limitations=list(data["limitations"]),
                     license_acceptance_required=accept)


def check_inputs(plan: MtmdPlan) -> _Checked:
    """Read and cross-check everything the pack needs; nothing is written."""
    mmproj = _read_header(Path(plan.mmproj), "--mmproj", (MMPROJ_ARCHITECTURE,))
    llm = _read_header(Path(plan.llm), "--llm", MTMD_LLM_ARCHITECTURES)
    check_mtmd_pair(mmproj, llm)
    check_pack_name(plan.name or Path(plan.out).absolute().name)
    shape = llm_shape(llm)
    conversation_format = plan.conversation_format or detect_format(llm)
    get_format(conversation_format)
    card = load_card(Path(plan.card)) if plan.card else None
    if plan.draft is not None:
        check_draft(Path(plan.draft), Path(plan.llm), MTMD_LLM_ARCHITECTURES)
    return _Checked(llm, mmproj, shape, quantization_of(llm), conversation_format, card)


# --- the model card -------------------------------------------------------------------------

def _catalogue_entry(plan: MtmdPlan):
    """The catalogue entry whose repository and LLM file the plan's files came from, if any."""
    from skingpt_desktop.core.packs.catalogue import RepoSource, load_catalogue

    repo = plan.origin.removeprefix("huggingface.co/")
    return next((e for e in load_catalogue() if isinstance(e.source, RepoSource)
                 and e.source.repo == repo and e.source.llm_file == Path(plan.llm).name), None)


def default_card(plan: MtmdPlan, quantization: str) -> ModelCard:
    """The card written when no --card is given: where the files came from, and the limits.
    Files of a catalogue entry get its license, intended use, limits and whether the license
    must be accepted before first use."""
    card = _generic_card(plan, quantization)
    entry = _catalogue_entry(plan) if plan.origin else None
    if entry is None:
        return card
    return dataclasses.replace(
        card, license=entry.license, intended_use=entry.intended_use,
        limitations=[entry.limits, *card.limitations],
        license_acceptance_required=entry.license_acceptance_required)


def _generic_card(plan: MtmdPlan, quantization: str) -> ModelCard:
    where = f" downloaded from {plan.origin}" if plan.origin else ""
    license_at = f" (on its model page, {plan.origin})" if plan.origin else ""
    return ModelCard(
        provenance=(
            f"Wrapped by SkinGPT Desktop from the llama.cpp GGUF files {Path(plan.llm).name} "
            f"(language model) and {Path(plan.mmproj).name} (vision projector){where}. The "
            "files are copied unchanged; their SHA-256 digests are listed in the sources."),
        license=f"See the model's own license{license_at} before using or sharing this pack.",
        intended_use=(
            "Research, education and testing of the software. Not a medical device and never a "
            "substitute for a clinician."),
        limitations=[
            "Not a diagnosis tool: it has not been validated for diagnosis or triage.",
            "It can state wrong facts with confidence: a clinician must check every answer.",
            "Answers depend on photo quality, angle and lighting and on what the user reports.",
            f"The language model is stored as {quantization}; answers can differ from the "
            "original weights.",
        ],
    )


def _sources(plan: MtmdPlan, digests: dict[str, str]) -> list[SourceFile]:
    """The two original files with their SHA-256 and where they came from."""
    origin = plan.origin or "local file"
    return [SourceFile(Path(plan.llm).name, digests[LLM_FILE], f"language model ({origin})"),
            SourceFile(Path(plan.mmproj).name, digests[MMPROJ_FILE],
                       f"vision projector ({origin})")]


# --- the build ------------------------------------------------------------------------------

def _display_name(plan: MtmdPlan, checked: _Checked, out: Path) -> str:
    """--display-name, else the LLM's general.name (or the folder name) and its weight type."""
    if plan.display_name:
        return plan.display_name
    base = str(checked.llm.metadata.get("general.name") or out.name)
    return f"{base} ({checked.quantization})"


def _build(plan: MtmdPlan, checked: _Checked, staging: Path, out: Path, report: Reporter) -> None:
    """Copy both files into ``staging``, write the manifest and open the result as a pack."""
    digests = {MMPROJ_FILE: _take(plan, Path(plan.mmproj), staging / MMPROJ_FILE, "copy mmproj",
                                   report),
               LLM_FILE: _take(plan, Path(plan.llm), staging / LLM_FILE, "copy LLM", report)}
    if plan.draft is not None:
        digests[DRAFT_FILE] = copy_hashed(Path(plan.draft), staging / DRAFT_FILE,
                                          "copy draft model", report)
    card = checked.card or default_card(plan, checked.quantization)
    card = dataclasses.replace(card, sources=_sources(plan, digests))
    generation = generation_defaults(checked.shape.n_ctx_train)
    memory = mtmd_pack_memory((staging / LLM_FILE).stat().st_size,
                              (staging / MMPROJ_FILE).stat().st_size, checked.shape.n_layer,
                              checked.shape.kv_width, int(generation["n_ctx"]))
    manifest = build_manifest(
        staging, name=plan.name or out.name, display_name=_display_name(plan, checked, out),
        conversation_format=checked.conversation_format, card=card, generation=generation,
        memory=memory, quantization=checked.quantization, known_sha256=digests,
        architecture=ARCHITECTURE)
    write_manifest(staging, dataclasses.replace(manifest, download=plan.download))
    ModelPack.open(staging, verify_hashes=False)  # the app's own checks, before the rename


def _take(plan: MtmdPlan, src: Path, dst: Path, label: str, report: Reporter) -> str:
    """Put ``src`` into the pack; its SHA-256. A download already checked against the hub is
    moved when the plan says so (no second read, no second copy on disk); else it is copied
    and hashed on the way through."""
    known = {f.name: f.sha256 for f in plan.download.files} if plan.download else {}
    if plan.move_downloaded and src.name in known:
        os.replace(src, dst)
        return known[src.name]
    return copy_hashed(src, dst, label, report)


def _check_out(out: Path) -> None:
    """--out may be absent or an empty folder; anything else is refused."""
    if out.is_dir() and not any(out.iterdir()):
        return
    if out.exists() or out.is_symlink():
        raise ConversionError(f"{out}: already exists and is not an empty folder; choose "
                              "another --out or remove it")


def _place(staging: Path, out: Path) -> None:
    """Rename the finished staging folder to ``out`` (an empty folder there is replaced)."""
    if out.is_dir():
        out.rmdir()  # fails, and so refuses, if something appeared in it meanwhile
    os.rename(staging, out)


def wrap_mtmd(plan: MtmdPlan, report: Reporter | None = None) -> Path:
    """Build the mtmd pack ``plan.out``; returns its path. ConversionError or PackError (one
    sentence naming the file and problem) on bad input."""
    report = report or Reporter()
    out = Path(plan.out).absolute()
    _check_out(out)
    checked = check_inputs(plan)
    report.say(f"{checked.llm.architecture} language model ({checked.quantization}, "
               f"{checked.shape.n_layer} layers), projector "
               f"{checked.mmproj.metadata.get('clip.projector_type')}, "
               f"format {checked.conversation_format}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if not plan.move_downloaded:
        check_disk(out.parent, Path(plan.llm).stat().st_size + Path(plan.mmproj).stat().st_size)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    try:
        set_folder_mode(staging)
        _build(plan, checked, staging, out, report)
        _place(staging, out)
    except OSError as exc:
        if is_disk_full(exc, out.parent):
            raise disk_error(exc, out.parent) from None
        raise ConversionError(f"{exc.filename or out.parent}: {exc.strerror or exc}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    report.say(f"model pack written to {out}")
    return out


# --- --download -----------------------------------------------------------------------------

def _is_mmproj(path: str) -> bool:
    name = PurePosixPath(path).name.lower()
    return name.startswith("mmproj") and name.endswith(".gguf")


def _one_of(repo: str, what: str, matches: list[str], candidates: list[str], flag: str) -> str:
    """The single match; ConversionError listing the candidates otherwise."""
    if len(matches) == 1:
        return matches[0]
    state = "several" if matches else "no"
    listed = ", ".join(sorted(matches or candidates)) or "none"
    raise ConversionError(f"{repo}: {state} {what} files found ({listed}); name one with {flag}")


def pick_files(repo: str, listing: list[str], llm_file: str = "",
               mmproj_file: str = "") -> tuple[str, str]:
    """(LLM file, mmproj file) in a repository listing: the named ones, else the single
    ``mmproj*.gguf`` and the single Q4_K_M LLM; ConversionError with the list when ambiguous."""
    ggufs = [p for p in listing if p.lower().endswith(".gguf")]
    projectors = [p for p in ggufs if _is_mmproj(p)]
    llms = [p for p in ggufs if not _is_mmproj(p)]
    mmproj = mmproj_file or _one_of(repo, "mmproj*.gguf", projectors, projectors, "--mmproj-file")
    default = [p for p in llms if DEFAULT_LLM_QUANT.lower() in PurePosixPath(p).name.lower()]
    llm = llm_file or _one_of(repo, f"{DEFAULT_LLM_QUANT} language model", default, llms,
                              "--llm-file")
    return llm, mmproj


def repo_files(repo: str) -> list[str]:
    """The file names of a huggingface.co model repository (network)."""
    from converters import download
    return download.list_files(repo)


def download_pair(repo: str, dest: Path | None = None, llm_file: str = "",
                  mmproj_file: str = "", report: Reporter | None = None,
                  progress: ProgressFn | None = None,
                  cancel: threading.Event | None = None) -> tuple[Path, Path, DownloadRecord]:
    """Fetch (resuming, hash-checked, from one commit) the LLM and mmproj of ``repo``; returns
    their local paths and the download's record. The repository is listed only when a file
    is not named."""
    from converters import download

    report = report or Reporter()
    if not (llm_file and mmproj_file):
        llm_file, mmproj_file = pick_files(repo, repo_files(repo), llm_file, mmproj_file)
    report.say(f"downloading {repo}/{llm_file} and {mmproj_file}")
    try:
        got = download.fetch_files(repo, [llm_file, mmproj_file], dest,
                                   progress=progress or download.ByteBars(report), cancel=cancel)
    except download.RemoteFileMissing as exc:
        name = exc.phrase.values.get("name", "")
        raise ConversionError(f"{repo}: file '{name}' is not in the repository") from None
    return got.path(llm_file), got.path(mmproj_file), got.record()


def install_entry(entry: CatalogueEntry, packs_folder: Path,
                  download_report: Reporter | None = None,
                  copy_report: Callable[[MtmdPlan], Reporter] | None = None,
                  progress: ProgressFn | None = None,
                  cancel: threading.Event | None = None) -> Path:
    """Download a catalogue entry's two files and install them as the pack
    ``packs_folder/<entry id>``; returns its folder.

    The files go into the packs folder's resumable download folder (the large files never
    cross file systems): kept after a cancel or a lost connection so the next start resumes,
    deleted once the pack is installed or when they make no pack. ``copy_report`` makes the
    reporter of the copy into the pack once the files are there (it sees their sizes).
    """
    if not isinstance(entry.source, RepoSource):
        raise ConversionError(f"{entry.display_name} cannot be downloaded ready-made; "
                              "docs/conversion.md tells how to build it")
    source = entry.source
    packs_folder = Path(packs_folder)
    packs_folder.mkdir(parents=True, exist_ok=True)
    folder = download_folder(packs_folder, source.repo, "main")
    llm, mmproj, record = download_pair(source.repo, folder, source.llm_file, source.mmproj_file,
                                        download_report, progress, cancel)
    # The converter's card for a catalogue model's files carries the entry's license,
    # use, limits and whether the license must be accepted before first use.
    plan = MtmdPlan(out=packs_folder / entry.id, llm=llm, mmproj=mmproj, name=entry.id,
                    display_name=entry.display_name, origin=f"huggingface.co/{source.repo}",
                    download=record, move_downloaded=record is not None)
    names = [source.llm_file, source.mmproj_file]
    try:
        out = wrap_mtmd(plan, copy_report(plan) if copy_report else None)
    except (ConversionError, PackError):
        discard(folder, names)  # files that make no pack: not kept
        raise
    discard(folder, names)  # other downloads' parts in the folder stay
    return out


def plan_from_args(args: Any, report: Reporter) -> MtmdPlan:
    """An MtmdPlan from the parsed ``mtmd`` flags, downloading first with --download."""
    local = args.llm is not None or args.mmproj is not None
    if args.download and local:
        raise ConversionError("give either --download REPO or --llm and --mmproj, not both")
    if not args.download and (args.llm_file or args.mmproj_file):
        raise ConversionError("--llm-file and --mmproj-file name files of --download REPO")
    origin = ""
    record = None
    if args.download:
        args.llm, args.mmproj, record = download_pair(args.download, args.download_dir,
                                                      args.llm_file, args.mmproj_file, report)
        origin = f"huggingface.co/{args.download}"
    elif args.llm is None or args.mmproj is None:
        missing = "--llm" if args.llm is None else "--mmproj"
        raise ConversionError(f"{missing} is required (or --download REPO to fetch both)")
    return MtmdPlan(out=args.out, llm=args.llm, mmproj=args.mmproj, card=args.card,
                    name=args.name, display_name=args.display_name,
                    conversation_format=args.format, origin=origin, draft=args.draft,
                    download=record)
