"""The report as data: everything both PDFs show, serialisable to JSON for the vault.

A ``Report`` is built once, after the conversation (``build.py``), and then only read: the
patient and clinician PDFs are two renderings of the same record, and the vault stores it
encrypted with its case (``to_vault`` / ``from_vault``). The photo is the re-encoded JPEG
(pixels only, no EXIF); in JSON it is base64.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.report.subject import CaseSubject
from skingpt_desktop.core.report.summary import Summary
from skingpt_desktop.core.report.triage import Triage

REPORT_VERSION = 1


class ReportDataError(SkinGPTError):
    """A stored report that cannot be read back (missing or mistyped field)."""


@dataclass(frozen=True)
class PackInfo:
    """Which model wrote the answers: the pack's identity and the gist of its model card."""

    name: str
    display_name: str
    manifest_sha256: str  # SHA-256 of manifest.json, which pins both model files
    files_sha256: dict[str, str] = field(default_factory=dict)  # role -> SHA-256
    card_summary: str = ""
    license: str = ""


@dataclass(frozen=True)
class TranscriptTurn:
    """One question and its answer, as they were asked and generated."""

    question: str
    answer: str


@dataclass(frozen=True)
class Report:
    """One report about one photo and conversation."""

    created: str  # ISO 8601 with the local UTC offset
    language: str  # language of the fixed texts (headings, instructions)
    photo_jpeg: bytes
    transcript: tuple[TranscriptTurn, ...]
    summary: Summary
    triage: Triage
    pack: PackInfo
    generation: dict[str, Any]
    disclaimer: str
    version: int = REPORT_VERSION
    subject: CaseSubject | None = None  # the patient and case, when the report is of a saved case

    @property
    def created_display(self) -> str:
        """The creation time as people read it, with its zone (``2025-06-01 14:03 UTC+02:00``):
        the one time format of the reports."""
        moment = dt.datetime.fromisoformat(self.created)
        offset = moment.utcoffset()
        if offset is None:
            return moment.strftime("%Y-%m-%d %H:%M")
        minutes = int(offset.total_seconds() // 60)
        sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
        return f"{moment:%Y-%m-%d %H:%M} UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"

    def to_dict(self, include_photo: bool = True) -> dict[str, Any]:
        """JSON-ready fields; without the photo when it is stored elsewhere (the vault)."""
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        data["photo_jpeg"] = base64.b64encode(self.photo_jpeg).decode("ascii") if include_photo else None
        data["transcript"] = [dataclasses.asdict(t) for t in self.transcript]
        data["summary"], data["triage"] = self.summary.to_dict(), self.triage.to_dict()
        data["pack"] = dataclasses.asdict(self.pack)
        data["subject"] = self.subject.to_dict() if self.subject else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], photo_jpeg: bytes | None = None) -> "Report":
        """The inverse of ``to_dict``; ``photo_jpeg`` supplies a photo stored elsewhere."""
        try:
            photo = photo_jpeg if photo_jpeg is not None else base64.b64decode(data["photo_jpeg"])
            return cls(created=str(data["created"]), language=str(data["language"]),
                       photo_jpeg=photo,
                       transcript=tuple(TranscriptTurn(str(t["question"]), str(t["answer"]))
                                        for t in data["transcript"]),
                       summary=Summary.from_dict(data["summary"]),
                       triage=Triage.from_dict(data["triage"]), pack=PackInfo(**data["pack"]),
                       generation=dict(data["generation"]), disclaimer=str(data["disclaimer"]),
                       version=int(data.get("version", REPORT_VERSION)),
                       subject=CaseSubject.from_dict(data["subject"]) if data.get("subject")
                       else None)
        except (KeyError, TypeError, ValueError, AttributeError, binascii.Error) as exc:
            raise ReportDataError(f"a stored report cannot be read ({type(exc).__name__}: "
                                  f"{exc})") from None


def now_iso() -> str:
    """The current local time, ISO 8601 with its UTC offset, to the second."""
    return dt.datetime.now().astimezone().replace(microsecond=0).isoformat()
