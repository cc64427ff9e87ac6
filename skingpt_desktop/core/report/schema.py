"""The summary's JSON schema: loaded from ``summary_schema.json``, enumerations filled in.

The file holds the structure and the length limits; each ``$defs`` entry marked with
``x-label-space`` gets its ``enum`` from the label spaces (concepts, conditions) or the
checklist (urgency). ``x-`` keys are removed before the schema reaches the grammar converter.
``minimal_instance`` is the shortest valid answer: the constrained sampler keeps enough of the
token budget to be able to close the JSON in any state (see ``core/llm/grammar.py``).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from llama_cpp.llama_grammar import json_schema_to_gbnf

from skingpt_desktop.core.report.checklist import Checklist, default_checklist
from skingpt_desktop.core.report.labels import LabelSpaces, default_label_spaces
from skingpt_desktop.core.report.resources import LabelSpaceError, load_json

SCHEMA_FILE = "summary_schema.json"
SUMMARY_FIELDS = ("concepts", "differential", "patient_summary", "clinician_questions", "urgency",
                  "urgency_reason")


@dataclass(frozen=True)
class SummarySchema:
    """The filled schema (no ``x-`` keys), its GBNF grammar and its shortest valid instance."""

    schema: dict[str, Any]
    gbnf: str
    minimal_json: str


def _label_values(space: str, labels: LabelSpaces, checklist: Checklist) -> list[str]:
    values = {"concepts": list(labels.concepts), "conditions": list(labels.class_ids),
              "urgency": list(checklist.urgency_ids)}
    if space not in values:
        raise LabelSpaceError(f"{SCHEMA_FILE}: unknown x-label-space {space!r} "
                              f"(known: {', '.join(values)})")
    return values[space]


def _strip_extensions(node: Any) -> Any:
    """A copy of ``node`` without ``x-`` keys, at every depth."""
    if isinstance(node, dict):
        return {k: _strip_extensions(v) for k, v in node.items() if not k.startswith("x-")}
    if isinstance(node, list):
        return [_strip_extensions(v) for v in node]
    return node


def fill_schema(raw: dict[str, Any], labels: LabelSpaces, checklist: Checklist) -> dict[str, Any]:
    """``raw`` with every ``x-label-space`` definition turned into a string enumeration."""
    schema = copy.deepcopy(raw)
    defs = schema.get("$defs", {})
    for name, definition in defs.items():
        space = definition.get("x-label-space") if isinstance(definition, dict) else None
        if space is not None:
            defs[name] = {"type": "string", "enum": _label_values(space, labels, checklist)}
    properties = schema.get("properties")
    if schema.get("type") != "object" or not isinstance(properties, dict) \
            or set(properties) != set(SUMMARY_FIELDS):
        raise LabelSpaceError(f"{SCHEMA_FILE}: must be an object schema with the properties "
                              f"{', '.join(SUMMARY_FIELDS)}")
    return _strip_extensions(schema)


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    return root["$defs"][ref.rsplit("/", 1)[-1]]


def minimal_instance(node: dict[str, Any], root: dict[str, Any]) -> Any:
    """The shortest value ``node`` allows, taking the longest enumeration value (worst case)."""
    node = _resolve(node, root)
    if "enum" in node:
        return max(node["enum"], key=lambda v: len(json.dumps(v, ensure_ascii=False)))
    kind = node.get("type")
    if kind == "object":
        props = node.get("properties", {})
        return {k: minimal_instance(props[k], root) for k in node.get("required", [])}
    if kind == "array":
        return [minimal_instance(node["items"], root)] * int(node.get("minItems", 0))
    if kind == "string":
        return "x" * int(node.get("minLength", 0))
    raise LabelSpaceError(f"{SCHEMA_FILE}: type {kind!r} is not supported in the summary")


def build_summary_schema(labels: LabelSpaces, checklist: Checklist,
                         folder: Path | None = None) -> SummarySchema:
    """Load the schema file, fill it, and convert it to llama.cpp's grammar format (GBNF)."""
    raw = load_json(SCHEMA_FILE, folder)
    if not isinstance(raw, dict):
        raise LabelSpaceError(f"{SCHEMA_FILE} must hold a JSON object")
    schema = fill_schema(raw, labels, checklist)
    try:
        gbnf = json_schema_to_gbnf(json.dumps(schema), prop_order=list(SUMMARY_FIELDS))
    except Exception as exc:  # the converter raises bare exceptions for unsupported schemas
        raise LabelSpaceError(f"{SCHEMA_FILE} cannot be turned into a grammar ({exc})") from None
    minimal = json.dumps(minimal_instance(schema, schema), ensure_ascii=False, separators=(",", ":"))
    return SummarySchema(schema, compact_repetitions(gbnf, _max_lengths(schema)), minimal)


def _max_lengths(node: Any) -> set[int]:
    """Every ``maxLength`` in the schema."""
    found: set[int] = set()
    if isinstance(node, dict):
        if isinstance(node.get("maxLength"), int):
            found.add(node["maxLength"])
        for value in node.values():
            found |= _max_lengths(value)
    elif isinstance(node, list):
        for value in node:
            found |= _max_lengths(value)
    return found


def compact_repetitions(gbnf: str, lengths: set[int]) -> str:
    """Rewrite the converter's nested optionals for ``maxLength`` N, ``(char (char ...)?)?``,
    as GBNF's bounded repetition ``char{0,N}``: the same language, parsed and matched without
    N levels of nested rules (llama.cpp's grammar notes recommend ``x{0,N}``)."""
    for n in sorted(lengths, reverse=True):
        if n >= 1:
            nested = "(char " * (n - 1) + "(char)?" + ")?" * (n - 1)
            gbnf = gbnf.replace(nested, f"char{{0,{n}}}")
    return gbnf


@lru_cache(maxsize=1)
def default_summary_schema() -> SummarySchema:
    """The shipped schema with the shipped label spaces (built once)."""
    return build_summary_schema(default_label_spaces(), default_checklist())
