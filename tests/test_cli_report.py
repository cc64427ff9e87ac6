"""`main.py report` as a user runs it: the checklist, PDFs from a photo or a saved case, clear
errors, and no plaintext of the report anywhere but the chosen file."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from skingpt_desktop.cli import report as report_cli
from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS
from skingpt_desktop.core.packs.pack_folders import packs_dir

ROOT = Path(__file__).resolve().parents[1]
PASS = "correct horse battery staple"
MARKER = "zebra-quokka-7Q2X"  # appears in a question; must reach only the PDF and the vault (sealed)


def run_report(*args: str, home: Path | None = None, data_dir: Path | None = None,
               extra_env: dict | None = None, command: str = "report") -> subprocess.CompletedProcess:
    """``python main.py report ARGS`` with a clean environment and, if given, a private HOME,
    TMPDIR and data folder; no display, so Qt must choose its offscreen platform itself."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SKINGPT_", "XDG_", "QT_")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    if home is not None:
        for name in ("HOME", "TMPDIR"):
            (home / name.lower()).mkdir(parents=True, exist_ok=True)
            env[name] = str(home / name.lower())
    if data_dir is not None:
        env.update(SKINGPT_DATA_DIR=str(data_dir), SKINGPT_PASSPHRASE=PASS, SKINGPT_VAULT_TEST_KDF="1")
    env.update(extra_env or {})
    return subprocess.run([sys.executable, "main.py", command, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def assert_one_line_error(result: subprocess.CompletedProcess, fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def pdf_text(path: Path) -> str:
    from test_report_pdf import pdf_text as text

    return text(path)


def test_symptoms_json_lists_the_checklist() -> None:
    result = run_report("--symptoms", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) >= 10 and len({i["id"] for i in items}) == len(items)
    for item in items:
        assert {"id", "label", "urgency"} <= set(item)
        assert item["urgency"] in ("emergency", "same_day", "within_2_weeks", "routine")
    readable = run_report("--symptoms")
    assert readable.returncode == 0 and "non_blanching_rash" in readable.stdout
    assert "[emergency]" in readable.stdout


@pytest.mark.parametrize(("args", "fragment"), [
    (["--symptom", "itchy_elbow"], "unknown symptom id 'itchy_elbow'"),
    (["--out", "/nonexistent-folder/r.pdf"], "cannot write the report to /nonexistent-folder/r.pdf"),
    (["--pack", "/nonexistent-pack"], "/nonexistent-pack"),
])
def test_errors_are_one_clear_line(tiny_pack: Path, photo_paths: list[Path], tmp_path: Path,
                                   args: list[str], fragment: str) -> None:
    base = {"--pack": str(tiny_pack), "--image": str(photo_paths[0]), "--out": str(tmp_path / "r.pdf")}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value
    flat = [part for pair in base.items() for part in pair]
    if args[0] == "--symptom":
        flat += args
    assert_one_line_error(run_report(*flat), fragment)
    assert not (tmp_path / "r.pdf").exists()


def test_symptoms_form_takes_no_other_options(tiny_pack: Path) -> None:
    assert_one_line_error(run_report("--symptoms", "--pack", str(tiny_pack)), "--symptoms")


# main.py run with every import of the window refused: a report must not need it.
WITHOUT_UI = """
import importlib.abc, runpy, sys
class RefuseUi(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "skingpt_desktop.ui" or name.startswith("skingpt_desktop.ui."):
            raise ImportError(f"refused: {name}")
sys.meta_path.insert(0, RefuseUi())
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


def test_a_report_is_written_without_the_window(tiny_pack: Path, photo_paths: list[Path],
                                                tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SKINGPT_", "QT_"))}
    env["SKINGPT_DATA_DIR"] = str(tmp_path / "data")

    def main_py(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", WITHOUT_UI, *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)

    result = main_py("report", "--pack", str(tiny_pack), "--image", str(photo_paths[0]),
                     "--question", "What is this?", "--deterministic", "--max-tokens", "8",
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-") and "Yourskinphotoreport" in pdf_text(out)
    # The refusal is real: the desktop app itself cannot start this way.
    window = main_py("--data-dir", str(tmp_path / "data"))
    assert window.returncode == 2 and "refused: skingpt_desktop.ui" in window.stderr


def test_clinical_report_json_and_pdf(tiny_pack: Path, photo_paths: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "clinician.pdf"
    result = run_report("--pack", str(tiny_pack), "--image", str(photo_paths[0]), "--symptom",
                        "changing_mole", "--out", str(out), "--audience", "clinician", "--json",
                        "--deterministic", "--max-tokens", "8", "--vision-backend", "numpy")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"concepts", "differential", "urgency", "red_flags", "pdf"} <= set(report)
    assert report["red_flags"] == ["changing_mole"] and report["pdf"] == str(out)
    assert report["urgency"] in ("within_2_weeks", "same_day", "emergency")  # never lower
    text = pdf_text(out)
    for prompt in CLINICAL_PROMPTS:  # the four clinical prompts, as `ask --clinical` asks them
        assert prompt.replace(" ", "") in text


def test_arabic_question_round_trips_through_the_cli(tiny_pack: Path, photo_paths: list[Path],
                                                    tmp_path: Path) -> None:
    from test_report_pdf import ARABIC, squash

    out = tmp_path / "ar.pdf"
    result = run_report("--pack", str(tiny_pack), "--image", str(photo_paths[1]), "--question",
                        ARABIC, "--out", str(out), "--audience", "clinician", "--max-tokens", "6")
    assert result.returncode == 0, result.stderr
    assert "Wrote the clinician report" in result.stdout
    assert squash(ARABIC) in pdf_text(out)


def _files_containing(root: Path, needle: str, since: float | None = None) -> list[Path]:
    variants = [needle.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    for path in root.rglob("*"):
        try:
            if not path.is_file() or path.is_symlink() or path.stat().st_size > 50_000_000:
                continue
            if since is not None and path.stat().st_mtime < since:
                continue
            data = path.read_bytes()
        except OSError:
            continue
        if any(v in data for v in variants):
            found.append(path)
    return found


def test_no_plaintext_reaches_disk_outside_the_chosen_file(tiny_pack: Path, photo_paths: list[Path],
                                                           tmp_path: Path) -> None:
    data_dir, home = tmp_path / "data", tmp_path / "private"
    assert run_report("init", home=home, data_dir=data_dir, command="vault").returncode == 0
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    started = time.time()
    result = run_report("--pack", str(tiny_pack), "--image", str(photo_paths[0]), "--question",
                        f"Is the {MARKER} spot on my arm dangerous?", "--out", str(out), "--save",
                        "--audience", "clinician", "--max-tokens", "6", "--json", home=home,
                        data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert out.is_file() and MARKER in pdf_text(out)
    assert os.listdir(out.parent) == ["report.pdf"]  # no temporary twin left beside it
    assert MARKER not in result.stderr
    assert _files_containing(tmp_path, MARKER) == []  # vault sealed, HOME and TMPDIR clean
    tmp_root = Path(os.environ.get("TMPDIR", "/tmp"))
    leaked = [p for p in _files_containing(tmp_root, MARKER, since=started)
              if tmp_path not in p.parents]
    assert leaked == []
    case_id = json.loads(result.stdout)["case"]
    again = run_report("--case", case_id, "--out", str(tmp_path / "again.pdf"), "--json",
                       "--audience", "clinician", home=home, data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    assert "Summarising" not in again.stderr  # the stored report is used, no model runs
    stored = json.loads(again.stdout)
    assert stored["urgency"] == json.loads(result.stdout)["urgency"] and stored["case"] == case_id
    assert MARKER in pdf_text(tmp_path / "again.pdf")


def test_case_saved_by_ask_gets_a_report_built(tiny_pack: Path, photo_paths: list[Path],
                                               tmp_path: Path) -> None:
    data_dir, home = tmp_path / "data", tmp_path / "private"
    assert run_report("init", home=home, data_dir=data_dir, command="vault").returncode == 0
    saved = run_report("--pack", str(tiny_pack), "--image", str(photo_paths[1]), "--save",
                       "--max-tokens", "4", "Describe it.", home=home, data_dir=data_dir, command="ask")
    assert saved.returncode == 0, saved.stderr
    case_id = saved.stderr.split("saved as case ")[1].split()[0]
    missing = run_report("--case", case_id, "--out", str(tmp_path / "c.pdf"), home=home,
                         data_dir=data_dir)
    assert_one_line_error(missing, "not installed")
    built = run_report("--case", case_id, "--pack", str(tiny_pack), "--symptom", "fever_unwell",
                       "--out", str(tmp_path / "c.pdf"), "--audience", "clinician", "--json",
                       home=home, data_dir=data_dir)
    assert built.returncode == 0, built.stderr
    result = json.loads(built.stdout)
    assert result["red_flags"] == ["fever_unwell"] and result["urgency"] in ("same_day", "emergency")
    assert "Describeit." in pdf_text(tmp_path / "c.pdf")  # the saved conversation is the transcript


def test_only_a_ticked_warning_sign_makes_a_report_urgent(tiny_pack: Path, photo_paths: list[Path],
                                                          tmp_path: Path) -> None:
    """The random model's own estimate (it says "emergency" for some seeds) never sets
    emergency or same-day care; a ticked warning sign does."""
    base = ("--pack", str(tiny_pack), "--image", str(photo_paths[0]), "--question", "What is it?",
            "--max-tokens", "4", "--out", str(tmp_path / "r.pdf"), "--json")
    for seed in ("1", "2", "3", "4", "5", "6"):
        result = run_report(*base, "--seed", seed)
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["urgency"] not in ("emergency", "same_day"), (seed, data)
        assert data["rule_urgency"] == "routine" and data["red_flags"] == []
    swelling = json.loads(run_report(*base, "--seed", "1", "--symptom",
                                     "face_swelling_breathing").stdout)
    assert (swelling["urgency"], swelling["urgency_set_by"]) == ("emergency", "face_swelling_breathing")


def test_a_stored_pack_name_never_leads_outside_the_packs_folder(tiny_pack: Path,
                                                                 tmp_path: Path) -> None:
    """A case from an older copy or a backup may name its pack '../..': not a folder to open."""
    data = tmp_path / "data"
    outside = packs_dir(data).parent / "outside"  # a real pack, two levels up from a pack
    shutil.copytree(tiny_pack, outside)
    args = argparse.Namespace(data_dir=None, report_data_dir=str(data))
    with pytest.raises(PackError, match="not installed"):
        report_cli._installed_pack(args, "../outside")
