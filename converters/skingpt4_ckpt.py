"""The SkinGPT-4 checkpoint: the trained ``llama_proj`` projection (and any other overrides).

The released files (``skingpt4_llama2_13bchat_base_pretrain_stage2.pth``,
``skingpt4_vicuna_v1.pth``) are torch checkpoints holding a dict whose ``"model"`` entry is a
partial state dict of the MiniGPT-4 model, loaded with ``strict=False`` over the frozen parts.
It must hold ``llama_proj.weight`` (E, 768) and ``llama_proj.bias`` (E,), E being the LLM width
(5120 for 13B). Anything else it holds in the vision namespace overrides the BLIP-2 weights, as
in the reference; :func:`vision_overrides` lists those so the conversion can report them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np

from converters.lavis import model_name
from converters.pth_reader import PthTensors
from skingpt_desktop.core.errors import ConversionError
from skingpt_desktop.core.vision.vision_format import VisionHParams, expected_tensors

PROJ_WEIGHT = "llama_proj.weight"
PROJ_BIAS = "llama_proj.bias"


class SkinGPT4Checkpoint:
    """An opened SkinGPT-4 ``.pth`` whose projection has been validated."""

    def __init__(self, path: str | Path) -> None:
        self.tensors = PthTensors(path, key="model")
        self.path = self.tensors.path
        try:
            self._validate()
        except BaseException:
            self.tensors.close()
            raise

    def _validate(self) -> None:
        root = self.tensors.checkpoint.root
        if not isinstance(root, dict) or "model" not in root:
            raise ConversionError(f"{self.path}: not a SkinGPT-4 checkpoint (no 'model' entry)")
        for name in (PROJ_WEIGHT, PROJ_BIAS):
            if name not in self.tensors:
                raise ConversionError(f"{self.path}: tensor '{name}' is missing; this is not a "
                                      "SkinGPT-4 / MiniGPT-4 stage-2 checkpoint")
        weight, bias = self.tensors.shape(PROJ_WEIGHT), self.tensors.shape(PROJ_BIAS)
        if len(weight) != 2 or bias != (weight[0],):
            raise ConversionError(f"{self.path}: '{PROJ_WEIGHT}' has shape {weight} and "
                                  f"'{PROJ_BIAS}' {bias}; expected (E, Q) and (E,)")

    @property
    def proj_width(self) -> int:
        """The LLM width the projection writes into (5120 for a 13B Llama)."""
        return self.tensors.shape(PROJ_WEIGHT)[0]

    @property
    def qformer_width(self) -> int:
        """The Q-Former width the projection reads (768 for BLIP-2)."""
        return self.tensors.shape(PROJ_WEIGHT)[1]

    def projection(self) -> tuple[np.ndarray, np.ndarray]:
        """``(weight (E, Q), bias (E,))`` as float32."""
        return (self.tensors.read(PROJ_WEIGHT).astype(np.float32),
                self.tensors.read(PROJ_BIAS).astype(np.float32))

    def close(self) -> None:
        """Release the file."""
        self.tensors.close()

    def __enter__(self) -> "SkinGPT4Checkpoint":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def vision_overrides(ckpt: SkinGPT4Checkpoint, hp: VisionHParams) -> list[str]:
    """Our vision tensor names (other than the projection) that the checkpoint overrides."""
    return [ours for ours in expected_tensors(hp)
            if not ours.startswith("proj.") and model_name(ours) in ckpt.tensors]


def with_overrides(get_tensor: Callable[[str], np.ndarray], ckpt: SkinGPT4Checkpoint,
                   hp: VisionHParams) -> Callable[[str], np.ndarray]:
    """Wrap a vision getter so the SkinGPT-4 checkpoint wins, as in the reference's load order.

    The projection always comes from the checkpoint; other tensors only if it carries them.
    """
    shapes = expected_tensors(hp)

    def get(ours: str) -> np.ndarray:
        name = model_name(ours)
        if name not in ckpt.tensors:
            return get_tensor(ours)
        found = ckpt.tensors.shape(name)
        if math.prod(found) != math.prod(shapes[ours]):
            raise ConversionError(f"{ckpt.path}: tensor '{name}' has shape {found}, expected "
                                  f"{shapes[ours]}")
        return ckpt.tensors.read(name).astype(np.float32).reshape(shapes[ours])

    return get
