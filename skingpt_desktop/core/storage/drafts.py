"""A case being written: what is already in the vault, and what the user tells about it.

These travel between :meth:`Vault.save_case` (the one way a case is saved, used by the CLI's
``ask --save`` and by the GUI) and its callers. They hold ids and counts, never patient data
beyond what the user typed for the case itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CaseDraft:
    """Where a case stands in the vault (None ids: not saved yet)."""

    case_id: str | None = None
    conversation_id: str | None = None
    saved_messages: int = 0
    title: str = ""
    patient_id: str | None = None


@dataclass
class CaseDetails:
    """What the user tells about a case when saving it the first time."""

    title: str = ""
    patient_id: str | None = None
    body_site: str = ""
    onset: str = ""
    symptoms: str = ""
    status: str = "open"  # one of models.CASE_STATUSES
    follows_case_id: str | None = None  # "same spot as" an earlier case of the same patient
    change_note: str = ""


@dataclass
class SavedCase:
    """The outcome of a save: the updated draft and the ids of the photos it added, in order."""

    draft: CaseDraft
    photo_ids: list[str] = field(default_factory=list)
