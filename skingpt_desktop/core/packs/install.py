"""Installing model packs: list, import from a folder, remove, verify.

Headless: ``main.py packs`` and the packs dialog (through its task helper) call the same
functions; downloads are ``core.packs.download``'s and end in the same checked install.
Errors are :class:`InstallError` with an English message made from a template and its values;
the window shows the template translated (context ``Installer``, see ``ui/install_texts.py``).
Installed packs live in ``<data folder>/packs/<pack name>/``. A pack is only ever moved into
that folder after every file's size and SHA-256 matched its manifest and the GGUF headers
validated, so a half-copied or tampered pack is never installed.

Partial downloads and imports are kept in ``packs/.downloads/`` until they are installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from skingpt_desktop.core.bounded_input import check_regular_file, quote, read_regular_file
from skingpt_desktop.core.errors import PackError, SkinGPTError
from skingpt_desktop.core.packs.hashing import CHUNK_BYTES
from skingpt_desktop.core.packs.pack import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    Manifest,
    ModelPack,
    parse_manifest,
    valid_pack_name,
)

DOWNLOADS_SUBDIR = ".downloads"


class Phrase:
    """An English text made from a source template and its values.

    ``str()`` fills the template in; the window translates ``template`` first (the templates
    are the source texts of the ``Installer`` translation context) and fills in ``values``,
    which may be phrases themselves.
    """

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return self.template.format(**self.values) if self.values else self.template

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"


class InstallError(SkinGPTError):
    """A pack could not be imported, downloaded or removed (an import or a download that fails
    installs nothing). ``phrase`` holds the message as a template and its values."""

    def __init__(self, template: str | Phrase, **values: object) -> None:
        self.phrase = template if isinstance(template, Phrase) else Phrase(template, **values)
        super().__init__(str(self.phrase))


class InstallCancelled(Exception):
    """The user cancelled an import or download (partial downloads are kept for resuming)."""


@dataclass(frozen=True)
class InstallProgress:
    """Where an import or download stands; ``speed`` in bytes/s, ``eta_s`` None if unknown."""

    stage: str  # "download", "verify" or "copy"
    file: str
    done: int
    total: int
    speed: float = 0.0
    eta_s: float | None = None

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


ProgressFn = Callable[[InstallProgress], None]


def list_installed(folder: Path) -> list[ModelPack]:
    """Installed packs (validated headers, hashes not re-checked), sorted by display name.

    A damaged pack folder is skipped here; opening it for use reports its problem.
    """
    packs: list[ModelPack] = []
    if not os.path.isdir(folder):  # os.path: False, not an error, for an unusable path
        return packs
    for child in sorted(folder.iterdir()):
        if child.name.startswith(".") or not (child / MANIFEST_NAME).is_file():
            continue
        try:
            packs.append(ModelPack.open(child, verify_hashes=False))
        except PackError:
            continue
    return sorted(packs, key=lambda p: p.manifest.display_name.lower())


def remove_installed(pack_root: Path, packs_folder: Path) -> None:
    """Delete an installed pack's folder (slow for a large pack: run it in the background).

    Only a folder directly inside ``packs_folder`` is deleted, so a pack used from elsewhere
    (a USB drive, a folder the user chose) is never touched.
    """
    root = Path(pack_root).resolve()
    if root.parent != Path(packs_folder).resolve():
        raise InstallError("{name}: only packs installed in the app's packs folder can be removed "
                           "here", name=root.name)
    shutil.rmtree(root)


def installed_folder(name: str, packs_folder: Path) -> Path:
    """The folder of the installed pack ``name``; a PackError when no pack has that name
    (a name that is not a plain folder name, such as ``../x``, never leaves the packs folder)."""
    folder = Path(packs_folder) / name
    if not valid_pack_name(name) or not os.path.isfile(folder / MANIFEST_NAME):
        names = [pack.root.name for pack in list_installed(Path(packs_folder))]
        listing = f"installed packs: {', '.join(sorted(names))}" if names else "none is installed"
        raise PackError(f"no installed pack is called {quote(name, 80)}; {listing}")
    return folder


def verify_installed(name: str, packs_folder: Path) -> ModelPack:
    """Open the installed pack ``name`` checking everything, every file's SHA-256 included
    (slow for a large pack); raises PackError naming the first problem."""
    return ModelPack.open(installed_folder(name, packs_folder), verify_hashes=True)


def check_name(manifest: Manifest, where: str) -> str:
    if not valid_pack_name(manifest.name):
        raise InstallError("{where}: pack name '{name}' cannot be used as a folder name",
                           where=where, name=manifest.name)
    return manifest.name


class Meter:
    """Reports ``InstallProgress`` of one stage with bytes/s over a sliding window of 5 s and
    the time left at that speed."""

    def __init__(self, progress: ProgressFn | None, total: int, stage: str) -> None:
        self.progress = progress
        self.total = total
        self.stage = stage
        self.samples: list[tuple[float, int]] = []

    def report(self, file: str, done: int) -> None:
        if self.progress is None:
            return
        now = time.monotonic()
        self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[0][0] > 5.0:
            self.samples.pop(0)
        (t0, d0) = self.samples[0]
        speed = (done - d0) / (now - t0) if now > t0 else 0.0
        eta = (self.total - done) / speed if speed > 0 else None
        self.progress(InstallProgress(self.stage, file, done, self.total, speed, eta))


# --- import from a folder -----------------------------------------------------------------


def import_pack(source: Path, dest_root: Path, progress: ProgressFn | None = None,
                cancel: threading.Event | None = None) -> Path:
    """Copy a pack folder (a USB drive, a network share) into ``dest_root``, verified.

    Each file is hashed while it is copied and must match the manifest; the GGUF headers are
    validated; only then is the pack moved into place. Returns the installed folder.
    """
    source = Path(source)
    manifest_path = source / MANIFEST_NAME
    if not manifest_path.is_file():
        raise InstallError("{folder}: no {manifest} here; choose the pack's folder",
                           folder=source, manifest=MANIFEST_NAME)
    raw = read_regular_file(manifest_path, "the pack manifest", PackError, MAX_MANIFEST_BYTES)
    manifest = parse_manifest(raw, str(manifest_path))
    name = check_name(manifest, str(manifest_path))
    target = dest_root / name
    if target.exists():
        raise InstallError("a pack named '{name}' is already installed", name=name)
    staging = dest_root / DOWNLOADS_SUBDIR / f"import-{name}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        meter = Meter(progress, sum(f.size for f in manifest.files), "copy")
        copied = 0
        for entry in manifest.files:
            copied = _copy_verified(source / entry.path, staging / entry.path, entry.size,
                                    entry.sha256, meter, copied, cancel)
        (staging / MANIFEST_NAME).write_bytes(raw)
        return install_staged(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _copy_verified(src: Path, dst: Path, size: int, sha256: str, meter: Meter, done: int,
                   cancel: threading.Event | None) -> int:
    if not src.exists():
        raise InstallError("{file}: missing (the pack folder is incomplete)", file=src)
    actual = check_regular_file(src, "the pack file", PackError)  # never a FIFO or a device
    if actual != size:
        raise InstallError("{file}: size is {size} bytes, the manifest says {expected}",
                           file=src, size=actual, expected=size)
    digest = hashlib.sha256()
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while chunk := fin.read(CHUNK_BYTES):
            if cancel is not None and cancel.is_set():
                raise InstallCancelled()
            digest.update(chunk)
            fout.write(chunk)
            done += len(chunk)
            meter.report(src.name, done)
    if digest.hexdigest() != sha256:
        raise InstallError("{file}: SHA-256 does not match the manifest (damaged or altered file); "
                           "nothing was installed", file=src)
    return done


def install_staged(staging: Path, target: Path) -> Path:
    """Validate the staged pack's headers and move it into place in one rename."""
    ModelPack.open(staging, verify_hashes=False)  # hashes were checked while copying
    os.replace(staging, target)
    return target
