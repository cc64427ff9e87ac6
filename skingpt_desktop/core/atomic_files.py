"""Files written whole or not at all.

Every file the app writes for the user or into a pack (settings, a report, a backup, a
recovery key, a pack's manifest, the hash cache) goes through here: the bytes go to a
temporary file in the target's own folder (so the rename never crosses file systems), are
flushed to the disk, and the temporary file is renamed over the target. A crash, a kill or a
full disk at any moment leaves the old file or the new one, never half of one, and the
temporary file is removed on any error, so nothing is left beside the target either.

``private=True`` creates the file readable and writable by its owner only (0600) from its
first byte: patient data and secrets never exist with wider permissions, even briefly.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

_ATTEMPTS = 5  # temporary names are random; a clash is retried, a persistent one is an error
# A temporary file untouched this long was left by a writer that was killed (SIGKILL, power
# loss), never one still writing: every write updates its time.
STALE_AFTER_S = 15 * 60


def _temporary_pattern(target: Path) -> re.Pattern[str]:
    """The names ``_create_temporary`` gives ``target``'s temporary files."""
    return re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.tmp")


def remove_stale_temporaries(path: str | os.PathLike[str], *,
                             older_than_s: float = STALE_AFTER_S) -> int:
    """Delete the temporary files a killed writer left beside ``path`` (those not modified for
    ``older_than_s`` seconds); returns how many. A signal that cannot be caught (SIGKILL) or a
    power loss is the only way one is left; the next write of the same file clears it."""
    target = Path(path)
    pattern = _temporary_pattern(target)
    now = time.time()
    removed = 0
    try:
        candidates = [entry for entry in os.scandir(target.parent) if pattern.fullmatch(entry.name)]
    except OSError:
        return 0
    for entry in candidates:
        try:
            if entry.is_file(follow_symlinks=False) and \
                    now - entry.stat(follow_symlinks=False).st_mtime >= older_than_s:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue  # gone meanwhile, or not ours to delete: leave it
    return removed


def _create_temporary(target: Path, private: bool) -> tuple[int, Path]:
    """A new, empty temporary file beside ``target``: its descriptor and path."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    mode = 0o600 if private else 0o666  # the umask still applies to the shared mode
    for attempt in range(_ATTEMPTS):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, mode), temp
        except FileExistsError:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


@contextmanager
def atomic_writer(path: str | os.PathLike[str], *, private: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into; it replaces ``path`` when the block
    ends without an exception, and is deleted when one escapes (``path`` is then untouched)."""
    target = Path(path)
    fd, temp = _create_temporary(target, private)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomically(path: str | os.PathLike[str], data: bytes | str, *, private: bool = False,
                     encoding: str = "utf-8") -> Path:
    """Replace ``path``'s content with ``data`` (text is encoded with ``encoding``) in one step;
    returns the path. Raises OSError (the target untouched) when it cannot be written."""
    with atomic_writer(path, private=private) as out:
        out.write(data.encode(encoding) if isinstance(data, str) else data)
    return Path(path)
