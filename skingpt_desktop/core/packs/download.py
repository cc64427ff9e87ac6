"""Downloads from a Hugging Face repository: the app's one download path.

The window (a ready-made pack repository, or a catalogue entry), ``main.py packs install
--catalogue`` and the converters' ``--download`` all call :func:`download_files`. It runs on
huggingface_hub, the declared dependency: its URLs and endpoint (``HF_ENDPOINT``), its token
(``HF_TOKEN`` or the saved login), its offline switch (``HF_HUB_OFFLINE``), its HTTP session
(proxies, the hub's redirects) and its file metadata (``get_hf_file_metadata``: the commit, the
size and the published hash). The bytes are streamed here rather than through
``hf_hub_download``, which in this huggingface_hub deletes a partial file when a transfer stops
and reads 10 MiB at a time: here a file grows in ``NAME.incomplete`` in the caller's folder, is
continued with an HTTP Range request after a cancel, a dropped connection or a restart, is read
in 64 KiB pieces so progress is smooth and Cancel acts within a second, and is renamed to its
name only after its SHA-256 matched the one the hub publishes (for a large (LFS) file, its ETag
is its SHA-256; for a small git file, the git blob hash is checked). Each file is hashed once.

Only the files are asked for (huggingface_hub's telemetry is switched off). Before the first
byte: offline mode is honoured without opening a socket, the server's name is
looked up within 2 s (an offline resolver would retry for ~20 s), every file's size is asked
for and the free disk space checked. Errors are :class:`InstallError` phrases (one sentence,
translated in the window); a cancel is :class:`InstallCancelled`. Patient data never passes here.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import math
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.packs.catalogue import valid_repo_id
from skingpt_desktop.core.packs.hashing import CHUNK_BYTES
from skingpt_desktop.core.packs.install import (
    DOWNLOADS_SUBDIR,
    InstallCancelled,
    InstallError,
    Meter,
    Phrase,
    ProgressFn,
    check_name,
    install_staged,
)
from skingpt_desktop.core.packs.pack import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    DownloadedFile,
    DownloadRecord,
    parse_manifest,
)
from skingpt_desktop.core.texts import format_bytes

NAME_LOOKUP_TIMEOUT_S = 2.0  # "no connection" within seconds, not after the resolver's ~20 s
CONNECT_TIMEOUT_S = 1.5  # with the name look-up, "no connection" is said within 2 s
METADATA_TIMEOUT_S = 10.0  # the hub's answer to a HEAD request
READ_TIMEOUT_S = 30.0  # a stalled transfer counts as a dropped connection after this
RETRIES = 3  # automatic resumes in a row without a byte received, before giving up
RETRY_PAUSE_S = 1.0
CANCEL_POLL_S = 0.2  # how often a silent transfer looks at Cancel
DISK_MARGIN_BYTES = 64 << 20
INCOMPLETE = ".incomplete"
NOTE = ".download.json"  # next to a file being downloaded: which version it is
SHA256_ETAG = re.compile(r"[0-9a-f]{64}")
GIT_SHA1_ETAG = re.compile(r"[0-9a-f]{40}")
TRUE_VALUES = {"1", "ON", "YES", "TRUE"}  # as huggingface_hub reads its switches
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY",
                   "all_proxy")


class RemoteFileMissing(InstallError):
    """The repository has no file of that name (the converters probe optional files)."""


class AccessRefused(InstallError):
    """The repository is private or gated and the token (if any) does not open it."""


@dataclass(frozen=True)
class RemoteFile:
    """One file of the repository as the hub describes it."""

    name: str
    size: int
    etag: str  # the SHA-256 of a large (LFS) file, the git blob hash of a small one
    url: str  # where the bytes are (a CDN address for large files)
    # the token, only for the hub's own address (never shown in a repr)
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Downloaded:
    """Files that are complete and checked: the commit they came from and their SHA-256."""

    repo: str
    revision: str
    folder: Path
    sha256: dict[str, str]

    def path(self, name: str) -> Path:
        """The local copy of the repository file ``name``."""
        return self.folder / name

    def record(self) -> DownloadRecord:
        """The provenance a pack's manifest keeps of this download."""
        return DownloadRecord(self.repo, self.revision,
                              [DownloadedFile(name, digest) for name, digest in self.sha256.items()])


