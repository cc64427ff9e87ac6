"""Assemble a SkinGPT-4 model pack from the original checkpoints, atomically.

Order of work (every long step has a progress bar):

1. open and check everything before writing a byte: the SkinGPT-4 projection, the vision
   tower's tensors and shapes, the LLM's width against the projection, free disk space;
2. build in a hidden staging folder next to the destination (``.NAME.partial-XXXX``): the
   vision GGUF, the LLM GGUF (F16 from Hugging Face weights, then llama.cpp's quantizer), the
   SHA-256 of every source file for the provenance record, and the manifest last;
3. rename the staging folder to the destination.

A failure, Ctrl-C or SIGTERM removes the staging folder; a hard kill can leave a hidden
``.partial`` folder, which has no manifest until the very end and never the pack's name. A full
disk is reported as such.
"""

from __future__ import annotations

import errno
import hashlib
import math
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from converters import sources
from converters.draft import check_draft
from converters.llama_gguf import LlamaHParams, tensor_shapes
from converters.llama_hf import LlamaGGUFInfo, convert_hf_llama, read_hf_llama, validate_llama_gguf
from converters.progress import Reporter
from converters.quantize import BITS_PER_WEIGHT, DEFAULT_LLM_TYPE, LLM_TYPES, quantize_gguf
from converters.skingpt4_ckpt import SkinGPT4Checkpoint
from skingpt_desktop.core.errors import ConversionError
from skingpt_desktop.core.packs.hashing import sha256_file
from skingpt_desktop.core.packs.memory import pack_memory
from skingpt_desktop.core.packs.pack import (
    DRAFT_FILE,
    LLM_FILE,
    VISION_FILE,
    ModelCard,
    SourceFile,
    build_manifest,
    valid_pack_name,
    write_manifest,
)
from skingpt_desktop.core.vision.vision_format import VisionHParams, expected_tensors
from skingpt_desktop.core.vision.vision_gguf import write_vision_gguf

VISION_TYPES = ("f16", "q8_0", "f32")
DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
GENERATION = {"temperature": 1.0, "top_p": 0.9, "repetition_penalty": 1.0,
              "max_new_tokens": 300, "n_ctx": 2048}
GiB = 1 << 30


def generation_defaults(n_ctx_train: int) -> dict[str, float | int]:
    """The manifest's generation settings: the reference's, with the context no longer than
    the one the LLM was trained for (a short-context model must load with its own defaults)."""
    return {**GENERATION, "n_ctx": min(GENERATION["n_ctx"], n_ctx_train)}
UNQUANTIZED = ("F16", "F32", "BF16")  # GGUF file types the quantizer may start from


@dataclass
class ConversionPlan:
    """Everything ``python -m converters skingpt4`` was asked to do."""

    out: Path
    skingpt4: Path
    vision: list[Path]
    llm: Path
    llm_type: str = DEFAULT_LLM_TYPE
    llm_type_explicit: bool = False
    vision_type: str = "f16"
    name: str = ""
    display_name: str = ""
    conversation_format: str = "skingpt4"
    vision_hparams: Path | None = None
    force: bool = False
    threads: int | None = None
    origins: dict[str, str] = field(default_factory=dict)  # "vision"/"llm" -> where it came from
    draft: Path | None = None  # a small Llama GGUF with the same vocabulary (speculative decoding)


@dataclass
class _Opened:
    ckpt: SkinGPT4Checkpoint
    vision: sources.VisionSource
    llm_layout: str
    llm_hparams: LlamaHParams | None = None  # "hf" layout
    llm_gguf: LlamaGGUFInfo | None = None  # "gguf" layout
    digests: dict[Path, str] = field(default_factory=dict)  # source SHA-256s known so far

    def close(self) -> None:
        self.vision.close()
        self.ckpt.close()


