"""Reports in other languages: the PDF holds the translated headings, warning signs and
disclaimer; the Arabic report is laid out right to left.

What is checked and how: pdftotext's text, NFKC-normalised and without spaces or bidi marks
(``squash``), so Arabic presentation forms compare as letters; Arabic extraction keeps the
logical order for these Qt PDFs (the existing Arabic round-trip test relies on the same). For
Devanagari, extraction of reordered vowel signs is not dependable, so the Hindi report is
checked by its embedded Devanagari font and by headings made of letters without pre-base
vowel signs. Direction is checked in the markup and by where the heading sits on the page.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from pdf_tools import run_tool
from test_report_pdf import make_report, pdf_text, squash

from skingpt_desktop.core.report import checklist_for, label_spaces_for, report_texts

pytestmark = pytest.mark.usefixtures("qapp")


def in_language(code: str, **kwargs) -> object:
    report = make_report(**kwargs)
    return dataclasses.replace(report, language=code, disclaimer=report_texts(code)["disclaimer"])


@pytest.mark.parametrize("code", ["ar", "zh_CN", "es", "fr", "pt_BR"])
@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_pdf_holds_the_translated_texts(tmp_path: Path, code: str, audience: str) -> None:
    from skingpt_desktop.render.report_pdf import write_pdf

    t = report_texts(code)
    text = pdf_text(write_pdf(in_language(code), tmp_path / "r.pdf", audience))
    title = "patient_title" if audience == "patient" else "clinician_title"
    headings = [title, "photo_heading", "patient_summary_heading", "resembles_heading",
                "disclaimer_heading"]
    headings += (["red_flags_heading", "next_steps_heading"] if audience == "patient"
                 else ["urgency_heading", "transcript_heading", "pack_heading"])
    for key in headings:
        assert squash(t[key]) in text, key
    checklist = checklist_for(code)
    assert squash(checklist.level("emergency").label) in text
    assert squash(checklist.symptom("non_blanching_rash").label) in text
    assert squash(label_spaces_for(code).class_by_id("psoriasis_lichen_planus").name) in text
    assert squash(t["disclaimer"][:60]) in text
    assert squash(report_texts("en")["patient_summary_heading"]) not in text  # no English left


def test_arabic_markup_is_right_to_left_and_the_table_mirrored() -> None:
    from skingpt_desktop.render.report_html import report_html

    t = report_texts("ar")
    markup = report_html(in_language("ar"), "clinician")
    assert markup.startswith('<html dir="rtl">') and '<body dir="rtl">' in markup
    assert '<p dir="rtl" align="right" style="margin-top: 9pt; margin-bottom: 2pt;">' in markup
    row = re.search(r"<tr>(<td[^>]*>.*?</td>)(<td[^>]*>.*?</td>)</tr>", markup.split(t["pack_heading"])[1])
    assert row is not None and t["pack_name"] in row.group(2), "name column must be on the right"
    assert '<ul dir="rtl" align="right">' in markup
    assert 'dir="rtl"' not in report_html(make_report(), "clinician")  # English stays as it was


def _word_boxes(pdf: Path) -> list[tuple[float, float, str]]:
    """(xMin, page width, word) for each word pdftotext finds on the first page."""
    html = run_tool("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-")
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    return [(float(x), width, w) for x, w in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]


def test_arabic_headings_sit_on_the_right_of_the_page(tmp_path: Path) -> None:
    from skingpt_desktop.render.report_pdf import write_pdf

    arabic = _word_boxes(write_pdf(in_language("ar"), tmp_path / "ar.pdf", "patient"))
    english = _word_boxes(write_pdf(make_report(), tmp_path / "en.pdf", "patient"))
    first_ar, first_en = arabic[0], english[0]  # the title, the first line on the page
    assert first_en[0] < first_en[1] * 0.2  # English starts at the left margin
    assert first_ar[0] > first_ar[1] * 0.4, arabic[:3]  # Arabic ends at the right margin


def test_hindi_report_renders_with_a_devanagari_font(tmp_path: Path) -> None:
    from skingpt_desktop.render.report_pdf import write_pdf

    out = write_pdf(in_language("hi"), tmp_path / "hi.pdf", "patient")
    fonts = run_tool("pdffonts", out)
    assert "Devanagari" in fonts, "no Devanagari font (Debian: fonts-noto-core)"
    text = pdf_text(out)
    # Headings without pre-base vowel signs extract in order; the photo heading is one.
    assert squash(report_texts("hi")["photo_heading"]) in text
    assert any("\u0900" <= ch <= "\u097f" for ch in text)
