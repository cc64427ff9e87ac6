"""``main.py report``: the warning-sign checklist, and reports as PDF, headless.

Forms::

    report --symptoms [--json]
    report --pack DIR --image PHOTO [--symptom ID ...] [--question TEXT] --out FILE.pdf
           [--audience patient|clinician] [--json] [--deterministic] [--save]
    report --case ID --out FILE.pdf [--audience ...] [--pack DIR] [--symptom ID ...] [--json]

The second form asks the paper's four clinical prompts (or the one question) exactly as
``ask --clinical`` does, then the grammar-constrained summary, applies the warning-sign rules
and writes the PDF. ``--case`` renders a case from the vault: its stored report if it has one,
otherwise one built from its saved conversation and photo with the pack it was made with. The
PDF is the only plaintext written; a case and its report are stored encrypted (``--save``).
Qt renders the PDF; without a display it runs on Qt's offscreen platform and no window opens.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from contextlib import ExitStack
from pathlib import Path

from skingpt_desktop.cli.ask import (
    add_sampling_arguments,
    converse,
    generation_settings,
    load_engine,
    validate_machine_arguments,
)
from skingpt_desktop.cli.context_check import check_answer_room
from skingpt_desktop.cli.languages import add_lang_argument, lang_or_english
from skingpt_desktop.cli.vault import open_unlocked, save_transcript_as_case
from skingpt_desktop.core.errors import PackError, SkinGPTError
from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS, Turn
from skingpt_desktop.core.packs.install import installed_folder
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.packs.pack_folders import packs_dir, resolve_pack
from skingpt_desktop.core.report import (
    Report,
    TranscriptTurn,
    checklist_for,
    default_checklist,
    default_label_spaces,
    make_report,
    report_texts,
)
from skingpt_desktop.core.report.store import is_report_record, store_report
from skingpt_desktop.core.report.subject import load_subject
from skingpt_desktop.core.report.summary import SUMMARY_MAX_TOKENS
from skingpt_desktop.core.report.triage import SET_BY_MODEL, check_symptoms
from skingpt_desktop.core.storage import Report as StoredReport
from skingpt_desktop.core.storage import Vault, data_dir
from skingpt_desktop.core.storage.photos import clean_photo
from skingpt_desktop.core.texts import disclaimer_short
from skingpt_desktop.core.vision.preprocess import load_photo

AUDIENCES = ("patient", "clinician")
PHOTO_FORM_ONLY = ("image", "question")
PDF_FORMS_ONLY = ("pack", "image", "case", "out", "question", "symptom", "save")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``report`` subcommand."""
    parser = subparsers.add_parser(
        "report", allow_abbrev=False, help="warning-sign checklist and PDF reports (headless)",
        description="Make a patient or clinician report (PDF) about a photo, or list the "
        "warning-sign checklist. The summary lists conditions the model's description "
        "resembles; it is never a diagnosis.")
    parser.add_argument("--symptoms", action="store_true", help="print the warning-sign checklist")
    parser.add_argument("--pack", help="model pack folder, or the name of an installed pack")
    parser.add_argument("--image", help="photo to report on")
    parser.add_argument("--case", metavar="ID", help="report on a case saved in the vault")
    parser.add_argument("--symptom", action="append", default=[], metavar="ID",
                        help="a ticked warning sign (repeat for several; ids from --symptoms)")
    parser.add_argument("--question", help="ask this instead of the four clinical prompts")
    parser.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--audience", choices=AUDIENCES, default="patient",
                        help="patient (plain language, default) or clinician (everything)")
    parser.add_argument("--json", action="store_true", help="also print one JSON object")
    parser.add_argument("--save", action="store_true",
                        help="store the report (and a new case) in the encrypted vault")
    parser.add_argument("--summary-tokens", type=int, default=SUMMARY_MAX_TOKENS,
                        help=f"token budget of the summary (default {SUMMARY_MAX_TOKENS})")
    parser.add_argument("--data-dir", dest="report_data_dir", metavar="DIR",
                        help="vault and packs folder (default: $SKINGPT_DATA_DIR or the platform's)")
    add_lang_argument(parser, "language of the report's fixed texts and warning signs, and of the "
                      "answers asked for (default en; with --case: the stored report's)",
                      suppress_default=True)
    add_sampling_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Dispatch on the form; returns the exit code."""
    if args.symptoms:
        return _print_checklist(args)
    out = _check_usage(args)
    symptoms = check_symptoms(default_checklist(), args.symptom)
    _gui_application()  # fail before the slow part when Qt cannot start
    report, case_id = (_report_for_case if args.case else _report_from_photo)(args, symptoms)
    from skingpt_desktop.render.report_pdf import write_pdf

    write_pdf(report, out, args.audience)
    _print_result(args, report, out, case_id)
    return 0


# ----- checks and the checklist -----------------------------------------------------------------

def _check_usage(args: argparse.Namespace) -> Path:
    """Reject option mixes that mean nothing; the output path, checked to be writable."""
    if args.case and any(getattr(args, name) for name in PHOTO_FORM_ONLY):
        raise SkinGPTError("--case reports on the case's own photo and conversation; leave out "
                           "--image and --question")
    if not args.case and not (args.pack and args.image):
        raise SkinGPTError("give --pack and --image (or --case ID, or --symptoms)")
    if args.question is not None and not args.question.strip():
        raise SkinGPTError("the --question is empty")
    if not args.out:
        raise SkinGPTError("give the PDF to write with --out FILE.pdf")
    if not 64 <= args.summary_tokens <= 8192:
        raise SkinGPTError("--summary-tokens must be between 64 and 8192")
    validate_machine_arguments(args)
    return _writable_output(Path(args.out))


def _writable_output(out: Path) -> Path:
    """``out`` if a file can be created there; one clear sentence otherwise."""
    folder = out.parent
    if out.is_dir():
        raise SkinGPTError(f"cannot write the report to {out}: it is a folder")
    if not folder.is_dir():
        raise SkinGPTError(f"cannot write the report to {out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise SkinGPTError(f"cannot write the report to {out}: permission denied")
    return out


def _print_checklist(args: argparse.Namespace) -> int:
    """``--symptoms``: the checklist as a JSON list or as readable lines."""
    if any(getattr(args, name) for name in PDF_FORMS_ONLY):
        raise SkinGPTError("--symptoms lists the checklist and takes no other option but --json")
    checklist = checklist_for(lang_or_english(args))
    if args.json:
        print(json.dumps([{"id": s.id, "label": s.label, "urgency": s.urgency,
                           "urgency_label": checklist.level(s.urgency).label,
                           "instruction": s.instruction,
                           "sources": [{"name": c.name, "section": c.section} for c in s.sources]}
                          for s in checklist.symptoms], indent=2, ensure_ascii=False))
        return 0
    width = max(len(s.id) for s in checklist.symptoms)
    for s in checklist.symptoms:
        print(f"{s.id:<{width}}  [{s.urgency}]  {s.label}")
    print("\nTick them with --symptom ID (repeat for several).")
    return 0


def _gui_application() -> None:
    """Start the QGuiApplication that QPdfWriter needs (offscreen without a display), or say in
    one line why Qt cannot start."""
    try:
        from skingpt_desktop.render.qt_gui import gui_application
    except ImportError as exc:
        raise SkinGPTError(f"PDF reports need Qt (PySide6), which cannot start: {exc}") from exc
    gui_application()


# ----- a new report from a photo ----------------------------------------------------------------

def _data_dir(args: argparse.Namespace) -> str | None:
    return args.report_data_dir or getattr(args, "data_dir", None)


def _report_from_photo(args: argparse.Namespace, symptoms: tuple[str, ...]) -> tuple[Report, str | None]:
    """Ask as ``ask --clinical`` does (or the one question), then summarise; save if asked."""
    questions = [args.question.strip()] if args.question else list(CLINICAL_PROMPTS)
    image = load_photo(args.image)
    photo = clean_photo(image).data  # pixels only: no EXIF or GPS reaches the PDF
    pack = ModelPack.open(resolve_pack(args.pack, data_dir(_data_dir(args))))
    with ExitStack() as stack:
        # Unlock before the slow part, so a wrong passphrase fails at once.
        vault = stack.enter_context(open_unlocked(_data_dir(args))) if args.save else None
        engine = load_engine(args, pack, stack)
        language = lang_or_english(args)
        chat = engine.start_chat(image, answer_language=language)
        gen = generation_settings(args, engine)
        check_answer_room(chat, questions, gen.max_new_tokens)
        print("Asking and summarising...", file=sys.stderr)
        transcript = converse(chat, questions, gen, stream=False, label=False)
        turns = [TranscriptTurn(t["question"], t["answer"]) for t in transcript.turns]
        report = make_report(chat, turns, photo, symptoms, gen, pack, language=language,
                             summary_tokens=args.summary_tokens, seeds=transcript.seeds)
        case_id = None
        if vault is not None:
            with vault.transaction():
                case_id = save_transcript_as_case(vault, args.image, transcript.turns, pack.name)
                store_report(vault, case_id, report)
            print(f"saved as case {case_id}", file=sys.stderr)
    return report, case_id


# ----- a report for a saved case ----------------------------------------------------------------

def _report_for_case(args: argparse.Namespace, symptoms: tuple[str, ...]) -> tuple[Report, str]:
    """The case's stored report, or one built from its conversation and photo."""
    with ExitStack() as stack:
        vault = stack.enter_context(open_unlocked(_data_dir(args)))
        case = vault.get_case(args.case)
        subject = load_subject(vault, case.id)  # as the vault has it now
        photos = vault.list_photos(case.id)
        stored = next((r for r in reversed(vault.list_reports(case.id))
                       if is_report_record(r)), None)
        if stored is not None:
            if symptoms:
                raise SkinGPTError(f"case {case.id} already has a report with its warning signs; "
                                   "leave out --symptom to print it")
            report = _in_language(_stored(stored, photos), getattr(args, "lang", None))
            return dataclasses.replace(report, subject=subject), case.id
        report = _rebuild(args, stack, vault, case.id, photos, symptoms)
        report = dataclasses.replace(report, subject=subject)
        if args.save:
            store_report(vault, case.id, report)
        return report, case.id


