"""Markdown: a pipe table, then the legend and notes. Data never becomes markup.

Every text from the data goes through `escape_inline`: no raw HTML (`<`, `>`, and an `&` that
would start an entity, become entities), no links, emphasis or code spans of its own (`[ ] * _`
and the backquote are backslash-escaped), no table break (`|`), no line break. URLs go through
`link_target`, which makes an autolink only of a URL that cannot leave it.
"""

from __future__ import annotations

import re
from typing import TextIO
from urllib.parse import quote

from lawtrack.render.cells import display, legend_for
from lawtrack.render.footnotes import for_people
from lawtrack.render.parts import render_parts
from lawtrack.results import Cell, ColumnKind, Result, ResultTable

_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")  # only an `&` that would start an entity


def escape_inline(text: object) -> str:
    """Data as literal inline Markdown text (CommonMark and GitHub-flavoured)."""
    plain = _CONTROL.sub(" ", "" if text is None else str(text))
    plain = _ENTITY.sub("&amp;", plain).replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", plain)


def is_web_url(url: object) -> bool:
    """Only http(s) addresses become links; `javascript:` and the like stay text."""
    return isinstance(url, str) and url.startswith(("https://", "http://"))


def link_target(url: object) -> str:
    """An autolink `<url>`, its characters that could end it percent-encoded."""
    text = _CONTROL.sub("", "" if url is None else str(url))
    if not is_web_url(text):
        return escape_inline(text)
    return "<" + quote(text, safe="!#$&'()*+,-./:;=?@[]_~%") + ">"


def _escape(text: str) -> str:
    return escape_inline(text)


_FOOTNOTE = re.compile(r"^\[(\d+)\] ")


def _cell(value: Cell, kind: ColumnKind) -> str:
    """A cell as Markdown: its data escaped, a footnote mark of ours kept as it is."""
    mark = getattr(value, "mark", None)
    if isinstance(mark, str):
        return _cell(getattr(value, "value", None), kind) + mark
    return _escape(display(value, kind))


def _note(note: str) -> str:
    found = _FOOTNOTE.match(note)
    return found.group(0) + _escape(note[found.end() :]) if found else _escape(note)


def render_markdown(result: ResultTable, out: TextIO) -> None:
    result = for_people(result)
    out.write(f"**{_escape(result.title)}**\n\n")
    out.write("| " + " | ".join(_escape(c.label) for c in result.columns) + " |\n")
    out.write("|" + "|".join("---" for _ in result.columns) + "|\n")
    for row in result.rows:
        cells = (_cell(v, c.kind) for v, c in zip(row, result.columns, strict=True))
        out.write("| " + " | ".join(cells) + " |\n")
    if result.has_status:
        out.write(f"\n{_escape(legend_for(result))}\n")
    if result.notes:
        out.write("\n")
    for note in result.notes:
        out.write(f"{_note(note)}  \n")


def render_document(result: Result, out: TextIO) -> None:
    render_parts(result, out, render_markdown, lambda title: f"# {escape_inline(title)}\n\n")
