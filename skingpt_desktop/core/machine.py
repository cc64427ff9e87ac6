"""What this computer offers: memory, and the choices that depend on it.

Used before loading a pack (will it fit? keep the vision weights as float32 or stream them?).
"""

from __future__ import annotations

import psutil

from skingpt_desktop.core.vision_format import VisionHParams, expected_tensors

WEIGHT_MODES = ("auto", "cache", "stream")


def machine_memory_bytes() -> int:
    """Total physical memory of this machine in bytes."""
    return int(psutil.virtual_memory().total)


def vision_cache_bytes(hparams: VisionHParams) -> int:
    """Memory the float32 vision-weight cache takes (about 4.2 GiB for EVA-ViT-g + Q-Former)."""
    total = 0
    for shape in expected_tensors(hparams).values():
        count = 1
        for dim in shape:
            count *= dim
        total += count
    return total * 4


def choose_weight_mode(requested: str, hparams: VisionHParams, pack_ram_bytes: int,
                       total_ram: int | None = None) -> str:
    """Resolve "auto": cache the vision weights as float32 (fastest) when the machine holds the
    pack plus that cache; otherwise stream them layer by layer (1.5x slower, ~170 MiB)."""
    if requested not in WEIGHT_MODES:
        raise ValueError(f"vision weight mode must be one of {', '.join(WEIGHT_MODES)}")
    if requested != "auto":
        return requested
    total = machine_memory_bytes() if total_ram is None else total_ram
    return "cache" if total >= pack_ram_bytes + vision_cache_bytes(hparams) else "stream"
