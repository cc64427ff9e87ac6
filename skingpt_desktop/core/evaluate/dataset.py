"""Labelled photos as clinics have them: a folder of class folders (``DIR/eczema/*.jpg``) or a
CSV manifest with an image path and a label column, plus optional Fitzpatrick, Monk tone, body
site, age group and sex columns.

Column names of the public sets' metadata are mapped by a table (``COLUMN_ALIASES``: SCIN's
``fitzpatrick_skin_type``, Fitzpatrick17k's ``fitzpatrick_scale``, DDI's ``skin_tone``...).
Labels are mapped to the report's condition classes (resources/report/disease_classes.json)
through an optional JSON mapping the user edits; a label that maps to no class and a row whose
photo is missing are listed as bad rows with the reason, never dropped silently or fatal.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from skingpt_desktop.core.bounded_input import loads_json, short_path
from skingpt_desktop.core.errors import SkinGPTError

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".bmp")
MAX_MANIFEST_BYTES = 64 << 20
# The field a dataset column fills -> the column names it goes by (lower case).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "image": ("image", "image_path", "path", "file", "filename", "md5hash", "image_id"),
    "label": ("label", "diagnosis", "condition", "class", "three_partition_label",
              "dermatologist_skin_condition_on_label_name", "disease"),
    "fitzpatrick": ("fitzpatrick", "fitzpatrick_scale", "fitzpatrick_skin_type", "fst",
                    "skin_type", "skin_tone"),
    "monk": ("monk", "monk_tone", "monk_skin_tone", "mst"),
    "body_site": ("body_site", "body_parts", "anatom_site", "location"),
    "age_group": ("age_group", "age"),
    "sex": ("sex", "gender"),
}
FITZPATRICK_GROUPS = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI",
                      "i": "I", "ii": "II", "iii": "III", "iv": "IV", "v": "V", "vi": "VI"}


class DatasetError(SkinGPTError):
    """The dataset cannot be read at all (not a folder or CSV, no label column...)."""


@dataclass(frozen=True)
class Case:
    """One labelled photo; ``id`` is its path relative to the dataset (stable across runs)."""

    id: str
    image: Path
    label: str  # a condition class id
    fitzpatrick: str = ""  # "I".."VI" or ""
    monk: str = ""
    body_site: str = ""
    age_group: str = ""
    sex: str = ""


@dataclass
class Dataset:
    """The usable cases, and every row that could not be used with the reason."""

    cases: list[Case] = field(default_factory=list)
    bad_rows: list[dict[str, str]] = field(default_factory=list)


def load_dataset(path: Path, class_ids: tuple[str, ...],
                 mapping_file: Path | None = None) -> Dataset:
    """The cases of a class-folder tree or a CSV/JSON manifest at ``path``."""
    mapping = _load_mapping(mapping_file, class_ids)
    if path.is_dir():
        rows = [{"image": str(p.relative_to(path)), "label": p.parent.name}
                for p in sorted(path.rglob("*")) if p.suffix.lower() in PHOTO_SUFFIXES
                and p.parent != path]
        return _cases(rows, path, class_ids, mapping)
    if not path.is_file():
        raise DatasetError(f"{short_path(path)}: no such dataset folder or manifest")
    rows = _json_rows(path) if path.suffix.lower() == ".json" else _csv_rows(path)
    return _cases(rows, path.parent, class_ids, mapping)


def _load_mapping(mapping_file: Path | None, class_ids: tuple[str, ...]) -> dict[str, str]:
    """Dataset label -> class id: the identity on class ids, plus the user's mapping file."""
    mapping = {cid: cid for cid in class_ids}
    if mapping_file is None:
        return mapping
    data = loads_json(mapping_file.read_bytes(), str(mapping_file), DatasetError,
                      max_bytes=1 << 20)
    if not isinstance(data, dict):
        raise DatasetError(f"{short_path(mapping_file)}: a label mapping is a JSON object "
                           "of dataset label to class id")
    for label, target in data.items():
        if target not in class_ids:
            raise DatasetError(f"{short_path(mapping_file)}: {label!r} maps to {target!r}, "
                               f"which is not a class id ({', '.join(class_ids)})")
        mapping[str(label).strip().lower()] = target
    return mapping


def _csv_rows(path: Path) -> list[dict[str, str]]:
    if path.stat().st_size > MAX_MANIFEST_BYTES:
        raise DatasetError(f"{short_path(path)}: larger than {MAX_MANIFEST_BYTES >> 20} MiB")
    with open(path, newline="", encoding="utf-8-sig", errors="replace") as handle:
        reader = csv.DictReader(handle)
        columns = _columns(list(reader.fieldnames or []), path)
        return [{name: (row.get(column) or "").strip() for name, column in columns.items()}
                for row in reader]


def _json_rows(path: Path) -> list[dict[str, str]]:
    data = loads_json(path.read_bytes(), str(path), DatasetError, max_bytes=MAX_MANIFEST_BYTES)
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise DatasetError(f"{short_path(path)}: a JSON manifest is a list of objects")
    columns = _columns(sorted({k for r in data for k in r}), path)
    return [{name: str(r.get(column) or "").strip() for name, column in columns.items()}
            for r in data]


def _columns(names: list[str], path: Path) -> dict[str, str]:
    """Field -> the manifest's column for it (the first alias present)."""
    lowered = {n.strip().lower(): n for n in names}
    found = {}
    for name, aliases in COLUMN_ALIASES.items():
        column = next((lowered[a] for a in aliases if a in lowered), None)
        if column is not None:
            found[name] = column
    for needed in ("image", "label"):
        if needed not in found:
            raise DatasetError(f"{short_path(path)}: no {needed} column (one of "
                               f"{', '.join(COLUMN_ALIASES[needed])})")
    return found


def _cases(rows: list[dict[str, str]], root: Path, class_ids: tuple[str, ...],
           mapping: dict[str, str]) -> Dataset:
    dataset = Dataset()
    for number, row in enumerate(rows, 1):
        image = (root / row["image"]).resolve()
        label = mapping.get(row["label"].strip().lower())  # class ids and mapped labels: lower
        problem = ("no image path" if not row["image"] else
                   "file not found" if not image.is_file() else
                   f"label {row['label']!r} maps to no condition class" if label is None
                   else "")
        if problem:
            dataset.bad_rows.append({"row": str(number), "image": row["image"],
                                     "problem": problem})
            continue
        group = FITZPATRICK_GROUPS.get(row.get("fitzpatrick", "").strip().lower(), "")
        dataset.cases.append(Case(row["image"], image, str(label), group, row.get("monk", ""),
                                  row.get("body_site", ""), row.get("age_group", ""),
                                  row.get("sex", "")))
    return dataset
