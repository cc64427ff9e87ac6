"""The vault: one encrypted SQLite file holding patients, cases, photos, chats and reports.

Life cycle::

    vault = Vault.create(path, passphrase)            # new vault, unlocked
    recovery = vault.add_recovery_key()               # optional; show it to the user once
    vault = Vault.open(path); vault.unlock(passphrase)
    ... vault.add_case(...), vault.save_case(draft, messages, photos) ...
    vault.lock(); vault.close()

No threads live here: the idle lock is a monotonic deadline checked on every operation, and the
GUI calls :meth:`Vault.check_idle` from a timer. One Vault object is used by one thread at a
time (the GUI serialises its calls); several processes may open the same file (SQLite locks).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skingpt_desktop.core.bounded_input import short_path
from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import (
    audit,
    backup,
    crypto,
    keyring,
    paths,
    record_migrations,
    rollback,
    schema,
)
from skingpt_desktop.core.storage.content import VaultContent
from skingpt_desktop.core.storage.evaluations import VaultEvaluations
from skingpt_desktop.core.storage.models import AuditEntry, DamagedRecord, from_fields
from skingpt_desktop.core.storage.records import RecordStore, new_id

HEADER_KEY = "header"
DEFAULT_IDLE_TIMEOUT_S = 15 * 60.0
MIN_PASSPHRASE_CHARS = 8
NO_RECOVERY_WARNING = (
    "Without the passphrase or the recovery key the data in this vault cannot be recovered by "
    "anyone, including the makers of SkinGPT Desktop.")


def _is_file(path: Path) -> bool:
    """True when ``path`` is a file; False also when the system cannot look at it (a path too
    long, a NUL byte)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


class VaultLockedError(VaultError):
    """An operation needs the data key but the vault is locked."""


