"""Recognise the source layouts of a SkinGPT-4 conversion and open them as tensor getters.

Vision tower, either layout:
- LAVIS: ``eva_vit_g.pth`` + ``blip2_pretrained_flant5xxl.pth`` (two files, or a folder holding
  them); recognised by their keys (``blocks.0.attn.qkv.weight``; ``query_tokens`` + ``Qformer.*``).
- Hugging Face: a Salesforce BLIP-2 folder (``config.json`` with model_type "blip-2" plus
  safetensors shards; only the shards holding vision tensors are opened).

LLM, either layout:
- Hugging Face Llama folder (``config.json`` model_type "llama", weights, ``tokenizer.model``);
- an existing Llama GGUF file.

Anything else is an "unknown source layout" error that says what was expected.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from converters import blip2_hf, lavis
from converters.pth_reader import PthTensors
from converters.safetensors_reader import TensorSource, open_weights_dir
from converters.skingpt4_ckpt import SkinGPT4Checkpoint, vision_overrides, with_overrides
from skingpt_desktop.core.errors import ConversionError
from skingpt_desktop.core.vision.vision_format import HPARAM_FIELDS, VisionHParams

LAVIS_HINT = ("expected the LAVIS pair eva_vit_g.pth + blip2_pretrained_flant5xxl.pth, or a "
              "Hugging Face BLIP-2 folder (config.json + *.safetensors, e.g. Salesforce/"
              "blip2-flan-t5-xxl)")
LLM_HINT = ("expected a Hugging Face Llama folder (config.json, *.safetensors or *.bin, "
            "tokenizer.model) or a Llama .gguf file")


@dataclass
class VisionSource:
    """An opened vision source: hyper-parameters, a getter for write_vision_gguf, its files."""

    layout: str  # "lavis" or "hf"
    hparams: VisionHParams
    get_tensor: Callable[[str], np.ndarray]
    sources: list[TensorSource] = field(default_factory=list)
    overridden: list[str] = field(default_factory=list)
    folder: Path | None = None  # the Hugging Face folder, for the "hf" layout

    def files_read(self) -> list[Path]:
        """Every file the conversion read, for the provenance record."""
        out: list[Path] = []
        if self.folder is not None:
            out += [self.folder / "config.json", self.folder / "preprocessor_config.json"]
        for source in self.sources:
            index = getattr(source, "index_path", None)
            if index is not None:
                out += [index] + [index.parent / shard for shard in source.opened_shards]
            else:
                out.append(Path(source.path))
        return [p for p in out if p.is_file()]

    def close(self) -> None:
        """Release every file."""
        for source in self.sources:
            source.close()


def load_hparams_overrides(path: Path | None) -> dict[str, Any]:
    """Vision hyper-parameters from a JSON file (for LAVIS files, which record no head counts)."""
    if path is None:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConversionError(f"{path}: cannot read vision hyper-parameters ({exc})") from None
    if not isinstance(data, dict):
        raise ConversionError(f"{path}: must be a JSON object of hyper-parameters")
    unknown = sorted(set(data) - set(HPARAM_FIELDS))
    if unknown:
        raise ConversionError(f"{path}: unknown vision hyper-parameter '{unknown[0]}'")
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


def _classify_pth(path: Path) -> tuple[str, PthTensors]:
    """("eva" | "blip2", opened file) by the keys it holds."""
    tensors = PthTensors(path, key="model")
    if "blocks.0.attn.qkv.weight" in tensors and "cls_token" in tensors:
        return "eva", tensors
    if "query_tokens" in tensors and any(k.startswith("Qformer.bert.") for k in tensors.keys()):
        return "blip2", tensors
    tensors.close()
    raise ConversionError(f"{path}: unknown source layout (neither an EVA-ViT nor a BLIP-2 "
                          f"checkpoint); {LAVIS_HINT}")


def _lavis_files(paths: Sequence[Path]) -> list[Path]:
    if len(paths) == 1 and paths[0].is_dir():
        found = sorted(paths[0].glob("*.pth"))
        if len(found) == 2:
            return found
        raise ConversionError(f"{paths[0]}: unknown source layout; {LAVIS_HINT}")
    return list(paths)


def open_vision(paths: Sequence[Path], ckpt: SkinGPT4Checkpoint,
                overrides: dict[str, Any]) -> VisionSource:
    """Detect the layout of ``paths`` and open it; the SkinGPT-4 checkpoint supplies llama_proj."""
    paths = [Path(p) for p in paths]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise ConversionError(f"{missing[0]}: not found")
    if len(paths) == 1 and (paths[0] / "config.json").is_file():
        return _open_hf_vision(paths[0], ckpt, overrides)
    files = _lavis_files(paths)
    if len(files) != 2 or not all(p.is_file() for p in files):
        raise ConversionError(f"unknown source layout for the vision tower: {', '.join(map(str, paths))}; "
                              f"{LAVIS_HINT}")
    return _open_lavis(files, ckpt, overrides)


def _open_lavis(files: list[Path], ckpt: SkinGPT4Checkpoint, overrides: dict) -> VisionSource:
    opened: dict[str, PthTensors] = {}
    try:
        for path in files:
            kind, tensors = _classify_pth(path)
            if kind in opened:
                tensors.close()
                raise ConversionError(f"{path}: two {kind} checkpoints given; {LAVIS_HINT}")
            opened[kind] = tensors
        layers = lavis.lavis_layers(opened["eva"], opened["blip2"], ckpt.tensors)
        hp = lavis.hparams_from_lavis(layers, replace(VisionHParams(), **overrides))
        hp = replace(hp, **overrides)  # an explicit value wins over one read off the shapes
        names = lavis.lavis_name_map(hp)
        lavis.check_shapes(layers, names, hp)
        getter = lavis.make_getter(layers, names, hp)
    except BaseException:
        for tensors in opened.values():
            tensors.close()
        raise
    return VisionSource("lavis", hp, getter, list(opened.values()), vision_overrides(ckpt, hp))


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise ConversionError(f"{path}: not valid JSON") from None
    if not isinstance(data, dict):
        raise ConversionError(f"{path}: must be a JSON object")
    return data


def _open_hf_vision(folder: Path, ckpt: SkinGPT4Checkpoint, overrides: dict) -> VisionSource:
    config = _read_json(folder / "config.json")
    if config.get("model_type") not in ("blip-2", "blip_2"):
        raise ConversionError(f"{folder / 'config.json'}: model_type is "
                              f"{config.get('model_type')!r}, not 'blip-2'; {LAVIS_HINT}")
    pre_path = folder / "preprocessor_config.json"
    pre = _read_json(pre_path) if pre_path.is_file() else None
    hp = blip2_hf.hparams_from_hf_config(config, ckpt.proj_width, pre)
    hp = replace(hp, **overrides)
    source = open_weights_dir(folder)
    try:
        names = blip2_hf.hf_blip2_tensor_name_map(hp)
        absent = [n for o, n in names.items() if not o.startswith("proj.") and n not in source]
        if absent:
            raise ConversionError(f"{folder}: tensor '{absent[0]}' is missing from the BLIP-2 weights")

        def read(name: str) -> np.ndarray:
            if name not in source:
                raise KeyError(name)
            return source.read(name)

        getter = with_overrides(blip2_hf.hf_blip2_getter(read, hp), ckpt, hp)
    except BaseException:
        source.close()
        raise
    return VisionSource("hf", hp, getter, [source], vision_overrides(ckpt, hp), folder=folder)


def llm_layout(path: Path) -> str:
    """"gguf" or "hf" for an LLM source path; ConversionError for anything else."""
    path = Path(path)
    if not path.exists():
        raise ConversionError(f"{path}: not found")
    if path.is_file():
        with open(path, "rb") as handle:
            if handle.read(4) == b"GGUF":
                return "gguf"
        raise ConversionError(f"{path}: unknown source layout for the LLM (not a GGUF file); {LLM_HINT}")
    config = path / "config.json"
    if config.is_file():
        model_type = _read_json(config).get("model_type")
        if model_type == "llama":
            return "hf"
        raise ConversionError(f"{config}: model_type is {model_type!r}, not 'llama'; SkinGPT-4 "
                              "needs a Llama-2 or Vicuna model")
    raise ConversionError(f"{path}: unknown source layout for the LLM; {LLM_HINT}")
