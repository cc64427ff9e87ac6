"""Error types whose messages are written for the person using the app.

Every error that crosses a boundary (CLI, GUI) is a ``SkinGPTError``: its ``str()`` is one clear
sentence naming the file or field and the problem, never a traceback.
"""

from __future__ import annotations


class SkinGPTError(Exception):
    """Base class for errors that are shown to the user as they are."""


class PackError(SkinGPTError):
    """A model pack is missing, damaged, or does not fit together."""


class InvalidNumbersError(PackError):
    """The model produced NaN or infinite values (logits or image embeddings): damaged weights
    or absurd hyper-parameters. The answer ends; the conversation stays usable."""

    def __init__(self, where: str = "") -> None:
        detail = f" ({where})" if where else ""
        super().__init__(f"the model produced invalid numbers{detail}; the pack may be damaged")


class GGUFFormatError(PackError):
    """A GGUF file is malformed, truncated, or of the wrong architecture."""


class ImageError(SkinGPTError):
    """A photo cannot be read safely (unknown format, truncated, too large)."""


class GenerationCancelled(SkinGPTError):
    """Generation was stopped by the user."""


class VaultError(SkinGPTError):
    """The encrypted vault cannot be opened or written."""


class ConversionError(SkinGPTError):
    """A checkpoint cannot be converted into a model pack."""
