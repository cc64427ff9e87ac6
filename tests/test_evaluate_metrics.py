"""The evaluation's numbers against hand computations on a fixed fake result set."""

from __future__ import annotations

import math

import pytest

from skingpt_desktop.core.evaluate.metrics import (
    CaseResult,
    confusion,
    consistency,
    mcnemar,
    per_class,
    summarize,
    wilson,
)

A, B, C = "dermatitis", "psoriasis_lichen_planus", "melanoma_nevi_moles"
RESULTS = [
    CaseResult("1", A, "I", ((A, B), (A,), (B,)), "2"),      # top-1 right; runs agree 2/3
    CaseResult("2", A, "I", ((B, A), (B,), (B,)), "2"),      # top-3 right only; 3/3
    CaseResult("3", B, "V", ((B,), (B,), (A,)), "9"),        # right; 2/3
    CaseResult("4", C, "V", ((), (), ())),                   # named nothing; 3/3; no Monk tone
]


def test_wilson_matches_the_formula_and_stays_in_range() -> None:
    low, high = wilson(8, 10)
    # hand: p=.8, z=1.96: centre (.8 + .19208)/1.38415, half-width 1.96*sqrt(.016+.0009604)/1.38415
    assert low == pytest.approx(0.4902, abs=1e-4) and high == pytest.approx(0.9433, abs=1e-4)
    assert wilson(0, 5)[0] == 0.0 and wilson(5, 5)[1] == 1.0 and wilson(0, 0) == (0.0, 1.0)


def test_top_k_consistency_and_groups() -> None:
    block = summarize(RESULTS, [A, B, C])
    assert block["n_cases"] == 4
    assert block["top1"]["value"] == 0.5 and block["top3"]["value"] == 0.75
    assert block["consistency"] == pytest.approx((2 / 3 + 1 + 2 / 3 + 1) / 4)
    assert block["by_fitzpatrick"]["I"]["top1"]["value"] == 0.5
    assert block["by_fitzpatrick"]["V"]["top1"]["value"] == 0.5
    assert block["worst_group_top1"] == {"group": "I", "value": 0.5, "gap_to_best": 0.0}
    assert block["by_monk"]["2"]["top1"]["value"] == 0.5 and block["by_monk"]["9"]["top1"][
        "value"] == 1.0 and set(block["by_monk"]) == {"2", "9"}


def test_per_class_and_the_confusion_matrix() -> None:
    table = per_class(RESULTS, [A, B, C])
    # A: tp 1 (case 1), fp 0, fn 1 (case 2 answered B) -> P 1, R .5, F1 2/3
    assert table[A] == pytest.approx({"precision": 1.0, "recall": 0.5, "f1": 2 / 3,
                                      "support": 2})
    # B: tp 1 (case 3), fp 1 (case 2) -> P .5, R 1
    assert table[B]["precision"] == 0.5 and table[B]["recall"] == 1.0
    assert table[C] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    matrix = confusion(RESULTS, [A, B, C])
    assert matrix["labels"] == [A, B, C, "none"]
    assert matrix["matrix"] == [[1, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]]
    assert consistency([CaseResult("x", A, "", ((A,),))]) is None  # one run: not measured


def test_mcnemar_exact() -> None:
    first = [True] * 6 + [False] * 1 + [True, False]
    second = [False] * 6 + [True] * 1 + [True, False]
    test = mcnemar(first, second)
    # b = 6, c = 1: p = 2 * (C(7,0) + C(7,1)) / 2^7 = 16 / 128
    assert (test["b"], test["c"]) == (6, 1)
    assert test["p_value"] == pytest.approx(2 * (math.comb(7, 0) + math.comb(7, 1)) / 2 ** 7)
    assert mcnemar([True], [True])["p_value"] == 1.0
    with pytest.raises(ValueError):
        mcnemar([True], [True, False])
