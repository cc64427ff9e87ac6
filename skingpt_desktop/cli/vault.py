"""``main.py vault``: create, inspect, back up and restore the encrypted vault, headless.

Secrets come from a hidden prompt, or for automation from the environment:

- ``SKINGPT_PASSPHRASE``: the vault passphrase (for ``init``: the new vault's passphrase);
- ``SKINGPT_NEW_PASSPHRASE``: the new passphrase for ``change-passphrase``;
- ``SKINGPT_RECOVERY_KEY``: the recovery key for ``change-passphrase --recovery-key``;
- ``SKINGPT_BACKUP_PASSPHRASE``: a backup's passphrase when it differs from the vault's;
- ``SKINGPT_VAULT_TEST_KDF=1``: ``init`` uses test-only (weak, fast) key derivation. For the
  automated tests only; ``vault status`` warns about such a vault.

Without a terminal and without the variable, one line is read from standard input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from skingpt_desktop.cli.vault_evaluations import register_evaluation_actions
from skingpt_desktop.cli.vault_records import add_patient, register_add_patient
from skingpt_desktop.core.errors import SkinGPTError, VaultError
from skingpt_desktop.core.storage import (
    DEFAULT_IDLE_TIMEOUT_S,
    NO_RECOVERY_WARNING,
    KdfParams,
    Message,
    Vault,
    vault_path,
)
from skingpt_desktop.core.storage.audit import describe
from skingpt_desktop.core.storage.backup import BackupPassphraseError, BackupPreview, PreviewCase
from skingpt_desktop.core.storage.salvage import salvage

PASSPHRASE_ENV = "SKINGPT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SKINGPT_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "SKINGPT_RECOVERY_KEY"
BACKUP_PASSPHRASE_ENV = "SKINGPT_BACKUP_PASSPHRASE"
TEST_KDF_ENV = "SKINGPT_VAULT_TEST_KDF"
EXIT_DAMAGED = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``vault`` subcommand and its actions."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", dest="vault_data_dir", default=argparse.SUPPRESS,
                        metavar="DIR",
                        help="folder of the vault (default: $SKINGPT_DATA_DIR or the platform's "
                             "user data folder)")
    parser = subparsers.add_parser(
        "vault", parents=[common], help="the encrypted vault of cases (init, status, backups)",
        description="The encrypted local vault for patients, cases, photos, chats and reports. "
        "Secrets are read from a hidden prompt, or for automation from the environment: "
        f"${PASSPHRASE_ENV} (the vault passphrase; for init the new one), "
        f"${NEW_PASSPHRASE_ENV} (change-passphrase), ${RECOVERY_KEY_ENV} "
        f"(change-passphrase --recovery-key), ${BACKUP_PASSPHRASE_ENV} (a backup's passphrase "
        "when it differs from the vault's: export --backup-passphrase, import).")
    actions = parser.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    init = actions.add_parser("init", parents=[common], help="create a new vault")
    init.add_argument("--recovery-key", action="store_true",
                      help="also create a recovery key (shown once) that can reset the passphrase")
    init.set_defaults(func=cmd_init)

    status = actions.add_parser("status", parents=[common],
                                help="show the vault's settings and check every record")
    status.add_argument("--locked", action="store_true",
                        help="do not unlock: show only what anyone with the file can see")
    status.set_defaults(func=cmd_status)

    export = actions.add_parser("export", parents=[common],
                                help="write an encrypted backup of the vault or of one case")
    export.add_argument("output", help="backup file to write (e.g. cases.skgbackup)")
    export.add_argument("--case", metavar="ID", help="export only this case (with its patient)")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    export.add_argument("--backup-passphrase", action="store_true",
                        help="protect the backup with a different passphrase (asked for)")
    export.set_defaults(func=cmd_export)

    imp = actions.add_parser("import", parents=[common],
                             help="verify a backup completely, then add its records")
    imp.add_argument("backup", help="backup file written by `vault export`")
    imp.add_argument("--dry-run", action="store_true",
                     help="verify the backup and list what it would add; write nothing")
    imp.set_defaults(func=cmd_import)

    change = actions.add_parser("change-passphrase", parents=[common],
                                help="set a new passphrase (add --new-data-key to also "
                                "re-encrypt every record)")
    change.add_argument("--recovery-key", action="store_true",
                        help="prove ownership with the recovery key instead of the old passphrase")
    change.add_argument("--new-data-key", action="store_true",
                        help="also move every record to a fresh data key (use when the old "
                        "passphrase may be known to someone; a recovery key is replaced)")
    change.set_defaults(func=cmd_change_passphrase)

    salvage = actions.add_parser(
        "salvage", parents=[common],
        help="copy every record of a damaged vault that still reads into a new vault")
    salvage.add_argument("out", metavar="OUT",
                         help="an empty or new folder for the new vault (same passphrase)")
    salvage.set_defaults(func=cmd_salvage)

    cases = actions.add_parser("cases", parents=[common],
                               help="list cases (id, date, title, patient, status)")
    cases.add_argument("--json", action="store_true", help="print a JSON list instead")
    cases.set_defaults(func=cmd_cases)

    register_add_patient(actions, common, cmd_add_patient)
    register_evaluation_actions(actions, common, lambda args: open_unlocked(_data_dir(args)))


# ----- signals ---------------------------------------------------------------------------------

@contextmanager
def termination_interrupts() -> Iterator[None]:
    """While the block runs, SIGTERM and SIGHUP (``kill``, a closed terminal) raise
    ``KeyboardInterrupt`` like Ctrl+C, so a file being written atomically is removed on the way
    out. SIGKILL cannot be caught: the next export of the same file removes what it leaves."""
    if threading.current_thread() is not threading.main_thread():
        yield  # handlers can only be set from the main thread
        return
    names = ("SIGTERM", "SIGHUP")
    signals = [getattr(signal, name) for name in names if hasattr(signal, name)]
    previous = {sig: signal.getsignal(sig) for sig in signals}

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    for sig in signals:
        signal.signal(sig, interrupt)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


# ----- secrets ----------------------------------------------------------------------------------

def read_secret(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    """The secret from ``$env_name``, else a hidden prompt (twice if ``confirm``), else stdin."""
    value = os.environ.get(env_name)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        try:
            line = sys.stdin.readline() if sys.stdin else ""
        except UnicodeDecodeError:
            raise VaultError("the secret read from standard input is not UTF-8 text") from None
        if not line.strip():
            raise VaultError(f"no secret given: set {env_name} or run in a terminal")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise VaultError("the two entries differ; nothing was changed")
    return first


def _data_dir(args: argparse.Namespace) -> str | None:
    return getattr(args, "vault_data_dir", None) or getattr(args, "data_dir", None)


def _path(args: argparse.Namespace) -> Path:
    return vault_path(_data_dir(args))


def open_unlocked(data_dir: str | os.PathLike[str] | None = None, *,
                  idle_timeout_s: float | None = DEFAULT_IDLE_TIMEOUT_S) -> Vault:
    """Open the vault in ``data_dir`` (default: $SKINGPT_DATA_DIR / platform) and unlock it.

    A command that works longer than the idle time without a person at it (an evaluation)
    passes ``idle_timeout_s=None``: it locks when the command ends (``Vault.close``)."""
    return _open_with_passphrase(data_dir, idle_timeout_s)[0]


def _open_with_passphrase(data_dir: str | os.PathLike[str] | None,
                          idle_timeout_s: float | None = DEFAULT_IDLE_TIMEOUT_S,
                          ) -> tuple[Vault, str]:
    vault = Vault.open(vault_path(data_dir), idle_timeout_s=idle_timeout_s)
    try:
        passphrase = read_secret(PASSPHRASE_ENV, "Vault passphrase: ")
        vault.unlock(passphrase)
    except BaseException:
        vault.close()
        raise
    warn_after_unlock(vault)
    return vault, passphrase


def warn_after_unlock(vault: Vault) -> None:
    """What unlocking found out about the file itself: lost newest records, damage."""
    for notice in vault.unlock_notices():
        print(f"warning: {notice}", file=sys.stderr)


def save_transcript_as_case(vault: Vault, image_path: str | os.PathLike[str], turns: list[dict],
                            pack_name: str, **details: Any) -> str:
    """Store a headless conversation (``ask --save``) with its photo as a new case; its id.

    ``details`` are the case's ``patient_id``, ``title``, ``body_site``, ``onset`` and
    ``symptoms`` (``vault_records.case_details``).

    ``vault`` is unlocked (``open_unlocked``, asked before the slow generation so a wrong
    passphrase fails fast). ``turns`` are ``{"question": ..., "answer": ...}`` dicts in order.
    The photo is read and re-encoded from its pixels by the vault (with the same decoder and
    limits as the model's input), so EXIF/GPS never reaches it.
    """
    messages = []
    for turn in turns:
        messages.append(Message(role="user", text=str(turn["question"]), pack_name=pack_name))
        messages.append(Message(role="assistant", text=str(turn["answer"]), pack_name=pack_name))
    return vault.save_conversation_as_case(Path(image_path), messages, pack_name, **details)


# ----- actions ----------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    """Create a vault; show the recovery key once if asked for."""
    path = _path(args)
    if os.path.lexists(path):  # False also for a path the system cannot look at
        raise VaultError(f"a vault already exists at {path}; it was left untouched")
    passphrase = read_secret(PASSPHRASE_ENV, "New vault passphrase: ", confirm=True)
    kdf = KdfParams.for_tests() if os.environ.get(TEST_KDF_ENV) == "1" else None
    if kdf is None:
        print("Measuring this computer to set the key derivation cost...", file=sys.stderr)
    with Vault.create(path, passphrase, kdf=kdf) as vault:
        params = vault.status().kdf
        print(f"Created an encrypted vault at {path}")
        print("Key derivation: " + describe_kdf(params)
              + (" (TEST-ONLY strength)" if kdf else ""))
        if args.recovery_key:
            key = vault.add_recovery_key()
            print("\nRecovery key (shown this once; write it down and keep it apart from the "
                  "computer):\n\n    " + key + "\n")
            print("It can set a new passphrase with `python main.py vault change-passphrase "
                  "--recovery-key`.")
    print("WARNING: " + NO_RECOVERY_WARNING)
    return 0


def _count(n: int, noun: str) -> str:
    """``1 case``, ``2 cases``, ``3 audit entries``, ``4 evaluation answers``."""
    noun = "audit entr" + ("y" if n == 1 else "ies") if noun == "audit" else \
        noun.replace("_", " ") + ("" if n == 1 else "s")
    return f"{n} {noun}"


def describe_kdf(kdf: KdfParams) -> str:
    """``Argon2id, 64 MiB, 3 passes, 4 lanes`` with the right plurals."""
    return (f"Argon2id, {kdf.memory_kib // 1024} MiB, {_count(kdf.time_cost, 'pass')}, "
            f"{_count(kdf.parallelism, 'lane')}")


def cmd_status(args: argparse.Namespace) -> int:
    """Header facts and counts; unless --locked, unlock and authenticate every record."""
    with Vault.open(_path(args)) as vault:
        st = vault.status()
        kdf = st.kdf
        print(f"vault:          {st.path} ({st.file_bytes / 1024:.0f} KiB)")
        print(f"vault id:       {st.vault_id}")
        print(f"format:         file {st.format_version}, schema {st.schema_version}, "
              f"record version {st.record_version}")
        print("key derivation: " + describe_kdf(kdf) + (" (TEST-ONLY)" if kdf.test_only else ""))
        print(f"recovery key:   {'yes' if st.has_recovery_key else 'no'}")
        print("records stored: " + ", ".join(_count(n, k) for k, n in st.counts.items()))
        for warning in st.warnings:
            print(f"warning: {warning}")
        if args.locked:
            return 0
        vault.unlock(read_secret(PASSPHRASE_ENV, "Vault passphrase: "))
        warn_after_unlock(vault)
        damaged = vault.verify()
        total = sum(vault.status().counts.values())
        recent = vault.audit_log()[-5:]
        print("recent events:  " + ("; ".join(
            f"{_date(e.time)} {describe(e.event, e.details)}" for e in recent) or "none"))
        if not damaged:
            print(f"integrity:      ok, all {total} authenticate")
            return 0
        for item in damaged:
            print(f"damaged:        {item.kind} {item.id}: {item.reason}")
        print(f"error: {len(damaged)} damaged record(s) in the vault; the rest is readable",
              file=sys.stderr)
        return EXIT_DAMAGED


def cmd_export(args: argparse.Namespace) -> int:
    """Write an encrypted backup of the vault or one case."""
    if os.path.isdir(args.output):  # say so before the passphrase is asked (False on OSError)
        raise VaultError(f"{args.output} is a folder: give the backup a file name, e.g. "
                         f"{Path(args.output) / 'cases.skgbackup'}")
    vault, passphrase = _open_with_passphrase(_data_dir(args))
    with vault:
        secret = passphrase  # by default the backup opens with the vault's passphrase
        if args.backup_passphrase or os.environ.get(BACKUP_PASSPHRASE_ENV):
            secret = read_secret(BACKUP_PASSPHRASE_ENV, "Backup passphrase: ", confirm=True)
        with termination_interrupts():  # a kill leaves no temporary file behind
            summary = vault.export_backup(args.output, secret, case_id=args.case,
                                          overwrite=args.force)
    what = "the whole vault" if summary.scope == "vault" else f"case {args.case}"
    print(f"Wrote {summary.records} records of {what} to {summary.path}")
    if summary.damaged_skipped:
        print(f"error: {summary.damaged_skipped} damaged record(s) could not be exported",
              file=sys.stderr)
        return EXIT_DAMAGED
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Verify a backup completely, then add its records (with --dry-run: only say what)."""
    vault, passphrase = _open_with_passphrase(_data_dir(args))
    with vault:
        if args.dry_run:
            preview = _with_backup_secret(vault.preview_backup, args.backup, passphrase)
        else:
            summary = _with_backup_secret(vault.import_backup, args.backup, passphrase)
    if args.dry_run:
        _print_preview(preview)
        return 0
    print(f"Imported {summary.imported} records from {args.backup}"
          + (f"; {summary.skipped} were already in the vault and were kept" if summary.skipped
             else ""))
    return 0


def _with_backup_secret(action, backup: str, passphrase: str):
    """``action(backup, secret)`` with the backup's passphrase: $SKINGPT_BACKUP_PASSPHRASE, else
    the vault's; in a terminal a backup made under another passphrase asks for it once."""
    secret = os.environ.get(BACKUP_PASSPHRASE_ENV) or passphrase
    try:
        return action(backup, secret)
    except BackupPassphraseError:
        if os.environ.get(BACKUP_PASSPHRASE_ENV) or not sys.stdin.isatty():
            raise
        return action(backup, getpass.getpass("Backup passphrase: "))


def _print_preview(preview: BackupPreview) -> None:
    """What ``import --dry-run`` prints: the file, what would be added, what would be kept."""
    what = "the whole vault" if preview.scope == "vault" else "one case"
    print(f"Backup of {what}, made {_date(preview.created)}: {preview.records} records "
          f"({', '.join(f'{k} {n}' for k, n in preview.counts.items())})")
    added = ", ".join(f"{k} {n}" for k, n in preview.added_counts.items())
    print(f"Would add {preview.added} records" + (f" ({added})" if added else ""))
    for case in preview.cases_added:
        print(f"  case:    {_preview_case(case)}")
    for label in preview.patients_added:
        print(f"  patient: {label or 'unnamed patient'}")
    if preview.skipped:
        print(f"Already in the vault, kept as they are: {preview.skipped} records")
        for case in preview.cases_present:
            print(f"  case:    {_preview_case(case)}")
    print("Nothing was written.")


def _preview_case(case: PreviewCase) -> str:
    """``title · patient`` of a case in a backup."""
    title = " ".join(case.title.split()) or "(untitled)"
    if case.patient is None:
        return f"{title} · no patient"
    return f"{title} · {case.patient or 'unnamed patient'}"


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    """Re-wrap the data key under a new passphrase, or (--new-data-key) re-encrypt under a
    fresh one."""
    if args.recovery_key and args.new_data_key:
        raise SkinGPTError("--new-data-key needs the current passphrase, not the recovery key: "
                           "reset the passphrase first, then run it again")
    with Vault.open(_path(args)) as vault:
        if args.recovery_key:
            proof = read_secret(RECOVERY_KEY_ENV, "Recovery key: ")
        else:
            proof = read_secret(PASSPHRASE_ENV, "Current passphrase: ")
        new = read_secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)
        if args.recovery_key:
            vault.reset_passphrase_with_recovery_key(proof, new)
        elif args.new_data_key:
            return _rotate(vault, proof, new)
        else:
            vault.change_passphrase(proof, new)
    print("Passphrase changed. The records were not re-encrypted; only the wrapped key changed.")
    return 0