def hub_endpoint(endpoint: str | None = None) -> str:
    """``endpoint``, else ``HF_ENDPOINT`` as set now, else huggingface_hub's default."""
    from huggingface_hub import constants

    return (endpoint or os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")


def download_files(repo_id: str, names: Sequence[str], folder: Path, *, revision: str = "main",
                   endpoint: str | None = None, token: str | None = None,
                   progress: ProgressFn | None = None,
                   cancel: threading.Event | None = None) -> Downloaded:
    """Download ``names`` of the model repository ``repo_id`` at ``revision`` into ``folder``.

    Every file is taken from the same commit, resumed where an earlier attempt stopped, and
    checked against the hub's published hash before it gets its name. ``progress`` gets
    ``InstallProgress("download", file, done, total, speed, eta)`` over all files, then
    ``"verify"`` while a file is hashed; ``cancel`` stops within a second, partial files kept.
    ``token`` None uses huggingface_hub's (``HF_TOKEN`` or the saved login).
    """
    if not valid_repo_id(repo_id):
        raise InstallError("'{repo}' is not a repository id (expected owner/name)", repo=repo_id)
    for name in names:
        _check_file_name(name)
    endpoint = hub_endpoint(endpoint)
    check_online(endpoint)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    commit, files = describe_files(repo_id, names, revision, endpoint, token, cancel)
    _check_disk(folder, files)
    meter = Meter(progress, sum(f.size for f in files), "download")
    digests: dict[str, str] = {}
    done = 0
    for remote in files:
        digests[remote.name] = _fetch_checked(remote, folder, meter, done, cancel, progress)
        done += remote.size
    return Downloaded(repo_id, commit, folder, digests)


# --- before the first byte -----------------------------------------------------------------


def _check_file_name(name: str) -> None:
    """A repository path that stays inside the download folder (a shard index or a manifest
    from the network names files too)."""
    parts = PurePosixPath(name).parts
    if not name or "\\" in name or name.startswith("/") or ".." in parts or \
            any(part.startswith(".") for part in parts) or name.endswith(INCOMPLETE):
        raise InstallError("'{name}' cannot be downloaded: it is not a plain file path inside "
                           "the repository", name=name)


def check_online(endpoint: str) -> None:
    """Offline mode, or a server name that cannot be looked up in time: one clear sentence,
    and in offline mode not a single socket opened."""
    from huggingface_hub import constants

    # huggingface_hub's telemetry (it would also fetch a registry from the hub to describe the
    # caller in the User-Agent): off, the app asks the hub for the files and nothing else.
    constants.HF_HUB_DISABLE_TELEMETRY = True
    switched_off = os.environ.get("HF_HUB_OFFLINE", "").strip().upper() in TRUE_VALUES
    if constants.is_offline_mode() or switched_off:  # set at start-up, or since then
        raise InstallError("Downloads are switched off on this computer (the HF_HUB_OFFLINE "
                           "setting). Unset it to download, or copy the pack from another "
                           "computer and use Import from folder.")
    parts = urlsplit(endpoint)
    if parts.hostname and not any(os.environ.get(name) for name in PROXY_VARIABLES):
        _look_up_quickly(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))


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
    if not outcome or isinstance(outcome[0], OSError):
        raise _unreachable(host, socket.gaierror(socket.EAI_AGAIN, "no answer"))


def _timeout() -> Any:
    import httpx2  # huggingface_hub's HTTP client

    return httpx2.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S)


