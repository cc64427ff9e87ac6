"""The part of libmtmd's C interface the app calls, pinned with the llama.cpp it comes from.

libmtmd (llama.cpp's multimodal library) is not a stable API: between releases functions change
their arguments (``mtmd_helper_bitmap_init_from_buf`` did). A mismatch between the Python
binding's declared signature and the compiled library is not an exception but undefined
behaviour. So the app pins one llama-cpp-python release (pyproject.toml: ``==``), which vendors
one llama.cpp commit, and this table holds the signatures of every libmtmd function
``core/vision/mtmd_vision.py`` and its tests call, as that release declares them.
:func:`check_mtmd_api` compares the table with the loaded binding and library before an mmproj
is opened; tests/test_mtmd_api.py does the same on every run, so upgrading llama-cpp-python
without reviewing these calls fails loudly.
"""

from __future__ import annotations

import ctypes
from types import ModuleType
from typing import Any

from skingpt_desktop.core.errors import PackError

PINNED_LLAMA_CPP_PYTHON = "0.3.36"
LLAMA_CPP_COMMIT = "0c1e57098bba43ac29e6e3b677cdceebdd22334f"  # vendored by that release

_P = ctypes.c_void_p  # the opaque handles (contexts, chunks, bitmaps) are void pointers
# A type is a ctypes type, or the name of a structure or callback type the binding defines.
Signature = tuple[tuple[Any, ...], Any]
SIGNATURES: dict[str, Signature] = {
    "mtmd_context_params_default": ((), "mtmd_context_params"),
    "mtmd_init_from_file": ((ctypes.c_char_p, _P, "mtmd_context_params"), _P),
    "mtmd_free": ((_P,), None),
    "mtmd_log_set": (("CFunctionType", _P), None),
    "mtmd_helper_log_set": (("CFunctionType", _P), None),
    "mtmd_support_vision": ((_P,), ctypes.c_bool),
    "mtmd_decode_use_mrope": ((_P,), ctypes.c_bool),
    "mtmd_decode_use_non_causal": ((_P, _P), ctypes.c_bool),
    "mtmd_default_marker": ((), ctypes.c_char_p),
    "mtmd_bitmap_init": ((ctypes.c_uint32, ctypes.c_uint32, ctypes.POINTER(ctypes.c_uint8)), _P),
    "mtmd_bitmap_free": ((_P,), None),
    "mtmd_input_chunks_init": ((), _P),
    "mtmd_input_chunks_free": ((_P,), None),
    "mtmd_input_chunks_size": ((_P,), ctypes.c_size_t),
    "mtmd_input_chunks_get": ((_P, ctypes.c_size_t), _P),
    "mtmd_tokenize": ((_P, _P, "LP_mtmd_input_text", ctypes.POINTER(_P), ctypes.c_size_t),
                      ctypes.c_int32),
    "mtmd_input_chunk_get_type": ((_P,), ctypes.c_int32),
    "mtmd_input_chunk_get_n_tokens": ((_P,), ctypes.c_size_t),
    "mtmd_input_chunk_get_n_pos": ((_P,), ctypes.c_int32),
    "mtmd_input_chunk_get_tokens_image": ((_P,), _P),
    "mtmd_encode_chunk": ((_P, _P), ctypes.c_int32),
    "mtmd_get_output_embd": ((_P,), ctypes.POINTER(ctypes.c_float)),
    "mtmd_helper_image_get_decoder_pos": ((_P, ctypes.c_int32, "LP_mtmd_decoder_pos"), None),
    "mtmd_helper_eval_chunk_single": (
        (_P, _P, _P, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, ctypes.c_bool,
         ctypes.POINTER(ctypes.c_int32)), ctypes.c_int32),
}
# The fields of mtmd_decoder_pos the app reads, in order (t, x, y, z: four uint32).
DECODER_POS_FIELDS = (("t", ctypes.c_uint32), ("x", ctypes.c_uint32), ("y", ctypes.c_uint32),
                      ("z", ctypes.c_uint32))


def _same_type(actual: Any, expected: Any) -> bool:
    if expected is None or actual is None:
        return actual is expected
    if isinstance(expected, str):
        return getattr(actual, "__name__", "") == expected
    return actual is expected


def _name(kind: Any) -> str:
    return "void" if kind is None else getattr(kind, "__name__", str(kind))


def api_mismatches(binding: ModuleType) -> list[str]:
    """One line per function of :data:`SIGNATURES` that the binding lacks, declares otherwise,
    or whose symbol its loaded library does not export; empty when all match."""
    problems = []
    library = getattr(binding, "_libmtmd", None)
    for name, (args, result) in SIGNATURES.items():
        func = getattr(binding, name, None)
        if func is None or (library is not None and not hasattr(library, name)):
            problems.append(f"{name}: missing")
            continue
        declared = tuple(getattr(func, "argtypes", None) or ())
        if len(declared) != len(args) or not all(map(_same_type, declared, args)) \
                or not _same_type(getattr(func, "restype", None), result):
            problems.append(f"{name}: declared ({', '.join(map(_name, declared))}) -> "
                            f"{_name(getattr(func, 'restype', None))}, expected "
                            f"({', '.join(map(_name, args))}) -> {_name(result)}")
    fields = tuple(getattr(getattr(binding, "mtmd_decoder_pos", None), "_fields_", ()))
    if fields != DECODER_POS_FIELDS:
        problems.append("mtmd_decoder_pos: fields differ from (t, x, y, z) uint32")
    return problems


def check_mtmd_api(binding: ModuleType) -> None:
    """Raise PackError naming the first differences when the loaded libmtmd is not the one the
    app was written against (a llama-cpp-python other than the pinned release)."""
    problems = api_mismatches(binding)
    if problems:
        shown = "; ".join(problems[:3]) + ("; ..." if len(problems) > 3 else "")
        raise PackError(f"llama.cpp's multimodal library does not have the interface this app "
                        f"was built for (llama-cpp-python {PINNED_LLAMA_CPP_PYTHON}): {shown}")
