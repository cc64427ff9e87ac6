"""Converters: original checkpoints -> GGUF model packs (torch-free), and tiny random packs."""
