"""Encrypted records: one SQLite row per record, the content sealed under the data key.

A row is ``(seq, id, kind, parent, blob)``. The blob is AES-256-GCM over a padded payload (a JSON
object plus optional binary data, e.g. photo bytes); the associated data binds it to the vault,
its kind, id and owner, so a blob copied onto another row, or a row re-parented, fails to open.
Payloads are padded to hide exact lengths (a name's length, a message's length).
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from skingpt_desktop.core.bounded_input import quote
from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import crypto, schema

KINDS = ("patient", "case", "photo", "conversation", "message", "report", "audit", "evaluation",
         "evaluation_answer")
ID_PATTERN = re.compile(r"^[0-9a-f]{32}$")
_PAYLOAD_VERSION = 1
_PAYLOAD_HEADER = struct.Struct(">BIQ")  # version, json length, data length
_MIN_PAD = 256


class RecordDamagedError(VaultError):
    """A record failed authentication: it was changed on disk, moved, or corrupted."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"the {kind} record {record_id} is damaged or was tampered with "
                         "(it failed authentication); the other records are unaffected")
        self.kind = kind
        self.record_id = record_id


class RecordNotFoundError(VaultError):
    """No record of that kind and id."""


@dataclass
class Row:
    """A raw row as stored (for verification and backups)."""

    id: str
    kind: str
    parent: str | None
    blob: bytes


def new_id() -> str:
    """A random 128-bit record id (hex); carries no time or order information."""
    return secrets.token_hex(16)


def check_id(value: object, what: str = "record id") -> str:
    """Validate an id from outside (CLI argument, backup file)."""
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        shown = quote(value) if isinstance(value, str) else type(value).__name__
        raise VaultError(f"{what} {shown} is not a vault id (32 lowercase hex digits)")
    return value


def encode_payload(fields: dict[str, Any], data: bytes = b"") -> bytes:
    """``header | json | data | zero padding``; padded to within ~6% of its size class."""
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    raw = _PAYLOAD_HEADER.pack(_PAYLOAD_VERSION, len(body), len(data)) + body + data
    return raw + bytes(_padded_length(len(raw)) - len(raw))


def decode_payload(plain: bytes) -> tuple[dict[str, Any], bytes]:
    """Inverse of :func:`encode_payload` (the bytes were authenticated before this runs)."""
    version, json_len, data_len = _PAYLOAD_HEADER.unpack_from(plain)
    start = _PAYLOAD_HEADER.size
    if version != _PAYLOAD_VERSION or start + json_len + data_len > len(plain):
        raise VaultError(f"a record uses payload version {version}, unknown to this app")
    fields = json.loads(plain[start:start + json_len].decode("utf-8"))
    data = plain[start + json_len:start + json_len + data_len]
    return fields, bytes(data)


