"""The catalogue's speed estimate (core/packs/speed.py): its arithmetic on fixed, made-up
measurements (values worked out by hand), its refusals, the measurement functions' figures
(positive, never timed) and the shipped calibration's completeness."""

from __future__ import annotations

import math

import pytest

from skingpt_desktop.core.packs import speed
from skingpt_desktop.core.packs.speed import (
    CALIBRATION,
    ENCODER_CLASSES,
    WORDS_PER_TOKEN,
    Calibration,
    EncoderCost,
    MachineSpeed,
    estimate_speed,
)

# A made-up build machine: 200 GFLOP/s, 40 GB/s; SigLIP 30 s for 256 tokens, EVA 4 s for 32;
# prefill 0.01 s and decode 0.2 s per token per GB; decoding reached half the copy bandwidth.
CAL = Calibration(
    machine=MachineSpeed(gflops=200.0, copy_gbs=40.0),
    encoders={"eva-vit-g": EncoderCost(4.0, 32), "siglip-896": EncoderCost(30.0, 256),
              "qwen2.5-vl": EncoderCost(20.0, 500)},
    prefill_s_per_token_gb=0.01, decode_s_per_token_gb=0.2, decode_bandwidth_share=0.5)


def test_a_slower_computer_scales_by_the_product_rate() -> None:
    # Half the GFLOP/s: everything takes twice as long. 2.5 GB model:
    # photo = (30 + 256 x 0.01 x 2.5) x 2 = (30 + 6.4) x 2 = 72.8 s;
    # decode by computation 1 / (0.2 x 2.5 x 2) = 1.0 token/s, by memory 0.5 x 20 / 2.5 = 4.
    est = estimate_speed(2_500_000_000, "siglip-896", MachineSpeed(100.0, 20.0), CAL)
    assert est.photo_s == pytest.approx(72.8)
    assert est.tokens_per_s == pytest.approx(1.0)
    assert est.words_per_s == pytest.approx(0.75)


def test_scarce_memory_bandwidth_limits_decoding() -> None:
    # Twice the GFLOP/s but 4 GB/s, 8 GB model: photo = (4 + 32 x 0.01 x 8) x 0.5 = 3.28 s;
    # by computation 1 / (0.2 x 8 x 0.5) = 1.25 token/s, by memory 0.5 x 4 / 8 = 0.25: memory.
    est = estimate_speed(8_000_000_000, "eva-vit-g", MachineSpeed(400.0, 4.0), CAL)
    assert est.photo_s == pytest.approx(3.28)
    assert est.tokens_per_s == pytest.approx(0.25)
    assert est.words_per_s == pytest.approx(0.1875)


def test_words_are_three_quarters_of_tokens() -> None:
    assert WORDS_PER_TOKEN == 0.75


@pytest.mark.parametrize(("llm_bytes", "encoder", "machine", "message"), [
    (1, "clip-l", MachineSpeed(1.0, 1.0), "unknown vision encoder 'clip-l'"),
    (0, "eva-vit-g", MachineSpeed(1.0, 1.0), "cannot estimate"),
    (1, "eva-vit-g", MachineSpeed(0.0, 1.0), "cannot estimate"),
    (1, "eva-vit-g", MachineSpeed(1.0, 0.0), "cannot estimate"),
])
def test_bad_inputs_are_refused(llm_bytes: int, encoder: str, machine: MachineSpeed,
                                message: str) -> None:
    with pytest.raises(ValueError, match=message):
        estimate_speed(llm_bytes, encoder, machine, CAL)


def test_shipped_calibration_covers_every_encoder() -> None:
    assert set(CALIBRATION.encoders) == set(ENCODER_CLASSES) == {
        "eva-vit-g", "siglip-896", "qwen2.5-vl"}
    figures = [CALIBRATION.machine.gflops, CALIBRATION.machine.copy_gbs,
               CALIBRATION.prefill_s_per_token_gb, CALIBRATION.decode_s_per_token_gb,
               CALIBRATION.decode_bandwidth_share]
    figures += [e.encode_s for e in CALIBRATION.encoders.values()]
    assert all(math.isfinite(f) and f > 0 for f in figures)
    assert all(e.image_tokens > 0 for e in CALIBRATION.encoders.values())
    # On the build machine itself the estimate gives back the calibration's own figures.
    est = estimate_speed(1_000_000_000, "eva-vit-g", CALIBRATION.machine)
    cost = CALIBRATION.encoders["eva-vit-g"]
    assert est.photo_s == pytest.approx(cost.encode_s + 32 * CALIBRATION.prefill_s_per_token_gb)
    assert 0 < CALIBRATION.decode_bandwidth_share <= 1


def test_the_measurements_give_positive_figures() -> None:
    # Small sizes: what is checked is that the figures come out, not how fast this machine is.
    assert speed.matmul_gflops(size=64, budget_s=0.01) > 0
    assert speed.copy_bandwidth(threads=2, mib=4, tries=1) > 0
