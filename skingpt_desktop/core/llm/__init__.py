"""The language model: loading, chat sessions (image embeddings, streaming, KV reuse), sampling,
grammar, speculative decoding and conversation formats. Imports core.native and top-level core."""
