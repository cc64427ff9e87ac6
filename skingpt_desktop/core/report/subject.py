"""Who and what a report is about: the patient banner and the case details of the clinician
report, taken from the vault's patient and case records when the report is printed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import Vault
from skingpt_desktop.core.storage.models import Case, Patient


@dataclass(frozen=True)
class CaseSubject:
    """The patient's identity and the case's details as the clinic recorded them ("" when
    not recorded). Only the clinician report shows them; the patient knows who they are."""

    name: str = ""
    clinic_number: str = ""
    birth_year: int | None = None
    sex: str = ""
    fitzpatrick: str = ""
    allergies: str = ""
    title: str = ""
    body_site: str = ""
    onset: str = ""
    symptoms: str = ""
    status: str = ""
    follows: str = ""  # the earlier visit of the same lesion this case follows (its title)
    change_note: str = ""  # what changed since that visit
    # Every photo of the case (stored JPEG bytes), for the clinician report's thumbnails; read
    # from the vault when printing, never stored with a report (to_dict leaves them out).
    photos: tuple[bytes, ...] = dataclasses.field(default=(), repr=False)

    @classmethod
    def from_records(cls, case: Case, patient: Patient | None,
                     earlier: Case | None = None) -> CaseSubject:
        """The subject of ``case``, with ``patient`` (None: a case kept without a patient) and
        ``earlier``, the visit it follows (if any)."""
        follows = ""
        if case.follows_case_id:
            follows = (earlier.title if earlier is not None and earlier.title
                       else case.follows_case_id)
        subject = cls(title=case.title, body_site=case.body_site, onset=case.onset,
                      symptoms=case.symptoms, status=case.status, follows=follows,
                      change_note=case.change_note)
        if patient is None:
            return subject
        return dataclasses.replace(
            subject, name=patient.label or "", clinic_number=patient.clinic_id or "",
            birth_year=patient.birth_year, sex=patient.sex or "",
            fitzpatrick=patient.fitzpatrick or "", allergies=patient.allergies)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields (not the photos: the vault holds them with the case)."""
        data = dataclasses.asdict(self)
        del data["photos"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaseSubject:
        """The inverse of ``to_dict``; unknown keys are ignored (a newer app's record)."""
        def text(name: str) -> str:
            value = data.get(name)
            return "" if value is None else str(value)

        year = data.get("birth_year")
        return cls(name=text("name"), clinic_number=text("clinic_number"),
                   birth_year=int(year) if year is not None else None, sex=text("sex"),
                   fitzpatrick=text("fitzpatrick"), allergies=text("allergies"),
                   title=text("title"), body_site=text("body_site"), onset=text("onset"),
                   symptoms=text("symptoms"), status=text("status"), follows=text("follows"),
                   change_note=text("change_note"))


def load_subject(vault: Vault, case_id: str) -> CaseSubject:
    """The subject of the saved case ``case_id`` as the (unlocked) vault holds it now: the one
    way the command line and the app read it."""
    case = vault.get_case(case_id)
    patient = vault.get_patient(case.patient_id) if case.patient_id else None
    earlier = None
    if case.follows_case_id:
        try:
            earlier = vault.get_case(case.follows_case_id)
        except VaultError:  # deleted or damaged: the report names the link by its id
            earlier = None
    photos = tuple(photo.data for photo in vault.list_photos(case_id))
    return dataclasses.replace(CaseSubject.from_records(case, patient, earlier), photos=photos)
