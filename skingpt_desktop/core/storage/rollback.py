"""Noticing that the vault file went back in time: an older copy restored over it, or its
``-wal`` companion lost after a crash (the newest commits live there until a checkpoint).

After every commit made while the vault is unlocked, the highest record number the file has
ever used (SQLite's ``sqlite_sequence``, which deletions never lower) is written to a small mark
file beside the vault, authenticated with a key derived from the data key. At the next unlock,
before anything is written, a file whose highest record number is below the mark has lost its
newest records: the vault says so (status warning, CLI warning, the window's notice) and
records it in the audit log. The mark then follows the file again, so the notice comes once.

What this does not catch: a mark rolled back together with the vault (the whole data folder
restored from an old copy) or deleted; an attacker with write access to the folder can do both.
docs/security.md says so under "Rollback".
"""

from __future__ import annotations

import hmac
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from skingpt_desktop.core.atomic_files import write_atomically
from skingpt_desktop.core.bounded_input import loads_json
from skingpt_desktop.core.storage import crypto

MARK_SUFFIX = ".mark"
MAX_MARK_BYTES = 4096
MARK_INFO = b"skingpt-vault rollback mark v1"


@dataclass(frozen=True)
class RollbackNotice:
    """The file holds fewer records than it did when this computer last used it."""

    expected_row: int  # the highest record number the mark remembers
    found_row: int  # the highest record number the file has now

    def sentence(self) -> str:
        """What to tell the user."""
        missing = self.expected_row - self.found_row
        return (f"this vault is older than the copy last used on this computer: up to {missing} "
                "of the newest records are missing (an older copy of the file was put back, or "
                "its -wal file was lost after a crash); if you have the newer file, use that")


def mark_path(vault_file: Path) -> Path:
    """Where the mark of ``vault_file`` lives (beside it)."""
    return vault_file.with_name(vault_file.name + MARK_SUFFIX)


def highest_row(conn: sqlite3.Connection) -> int:
    """The highest record number the file has ever used (0 for a new vault)."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'records'").fetchone()
    return int(row[0]) if row else 0


def _tag(data_key: crypto.SecretKey, vault_id: str, row: int) -> str:
    key = crypto.hkdf(data_key.material, MARK_INFO, salt=vault_id.encode("ascii"))
    try:
        return hmac.new(bytes(key.material), f"{vault_id}:{row}".encode("ascii"),
                        "sha256").hexdigest()
    finally:
        key.wipe()


def write_mark(vault_file: Path, data_key: crypto.SecretKey, vault_id: str, row: int) -> None:
    """Remember ``row`` for this vault (best effort: a folder that refuses it loses nothing)."""
    text = json.dumps({"vault": vault_id, "row": row, "tag": _tag(data_key, vault_id, row)})
    try:
        write_atomically(mark_path(vault_file), text, private=True)
    except OSError:
        pass


def read_mark(vault_file: Path, data_key: crypto.SecretKey, vault_id: str) -> int | None:
    """The remembered row, or None when there is no mark, it is damaged, belongs to another
    vault or does not authenticate (then nothing can be said)."""
    try:
        raw = mark_path(vault_file).read_bytes()
        data = loads_json(raw, "vault mark", ValueError, max_bytes=MAX_MARK_BYTES)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("vault") != vault_id:
        return None
    row, tag = data.get("row"), data.get("tag")
    if not isinstance(row, int) or isinstance(row, bool) or not isinstance(tag, str):
        return None
    return row if hmac.compare_digest(tag, _tag(data_key, vault_id, row)) else None


def check(vault_file: Path, conn: sqlite3.Connection, data_key: crypto.SecretKey,
          vault_id: str) -> RollbackNotice | None:
    """A notice when the file's highest record number is below its mark."""
    remembered = read_mark(vault_file, data_key, vault_id)
    found = highest_row(conn)
    if remembered is not None and remembered > found:
        return RollbackNotice(remembered, found)
    return None
