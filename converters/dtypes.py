"""Element types shared by the weight readers (safetensors and torch checkpoints).

bfloat16 has no numpy dtype: readers load its 16-bit patterns and widen them to float32. Kept
in a module of its own so each reader uses these without importing the other.
"""

from __future__ import annotations

import numpy as np


def itemsize(dtype: str) -> int:
    """Bytes per stored element of a reader dtype (a numpy dtype string or ``"bfloat16"``)."""
    return 2 if dtype == "bfloat16" else np.dtype(dtype).itemsize


def raw_dtype(dtype: str) -> str:
    """The numpy dtype stored bytes are read as: bfloat16 as its 16-bit pattern."""
    return "<u2" if dtype == "bfloat16" else dtype


def widen_bfloat16(bits: np.ndarray) -> np.ndarray:
    """bfloat16 bit patterns (uint16) -> float32, exactly: bfloat16 is float32's upper half."""
    return (bits.astype(np.uint32) << 16).view(np.float32)