def _padded_length(n: int) -> int:
    step = max(_MIN_PAD, (1 << max(n - 1, 1).bit_length()) // 16)  # 1/16 of the next power of 2
    return -(-n // step) * step


def _shown(value: object) -> str:
    """A kind or id for a message: as stored when it is short printable ASCII, else a
    placeholder (a damaged page can hold any bytes there)."""
    if isinstance(value, str) and value.isascii() and value.isprintable() and len(value) <= 64:
        return value
    return "(unreadable)"


def record_aad(vault_id: str, kind: str, record_id: str, parent: str | None) -> bytes:
    """A record's associated data: its full identity (vault, kind, id, owner).

    ValueError when a field is not ASCII text: a damaged database page can hand back bytes,
    numbers or garbage text in these columns."""
    fields = ("skingpt-vault-record/1", vault_id, kind, record_id, parent or "")
    if not all(isinstance(field, str) for field in fields):
        raise ValueError("a record's identity is not text (damaged database)")
    return "\x00".join(fields).encode("ascii")


class RecordStore:
    """Seal, store, load and delete records; the key comes from ``key_source`` on each use."""

    def __init__(self, conn: sqlite3.Connection, vault_id: str,
                 key_source: Callable[[], crypto.SecretKey]) -> None:
        self._conn = conn
        self._vault_id = vault_id
        self._key_source = key_source

    def aad(self, kind: str, record_id: str, parent: str | None) -> bytes:
        """Associated data: the record's full identity (vault, kind, id, owner)."""
        return record_aad(self._vault_id, kind, record_id, parent)

    def seal(self, kind: str, record_id: str, parent: str | None, fields: dict[str, Any],
             data: bytes = b"") -> bytes:
        """Encrypt one record's payload for the given identity."""
        return crypto.seal(self._key_source(), encode_payload(fields, data),
                           self.aad(kind, record_id, parent))

    def unseal(self, row: Row) -> tuple[dict[str, Any], bytes]:
        """Decrypt a row; :class:`RecordDamagedError` if it fails authentication."""
        key = self._key_source()
        try:
            if not isinstance(row.blob, bytes):
                raise ValueError("not a sealed blob (damaged database)")
            plain = crypto.open_sealed(key, row.blob, self.aad(row.kind, row.id, row.parent))
            return decode_payload(plain)
        except (crypto.DecryptionError, ValueError, struct.error):
            raise RecordDamagedError(_shown(row.kind), _shown(row.id)) from None

    def insert(self, kind: str, fields: dict[str, Any], *, data: bytes = b"",
               parent: str | None = None, record_id: str | None = None) -> str:
        """Seal and insert a new record; returns its id."""
        record_id = record_id or new_id()
        blob = self.seal(kind, record_id, parent, fields, data)
        with schema.transaction(self._conn):
            self._conn.execute("INSERT INTO records (id, kind, parent, blob) VALUES (?, ?, ?, ?)",
                               (record_id, kind, parent, blob))
        return record_id

    def insert_sealed(self, row: Row) -> None:
        """Insert an already sealed row (import after re-sealing)."""
        self._conn.execute("INSERT INTO records (id, kind, parent, blob) VALUES (?, ?, ?, ?)",
                           (row.id, row.kind, row.parent, row.blob))

    def update(self, kind: str, record_id: str, fields: dict[str, Any], data: bytes = b"") -> None:
        """Re-seal an existing record with new content (fresh nonce), keeping id and owner."""
        row = self.row(kind, record_id)
        blob = self.seal(kind, record_id, row.parent, fields, data)
        with schema.transaction(self._conn):
            self._conn.execute("UPDATE records SET blob = ? WHERE id = ? AND kind = ?",
                               (blob, record_id, kind))

    def row(self, kind: str, record_id: str) -> Row:
        """The raw row, or :class:`RecordNotFoundError`."""
        found = self._conn.execute("SELECT id, kind, parent, blob FROM records WHERE id = ? AND "
                                   "kind = ?", (record_id, kind)).fetchone()
        if found is None:
            raise RecordNotFoundError(f"the vault has no {kind} with id {record_id}")
        return Row(*found)

    def get(self, kind: str, record_id: str) -> tuple[str | None, dict[str, Any], bytes]:
        """(parent, fields, data) of one record."""
        row = self.row(kind, record_id)
        fields, data = self.unseal(row)
        return row.parent, fields, data

    def rows(self, kind: str | None = None, parent: str | None = None,
             *, by_parent: bool = False) -> Iterator[Row]:
        """Raw rows in insertion order, optionally of one kind and/or one owner.

        Lazy (a cursor), so exporting or verifying a vault of many photos never holds them all.
        """
        sql = "SELECT id, kind, parent, blob FROM records"
        args: list[str | None] = []
        where = []
        if kind is not None:
            where.append("kind = ?")
            args.append(kind)
        if by_parent:
            where.append("parent IS ?")
            args.append(parent)
        if where:
            sql += " WHERE " + " AND ".join(where)
        for found in self._conn.execute(sql + " ORDER BY seq", args):
            yield Row(*found)

    def load_all(self, kind: str | None, parent: str | None = None, *, by_parent: bool = False,
                 ) -> Iterator[tuple[Row, dict[str, Any] | None, bytes]]:
        """Decrypt many records; a damaged one yields ``fields=None`` instead of stopping."""
        for row in self.rows(kind, parent, by_parent=by_parent):
            try:
                fields, data = self.unseal(row)
            except RecordDamagedError:
                yield row, None, b""
                continue
            yield row, fields, data

    def ids(self, kind: str, parent: str) -> list[str]:
        """Ids of one owner's records of a kind, without decrypting anything."""
        return [r[0] for r in self._conn.execute(
            "SELECT id FROM records WHERE kind = ? AND parent = ? ORDER BY seq", (kind, parent))]

    def exists(self, record_id: str) -> bool:
        """True if any record has this id."""
        return self._conn.execute("SELECT 1 FROM records WHERE id = ?",
                                  (record_id,)).fetchone() is not None

    def delete(self, record_ids: list[str]) -> None:
        """Remove rows (secure_delete overwrites their pages)."""
        with schema.transaction(self._conn):
            self._conn.executemany("DELETE FROM records WHERE id = ?", [(i,) for i in record_ids])

    def reseal_all(self, old: crypto.SecretKey, new: crypto.SecretKey,
                   progress: Callable[[int, int], None] | None = None) -> int:
        """Re-encrypt every record from ``old`` to ``new`` inside the caller's transaction
        (same identity and associated data, fresh nonces). A record that no longer
        authenticates stays as it is (it could not be read before either). Returns how many
        such damaged records were left; ``progress(done, total)`` after each record."""
        seqs = [s for (s,) in self._conn.execute("SELECT seq FROM records ORDER BY seq")]
        damaged = 0
        for done, seq in enumerate(seqs, 1):
            found = self._conn.execute("SELECT id, kind, parent, blob FROM records WHERE seq = ?",
                                       (seq,)).fetchone()
            row = Row(*found)
            aad = self.aad(row.kind, row.id, row.parent)
            try:
                plain = crypto.open_sealed(old, row.blob, aad)
            except crypto.DecryptionError:
                damaged += 1
            else:
                self._conn.execute("UPDATE records SET blob = ? WHERE seq = ?",
                                   (crypto.seal(new, plain, aad), seq))
            if progress:
                progress(done, len(seqs))
        return damaged

    def counts(self) -> dict[str, int]:
        """Rows per kind: visible to anyone holding the file, key or not."""
        found = dict(self._conn.execute("SELECT kind, COUNT(*) FROM records GROUP BY kind"))
        return {kind: int(found.get(kind, 0)) for kind in KINDS}
