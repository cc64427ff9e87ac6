"""The boundary to llama.cpp's native code: the ggml ctypes binding, compute devices, and the
bounded GGUF checks and hyper-parameter rules every file passes before native code reads it.
Imports only core.errors and core.bounded_input."""
