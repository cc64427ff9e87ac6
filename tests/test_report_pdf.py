"""The PDF reports as a reader sees them: the disclaimer, the urgency and the photo are there,
warning signs come first for the patient, Arabic and Chinese text survive, and a file is either
written whole or not at all."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import unicodedata
from pathlib import Path

import pytest
from conftest import synthetic_skin_photo
from pdf_tools import pdf_text_raw

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.report import (
    DifferentialItem,
    PackInfo,
    Report,
    Summary,
    TranscriptTurn,
    Triage,
    report_texts,
)

pytestmark = pytest.mark.usefixtures("qapp")

ARABIC = "ما هذا الطفح الأحمر على ذراعي؟"
CHINESE = "我手臂上的红色皮疹是什么？"
TEXTS = report_texts("en")


def make_report(fired: tuple[str, ...] = ("non_blanching_rash",), question: str = "What is it?",
                set_by: str = "non_blanching_rash", urgency: str = "emergency") -> Report:
    photo = io.BytesIO()
    synthetic_skin_photo(4).save(photo, format="JPEG", quality=90)
    summary = Summary(concepts=("Plaque", "Scale"),
                      differential=(DifferentialItem("psoriasis_lichen_planus", "Raised, scaly plaque."),),
                      patient_summary="A red, scaly patch.", clinician_questions=("How long?",),
                      model_urgency="routine")
    return Report(created="2025-06-01T14:03:00+02:00", language="en", photo_jpeg=photo.getvalue(),
                  transcript=(TranscriptTurn(question, "It is a red patch."),), summary=summary,
                  triage=Triage(urgency, set_by, fired, "routine"),
                  pack=PackInfo("tiny-random", "Tiny random test pack", "ab" * 32,
                                {"llm": "cd" * 32}, "Random weights.", "Apache-2.0"),
                  generation={"temperature": 1.0, "seed": 7}, disclaimer=TEXTS["disclaimer"])


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext extracts it, NFKC-normalised (Arabic presentation forms
    become letters), without bidi marks and whitespace."""
    return squash(pdf_text_raw(path))


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+", "", text)


@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_pdf_holds_disclaimer_urgency_and_photo(tmp_path: Path, audience: str) -> None:
    from skingpt_desktop.render.report_pdf import write_pdf

    out = write_pdf(make_report(), tmp_path / "r.pdf", audience)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"/Subtype /Image" in data
    text = pdf_text(out)
    assert squash(TEXTS["disclaimer"][:120]) in text
    assert squash("Emergency") in text
    if audience == "clinician":
        assert squash("Set by the ticked warning sign") in text and "non_blanching_rash" not in text
        assert squash("Purple or dark red spots") in text  # the sign by its label, not its id
        assert "ab" * 32 in text and squash("Tiny random test pack") in text


def test_patient_report_puts_warning_signs_first(tmp_path: Path) -> None:
    from skingpt_desktop.render.report_pdf import write_pdf

    text = pdf_text(write_pdf(make_report(), tmp_path / "p.pdf", "patient"))
    order = [text.index(squash(TEXTS[k])) for k in
             ("red_flags_heading", "next_steps_heading", "photo_heading", "patient_summary_heading")]
    assert order == sorted(order)
    assert squash("does not fade when you press a clear glass") in text
    calm = make_report(fired=(), set_by="model", urgency="routine")
    calm_text = pdf_text(write_pdf(calm, tmp_path / "c.pdf", "patient"))
    assert squash(TEXTS["red_flags_heading"]) not in calm_text and "Routine" in calm_text


@pytest.mark.parametrize("question", [ARABIC, CHINESE])
def test_other_scripts_round_trip_into_the_pdf(tmp_path: Path, question: str) -> None:
    from skingpt_desktop.render.report_html import text_direction
    from skingpt_desktop.render.report_pdf import write_pdf

    out = write_pdf(make_report(question=question), tmp_path / "q.pdf", "clinician")
    assert squash(question) in pdf_text(out)
    assert text_direction(question) == ("rtl" if question == ARABIC else "ltr")


def test_rtl_blocks_are_marked(tmp_path: Path) -> None:
    from skingpt_desktop.render.report_html import report_html

    markup = report_html(make_report(question=ARABIC), "clinician")
    assert f'<p dir="rtl" align="right">{ARABIC}</p>' in markup
    assert '<p dir="ltr">It is a red patch.</p>' in markup


