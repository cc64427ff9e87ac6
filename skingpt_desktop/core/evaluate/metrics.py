"""The numbers of an evaluation, from per-case results: pure functions, checked against hand
computations in tests/test_evaluate_metrics.py.

- top-1 / top-3 accuracy of the first run, with Wilson 95 % intervals (they stay inside
  [0, 1] and behave for small groups, unlike the normal approximation);
- per class precision, recall and F1 (top-1), and the confusion matrix (true label x
  predicted, "none" when the model named no class);
- consistency as the SkinGPT-4 paper measured it: per case, the share of runs whose top-1
  answer is the case's most frequent one, averaged over cases with at least two runs;
- top-1 per Fitzpatrick group, the worst group's and the gap to the best; the same per Monk
  tone;
- McNemar's exact test for two packs on the same cases (discordant pairs, two-sided binomial).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Z95 = 1.959963984540054
NONE = "none"  # the predicted class when the model named none


@dataclass(frozen=True)
class CaseResult:
    """One case: its truth and group, and each run's ranked classes (run 0 first)."""

    case_id: str
    label: str
    fitzpatrick: str
    runs: tuple[tuple[str, ...], ...]  # per run, the model's conditions, most likely first
    monk: str = ""  # Monk skin tone 1-10, when the dataset has it

    @property
    def top1(self) -> str:
        return self.runs[0][0] if self.runs and self.runs[0] else NONE

    def hit(self, k: int) -> bool:
        """Whether the label is among the first run's first ``k`` conditions."""
        return bool(self.runs) and self.label in self.runs[0][:k]


def wilson(successes: int, total: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion (``(0.0, 1.0)`` without observations)."""
    if total <= 0:
        return 0.0, 1.0
    p = successes / total
    centre = p + z * z / (2 * total)
    spread = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    denominator = 1 + z * z / total
    low = 0.0 if successes == 0 else max(0.0, (centre - spread) / denominator)
    high = 1.0 if successes == total else min(1.0, (centre + spread) / denominator)
    return low, high


def proportion(successes: int, total: int) -> dict[str, Any]:
    """``{"value", "ci95": [lo, hi], "n"}`` (value 0 for no observations)."""
    low, high = wilson(successes, total)
    return {"value": successes / total if total else 0.0, "ci95": [low, high], "n": total}


def consistency(results: Sequence[CaseResult]) -> float | None:
    """Mean share of runs agreeing with each case's most frequent top-1 (None: no case has
    two runs)."""
    shares = []
    for result in results:
        answers = [run[0] if run else NONE for run in result.runs]
        if len(answers) >= 2:
            shares.append(Counter(answers).most_common(1)[0][1] / len(answers))
    return sum(shares) / len(shares) if shares else None


def per_class(results: Sequence[CaseResult], classes: Sequence[str]) -> dict[str, dict]:
    """Precision, recall, F1 and support of each class that occurs (as truth or answer)."""
    table = {}
    for cls in classes:
        tp = sum(1 for r in results if r.label == cls and r.top1 == cls)
        fp = sum(1 for r in results if r.label != cls and r.top1 == cls)
        fn = sum(1 for r in results if r.label == cls and r.top1 != cls)
        if tp + fp + fn == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[cls] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    return table


def confusion(results: Sequence[CaseResult], classes: Sequence[str]) -> dict[str, Any]:
    """``{"labels": [...], "matrix": rows of counts}``: rows the truth, columns the answer."""
    labels = [c for c in classes if any(r.label == c or r.top1 == c for r in results)]
    if any(r.top1 == NONE for r in results):
        labels.append(NONE)
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for result in results:
        matrix[index[result.label]][index[result.top1]] += 1
    return {"labels": labels, "matrix": matrix}


def by_group(results: Sequence[CaseResult],
             attribute: str = "fitzpatrick") -> dict[str, dict[str, Any]]:
    """Top-1 and top-3 per group of ``attribute`` ("fitzpatrick" or "monk"; cases without
    one are left out)."""
    groups: dict[str, list[CaseResult]] = {}
    for result in results:
        group = getattr(result, attribute)
        if group:
            groups.setdefault(group, []).append(result)
    return {group: {"top1": proportion(sum(r.hit(1) for r in members), len(members)),
                    "top3": proportion(sum(r.hit(3) for r in members), len(members))}
            for group, members in sorted(groups.items())}


def mcnemar(first: Sequence[bool], second: Sequence[bool]) -> dict[str, Any]:
    """Exact McNemar test on paired outcomes: ``b`` first right and second wrong, ``c`` the
    reverse, and the two-sided p-value of b against Binomial(b + c, 1/2)."""
    if len(first) != len(second):
        raise ValueError("McNemar needs the same cases for both packs")
    b = sum(1 for x, y in zip(first, second, strict=True) if x and not y)
    c = sum(1 for x, y in zip(first, second, strict=True) if y and not x)
    n = b + c
    if n == 0:
        return {"b": 0, "c": 0, "p_value": 1.0}
    tail = sum(math.comb(n, i) for i in range(min(b, c) + 1)) / 2 ** n
    return {"b": b, "c": c, "p_value": min(1.0, 2 * tail)}


def summarize(results: Sequence[CaseResult], classes: Sequence[str]) -> dict[str, Any]:
    """One pack's block of results.json."""
    groups = by_group(results)
    group_top1 = {g: v["top1"]["value"] for g, v in groups.items()}
    worst = min(group_top1, key=lambda g: group_top1[g]) if group_top1 else None
    return {
        "n_cases": len(results),
        "top1": proportion(sum(r.hit(1) for r in results), len(results)),
        "top3": proportion(sum(r.hit(3) for r in results), len(results)),
        "consistency": consistency(results),
        "per_class": per_class(results, classes),
        "confusion": confusion(results, classes),
        "by_fitzpatrick": groups,
        "by_monk": by_group(results, "monk"),
        "worst_group_top1": None if worst is None else {
            "group": worst, "value": group_top1[worst],
            "gap_to_best": max(group_top1.values()) - group_top1[worst]},
    }
