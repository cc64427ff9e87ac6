"""Installing model packs: list, import from a folder, download from a Hugging Face repository.

Headless: ``main.py packs`` and the packs dialog (through its task helper) call the same
functions. Errors are :class:`InstallError` with an English message made from a template and
its values; the window shows the template translated (context ``Installer``, see
``ui/install_texts.py``). Installed packs live in ``<data folder>/packs/<pack name>/``. A pack
is only ever moved into that folder after every file's size and SHA-256 matched its manifest
and the GGUF headers validated, so a half-copied or tampered pack is never installed.

Downloads are the only network code of the app and run only when the user starts one. Files
are fetched from the URL that ``huggingface_hub.hf_hub_url`` builds, with HTTP Range requests so
an interrupted transfer resumes where it stopped (partial files are kept in
``packs/.downloads/``, next to a note of the SHA-256 they must end with).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import shutil
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from skingpt_desktop.core.bounded_input import check_regular_file, quote, read_regular_file
from skingpt_desktop.core.errors import PackError, SkinGPTError
from skingpt_desktop.core.packs.catalogue import valid_repo_id
from skingpt_desktop.core.packs.hashing import CHUNK_BYTES, sha256_file
from skingpt_desktop.core.packs.pack import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    Manifest,
    ModelPack,
    parse_manifest,
    valid_pack_name,
)

DOWNLOADS_SUBDIR = ".downloads"
HTTP_TIMEOUT_S = 30
# An offline computer's resolver retries for about 20 s before it gives up; the name is looked
# up first with this limit, so "no connection" is said within seconds.
NAME_LOOKUP_TIMEOUT_S = 2.0
RETRIES = 2  # automatic resumes after a dropped connection, before asking the user
RETRY_PAUSE_S = 0.5
READ_BYTES = 64 * 1024  # small reads: smooth progress and a prompt reaction to Cancel


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


def _check_name(manifest: Manifest, where: str) -> str:
    if not valid_pack_name(manifest.name):
        raise InstallError("{where}: pack name '{name}' cannot be used as a folder name",
                           where=where, name=manifest.name)
    return manifest.name


class _Meter:
    """Bytes/s over a sliding window, and time left, for progress reports."""

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
    name = _check_name(manifest, str(manifest_path))
    target = dest_root / name
    if target.exists():
        raise InstallError("a pack named '{name}' is already installed", name=name)
    staging = dest_root / DOWNLOADS_SUBDIR / f"import-{name}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        meter = _Meter(progress, sum(f.size for f in manifest.files), "copy")
        copied = 0
        for entry in manifest.files:
            copied = _copy_verified(source / entry.path, staging / entry.path, entry.size,
                                    entry.sha256, meter, copied, cancel)
        (staging / MANIFEST_NAME).write_bytes(raw)
        return _install(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _copy_verified(src: Path, dst: Path, size: int, sha256: str, meter: _Meter, done: int,
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


def _install(staging: Path, target: Path) -> Path:
    """Validate the staged pack's headers and move it into place in one rename."""
    ModelPack.open(staging, verify_hashes=False)  # hashes were checked while copying
    os.replace(staging, target)
    return target


# --- download from a Hugging Face repository ---------------------------------------------


def _default_endpoint() -> str:
    from huggingface_hub import constants

    return constants.ENDPOINT


def file_url(repo_id: str, filename: str, revision: str, endpoint: str | None) -> str:
    """The resolve URL of one file of a model repository."""
    from huggingface_hub import hf_hub_url

    return hf_hub_url(repo_id, filename, revision=revision, endpoint=endpoint)


def _ssl_context() -> ssl.SSLContext:
    try:
        import certifi  # the system store is missing on some macOS Python builds
    except ImportError:
        return ssl.create_default_context()
    return ssl.create_default_context(cafile=certifi.where())


