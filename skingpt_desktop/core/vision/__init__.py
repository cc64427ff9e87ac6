"""Photos and the vision tower: decoding and quality, preprocessing, the numpy and ggml towers,
the vision GGUF format and libmtmd's encoder. Imports core.native, core.llm and top-level core."""
