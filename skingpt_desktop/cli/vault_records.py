"""Patients and case details from the command line: ``vault add-patient`` and the case options
of ``ask --save`` (``--patient``, ``--title``, ``--body-site``, ``--onset``, ``--symptoms``)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import Patient, Vault
from skingpt_desktop.core.storage.models import FITZPATRICK_TYPES, SEXES

CASE_OPTIONS = ("patient", "title", "body_site", "onset", "symptoms")


def register_add_patient(actions: argparse._SubParsersAction,
                         common: argparse.ArgumentParser, func) -> None:
    """Add ``vault add-patient``; ``func`` runs it (it needs the unlocked vault)."""
    add = actions.add_parser("add-patient", parents=[common],
                             help="add a patient (prints the new patient's id)")
    add.add_argument("--name", help="the patient's name (or the label the clinic uses)")
    add.add_argument("--clinic-number", help="the clinic's own patient number")
    add.add_argument("--birth-year", type=int, metavar="YYYY", help="year of birth")
    add.add_argument("--sex", choices=SEXES)
    add.add_argument("--fitzpatrick", choices=FITZPATRICK_TYPES, help="Fitzpatrick skin type")
    add.add_argument("--allergies", default="", help="known allergies (medicines above all)")
    add.add_argument("--contact", default="", help="village, address or phone")
    add.add_argument("--notes", default="", help="free-text notes")
    add.add_argument("--json", action="store_true", help="print the new patient as JSON")
    add.set_defaults(func=func)


def patient_from_args(args: argparse.Namespace) -> Patient:
    """The new patient the options describe (validated when the vault stores it)."""
    return Patient(label=args.name, clinic_id=args.clinic_number, birth_year=args.birth_year,
                   sex=args.sex, fitzpatrick=args.fitzpatrick, allergies=args.allergies,
                   contact=args.contact, notes=args.notes)


def patient_json(patient: Patient) -> dict[str, Any]:
    """A patient as the CLI prints it (the names match the options)."""
    return {"id": patient.id, "name": patient.label, "clinic_number": patient.clinic_id,
            "birth_year": patient.birth_year, "sex": patient.sex,
            "fitzpatrick": patient.fitzpatrick, "allergies": patient.allergies,
            "contact": patient.contact, "notes": patient.notes}


def add_patient(vault: Vault, args: argparse.Namespace) -> str:
    """Store the patient the options describe; what to print (JSON or one line)."""
    patient = vault.add_patient(patient_from_args(args))
    if args.json:
        return json.dumps(patient_json(patient), indent=2, ensure_ascii=False)
    return f"Added patient {patient.id}"


def add_case_arguments(parser: argparse.ArgumentParser) -> None:
    """The details a saved case gets (with ``--save``)."""
    case = parser.add_argument_group("case (with --save)")
    case.add_argument("--patient", metavar="ID",
                      help="the patient the case belongs to (see `vault add-patient`)")
    case.add_argument("--title", help="case title (default: the first question)")
    case.add_argument("--body-site", default="", help="where on the body, e.g. 'left forearm'")
    case.add_argument("--onset", default="", help="since when, as the patient tells it")
    case.add_argument("--symptoms", default="", help="symptoms, free text")


def case_details(args: argparse.Namespace) -> dict[str, Any]:
    """The case options as keyword arguments of ``Vault.save_conversation_as_case``; refuses
    them without ``--save`` (they would silently do nothing)."""
    given = [name for name in CASE_OPTIONS if getattr(args, name, None)]
    if given and not args.save:
        flags = ", ".join("--" + name.replace("_", "-") for name in given)
        raise VaultError(f"{flags} describe the saved case: add --save")
    return {"patient_id": args.patient, "title": args.title, "body_site": args.body_site,
            "onset": args.onset, "symptoms": args.symptoms}


def check_patient(vault: Vault, patient_id: str | None) -> None:
    """Fail before the slow work when ``--patient`` names no patient in the vault."""
    if patient_id is not None:
        vault.get_patient(patient_id)
