"""Model packs: manifest and opening, pack kinds, hashes, the memory model and this machine's fit,
installed pack folders and the catalogue. Imports core.native, core.vision and top-level core."""