def _stored(stored: StoredReport, photos: list) -> Report:
    """A stored report with its photo (the case photo it names, else the case's first)."""
    wanted = stored.data.get("photo_sha256")
    photo = next((p.data for p in photos if p.sha256 == wanted), photos[0].data if photos else None)
    if photo is None:
        raise SkinGPTError(f"case {stored.case_id} has a report but no photo any more")
    return Report.from_dict(stored.data["report"], photo_jpeg=photo)


def _in_language(report: Report, language: str | None) -> Report:
    """A stored report with its fixed texts in ``language`` (None: the language it was made in).

    Only the templates change; the conversation and the summary stay as the model wrote them."""
    if language is None or language == report.language:
        return report
    return dataclasses.replace(report, language=language,
                               disclaimer=report_texts(language)["disclaimer"])


def _rebuild(args: argparse.Namespace, stack: ExitStack, vault: Vault, case_id: str,
             photos: list, symptoms: tuple[str, ...]) -> Report:
    conversations = vault.list_conversations(case_id)
    if not conversations or not photos:
        raise SkinGPTError(f"case {case_id} has no saved conversation and photo to report on")
    conversation = vault.get_conversation(conversations[-1].id)
    turns = _turns(conversation.messages)
    if not turns:
        raise SkinGPTError(f"case {case_id} has no answered question to report on")
    pack = ModelPack.open(resolve_pack(args.pack, data_dir(_data_dir(args)))) if args.pack \
        else _installed_pack(args, conversation.pack_name)
    engine = load_engine(args, pack, stack)
    language = lang_or_english(args)
    chat = engine.start_chat(load_photo(photos[0].data), turns=[Turn(t.question, t.answer) for t in turns],
                             answer_language=language)
    print("Summarising the saved conversation...", file=sys.stderr)
    return make_report(chat, turns, photos[0].data, symptoms, generation_settings(args, engine),
                       pack, language=language, summary_tokens=args.summary_tokens)


