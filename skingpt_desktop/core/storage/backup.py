"""Encrypted backup files: the whole vault or one case in a single file.

Layout (all integers big-endian)::

    magic "SKINGPT-BACKUP\\0\\1" (16 bytes)
    u32 header length | header JSON: format, Argon2id settings, salt, wrapped file key
    frames: u8 type (0 record, 1 manifest) | u32 length | AES-256-GCM blob
    32-byte HMAC-SHA256 over everything before it

The backup has its own salt and a random file key wrapped under Argon2id(passphrase) with the
vault's calibrated settings, so it opens on any machine with that passphrase and never exposes
the vault's data key. Frame i is sealed with associated data (header digest, i, type): frames
cannot be reordered, dropped, swapped between files or turned into the final one. The manifest
frame carries per-kind counts; the trailing MAC covers the whole file.

Import reads the file twice: the first pass verifies everything (every frame, counts, MAC,
links between records, field validity) and writes nothing; the second pass re-verifies while it
inserts, inside one transaction that is rolled back unless the final MAC matches again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import struct
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import audit, crypto, schema
from skingpt_desktop.core.storage.models import (
    Case, Conversation, Message, Patient, Report, from_fields)
from skingpt_desktop.core.storage.records import (
    KINDS, Row, check_id, decode_payload, encode_payload)

if TYPE_CHECKING:
    from skingpt_desktop.core.storage.vault import Vault

MAGIC = b"SKINGPT-BACKUP\x00\x01"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 64 * 1024
MAX_FRAME_BYTES = 256 * 1024 * 1024
MAC_BYTES = 32
FRAME_RECORD, FRAME_MANIFEST = 0, 1
_FRAME_HEAD = struct.Struct(">BI")
_WRAP_AAD = b"skingpt-backup-wrap/1"
# The kind each kind's owner must have (records.parent); None: no owner.
PARENT_KIND = {"patient": None, "case": None, "photo": "case", "conversation": "case",
               "message": "conversation", "report": "case", "audit": None}
SUFFIX = ".skgbackup"


class BackupError(VaultError):
    """A backup file is not readable: wrong passphrase, damaged, truncated or not a backup."""


class BackupPassphraseError(BackupError):
    """The passphrase does not open the backup (or its key block is damaged)."""


@dataclass
class ExportSummary:
    """What an export wrote."""

    path: Path
    scope: str  # "vault" or "case"
    records: int
    counts: dict[str, int]
    damaged_skipped: int = 0


@dataclass
class ImportSummary:
    """What an import added (``skipped``: records the vault already had, left as they were)."""

    scope: str
    imported: int
    skipped: int
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class _Record:
    kind: str
    id: str
    parent: str | None
    fields: dict[str, Any]
    data: bytes


# ----- export --------------------------------------------------------------------------------

def export_records(vault: Vault, dest: Path, passphrase: str, *, case_id: str | None = None,
                   overwrite: bool = False) -> ExportSummary:
    """Write the vault (or one case with its patient) to ``dest`` atomically."""
    if dest.exists() and not overwrite:
        raise BackupError(f"{dest} already exists; choose another name or allow overwriting")
    if dest.exists() and dest.is_dir():
        raise BackupError(f"{dest} is a folder; give a file name for the backup")
    rows = _rows_in_scope(vault, case_id)
    kdf = vault._header.kdf
    tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}.tmp")
    counts: Counter[str] = Counter()
    damaged = 0
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            writer = _Writer(out, passphrase, kdf)
            for row in rows:
                try:
                    fields, data = vault._store.unseal(row)
                except VaultError:
                    damaged += 1
                    continue
                writer.record(_Record(row.kind, row.id, row.parent, fields, data))
                counts[row.kind] += 1
            scope = "vault" if case_id is None else "case"
            writer.finish({"scope": scope, "case_id": case_id, "counts": dict(counts),
                           "records": sum(counts.values()), "created": time.time()})
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        raise BackupError(f"cannot write the backup {dest}: {exc.strerror or exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return ExportSummary(dest, scope, sum(counts.values()), dict(counts), damaged)


def _rows_in_scope(vault: Vault, case_id: str | None) -> Iterable[Row]:
    store = vault._store
    if case_id is None:
        return store.rows()
    case_row = store.row("case", check_id(case_id, "case id"))
    rows: list[Row] = []
    patient_id = vault.get_case(case_id).patient_id
    if patient_id is not None and store.exists(patient_id):
        rows.append(store.row("patient", patient_id))
    conversations = list(store.rows("conversation", case_id, by_parent=True))
    rows.append(case_row)
    rows += store.rows("photo", case_id, by_parent=True)
    rows += conversations
    rows += store.rows("report", case_id, by_parent=True)
    for conversation in conversations:
        rows += store.rows("message", conversation.id, by_parent=True)
    return rows


class _Writer:
    """Writes header, frames and MAC; keeps the frame counter that goes into each frame's AAD."""

    def __init__(self, out: IO[bytes], passphrase: str, kdf: crypto.KdfParams) -> None:
        self._out = out
        file_key = crypto.SecretKey.generate()
        salt = os.urandom(crypto.SALT_BYTES)
        kek = crypto.derive_kek(passphrase, salt, kdf)
        try:
            wrapped = crypto.wrap_key(kek, file_key, _WRAP_AAD)
        finally:
            kek.wipe()
        header = json.dumps({"format": FORMAT_VERSION, "kdf": kdf.to_dict(),
                             "salt": salt.hex(), "wrapped_key": wrapped.hex()}).encode("utf-8")
        self._enc_key, mac_key = _subkeys(file_key)
        file_key.wipe()
        self._mac = hmac.new(bytes(mac_key.material), digestmod=hashlib.sha256)
        mac_key.wipe()
        head = MAGIC + struct.pack(">I", len(header)) + header
        self._digest = hashlib.sha256(head).digest()
        self._index = 0
        self._write(head)

    def record(self, rec: _Record) -> None:
        payload = encode_payload({"kind": rec.kind, "id": rec.id, "parent": rec.parent,
                                  "fields": rec.fields}, rec.data)
        self._frame(FRAME_RECORD, payload)

    def finish(self, manifest: dict[str, Any]) -> None:
        self._frame(FRAME_MANIFEST, encode_payload(manifest))
        self._out.write(self._mac.digest())
        self._enc_key.wipe()

    def _frame(self, kind: int, payload: bytes) -> None:
        blob = crypto.seal(self._enc_key, payload, _frame_aad(self._digest, self._index, kind))
        self._write(_FRAME_HEAD.pack(kind, len(blob)) + blob)
        self._index += 1

    def _write(self, chunk: bytes) -> None:
        self._mac.update(chunk)
        self._out.write(chunk)


