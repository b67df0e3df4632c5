"""HTML: one standalone, offline, printable page; status words and glyphs, never colour alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TextIO

from lawtrack import __version__
from lawtrack.render.cells import display, legend_for
from lawtrack.render.footnotes import for_people
from lawtrack.render.markdown import is_web_url
from lawtrack.results import Result, ResultSet, ResultTable
from lawtrack.status import STATUSES


@dataclass(frozen=True)
class _Cell:
    text: str
    css: str | None
    sort: str | None
    mark: str | None
    links: tuple[str, ...]


def environment(*, markdown: bool = False) -> Any:
    """Templates in src/lawtrack/templates: HTML autoescaped; Markdown keeps its line breaks and
    escapes data through the `md` and `mdurl` filters (see render.markdown)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    from lawtrack.render.markdown import escape_inline, link_target

    env = Environment(
        loader=PackageLoader("lawtrack", "templates"),
        autoescape=False if markdown else select_autoescape(["html", "j2"]),
        trim_blocks=not markdown,
        lstrip_blocks=not markdown,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_inline
    env.filters["mdurl"] = link_target
    env.tests["web"] = is_web_url
    return env


def _cells(table: ResultTable) -> list[list[_Cell]]:
    rows = []
    for row in table.rows:
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            raw = getattr(value, "value", value)
            mark = getattr(value, "mark", None)
            text = display(raw, column.kind)
            links: tuple[str, ...] = ()
            if column.kind == "url" and isinstance(raw, str):
                links = tuple(u for u in raw.split() if is_web_url(u))
            css = f"status s-{raw}" if column.kind == "status" and raw else None
            sort = str(raw) if isinstance(raw, int | float) else None
            cells.append(_Cell(text, css, sort, mark.strip() if mark else None, links))
        rows.append(cells)
    return rows


def table_html(table: ResultTable) -> str:
    shaped = for_people(table)
    return str(
        environment()
        .get_template("table.html.j2")
        .render(
            table=shaped,
            rows=_cells(shaped),
            has_status=shaped.has_status,
            legend=legend_for(shaped),
        )
    )


def page(title: str, body: str) -> str:
    from markupsafe import Markup

    return str(
        environment()
        .get_template("page.html.j2")
        .render(title=title, body=Markup(body), version=__version__, statuses=STATUSES)
    )


def render_html_document(result: Result, out: TextIO) -> None:
    from markupsafe import escape

    tables = result.tables if isinstance(result, ResultSet) else (result,)
    parts = [f"<h1>{escape(result.title)}</h1>"]
    if result.meta:
        parts.append(
            '<p class="meta">'
            + " · ".join(
                f"{escape(k.replace('_', ' '))}: {escape(v)}" for k, v in result.meta.items()
            )
            + "</p>"
        )
    parts += [table_html(table) for table in tables]
    out.write(page(result.title, "\n".join(parts)))
