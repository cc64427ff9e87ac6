"""The fuzzer's fast subset: a few hundred hostile packs, manifests and backups, all clean."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FUZZER = ROOT / "bench" / "fuzz_packs.py"
CI_SEED, CI_COUNT = 11, 240  # about 2 minutes on 2 cores


def _fuzzer_module():
    spec = importlib.util.spec_from_file_location("fuzz_packs", FUZZER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_packs"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("code, stderr, peak_mb, expected", [
    (0, "disclaimer\n", 90, "clean"),
    (2, "disclaimer\nerror: the pack is damaged\n", 90, "clean"),
    (1, "error: one\nerror: two\n", 90, "unclear"),
    (1, "", 90, "unclear"),
    (-6, "", 90, "signal"),
    (None, "", 90, "hang"),
    (1, "Traceback (most recent call last):\n  ...\nValueError\n", 90, "traceback"),
    (1, "SkinGPT Desktop hit an unexpected error:\nValueError\n", 90, "traceback"),
    (0, "", 2500, "memory"),
])
def test_the_fuzzer_classifies_endings(code, stderr, peak_mb, expected) -> None:
    assert _fuzzer_module().verdict(code, stderr, peak_mb) == expected


def test_mutants_are_the_same_for_the_same_seed(tiny_pack, tmp_path) -> None:
    import random

    fuzz = _fuzzer_module()
    details = []
    for run in (1, 2):
        rng = random.Random(5)
        details.append([fuzz.make_pack_mutant(tiny_pack, tmp_path / f"{run}-{i}", rng)
                        for i in range(6)])
    assert details[0] == details[1]


@pytest.mark.slow
def test_the_fast_fuzz_subset_ends_cleanly(tmp_path) -> None:
    out = tmp_path / "fuzz.json"
    result = subprocess.run([sys.executable, str(FUZZER), "--seed", str(CI_SEED), "--count",
                             str(CI_COUNT), "--jobs", "2", "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=1200)
    summary = json.loads(out.read_text())["summary"] if out.exists() else {}
    assert result.returncode == 0 and summary.get("non_clean") == 0, \
        "\n".join(summary.get("non_clean_list", [])) or result.stderr[-3000:]
    assert summary["mutants"] == CI_COUNT
    assert set(summary["by_target"]) == {"skingpt4", "mtmd", "backup"}
