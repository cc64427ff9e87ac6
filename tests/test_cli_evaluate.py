"""`main.py evaluate` on the tiny pack: the issue's command, bad rows, resume, offline report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import synthetic_skin_photo

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("dermatitis", "psoriasis_lichen_planus", "melanoma_nevi_moles", "fungal_infections")


def dataset(folder: Path) -> Path:
    """Six synthetic photos with labels and Fitzpatrick types, and a row whose file is gone."""
    (folder / "photos").mkdir(parents=True)
    rows = ["image,label,fitzpatrick"]
    for i in range(6):
        synthetic_skin_photo(i, (160, 120)).save(folder / "photos" / f"{i}.jpg")
        rows.append(f"photos/{i}.jpg,{LABELS[i % 4]},{i % 6 + 1}")
    rows.append("photos/gone.jpg,dermatitis,3")
    (folder / "cases.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder / "cases.csv"


def evaluate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "evaluate", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def test_the_issue_command_writes_results_csv_and_an_offline_report(tiny_pack, tmp_path) -> None:
    csv_path, out = dataset(tmp_path / "data"), tmp_path / "out"
    command = ("--pack", str(tiny_pack), "--dataset", str(csv_path), "--runs", "2", "--seed",
               "1", "--out", str(out))
    made = evaluate(*command)
    assert made.returncode == 0, made.stderr
    results = json.loads((out / "results.json").read_text())
    block = results["packs"]["tiny-random"]
    assert block["n_cases"] == 6
    for key in ("top1", "top3"):
        assert 0 <= block[key]["value"] <= 1
        low, high = block[key]["ci95"]
        assert 0 <= low <= block[key]["value"] <= high <= 1
    assert 0 <= block["consistency"] <= 1
    assert set(block["by_fitzpatrick"]) == {"I", "II", "III", "IV", "V", "VI"}
    assert 0 <= block["worst_group_top1"]["value"] <= 1
    assert "per_class" in block and block["confusion"]["matrix"]
    assert results["bad_rows"] == [{"row": "7", "image": "photos/gone.jpg",
                                    "problem": "file not found"}]
    assert (out / "cases.csv").read_text().count("\n") == 1 + 6
    page = (out / "report.html").read_text()
    assert "data:image/png;base64," in page and "http" not in page
    assert sorted(p.name for p in (out / "plots").iterdir()) == [
        "tiny-random-confusion.png", "tiny-random-skin-type.png"]
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "report.pdf" in made.stdout
    again = evaluate(*command)  # a finished run is not silently overwritten
    assert again.returncode == 2 and "--resume" in again.stderr
    assert evaluate(*command, "--resume").returncode == 0


def test_resume_asks_only_what_a_killed_run_left(tiny_pack, tmp_path) -> None:
    csv_path, out = dataset(tmp_path / "data"), tmp_path / "out"
    command = ("--pack", str(tiny_pack), "--dataset", str(csv_path), "--out", str(out))
    assert evaluate(*command, "--limit", "2").returncode == 0
    runs = out / "runs" / "tiny-random.jsonl"
    with runs.open("a") as handle:
        handle.write('{"case": "photos/2.jpg", "run": 0, "condi')  # a line cut by a crash
    resumed = evaluate(*command, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    lines = runs.read_text().splitlines()
    assert lines[2].endswith('"condi')  # the cut line stays as it was, on its own line
    asked = [json.loads(line) for line in lines if line != lines[2]]
    assert sorted(r["case"] for r in asked) == [f"photos/{i}.jpg" for i in range(6)]
    assert json.loads((out / "results.json").read_text())["packs"]["tiny-random"]["n_cases"] == 6


def test_an_evaluation_opens_no_socket(qapp, tiny_pack, tmp_path, network_events) -> None:
    # qapp: the PDF step uses the running QApplication (one made here would be a bare
    # QGuiApplication, and the GUI tests after this one need widgets)
    from skingpt_desktop.cli import main

    csv_path = dataset(tmp_path / "data")
    code = main(["evaluate", "--pack", str(tiny_pack), "--dataset", str(csv_path), "--limit",
                 "2", "--out", str(tmp_path / "out")])
    assert code == 0
    assert network_events == []
