"""The two reports as Qt rich-text HTML: one for the patient, one for a health professional.

QTextDocument understands a subset of HTML 4 and CSS (tables, ``bgcolor``, ``border``, font
sizes and colours, ``dir`` on blocks); the markup keeps to that subset. Every piece of text
from the user or the model is escaped and written as its own block with its direction found
from its first strong character, so an Arabic answer is right-to-left in an English report and
an English answer left-to-right in an Arabic one.

The fixed texts (headings, warning signs, urgency, disease groups' names) are in the report's
language (``Report.language``), from the translated templates (``core.i18n``), never from the
model. A right-to-left language (Arabic) gets ``dir="rtl"`` and right alignment on every fixed
block and list, and its two-column table mirrored (Qt does not mirror table columns itself).
"""

from __future__ import annotations

import html
import unicodedata

from skingpt_desktop.core.i18n import is_rtl
from skingpt_desktop.core.report.checklist import Checklist, checklist_for
from skingpt_desktop.core.report.labels import LabelSpaces, label_spaces_for
from skingpt_desktop.core.report.model import Report
from skingpt_desktop.core.report.texts import report_texts
from skingpt_desktop.core.report.triage import (
    MODEL_CEILING,
    SET_BY_DEFAULT,
    SET_BY_MODEL,
    capped_model_urgency,
)

AUDIENCES = ("patient", "clinician")
PHOTO_URL = "photo"  # the QTextDocument resource name the photo is registered under
PATIENT_PHOTO_PT = 180  # photo width in points (the printable page is about 535 pt wide)
CLINICIAN_PHOTO_PT = 160
CASE_THUMB_PT = 96  # the case's other photos, side by side
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


def text_direction(text: str, default: str = "ltr") -> str:
    """"rtl" when the first strong character is right-to-left (Arabic, Hebrew...), "ltr" when
    it is left-to-right, ``default`` (the document's direction) when there is none (the Unicode
    bidirectional algorithm's rules P2 and P3 for a paragraph's direction)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return default


def block_attrs(rtl: bool) -> str:
    """The attributes of a fixed block in a right-to-left report ("" otherwise)."""
    return ' dir="rtl" align="right"' if rtl else ""


def para(text: str, css_class: str = "", rtl_document: bool = False) -> str:
    """One paragraph of user or model text: escaped, its direction set from its script (text
    without letters, such as a number, follows the document)."""
    direction = text_direction(text, "rtl" if rtl_document else "ltr")
    align = ' align="right"' if direction == "rtl" else ""
    klass = f' class="{css_class}"' if css_class else ""
    body = html.escape(text).replace("\n", "<br>")
    return f'<p dir="{direction}"{align}{klass}>{body}</p>'


_HEADING_SIZE = {1: 16, 2: 12}  # points
_HEADING_SPACE = {1: (0, 1), 2: (9, 2)}  # points above and below


def heading(text: str, level: int = 2, rtl: bool = False) -> str:
    """A fixed heading (from the texts file). A styled paragraph, not <h1>/<h2>: Qt adds its
    own size step to heading elements, which made them far larger than the text."""
    above, below = _HEADING_SPACE[level]
    return (f'<p{block_attrs(rtl)} style="margin-top: {above}pt; margin-bottom: {below}pt;">'
            f'<span style="font-size: {_HEADING_SIZE[level]}pt; font-weight: bold; color: #23395d;">'
            f"{html.escape(text)}</span></p>")


def _box(inner: str, background: str, border: str, rtl: bool = False) -> str:
    return (f'<table width="100%" cellpadding="8" cellspacing="0" border="1"{block_attrs(rtl)} '
            f'style="border-color: {border}; border-style: solid;" bgcolor="{background}">'
            f"<tr><td{block_attrs(rtl)}>{inner}</td></tr></table>")


def _photo(width_pt: int, rtl: bool = False) -> str:
    return f'<p{block_attrs(rtl)}><img src="{PHOTO_URL}" width="{width_pt}"></p>'


def case_photo_url(index: int) -> str:
    """The document resource name of the case's photo number ``index`` (from 0)."""
    return f"case-photo-{index}"