def _subkeys(file_key: crypto.SecretKey) -> tuple[crypto.SecretKey, crypto.SecretKey]:
    return (crypto.hkdf(file_key.material, b"skingpt backup frames v1"),
            crypto.hkdf(file_key.material, b"skingpt backup mac v1"))


def _frame_aad(digest: bytes, index: int, kind: int) -> bytes:
    return b"skingpt-backup-frame/1" + digest + struct.pack(">QB", index, kind)


# ----- reading and import --------------------------------------------------------------------

def read_records(path: Path, passphrase: str) -> Iterator[_Record | dict[str, Any]]:
    """Yield each verified record, then the manifest once the counts and the MAC check out."""
    name = path.name
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed in finally below
    except OSError as exc:
        raise BackupError(f"cannot open the backup {path}: {exc.strerror}") from None
    try:
        reader = _Reader(stream, name)
        enc_key, mac, digest = reader.open_header(passphrase)
        counts: Counter[str] = Counter()
        index = 0
        while True:
            kind, payload = reader.frame(enc_key, digest, index)
            index += 1
            if kind == FRAME_MANIFEST:
                manifest, _ = decode_payload(payload)
                break
            rec = _parse_record(payload, name)
            counts[rec.kind] += 1
            yield rec
        reader.check_end(mac)
        enc_key.wipe()
        _check_manifest(manifest, counts, name)
        yield manifest
    finally:
        stream.close()


class _Reader:
    """Bounded reads from an untrusted backup file; every byte read also feeds the MAC."""

    def __init__(self, stream: IO[bytes], name: str) -> None:
        self._stream = stream
        self._name = name
        self._mac: hmac.HMAC | None = None
        self._seen = b""

    def _read(self, n: int) -> bytes:
        chunk = self._stream.read(n)
        if len(chunk) != n:
            raise BackupError(f"the backup {self._name} is truncated (it ends too early)")
        if self._mac is None:
            self._seen += chunk
        else:
            self._mac.update(chunk)
        return chunk

    def open_header(self, passphrase: str) -> tuple[crypto.SecretKey, hmac.HMAC, bytes]:
        if self._stream.read(len(MAGIC)) != MAGIC:
            raise BackupError(f"{self._name} is not a SkinGPT backup file")
        self._seen = MAGIC
        (length,) = struct.unpack(">I", self._read(4))
        if length > MAX_HEADER_BYTES:
            raise BackupError(f"the backup {self._name} has an oversized header; it is damaged")
        try:
            header = json.loads(self._read(length))
            if header.get("format") != FORMAT_VERSION:
                raise BackupError(f"the backup {self._name} uses format {header.get('format')!r}")
            kdf = crypto.KdfParams.from_dict(header["kdf"])
            salt, wrapped = bytes.fromhex(header["salt"]), bytes.fromhex(header["wrapped_key"])
        except (ValueError, KeyError, TypeError, AttributeError):
            raise BackupError(f"the backup {self._name} has a damaged header") from None
        kek = crypto.derive_kek(passphrase, salt, kdf)
        try:
            file_key = crypto.unwrap_key(kek, wrapped, _WRAP_AAD)
        except crypto.DecryptionError:
            raise BackupPassphraseError(f"wrong passphrase for the backup {self._name}, or "
                                        "the file is damaged") from None
        finally:
            kek.wipe()
        enc_key, mac_key = _subkeys(file_key)
        file_key.wipe()
        self._mac = hmac.new(bytes(mac_key.material), self._seen, hashlib.sha256)
        mac_key.wipe()
        return enc_key, self._mac, hashlib.sha256(self._seen).digest()

    def frame(self, enc_key: crypto.SecretKey, digest: bytes, index: int) -> tuple[int, bytes]:
        kind, length = _FRAME_HEAD.unpack(self._read(_FRAME_HEAD.size))
        if kind not in (FRAME_RECORD, FRAME_MANIFEST) or length > MAX_FRAME_BYTES:
            raise BackupError(f"the backup {self._name} is damaged at entry {index + 1}")
        blob = self._read(length)
        try:
            return kind, crypto.open_sealed(enc_key, blob, _frame_aad(digest, index, kind))
        except crypto.DecryptionError:
            raise BackupError(f"the backup {self._name} is damaged or was altered at entry "
                              f"{index + 1}") from None

    def check_end(self, mac: hmac.HMAC) -> None:
        expected = mac.digest()
        trailer = self._stream.read(MAC_BYTES)
        if len(trailer) != MAC_BYTES:
            raise BackupError(f"the backup {self._name} is truncated (its checksum is missing)")
        if not hmac.compare_digest(trailer, expected):
            raise BackupError(f"the backup {self._name} failed its whole-file integrity check")
        if self._stream.read(1):
            raise BackupError(f"the backup {self._name} has unexpected data after its end")


