"""Where a photo's image embeddings sit in the sequence, for models that place them with M-RoPE.

Most models give each of the K image embeddings the next position, like text tokens. Qwen2-VL
and the models built on it (Qwen2.5-VL, Lingshu) use M-RoPE instead: every embedding carries
four position numbers, llama.cpp's sections (time, row, column, unused), and the whole image
takes fewer positions than it has embeddings (``n_pos``, the longer side of its token grid),
so the text after it continues at ``start + n_pos``.

The numbers come from libmtmd (``mtmd_helper_image_get_decoder_pos`` and
``mtmd_input_chunk_get_n_pos``, read in ``core/vision/mtmd_vision.py``); this module only holds
them and moves them to where the image starts. No llama.cpp call happens here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from skingpt_desktop.core.errors import PackError

SECTIONS = 4  # llama.cpp's positions per embedding under M-RoPE (n_pos_per_embd)


@dataclass(frozen=True)
class ImageLayout:
    """The M-RoPE positions of one image's K embeddings.

    ``base`` (4, K) int32: the positions with the image starting at position 0, section-major
    in the order llama.cpp's embedding batch takes them (time, row, column, unused);
    ``shift`` (4, K) int32: 1 where a position moves with the image's start, 0 where it does
    not (the unused section stays 0); ``n_pos``: how many positions the image takes.
    """

    base: np.ndarray
    shift: np.ndarray
    n_pos: int

    def __post_init__(self) -> None:
        k = self.base.shape[-1] if self.base.ndim == 2 else 0
        if self.base.shape != (SECTIONS, k) or self.shift.shape != self.base.shape or k < 1:
            raise PackError(f"M-RoPE positions of shape {self.base.shape} and "
                            f"{self.shift.shape}, expected ({SECTIONS}, K) twice")
        if not 1 <= self.n_pos <= k:
            raise PackError(f"an image of {k} embeddings cannot take {self.n_pos} positions")
        if self.base.min() < 0 or self.base.max() >= self.n_pos:
            raise PackError(f"M-RoPE positions outside the image's {self.n_pos} positions")

    @property
    def n_tokens(self) -> int:
        """K, the number of embeddings (and of KV cache cells the image fills)."""
        return int(self.base.shape[1])

    def positions(self, start: int, rows: slice = slice(None)) -> np.ndarray:
        """(4, n) int32 positions of the embeddings ``rows`` with the image starting at
        ``start``, section-major and contiguous as llama_batch.pos wants them."""
        return np.ascontiguousarray(self.base[:, rows] + start * self.shift[:, rows],
                                    dtype=np.int32)

    @classmethod
    def from_decoder_positions(cls, at_zero: np.ndarray, at_one: np.ndarray,
                               n_pos: int) -> "ImageLayout":
        """A layout from libmtmd's decoder positions of every embedding for an image starting
        at position 0 and at position 1, each (K, 4) in mtmd_decoder_pos order (t, x, y, z)."""
        order = [0, 2, 1, 3]  # llama.cpp's sections: time, row (y), column (x), unused (z)
        base = np.asarray(at_zero, dtype=np.int64)[:, order].T
        shift = np.asarray(at_one, dtype=np.int64)[:, order].T - base
        if not np.isin(shift, (0, 1)).all():
            raise PackError("libmtmd's image positions do not move with the image's start")
        return cls(base.astype(np.int32), shift.astype(np.int32), int(n_pos))
