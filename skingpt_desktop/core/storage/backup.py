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
:func:`preview_backup` is the first pass alone: it says what an import would add and writes
nothing.

The manifest names the record version the records were written at (``record_version``; a
backup from before versions were recorded holds version 1). Import upgrades each record with
:mod:`record_migrations` before sealing it, and refuses a backup from a newer app.

Export and import take ``progress(done, total)`` and ``cancelled()``: the checking pass reports
``total`` 0 (the count is in the manifest, at the end of the file); a cancel raises
:class:`BackupCancelled` and leaves no file (export) or rolls back (import).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
import stat
import struct
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from skingpt_desktop.core.atomic_files import atomic_writer, remove_stale_temporaries
from skingpt_desktop.core.bounded_input import (
    check_regular_file,
    loads_json,
    quote,
    quote_value,
    short_path,
)
from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import (
    audit,
    crypto,
    evaluations,
    keyring,
    record_migrations,
    schema,
)
from skingpt_desktop.core.storage.evaluations import StoredEvaluation
from skingpt_desktop.core.storage.models import (
    Case,
    Conversation,
    Message,
    Patient,
    Report,
    from_fields,
)
from skingpt_desktop.core.storage.records import (
    KINDS,
    RecordStore,
    Row,
    check_id,
    decode_payload,
    encode_payload,
)


class Vault(Protocol):
    """What a backup reads from and writes into: an open, unlocked vault (``vault.Vault`` is
    one). A protocol, so that this module and ``vault``, which calls it, do not import each
    other."""

    _conn: sqlite3.Connection
    _store: RecordStore

    @property
    def _header(self) -> keyring.Header: ...

    def _key(self) -> crypto.SecretKey: ...

    def get_case(self, case_id: str) -> Case: ...

    def list_patients(self) -> list[Patient]: ...


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
               "message": "conversation", "report": "case", "audit": None, "evaluation": None,
               "evaluation_answer": "evaluation"}
SUFFIX = ".skgbackup"
# progress(done, total): records handled so far; total 0 while it is not known yet.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class BackupError(VaultError):
    """A backup file is not readable: wrong passphrase, damaged, truncated or not a backup."""


class BackupPassphraseError(BackupError):
    """The passphrase does not open the backup (or its key block is damaged)."""


class BackupCancelled(BackupError):
    """The user stopped an export or an import; nothing was written."""


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
class PreviewCase:
    """A case in a backup, as a restore preview lists it."""

    id: str
    title: str  # the title, else the first question ("" if neither)
    patient: str | None  # the patient's name or ID ("" unnamed); None: no patient
    created_at: float


@dataclass
class BackupPreview:
    """What importing a backup would do (a dry run: nothing was written)."""

    scope: str  # "vault" or "case"
    created: float | None
    record_version: int
    counts: dict[str, int]  # records per kind in the file
    added: int  # records the vault does not have: an import adds them
    skipped: int  # records already in the vault: an import keeps them as they are
    added_counts: dict[str, int] = field(default_factory=dict)
    cases_added: list[PreviewCase] = field(default_factory=list)
    cases_present: list[PreviewCase] = field(default_factory=list)
    patients_added: list[str] = field(default_factory=list)  # names or IDs ("" unnamed)
    patients_present: list[str] = field(default_factory=list)

    @property
    def records(self) -> int:
        """Records in the file."""
        return sum(self.counts.values())


@dataclass
class _Record:
    kind: str
    id: str
    parent: str | None
    fields: dict[str, Any]
    data: bytes


# ----- export --------------------------------------------------------------------------------

