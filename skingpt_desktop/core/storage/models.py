"""What the vault stores: plain dataclasses, validated at the boundary.

Times are POSIX seconds (UTC, float). Every field below lives only inside an encrypted record;
the database sees ids, kinds and ownership links (see schema.py).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, TypeVar

from skingpt_desktop.core.bounded_input import quote_value
from skingpt_desktop.core.errors import VaultError

FITZPATRICK_TYPES = ("I", "II", "III", "IV", "V", "VI")
SEXES = ("female", "male", "intersex", "other", "unknown")
CASE_STATUSES = ("open", "follow-up", "referred", "closed")
PHOTO_VIEWS = ("close-up", "wide", "other")  # how a photo was taken (the lesion, the region, other)
MESSAGE_ROLES = ("user", "assistant", "system")
# How an answer ended, kept with it: "" (complete), "stopped" (the user pressed Stop),
# "failed" (generation raised; the text is what had been written).
STOP_REASONS = ("", "stopped", "failed")
MAX_SHORT_TEXT = 500
MAX_LONG_TEXT = 1_000_000

T = TypeVar("T")


def _short(value: object, name: str, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise VaultError(f"{name} must be text, got {type(value).__name__}")
    if len(value) > MAX_SHORT_TEXT:
        raise VaultError(f"{name} is longer than {MAX_SHORT_TEXT} characters")
    return value


def _long(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise VaultError(f"{name} must be text, got {type(value).__name__}")
    if len(value) > MAX_LONG_TEXT:
        raise VaultError(f"{name} is longer than {MAX_LONG_TEXT} characters")
    return value


def _choice(value: object, name: str, allowed: tuple[str, ...]) -> None:
    if value is not None and value not in allowed:
        raise VaultError(f"{name} must be one of {', '.join(allowed)}; got {quote_value(value)}")


@dataclass
class Patient:
    """A person; every field is optional because many users keep cases anonymous."""

    label: str | None = None  # name or clinic ID, as the user chooses
    birth_year: int | None = None
    sex: str | None = None  # one of SEXES
    fitzpatrick: str | None = None  # "I".."VI"
    notes: str = ""
    clinic_id: str | None = None  # the clinic's own patient number
    contact: str = ""  # village, address or phone: how the clinic finds the patient again
    allergies: str = ""  # known allergies (medicines above all), free text
    id: str = ""
    created_at: float = 0.0
    updated_at: float = 0.0

    def validate(self) -> None:
        """Raise ``VaultError`` naming the first bad field."""
        _short(self.label, "patient name or ID")
        year = self.birth_year
        this_year = _dt.date.today().year
        if year is not None and (not isinstance(year, int) or isinstance(year, bool)
                                 or not 1880 <= year <= this_year):
            raise VaultError(f"birth year must be a year between 1880 and {this_year}; "
                             f"got {quote_value(year)}")
        _choice(self.sex, "sex", SEXES)
        _choice(self.fitzpatrick, "Fitzpatrick type", FITZPATRICK_TYPES)
        _long(self.notes, "patient notes")
        _short(self.clinic_id, "clinic patient number")
        _short(self.contact, "village or contact", optional=False)
        _long(self.allergies, "allergies")


@dataclass
class Case:
    """One skin problem being looked at: photos, conversations and reports hang off it."""

    title: str = ""
    patient_id: str | None = None
    body_site: str = ""
    onset: str = ""  # free text as the patient tells it ("3 weeks ago", "since childhood")
    symptoms: str = ""
    status: str = "open"
    first_question: str = ""
    # Lesion follow-up: the earlier case (same patient) showing the same spot, and what changed
    # since that visit, as the clinician sees it.
    follows_case_id: str | None = None
    change_note: str = ""
    id: str = ""
    created_at: float = 0.0
    updated_at: float = 0.0

    def validate(self) -> None:
        """Raise ``VaultError`` naming the first bad field."""
        _short(self.title, "case title", optional=False)
        _short(self.patient_id, "patient id")
        _short(self.body_site, "body site", optional=False)
        _short(self.onset, "onset", optional=False)
        _long(self.symptoms, "symptoms")
        _choice(self.status, "case status", CASE_STATUSES)
        _long(self.first_question, "first question")
        _short(self.follows_case_id, "earlier visit")
        _long(self.change_note, "change note")
        if self.follows_case_id is not None and self.patient_id is None:
            raise VaultError("a follow-up visit needs a patient: the earlier visit must be of the "
                             "same patient")


@dataclass
class CaseSummary:
    """One line of the case list; ``damaged`` marks a case record that failed authentication."""

    id: str
    created_at: float | None
    title: str
    first_question: str
    status: str
    patient_id: str | None
    photo_count: int
    conversation_count: int
    damaged: bool = False
    follows_case_id: str | None = None  # the earlier visit of the same lesion, if any


@dataclass
class Photo:
    """A stored photo: re-encoded pixels without metadata (see photos.py)."""

    data: bytes
    mime: str
    width: int
    height: int
    case_id: str = ""
    sha256: str = ""
    id: str = ""
    created_at: float = 0.0
    view: str = "close-up"  # one of PHOTO_VIEWS

    def validate(self) -> None:
        """Raise ``VaultError`` for an unknown view."""
        check_photo_view(self.view)


def check_photo_view(view: object) -> None:
    """Raise ``VaultError`` unless ``view`` is one of ``PHOTO_VIEWS``."""
    if view not in PHOTO_VIEWS:
        raise VaultError(f"photo view must be one of {', '.join(PHOTO_VIEWS)}; "
                         f"got {quote_value(view)}")


@dataclass
class Message:
    """One turn of a conversation."""

    role: str  # one of MESSAGE_ROLES
    text: str
    time: float = 0.0
    pack_name: str | None = None
    index: int = -1  # position in the conversation, authenticated inside the record
    stop_reason: str = ""  # one of STOP_REASONS (assistant messages)
    id: str = ""

    def validate(self) -> None:
        """Raise ``VaultError`` naming the first bad field."""
        _choice(self.role, "message role", MESSAGE_ROLES)
        if self.role is None:
            raise VaultError("message role is missing")
        _long(self.text, "message text")
        _short(self.pack_name, "model pack name")
        _choice(self.stop_reason, "stop reason", STOP_REASONS)


@dataclass
class Conversation:
    """A chat about a case; ``damaged`` lists messages that failed authentication or are missing."""

    case_id: str
    pack_name: str | None = None
    messages: list[Message] = field(default_factory=list)
    id: str = ""
    created_at: float = 0.0
    message_count: int = 0
    damaged: list[str] = field(default_factory=list)


@dataclass
class Report:
    """A diagnostic summary produced for a case (text plus the structured fields behind it)."""

    case_id: str
    title: str
    text: str
    data: dict[str, Any] = field(default_factory=dict)
    pack_name: str | None = None
    id: str = ""
    created_at: float = 0.0

    def validate(self) -> None:
        """Raise ``VaultError`` naming the first bad field."""
        _short(self.title, "report title", optional=False)
        _long(self.text, "report text")
        if not isinstance(self.data, dict):
            raise VaultError("report data must be a mapping")


@dataclass
class AuditEntry:
    """One audit event (unlock, export, import, delete, ...); never holds patient content."""

    event: str
    time: float
    details: dict[str, Any] = field(default_factory=dict)
    id: str = ""


@dataclass
class DamagedRecord:
    """A record that failed authentication (tampered or corrupted on disk)."""

    id: str
    kind: str
    reason: str


def to_fields(obj: object, exclude: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    """Dataclass -> dict for the encrypted JSON payload (``id`` lives in the row, not the blob)."""
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)  # type: ignore[arg-type]
            if f.name not in exclude}


def from_fields(cls: type[T], stored: dict[str, Any], /, **extra: Any) -> T:
    """dict -> dataclass, ignoring keys a newer app version may have added."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {k: v for k, v in stored.items() if k in names}
    values.update(extra)
    try:
        return cls(**values)
    except TypeError as exc:
        raise VaultError(f"a stored {cls.__name__.lower()} lacks a field ({exc})") from None