def _case_photos(c: _Context) -> str:
    """Every photo of the saved case as a row of thumbnails ("" for fewer than two: the
    report's own photo is shown above)."""
    photos = c.report.subject.photos if c.report.subject is not None else ()
    if len(photos) < 2:
        return ""
    cells = "".join(f'<img src="{case_photo_url(i)}" width="{CASE_THUMB_PT}"> '
                    for i in range(len(photos)))
    return c.heading("case_photos_heading") + f"<p{block_attrs(c.rtl)}>{cells}</p>"


class _Context:
    """What every section needs: the report, its fixed texts, the checklist and label spaces,
    all in the report's language, and whether it reads right to left."""

    def __init__(self, report: Report, checklist: Checklist, labels: LabelSpaces) -> None:
        self.report = report
        self.t = report_texts(report.language)
        self.checklist = checklist
        self.labels = labels
        self.rtl = is_rtl(report.language)

    def class_name(self, class_id: str) -> str:
        found = self.labels.class_by_id(class_id)
        return found.name if found else class_id

    def symptom_label(self, symptom_id: str) -> str:
        found = self.checklist.symptom(symptom_id)
        return found.label if found else symptom_id

    def p(self, inner: str, css_class: str = "", style: str = "") -> str:
        """A paragraph of fixed text (``inner`` already escaped) in the report's direction."""
        klass = f' class="{css_class}"' if css_class else ""
        css = f' style="{style}"' if style else ""
        return f"<p{block_attrs(self.rtl)}{klass}{css}>{inner}</p>"

    def ul(self, items: str) -> str:
        """A list of ``<li>`` items in the report's direction."""
        return f"<ul{block_attrs(self.rtl)}>{items}</ul>"

    def li(self, inner: str) -> str:
        return f"<li{block_attrs(self.rtl)}>{inner}</li>"

    def heading(self, key: str, level: int = 2) -> str:
        return heading(self.t[key], level, self.rtl)

    def para(self, text: str, css_class: str = "") -> str:
        """User or model text (its direction from its own script)."""
        return para(text, css_class, self.rtl)

    def box(self, inner: str, background: str, border: str) -> str:
        return _box(inner, background, border, self.rtl)


def _title(c: _Context, key: str) -> str:
    created = c.report.created_display
    if c.rtl:  # date and time stay in left-to-right order inside the right-to-left line
        created = f"\u202a{created}\u202c"
    meta = f'{html.escape(c.t["created"])}: {html.escape(created)}'
    short = html.escape(c.t["short_disclaimer"])
    return c.heading(key, 1) + c.p(meta, "meta") + c.p(f"<b>{short}</b>", "meta")


def _red_flags(c: _Context) -> str:
    """The warning-sign box: each ticked sign with its instruction (empty if none ticked)."""
    fired = [c.checklist.symptom(s) for s in c.report.triage.fired]
    items = "".join(c.li(f"<b>{html.escape(s.label)}</b><br>{html.escape(s.instruction)}")
                    for s in fired if s is not None)
    if not items:
        return ""
    inner = (c.p(f'<b>{html.escape(c.t["red_flags_heading"])}</b>', style=f"font-size: 13pt; color: {RED};")
             + c.p(html.escape(c.t["red_flags_intro"])) + c.ul(items))
    return c.box(inner, "#fbe3e1", RED)


def _next_steps(c: _Context) -> str:
    """What to do: the rules' level and instruction lead; a raise by the model follows as its
    suggestion, never as the instruction."""
    level = c.checklist.level(c.report.triage.rules_level)
    inner = (c.p(f"<b>{html.escape(level.label)}</b>", style="font-size: 12pt;")
             + c.p(html.escape(level.instruction)))
    background = URGENCY_COLOURS.get(level.id, "#eeeeee")
    raised = c.report.triage.set_by == SET_BY_MODEL
    return (c.heading("next_steps_heading") + c.box(inner, background, "#777777")
            + (_model_suggestion(c, c.report.triage.urgency) if raised else ""))


