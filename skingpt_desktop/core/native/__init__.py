"""The boundary to llama.cpp's native code: the ggml ctypes binding, compute devices, and the
bounded GGUF checks and hyper-parameter rules every file passes before native code reads it,
and the pinned signatures of the libmtmd functions the app calls (mtmd_api).
Imports only core.errors and core.bounded_input."""