def describe_files(repo_id: str, names: Sequence[str], revision: str, endpoint: str,
                   token: str | None, cancel: threading.Event | None = None,
                   ) -> tuple[str, list[RemoteFile]]:
    """The commit ``revision`` points at, and each file's size, hash and address there."""
    import httpx2
    from huggingface_hub import get_hf_file_metadata, hf_hub_url
    from huggingface_hub.utils import build_hf_headers

    commit = revision
    files = []
    for name in names:
        if cancel is not None and cancel.is_set():
            raise InstallCancelled()
        url = hf_hub_url(repo_id, name, revision=commit, endpoint=endpoint)
        try:
            # Annotated float, handed to httpx2 as is: a Timeout gives the connection its own,
            # shorter limit ("no connection" within seconds).
            meta = get_hf_file_metadata(url, token=token, endpoint=endpoint,
                                        timeout=httpx2.Timeout(  # type: ignore[arg-type]
                                            METADATA_TIMEOUT_S, connect=CONNECT_TIMEOUT_S))
        except Exception as exc:  # huggingface_hub and httpx2 raise many types
            raise hub_error(exc, repo_id, name, endpoint) from None
        if not meta.commit_hash or meta.size is None or not meta.etag:
            raise InstallError("the server answered HTTP {code} for {name}; try again later",
                               code=200, name=name)
        commit = meta.commit_hash  # every other file from the very same commit
        on_hub = _origin(meta.location) == _origin(endpoint)
        headers = tuple(build_hf_headers(token=token).items()) if on_hub else ()
        files.append(RemoteFile(name, meta.size, meta.etag.lower(), meta.location, headers))
    return commit, files


def _origin(url: str) -> tuple[str, str | None, int | None]:
    parts = urlsplit(url)
    return parts.scheme, parts.hostname, parts.port


def _check_disk(folder: Path, files: list[RemoteFile]) -> None:
    """Enough free space for what is still to come (partial files count as done)."""
    need = sum(max(f.size - _have(folder / (f.name + INCOMPLETE)), 0) for f in files
               if not (folder / f.name).is_file())
    free = shutil.disk_usage(folder).free
    if need and free < need + DISK_MARGIN_BYTES:
        raise InstallError("Not enough free disk space in {folder}: the download needs {need} "
                           "and {free} are free. Free some space and try again.",
                           folder=folder, need=format_bytes(need), free=format_bytes(free))


