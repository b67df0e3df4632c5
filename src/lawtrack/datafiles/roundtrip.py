"""Editing data files in place: comments, key order and layout kept (ruamel.yaml round trip)."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

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
    """Write a sibling temp file, flush it to disk, then rename it over `path`.

    A crash at any moment leaves either the old file or the new one, never a truncated one.
    """
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


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
