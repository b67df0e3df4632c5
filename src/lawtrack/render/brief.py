"""Advocacy briefs in Markdown or HTML, from Jinja2 templates."""

from __future__ import annotations

import re
from typing import TextIO

from lawtrack import __version__
from lawtrack.render.html import environment, page
from lawtrack.results import Briefs


def render_markdown_brief(bundle: Briefs, out: TextIO) -> None:
    env = environment(markdown=True)
    text = env.get_template("brief.md.j2").render(
        briefs=bundle.briefs, overview=bundle.overview, version=__version__
    )
    out.write(re.sub(r"\n{3,}", "\n\n", text).strip() + "\n")


def render_html_brief(bundle: Briefs, out: TextIO) -> None:
    body = (
        environment()
        .get_template("brief.html.j2")
        .render(briefs=bundle.briefs, overview=bundle.overview, version=__version__)
    )
    briefs = bundle.briefs
    if bundle.overview is not None:
        title = bundle.overview.title
    elif len(briefs) == 1:
        title = briefs[0].title
    else:
        title = f"{len(briefs)} briefs: {', '.join(b.code for b in briefs)}"
    out.write(page(title, body))
