"""The kinds of model pack the app runs, as data: which files each holds and what they declare.

``skingpt4``: SkinGPT-4 converted by ``python -m converters skingpt4``: our vision GGUF
(EVA-ViT-g + Q-Former + projection) and a Llama-2 LLM.

``mtmd``: a vision-language model that llama.cpp's multimodal library (libmtmd) runs itself,
such as MedGemma, Gemma 3, Qwen2.5-VL or Lingshu: the LLM GGUF and its ``mmproj`` GGUF (vision
encoder + projector, general.architecture "clip"). Only the projector types of ``PROJECTORS``
are taken, each with the attention and positions its image tokens need.

Both kinds are validated before any file reaches native code: bounded GGUF header checks (in
``pack``), the declared architectures, and for mtmd the projector type and its projection width
against the LLM's embedding width, read from the two headers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from skingpt_desktop.core.bounded_input import quote_value
from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.native.gguf_check import GGUFSummary


@dataclass(frozen=True)
class PackKind:
    """One architecture of pack: its file roles (role -> file name) and what each declares."""

    architecture: str
    files: dict[str, str]                     # role -> file name in the pack folder
    declared: dict[str, tuple[str, ...]]      # role -> accepted general.architecture values
    image_role: str                           # the role of the file that turns photos into tokens
    optional: dict[str, str] = field(default_factory=dict)  # roles a pack may add -> file name

    @property
    def all_roles(self) -> dict[str, str]:
        """Every role a pack of this kind may hold (required first) -> its file name."""
        return {**self.files, **self.optional}

    def accepts(self, role: str, architecture: str) -> bool:
        return architecture in self.declared[role]


@dataclass(frozen=True)
class Projector:
    """An mmproj projector type the app runs.

    ``non_causal_image``: the image tokens attend to each other both ways (Gemma 3);
    ``mrope``: they are placed with M-RoPE, a (time, row, column) position each, and take fewer
    positions than tokens (Qwen2-VL family; libmtmd's helper decodes them, see mtmd_vision.py);
    ``llm``: the general.architecture of the language models it is paired with.
    """

    name: str
    non_causal_image: bool
    llm: str
    mrope: bool = False


# Projector types of llama.cpp's mtmd that this app runs (clip.projector_type). Others are
# refused by name.
PROJECTORS: dict[str, Projector] = {p.name: p for p in (
    Projector("gemma3", non_causal_image=True, llm="gemma3"),
    Projector("qwen2vl_merger", non_causal_image=False, llm="qwen2vl", mrope=True),   # Qwen2-VL
    Projector("qwen2.5vl_merger", non_causal_image=False, llm="qwen2vl", mrope=True),  # Qwen2.5-VL
    Projector("qwen3vl_merger", non_causal_image=False, llm="qwen3vl", mrope=True),    # Qwen3-VL
)}
# LLM architectures those projectors are paired with in published packs.
MTMD_LLM_ARCHITECTURES = tuple(dict.fromkeys(p.llm for p in PROJECTORS.values()))

# An optional small language model with the same vocabulary, for speculative decoding
# (core/llm/speculative.py): TinyLlama for Llama-2, a small Gemma 3 for MedGemma.
DRAFT = {"draft": "draft.gguf"}
PACK_KINDS: dict[str, PackKind] = {k.architecture: k for k in (
    PackKind("skingpt4", {"vision": "vision.gguf", "llm": "llm.gguf"},
             {"vision": ("skingpt4-vision",), "llm": ("llama",), "draft": ("llama",)},
             image_role="vision", optional=DRAFT),
    PackKind("mtmd", {"mmproj": "mmproj.gguf", "llm": "llm.gguf"},
             {"mmproj": ("clip",), "llm": MTMD_LLM_ARCHITECTURES,
              "draft": MTMD_LLM_ARCHITECTURES}, image_role="mmproj", optional=DRAFT),
)}
ALL_ROLES = frozenset(role for kind in PACK_KINDS.values() for role in kind.all_roles)


def pack_kind(architecture: str, where: str = "manifest.json") -> PackKind:
    """The kind called ``architecture``; PackError naming the known ones otherwise."""
    try:
        return PACK_KINDS[architecture]
    except KeyError:
        known = ", ".join(sorted(PACK_KINDS))
        raise PackError(f"{where}: architecture {quote_value(architecture)} is not one this app runs "
                        f"({known})") from None


def projector_of(mmproj: GGUFSummary) -> Projector:
    """The mmproj's projector type, if this app runs it; PackError naming it otherwise."""
    name = str(mmproj.metadata.get("clip.projector_type", ""))
    if not mmproj.metadata.get("clip.has_vision_encoder", True):
        raise PackError(f"{mmproj.path}: the mmproj file has no vision encoder")
    if name not in PROJECTORS:
        known = ", ".join(sorted(PROJECTORS))
        raise PackError(f"{mmproj.path}: projector type {quote_value(name or 'not stated')} is not supported "
                        f"by this app yet (supported: {known})")
    return PROJECTORS[name]


def llm_width(llm: GGUFSummary) -> int:
    """The LLM's embedding width as its header states it ({arch}.embedding_length)."""
    key = f"{llm.architecture}.embedding_length"
    value = llm.metadata.get(key)
    if not isinstance(value, int) or value <= 0:
        raise PackError(f"{llm.path}: no valid {key} in the header")
    return value


def check_mtmd_pair(mmproj: GGUFSummary, llm: GGUFSummary) -> Projector:
    """The projector is one we run and its output width equals the LLM's embedding width."""
    projector = projector_of(mmproj)
    if llm.architecture != projector.llm:
        raise PackError(f"{mmproj.path}: a {projector.name} projector belongs with a "
                        f"{projector.llm} language model, not {llm.architecture} "
                        "(files from different models?)")
    width = mmproj.metadata.get("clip.vision.projection_dim")
    n_embd = llm_width(llm)
    if width != n_embd:
        raise PackError(f"{mmproj.path}: projection width {width} does not match the language "
                        f"model's embedding width {n_embd} (files from different models?)")
    return projector
