"""How fast a catalogue model would run on this computer, from a short measurement.

Two figures of the computer are measured in about a second (:func:`measure_machine`): the
float32 matrix-product rate of numpy's BLAS (GFLOP/s), and numpy's copy bandwidth (GB/s,
read + write bytes). ``bench/mtmd.py`` measured the same two figures on the build machine in the
same run as the models themselves (``CALIBRATION``), so an entry's cost there is scaled to this
computer:

- seconds per photo = (vision encoder's time + the image tokens' prefill through the language
  model) x reference GFLOP/s / this computer's GFLOP/s: encoding and prefill are matrix
  products, so they scale with the product rate;
- tokens per second = the lower of two limits: the build machine's decode rate for that many
  bytes read per token, scaled by the product rate in the same way, and the memory limit, the
  share of the copy bandwidth that decoding reached there (about 0.86: on the build machine the
  two limits were close) x this computer's copy GB/s / GB read per token. On the build machine
  both give the measured rate; elsewhere the scarcer resource decides;
- words per second = 0.75 x tokens per second (``WORDS_PER_TOKEN``: English text is about 0.75
  words per token with 32k-260k vocabularies).

The bytes a token reads are taken as the language model file's size (``llm_bytes`` of the
entry): all its weights but the input embedding are read for every token, and Gemma's embedding
is also its output matrix. These are estimates from a proxy measurement, not timings of the
model on this computer; the window says so.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import numpy as np

WORDS_PER_TOKEN = 0.75


@dataclass(frozen=True)
class MachineSpeed:
    """What :func:`measure_machine` found: matrix products and memory copies."""

    gflops: float     # float32 matrix product, numpy's BLAS, best of several
    copy_gbs: float   # numpy copy over the threads, (read + write) bytes / s / 1e9


@dataclass(frozen=True)
class EncoderCost:
    """A vision encoder's cost on the build machine: seconds per photo and image tokens."""

    encode_s: float
    image_tokens: int


@dataclass(frozen=True)
class Calibration:
    """The build machine's figures (``bench/mtmd.py``), to be scaled to this computer."""

    machine: MachineSpeed
    encoders: dict[str, EncoderCost]      # by the catalogue's "vision_encoder" field
    prefill_s_per_token_gb: float         # prompt evaluation: s per token per GB of weights
    decode_s_per_token_gb: float          # generation: s per token per GB read per token
    decode_bandwidth_share: float         # (tokens/s x GB read per token) / copy GB/s


@dataclass(frozen=True)
class SpeedEstimate:
    """An entry's estimated speed on this computer."""

    photo_s: float          # encoder + image-token prefill, one photo
    tokens_per_s: float
    words_per_s: float


# Measured on the build machine by `bench/mtmd.py --real` (AMD EPYC, family 25 model 17, AVX-512,
# 2 vCPUs under KVM shared with other work, 2 threads; docs/performance.md, "Encoders and
# language-model sizes"). The least disturbed round of two runs (3 + 5 rounds) per figure:
# encoders with random weights of the real shapes (EVA-ViT-g + Q-Former: ggml, q8_0 file, the
# photo preprocessed to 224 px; SigLIP-896 and Qwen2.5-VL: libmtmd, f16 mmproj, an 800 x 600
# photo, Qwen at the app's 576-token budget: 540 tokens); Q4_K_M prefill (256 tokens) and decode
# of 4B / 7B / 13B blocks, per GB read per token: median of the three sizes (decode 0.0429,
# 0.0403, 0.0439 s; prefill 0.0115, 0.0104, 0.0093 s; bandwidth share 0.86, 0.92, 0.84).
CALIBRATION = Calibration(
    machine=MachineSpeed(gflops=187.3, copy_gbs=27.0),
    encoders={
        "eva-vit-g": EncoderCost(encode_s=4.59, image_tokens=32),
        "siglip-896": EncoderCost(encode_s=50.72, image_tokens=256),
        "qwen2.5-vl": EncoderCost(encode_s=28.13, image_tokens=540),
    },
    prefill_s_per_token_gb=0.01036,
    decode_s_per_token_gb=0.04294,
    decode_bandwidth_share=0.863,
)
ENCODER_CLASSES = tuple(CALIBRATION.encoders)


def matmul_gflops(size: int = 1024, budget_s: float = 0.5) -> float:
    """Best float32 matrix-product rate of numpy's BLAS, (size x size) @ (size x size)."""
    rng = np.random.default_rng(0)
    a = rng.standard_normal((size, size), dtype=np.float32)
    b = rng.standard_normal((size, size), dtype=np.float32)
    a @ b  # warm-up: BLAS threads start
    best, deadline = float("inf"), time.perf_counter() + budget_s
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        a @ b
        best = min(best, time.perf_counter() - start)
    return 2 * size**3 / best / 1e9


def copy_bandwidth(threads: int = 2, mib: int = 256, tries: int = 5) -> float:
    """Best numpy copy bandwidth in GB/s (read + write bytes, STREAM's count) over ``threads``."""
    src = np.ones(mib * 2**20 // 8, np.float64)
    dst = np.empty_like(src)
    bounds = np.linspace(0, src.size, max(1, threads) + 1).astype(int)

    def work(lo: int, hi: int) -> None:
        np.copyto(dst[lo:hi], src[lo:hi])

    best = float("inf")
    for _ in range(tries):
        pool = [threading.Thread(target=work, args=(int(lo), int(hi)))
                for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)]
        start = time.perf_counter()
        for t in pool:
            t.start()
        for t in pool:
            t.join()
        best = min(best, time.perf_counter() - start)
    return 2 * src.nbytes / best / 1e9


def measure_machine(threads: int = 2) -> MachineSpeed:
    """This computer's matrix-product rate and copy bandwidth over ``threads`` (about one
    second; the products use all the threads of numpy's BLAS)."""
    return MachineSpeed(gflops=matmul_gflops(), copy_gbs=copy_bandwidth(threads))


def estimate_speed(llm_bytes: int, vision_encoder: str, machine: MachineSpeed,
                   calibration: Calibration | None = None) -> SpeedEstimate:
    """Seconds per photo and tokens/words per second of a model whose language model file has
    ``llm_bytes`` and whose encoder is ``vision_encoder`` (one of ``ENCODER_CLASSES``), on a
    computer measured as ``machine``; ``calibration`` defaults to the build machine's."""
    calibration = calibration or CALIBRATION
    if vision_encoder not in calibration.encoders:
        raise ValueError(f"unknown vision encoder {vision_encoder!r}; known: "
                         f"{', '.join(calibration.encoders)}")
    if llm_bytes <= 0 or machine.gflops <= 0 or machine.copy_gbs <= 0:
        raise ValueError(f"cannot estimate from {llm_bytes} bytes and {machine}")
    slower = calibration.machine.gflops / machine.gflops  # > 1: this computer is slower
    gb = llm_bytes / 1e9
    encoder = calibration.encoders[vision_encoder]
    prefill_s = encoder.image_tokens * calibration.prefill_s_per_token_gb * gb
    photo_s = (encoder.encode_s + prefill_s) * slower
    by_compute = 1.0 / (calibration.decode_s_per_token_gb * gb * slower)
    by_bandwidth = calibration.decode_bandwidth_share * machine.copy_gbs / gb
    tokens = min(by_compute, by_bandwidth)
    return SpeedEstimate(photo_s=photo_s, tokens_per_s=tokens, words_per_s=tokens * WORDS_PER_TOKEN)
