"""Model packs: manifest and opening, pack kinds, hashes, the memory model and this machine's fit,
installed pack folders, the catalogue, and the first-load probe (a child process; its child
side is core/probe_child.py). Imports core.native, core.vision and top-level core."""
