"""A model answer as rich text: paragraphs, bullet and numbered lists, bold.

Models write plain text with a little Markdown. This renders only that little, safely: every
line is HTML-escaped first, so nothing the model writes can become markup (``<script>`` or
``<img src=x>`` are shown as the characters they are); then

- a blank line ends a paragraph, and a single line break stays a line break;
- lines starting with ``- ``, ``* `` or ``• `` make a bullet list, ``1.`` or ``1)`` a numbered
  list (from the first item's number); an indented line continues the item above it;
- ``# Heading`` lines become bold paragraphs, ``**text**`` bold text (not ``__text__``: it
  would mangle names such as ``__init__``).

The output is for a Qt rich-text document (``QTextBrowser``), which understands this subset of
HTML; ``direction`` is added to every block (``" dir='rtl'"`` for right-to-left interfaces).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
NUMBERED = re.compile(r"^\s*(\d{1,4})[.)]\s+(.*)$")
HEADING = re.compile(r"^\s*#{1,6}\s+(.*?)\s*#*\s*$")
NEWLINE = "\n"
CONTINUED = re.compile(r"^(?:\s{2,}|\t)\S")  # an indented line: more of the item above
BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# Spacing between blocks (Qt's defaults leave paragraphs in a table cell too far apart).
PARAGRAPH_STYLE = "margin-top:0px; margin-bottom:8px;"
LIST_STYLE = "margin-top:0px; margin-bottom:8px; -qt-list-indent:1;"


@dataclass
class Block:
    """A paragraph ("p"), heading ("h"), or list ("ul" / "ol"): its lines or items."""

    kind: str
    lines: list[str] = field(default_factory=list)
    start: int = 1  # a numbered list's first number


def inline(text: str) -> str:
    """One line of model text as HTML: escaped, then ``**bold**`` made bold."""
    escaped = html.escape(text, quote=True)
    return BOLD.sub(r"<b>\1</b>", escaped)


def _item(line: str) -> tuple[str, str, int] | None:
    """(list kind, item text, number) if ``line`` starts a list item, else None."""
    bullet = BULLET.match(line)
    if bullet:
        return "ul", bullet.group(1), 1
    numbered = NUMBERED.match(line)
    if numbered:
        return "ol", numbered.group(2), int(numbered.group(1))
    return None


def blocks(text: str) -> list[Block]:
    """``text`` split into paragraphs, headings and lists (see the module docstring)."""
    found: list[Block] = []
    current: Block | None = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            current = None
            continue
        item = _item(line)
        heading = HEADING.match(line)
        if item is not None:
            kind, content, number = item
            if current is None or current.kind != kind:
                current = Block(kind, start=number)
                found.append(current)
            current.lines.append(content.strip())
        elif current is not None and current.kind in ("ul", "ol") and CONTINUED.match(line):
            current.lines[-1] += NEWLINE + line.strip()
        elif heading is not None:
            found.append(Block("h", [heading.group(1)]))
            current = None
        else:
            if current is None or current.kind != "p":
                current = Block("p")
                found.append(current)
            current.lines.append(line.strip())
    return found


def _lines_html(lines: list[str]) -> str:
    return "<br>".join(inline(line) for line in lines)


def _item_html(item: str) -> str:
    return f"<li>{_lines_html(item.split(NEWLINE))}</li>"


def format_answer(text: str, direction: str = "") -> str:
    """``text`` as safe rich text: paragraphs, lists and bold only (see the module)."""
    parts = []
    for block in blocks(text):
        if block.kind in ("ul", "ol"):
            start = f" start='{block.start}'" if block.kind == "ol" and block.start != 1 else ""
            items = "".join(_item_html(item) for item in block.lines)
            parts.append(f"<{block.kind}{start}{direction} style='{LIST_STYLE}'>{items}"
                         f"</{block.kind}>")
        elif block.kind == "h":
            parts.append(f"<p{direction} style='{PARAGRAPH_STYLE}'><b>{inline(block.lines[0])}"
                         "</b></p>")
        else:
            parts.append(f"<p{direction} style='{PARAGRAPH_STYLE}'>{_lines_html(block.lines)}"
                         "</p>")
    return "".join(parts)


def format_plain(text: str, direction: str = "") -> str:
    """``text`` (a question, a note) escaped, its line breaks kept, as one paragraph."""
    body = "<br>".join(html.escape(line, quote=True) for line in text.split("\n"))
    return f"<p{direction} style='{PARAGRAPH_STYLE}'>{body}</p>"