def _model_suggestion(c: _Context, urgency: str | None, capped_note: bool = False) -> str:
    """"The model suggests: <level>" with the model's reason ("" without an estimate)."""
    if urgency is None or urgency not in c.checklist.urgency_ids:
        return ""
    level = c.checklist.level(urgency)
    shown = html.escape(c.t["model_suggests"].replace("{level}", level.label))
    parts = [c.p(f"<i>{shown}</i>")]
    reason = c.report.summary.urgency_reason
    if reason:
        parts.append(c.p(f"{html.escape(c.t['model_reason'])}:") + c.para(reason, "small"))
    if capped_note and capped_model_urgency(c.checklist, urgency) != urgency:
        ceiling = c.checklist.level(MODEL_CEILING).label
        parts.append(c.p(html.escape(c.t["model_capped"].replace("{level}", ceiling)), "small"))
    return "".join(parts)


def _none(c: _Context) -> str:
    return c.p(html.escape(c.t["none"]))


def _resembles(c: _Context, with_reasons: bool) -> str:
    items = []
    for item in c.report.summary.differential:
        reason = c.para(item.reason, "small") if with_reasons and item.reason else ""
        items.append(c.li(f"<b>{html.escape(c.class_name(item.condition))}</b>{reason}"))
    listing = c.ul("".join(items)) if items else _none(c)
    note = c.p(f'<i>{html.escape(c.t["resembles_note"])}</i>', "small")
    return c.heading("resembles_heading") + note + listing


def _disclaimer(c: _Context) -> str:
    inner = (c.p(f"<b>{html.escape(c.t['disclaimer_heading'])}</b>")
             + c.p(html.escape(c.report.disclaimer), "small"))
    return "<p></p>" + c.box(inner, "#f2f2f2", "#999999")


def _summary(c: _Context) -> str:
    summary = c.report.summary.patient_summary
    return c.para(summary) if summary else c.p(html.escape(c.t["no_summary"]))


def patient_html(c: _Context, photo_points: int = PATIENT_PHOTO_PT) -> str:
    """Plain language: warning signs first, what to do, the photo, the summary, the disclaimer."""
    parts = [_title(c, "patient_title"), _red_flags(c), _next_steps(c),
             c.heading("photo_heading"), _photo(photo_points, c.rtl),
             c.heading("patient_summary_heading"), _summary(c),
             _resembles(c, with_reasons=False), _clinic_lines(c), _disclaimer(c)]
    return "".join(parts)


def _clinic_lines(c: _Context) -> str:
    """One ruled line the clinic fills in by hand on the printed report: its name and contact,
    and the patient's next appointment (one line, so the report keeps to its pages)."""
    rule = "_" * 20
    return c.p(f"<b>{html.escape(c.t['clinic_line'])}</b> {rule} "
               f"<b>{html.escape(c.t['appointment_line'])}</b> {rule}")


def _context(report: Report, checklist: Checklist | None = None,
             labels: LabelSpaces | None = None) -> _Context:
    """The context with the checklist and label spaces in the report's language unless given."""
    return _Context(report, checklist or checklist_for(report.language),
                    labels or label_spaces_for(report.language))


def model_raise_html(report: Report, checklist: Checklist | None = None) -> str:
    """"The model suggests: ..." with its reason when the model raised the urgency above the
    rules' level ("" otherwise): shown after the rules' instruction, never instead of it."""
    if report.triage.set_by != SET_BY_MODEL:
        return ""
    return _model_suggestion(_context(report, checklist), report.triage.urgency)


def set_by_text(report: Report, checklist: Checklist | None = None) -> str:
    """What set the report's urgency, in the report's language (the rule, the model, or
    neither)."""
    return _set_by(_context(report, checklist))


def _set_by(c: _Context) -> str:
    """What set the rules' level: the most urgent ticked sign, or nothing ticked."""
    triage = c.report.triage
    rule = next((s for s in triage.fired if c.checklist.symptom(s) is not None
                 and c.checklist.symptom(s).urgency == triage.rules_level), None)  # type: ignore[union-attr]
    if rule is not None:
        return c.t["set_by_rule"].replace("{label}", c.symptom_label(rule))
    if triage.set_by == SET_BY_DEFAULT:
        return c.t["set_by_default"]
    return c.t["no_sign_ticked"]


