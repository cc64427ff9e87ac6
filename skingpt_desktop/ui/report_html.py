"""The two reports as Qt rich-text HTML: one for the patient, one for a health professional.

QTextDocument understands a subset of HTML 4 and CSS (tables, ``bgcolor``, ``border``, font
sizes and colours, ``dir`` on blocks); the markup keeps to that subset. Every piece of text
from the user or the model is escaped and written as its own block with its direction found
from its first strong character, so an Arabic answer is right-to-left while the headings stay
left-to-right. The fixed texts come from ``resources/report/texts_<language>.json``.
"""

from __future__ import annotations

import html
import json
import unicodedata

from skingpt_desktop.core.report.checklist import Checklist, default_checklist
from skingpt_desktop.core.report.labels import LabelSpaces, default_label_spaces
from skingpt_desktop.core.report.model import Report
from skingpt_desktop.core.report.texts import report_texts
from skingpt_desktop.core.report.triage import SET_BY_DEFAULT, SET_BY_MODEL

AUDIENCES = ("patient", "clinician")
PHOTO_URL = "photo"  # the QTextDocument resource name the photo is registered under
PATIENT_PHOTO_PT = 180  # photo width in points (the printable page is about 535 pt wide)
CLINICIAN_PHOTO_PT = 160
RED = "#a50e0e"
URGENCY_COLOURS = {"emergency": "#fbe3e1", "same_day": "#fdeed9", "within_2_weeks": "#fff8d6",
                    "routine": "#e8f1e8"}
_STYLE = """
body { font-size: 10pt; color: #1a1a1a; }
p { margin-top: 2pt; margin-bottom: 4pt; }
.meta { color: #555555; font-size: 9pt; }
.small { font-size: 8.5pt; color: #333333; }
.mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; }
"""