def _open(url: str, start: int = 0) -> http.client.HTTPResponse | urllib.error.HTTPError:
    """GET ``url`` from byte ``start``; errors become one clear InstallError."""
    request = urllib.request.Request(url, headers={"User-Agent": "SkinGPT-Desktop"})
    if start:
        request.add_header("Range", f"bytes={start}-")
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or url
    try:
        _look_up_quickly(host, parts.port or (443 if parts.scheme == "https" else 80))
        context = _ssl_context() if url.startswith("https:") else None
        return urllib.request.urlopen(request, timeout=HTTP_TIMEOUT_S, context=context)
    except urllib.error.HTTPError as exc:
        if exc.code == 416:
            return exc  # range past the end: the caller checks the size
        raise InstallError(_http_message(exc.code, url)) from None
    except (urllib.error.URLError, socket.timeout, ConnectionError) as exc:
        reason = _network_reason(getattr(exc, "reason", exc))
        raise InstallError("Cannot reach {host}: {reason}. This computer seems to be offline or a "
                           "firewall blocks the connection. Connect to the internet and try again, "
                           "or copy the pack from another computer and use Import from folder.",
                           host=host, reason=reason) from None


def _look_up_quickly(host: str, port: int) -> None:
    """Resolve ``host`` within NAME_LOOKUP_TIMEOUT_S (``socket.getaddrinfo`` itself has no
    time limit); a name server that does not answer in time counts as a failed lookup."""
    outcome: list[object] = []

    def look_up() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port))
        except OSError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=look_up, name="name lookup", daemon=True)
    worker.start()
    worker.join(NAME_LOOKUP_TIMEOUT_S)
    if not outcome:  # still waiting: the resolver's own retries would take ~20 s more
        raise urllib.error.URLError(socket.gaierror(socket.EAI_AGAIN, "no answer"))
    if isinstance(outcome[0], OSError):
        raise urllib.error.URLError(outcome[0])


def _network_reason(reason: object) -> Phrase | str:
    """Why a connection failed, as a phrase (never "[Errno -2] Name or service not known")."""
    if isinstance(reason, socket.gaierror):
        return Phrase("the server's name could not be looked up")
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return Phrase("no answer within {seconds} s", seconds=HTTP_TIMEOUT_S)
    if isinstance(reason, ConnectionRefusedError):
        return Phrase("the connection was refused")
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror[:1].lower() + reason.strerror[1:]
    return str(reason)


def _http_message(code: int, url: str) -> Phrase:
    name = urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1]
    if code == 404:
        return Phrase("{name} was not found (HTTP 404): check the repository id "
                      "and that it holds a SkinGPT Desktop model pack", name=name)
    if code in (401, 403):
        return Phrase("access to {name} was refused (HTTP {code}): the "
                      "repository is private or gated; download it in a browser "
                      "after accepting its terms, then import it",
                      name=name, code=code)
    return Phrase("the server answered HTTP {code} for {name}; try again "
                  "later", code=code, name=name)


def fetch_manifest(repo_id: str, revision: str = "main",
                   endpoint: str | None = None) -> tuple[Manifest, bytes]:
    """Download and validate a repository's ``manifest.json``."""
    if not valid_repo_id(repo_id):
        raise InstallError("'{repo}' is not a repository id (expected owner/name)", repo=repo_id)
    url = file_url(repo_id, MANIFEST_NAME, revision, endpoint or _default_endpoint())
    with _open(url) as response:
        raw = response.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise InstallError("{repo}: {manifest} is too large to be a pack manifest",
                           repo=repo_id, manifest=MANIFEST_NAME)
    return parse_manifest(raw, f"{repo_id}/{MANIFEST_NAME}"), raw


