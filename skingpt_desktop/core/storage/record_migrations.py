"""Numbered migrations of the encrypted records' content.

``schema.py`` migrates the SQL tables, which needs no key. A change to what a record *holds*
(a new field of a patient, a case or a message) needs the data key, so it runs at unlock: every
record of an affected kind is opened, upgraded by a pure function and re-sealed, all in one
transaction, and the vault's record version (``meta.record_version``, not secret) moves on in the
same transaction. A crash or a failure leaves the vault exactly as it was, at the old version.

Backups carry the record version they were written at; importing one upgrades its records with
the same functions before they are sealed into the vault, so old backups restore whole.

Each step is data: a version, a description and, per record kind, a function
``fields -> fields`` that must be idempotent (it may meet a record written by a newer app that
already has the field) and must keep every field it does not know.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from skingpt_desktop.core.bounded_input import quote_value
from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import schema
from skingpt_desktop.core.storage.records import RecordStore

RECORD_VERSION_KEY = "record_version"
# Vaults and backups written before record versions existed hold version-1 records.
FIRST_RECORD_VERSION = 1

Fields = dict[str, Any]
Upgrade = Callable[[Fields], Fields]


@dataclass(frozen=True)
class RecordMigration:
    """One step: records of the listed kinds are rewritten by their function."""

    version: int
    name: str
    upgrades: Mapping[str, Upgrade]


@dataclass
class MigrationResult:
    """What one unlock-time migration did (for the audit log and ``vault status``)."""

    from_version: int
    to_version: int
    rewritten: dict[str, int] = field(default_factory=dict)  # kind -> records re-sealed
    damaged_skipped: int = 0  # records that failed authentication were left as they are

    @property
    def changed(self) -> bool:
        """True when the vault was behind and has been brought up to date."""
        return self.to_version != self.from_version


def _with_defaults(defaults: Fields) -> Upgrade:
    """An upgrade that adds fields a record lacks, keeping what it has."""
    def upgrade(fields: Fields) -> Fields:
        return {**defaults, **fields}
    return upgrade


def _case_v3(fields: Fields) -> Fields:
    """Follow-up link and change note; a stored empty link becomes None (no link)."""
    upgraded = {"follows_case_id": None, "change_note": "", **fields}
    upgraded["follows_case_id"] = upgraded["follows_case_id"] or None
    return upgraded


MIGRATIONS: tuple[RecordMigration, ...] = (
    RecordMigration(2, "patients keep a clinic number, contact and allergies; answers how they "
                       "ended", {
                           "patient": _with_defaults({"clinic_id": None, "contact": "",
                                                      "allergies": ""}),
                           "message": _with_defaults({"stop_reason": ""}),
                       }),
    RecordMigration(3, "cases can follow an earlier visit of the same lesion, with a change note",
                    {"case": _case_v3}),
    RecordMigration(4, "photos keep their view (close-up or wide); earlier ones were close-ups",
                    {"photo": _with_defaults({"view": "close-up"})}),
)
LATEST_RECORD_VERSION = MIGRATIONS[-1].version


def check_known(version: int, where: str) -> None:
    """Refuse records written by a newer app (their fields would be lost on the next save)."""
    if not isinstance(version, int) or isinstance(version, bool) \
            or not FIRST_RECORD_VERSION <= version:
        raise VaultError(f"{where} has an invalid record version {quote_value(version)}")
    if version > LATEST_RECORD_VERSION:
        raise VaultError(f"{where} holds records of version {version}, newer than this "
                         f"SkinGPT Desktop understands ({LATEST_RECORD_VERSION}); update the app")


def upgrade_fields(kind: str, fields: Fields, from_version: int) -> Fields:
    """One record's fields brought from ``from_version`` to the latest version."""
    for step in MIGRATIONS:
        if step.version > from_version and kind in step.upgrades:
            fields = step.upgrades[kind](dict(fields))
    return fields


def read_version(conn: sqlite3.Connection) -> int:
    """The vault's record version (a vault from before versions were recorded: 1)."""
    stored = schema.read_meta(conn, RECORD_VERSION_KEY)
    return FIRST_RECORD_VERSION if stored is None else int(stored)


def write_version(conn: sqlite3.Connection, version: int) -> None:
    """Record the version (inside the caller's transaction)."""
    schema.write_meta(conn, RECORD_VERSION_KEY, str(version))


def migrate_records(conn: sqlite3.Connection, store: RecordStore, where: str) -> MigrationResult:
    """Bring every record up to the latest version in one transaction (needs the data key)."""
    start = read_version(conn)
    check_known(start, where)
    result = MigrationResult(start, start)
    if start == LATEST_RECORD_VERSION:
        return result
    kinds = sorted({kind for step in MIGRATIONS if step.version > start for kind in step.upgrades})
    with schema.transaction(conn):
        for kind in kinds:
            rows = list(store.load_all(kind))  # read before rewriting: no cursor over changed rows
            for row, fields, data in rows:
                if fields is None:
                    result.damaged_skipped += 1
                    continue
                store.update(kind, row.id, upgrade_fields(kind, fields, start), data)
                result.rewritten[kind] = result.rewritten.get(kind, 0) + 1
        write_version(conn, LATEST_RECORD_VERSION)
    result.to_version = LATEST_RECORD_VERSION
    return result
