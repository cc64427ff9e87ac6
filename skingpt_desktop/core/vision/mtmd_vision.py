"""Photos -> image embeddings through llama.cpp's multimodal library (libmtmd), for mtmd packs.

MedGemma, Gemma 3 and similar models ship their vision encoder and projector as an ``mmproj``
GGUF that libmtmd runs with its own preprocessing (resize, normalisation, tiling). This module
asks libmtmd for the image tokens' embeddings only: (K, n_embd) float32 rows that the engine's
chat session splices into the prompt exactly like SkinGPT-4's, so streaming, Stop, follow-ups
from the KV cache, the context-window policy and deterministic mode are the same code for both
kinds of pack. libmtmd also says whether the image tokens attend to each other both ways
(Gemma 3: yes), which the session then uses for the image batch.

Projectors that place image tokens with M-RoPE (Qwen2-VL and the like) need positions the
session does not produce; they are refused at load with a clear message.
"""

from __future__ import annotations

import ctypes
import os
import threading
from pathlib import Path

import numpy as np
from PIL import Image

from skingpt_desktop.core.errors import GGUFFormatError, PackError
from skingpt_desktop.core.vision.vision import EmbeddingCache

MAX_IMAGE_TOKENS = 4096  # more than any supported projector makes; guards the copy below


def _mtmd():
    from llama_cpp import mtmd_cpp  # imported here: loading libmtmd is only for mtmd packs
    return mtmd_cpp


class MtmdVision:
    """The mmproj of an mtmd pack, loaded by libmtmd against the pack's language model.

    ``llm`` is the loaded :class:`~skingpt_desktop.core.llm.llm.LLM` (libmtmd needs its model);
    ``use_gpu`` puts the encoder on the GPU of a GPU build. ``image_causal`` is False once a
    photo has been encoded by a projector whose image tokens attend both ways.
    """

    def __init__(self, mmproj_path: str | os.PathLike, llm, threads: int,
                 use_gpu: bool = False, cache_size: int = 8) -> None:
        self.path = Path(mmproj_path)
        self.n_embd = llm.n_embd
        self.cache = EmbeddingCache(cache_size)
        self.image_causal = True
        self.device_name = "GPU" if use_gpu else "CPU"
        self._lock = threading.Lock()
        self._lib = _mtmd()
        self._ctx = self._open(llm, threads, use_gpu)
        self._marker = self._lib.mtmd_default_marker()

    def _open(self, llm, threads: int, use_gpu: bool):
        lib = self._lib
        from skingpt_desktop.core.native.ggml_devices import native_log_callback
        lib.mtmd_log_set(native_log_callback, None)  # libmtmd's own log, like llama.cpp's
        lib.mtmd_helper_log_set(native_log_callback, None)
        params = lib.mtmd_context_params_default()
        params.use_gpu, params.print_timings, params.n_threads = use_gpu, False, max(1, threads)
        params.warmup = False
        ctx = lib.mtmd_init_from_file(os.fsencode(self.path), llm.model_handle, params)
        if not ctx:
            raise GGUFFormatError(f"{self.path}: llama.cpp could not load the mmproj file (not a "
                                  "supported vision projector, or it does not fit this model)")
        if not lib.mtmd_support_vision(ctx):
            lib.mtmd_free(ctx)
            raise PackError(f"{self.path}: the mmproj file has no vision encoder")
        if lib.mtmd_decode_use_mrope(ctx):
            lib.mtmd_free(ctx)
            raise PackError(f"{self.path}: this projector places image tokens with M-RoPE "
                            "positions, which this app does not support yet")
        return ctx

    def encode_photo(self, image: Image.Image) -> np.ndarray:
        """The photo's image embeddings (K, n_embd) float32, cached by the photo's pixels."""
        rgb = np.ascontiguousarray(np.asarray(image.convert("RGB"), dtype=np.uint8))  # (H, W, 3)
        return self.cache.fetch(rgb, self._encode)

    def _encode(self, rgb: np.ndarray) -> np.ndarray:
        lib = self._lib
        with self._lock:
            if not self._ctx:
                raise PackError("the vision encoder was closed")
            height, width = rgb.shape[:2]
            bitmap = lib.mtmd_bitmap_init(width, height,
                                          rgb.ctypes.data_as(ctypes.POINTER(ctypes.c_uint8)))
            chunks = lib.mtmd_input_chunks_init()
            try:
                return self._encode_chunks(chunks, bitmap)
            finally:
                lib.mtmd_input_chunks_free(chunks)
                lib.mtmd_bitmap_free(bitmap)

    def _encode_chunks(self, chunks, bitmap) -> np.ndarray:
        lib = self._lib
        text = lib.mtmd_input_text(self._marker, len(self._marker), False, True)
        bitmaps = (ctypes.c_void_p * 1)(bitmap)
        if lib.mtmd_tokenize(self._ctx, chunks, ctypes.byref(text), bitmaps, 1) != 0:
            raise PackError(f"{self.path}: llama.cpp could not prepare the photo for the model")
        chunk = next((c for c in (lib.mtmd_input_chunks_get(chunks, i)
                                  for i in range(lib.mtmd_input_chunks_size(chunks)))
                      if lib.mtmd_input_chunk_get_type(c) == lib.MTMD_INPUT_CHUNK_TYPE_IMAGE), None)
        if chunk is None:
            raise PackError(f"{self.path}: llama.cpp made no image tokens from the photo")
        n_tokens = lib.mtmd_input_chunk_get_n_tokens(chunk)
        if not 0 < n_tokens <= MAX_IMAGE_TOKENS:
            raise PackError(f"{self.path}: the projector made {n_tokens} image tokens")
        if lib.mtmd_encode_chunk(self._ctx, chunk) != 0:
            raise PackError(f"{self.path}: llama.cpp could not encode the photo")
        self.image_causal = not lib.mtmd_decode_use_non_causal(self._ctx, chunk)
        out = np.ctypeslib.as_array(lib.mtmd_get_output_embd(self._ctx),
                                    shape=(n_tokens * self.n_embd,))
        embeddings = out.reshape(n_tokens, self.n_embd).copy()  # (K, n_embd)
        if not np.isfinite(embeddings).all():
            raise GGUFFormatError(f"{self.path}: the vision model produced invalid values "
                                  "(the mmproj file may be damaged)")
        return embeddings

    def close(self) -> None:
        """Free libmtmd's context (safe to call twice)."""
        with self._lock:
            if self._ctx:
                self._lib.mtmd_free(self._ctx)
            self._ctx = None