def download_pack(repo_id: str, dest_root: Path, *, revision: str = "main",
                  endpoint: str | None = None, progress: ProgressFn | None = None,
                  cancel: threading.Event | None = None) -> Path:
    """Download a pack from a Hugging Face model repository into ``dest_root``.

    Resumable (partial files stay in ``.downloads`` after a cancel or a lost connection),
    SHA-256 verified against the pack's manifest, cancellable between chunks. A file whose
    hash does not match is deleted and nothing is installed. Returns the installed folder.
    """
    endpoint = endpoint or _default_endpoint()
    manifest, raw = fetch_manifest(repo_id, revision, endpoint)
    name = _check_name(manifest, f"{repo_id}/{MANIFEST_NAME}")
    target = dest_root / name
    if target.exists():
        raise InstallError("a pack named '{name}' is already installed", name=name)
    staging = dest_root / DOWNLOADS_SUBDIR / f"{repo_id.replace('/', '--')}--{revision}"
    staging.mkdir(parents=True, exist_ok=True)
    total = sum(f.size for f in manifest.files)
    meter = _Meter(progress, total, "download")
    offset = 0
    for entry in manifest.files:
        part = _PartFile(staging, entry.path, entry.size, entry.sha256)
        url = file_url(repo_id, entry.path, revision, endpoint)
        _fetch_resuming(url, part, meter, offset, cancel)
        offset += entry.size
    verify = _Meter(progress, total, "verify")
    checked = 0
    for entry in manifest.files:
        part = _PartFile(staging, entry.path, entry.size, entry.sha256)
        def verified(done: int, _total: int, base: int = checked, name: str = entry.path) -> None:
            verify.report(name, base + done)

        part.verify(verified)
        checked += entry.size
    for entry in manifest.files:
        os.replace(staging / (entry.path + ".part"), staging / entry.path)
        (staging / (entry.path + ".part.json")).unlink(missing_ok=True)
    (staging / MANIFEST_NAME).write_bytes(raw)
    try:
        return _install(staging, target)
    except PackError:
        shutil.rmtree(staging, ignore_errors=True)
        raise


class _PartFile:
    """A partial download plus a note of the size and SHA-256 it must end with."""

    def __init__(self, folder: Path, name: str, size: int, sha256: str) -> None:
        self.name = name
        self.path = folder / (name + ".part")
        self.note = folder / (name + ".part.json")
        self.size = size
        self.sha256 = sha256
        expected = {"size": size, "sha256": sha256}
        try:
            matches = json.loads(self.note.read_text(encoding="utf-8")) == expected
        except (OSError, ValueError):
            matches = False
        if not matches:  # a different version of the file: start again
            self.path.unlink(missing_ok=True)
            self.note.write_text(json.dumps(expected), encoding="utf-8")

    def have(self) -> int:
        return self.path.stat().st_size if self.path.exists() else 0

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        self.note.unlink(missing_ok=True)

    def verify(self, progress: Callable[[int, int], None]) -> None:
        if self.have() != self.size or sha256_file(self.path, progress) != self.sha256:
            self.discard()
            raise InstallError("{file}: SHA-256 does not match the pack manifest; the download was "
                               "damaged or altered and has been deleted. Nothing was installed.",
                               file=self.name)


def _fetch_resuming(url: str, part: _PartFile, meter: _Meter, offset: int,
                    cancel: threading.Event | None) -> None:
    """Bring ``part`` to its full size, resuming after dropped connections."""
    for attempt in range(RETRIES + 1):
        try:
            _fetch_once(url, part, meter, offset, cancel)
            return
        except (http.client.IncompleteRead, ConnectionError, socket.timeout, TimeoutError) as exc:
            if attempt == RETRIES:
                raise InstallError("{file}: the connection was lost after {have} of {size} bytes "
                                   "({error}); press Download again to resume from there",
                                   file=part.name, have=part.have(), size=part.size,
                                   error=type(exc).__name__) from None
            time.sleep(RETRY_PAUSE_S)


def _fetch_once(url: str, part: _PartFile, meter: _Meter, offset: int,
                cancel: threading.Event | None) -> None:
    have = part.have()
    if have > part.size:
        part.path.unlink()
        have = 0
    if have == part.size:
        meter.report(part.name, offset + have)
        return
    with _open(url, have) as response:
        status = getattr(response, "status", 200)
        if status == 416:  # nothing more to send; let verification judge the file
            return
        mode = "ab" if status == 206 and have else "wb"
        if mode == "wb":
            have = 0  # the server ignored the Range header: start from the beginning
        with open(part.path, mode) as out:
            while True:
                if cancel is not None and cancel.is_set():
                    raise InstallCancelled()
                chunk = response.read(READ_BYTES)
                if not chunk:
                    break
                out.write(chunk)
                have += len(chunk)
                if have > part.size:
                    break
                meter.report(part.name, offset + have)
    if have < part.size:
        raise http.client.IncompleteRead(b"", part.size - have)

