"""Editing data files in place: comments, key order and layout kept (ruamel.yaml round trip)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from lawtrack.atomic import replace_file

INDENT = {"mapping": 2, "sequence": 4, "offset": 2}  # the house layout: "  key:\n    - item"


def yaml_rt() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.indent(**INDENT)
    yaml.width = 4096  # never re-wrap a long line
    yaml.representer.add_representer(
        type(None), lambda rep, _: rep.represent_scalar("tag:yaml.org,2002:null", "null")
    )
    return yaml


def load_rt(text: str) -> Any:
    return yaml_rt().load(text)


def dump_rt(data: Any) -> str:
    out = io.StringIO()
    yaml_rt().dump(data, out)
    return out.getvalue()


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` whole or not at all; links written through, permissions kept."""
    replace_file(path, text.encode("utf-8"))


def folded(text: str, width: int = 88) -> Any:
    """A `>-` block scalar folded at spaces to lines of about `width` characters."""
    from ruamel.yaml.scalarstring import FoldedScalarString

    scalar = FoldedScalarString(" ".join(text.split()))
    folds, start, space = [], 0, -1
    for index, char in enumerate(scalar):
        if char == " ":
            if index - start > width and space > start:
                folds.append(space)
                start = space + 1
            space = index
    if len(scalar) - start > width and space > start:
        folds.append(space)
    scalar.fold_pos = folds
    return scalar
