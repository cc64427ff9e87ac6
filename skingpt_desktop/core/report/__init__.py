"""Structured summaries, rule-based warning signs and reports (no Qt: PDFs are made in ui/).

- ``labels``: SKINCON's 48 concepts and SkinGPT-4's disease classes, from resources/report/;
- ``checklist``: the warning-sign checklist with urgencies, instructions and sources;
- ``triage``: urgency = max(ticked warning signs, model estimate); the model never lowers it;
- ``schema`` / ``summary``: the grammar-constrained summary call and its validation;
- ``model`` / ``build``: the ``Report`` record and how it is assembled after a conversation;
- ``texts``: the fixed, translatable texts of the reports.
"""

from skingpt_desktop.core.report.build import make_report, pack_info
from skingpt_desktop.core.report.checklist import (
    Checklist,
    Symptom,
    checklist_for,
    default_checklist,
    load_checklist,
)
from skingpt_desktop.core.report.labels import (
    LabelSpaces,
    default_label_spaces,
    label_spaces_for,
    load_label_spaces,
)
from skingpt_desktop.core.report.model import PackInfo, Report, ReportDataError, TranscriptTurn
from skingpt_desktop.core.report.resources import LabelSpaceError
from skingpt_desktop.core.report.summary import DifferentialItem, Summary, parse_summary, summarise
from skingpt_desktop.core.report.texts import report_texts
from skingpt_desktop.core.report.triage import Triage, UnknownSymptomError, triage

__all__ = [
    "Checklist", "DifferentialItem", "LabelSpaceError", "LabelSpaces", "PackInfo", "Report",
    "ReportDataError", "Summary", "Symptom", "TranscriptTurn", "Triage", "UnknownSymptomError",
    "checklist_for", "default_checklist", "default_label_spaces", "label_spaces_for",
    "load_checklist", "load_label_spaces",
    "make_report", "pack_info", "parse_summary", "report_texts", "summarise", "triage",
]
