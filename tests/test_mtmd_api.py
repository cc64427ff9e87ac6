"""The libmtmd calls the app makes match the pinned llama-cpp-python and its loaded library."""

from __future__ import annotations

import ctypes
import re
import types
from pathlib import Path

import pytest

from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.native.mtmd_api import (
    PINNED_LLAMA_CPP_PYTHON,
    SIGNATURES,
    api_mismatches,
    check_mtmd_api,
)

ROOT = Path(__file__).resolve().parents[1]


def test_the_loaded_library_has_the_pinned_interface() -> None:
    import llama_cpp
    from llama_cpp import mtmd_cpp

    assert llama_cpp.__version__ == PINNED_LLAMA_CPP_PYTHON
    assert api_mismatches(mtmd_cpp) == []
    library = mtmd_cpp._libmtmd
    assert all(hasattr(library, name) for name in SIGNATURES)


def test_pyproject_pins_the_same_release() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.findall(r'"llama-cpp-python[=<>~! ][^"]*"', text) == \
        [f'"llama-cpp-python=={PINNED_LLAMA_CPP_PYTHON}"']


def _binding_with(name: str, argtypes: list, restype) -> types.ModuleType:
    """A copy of the real binding in which one function is declared differently."""
    from llama_cpp import mtmd_cpp

    fake = types.ModuleType("fake_mtmd")
    fake.__dict__.update({k: v for k, v in vars(mtmd_cpp).items() if k != "_libmtmd"})

    def changed(*args):  # stands in for the re-declared C function
        raise AssertionError("never called")

    changed.argtypes, changed.restype = argtypes, restype  # type: ignore[attr-defined]
    setattr(fake, name, changed)
    return fake


def test_a_changed_signature_is_refused_by_name() -> None:
    p = ctypes.c_void_p  # e.g. a release where the helper also takes a sequence id
    fake = _binding_with("mtmd_helper_image_get_decoder_pos", [p, ctypes.c_int32, p, ctypes.c_int32], None)
    with pytest.raises(PackError, match="mtmd_helper_image_get_decoder_pos: declared"):
        check_mtmd_api(fake)


def test_a_missing_function_is_refused_by_name() -> None:
    fake = _binding_with("mtmd_encode_chunk", [], None)
    del fake.mtmd_encode_chunk
    assert api_mismatches(fake) == ["mtmd_encode_chunk: missing"]