def _turns(messages: list) -> list[TranscriptTurn]:
    """Question and answer pairs of a saved conversation, in order."""
    turns, question = [], None
    for message in messages:
        if message.role == "user":
            question = message.text
        elif message.role == "assistant" and question is not None:
            turns.append(TranscriptTurn(question, message.text))
            question = None
    return turns


def _installed_pack(args: argparse.Namespace, name: str | None) -> ModelPack:
    """The installed pack called ``name`` (the one the case was made with)."""
    if not name:
        raise PackError("the case does not name the model pack it was made with; give one with --pack")
    packs_folder = packs_dir(data_dir(_data_dir(args)))
    try:  # validates the stored name: one from an older copy or a backup never leaves the folder
        folder = installed_folder(name, packs_folder)
    except PackError as exc:
        raise PackError(f"the case was made with a model pack that is not installed ({exc}); "
                        "give its folder with --pack") from exc
    return ModelPack.open(folder)


# ----- output -----------------------------------------------------------------------------------

def _print_result(args: argparse.Namespace, report: Report, out: Path, case_id: str | None) -> None:
    triage, summary = report.triage, report.summary
    if not args.json:
        checklist = default_checklist()
        print(f"Wrote the {args.audience} report to {out}")
        if triage.set_by == SET_BY_MODEL:  # the rules lead; the model's raise is a suggestion
            print(f"Urgency: {checklist.level(triage.rules_level).label} (warning signs); the "
                  f"model suggests: {checklist.level(triage.urgency).label}")
        else:
            print(f"Urgency: {checklist.level(triage.urgency).label} (set by {triage.set_by})")
        return
    labels = default_label_spaces()
    print(json.dumps({
        "concepts": list(summary.concepts),
        "differential": [{"condition": d.condition, "name": labels.class_by_id(d.condition).name,
                          "reason": d.reason} for d in summary.differential],
        "patient_summary": summary.patient_summary,
        "clinician_questions": list(summary.clinician_questions),
        "urgency": triage.urgency, "urgency_set_by": triage.set_by,
        "rule_urgency": triage.rules_level, "model_urgency": triage.model_urgency,
        "model_urgency_reason": summary.urgency_reason, "red_flags": list(triage.fired),
        "notes": list(summary.notes), "pdf": str(out), "audience": args.audience,
        "case": case_id, "pack": report.pack.name, "language": report.language,
        "disclaimer": disclaimer_short(report.language),
    }, indent=2, ensure_ascii=False))
