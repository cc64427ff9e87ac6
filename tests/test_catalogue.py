"""The model catalogue (resources/catalogue.json): the shipped file loads without the network,
its figures agree with core/packs/memory.py, and every bad field is refused by name."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.packs.catalogue import (
    ENTRY_FIELDS,
    BuildSource,
    CatalogueEntry,
    RepoSource,
    find_entry,
    load_catalogue,
)
from skingpt_desktop.core.packs.memory import kv_cache_bytes, mtmd_pack_memory, ram_needed

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "resources" / "catalogue.json"


def test_shipped_catalogue_loads(network_events: list) -> None:
    entries = load_catalogue()
    assert [e.id for e in entries] == [
        "skingpt4-13b", "medgemma-1.5-4b-it-q4_k_m", "medgemma-1.5-4b-it-q8_0", "lingshu-7b-q4_k_m",
        "medgemma-4b-it-q4_k_m", "medgemma-4b-it-q8_0", "gemma-3-4b-it-q4_k_m"]
    assert all(isinstance(e, CatalogueEntry) for e in entries)
    assert network_events == []
    with pytest.raises(AttributeError):
        entries[0].id = "x"  # type: ignore[misc]


def test_shipped_entries_say_how_to_get_them() -> None:
    entries = {e.id: e for e in load_catalogue()}
    skingpt4 = entries["skingpt4-13b"]
    assert skingpt4.kind == "skingpt4" and not skingpt4.downloadable
    assert isinstance(skingpt4.source, BuildSource) and (ROOT / skingpt4.source.guide).is_file()
    medgemma = entries["medgemma-4b-it-q4_k_m"]
    assert medgemma.source == RepoSource("unsloth/medgemma-4b-it-GGUF",
                                         "medgemma-4b-it-Q4_K_M.gguf", "mmproj-F16.gguf")
    assert medgemma.license == "Health AI Developer Foundations terms of use"
    assert medgemma.license_acceptance_required
    gemma = entries["gemma-3-4b-it-q4_k_m"]
    assert gemma.source == RepoSource("ggml-org/gemma-3-4b-it-GGUF", "gemma-3-4b-it-Q4_K_M.gguf",
                                      "mmproj-model-f16.gguf")
    assert all("approximate" in e.size_note.lower() for e in entries.values())
    medgemma15 = entries["medgemma-1.5-4b-it-q4_k_m"]
    assert medgemma15.source.repo == "unsloth/medgemma-1.5-4b-it-GGUF"  # type: ignore[union-attr]
    assert medgemma15.license == "Health AI Developer Foundations terms of use"
    assert medgemma15.license_acceptance_required and "73.5 %" in medgemma15.good_at
    lingshu = entries["lingshu-7b-q4_k_m"]
    assert lingshu.kind == "mtmd" and "MIT" in lingshu.license and lingshu.license_acceptance_required


@pytest.mark.parametrize(("entry_id", "llm_bytes"), [
    ("medgemma-4b-it-q4_k_m", 2_490_000_000), ("medgemma-4b-it-q8_0", 4_130_000_000),
    ("gemma-3-4b-it-q4_k_m", 2_490_000_000), ("medgemma-1.5-4b-it-q4_k_m", 2_490_000_000),
    ("medgemma-1.5-4b-it-q8_0", 4_130_000_000)])
def test_mtmd_ram_figures_follow_core_memory(entry_id: str, llm_bytes: int) -> None:
    """Gemma 3 4B: 34 layers, 4 KV heads of 256, context capped at 2048; mmproj about 0.85 GB."""
    entry = find_entry(load_catalogue(), entry_id)
    parts = mtmd_pack_memory(llm_bytes, 850_000_000, 34, 4 * 256, 2048)
    assert entry.ram_bytes == ram_needed(parts, "ggml")
    assert entry.download_bytes == llm_bytes + 850_000_000
    assert f"{kv_cache_bytes(34, 1024, 2048):,}" in entry.ram_note


def test_shipped_speed_inputs() -> None:
    """What the speed estimate reads: the LLM file's size and the encoder's cost class."""
    entries = {e.id: e for e in load_catalogue()}
    assert (entries["skingpt4-13b"].llm_bytes, entries["skingpt4-13b"].vision_encoder) == \
        (7_865_956_224, "eva-vit-g")
    assert (entries["lingshu-7b-q4_k_m"].llm_bytes, entries["lingshu-7b-q4_k_m"].vision_encoder) \
        == (4_680_000_000, "qwen2.5-vl")
    gemmas = [e for e in entries.values() if "gemma" in e.family]
    assert gemmas and all(e.vision_encoder == "siglip-896" for e in gemmas)
    assert all(e.llm_bytes + 850_000_000 == e.download_bytes for e in gemmas)


def test_find_entry_names_the_known_ids() -> None:
    with pytest.raises(PackError, match="no catalogue entry 'nope'.*skingpt4-13b"):
        find_entry(load_catalogue(), "nope")


# --- bad catalogues -------------------------------------------------------------------------

def _shipped() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def _load(tmp_path: Path, data: object) -> list[CatalogueEntry]:
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_catalogue(path)


def _with(index: int, **changes: object) -> dict:
    data = copy.deepcopy(_shipped())
    data["entries"][index].update(changes)
    return data


BAD_FIELDS = [
    (1, {"id": "Med Gemma"}, "id"),
    (1, {"id": 5}, "id"),
    (1, {"display_name": ""}, "display_name"),
    (1, {"kind": "llava"}, "kind"),
    (1, {"download_bytes": -1}, "download_bytes"),
    (1, {"download_bytes": "2.5 GB"}, "download_bytes"),
    (1, {"ram_bytes": True}, "ram_bytes"),
    (1, {"license_acceptance_required": "yes"}, "license_acceptance_required"),
    (1, {"limits": "two\nlines"}, "limits"),
    (1, {"intended_use": 3}, "intended_use"),
    (1, {"size_note": "  "}, "size_note"),
    (1, {"homepage": "https://example.org"}, "homepage"),
    (1, {"source": {"build": "docs/conversion.md"}}, "source"),
    (1, {"source": {"repo": "no-slash", "llm_file": "a.gguf", "mmproj_file": "b.gguf"}},
     "source.repo"),
    (1, {"source": {"repo": "a/b", "llm_file": "../a.gguf", "mmproj_file": "b.gguf"}},
     "source.llm_file"),
    (1, {"source": {"repo": "a/b", "llm_file": "a.gguf", "mmproj_file": "b.bin"}},
     "source.mmproj_file"),
    (1, {"source": {"repo": "a/b", "llm_file": "a.gguf"}}, "source"),
    (0, {"source": {"build": "/etc/passwd.md"}}, "source.build"),
    (0, {"source": {"repo": "a/b", "llm_file": "a.gguf", "mmproj_file": "b.gguf"}}, "source"),
    (1, {"llm_bytes": 0}, "llm_bytes"),
    (1, {"llm_bytes": "2.49 GB"}, "llm_bytes"),
    (1, {"llm_bytes": 10**12}, "llm_bytes"),  # more than the whole download
    (1, {"vision_encoder": "clip-l"}, "vision_encoder"),
    (1, {"vision_encoder": 3}, "vision_encoder"),
    (1, {"vision_encoder": "eva-vit-g"}, "vision_encoder"),  # SkinGPT-4's, not an mtmd pack's
    (0, {"vision_encoder": "siglip-896"}, "vision_encoder"),
]


@pytest.mark.parametrize(("index", "change", "field"), BAD_FIELDS)
def test_bad_field_is_named(tmp_path: Path, index: int, change: dict, field: str) -> None:
    entry_id = _shipped()["entries"][index]["id"]
    with pytest.raises(PackError) as info:
        _load(tmp_path, _with(index, **change))
    message = str(info.value)
    assert f"field '{field}'" in message and f"entry {index}" in message
    if "id" not in change:
        assert f"'{entry_id}'" in message


@pytest.mark.parametrize("field", sorted(ENTRY_FIELDS))
def test_missing_field_is_named(tmp_path: Path, field: str) -> None:
    data = _shipped()
    del data["entries"][2][field]
    with pytest.raises(PackError, match=f"entry 2.*field '{field}' is missing"):
        _load(tmp_path, data)


def test_duplicate_id_is_refused(tmp_path: Path) -> None:
    expected = r"entry 2 \('skingpt4-13b'\): field 'id' is used twice"
    with pytest.raises(PackError, match=expected):
        _load(tmp_path, _with(2, id="skingpt4-13b"))


@pytest.mark.parametrize(("data", "message"), [
    ([], "exactly 'format_version' and 'entries'"),
    ({"format_version": 2, "entries": []}, "field 'format_version' must be 1"),
    ({"format_version": 1, "entries": []}, "field 'entries' must be a non-empty list"),
    ({"format_version": 1, "entries": ["x"]}, "entry 0: must be a JSON object"),
    ({"format_version": 1, "entries": [], "extra": 1}, "exactly 'format_version'"),
])
def test_bad_top_level_is_refused(tmp_path: Path, data: object, message: str) -> None:
    with pytest.raises(PackError, match=message):
        _load(tmp_path, data)


def test_unreadable_catalogue_is_named(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="missing"):
        load_catalogue(tmp_path / "absent.json")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(PackError, match="broken.json is not valid JSON"):
        load_catalogue(tmp_path / "broken.json")


def test_lingshu_ram_figure_follows_core_memory() -> None:
    """Qwen2.5-VL-7B: 28 layers, 4 KV heads of 128, context 2048; mmproj about 1.35 GB."""
    entry = find_entry(load_catalogue(), "lingshu-7b-q4_k_m")
    parts = mtmd_pack_memory(4_680_000_000, 1_350_000_000, 28, 4 * 128, 2048)
    assert entry.ram_bytes == ram_needed(parts, "ggml")


GIB = 1 << 30


@pytest.mark.parametrize(("ram_gib", "gpu_gib", "expected"), [
    (4, 0, set()),                                           # nothing downloadable fits 4 GiB
    (6, 0, {"medgemma-1.5-4b-it-q4_k_m", "medgemma-4b-it-q4_k_m", "gemma-3-4b-it-q4_k_m"}),
    (8, 0, {"medgemma-1.5-4b-it-q8_0", "medgemma-4b-it-q8_0", "gemma-3-4b-it-q4_k_m",
            "lingshu-7b-q4_k_m"}),
    (4, 4, {"medgemma-1.5-4b-it-q8_0", "medgemma-4b-it-q8_0", "gemma-3-4b-it-q4_k_m",
            "lingshu-7b-q4_k_m"}),                           # a GPU holds the language model
])
def test_recommended_entries_pick_the_largest_that_fits(ram_gib: int, gpu_gib: int,
                                                        expected: set[str]) -> None:
    from skingpt_desktop.core.packs.machine import recommended_entries

    got = recommended_entries(load_catalogue(), ram_gib * GIB, gpu_gib * GIB)
    assert got == expected  # one per family, never the build-only SkinGPT-4