def text_direction(text: str) -> str:
    """"rtl" when the first strong character is right-to-left (Arabic, Hebrew...), else "ltr"
    (the Unicode bidirectional algorithm's rule P2 for a paragraph's direction)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def para(text: str, css_class: str = "") -> str:
    """One paragraph of user or model text: escaped, its direction set from its script."""
    direction = text_direction(text)
    align = ' align="right"' if direction == "rtl" else ""
    klass = f' class="{css_class}"' if css_class else ""
    body = html.escape(text).replace("\n", "<br>")
    return f'<p dir="{direction}"{align}{klass}>{body}</p>'


_HEADING_SIZE = {1: 16, 2: 12}  # points
_HEADING_SPACE = {1: (0, 1), 2: (9, 2)}  # points above and below


def heading(text: str, level: int = 2) -> str:
    """A fixed heading (from the texts file). A styled paragraph, not <h1>/<h2>: Qt adds its
    own size step to heading elements, which made them far larger than the text."""
    above, below = _HEADING_SPACE[level]
    return (f'<p style="margin-top: {above}pt; margin-bottom: {below}pt;">'
            f'<span style="font-size: {_HEADING_SIZE[level]}pt; font-weight: bold; color: #23395d;">'
            f"{html.escape(text)}</span></p>")


def _box(inner: str, background: str, border: str) -> str:
    return (f'<table width="100%" cellpadding="8" cellspacing="0" border="1" '
            f'style="border-color: {border}; border-style: solid;" bgcolor="{background}">'
            f"<tr><td>{inner}</td></tr></table>")


def _photo(width_pt: int) -> str:
    return f'<p><img src="{PHOTO_URL}" width="{width_pt}"></p>'


class _Context:
    """What every section needs: the report, its fixed texts, the checklist and label spaces."""

    def __init__(self, report: Report, checklist: Checklist, labels: LabelSpaces) -> None:
        self.report = report
        self.t = report_texts(report.language)
        self.checklist = checklist
        self.labels = labels

    def class_name(self, class_id: str) -> str:
        found = self.labels.class_by_id(class_id)
        return found.name if found else class_id

    def symptom_label(self, symptom_id: str) -> str:
        found = self.checklist.symptom(symptom_id)
        return found.label if found else symptom_id


def _title(c: _Context, key: str) -> str:
    meta = f'{html.escape(c.t["created"])}: {html.escape(c.report.created_display)}'
    short = html.escape(c.t["short_disclaimer"])
    return heading(c.t[key], 1) + f'<p class="meta">{meta}</p><p class="meta"><b>{short}</b></p>'


def _red_flags(c: _Context) -> str:
    """The warning-sign box: each ticked sign with its instruction (empty if none ticked)."""
    fired = [c.checklist.symptom(s) for s in c.report.triage.fired]
    items = "".join(f"<li><b>{html.escape(s.label)}</b><br>{html.escape(s.instruction)}</li>"
                    for s in fired if s is not None)
    if not items:
        return ""
    inner = (f'<p style="font-size: 13pt; color: {RED};"><b>{html.escape(c.t["red_flags_heading"])}'
             f'</b></p><p>{html.escape(c.t["red_flags_intro"])}</p><ul>{items}</ul>')
    return _box(inner, "#fbe3e1", RED)


def _next_steps(c: _Context) -> str:
    level = c.checklist.level(c.report.triage.urgency)
    inner = (f'<p style="font-size: 12pt;"><b>{html.escape(level.label)}</b></p>'
             f"<p>{html.escape(level.instruction)}</p>")
    background = URGENCY_COLOURS.get(level.id, "#eeeeee")
    return heading(c.t["next_steps_heading"]) + _box(inner, background, "#777777")


def _resembles(c: _Context, with_reasons: bool) -> str:
    items = []
    for item in c.report.summary.differential:
        reason = para(item.reason, "small") if with_reasons and item.reason else ""
        items.append(f"<li><b>{html.escape(c.class_name(item.condition))}</b>{reason}</li>")
    listing = f"<ul>{''.join(items)}</ul>" if items else f"<p>{html.escape(c.t['none'])}</p>"
    note = f'<p class="small"><i>{html.escape(c.t["resembles_note"])}</i></p>'
    return heading(c.t["resembles_heading"]) + note + listing


def _disclaimer(c: _Context) -> str:
    inner = (f"<p><b>{html.escape(c.t['disclaimer_heading'])}</b></p>"
             f'<p class="small">{html.escape(c.report.disclaimer)}</p>')
    return "<p></p>" + _box(inner, "#f2f2f2", "#999999")


def patient_html(c: _Context) -> str:
    """Plain language: warning signs first, what to do, the photo, the summary, the disclaimer."""
    summary = c.report.summary.patient_summary
    parts = [_title(c, "patient_title"), _red_flags(c), _next_steps(c),
             heading(c.t["photo_heading"]), _photo(PATIENT_PHOTO_PT),
             heading(c.t["patient_summary_heading"]),
             para(summary) if summary else f"<p>{html.escape(c.t['no_summary'])}</p>",
             _resembles(c, with_reasons=False), _disclaimer(c)]
    return "".join(parts)


def set_by_text(report: Report, checklist: Checklist | None = None) -> str:
    """What set the report's urgency, in the report's language (the rule, the model, or
    neither)."""
    c = _Context(report, checklist or default_checklist(), default_label_spaces())
    return _set_by(c)


def _set_by(c: _Context) -> str:
    triage = c.report.triage
    if triage.set_by == SET_BY_MODEL:
        return c.t["set_by_model"]
    if triage.set_by == SET_BY_DEFAULT:
        return c.t["set_by_default"]
    return c.t["set_by_rule"].replace("{label}", f"{c.symptom_label(triage.set_by)} "
                                                 f"({triage.set_by})")


def _urgency(c: _Context) -> str:
    """Urgency, the rule that set it, the model's estimate, and every ticked sign's source."""
    triage = c.report.triage
    level = c.checklist.level(triage.urgency)
    model = c.checklist.level(triage.model_urgency).label if triage.model_urgency else c.t["none"]
    inner = (f'<p style="font-size: 12pt;"><b>{html.escape(level.label)}</b> ({triage.urgency})</p>'
             f"<p>{html.escape(_set_by(c))}</p>"
             f"<p>{html.escape(c.t['model_estimate'])}: {html.escape(model)}</p>")
    background = URGENCY_COLOURS.get(level.id, "#eeeeee")
    return heading(c.t["urgency_heading"]) + _box(inner, background, "#777777") + _fired(c)


def _fired(c: _Context) -> str:
    rows = []
    for symptom_id in c.report.triage.fired:
        symptom = c.checklist.symptom(symptom_id)
        if symptom is None:
            continue
        cites = "; ".join(source.cite() for source in symptom.sources)
        rows.append(f"<li><b>{html.escape(symptom.label)}</b> ({symptom.id}, {symptom.urgency})"
                    f'<br><span class="small">{html.escape(cites)}</span></li>')
    listing = f"<ul>{''.join(rows)}</ul>" if rows else f"<p>{html.escape(c.t['none'])}</p>"
    return f"<p><b>{html.escape(c.t['fired_heading'])}</b></p>" + listing


def _listing(c: _Context, key: str, items: tuple[str, ...]) -> str:
    body = "".join(f"<li>{para(item)}</li>" for item in items)
    return heading(c.t[key]) + (f"<ul>{body}</ul>" if body else f"<p>{html.escape(c.t['none'])}</p>")


def _transcript(c: _Context) -> str:
    parts = [heading(c.t["transcript_heading"])]
    for i, turn in enumerate(c.report.transcript, 1):
        parts.append(f"<p><b>{html.escape(c.t['question'])} {i}</b></p>" + para(turn.question))
        parts.append(f"<p><b>{html.escape(c.t['answer'])} {i}</b></p>" + para(turn.answer))
    return "".join(parts)


def _pack(c: _Context) -> str:
    pack, t = c.report.pack, c.t
    rows = [(t["pack_name"], f"{pack.display_name} ({pack.name})"),
            (t["pack_sha256"], pack.manifest_sha256)]
    rows += [(f"{t['file_sha256']} ({role})", digest) for role, digest in sorted(pack.files_sha256.items())]
    rows += [(t["model_card"], pack.card_summary), (t["license"], pack.license),
             (t["generation"], json.dumps(c.report.generation, ensure_ascii=False, sort_keys=True)),
             (t["created"], c.report.created)]
    cells = "".join(f'<tr><td width="26%"><b>{html.escape(k)}</b></td>'
                    f'<td class="{"mono" if "SHA" in k or k == t["generation"] else ""}">'
                    f"{html.escape(v)}</td></tr>" for k, v in rows)
    return heading(t["pack_heading"]) + f'<table width="100%" cellpadding="3" cellspacing="0">{cells}</table>'


def _concepts(c: _Context) -> str:
    concepts = c.report.summary.concepts
    text = ", ".join(concepts) if concepts else c.t["none"]
    return heading(c.t["concepts_heading"]) + f"<p>{html.escape(text)}</p>"


def clinician_html(c: _Context) -> str:
    """Everything behind the report: urgency and its rule, labels, transcript, pack, settings."""
    summary = c.report.summary
    parts = [_title(c, "clinician_title"), _urgency(c), heading(c.t["photo_heading"]),
             _photo(CLINICIAN_PHOTO_PT), _concepts(c), _resembles(c, with_reasons=True),
             _listing(c, "questions_heading", summary.clinician_questions),
             heading(c.t["patient_summary_heading"]),
             para(summary.patient_summary) if summary.patient_summary else f"<p>{html.escape(c.t['no_summary'])}</p>",
             _listing(c, "notes_heading", summary.notes), _transcript(c), _pack(c), _disclaimer(c)]
    return "".join(parts)


def report_html(report: Report, audience: str, checklist: Checklist | None = None,
                labels: LabelSpaces | None = None) -> str:
    """The full HTML of the ``audience`` ("patient" or "clinician") report."""
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}, got {audience!r}")
    c = _Context(report, checklist or default_checklist(), labels or default_label_spaces())
    body = patient_html(c) if audience == "patient" else clinician_html(c)
    return f"<html><head><style>{_STYLE}</style></head><body>{body}</body></html>"