def _open_all(plan: ConversionPlan, say: Any) -> _Opened:
    """Open and cross-check every source; nothing is written yet."""
    overrides = sources.load_hparams_overrides(plan.vision_hparams)
    ckpt = SkinGPT4Checkpoint(plan.skingpt4)
    try:
        vision = sources.open_vision(plan.vision, ckpt, overrides)
    except BaseException:
        ckpt.close()
        raise
    opened = _Opened(ckpt, vision, sources.llm_layout(plan.llm))
    try:
        say(f"vision: {vision.layout} layout, ViT {vision.hparams.vit_width}x{vision.hparams.vit_depth}, "
            f"Q-Former {vision.hparams.qformer_width}x{vision.hparams.qformer_depth}, "
            f"projection {ckpt.qformer_width}->{ckpt.proj_width}")
        if vision.overridden:
            say(f"note: the SkinGPT-4 checkpoint overrides {len(vision.overridden)} vision tensors "
                "(as the reference loads it)")
        if ckpt.qformer_width != vision.hparams.qformer_width:
            raise ConversionError(f"{ckpt.path}: llama_proj reads {ckpt.qformer_width}-wide Q-Former "
                                  f"outputs but the Q-Former is {vision.hparams.qformer_width} wide")
        _check_llm(plan, opened)
    except BaseException:
        opened.close()
        raise
    return opened


def _check_llm(plan: ConversionPlan, opened: _Opened) -> None:
    width = opened.ckpt.proj_width
    if opened.llm_layout == "hf":
        model = read_hf_llama(plan.llm)
        if model.hparams.n_embd != width:
            raise ConversionError(
                f"{plan.llm}: the LLM's width is {model.hparams.n_embd} but the SkinGPT-4 projection "
                f"in {plan.skingpt4.name} writes {width}-wide embeddings; use the matching Llama size")
        opened.llm_hparams = model.hparams
        return
    info = validate_llama_gguf(plan.llm, width)
    opened.llm_gguf = info
    if info.file_type in UNQUANTIZED and plan.llm_type != info.file_type:
        return  # quantized into the pack
    if plan.llm_type_explicit and info.file_type != plan.llm_type:
        raise ConversionError(f"{plan.llm}: is already quantized ({info.file_type}); requantizing to "
                              f"{plan.llm_type} loses quality: give an F16 GGUF or the Hugging Face model")
    plan.llm_type = info.file_type  # copied as it is


# --- sizes -----------------------------------------------------------------------------------

def vision_bytes(hp: VisionHParams, vision_type: str) -> int:
    """Approximate size of the vision GGUF."""
    per_value = {"f32": 4.0, "f16": 2.0, "q8_0": 34 / 32}[vision_type]
    return int(sum(math.prod(s) * (per_value if len(s) > 1 else 4.0)
                   for s in expected_tensors(hp).values()))


def llm_params(hp: LlamaHParams) -> int:
    """Number of weights of the LLM."""
    return sum(math.prod(shape) for shape in tensor_shapes(hp).values())


def _needed_bytes(plan: ConversionPlan, opened: _Opened) -> int:
    need = vision_bytes(opened.vision.hparams, plan.vision_type)
    if opened.llm_hparams is not None:
        params = llm_params(opened.llm_hparams)
        need += params * 2  # the F16 intermediate
        if plan.llm_type != "F16":
            need += int(params * BITS_PER_WEIGHT[plan.llm_type] / 8)
    else:
        need += plan.llm.stat().st_size
    return need


def check_pack_name(name: str) -> str:
    """``name`` if a pack may carry it (it becomes the installed pack's folder name), else a
    ConversionError saying what a name may hold."""
    if not valid_pack_name(name):
        raise ConversionError(f"pack name {name!r} cannot be an installed pack's folder name: use "
                              "1-128 letters, digits, '.', '_' or '-' (--name)")
    return name


