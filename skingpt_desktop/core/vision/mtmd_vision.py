"""Photos -> image embeddings through llama.cpp's multimodal library (libmtmd), for mtmd packs.

MedGemma, Gemma 3 and similar models ship their vision encoder and projector as an ``mmproj``
GGUF that libmtmd runs with its own preprocessing (resize, normalisation, tiling). This module
asks libmtmd for the image tokens' embeddings only: (K, n_embd) float32 rows that the engine's
chat session splices into the prompt exactly like SkinGPT-4's, so streaming, Stop, follow-ups
from the KV cache, the context-window policy and deterministic mode are the same code for both
kinds of pack. libmtmd also says whether the image tokens attend to each other both ways
(Gemma 3: yes), which the session then uses for the image batch.

Projectors that place image tokens with M-RoPE (Qwen2-VL, Qwen2.5-VL) also give each photo an
``ImageLayout``: the four position numbers of every embedding and the positions the image takes,
read from libmtmd's helpers (``mtmd_helper_image_get_decoder_pos``, ``mtmd_input_chunk_get_n_pos``)
so the session places the rows exactly where libmtmd's own decoding would.
"""

from __future__ import annotations

import ctypes
import os
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np
from PIL import Image

from skingpt_desktop.core.errors import GGUFFormatError, PackError
from skingpt_desktop.core.llm.image_layout import ImageLayout
from skingpt_desktop.core.native.mtmd_api import check_mtmd_api
from skingpt_desktop.core.vision.vision import EmbeddingCache

MAX_IMAGE_TOKENS = 4096  # more than any supported projector makes; guards the copy below
# Projectors that size the token grid by the photo (Qwen2.5-VL: one token per 28 x 28 pixels, up
# to 4096) get at most this many tokens: a 24 x 24 grid, about 670 x 670 pixels of detail, a
# quarter of a 2048-token context (Gemma 3's fixed 256 tokens are unaffected).
IMAGE_TOKEN_BUDGET = 576


def _mtmd():
    from llama_cpp import mtmd_cpp  # imported here: loading libmtmd is only for mtmd packs

    check_mtmd_api(mtmd_cpp)  # the signatures below are the pinned release's
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
        self.n_embd = llm.n_embd_inp  # the row width libmtmd writes (deepstack: wider)
        self.cache = EmbeddingCache(cache_size)
        self._layouts: OrderedDict[str, ImageLayout] = OrderedDict()  # M-RoPE only, by cache key
        self.image_causal = True
        self.device_name = "GPU" if use_gpu else "CPU"
        self._lock = threading.Lock()
        self._lib = _mtmd()
        self._ctx = self._open(llm, threads, use_gpu)
        self.mrope = bool(self._lib.mtmd_decode_use_mrope(self._ctx))
        self._marker = self._lib.mtmd_default_marker()

    def _open(self, llm, threads: int, use_gpu: bool):
        lib = self._lib
        from skingpt_desktop.core.native.ggml_devices import native_log_callback
        lib.mtmd_log_set(native_log_callback, None)  # libmtmd's own log, like llama.cpp's
        lib.mtmd_helper_log_set(native_log_callback, None)
        params = lib.mtmd_context_params_default()
        params.use_gpu, params.print_timings, params.n_threads = use_gpu, False, max(1, threads)
        params.warmup = False
        params.image_max_tokens = IMAGE_TOKEN_BUDGET
        ctx = lib.mtmd_init_from_file(os.fsencode(self.path), llm.model_handle, params)
        if not ctx:
            raise GGUFFormatError(f"{self.path}: llama.cpp could not load the mmproj file (not a "
                                  "supported vision projector, or it does not fit this model)")
        if not lib.mtmd_support_vision(ctx):
            lib.mtmd_free(ctx)
            raise PackError(f"{self.path}: the mmproj file has no vision encoder")
        return ctx

    def encode_photo(self, image: Image.Image) -> np.ndarray:
        """The photo's image embeddings (K, n_embd) float32, cached by the photo's pixels."""
        return self.encode_with_layout(image)[0]

    def encode_with_layout(self, image: Image.Image) -> tuple[np.ndarray, ImageLayout | None]:
        """The photo's embeddings (K, n_embd) and, for an M-RoPE projector, their positions
        (None otherwise); both cached by the photo's pixels."""
        rgb = np.ascontiguousarray(np.asarray(image.convert("RGB"), dtype=np.uint8))  # (H, W, 3)
        key = self.cache.key(rgb)
        found = self.cache.get(key)
        if found is None or (self.mrope and key not in self._layouts):
            found, layout = self._encode(rgb)
            self.cache.put(key, found)
            if layout is not None:
                self._layouts[key] = layout
                while len(self._layouts) > max(1, self.cache.max_items):
                    self._layouts.popitem(last=False)
        if key in self._layouts:
            self._layouts.move_to_end(key)
        return found.copy(), self._layouts.get(key)

    def _encode(self, rgb: np.ndarray) -> tuple[np.ndarray, ImageLayout | None]:
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

    def _encode_chunks(self, chunks, bitmap) -> tuple[np.ndarray, ImageLayout | None]:
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
        return embeddings, (self._layout(chunk, n_tokens) if self.mrope else None)

    def _layout(self, chunk, n_tokens: int) -> ImageLayout:
        """The chunk's M-RoPE positions as libmtmd's helper computes them for its own decoding,
        for the image starting at 0 and at 1 (ImageLayout derives any start from the two)."""
        lib = self._lib
        tokens = lib.mtmd_input_chunk_get_tokens_image(chunk)
        if not tokens:
            raise PackError(f"{self.path}: llama.cpp gave no image token layout")
        starts = []
        for pos_0 in (0, 1):
            out = (lib.mtmd_decoder_pos * n_tokens)()
            lib.mtmd_helper_image_get_decoder_pos(tokens, pos_0, out)
            starts.append(np.array([(p.t, p.x, p.y, p.z) for p in out], dtype=np.int64))  # (K, 4)
        return ImageLayout.from_decoder_positions(starts[0], starts[1],
                                                  lib.mtmd_input_chunk_get_n_pos(chunk))

    def close(self) -> None:
        """Free libmtmd's context (safe to call twice)."""
        with self._lock:
            if self._ctx:
                self._lib.mtmd_free(self._ctx)
            self._ctx = None