@dataclass
class VaultStatus:
    """What ``vault status`` shows; everything except ``unlocked`` is readable without the key."""

    path: Path
    unlocked: bool
    format_version: int
    schema_version: int
    record_version: int
    vault_id: str
    kdf: crypto.KdfParams
    has_recovery_key: bool
    counts: dict[str, int]
    idle_timeout_s: float | None
    seconds_until_lock: float | None
    file_bytes: int = 0
    warnings: list[str] = field(default_factory=list)


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to resist guessing (a slow KDF cannot fix a short one)."""
    if not isinstance(passphrase, str) or len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise VaultError(f"the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters; "
                         "a few random words are easy to remember and hard to guess")


class Vault(VaultContent, VaultEvaluations):
    """An open vault file; locked until :meth:`unlock`. Use :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, header: keyring.Header,
                 schema_version: int, idle_timeout_s: float | None,
                 clock: Callable[[], float]) -> None:
        self.path = path
        self._conn = conn
        self._header = header
        self._schema_version = schema_version
        self._idle_timeout_s = idle_timeout_s
        self._clock = clock
        self._data_key: crypto.SecretKey | None = None
        self._deadline: float | None = None
        # True when the file turned out damaged at unlock (see _after_unlock).
        self.read_only = False
        # Set at unlock when the file lost its newest records (core/storage/rollback.py).
        self.rollback: rollback.RollbackNotice | None = None
        schema.after_commit(conn, self._remember_highest_row)
        self._store = RecordStore(conn, header.vault_id, self._key)

    # ----- opening and creating -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *,
               kdf: crypto.KdfParams | None = None,
               idle_timeout_s: float | None = DEFAULT_IDLE_TIMEOUT_S,
               clock: Callable[[], float] = time.monotonic) -> Vault:
        """Create a new vault file and return it unlocked.

        ``kdf`` defaults to :func:`crypto.calibrate` (>= 64 MiB); ``KdfParams.for_tests()`` is
        for automated tests only and is recorded as such in the header.
        """
        path = Path(path)
        check_new_passphrase(passphrase)
        params = kdf or crypto.calibrate()
        params.check()
        paths.ensure_private_dir(path.parent)
        paths.create_private_file(path)
        data_key = crypto.SecretKey.generate()
        conn: sqlite3.Connection | None = None
        try:
            header = keyring.new_header(new_id(), passphrase, params, data_key)
            conn = schema.connect(path)
            version = schema.migrate(conn, path)
            with schema.transaction(conn):
                schema.write_meta(conn, HEADER_KEY, header.to_json())
                record_migrations.write_version(conn, record_migrations.LATEST_RECORD_VERSION)
        except BaseException:
            data_key.wipe()
            if conn is not None:
                conn.close()
            _remove_partial(path)
            raise
        vault = cls(path, conn, header, version, idle_timeout_s, clock)
        vault._set_key(data_key)
        vault._audit("create", kdf_memory_kib=params.memory_kib, kdf_time_cost=params.time_cost)
        return vault

    @classmethod
    def open(cls, path: str | os.PathLike[str], *,
             idle_timeout_s: float | None = DEFAULT_IDLE_TIMEOUT_S,
             clock: Callable[[], float] = time.monotonic) -> Vault:
        """Open an existing vault, locked. Applies pending schema migrations."""
        path = Path(path)
        if not _is_file(path):
            raise VaultError(f"there is no vault at {short_path(path)}; create one with "
                             "`python main.py vault init`")
        schema.check_is_vault(path)
        conn = schema.connect(path)
        try:
            version = schema.migrate(conn, path)
            header = keyring.Header.from_json(schema.read_meta(conn, HEADER_KEY), str(path))
            # Refused before any unlock: an older app would drop fields it does not know.
            record_migrations.check_known(record_migrations.read_version(conn), str(path))
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, header, version, idle_timeout_s, clock)

    @staticmethod
    def exists(path: str | os.PathLike[str]) -> bool:
        """True if a vault file is at ``path``."""
        return Path(path).is_file()

    def close(self) -> None:
        """Lock and close the database (WAL is checkpointed by SQLite on the last close)."""
        self.lock()
        schema.after_commit(self._conn, None)
        self._conn.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- unlocking, locking and the idle timer ---------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Derive the key-encryption key (Argon2id, slow on purpose) and unwrap the data key."""
        key = keyring.unwrap_with_passphrase(self._header, passphrase, str(self.path))
        self._set_key(key)
        self._after_unlock("passphrase")

    def unlock_with_recovery_key(self, recovery_key: str) -> None:
        """Unlock with the recovery key instead of the passphrase."""
        key = keyring.unwrap_with_recovery_key(self._header, recovery_key, str(self.path))
        self._set_key(key)
        self._after_unlock("recovery_key")

    def _after_unlock(self, method: str) -> None:
        """Record the unlock and upgrade old records; on a damaged file, stay open read-only.

        A damaged database page can make the audit write fail while most records still read:
        then the vault stays unlocked for reading (``read_only``), every write fails with a
        sentence naming `vault salvage`, and nothing is migrated."""
        try:
            self.rollback = rollback.check(self.path, self._conn, self._key(),
                                           self._header.vault_id)
            self._audit("unlock", method=method)
        except sqlite3.DatabaseError as exc:
            if not schema.is_damage(exc):  # locked, full, I/O: not a damaged file
                self.lock()
                raise
            self.read_only = True
            return
        if self.rollback is not None:
            self._audit("rollback_detected", expected_row=self.rollback.expected_row,
                        found_row=self.rollback.found_row)
        self._migrate_records()

    def unlock_notices(self) -> list[str]:
        """What the last unlock found out about the file itself, as sentences for the user:
        its newest records missing (rollback.py), or damage that keeps it read-only."""
        notices = [self.rollback.sentence()] if self.rollback is not None else []
        if self.read_only:
            notices.append("the vault file is damaged and open read-only; `vault salvage OUT` "
                           "copies every record that can still be read into a new vault")
        return notices

    def _remember_highest_row(self) -> None:
        """After each commit while unlocked: the mark follows the file (rollback.py)."""
        if self._data_key is None:
            return
        try:
            row = rollback.highest_row(self._conn)
        except sqlite3.DatabaseError:
            return
        rollback.write_mark(self.path, self._data_key, self._header.vault_id, row)

    def _migrate_records(self) -> record_migrations.MigrationResult:
        """Upgrade records written by an older version (one transaction; see the module).

        A failure locks the vault again and changes nothing, so the data is never half-upgraded.
        """
        try:
            result = record_migrations.migrate_records(self._conn, self._store, str(self.path))
        except BaseException:
            self.lock()
            raise
        if result.changed:
            self._audit("migrate", from_version=result.from_version,
                        to_version=result.to_version, records=sum(result.rewritten.values()),
                        damaged_skipped=result.damaged_skipped)
        return result

    def lock(self) -> None:
        """Zero the data key and drop every reference this object holds to key material."""
        if self._data_key is not None:
            self._data_key.wipe()
        self._data_key = None
        self._deadline = None

    @property
    def is_unlocked(self) -> bool:
        """True while the data key is held (the idle deadline is checked too)."""
        self.check_idle()
        return self._data_key is not None

    def touch(self) -> None:
        """Record user activity: push the idle deadline back."""
        if self._data_key is not None and self._idle_timeout_s is not None:
            self._deadline = self._clock() + self._idle_timeout_s

    def check_idle(self) -> bool:
        """Lock if the idle time has passed; True if this call locked the vault."""
        if self._data_key is not None and self._deadline is not None \
                and self._clock() >= self._deadline:
            self.lock()
            return True
        return False

    def seconds_until_lock(self) -> float | None:
        """Time left before the idle lock, or None (locked, or no idle timeout)."""
        if self._data_key is None or self._deadline is None:
            return None
        return max(0.0, self._deadline - self._clock())

    def _set_key(self, key: crypto.SecretKey) -> None:
        self.lock()
        self._data_key = key
        self.touch()

    def _key(self) -> crypto.SecretKey:
        """The data key for one operation; enforces the lock and the idle deadline."""
        if self.check_idle():
            raise VaultLockedError(f"the vault locked itself after {self._idle_timeout_s:.0f} s "
                                   "without use; unlock it again with your passphrase")
        if self._data_key is None:
            raise VaultLockedError("the vault is locked; unlock it with your passphrase")
        self.touch()
        return self._data_key

    # ----- passphrase and recovery key -------------------------------------------------------

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-wrap the data key under ``new``; records are not re-encrypted."""
        check_new_passphrase(new)
        key = keyring.unwrap_with_passphrase(self._header, current, str(self.path))
        self._rewrap(key, new, method="passphrase")

    def change_passphrase_and_data_key(self, current: str, new: str,
                                       progress: Callable[[int, int], None] | None = None,
                                       ) -> str | None:
        """Set ``new`` and move every record to a fresh random data key, in one transaction
        (a crash or kill before its commit leaves the vault as it was).

        Whoever kept the old passphrase with a copy of the old header, or the old recovery
        key, cannot read anything saved from now on. A recovery key cannot survive this (it
        wraps the old key): if the vault had one, a new one is made and returned, to be shown
        once; otherwise returns None.
        """
        check_new_passphrase(new)
        old = keyring.unwrap_with_passphrase(self._header, current, str(self.path))
        fresh = crypto.SecretKey.generate()
        had_recovery = self._header.has_recovery_key
        header = keyring.with_passphrase(keyring.without_recovery_key(self._header), new, fresh)
        recovery_text = None
        if had_recovery:
            header, recovery_text = keyring.with_recovery_key(header, fresh)
        with schema.transaction(self._conn):
            damaged = self._store.reseal_all(old, fresh, progress)
            schema.write_meta(self._conn, HEADER_KEY, header.to_json())
        self._header = header
        self._set_key(fresh)
        old.wipe()
        self._audit("change_passphrase", method="passphrase", new_data_key=True,
                    damaged_left=damaged)
        return recovery_text

    def reset_passphrase_with_recovery_key(self, recovery_key: str, new: str) -> None:
        """Set a new passphrase when the old one is lost; the recovery key proves ownership."""
        check_new_passphrase(new)
        key = keyring.unwrap_with_recovery_key(self._header, recovery_key, str(self.path))
        self._rewrap(key, new, method="recovery_key")

    def _rewrap(self, key: crypto.SecretKey, new: str, method: str) -> None:
        header = keyring.with_passphrase(self._header, new, key)
        self._write_header(header)
        self._set_key(key)
        self._audit("change_passphrase", method=method)

    def add_recovery_key(self) -> str:
        """Create (or replace) the recovery key; returns its text, which is never stored."""
        header, text = keyring.with_recovery_key(self._header, self._key())
        self._write_header(header)
        self._audit("add_recovery_key")
        return text

    def remove_recovery_key(self) -> None:
        """Forget the recovery key: from now on only the passphrase opens the vault."""
        self._key()
        self._write_header(keyring.without_recovery_key(self._header))
        self._audit("remove_recovery_key")

    def _write_header(self, header: keyring.Header) -> None:
        with schema.transaction(self._conn):
            schema.write_meta(self._conn, HEADER_KEY, header.to_json())
        self._header = header

    # ----- status, audit, verification, backups ----------------------------------------------

    @property
    def has_recovery_key(self) -> bool:
        """Whether a recovery key can open this vault (from the header; no key needed)."""
        return self._header.has_recovery_key

    @property
    def vault_id(self) -> str:
        """The vault's random id from its header (names the vault on a recovery-key sheet)."""
        return self._header.vault_id

    def status(self) -> VaultStatus:
        """Header facts, record counts and lock state; needs no key."""
        warnings = []
        if self._header.kdf.test_only:
            warnings.append("this vault uses test-only key derivation settings; do not keep real "
                            "data in it")
        if not self._header.has_recovery_key:
            warnings.append("no recovery key: " + NO_RECOVERY_WARNING)
        warnings += self.unlock_notices()
        unlocked = self.is_unlocked
        return VaultStatus(
            path=self.path, unlocked=unlocked, format_version=keyring.FORMAT_VERSION,
            schema_version=self._schema_version,
            record_version=record_migrations.read_version(self._conn),
            vault_id=self._header.vault_id,
            kdf=self._header.kdf, has_recovery_key=self._header.has_recovery_key,
            counts=self._store.counts(), idle_timeout_s=self._idle_timeout_s,
            seconds_until_lock=self.seconds_until_lock(), file_bytes=_size(self.path),
            warnings=warnings)

    def audit_log(self) -> list[AuditEntry]:
        """Audit entries, oldest first (entries that fail authentication are listed by verify())."""
        entries = [from_fields(AuditEntry, fields, id=row.id)
                   for row, fields, _ in self._store.load_all("audit") if fields is not None]
        return sorted(entries, key=lambda e: e.time)

    def verify(self) -> list[DamagedRecord]:
        """Authenticate every record and check SQLite's page structure; returns what is wrong."""
        self._key()
        damaged: list[DamagedRecord] = []
        recorded: dict[str, int] = {}  # conversation id -> sealed message count
        for row, fields, _ in self._store.load_all(None):  # one decryption pass over everything
            if fields is None:
                damaged.append(DamagedRecord(row.id, row.kind, "failed authentication"))
            elif row.kind == "conversation":
                recorded[row.id] = fields.get("message_count", 0)
        damaged += self._missing_messages(recorded)
        result = self._conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            damaged.append(DamagedRecord("-", "database", str(result)))
        return damaged

    def check_passphrase(self, passphrase: str) -> None:
        """Raise ``WrongPassphraseError`` unless ``passphrase`` opens this vault (slow on
        purpose: Argon2id); changes nothing."""
        keyring.unwrap_with_passphrase(self._header, passphrase, str(self.path)).wipe()

    def export_backup(self, dest: str | os.PathLike[str], passphrase: str, *,
                      case_id: str | None = None, overwrite: bool = False,
                      progress: backup.Progress | None = None,
                      cancelled: backup.Cancelled | None = None) -> backup.ExportSummary:
        """Write the whole vault (or one case) to one encrypted backup file under ``passphrase``.

        ``progress(done, total)`` follows the records; ``cancelled()`` true stops it and no file
        is left (``backup.BackupCancelled``).
        """
        summary = backup.export_records(self, Path(dest), passphrase, case_id=case_id,
                                        overwrite=overwrite, progress=progress,
                                        cancelled=cancelled)
        self._audit("export", scope=summary.scope, case_id=case_id, records=summary.records)
        return summary

    def import_backup(self, src: str | os.PathLike[str], passphrase: str, *,
                      progress: backup.Progress | None = None,
                      cancelled: backup.Cancelled | None = None) -> backup.ImportSummary:
        """Verify a backup completely, then add its records in one transaction (no overwrite).

        Records from an older version are upgraded as they are added; a cancel rolls back.
        """
        summary = backup.import_records(self, Path(src), passphrase, progress=progress,
                                        cancelled=cancelled)
        self._audit("import", scope=summary.scope, imported=summary.imported,
                    skipped=summary.skipped)
        return summary

    def preview_backup(self, src: str | os.PathLike[str], passphrase: str, *,
                       progress: backup.Progress | None = None,
                       cancelled: backup.Cancelled | None = None) -> backup.BackupPreview:
        """A dry run of :meth:`import_backup`: verify the whole file and say what it would add
        and what it would keep; writes nothing (not even an audit entry)."""
        return backup.preview_backup(self, Path(src), passphrase, progress=progress,
                                     cancelled=cancelled)

    def _audit(self, event: str, **details: Any) -> None:
        entry = audit.make_entry(event, details)
        entry["time"] = time.time()
        self._store.insert("audit", entry)


def _size(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            total += candidate.stat().st_size
    return total


def _remove_partial(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(path) + suffix).unlink()
        except FileNotFoundError:
            pass