def test_write_replaces_atomically_and_leaves_nothing_on_failure(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from skingpt_desktop.render import report_pdf

    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    report_pdf.write_pdf(make_report(), target, "patient")
    assert target.read_bytes().startswith(b"%PDF-") and os.listdir(tmp_path) == ["r.pdf"]
    assert target.stat().st_mode & 0o077 == 0  # patient data: readable by its owner only

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_pdf.os, "replace", fail)
    before = target.read_bytes()
    with pytest.raises(SkinGPTError, match="No space left on device"):
        report_pdf.write_pdf(make_report(), target, "clinician")
    assert target.read_bytes() == before and os.listdir(tmp_path) == ["r.pdf"]


@pytest.mark.parametrize(("where", "message"), [("missing/r.pdf", "does not exist"),
                                                ("", "it is a folder")])
def test_unwritable_places_are_one_clear_sentence(tmp_path: Path, where: str, message: str) -> None:
    from skingpt_desktop.render.report_pdf import write_pdf

    with pytest.raises(SkinGPTError, match=message):
        write_pdf(make_report(), tmp_path / where, "patient")


def test_report_round_trips_through_json_with_or_without_its_photo() -> None:
    import json as _json

    report = make_report(question=CHINESE)
    assert Report.from_dict(_json.loads(_json.dumps(report.to_dict()))) == report
    stored = _json.loads(_json.dumps(report.to_dict(include_photo=False)))
    assert stored["photo_jpeg"] is None
    assert Report.from_dict(stored, photo_jpeg=report.photo_jpeg) == report


def test_subject_survives_the_vault_round_trip() -> None:
    from skingpt_desktop.core.report import Report
    from skingpt_desktop.core.report.subject import CaseSubject

    subject = CaseSubject(name="A", clinic_number="7", birth_year=1990, allergies="latex",
                          body_site="neck", status="open")
    report = make_report()
    again = Report.from_dict(dataclasses.replace(report, subject=subject).to_dict())
    assert again.subject == subject
    assert Report.from_dict(report.to_dict()).subject is None  # reports made before keep working


def test_patient_report_has_no_banner_but_page_numbers(tmp_path: Path) -> None:
    from skingpt_desktop.core.report.subject import CaseSubject
    from skingpt_desktop.render.report_pdf import write_pdf

    report = dataclasses.replace(make_report(), subject=CaseSubject(name="Amina Okafor"))
    text = pdf_text(write_pdf(report, tmp_path / "p.pdf", "patient"))
    assert "AminaOkafor" not in text and squash("page 1 of 1") in text


def test_one_time_format_with_the_zone(tmp_path: Path) -> None:
    from skingpt_desktop.render.report_pdf import write_pdf

    report = make_report()
    assert report.created_display == "2025-06-01 14:03 UTC+02:00"
    text = pdf_text(write_pdf(report, tmp_path / "c.pdf", "clinician"))
    assert text.count(squash("2025-06-01 14:03 UTC+02:00")) == 2  # the title line and the table
    assert "T14:03" not in text


def test_generation_settings_read_as_words_not_json() -> None:
    from skingpt_desktop.render.report_html import generation_text, report_html

    assert generation_text({"temperature": 1.0, "seed": 7, "max_new_tokens": 300}) == \
        "max new tokens 300, seed 7, temperature 1.0"
    markup = report_html(make_report(), "clinician")
    assert "seed 7, temperature 1.0" in markup and "{&quot;seed" not in markup


def test_the_clinician_report_shows_every_photo_of_the_case(tmp_path: Path) -> None:
    import io

    from PIL import Image

    from skingpt_desktop.core.report.subject import CaseSubject
    from skingpt_desktop.render.report_pdf import write_pdf
    from tests.pdf_tools import run_tool

    def jpeg(colour: tuple[int, int, int]) -> bytes:
        out = io.BytesIO()
        Image.new("RGB", (120, 90), colour).save(out, "JPEG")
        return out.getvalue()

    photos = (jpeg((200, 90, 80)), jpeg((90, 200, 80)), jpeg((80, 90, 200)))
    report = dataclasses.replace(make_report(), subject=CaseSubject(name="Amina Okafor",
                                                                     photos=photos))
    clinician = write_pdf(report, tmp_path / "c.pdf", "clinician")
    assert squash("All photos of this case") in pdf_text(clinician)
    listed = run_tool("pdfimages", "-list", clinician).splitlines()[2:]
    assert len(listed) == 1 + len(photos)  # the report's photo, then each of the case's
    patient = write_pdf(report, tmp_path / "p.pdf", "patient")
    assert len(run_tool("pdfimages", "-list", patient).splitlines()[2:]) == 1
    assert "photos" not in report.subject.to_dict()  # never stored with a report
