"""Fetch the Hugging Face-hosted sources of a pack (only with ``--download``): the SkinGPT-4
parts, or the two GGUF files of an mtmd model (converters/mtmd_pack.py).

The bytes come through the app's one download path, ``core.packs.download.download_files`` (the
window and ``main.py packs install --catalogue`` use it too): resumed after an interruption
(``NAME.incomplete`` files in the download folder are continued), each file checked against the
hash the hub publishes, byte progress on stderr, ``HF_TOKEN`` honoured (needed for gated
repositories such as Meta's Llama-2: accept the license on the model page first),
``HF_ENDPOINT`` and ``HF_HUB_OFFLINE`` too. Without ``--download-dir`` the files go to
``<data folder>/packs/.downloads/``.

Only the files a conversion reads are fetched: ``config.json``, the shard index, and the shards
that hold a needed tensor. For a Salesforce BLIP-2 repository that is the shard(s) with
``vision_model.*``, ``qformer.*`` and ``query_tokens`` — never the 10+ GB of the language model.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from converters.progress import Progress, Reporter
from converters.safetensors_reader import INDEX_NAMES, SINGLE_NAMES, needed_shards, read_index
from skingpt_desktop.core.errors import ConversionError
from skingpt_desktop.core.packs.download import (
    AccessRefused,
    Downloaded,
    RemoteFileMissing,
    download_files,
    download_folder,
)
from skingpt_desktop.core.packs.install import InstallProgress, ProgressFn
from skingpt_desktop.core.packs.pack_folders import packs_dir
from skingpt_desktop.core.storage.paths import data_dir

BLIP2_REPO = "Salesforce/blip2-flan-t5-xxl"
LLAMA_REPO = "meta-llama/Llama-2-13b-chat-hf"
VISION_PREFIXES = ("vision_model.", "qformer.", "query_tokens")


class ByteBars:
    """Terminal progress of a download: one bytes bar over all files, one per file hashed."""

    def __init__(self, report: Reporter) -> None:
        self.report = report
        self.bar: Progress | None = None
        self.key = ""

    def __call__(self, p: InstallProgress) -> None:
        key = p.stage if p.stage == "download" else f"{p.stage} {p.file}"
        if key != self.key:
            if self.bar is not None:
                self.bar.close()
            self.key = key
            self.bar = self.report.bar(key, p.total, "bytes")
        assert self.bar is not None
        self.bar.update(p.done, p.file)


def default_folder(repo: str, revision: str = "main") -> Path:
    """Where downloads go without ``--download-dir``: the app's resumable download folder."""
    return download_folder(packs_dir(data_dir()), repo, revision)


def list_files(repo: str) -> list[str]:
    """The file names of a huggingface.co model repository."""
    from huggingface_hub import HfApi

    from skingpt_desktop.core.packs.download import check_online, hub_endpoint, hub_error

    check_online(hub_endpoint())  # offline mode, a quick "no connection", no telemetry
    try:
        return list(HfApi(endpoint=hub_endpoint()).list_repo_files(repo))
    except Exception as exc:  # huggingface_hub raises many types
        raise _explain(repo, hub_error(exc, repo, "", hub_endpoint())) from None


def _explain(repo: str, exc: Exception) -> Exception:
    """A gated repository's refusal in the converters' words (what to do with HF_TOKEN)."""
    if isinstance(exc, AccessRefused):
        return ConversionError(
            f"{repo} is gated: accept its license on huggingface.co, create an access token and "
            "set HF_TOKEN=<token> before running with --download")
    return exc


def fetch_files(repo: str, names: Sequence[str], dest: Path | None, *, revision: str = "main",
                progress: ProgressFn | None = None,
                cancel: threading.Event | None = None) -> Downloaded:
    """Download ``names`` of ``repo`` (one commit, resuming, hash-checked) into ``dest``."""
    folder = Path(dest) if dest is not None else default_folder(repo)
    try:
        return download_files(repo, list(names), folder, revision=revision,
                              progress=progress or ByteBars(Reporter()), cancel=cancel)
    except AccessRefused as exc:
        raise _explain(repo, exc) from None


class _RepoFiles:
    """Fetches files of one repository one at a time, all from the commit of the first."""

    def __init__(self, repo: str, dest: Path | None, report: Reporter | None) -> None:
        self.repo, self.dest, self.report = repo, dest, report or Reporter()
        self.revision = "main"

    def fetch(self, name: str) -> Path | None:
        """Download one file (resuming); None if the repository does not have it."""
        try:
            got = fetch_files(self.repo, [name], self.dest, revision=self.revision,
                              progress=ByteBars(self.report))
        except RemoteFileMissing:
            return None
        self.revision = got.revision
        return got.path(name)


def download_model_files(repo: str, dest: Path | None, wanted: Callable[[str], bool],
                         extra: tuple[str, ...] = (),
                         report: Reporter | None = None) -> tuple[Path, str]:
    """Fetch ``config.json``, ``extra`` files and the weight shards holding a ``wanted`` tensor.

    Returns the local folder (``dest`` or the default download folder) and the commit the
    files came from. Tries the safetensors index, then a single safetensors file, then the
    same for ``.bin``.
    """
    files = _RepoFiles(repo, dest, report)
    config = files.fetch("config.json")
    if config is None:
        raise ConversionError(f"{repo}: no config.json; not a Hugging Face model repository")
    for name in extra:
        if files.fetch(name) is None:
            raise ConversionError(f"{repo}: file '{name}' is missing from the repository")
    for index_name, single_name in zip(INDEX_NAMES, SINGLE_NAMES, strict=True):
        index = files.fetch(index_name)
        if index is not None:
            shards = needed_shards(read_index(index), wanted)
            if not shards:
                raise ConversionError(f"{repo}: the shard index lists none of the needed tensors")
            for shard in shards:
                if files.fetch(shard) is None:
                    raise ConversionError(f"{repo}: shard '{shard}' listed in {index_name} is missing")
            return config.parent, files.revision
        if files.fetch(single_name) is not None:
            return config.parent, files.revision
    raise ConversionError(f"{repo}: no model weights found")


def download_blip2_vision(repo: str = BLIP2_REPO, dest: Path | None = None,
                          report: Reporter | None = None) -> tuple[Path, str]:
    """The vision part of a Salesforce BLIP-2 repository (ViT, Q-Former, query tokens); the
    folder and the commit."""
    return download_model_files(repo, dest, lambda name: name.startswith(VISION_PREFIXES),
                                report=report)


def download_llama(repo: str = LLAMA_REPO, dest: Path | None = None,
                   report: Reporter | None = None) -> tuple[Path, str]:
    """A Hugging Face Llama repository: config, tokenizer.model and all weight shards; the
    folder and the commit."""
    return download_model_files(repo, dest, lambda name: True, extra=("tokenizer.model",),
                                report=report)
