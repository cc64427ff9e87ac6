"""SQLite connection settings and numbered schema migrations.

The database holds no readable patient data: ``records`` rows carry a random id, a kind, the
random id of the owning record (for indexed loading) and an encrypted blob. Ordering comes from
the ``seq`` column (insertion order), so no plaintext timestamps are stored. ``meta`` holds the
vault header (key derivation settings, salts, wrapped keys): not secret, but authenticated
indirectly (a changed header only makes unwrapping fail).

Migrations are data: each is (version, name, SQL) and is recorded in ``schema_migrations`` in the
same transaction that applies it, so a crash never leaves a half-migrated vault.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from skingpt_desktop.core.errors import VaultError

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "vault header and encrypted records", """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE records (
            seq    INTEGER PRIMARY KEY AUTOINCREMENT,
            id     TEXT NOT NULL UNIQUE,
            kind   TEXT NOT NULL,
            parent TEXT,
            blob   BLOB NOT NULL
        );
        CREATE INDEX records_by_kind ON records (kind, seq);
        CREATE INDEX records_by_parent ON records (parent, kind, seq);
    """),
)
LATEST_VERSION = MIGRATIONS[-1][0]

# Durability and privacy settings, applied to every connection:
# - WAL: readers never block the writer and a commit is one append (crash-safe).
# - synchronous=FULL: in WAL mode, NORMAL may lose the last commits on power loss (not on an app
#   crash); a saved case must survive both, and one fsync per commit is cheap at desktop rates.
# - temp_store=MEMORY: sorts and temporary tables never spill to temp files on disk.
# - secure_delete: deleted ciphertext is overwritten rather than left in free pages.
# - trusted_schema=OFF: a crafted vault file cannot run SQL functions from views or triggers.
PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("temp_store", "MEMORY"),
    ("secure_delete", "ON"),
    ("trusted_schema", "OFF"),
)


def connect(path: Path) -> sqlite3.Connection:
    """Open the vault database with the settings above; autocommit, explicit transactions."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0,
                               check_same_thread=False)
        for name, value in PRAGMAS:
            conn.execute(f"PRAGMA {name}={value}")
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise VaultError(f"{path} is not a readable vault database ({exc})") from None
    if str(mode).lower() != "wal":
        conn.close()
        raise VaultError(f"{path}: the file system does not support SQLite's WAL mode")
    return conn


# What SQLite (or Python's sqlite3 module) says when the file itself is damaged.
_DAMAGE_SIGNS = ("malformed", "not a database", "could not decode", "corrupt")
# Messages safe to show as they are: they name a condition, never stored bytes.
_SAFE_MESSAGES = ("database disk image is malformed", "file is not a database",
                  "database is locked", "disk I/O error", "database or disk is full",
                  "attempt to write a readonly database", "unable to open database file")


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether ``exc`` says the vault file is damaged (not locked, full or unreachable)."""
    text = str(exc).lower()
    return any(sign in text for sign in _DAMAGE_SIGNS) or type(exc) is sqlite3.DatabaseError


def describe_database_error(exc: sqlite3.Error) -> str:
    """One sentence for an SQLite error that reached the user; SQLite's own words only when
    they are one of the known fixed messages (a decode error quotes the damaged bytes)."""
    message = str(exc)
    said = f" (SQLite: {message})" if message in _SAFE_MESSAGES else ""
    if is_damage(exc):
        return (f"the vault file is damaged{said}; `vault salvage OUT` copies every record "
                "that can still be read into a new vault in the folder OUT")
    return f"the vault file could not be used{said or ' (' + type(exc).__name__ + ')'}"


def check_is_vault(path: Path) -> None:
    """Refuse, without writing to it, a file that is not a vault (another app's database).

    Opened read-only: the normal connection would switch the file to WAL mode and migrations
    would add tables, i.e. change someone else's file before we know it is not ours.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
        try:
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            has_header = "meta" in tables and conn.execute(
                "SELECT 1 FROM meta WHERE key='header'").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise VaultError(f"{path} is not a readable vault database ({exc})") from None
    if not ({"schema_migrations", "records"} <= tables and has_header):
        raise VaultError(f"{path} is not a SkinGPT vault (it has no vault header); if it was "
                         "left by an interrupted `vault init`, delete it and run init again")


# Called after each outermost COMMIT on a connection (the vault's rollback mark): id -> call.
_AFTER_COMMIT: dict[int, Callable[[], None]] = {}


def after_commit(conn: sqlite3.Connection, callback: Callable[[], None] | None) -> None:
    """Run ``callback`` after every transaction :func:`transaction` commits on ``conn``
    (None removes it). One callback per connection."""
    if callback is None:
        _AFTER_COMMIT.pop(id(conn), None)
    else:
        _AFTER_COMMIT[id(conn)] = callback


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception; nests as one."""
    if conn.in_transaction:  # an inner block joins the outer transaction
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    callback = _AFTER_COMMIT.get(id(conn))
    if callback is not None:
        callback()


def applied_versions(conn: sqlite3.Connection) -> list[int]:
    """Migration versions recorded in the database (empty for a new file)."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' "
                          "AND name='schema_migrations'").fetchone()
    if not exists:
        return []
    rows = conn.execute("SELECT version FROM schema_migrations ORDER BY version")
    return [row[0] for row in rows]


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Apply every missing migration in order; return the schema version now in force."""
    try:
        with transaction(conn):
            conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                         "KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)")
            done = applied_versions(conn)
            if done and max(done) > LATEST_VERSION:
                raise VaultError(f"{path} uses vault schema version {max(done)}, newer than this "
                                 f"SkinGPT Desktop understands ({LATEST_VERSION}); update the app")
            for version, name, sql in MIGRATIONS:
                if version in done:
                    continue
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                             (version, name, int(time.time())))
    except sqlite3.DatabaseError as exc:
        raise VaultError(f"{path} is not a readable vault database ({exc})") from None
    return LATEST_VERSION


def _statements(sql: str) -> list[str]:
    """Split a migration script on ';' (migrations contain no string literals with ';')."""
    return [part.strip() for part in sql.split(";") if part.strip()]


def read_meta(conn: sqlite3.Connection, key: str) -> str | None:
    """One header value, or None."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def write_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Insert or replace one header value (call inside a transaction)."""
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                 "value = excluded.value", (key, value))