def _urgency(c: _Context) -> str:
    """The rules' urgency and the sign that set it first; then the model's suggestion with its
    reason (and, when it asked for more, that it counts at most as two weeks); then every
    ticked sign's source."""
    triage = c.report.triage
    level = c.checklist.level(triage.rules_level)
    inner = (c.p(f"<b>{html.escape(level.label)}</b>", style="font-size: 12pt;")
             + c.p(html.escape(_set_by(c))))
    if triage.model_urgency:
        inner += _model_suggestion(c, triage.model_urgency, capped_note=True)
    else:
        inner += c.p(f"{html.escape(c.t['model_estimate'])}: {html.escape(c.t['none'])}")
    background = URGENCY_COLOURS.get(level.id, "#eeeeee")
    return c.heading("urgency_heading") + c.box(inner, background, "#777777") + _fired(c)


def _fired(c: _Context) -> str:
    """The ticked signs with their sources (cited by name and section, as published: English)."""
    rows = []
    for symptom_id in c.report.triage.fired:
        symptom = c.checklist.symptom(symptom_id)
        if symptom is None:
            continue
        cites = "; ".join(source.cite() for source in symptom.sources)
        urgency = c.checklist.level(symptom.urgency).label
        rows.append(c.li(f"<b>{html.escape(symptom.label)}</b> ({html.escape(urgency)})"
                         f'<br><span class="small">{html.escape(cites)}</span>'))
    listing = c.ul("".join(rows)) if rows else _none(c)
    return c.p(f"<b>{html.escape(c.t['fired_heading'])}</b>") + listing


def _listing(c: _Context, key: str, items: tuple[str, ...]) -> str:
    body = "".join(c.li(c.para(item)) for item in items)
    return c.heading(key) + (c.ul(body) if body else _none(c))


def _transcript(c: _Context) -> str:
    parts = [c.heading("transcript_heading")]
    for i, turn in enumerate(c.report.transcript, 1):
        parts.append(c.p(f"<b>{html.escape(c.t['question'])} {i}</b>") + c.para(turn.question))
        parts.append(c.p(f"<b>{html.escape(c.t['answer'])} {i}</b>") + c.para(turn.answer))
    return "".join(parts)


def generation_text(settings: dict) -> str:
    """Generation settings as people read them (``max new tokens 300, seed 7``), not JSON."""
    return ", ".join(f"{str(name).replace('_', ' ')} {value}"
                     for name, value in sorted(settings.items())) or "-"


def _pack(c: _Context) -> str:
    """The pack's identity as a two-column table: names first in reading order (mirrored
    for a right-to-left report, since Qt keeps a table's columns left to right)."""
    pack, t = c.report.pack, c.t
    rows = [(t["pack_name"], f"{pack.display_name} ({pack.name})"),
            (t["pack_sha256"], pack.manifest_sha256)]
    rows += [(f"{t['file_sha256']} ({role})", digest) for role, digest in sorted(pack.files_sha256.items())]
    rows += [(t["model_card"], pack.card_summary), (t["license"], pack.license),
             (t["generation"], generation_text(c.report.generation)),
             (t["created"], c.report.created_display)]
    cells = []
    for k, v in rows:
        mono = k.startswith((t["pack_sha256"], t["file_sha256"])) or k == t["generation"]
        name = f'<td width="26%"{block_attrs(c.rtl)}><b>{html.escape(k)}</b></td>'
        # Hashes, settings and the model card are left-to-right data whatever the language.
        direction = f' dir="{text_direction(v)}"' if c.rtl else ""
        value = f'<td class="{"mono" if mono else ""}"{direction}>{html.escape(v)}</td>'
        cells.append(f"<tr>{value + name if c.rtl else name + value}</tr>")
    return (c.heading("pack_heading")
            + f'<table width="100%" cellpadding="3" cellspacing="0">{"".join(cells)}</table>')


