"""What this computer offers: memory, and the choices that depend on it.

Used before loading a pack (will it fit? keep the vision weights as float32 or stream them?)
and in the catalogue (which entry to recommend for this computer).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import psutil

from skingpt_desktop.core.native import ggml_devices
from skingpt_desktop.core.packs.catalogue import CatalogueEntry
from skingpt_desktop.core.packs.memory import PackMemory, ram_needed
from skingpt_desktop.core.packs.pack import Manifest
from skingpt_desktop.core.texts import format_bytes
from skingpt_desktop.core.vision.vision_gguf import WEIGHT_MODES as STORAGE_MODES

WEIGHT_MODES = ("auto", *STORAGE_MODES)  # "auto" resolves to one of vision_gguf's modes
RAM_HEADROOM = 0.9  # leave the OS and other programs some room


def machine_memory_bytes() -> int:
    """Total physical memory of this machine in bytes."""
    return int(psutil.virtual_memory().total)


def choose_weight_mode(requested: str, parts: PackMemory, total_ram: int | None = None) -> str:
    """Resolve the numpy tower's "auto": cache the vision weights as float32 (fastest) when the
    machine holds the pack that way; otherwise stream them layer by layer (1.5x slower,
    ~170 MiB)."""
    if requested not in WEIGHT_MODES:
        raise ValueError(f"vision weight mode must be one of {', '.join(WEIGHT_MODES)}")
    if requested != "auto":
        return requested
    total = machine_memory_bytes() if total_ram is None else total_ram
    return "cache" if ram_needed(parts, "cache") <= total * RAM_HEADROOM else "stream"


def vision_memory_mode(backend: str, weight_mode: str = "auto") -> str:
    """The memory mode (core/packs/memory.py) a vision backend setting is planned with: ggml holds
    the weights as stored; numpy in "auto" is planned as streaming, the least it can take."""
    if backend in ("auto", "ggml"):
        return "ggml"
    return "cache" if weight_mode == "cache" else "stream"


@lru_cache(maxsize=1)
def gpu_memory_bytes() -> int:
    """Total memory of the GPUs llama.cpp can offload to; 0 when it has none (CPU build).

    The first call loads llama.cpp (a moment); a GUI calls it in the background.
    """
    try:
        found = ggml_devices.devices()
    except ggml_devices.GgmlUnavailable:
        return 0
    return sum(device.memory_total for device in found if device.is_gpu)


def fit_advice(manifest: Manifest, total_ram: int, gpu_layers: int = 0,
               gpu_memory: int | None = None, vision_mode: str = "ggml") -> str | None:
    """None when the pack fits this machine; otherwise advice in one or two sentences.

    ``vision_mode`` is how the vision tower will hold its weights (:func:`vision_memory_mode`).
    With ``gpu_layers`` > 0 the language model is assumed offloaded whole (the usual setting):
    it must fit the GPU's memory (``gpu_memory``, default: what llama.cpp reports), and only the
    rest of the pack stays in RAM.
    """
    need = manifest.ram_needed(vision_mode)
    if not need or not total_ram:
        return None
    advice = []
    if gpu_layers > 0:
        vram = gpu_memory_bytes() if gpu_memory is None else gpu_memory
        llm_bytes = manifest.file("llm").size
        if vram == 0:
            advice.append("llama.cpp found no GPU on this computer, so the layers set to run on "
                          "the GPU will run on the processor (set GPU layers to 0 in Settings).")
        elif llm_bytes > vram * RAM_HEADROOM:
            advice.append(f"The language model ({format_bytes(llm_bytes)}) does not fit the "
                          f"GPU's {format_bytes(vram)} of memory: lower GPU layers in Settings "
                          "or choose a smaller quantization.")
        else:
            need = manifest.ram_needed(vision_mode, llm_on_gpu=True)
    if need > total_ram * RAM_HEADROOM:
        quant = f" ({manifest.quantization})" if manifest.quantization else ""
        advice.append(f"This pack{quant} needs about {format_bytes(need)} of memory but this "
                      f"computer has {format_bytes(total_ram)}. It may be very slow or fail to "
                      "load: choose a smaller quantization of the same model (for example Q4_K_M "
                      "instead of Q8_0), or offload layers to a GPU in Settings.")
    return " ".join(advice) or None


def entry_fits(entry: CatalogueEntry, total_ram: int, gpu_memory: int = 0) -> bool:
    """Whether a catalogue entry's RAM figure fits this computer with the usual headroom; with
    a GPU the language model can be offloaded, so RAM and GPU memory count together."""
    return bool(total_ram) and entry.ram_bytes <= (total_ram + gpu_memory) * RAM_HEADROOM


def recommended_entries(entries: Sequence[CatalogueEntry], total_ram: int,
                        gpu_memory: int = 0) -> frozenset[str]:
    """Ids of the downloadable entries to recommend for this computer: in each family (one
    model in several quantizations), the largest download that fits. A nurse then picks the
    marked entry without having to know what Q4_K_M or Q8_0 mean."""
    best: dict[str, CatalogueEntry] = {}
    for entry in entries:
        if not entry.downloadable or not entry_fits(entry, total_ram, gpu_memory):
            continue
        known = best.get(entry.family)
        if known is None or entry.download_bytes > known.download_bytes:
            best[entry.family] = entry
    return frozenset(entry.id for entry in best.values())

