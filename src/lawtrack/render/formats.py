"""Every output format, registered once: its name, suffixes, what it can render, how.

Adding a format is one entry here and one module that renders it (docs/development.md). The
`-f` help of every command, the suffix inference of `-o`, and the checks of `brief` and
`chart` all read this table.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]
    describe: str
    # "module:function" of each renderer it has, imported only when used (--help stays fast).
    document: str | None = None  # Result -> TextIO (a table or a set of tables)
    binary: str | None = None  # Result -> bytes (needs -o)
    brief: str | None = None  # Briefs, TextIO
    image: bool = False  # a chart format (chart heatmap)

    @property
    def needs_file(self) -> bool:
        return self.binary is not None or self.image

    def load(self, which: str) -> Callable[..., Any]:
        target = getattr(self, which)
        if not isinstance(target, str):
            raise LookupError(f"{self.name} has no {which} renderer")
        module, _, function = target.partition(":")
        return getattr(importlib.import_module(module), function)  # type: ignore[no-any-return]


REGISTRY: tuple[Format, ...] = (
    Format(
        "table", (".txt",), "a terminal table", document="lawtrack.render.table:render_document"
    ),
    Format("csv", (".csv",), "CSV, RFC 4180", document="lawtrack.render.delimited:render_document"),
    Format("json", (".json",), "JSON", document="lawtrack.render.jsondoc:render_document"),
    Format(
        "md",
        (".md", ".markdown"),
        "Markdown",
        document="lawtrack.render.markdown:render_document",
        brief="lawtrack.render.brief:render_markdown_brief",
    ),
    Format(
        "html",
        (".html", ".htm"),
        "a standalone HTML page",
        document="lawtrack.render.html:render_html_document",
        brief="lawtrack.render.brief:render_html_brief",
    ),
    Format("xlsx", (".xlsx",), "an Excel workbook", binary="lawtrack.render.workbook:render_xlsx"),
    Format("png", (".png",), "a PNG image", image=True),
    Format("svg", (".svg",), "an SVG image", image=True),
)
BY_NAME = {f.name: f for f in REGISTRY}
BY_SUFFIX = {suffix: f for f in REGISTRY for suffix in f.suffixes}


def names(kind: str = "document") -> tuple[str, ...]:
    """The formats that can render `kind`: document (views), brief, or image."""
    if kind == "image":
        return tuple(f.name for f in REGISTRY if f.image)
    if kind == "brief":
        return tuple(f.name for f in REGISTRY if f.brief)
    return tuple(f.name for f in REGISTRY if f.document or f.binary)


def listing(kind: str = "document") -> str:
    """'table, csv, json, md, html or xlsx' for help texts and messages."""
    found = names(kind)
    return ", ".join(found[:-1]) + f" or {found[-1]}" if len(found) > 1 else found[0]