def _concepts(c: _Context) -> str:
    """SKINCON concepts: an English controlled vocabulary, shown as such in every language."""
    concepts = c.report.summary.concepts
    if not concepts:
        return c.heading("concepts_heading") + _none(c)
    text = html.escape(", ".join(concepts))
    block = f'<p dir="ltr" align="right">{text}</p>' if c.rtl else f"<p>{text}</p>"
    return c.heading("concepts_heading") + block


def _rows_table(c: _Context, rows: list[tuple[str, str]]) -> str:
    """Label/value rows of user text: labels in bold, an empty value as "not recorded"; the
    columns mirrored in a right-to-left report."""
    cells = []
    for label, value in rows:
        name = f'<td width="26%"{block_attrs(c.rtl)}><b>{html.escape(label)}</b></td>'
        shown = value or c.t["not_recorded"]
        direction = text_direction(shown, "rtl" if c.rtl else "ltr")
        align = ' align="right"' if direction == "rtl" else ""
        cell = f'<td dir="{direction}"{align}>{html.escape(shown).replace(chr(10), "<br>")}</td>'
        cells.append(f"<tr>{cell + name if c.rtl else name + cell}</tr>")
    return f'<table width="100%" cellpadding="2" cellspacing="0">{"".join(cells)}</table>'


def _stored_value(t: dict[str, str], field: str, value: str) -> str:
    """A stored value (``female``, ``follow-up``) as the report's language prints it."""
    return t.get(f"{field}_{value}", value) if value else value


def _banner(c: _Context) -> str:
    """The patient banner and the case details, first on the clinician report ("" for a
    report that is not of a saved case)."""
    subject, t = c.report.subject, c.t
    if subject is None:
        return ""
    year = str(subject.birth_year) if subject.birth_year is not None else ""
    patient = [(t["patient_name"], subject.name), (t["clinic_number"], subject.clinic_number),
               (t["birth_year"], year), (t["sex"], _stored_value(t, "sex", subject.sex)),
               (t["fitzpatrick"], subject.fitzpatrick), (t["allergies"], subject.allergies)]
    case = [(t["case_title"], subject.title), (t["body_site"], subject.body_site),
            (t["onset"], subject.onset), (t["symptoms"], subject.symptoms),
            (t["status"], _stored_value(t, "status", subject.status))]
    if subject.follows or subject.change_note:
        case += [(t["follows"], subject.follows), (t["change_note"], subject.change_note)]
    inner = (c.p(f"<b>{html.escape(t['patient_heading'])}</b>") + _rows_table(c, patient)
             + c.p(f"<b>{html.escape(t['case_heading'])}</b>") + _rows_table(c, case))
    return c.box(inner, "#eef2f8", "#23395d")


def clinician_html(c: _Context) -> str:
    """Everything behind the report: the patient and case, urgency and its rule, labels,
    transcript, pack, settings."""
    summary = c.report.summary
    parts = [_title(c, "clinician_title"), _banner(c), _urgency(c), c.heading("photo_heading"),
             _photo(CLINICIAN_PHOTO_PT, c.rtl), _case_photos(c), _concepts(c),
             _resembles(c, with_reasons=True),
             _listing(c, "questions_heading", summary.clinician_questions),
             c.heading("patient_summary_heading"), _summary(c),
             _listing(c, "notes_heading", summary.notes), _transcript(c), _pack(c), _disclaimer(c)]
    return "".join(parts)


def report_html(report: Report, audience: str, checklist: Checklist | None = None,
                labels: LabelSpaces | None = None,
                patient_photo_points: int = PATIENT_PHOTO_PT) -> str:
    """The full HTML of the ``audience`` ("patient" or "clinician") report, in the report's
    language (checklist and label spaces default to that language's); the patient report's
    photo ``patient_photo_points`` wide."""
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}, got {audience!r}")
    c = _context(report, checklist, labels)
    body = patient_html(c, patient_photo_points) if audience == "patient" else clinician_html(c)
    direction = ' dir="rtl"' if c.rtl else ""
    return f"<html{direction}><head><style>{_STYLE}</style></head><body{direction}>{body}</body></html>"