def _have(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


# --- one file --------------------------------------------------------------------------------


def _fetch_checked(remote: RemoteFile, folder: Path, meter: Meter, offset: int,
                   cancel: threading.Event | None, progress: ProgressFn | None) -> str:
    """Bring one file to its full size, check its hash, give it its name; its SHA-256."""
    final = folder / remote.name
    part = folder / (remote.name + INCOMPLETE)
    note = folder / (remote.name + NOTE)
    kept = _read_note(note)
    if final.is_file() and kept.get("etag") == remote.etag and kept.get("sha256") and \
            final.stat().st_size == remote.size:
        meter.report(remote.name, offset + remote.size)
        return str(kept["sha256"])  # checked in an earlier run
    if kept.get("etag") != remote.etag or kept.get("size") != remote.size:
        part.unlink(missing_ok=True)  # another version of the file: start again
        final.unlink(missing_ok=True)
        _write_note(note, {"etag": remote.etag, "size": remote.size})
    part.parent.mkdir(parents=True, exist_ok=True)
    _fetch_resuming(remote, part, meter, offset, cancel)
    digest = _checked_sha256(remote, part, progress, cancel)
    os.replace(part, final)
    _write_note(note, {"etag": remote.etag, "size": remote.size, "sha256": digest})
    return digest


def _read_note(note: Path) -> dict[str, object]:
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_note(note: Path, data: dict[str, object]) -> None:
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text(json.dumps(data), encoding="utf-8")


def _fetch_resuming(remote: RemoteFile, part: Path, meter: Meter, offset: int,
                    cancel: threading.Event | None) -> None:
    """Stream until ``part`` has ``remote.size`` bytes, resuming after dropped connections."""
    import httpx2

    failures = 0
    while _have(part) < remote.size:
        before = _have(part)
        try:
            _stream_once(remote, part, meter, offset, cancel)
            if _have(part) < remote.size:
                raise httpx2.RemoteProtocolError("the transfer ended early")
        except (httpx2.TransportError, OSError) as exc:
            if isinstance(exc, OSError) and not isinstance(exc, ConnectionError):
                raise InstallError("{file}: cannot write the download ({error})",
                                   file=remote.name, error=exc.strerror or exc) from None
            failures = 0 if _have(part) > before else failures + 1
            if failures > RETRIES:
                raise InstallError("{file}: the connection was lost after {have} of {size} bytes "
                                   "({error}); press Download again to resume from there",
                                   file=remote.name, have=_have(part), size=remote.size,
                                   error=type(exc).__name__) from None
            if cancel is not None and cancel.wait(RETRY_PAUSE_S):
                raise InstallCancelled() from None
            if cancel is None:
                time.sleep(RETRY_PAUSE_S)


def _stream_once(remote: RemoteFile, part: Path, meter: Meter, offset: int,
                 cancel: threading.Event | None) -> None:
    """One GET from where ``part`` ends; a cancel stops it within a second, even while the
    connection is silent (the socket is shut down under the waiting read)."""
    from huggingface_hub.utils import get_session, hf_raise_for_status

    have = _have(part)
    if have > remote.size:
        part.unlink()
        have = 0
    headers = dict(remote.headers) | {"Accept-Encoding": "identity"}
    if have:
        headers["Range"] = f"bytes={have}-"
    with get_session().stream("GET", remote.url, headers=headers, timeout=_timeout(),
                              follow_redirects=True) as response, \
            _shut_down_on_cancel(response, cancel):
        if response.status_code == 416:
            return  # nothing more to send: the hash check judges the file
        try:
            hf_raise_for_status(response)
        except Exception as exc:
            raise hub_error(exc, "", remote.name, remote.url) from None
        mode = "ab" if response.status_code == 206 else "wb"  # 200: the Range was ignored
        _write_body(response, part, mode, have if mode == "ab" else 0,
                    lambda done: meter.report(remote.name, offset + min(done, remote.size)),
                    remote.size, cancel)


def _write_body(response: Any, part: Path, mode: str, done: int, report: Any, size: int,
                cancel: threading.Event | None) -> None:
    """Append the body to ``part`` as it arrives (pieces of at most 64 KiB)."""
    try:
        with open(part, mode) as out:
            for chunk in response.iter_bytes():
                if cancel is not None and cancel.is_set():
                    raise InstallCancelled()
                out.write(chunk)
                done += len(chunk)
                report(done)
                if done > size:
                    break
    except InstallCancelled:
        raise
    except Exception:
        if cancel is not None and cancel.is_set():
            raise InstallCancelled() from None  # the read that Cancel cut short
        raise
    if cancel is not None and cancel.is_set():
        raise InstallCancelled()


@contextlib.contextmanager
def _shut_down_on_cancel(response: Any, cancel: threading.Event | None) -> Iterator[None]:
    """While the body is read, a watcher shuts the connection's socket down when Cancel is
    pressed, so a read waiting on a silent server returns at once instead of at its timeout."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if cancel is None or sock is None:
        yield
        return
    finished = threading.Event()

    def watch() -> None:
        while not finished.is_set():
            if cancel.wait(CANCEL_POLL_S) and not finished.is_set():
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)  # also under TLS
                return

    threading.Thread(target=watch, name="download cancel", daemon=True).start()
    try:
        yield
    finally:
        finished.set()


def _checked_sha256(remote: RemoteFile, part: Path, progress: ProgressFn | None,
                    cancel: threading.Event | None) -> str:
    """Hash ``part`` once; its SHA-256 when it matches the hub's hash, else it is deleted.
    A cancel stops the hashing (the complete file is kept and hashed at the next start)."""
    sha256 = hashlib.sha256()
    git = hashlib.sha1(f"blob {_have(part)}\0".encode())  # git's object id of a small file
    meter = Meter(progress, remote.size, "verify")
    done = 0
    with open(part, "rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            if cancel is not None and cancel.is_set():
                raise InstallCancelled()
            sha256.update(chunk)
            git.update(chunk)
            done += len(chunk)
            meter.report(remote.name, done)
    digest = sha256.hexdigest()
    if SHA256_ETAG.fullmatch(remote.etag):
        matches = digest == remote.etag
    elif GIT_SHA1_ETAG.fullmatch(remote.etag):
        matches = git.hexdigest() == remote.etag
    else:
        raise InstallError("{file}: Hugging Face publishes no hash for this file, so it cannot "
                           "be checked; nothing was installed", file=remote.name)
    if not matches or done != remote.size:
        part.unlink(missing_ok=True)
        raise InstallError("{file}: SHA-256 does not match the hash Hugging Face publishes; the "
                           "download was damaged or altered and has been deleted. Nothing was "
                           "installed.", file=remote.name)
    return digest


# --- errors ------------------------------------------------------------------------------------


def hub_error(exc: BaseException, repo: str, name: str, url: str) -> InstallError:
    """One clear sentence for an exception of huggingface_hub or its HTTP client."""
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        OfflineModeIsEnabled,
        RemoteEntryNotFoundError,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    if isinstance(exc, OfflineModeIsEnabled):
        return InstallError("Downloads are switched off on this computer (the HF_HUB_OFFLINE "
                            "setting). Unset it to download, or copy the pack from another "
                            "computer and use Import from folder.")
    if isinstance(exc, RemoteEntryNotFoundError):
        return RemoteFileMissing("{name} was not found (HTTP 404): check the repository id and "
                                 "that it holds a SkinGPT Desktop model pack", name=name)
    if isinstance(exc, (GatedRepoError,)) or _status(exc) in (401, 403):
        return AccessRefused("access to {name} was refused (HTTP {code}): the repository is "
                            "private or gated; download it in a browser after accepting its "
                            "terms, then import it", name=repo or name, code=_status(exc) or 403)
    if isinstance(exc, (RepositoryNotFoundError, RevisionNotFoundError)) or _status(exc) == 404:
        return InstallError("{name} was not found (HTTP 404): check the repository id and "
                            "that it holds a SkinGPT Desktop model pack", name=repo or name)
    if isinstance(exc, HfHubHTTPError):
        return InstallError("the server answered HTTP {code} for {name}; try again later",
                            code=_status(exc) or "?", name=name)
    return _unreachable(urlsplit(url).hostname or url, exc)


def _status(exc: BaseException) -> int:
    response = getattr(exc, "response", None)
    return int(getattr(response, "status_code", 0) or 0)


def _unreachable(host: str, exc: BaseException) -> InstallError:
    return InstallError("Cannot reach {host}: {reason}. This computer seems to be offline or a "
                        "firewall blocks the connection. Connect to the internet and try again, "
                        "or copy the pack from another computer and use Import from folder.",
                        host=host, reason=network_reason(exc))


def network_reason(exc: BaseException) -> Phrase | str:
    """Why a connection failed, as a phrase (never "[Errno -2] Name or service not known")."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and len(chain) < 8:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    text = " ".join(str(item) for item in chain).lower()
    if any(isinstance(item, socket.gaierror) for item in chain) or "name or service" in text \
            or "name resolution" in text or "nodename nor servname" in text:
        return Phrase("the server's name could not be looked up")
    if any(isinstance(item, ConnectionRefusedError) for item in chain) or "refused" in text:
        return Phrase("the connection was refused")
    if any(isinstance(item, (socket.timeout, TimeoutError)) for item in chain) or \
            "timed out" in text or type(exc).__name__.endswith("Timeout"):
        return Phrase("no answer within {seconds} s", seconds=math.ceil(CONNECT_TIMEOUT_S))
    for item in chain:
        if isinstance(item, OSError) and item.strerror:
            return item.strerror[:1].lower() + item.strerror[1:]
    return type(exc).__name__


# --- a ready-made pack repository ------------------------------------------------------------


def download_folder(packs_folder: Path, repo_id: str, revision: str) -> Path:
    """Where a download of ``repo_id`` at ``revision`` keeps its files until they are
    installed (the same folder every time, so a new start resumes)."""
    safe_revision = re.sub(r"[^A-Za-z0-9._-]", "_", revision)
    return Path(packs_folder) / DOWNLOADS_SUBDIR / f"{repo_id.replace('/', '--')}--{safe_revision}"


def download_pack(repo_id: str, dest_root: Path, *, revision: str = "main",
                  endpoint: str | None = None, progress: ProgressFn | None = None,
                  cancel: threading.Event | None = None) -> Path:
    """Download a pack from a Hugging Face model repository into ``dest_root``.

    ``manifest.json`` first, then its files from the same commit; each file must match both
    the hub's hash and the manifest's SHA-256. The installed manifest records the commit and
    the files' SHA-256 (``download``). A cancel or a lost connection keeps the partial files
    for the next start; a file that does not match is deleted and nothing is installed.
    """
    staging = download_folder(dest_root, repo_id, revision)
    first = download_files(repo_id, [MANIFEST_NAME], staging, revision=revision,
                           endpoint=endpoint, progress=progress, cancel=cancel)
    if first.path(MANIFEST_NAME).stat().st_size > MAX_MANIFEST_BYTES:
        raise InstallError("{repo}: {manifest} is too large to be a pack manifest",
                           repo=repo_id, manifest=MANIFEST_NAME)
    raw = first.path(MANIFEST_NAME).read_bytes()
    manifest = parse_manifest(raw, f"{repo_id}/{MANIFEST_NAME}")
    target = Path(dest_root) / check_name(manifest, f"{repo_id}/{MANIFEST_NAME}")
    if target.exists():
        raise InstallError("a pack named '{name}' is already installed", name=manifest.name)
    files = download_files(repo_id, [f.path for f in manifest.files], staging,
                           revision=first.revision, endpoint=endpoint, progress=progress,
                           cancel=cancel)
    for entry in manifest.files:
        if files.sha256[entry.path] != entry.sha256:
            discard(staging, [entry.path])
            raise InstallError("{file}: SHA-256 does not match the pack manifest; the download "
                               "was damaged or altered and has been deleted. Nothing was "
                               "installed.", file=entry.path)
    record = DownloadRecord(repo_id, first.revision, first.record().files + files.record().files)
    _write_with_provenance(staging / MANIFEST_NAME, raw, record)
    _keep_only(staging, {MANIFEST_NAME, *(PurePosixPath(f.path).parts[0] for f in manifest.files)})
    try:
        return install_staged(staging, target)
    except PackError:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def discard(folder: Path, names: Sequence[str]) -> None:
    """Delete what a download of ``names`` left in ``folder`` (the files, their partial
    copies and notes), and the folder once nothing else is in it."""
    for name in names:
        for suffix in ("", INCOMPLETE, NOTE):
            (Path(folder) / (name + suffix)).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        Path(folder).rmdir()  # only when empty: another download's parts stay


def _keep_only(folder: Path, names: set[str]) -> None:
    """Remove everything else from a staged pack (notes, leftovers of older downloads)."""
    for child in folder.iterdir():
        if child.name not in names:
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()


def _write_with_provenance(path: Path, raw: bytes, record: DownloadRecord) -> None:
    """The repository's manifest as it came, plus the ``download`` record."""
    data = json.loads(raw)
    data["download"] = dataclasses.asdict(record)
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