def check_disk(folder: Path, need: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < need * 1.02 + (64 << 20):
        raise ConversionError(f"{folder}: not enough free disk space: the conversion needs about "
                              f"{need / GiB:.1f} GiB while building, {free / GiB:.1f} GiB are free")


# --- the build -------------------------------------------------------------------------------

def _write_vision(plan: ConversionPlan, opened: _Opened, staging: Path, report: Reporter) -> None:
    hp = opened.vision.hparams
    bar = report.bar("vision tower", len(expected_tensors(hp)))
    write_vision_gguf(staging / VISION_FILE, hp, opened.vision.get_tensor, dtype=plan.vision_type,
                      progress=lambda done, total: bar.update(done))
    bar.close()


def _quantize(src: Path, dst: Path, plan: ConversionPlan, report: Reporter) -> None:
    bar = report.bar(f"quantize LLM to {plan.llm_type}", 1)

    def progress(done: int, total: int, name: str) -> None:
        bar.total = total
        bar.update(done, name)

    quantize_gguf(src, dst, plan.llm_type, plan.threads, progress)
    bar.close()


def copy_hashed(src: Path, dst: Path, label: str, report: Reporter) -> str:
    """Copy ``src`` to ``dst`` with a progress bar; returns the SHA-256 of what was copied,
    hashed on the way through (the file is read once)."""
    bar = report.bar(label, src.stat().st_size, "bytes")
    digest = hashlib.sha256()
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while chunk := fin.read(16 << 20):
            digest.update(chunk)
            fout.write(chunk)
            bar.advance(len(chunk))
    bar.close()
    return digest.hexdigest()


def _write_llm(plan: ConversionPlan, opened: _Opened, staging: Path,
               report: Reporter) -> str | None:
    """Write the pack's LLM file; returns its SHA-256 when known already (a plain copy)."""
    target = staging / LLM_FILE
    if opened.llm_gguf is not None:
        if opened.llm_gguf.file_type in UNQUANTIZED and plan.llm_type != opened.llm_gguf.file_type:
            _quantize(plan.llm, target, plan, report)
            return None
        opened.digests[plan.llm] = copy_hashed(plan.llm, target, "copy LLM", report)
        return opened.digests[plan.llm]
    intermediate = staging / "llm-f16.gguf"
    hp = opened.llm_hparams
    assert hp is not None
    bar = report.bar("LLM to GGUF (F16)", len(tensor_shapes(hp)))
    convert_hf_llama(plan.llm, intermediate, "f16", lambda done, total, name: bar.update(done, name))
    bar.close()
    if plan.llm_type == "F16":
        os.replace(intermediate, target)
        return None
    _quantize(intermediate, target, plan, report)
    intermediate.unlink()
    return None


def _write_draft(plan: ConversionPlan, staging: Path, report: Reporter) -> str | None:
    """The pack's draft.gguf from --draft: a GGUF is checked, then copied (its SHA-256 is
    returned); a Hugging Face Llama folder is converted and quantized like the LLM, then
    checked. Either way its vocabulary must equal the pack LLM's, token by token."""
    draft, target = Path(plan.draft), staging / DRAFT_FILE
    if not draft.is_dir():
        check_draft(draft, staging / LLM_FILE, ("llama",))
        return copy_hashed(draft, target, "copy draft model", report)
    intermediate = staging / "draft-f16.gguf"
    hp = read_hf_llama(draft).hparams
    bar = report.bar("draft model to GGUF (F16)", len(tensor_shapes(hp)))
    convert_hf_llama(draft, intermediate, "f16", lambda done, total, name: bar.update(done, name))
    bar.close()
    if plan.llm_type == "F16":
        os.replace(intermediate, target)
    else:
        _quantize(intermediate, target, plan, report)
        intermediate.unlink()
    check_draft(target, staging / LLM_FILE, ("llama",))
    return None


def _source_records(plan: ConversionPlan, opened: _Opened, report: Reporter) -> list[SourceFile]:
    files: list[tuple[Path, str]] = [(Path(plan.skingpt4), "SkinGPT-4 checkpoint")]
    vision_origin = plan.origins.get("vision", f"vision tower ({opened.vision.layout} layout)")
    files += [(p, vision_origin) for p in opened.vision.files_read()]
    llm_origin = plan.origins.get("llm", f"LLM ({opened.llm_layout})")
    files += [(p, llm_origin) for p in _llm_files(plan.llm, opened.llm_layout)]
    to_hash = [p for p, _ in files if p not in opened.digests]
    bar = report.bar("hash sources", sum(p.stat().st_size for p in to_hash), "bytes")
    done = 0
    for path in to_hash:
        opened.digests[path] = sha256_file(path, lambda d, t, base=done: bar.update(base + d))
        done += path.stat().st_size
    bar.close()
    return [SourceFile(path.name, opened.digests[path], origin) for path, origin in files]


def _llm_files(llm: Path, layout: str) -> list[Path]:
    if layout == "gguf":
        return [llm]
    names = ["config.json", "tokenizer.model", "added_tokens.json"]
    weights = sorted(p for p in llm.iterdir()
                     if p.suffix in (".safetensors", ".bin") or p.name.endswith(".index.json"))
    has_st = any(p.suffix == ".safetensors" for p in weights)
    weights = [p for p in weights if (p.suffix == ".safetensors" or "safetensors" in p.name) == has_st]
    return [llm / n for n in names if (llm / n).is_file()] + weights


def _card(plan: ConversionPlan, opened: _Opened, records: list[SourceFile]) -> ModelCard:
    llm_desc = plan.origins.get("llm", plan.llm.name)
    vision_desc = plan.origins.get("vision", f"{opened.vision.layout} layout")
    return ModelCard(
        provenance=(
            f"Converted by SkinGPT Desktop from the SkinGPT-4 checkpoint {plan.skingpt4.name} "
            "(Zhou et al., Nature Communications 15:5649, 2024; github.com/JoshuaChou2018/SkinGPT-4), "
            f"the EVA-ViT-g + BLIP-2 Q-Former weights ({vision_desc}) and the LLM {llm_desc}. "
            f"LLM quantized to {plan.llm_type} with llama.cpp; vision tower stored as {plan.vision_type}."),
        license=(
            "Several licenses apply; read each before sharing this pack. SkinGPT-4 checkpoint: see "
            "github.com/JoshuaChou2018/SkinGPT-4. EVA-ViT-g and the BLIP-2 Q-Former: Salesforce LAVIS "
            "(BSD-3-Clause, github.com/salesforce/LAVIS). Llama 2: Llama 2 Community License "
            "(ai.meta.com/llama/license); Vicuna: see lmsys/vicuna on huggingface.co."),
        intended_use=(
            "Research, education and testing of the software. The SkinGPT-4 authors state that the "
            "public checkpoints are for testing the code, not for diagnosis. Not a medical device and "
            "never a substitute for a clinician."),
        limitations=[
            "Released by its authors for testing code only; not validated for diagnosis or triage.",
            "Dark skin (Fitzpatrick V-VI) is under-represented in the training data.",
            "Answers depend on photo quality, angle and lighting and on what the user reports; the "
            "model does not ask follow-up questions as a dermatologist would.",
            "It does not grade severity.",
            f"The LLM is quantized to {plan.llm_type}; answers can differ from the 16-bit original.",
            "It can state wrong facts with confidence: a clinician must check every answer.",
        ],
        sources=records,
    )


def _build(plan: ConversionPlan, opened: _Opened, staging: Path, report: Reporter) -> None:
    _write_vision(plan, opened, staging, report)
    llm_digest = _write_llm(plan, opened, staging, report)
    known = {LLM_FILE: llm_digest} if llm_digest else {}
    if plan.draft is not None:
        digest = _write_draft(plan, staging, report)
        if digest:
            known[DRAFT_FILE] = digest
    records = _source_records(plan, opened, report)
    llm_size = (staging / LLM_FILE).stat().st_size
    llm = opened.llm_hparams or opened.llm_gguf  # quantizing keeps the layers and the width
    assert llm is not None
    n_layer, n_embd = llm.n_layer, llm.n_embd
    pack_bytes = sum((staging / name).stat().st_size for name in (VISION_FILE, LLM_FILE))
    n_ctx = generation_defaults(llm.n_ctx_train)["n_ctx"]
    memory = pack_memory(llm_size, (staging / VISION_FILE).stat().st_size,
                         opened.vision.hparams, n_layer, n_embd, n_ctx)
    bar = report.bar("hash pack files", pack_bytes, "bytes")
    manifest = build_manifest(
        staging, name=plan.name, display_name=plan.display_name,
        conversation_format=plan.conversation_format, card=_card(plan, opened, records),
        generation=generation_defaults(llm.n_ctx_train),
        memory=memory,
        quantization=plan.llm_type,
        progress=lambda done, _total: bar.update(done),
        known_sha256=known or None,
    )
    bar.close()
    write_manifest(staging, manifest)


def is_disk_full(exc: OSError, folder: Path) -> bool:
    """ENOSPC and friends, or a short write (numpy's tofile reports those without an errno)."""
    if exc.errno in DISK_ERRNOS:
        return True
    if exc.errno is None and "requested and" in str(exc) and "written" in str(exc):
        return True
    try:
        return shutil.disk_usage(folder).free < (16 << 20)
    except OSError:
        return False


def disk_error(exc: OSError, folder: Path) -> ConversionError:
    return ConversionError(f"{folder}: disk full while building the pack ({exc.strerror or exc}); "
                           "free some space and run the conversion again")


def set_folder_mode(folder: Path) -> None:
    """mkdtemp makes a private (0700) folder; a pack gets the usual permissions (umask)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(folder, 0o777 & ~umask)


def _place(staging: Path, out: Path, force: bool) -> None:
    """Rename the finished staging folder to ``out`` (replacing it only with ``force``)."""
    if not out.exists():
        os.rename(staging, out)
        return
    if not force:
        raise ConversionError(f"{out}: already exists (use --force to replace it)")
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()
    os.rename(out, old)
    os.rename(staging, out)
    shutil.rmtree(old, ignore_errors=True)


def convert_skingpt4(plan: ConversionPlan, report: Reporter | None = None) -> Path:
    """Build the pack ``plan.out``; returns its path. Raises ConversionError on any bad input."""
    report = report or Reporter()
    if plan.llm_type not in LLM_TYPES:
        raise ConversionError(f"unknown LLM type '{plan.llm_type}' (use {', '.join(LLM_TYPES)})")
    if plan.vision_type not in VISION_TYPES:
        raise ConversionError(f"unknown vision type '{plan.vision_type}' (use {', '.join(VISION_TYPES)})")
    out = Path(plan.out).absolute()
    if out.exists() and not plan.force:
        raise ConversionError(f"{out}: already exists (use --force to replace it)")
    out.parent.mkdir(parents=True, exist_ok=True)
    plan.name = check_pack_name(plan.name or out.name)
    opened = _open_all(plan, report.say)  # settles plan.llm_type for a GGUF copied as it is
    plan.display_name = plan.display_name or f"SkinGPT-4 ({plan.llm_type})"
    try:
        check_disk(out.parent, _needed_bytes(plan, opened))
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
        try:
            set_folder_mode(staging)
            _build(plan, opened, staging, report)
            _place(staging, out, plan.force)
        except OSError as exc:
            if is_disk_full(exc, out.parent):
                raise disk_error(exc, out.parent) from None
            where = exc.filename or out.parent
            raise ConversionError(f"{where}: {exc.strerror or exc}") from None
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    finally:
        opened.close()
    report.say(f"model pack written to {out}")
    return out
