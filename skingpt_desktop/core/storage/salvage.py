"""Copy what still reads out of a damaged vault file into a new vault.

One damaged page of the database file (a failing disk, a copy cut short) makes SQLite refuse
every query that touches it, so a whole-table read (listing cases, verifying, exporting) fails
although most records are intact. Salvage reads the records one at a time by their row number,
so a bad page costs only the records stored on it. Every record that still authenticates under
the vault's data key is decrypted and sealed again into a **new** vault (new vault id, new data
key; the same passphrase and key-derivation settings) in another data folder. The damaged file
is opened read-only and never written; records keep their ids, so cases, photos and
conversations stay linked wherever both ends survived.

Read-only degradation for everyday use lives in :class:`~skingpt_desktop.core.storage.vault.Vault`
(an unlock whose audit write fails keeps the vault open for reading); this module is the way out.
It does not go through ``Vault.open``, which a damaged first page would stop.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from skingpt_desktop.core.bounded_input import short_path
from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import crypto, keyring, paths, record_migrations, rollback, schema
from skingpt_desktop.core.storage.records import decode_payload, record_aad
from skingpt_desktop.core.storage.vault import HEADER_KEY, Vault

# Past the highest row number the file still reports, or when it cannot say: how many row
# numbers in a row may be missing before the scan stops.
MAX_GAP = 5000

Progress = Callable[[int, int], None]


@dataclass
class SalvageSummary:
    """What a salvage copied and what it had to leave."""

    destination: Path
    copied: Counter[str] = field(default_factory=Counter)  # kind -> records copied
    unreadable: int = 0  # rows SQLite could not read (on a damaged page)
    failed_authentication: int = 0  # rows read whose ciphertext no longer authenticates
    # Row numbers up to the highest one used that hold no record: deleted records, or records
    # that a damaged page made unreachable (the file cannot tell which).
    missing: int = 0

    @property
    def total_copied(self) -> int:
        return sum(self.copied.values())


def open_read_only(path: Path) -> sqlite3.Connection:
    """The damaged file, read-only (with its WAL when it has one)."""
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    except sqlite3.DatabaseError as exc:
        raise VaultError(f"{short_path(path)} cannot be opened at all ({exc})") from None


def _header(conn: sqlite3.Connection, path: Path) -> keyring.Header:
    try:
        text = schema.read_meta(conn, HEADER_KEY)
    except sqlite3.DatabaseError:
        text = None
    if text is None:
        raise VaultError(f"the header of {short_path(path)} cannot be read; without it no "
                         "record can be decrypted")
    return keyring.Header.from_json(text, str(path))


def _highest_row(conn: sqlite3.Connection) -> int | None:
    """The highest record number, or None when the damage hides it."""
    try:
        return rollback.highest_row(conn)
    except sqlite3.DatabaseError:
        return None


def _record_version(conn: sqlite3.Connection) -> int:
    try:
        return record_migrations.read_version(conn)
    except (sqlite3.DatabaseError, ValueError):
        return record_migrations.LATEST_RECORD_VERSION


def salvage(source: Path, passphrase: str, destination: Path,
            progress: Progress | None = None) -> SalvageSummary:
    """Copy every record of ``source`` that still reads and authenticates into a new vault
    file ``destination`` (which must not exist), protected by the same ``passphrase``."""
    if destination.exists():
        raise VaultError(f"{short_path(destination)} already exists; choose an empty folder")
    conn = open_read_only(source)
    try:
        header = _header(conn, source)
        old_key = keyring.unwrap_with_passphrase(header, passphrase, str(source))
        highest = _highest_row(conn)
        version = _record_version(conn)
        paths.ensure_private_dir(destination.parent)
        target = Vault.create(destination, passphrase, kdf=header.kdf, idle_timeout_s=None)
        try:
            summary = SalvageSummary(destination)
            with schema.transaction(target._conn):
                _copy_rows(conn, header.vault_id, old_key, target, highest, summary, progress)
                # Payloads are copied as stored: an older record version is upgraded by the
                # usual migration when the new vault is first unlocked.
                record_migrations.write_version(target._conn, version)
            target._audit("salvage", records=summary.total_copied,
                          unreadable=summary.unreadable,
                          damaged_skipped=summary.failed_authentication)
        finally:
            target.close()
        old_key.wipe()
    finally:
        conn.close()
    return summary


def _copy_rows(conn: sqlite3.Connection, vault_id: str, key: crypto.SecretKey, target,
               highest: int | None, summary: SalvageSummary, progress: Progress | None) -> None:
    seq, last_found = 0, 0
    while True:
        seq += 1
        if seq > (highest or 0) and seq - last_found > MAX_GAP:
            break
        try:
            found = conn.execute("SELECT id, kind, parent, blob FROM records WHERE seq = ?",
                                 (seq,)).fetchone()
        except sqlite3.DatabaseError:
            if highest is None or seq <= highest:  # past the end, errors are not records
                summary.unreadable += 1
            continue
        if found is None:
            if highest is not None and seq <= highest:
                summary.missing += 1
            continue
        last_found = seq
        record_id, kind, parent, blob = found
        try:
            fields, data = decode_payload(crypto.open_sealed(
                key, bytes(blob), record_aad(vault_id, kind, record_id, parent)))
        except (crypto.DecryptionError, ValueError):
            summary.failed_authentication += 1
            continue
        target._store.insert(kind, fields, data=data, parent=parent, record_id=record_id)
        summary.copied[kind] += 1
        if progress:
            progress(seq, max(highest or 0, seq))
