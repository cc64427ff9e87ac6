"""Fetch the Hugging Face-hosted sources of a pack (only with ``--download``): the SkinGPT-4
parts, or the two GGUF files of an mtmd model (converters/mtmd_pack.py).

This is the only module of the converters that opens network connections, and it is imported
only when the user passes ``--download``. It uses huggingface-hub, which resumes interrupted
downloads (partial ``.incomplete`` files are continued), shows a progress bar per file, and reads
the ``HF_TOKEN`` environment variable (needed for gated repositories such as Meta's Llama-2: accept
the license on the model page first).

Only the files a conversion reads are fetched: ``config.json``, the shard index, and the shards
that hold a needed tensor. For a Salesforce BLIP-2 repository that is the shard(s) with
``vision_model.*``, ``qformer.*`` and ``query_tokens`` — never the 10+ GB of the language model.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from converters.safetensors_reader import INDEX_NAMES, SINGLE_NAMES, needed_shards, read_index
from skingpt_desktop.core.errors import ConversionError

BLIP2_REPO = "Salesforce/blip2-flan-t5-xxl"
LLAMA_REPO = "meta-llama/Llama-2-13b-chat-hf"
VISION_PREFIXES = ("vision_model.", "qformer.", "query_tokens")


def _token() -> str | None:
    return os.environ.get("HF_TOKEN") or None


def _explain(repo: str, exc: Exception) -> ConversionError:
    """Turn a huggingface-hub or network exception into one clear sentence."""
    kind = type(exc).__name__
    if kind == "GatedRepoError" or getattr(getattr(exc, "response", None), "status_code", 0) in (401, 403):
        return ConversionError(
            f"{repo} is gated: accept its license on huggingface.co, create an access token and "
            "set HF_TOKEN=<token> before running with --download")
    if kind in ("RepositoryNotFoundError", "RevisionNotFoundError"):
        return ConversionError(f"{repo}: repository not found on huggingface.co (check the name)")
    if kind in ("EntryNotFoundError", "RemoteEntryNotFoundError"):
        return ConversionError(f"{repo}: a needed file is not in the repository ({exc})")
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return ConversionError(f"disk full while downloading {repo}")
    return ConversionError(f"download from {repo} failed ({kind}: {str(exc)[:200]}); run the same "
                           "command again to resume")


def list_files(repo: str) -> list[str]:
    """The file names of a huggingface.co model repository."""
    from huggingface_hub import list_repo_files

    try:
        return list(list_repo_files(repo, token=_token()))
    except Exception as exc:  # huggingface-hub raises many types; classified by name
        raise _explain(repo, exc) from None


def fetch_file(repo: str, filename: str, local_dir: Path | None) -> Path:
    """Download one named file (resuming); ConversionError when the repository lacks it."""
    path = _fetch(repo, filename, local_dir)
    if path is None:
        raise ConversionError(f"{repo}: file '{filename}' is not in the repository")
    return path


def _fetch(repo: str, filename: str, local_dir: Path | None) -> Path | None:
    """Download one file (resuming); None if the repository does not have it."""
    from huggingface_hub import hf_hub_download

    try:
        return Path(hf_hub_download(repo, filename, local_dir=local_dir, token=_token()))
    except Exception as exc:  # huggingface-hub raises many types; classify them by name
        if type(exc).__name__ in ("EntryNotFoundError", "RemoteEntryNotFoundError"):
            return None
        raise _explain(repo, exc) from None


def download_model_files(repo: str, dest: Path | None, wanted: Callable[[str], bool],
                         extra: tuple[str, ...] = ()) -> Path:
    """Fetch ``config.json``, ``extra`` files and the weight shards holding a ``wanted`` tensor.

    Returns the local folder (``dest`` or the huggingface-hub cache snapshot). Tries the
    safetensors index, then a single safetensors file, then the same for ``.bin``.
    """
    config = _fetch(repo, "config.json", dest)
    if config is None:
        raise ConversionError(f"{repo}: no config.json; not a Hugging Face model repository")
    folder = config.parent
    for name in extra:
        if _fetch(repo, name, dest) is None:
            raise ConversionError(f"{repo}: file '{name}' is missing from the repository")
    for index_name, single_name in zip(INDEX_NAMES, SINGLE_NAMES, strict=True):
        index = _fetch(repo, index_name, dest)
        if index is not None:
            shards = needed_shards(read_index(index), wanted)
            if not shards:
                raise ConversionError(f"{repo}: the shard index lists none of the needed tensors")
            for shard in shards:
                print(f"downloading {repo}/{shard}", flush=True)
                if _fetch(repo, shard, dest) is None:
                    raise ConversionError(f"{repo}: shard '{shard}' listed in {index_name} is missing")
            return folder
        if _fetch(repo, single_name, dest) is not None:
            return folder
    raise ConversionError(f"{repo}: no model weights found")


def download_blip2_vision(repo: str = BLIP2_REPO, dest: Path | None = None) -> Path:
    """The vision part of a Salesforce BLIP-2 repository (ViT, Q-Former, query tokens)."""
    return download_model_files(repo, dest, lambda name: name.startswith(VISION_PREFIXES))


def download_llama(repo: str = LLAMA_REPO, dest: Path | None = None) -> Path:
    """A Hugging Face Llama repository: config, tokenizer.model and all weight shards."""
    return download_model_files(repo, dest, lambda name: True, extra=("tokenizer.model",))