def _rotate(vault: Vault, current: str, new: str) -> int:
    shown = {-1}

    def progress(done: int, total: int) -> None:  # stderr, every tenth
        tenth = done * 10 // max(total, 1)
        if tenth not in shown:
            shown.add(tenth)
            print(f"re-encrypting records: {done} of {total}", file=sys.stderr)

    recovery = vault.change_passphrase_and_data_key(current, new, progress)
    print("Passphrase changed and every record re-encrypted under a new data key.")
    if recovery:
        print(f"The old recovery key no longer works. New recovery key (shown once, keep it "
              f"safe):\n  {recovery}")
    return 0


def cmd_salvage(args: argparse.Namespace) -> int:
    """Copy what still reads out of a damaged vault into a new vault in OUT."""
    source = _path(args)
    if not source.is_file():
        raise VaultError(f"there is no vault at {source}")
    destination = vault_path(args.out)
    passphrase = read_secret(PASSPHRASE_ENV, "Passphrase: ")
    summary = salvage(source, passphrase, destination)
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(summary.copied.items()))
    print(f"Copied {summary.total_copied} records into {destination} ({kinds or 'none'}).")
    if summary.unreadable or summary.failed_authentication:
        print(f"Left behind: {summary.unreadable} on damaged parts of the file, "
              f"{summary.failed_authentication} that no longer authenticate.")
    if summary.missing:
        print(f"{summary.missing} record numbers hold nothing: records deleted earlier, or "
              "lost with a damaged part of the file.")
    print(f"Open it with --data-dir {args.out} (the damaged file was not changed).")
    return 0


