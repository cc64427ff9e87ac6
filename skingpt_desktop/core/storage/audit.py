"""The audit log: security-relevant events, encrypted inside the vault like everything else.

Entries say *what happened* (unlock, export, import, delete, passphrase change, recovery key
use) with counts, record kinds and random ids only. They never contain names, notes, messages
or file contents: the allow-list below is checked for every entry, so a future caller cannot
slip patient content into the log by accident.
"""

from __future__ import annotations

from typing import Any

from skingpt_desktop.core.bounded_input import quote_value
from skingpt_desktop.core.errors import VaultError

# event -> detail keys it may carry; values must be ints, bools, ids or short enum words.
EVENTS: dict[str, tuple[str, ...]] = {
    "create": ("kdf_memory_kib", "kdf_time_cost"),
    "unlock": ("method",),
    "salvage": ("records", "unreadable", "damaged_skipped"),
    "rollback_detected": ("expected_row", "found_row"),
    "change_passphrase": ("method", "new_data_key", "damaged_left"),
    "add_recovery_key": (),
    "remove_recovery_key": (),
    "export": ("scope", "case_id", "records"),
    "import": ("scope", "imported", "skipped"),
    "delete": ("kind", "record_id", "records"),
    "migrate": ("from_version", "to_version", "records", "damaged_skipped"),
}
_ENUM_WORDS = {"passphrase", "recovery_key", "vault", "case", "patient", "photo", "conversation",
               "message", "report", "evaluation"}


def make_entry(event: str, details: dict[str, Any]) -> dict[str, Any]:
    """Validated ``{"event", "details"}`` (time is added by the vault); raises on unknown keys."""
    allowed = EVENTS.get(event)
    if allowed is None:
        raise VaultError(f"unknown audit event {quote_value(event)}")
    for key, value in details.items():
        if key not in allowed:
            raise VaultError(f"audit event {quote_value(event)} cannot carry {quote_value(key)}")
        if not _is_safe(value):
            raise VaultError(f"audit detail {quote_value(key)} must be a number, an id or a fixed word")
    return {"event": event, "details": dict(details)}


def _is_safe(value: Any) -> bool:
    if value is None or isinstance(value, (bool, int)):
        return True
    if isinstance(value, str):
        is_id = len(value) == 32 and all(c in "0123456789abcdef" for c in value)
        return is_id or value in _ENUM_WORDS
    return False


def describe(event: str, details: dict[str, Any]) -> str:
    """One human line for ``vault status`` / the GUI's audit view."""
    parts = [f"{k}={v}" for k, v in sorted(details.items()) if v is not None]
    return event.replace("_", " ") + (f" ({', '.join(parts)})" if parts else "")
