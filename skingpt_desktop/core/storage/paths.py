"""Where the vault lives on disk.

The default is the platform's user data folder (``platformdirs``): ``~/.local/share/SkinGPT
Desktop`` on Linux, ``~/Library/Application Support/SkinGPT Desktop`` on macOS and
``%LOCALAPPDATA%\\SkinGPT\\SkinGPT Desktop`` on Windows. ``SKINGPT_DATA_DIR`` overrides it (tests,
portable installs on a USB stick); an explicit argument overrides both.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

from skingpt_desktop.core.bounded_input import short_path
from skingpt_desktop.core.errors import VaultError

APP_NAME = "SkinGPT Desktop"
APP_AUTHOR = "SkinGPT"
DATA_DIR_ENV = "SKINGPT_DATA_DIR"
VAULT_FILENAME = "vault.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None,
             environ: Mapping[str, str] | None = None) -> Path:
    """The data folder: ``override``, else ``$SKINGPT_DATA_DIR``, else the platform default."""
    env = os.environ if environ is None else environ
    if override:
        return Path(override).expanduser()
    if env.get(DATA_DIR_ENV):
        return Path(env[DATA_DIR_ENV]).expanduser()
    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def vault_path(folder: str | os.PathLike[str] | None = None,
               environ: Mapping[str, str] | None = None) -> Path:
    """Path of the vault database inside :func:`data_dir`."""
    return data_dir(folder, environ) / VAULT_FILENAME


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (owner-only where the OS supports it); refuse a path that is a file."""
    if os.path.exists(folder) and not os.path.isdir(folder):  # os.path: no error on odd paths
        raise VaultError(f"the data folder {short_path(folder)} exists but is not a folder")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or "not a valid path"
        raise VaultError(f"cannot create the data folder {short_path(folder)}: {reason}") \
            from None


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (SQLite's -wal/-shm copy this mode)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise VaultError(f"a vault already exists at {path}; it was left untouched") from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or "not a valid path"
        raise VaultError(f"cannot create the vault file {short_path(path)}: {reason}") from None
    os.close(fd)