def export_records(vault: Vault, dest: Path, passphrase: str, *, case_id: str | None = None,
                   overwrite: bool = False, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> ExportSummary:
    """Write the vault (or one case with its patient) to ``dest`` atomically.

    ``progress(done, total)`` follows the records; when ``cancelled()`` turns true the partial
    file is removed and :class:`BackupCancelled` is raised.
    """
    _check_destination(dest, overwrite)
    remove_stale_temporaries(dest)  # what an export killed with SIGKILL left here
    rows, total = _rows_in_scope(vault, case_id)
    kdf = vault._header.kdf
    counts: Counter[str] = Counter()
    damaged = 0
    try:
        with atomic_writer(dest, private=True) as out:
            writer = _Writer(out, passphrase, kdf)
            for done, row in enumerate(rows, 1):
                _stop_if_cancelled(cancelled, "no file was written")
                try:
                    fields, data = vault._store.unseal(row)
                except VaultError:
                    damaged += 1
                else:
                    writer.record(_Record(row.kind, row.id, row.parent, fields, data))
                    counts[row.kind] += 1
                _report(progress, done, total)
            _stop_if_cancelled(cancelled, "no file was written")
            scope = "vault" if case_id is None else "case"
            writer.finish({"scope": scope, "case_id": case_id, "counts": dict(counts),
                           "records": sum(counts.values()), "created": time.time(),
                           "record_version": record_migrations.LATEST_RECORD_VERSION})
    except OSError as exc:
        raise BackupError(f"cannot write the backup {short_path(dest)}: "
                          f"{exc.strerror or exc}") from None
    return ExportSummary(dest, scope, sum(counts.values()), dict(counts), damaged)


def _check_destination(dest: Path, overwrite: bool) -> None:
    """Refuse an existing backup (unless ``overwrite``), a folder, or a path the system cannot
    use (too long, a NUL byte) with one sentence."""
    try:
        info = os.stat(dest)
    except FileNotFoundError:
        return
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or "not a valid path"
        raise BackupError(f"cannot write the backup {short_path(dest)}: {reason}") from None
    if not overwrite:
        raise BackupError(f"{short_path(dest)} already exists; choose another name or allow "
                          "overwriting")
    if stat.S_ISDIR(info.st_mode):
        raise BackupError(f"{short_path(dest)} is a folder; give a file name for the backup")


def _rows_in_scope(vault: Vault, case_id: str | None) -> tuple[Iterable[Row], int]:
    """The rows to export (lazy for the whole vault) and how many there are."""
    store = vault._store
    if case_id is None:
        return store.rows(), sum(store.counts().values())
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
    return rows, len(rows)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _stop_if_cancelled(cancelled: Cancelled | None, outcome: str) -> None:
    if cancelled is not None and cancelled():
        raise BackupCancelled(f"the backup was cancelled; {outcome}")


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
    check_regular_file(path, "the backup", BackupError)  # a FIFO would block, a device never end
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
        kdf, salt, wrapped = _parse_header(self._read(length), self._name)
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


def _parse_header(raw: bytes, name: str) -> tuple[crypto.KdfParams, bytes, bytes]:
    """The header's key derivation settings, salt and wrapped file key, every field checked
    (and the JSON read within bounds) before any key is derived."""
    header = loads_json(raw, f"the header of the backup {name}", BackupError,
                        max_bytes=MAX_HEADER_BYTES, max_depth=4)
    if not isinstance(header, dict):
        raise BackupError(f"the backup {name} has a damaged header (not a JSON object)")
    if header.get("format") != FORMAT_VERSION:
        raise BackupError(f"the backup {name} uses format {quote(str(header.get('format')))}")
    try:
        kdf = crypto.KdfParams.from_dict(header.get("kdf"))
    except VaultError as exc:
        raise BackupError(f"the backup {name} has a damaged header: {exc}") from None
    try:
        salt, wrapped = bytes.fromhex(header["salt"]), bytes.fromhex(header["wrapped_key"])
    except (ValueError, KeyError, TypeError):
        raise BackupError(f"the backup {name} has a damaged header (salt or wrapped key)") \
            from None
    if len(salt) != crypto.SALT_BYTES:
        raise BackupError(f"the backup {name} has a damaged header (salt)")
    return kdf, salt, wrapped


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
    elif rec.kind == "evaluation":
        from_fields(StoredEvaluation, rec.fields).validate()
    elif rec.kind == "evaluation_answer":
        evaluations.check_answer(rec.fields)
    elif rec.kind == "photo":
        if hashlib.sha256(rec.data).hexdigest() != rec.fields.get("sha256"):
            raise VaultError("a photo's bytes do not match its checksum")


def _check_manifest(manifest: dict[str, Any], counts: Counter[str], name: str) -> None:
    declared = manifest.get("counts", {})
    if {k: v for k, v in declared.items() if v} != dict(counts) \
            or manifest.get("records") != sum(counts.values()):
        raise BackupError(f"the backup {name} does not contain the records its manifest lists")


def verify_backup(path: Path, passphrase: str, *,
                  on_record: Callable[[_Record], None] | None = None,
                  progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> dict[str, Any]:
    """Pass one: verify the whole file and the links between its records; writes nothing.

    Returns the manifest. ``on_record`` sees each verified record (the preview counts them);
    ``progress(done, 0)`` follows them (the total is known only at the end).
    """
    kinds: dict[str, str] = {}
    links: list[tuple[str, str, str | None]] = []  # (kind, id, parent)
    manifest: dict[str, Any] = {}
    for item in read_records(path, passphrase):
        if isinstance(item, dict):
            manifest = item
            break
        _stop_if_cancelled(cancelled, "nothing was written")
        _report(progress, len(kinds) + 1, 0)
        if on_record is not None:
            on_record(item)
        if item.id in kinds:
            raise BackupError(f"the backup {path.name} holds the record {item.id} twice")
        kinds[item.id] = item.kind
        links.append((item.kind, item.id, item.parent))
    for kind, record_id, parent in links:
        want = PARENT_KIND[kind]
        if (want is None) != (parent is None) or (parent is not None and kinds.get(parent) != want):
            raise BackupError(f"the backup {path.name} is inconsistent: the {kind} {record_id} "
                              "belongs to a record that is not in it")
    record_version(manifest, path.name)
    return manifest


def record_version(manifest: dict[str, Any], name: str) -> int:
    """The record version a backup's records were written at; a newer one is refused."""
    version = manifest.get("record_version", record_migrations.FIRST_RECORD_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) \
            or version < record_migrations.FIRST_RECORD_VERSION:
        raise BackupError(f"the backup {name} has a damaged manifest (record version "
                          f"{quote_value(version)})")
    if version > record_migrations.LATEST_RECORD_VERSION:
        raise BackupError(f"the backup {name} was made by a newer version of SkinGPT Desktop "
                          f"(records of version {version}); update the app to restore it")
    return version


def import_records(vault: Vault, src: Path, passphrase: str, *,
                   progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> ImportSummary:
    """Verify ``src`` completely, then insert its records (upgraded) in one transaction.

    ``progress`` reports the checking pass with total 0, then the writing pass with the
    manifest's total; a cancel rolls the transaction back (:class:`BackupCancelled`).
    """
    vault._key()  # fail fast when locked, before the slow key derivation
    manifest = verify_backup(src, passphrase, progress=progress, cancelled=cancelled)
    from_version = record_version(manifest, src.name)
    total = int(manifest.get("records", 0))
    imported: Counter[str] = Counter()
    skipped = done = 0
    with schema.transaction(vault._conn):
        for item in read_records(src, passphrase):  # re-verified; a mismatch rolls back
            if isinstance(item, dict):
                if item.get("records") != manifest.get("records"):
                    raise BackupError(f"the backup {src.name} changed while it was imported")
                break
            _stop_if_cancelled(cancelled, "nothing was added to the vault")
            done += 1
            if vault._store.exists(item.id):
                skipped += 1
            else:
                rec = _upgraded(item, from_version, src.name)
                blob = vault._store.seal(rec.kind, rec.id, rec.parent, rec.fields, rec.data)
                vault._store.insert_sealed(Row(rec.id, rec.kind, rec.parent, blob))
                imported[rec.kind] += 1
            _report(progress, done, total)
        _stop_if_cancelled(cancelled, "nothing was added to the vault")
    return ImportSummary(str(manifest.get("scope", "vault")), sum(imported.values()), skipped,
                         dict(imported))


def _upgraded(rec: _Record, from_version: int, name: str) -> _Record:
    """``rec`` in the current record shape (checked again, as a record created here)."""
    fields = record_migrations.upgrade_fields(rec.kind, rec.fields, from_version)
    upgraded = _Record(rec.kind, rec.id, rec.parent, fields, rec.data)
    try:
        _validate_fields(upgraded)
    except (ValueError, KeyError, TypeError, VaultError) as exc:
        raise BackupError(f"the backup {name} holds an invalid record ({exc})") from None
    return upgraded


# ----- preview (a dry run of import) -----------------------------------------------------------

def preview_backup(vault: Vault, path: Path, passphrase: str, *,
                   progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> BackupPreview:
    """Verify ``path`` exactly as import's first pass does and say what an import would add
    (and what it would keep because the vault has it already); writes nothing."""
    vault._key()  # fail fast when locked, before the slow key derivation
    seen = _PreviewRecords(vault._store.exists)
    manifest = verify_backup(path, passphrase, on_record=seen.add, progress=progress,
                             cancelled=cancelled)
    total = int(manifest.get("records", 0))
    _report(progress, total, total)
    return seen.preview(manifest, record_version(manifest, path.name), _vault_labels(vault, seen))


class _PreviewRecords:
    """Collects, record by record, what a preview shows (only cases and patients are kept)."""

    def __init__(self, exists: Callable[[str], bool]) -> None:
        self._exists = exists
        self.added: Counter[str] = Counter()
        self.skipped = 0
        self.cases: list[tuple[_Record, bool]] = []
        self.patients: dict[str, tuple[str, bool]] = {}  # id -> (label, present)

    def add(self, rec: _Record) -> None:
        present = self._exists(rec.id)
        if present:
            self.skipped += 1
        else:
            self.added[rec.kind] += 1
        if rec.kind == "case":
            self.cases.append((rec, present))
        elif rec.kind == "patient":
            self.patients[rec.id] = (rec.fields.get("label") or "", present)

    def preview(self, manifest: dict[str, Any], version: int,
                vault_labels: dict[str, str]) -> BackupPreview:
        labels = {**vault_labels, **{pid: label for pid, (label, _) in self.patients.items()}}
        declared = manifest.get("counts", {})
        result = BackupPreview(
            str(manifest.get("scope", "vault")), manifest.get("created"), version,
            {k: declared[k] for k in KINDS if declared.get(k)},
            sum(self.added.values()), self.skipped,
            {k: self.added[k] for k in KINDS if self.added[k]})
        for rec, present in sorted(self.cases, key=lambda c: c[0].fields.get("created_at", 0)):
            fields = rec.fields
            patient_id = fields.get("patient_id")
            line = PreviewCase(rec.id, fields.get("title") or fields.get("first_question") or "",
                               None if patient_id is None else labels.get(patient_id, ""),
                               float(fields.get("created_at") or 0.0))
            (result.cases_present if present else result.cases_added).append(line)
        for label, present in self.patients.values():
            (result.patients_present if present else result.patients_added).append(label)
        return result


def _vault_labels(vault: Vault, seen: _PreviewRecords) -> dict[str, str]:
    """Names of the vault's patients that cases in the backup name but the backup lacks."""
    wanted = {rec.fields.get("patient_id") for rec, _ in seen.cases} - set(seen.patients) - {None}
    return {p.id: p.label or "" for p in vault.list_patients() if p.id in wanted} if wanted else {}
