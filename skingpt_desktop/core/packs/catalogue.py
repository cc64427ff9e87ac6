"""The catalogue of model packs the app knows about (``resources/catalogue.json``), as data.

Each entry says what a model is, how to get it (build it yourself following a guide, or
download an LLM GGUF and its mmproj GGUF from a huggingface.co repository), what it costs in
download and RAM, its license and whether that license must be accepted before first use,
what it is for, and its limits, and the two figures the speed estimate needs (the language
model file's size, read once per generated token, and the kind of vision encoder; see
``core/packs/speed.py``). Loading the catalogue reads one local file and never touches
the network; every field is validated, and a bad one raises ``PackError`` naming the entry and
the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.packs.pack_kinds import PACK_KINDS
from skingpt_desktop.core.packs.speed import ENCODER_CLASSES
from skingpt_desktop.core.resource_files import read_json_file, resources_dir

CATALOGUE_NAME = "catalogue.json"
FORMAT_VERSION = 1
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
# A Hugging Face model repository: owner/name, each part 1-96 letters, digits, '.', '_', '-'.
REPO_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,95}/[A-Za-z0-9][A-Za-z0-9_.-]{0,95}")

# Every field of an entry and its JSON type (all required; others are refused).
ENTRY_FIELDS: dict[str, type] = {
    "id": str, "display_name": str, "family": str, "kind": str, "source": dict,
    "download_bytes": int, "size_note": str, "ram_bytes": int, "ram_note": str,
    "llm_bytes": int, "vision_encoder": str, "license": str, "license_acceptance_required": bool,
    "intended_use": str, "good_at": str, "limits": str,
}
# The ways to get a pack: the fields of each "source" object.
SOURCE_FIELDS: dict[str, tuple[str, ...]] = {
    "build": ("build",),
    "repo": ("repo", "llm_file", "mmproj_file"),
}
# Which ways fit which pack kind (core/packs/pack_kinds.py).
KIND_SOURCES: dict[str, tuple[str, ...]] = {"skingpt4": ("build",), "mtmd": ("repo",)}
# Which vision encoders (core/packs/speed.py's cost classes) each pack kind can have.
KIND_ENCODERS: dict[str, tuple[str, ...]] = {
    "skingpt4": ("eva-vit-g",), "mtmd": tuple(c for c in ENCODER_CLASSES if c != "eva-vit-g")}


def valid_repo_id(repo: str) -> bool:
    """True for a Hugging Face model repository id, ``owner/name`` (the one check of it: the
    catalogue's sources and a download the user asks for)."""
    return REPO_ID_PATTERN.fullmatch(repo) is not None


@dataclass(frozen=True)
class BuildSource:
    """A pack the user builds: ``guide`` is the documentation path that explains how."""

    guide: str


@dataclass(frozen=True)
class RepoSource:
    """A pack made from two files of a huggingface.co repository (``python -m converters mtmd``)."""

    repo: str
    llm_file: str
    mmproj_file: str


@dataclass(frozen=True)
class CatalogueEntry:
    """One model of the catalogue."""

    id: str
    display_name: str
    family: str                     # entries of one model in different quantizations share it
    kind: str                       # a pack kind: "skingpt4" or "mtmd"
    source: BuildSource | RepoSource
    download_bytes: int             # approximate (size_note says how)
    size_note: str
    ram_bytes: int                  # RAM the pack needs (core/packs/memory.py; ram_note says how)
    ram_note: str
    llm_bytes: int                  # the language model file: what a generated token reads
    vision_encoder: str             # its cost class in core/packs/speed.py (ENCODER_CLASSES)
    license: str
    license_acceptance_required: bool
    intended_use: str
    good_at: str                    # what its model card says it does well
    limits: str                     # one line

    @property
    def downloadable(self) -> bool:
        """Whether the app can fetch this model (otherwise the user builds it)."""
        return isinstance(self.source, RepoSource)


def _fail(where: str, field: str, problem: str) -> PackError:
    return PackError(f"{where}: field '{field}' {problem}")


def _check_types(data: dict[str, Any], where: str) -> None:
    """Every field present with its type; no unknown field."""
    unknown = sorted(set(data) - set(ENTRY_FIELDS))
    if unknown:
        raise _fail(where, unknown[0], "is not a catalogue field")
    for field, kind in ENTRY_FIELDS.items():
        if field not in data:
            raise _fail(where, field, "is missing")
        value = data[field]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            wanted = "a whole number" if kind is int else kind.__name__
            raise _fail(where, field, f"must be {wanted}")
        if isinstance(value, str) and not value.strip():
            raise _fail(where, field, "is empty")
        if isinstance(value, int) and value <= 0:
            raise _fail(where, field, "must be a positive number of bytes")


def _check_text(data: dict[str, Any], where: str) -> None:
    """Identifiers and one-line texts."""
    for field in ("id", "family"):
        if not ID_PATTERN.fullmatch(data[field]):
            raise _fail(where, field, "must be lower-case letters, digits, '.', '_' or '-'")
    if data["kind"] not in PACK_KINDS:
        raise _fail(where, "kind", f"must be one of {', '.join(sorted(PACK_KINDS))}, "
                    f"not '{data['kind']}'")
    for field in ("display_name", "limits", "license"):
        if "\n" in data[field]:
            raise _fail(where, field, "must be one line")
    if data["vision_encoder"] not in KIND_ENCODERS[data["kind"]]:
        raise _fail(where, "vision_encoder", f"of a {data['kind']} entry must be one of "
                    f"{', '.join(KIND_ENCODERS[data['kind']])}, not '{data['vision_encoder']}'")
    if data["llm_bytes"] > data["download_bytes"]:
        raise _fail(where, "llm_bytes", "must not exceed download_bytes (the language model "
                    "is part of the download)")


def _plain_path(value: Any, suffix: str) -> bool:
    """A relative path with no '..', ending in ``suffix``."""
    if not isinstance(value, str) or not value.endswith(suffix) or "\\" in value:
        return False
    path = PurePosixPath(value)
    return not path.is_absolute() and ".." not in path.parts and path.name != suffix


def _parse_source(data: dict[str, Any], kind: str, where: str) -> BuildSource | RepoSource:
    """The "source" object: one of SOURCE_FIELDS' shapes, allowed for ``kind``."""
    source = data["source"]
    way = next((name for name, fields in SOURCE_FIELDS.items() if set(source) == set(fields)),
               None)
    if way is None or way not in KIND_SOURCES[kind]:
        shapes = " or ".join("{" + ", ".join(SOURCE_FIELDS[w]) + "}" for w in KIND_SOURCES[kind])
        raise _fail(where, "source", f"of a {kind} entry must have the fields {shapes}")
    if way == "build":
        if not _plain_path(source["build"], ".md"):
            raise _fail(where, "source.build", "must be a relative path to a .md guide")
        return BuildSource(source["build"])
    if not isinstance(source["repo"], str) or not valid_repo_id(source["repo"]):
        raise _fail(where, "source.repo", "must be a repository name 'owner/name'")
    for field in ("llm_file", "mmproj_file"):
        if not _plain_path(source[field], ".gguf"):
            raise _fail(where, f"source.{field}", "must be a .gguf file of the repository")
    return RepoSource(source["repo"], source["llm_file"], source["mmproj_file"])


def parse_entry(data: Any, where: str) -> CatalogueEntry:
    """One validated entry; ``where`` names it in errors (refined with its id once known)."""
    if not isinstance(data, dict):
        raise PackError(f"{where}: must be a JSON object")
    if isinstance(data.get("id"), str) and data["id"]:
        where = f"{where} ('{data['id']}')"
    _check_types(data, where)
    _check_text(data, where)
    values = {field: data[field] for field in ENTRY_FIELDS if field != "source"}
    return CatalogueEntry(source=_parse_source(data, data["kind"], where), **values)


def parse_catalogue(data: Any, where: str) -> list[CatalogueEntry]:
    """Every entry of parsed catalogue JSON, validated; ids must be unique."""
    if not isinstance(data, dict) or set(data) != {"format_version", "entries"}:
        raise PackError(f"{where}: must be an object with exactly 'format_version' and 'entries'")
    if data["format_version"] != FORMAT_VERSION:
        raise PackError(f"{where}: field 'format_version' must be {FORMAT_VERSION}")
    if not isinstance(data["entries"], list) or not data["entries"]:
        raise PackError(f"{where}: field 'entries' must be a non-empty list")
    entries: list[CatalogueEntry] = []
    for index, item in enumerate(data["entries"]):
        entry = parse_entry(item, f"{where} entry {index}")
        if any(known.id == entry.id for known in entries):
            raise PackError(f"{where} entry {index} ('{entry.id}'): field 'id' is used twice")
        entries.append(entry)
    return entries


def default_path() -> Path:
    """The shipped catalogue, ``resources/catalogue.json``."""
    return resources_dir() / CATALOGUE_NAME


def load_catalogue(path: str | Path | None = None) -> list[CatalogueEntry]:
    """The catalogue at ``path`` (default: the shipped one); PackError naming a bad field."""
    path = Path(path) if path is not None else default_path()
    return parse_catalogue(read_json_file(path, PackError, "the model catalogue"), str(path))


def find_entry(entries: list[CatalogueEntry], entry_id: str) -> CatalogueEntry:
    """The entry called ``entry_id``; PackError naming the known ids otherwise."""
    for entry in entries:
        if entry.id == entry_id:
            return entry
    known = ", ".join(entry.id for entry in entries)
    raise PackError(f"no catalogue entry '{entry_id}' (known: {known})")
