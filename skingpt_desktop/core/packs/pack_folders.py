"""Where installed model packs live, and what a user may type where a pack is asked for.

Everywhere a pack is named (``--pack`` of the app, ``ask`` and ``report``) the user may give a
pack folder or the name of a pack installed in the data folder (``--pack tiny-random``): the
packs dialog installs each pack into ``<data folder>/packs/<manifest name>``. A name that is
neither gets an error listing the installed names, so a typo tells how to fix it.
"""

from __future__ import annotations

import os
from pathlib import Path

from skingpt_desktop.core.bounded_input import quote, short_path
from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.packs.pack import MANIFEST_NAME, valid_pack_name

PACKS_SUBDIR = "packs"


def packs_dir(data_folder: str | os.PathLike[str]) -> Path:
    """Where installed packs live inside the data folder."""
    return Path(data_folder) / PACKS_SUBDIR


def installed_names(data_folder: str | os.PathLike[str]) -> list[str]:
    """Names of the installed pack folders (those holding a manifest), sorted."""
    folder = packs_dir(data_folder)
    if not os.path.isdir(folder):  # os.path: False, not an error, for an unusable path
        return []
    return sorted(child.name for child in folder.iterdir()
                  if not child.name.startswith(".") and (child / MANIFEST_NAME).is_file())


def resolve_pack(spec: str | os.PathLike[str], data_folder: str | os.PathLike[str]) -> Path:
    """The pack folder ``spec`` means: an existing folder, else an installed pack's name.

    Raises ``PackError`` naming what was given and the installed packs when it is neither.
    """
    name = str(spec)
    given = Path(name).expanduser()
    if name and _is_folder(given):
        return given
    path_like = os.sep in name or "/" in name or name in (".", "..")
    if name and not path_like and valid_pack_name(name):
        candidate = packs_dir(data_folder) / name
        if os.path.isfile(candidate / MANIFEST_NAME):
            return candidate
    names = installed_names(data_folder)
    listing = (f"installed packs: {', '.join(names)}" if names
               else "no pack is installed yet (the app installs them: Model > Model packs)")
    if path_like:
        raise PackError(f"{short_path(name)}: model pack folder not found; {listing}")
    raise PackError(f"no model pack folder or installed pack is called {quote(name, 80)}; "
                    f"{listing}")


def _is_folder(path: Path) -> bool:
    """True when ``path`` is a folder; False also when it cannot even be looked at (a name
    too long for the file system, bytes the file system refuses)."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False