def _parse_record(payload: bytes, name: str) -> _Record:
    try:
        meta, data = decode_payload(payload)
        kind, parent = meta["kind"], meta["parent"]
        if kind not in KINDS or not isinstance(meta["fields"], dict):
            raise ValueError(kind)
        rec = _Record(kind, check_id(meta["id"]), None if parent is None else check_id(parent),
                      meta["fields"], data)
        _validate_fields(rec)
    except (ValueError, KeyError, TypeError, VaultError) as exc:
        raise BackupError(f"the backup {name} holds an invalid record ({exc})") from None
    return rec


def _validate_fields(rec: _Record) -> None:
    """Field-level checks, so an imported record can be used like one created here."""
    model = {"patient": Patient, "case": Case, "message": Message, "report": Report}.get(rec.kind)
    extra: dict[str, Any] = {"case_id": rec.parent} if rec.kind == "report" else {}
    if model is not None:
        from_fields(model, rec.fields, **extra).validate()
    elif rec.kind == "conversation":
        from_fields(Conversation, rec.fields, case_id=rec.parent)
    elif rec.kind == "audit":
        audit.make_entry(rec.fields.get("event", ""), rec.fields.get("details", {}))
    elif rec.kind == "photo":
        if hashlib.sha256(rec.data).hexdigest() != rec.fields.get("sha256"):
            raise VaultError("a photo's bytes do not match its checksum")


def _check_manifest(manifest: dict[str, Any], counts: Counter[str], name: str) -> None:
    declared = manifest.get("counts", {})
    if {k: v for k, v in declared.items() if v} != dict(counts) \
            or manifest.get("records") != sum(counts.values()):
        raise BackupError(f"the backup {name} does not contain the records its manifest lists")


def verify_backup(path: Path, passphrase: str) -> dict[str, Any]:
    """Pass one: verify the whole file and the links between its records; writes nothing."""
    kinds: dict[str, str] = {}
    links: list[tuple[str, str, str]] = []  # (kind, id, parent)
    manifest: dict[str, Any] = {}
    for item in read_records(path, passphrase):
        if isinstance(item, dict):
            manifest = item
            break
        if item.id in kinds:
            raise BackupError(f"the backup {path.name} holds the record {item.id} twice")
        kinds[item.id] = item.kind
        links.append((item.kind, item.id, item.parent))
    for kind, record_id, parent in links:
        want = PARENT_KIND[kind]
        if (want is None) != (parent is None) or (parent is not None and kinds.get(parent) != want):
            raise BackupError(f"the backup {path.name} is inconsistent: the {kind} {record_id} "
                              "belongs to a record that is not in it")
    return manifest


def import_records(vault: Vault, src: Path, passphrase: str) -> ImportSummary:
    """Verify ``src`` completely, then insert its records in one transaction."""
    vault._key()  # fail fast when locked, before the slow key derivation
    manifest = verify_backup(src, passphrase)
    imported: Counter[str] = Counter()
    skipped = 0
    with schema.transaction(vault._conn):
        for item in read_records(src, passphrase):  # re-verified; a mismatch rolls back
            if isinstance(item, dict):
                if item.get("records") != manifest.get("records"):
                    raise BackupError(f"the backup {src.name} changed while it was imported")
                break
            if vault._store.exists(item.id):
                skipped += 1
                continue
            blob = vault._store.seal(item.kind, item.id, item.parent, item.fields, item.data)
            vault._store.insert_sealed(Row(item.id, item.kind, item.parent, blob))
            imported[item.kind] += 1
    return ImportSummary(str(manifest.get("scope", "vault")), sum(imported.values()), skipped,
                         dict(imported))
