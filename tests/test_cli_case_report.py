"""The clinic's path on the command line: add a patient, ask about a photo and save the case
for that patient, list the cases, print the clinician report with the patient banner."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from pdf_tools import run_tool
from test_cli_report import assert_one_line_error, pdf_text, run_report
from test_report_pdf import squash

from skingpt_desktop import __version__

PATIENT = ("--name", "Amina Okafor", "--clinic-number", "C-1042", "--birth-year", "1961",
           "--allergies", "Penicillin (rash)", "--sex", "female", "--fitzpatrick", "V")


def test_patient_case_and_clinician_report(tiny_pack: Path, photo_paths: list[Path],
                                           tmp_path: Path) -> None:
    data_dir, home = tmp_path / "data", tmp_path / "private"
    run = lambda *args, command="vault": run_report(*args, home=home, data_dir=data_dir,  # noqa: E731
                                                    command=command)
    assert run("init").returncode == 0
    added = run("add-patient", *PATIENT, "--json")
    assert added.returncode == 0, added.stderr
    patient = json.loads(added.stdout)
    assert patient["name"] == "Amina Okafor" and patient["birth_year"] == 1961 and patient["id"]

    older = run("--pack", str(tiny_pack), "--image", str(photo_paths[0]), "--save",
                "--max-tokens", "4", "First visit.", command="ask")
    assert older.returncode == 0, older.stderr
    saved = run("--pack", str(tiny_pack), "--image", str(photo_paths[1]), "--save",
                "--patient", patient["id"], "--body-site", "left forearm", "--title",
                "Itchy patch", "--max-tokens", "4", "What is this?", command="ask")
    assert saved.returncode == 0, saved.stderr
    case_id = saved.stderr.split("saved as case ")[1].split()[0]

    cases = json.loads(run("cases", "--json").stdout)
    assert [c["id"] for c in cases][0] == case_id  # newest first
    assert cases[0]["title"] == "Itchy patch" and cases[0]["patient_id"] == patient["id"]

    out = tmp_path / "clinician.pdf"
    made = run("--case", case_id, "--pack", str(tiny_pack), "--audience", "clinician",
               "--out", str(out), command="report")
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out)
    for expected in ("Amina Okafor", "C-1042", "1961", "Penicillin (rash)", "left forearm",
                     "Itchy patch", "Female", f"SkinGPT Desktop {__version__}"):
        assert squash(expected) in text, expected
    pages = int(run_tool("pdfinfo", out).split("Pages:")[1].split()[0])
    assert squash(f"page 1 of {pages}") in text and squash(f"page {pages} of {pages}") in text
    banner = text.index("AminaOkafor")
    assert banner < text.index(squash("Urgency")), "the patient banner comes first"
    # Human labels, not stored ids: "Routine", "Open", never "(routine)" or "status open".
    assert squash("(routine)") not in text and squash("Status open") not in text


def test_case_options_need_save_and_a_known_patient(tiny_pack: Path, photo_paths: list[Path],
                                                    tmp_path: Path) -> None:
    data_dir, home = tmp_path / "data", tmp_path / "private"
    assert run_report("init", home=home, data_dir=data_dir, command="vault").returncode == 0
    base = ("--pack", str(tiny_pack), "--image", str(photo_paths[0]), "--max-tokens", "2")
    unsaved = run_report(*base, "--body-site", "neck", "Q?", home=home, data_dir=data_dir,
                         command="ask")
    assert_one_line_error(unsaved, "--body-site")
    unknown = run_report(*base, "--save", "--patient", "0" * 32, "Q?", home=home,
                         data_dir=data_dir, command="ask")
    assert unknown.returncode == 2 and "saved as case" not in unknown.stderr, unknown.stderr