def cmd_add_patient(args: argparse.Namespace) -> int:
    """Add a patient; print its id (with --json: the whole new record)."""
    with open_unlocked(_data_dir(args)) as vault:
        print(add_patient(vault, args))
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    """List cases: id, date, title, patient, status and photo count."""
    with open_unlocked(_data_dir(args)) as vault:
        cases = vault.list_cases()
        patients = {p.id: p.label or "" for p in vault.list_patients()}
    if args.json:
        print(json.dumps([{"id": c.id, "created": c.created_at, "title": c.title,
                           "patient_id": c.patient_id, "patient": patients.get(c.patient_id),
                           "first_question": c.first_question, "status": c.status,
                           "photos": c.photo_count, "damaged": c.damaged} for c in cases],
                         indent=2))
        return 0
    if not cases:
        print("No cases yet.")
        return 0
    for c in cases:
        if c.damaged:
            print(f"{c.id}  {'?':16}  (damaged record: it failed authentication)")
            continue
        print(f"{c.id}  {_date(c.created_at)}  {_case_line(c, patients)}")
    return 0


def _case_line(case, patients: dict[str, str]) -> str:
    """``title · patient · status · N photos``; the first question when the case has no title."""
    title = " ".join((case.title or case.first_question).split()) or "(untitled)"
    if case.patient_id is None:
        patient = "no patient"
    else:
        patient = patients.get(case.patient_id) or "unnamed patient"
    photos = f"{case.photo_count} photo" + ("" if case.photo_count == 1 else "s")
    return " · ".join((title, patient, case.status, photos))


def _date(timestamp: float | None) -> str:
    if timestamp is None:
        return "?"
    return dt.datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")


__all__ = ["open_unlocked", "read_secret", "register", "save_transcript_as_case"]
