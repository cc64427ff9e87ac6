"""Lesion follow-up: visits of the same spot, linked case to case.

A case may name the earlier case that shows the same lesion (``Case.follows_case_id``), so the
visits of one spot form a small tree, in practice a chain: first visit <- second <- third. The
link lives inside the encrypted case record, like the patient link, so the file does not reveal
which cases show the same lesion. These functions work on decrypted cases and never touch the
database.
"""

from __future__ import annotations

from collections.abc import Iterable

from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage.models import Case


def check_link(case: Case, earlier: Case, by_id: dict[str, Case]) -> None:
    """Refuse a follow-up link that is not an earlier visit of the same patient's lesion."""
    if earlier.id == case.id:
        raise VaultError("a visit cannot follow itself; choose an earlier visit")
    if earlier.patient_id is None or earlier.patient_id != case.patient_id:
        raise VaultError("the earlier visit belongs to another patient (or to none); a "
                         "follow-up must be of the same patient")
    if case.created_at and earlier.created_at > case.created_at:
        raise VaultError("the visit chosen as earlier was made after this one")
    seen = {case.id}
    step: Case | None = earlier
    while step is not None:  # walking back must never come round to this case
        if step.id in seen:
            raise VaultError("that link would make the visits follow each other in a circle")
        seen.add(step.id)
        step = by_id.get(step.follows_case_id or "")


def lesion_visits(case_id: str, cases: Iterable[Case]) -> list[Case]:
    """Every visit of the lesion ``case_id`` shows (itself included), oldest first."""
    by_id = {case.id: case for case in cases}
    if case_id not in by_id:
        return []
    root = by_id[case_id]
    seen = {root.id}
    while root.follows_case_id in by_id and root.follows_case_id not in seen:
        root = by_id[root.follows_case_id]
        seen.add(root.id)
    followers: dict[str, list[Case]] = {}
    for case in by_id.values():
        if case.follows_case_id:
            followers.setdefault(case.follows_case_id, []).append(case)
    found, todo = [root], [root.id]
    while todo:  # every later visit that follows, directly or not, the first one
        for follower in followers.get(todo.pop(), []):
            if follower.id not in {c.id for c in found}:
                found.append(follower)
                todo.append(follower.id)
    return sorted(found, key=lambda case: case.created_at)


def relink_after_delete(deleted: Case, cases: Iterable[Case]) -> list[Case]:
    """Cases that followed ``deleted``, now following its own earlier visit (or none)."""
    changed = []
    for case in cases:
        if case.follows_case_id == deleted.id:
            case.follows_case_id = deleted.follows_case_id
            changed.append(case)
    return changed
