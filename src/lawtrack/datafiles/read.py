"""YAML 1.2 with the line and column of every node, duplicate keys rejected."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lawtrack.datafiles.problems import Problem

Loc = tuple[str | int, ...]


@dataclass
class YamlDoc:
    """A parsed file: plain Python data plus where each node stood (1-based line, column)."""

    path: Path
    data: Any
    sha256: str
    value_at: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_at: dict[Loc, tuple[int, int]] = field(default_factory=dict)

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """The position of `loc`, or of its nearest ancestor that has one."""
        table = self.key_at if key else self.value_at
        for end in range(len(loc), -1, -1):
            found = table.get(loc[:end]) or self.value_at.get(loc[:end])
            if found:
                return found
        return (1, 1)

    def problem(
        self, loc: Loc, message: str, *, key: bool = False, warning: bool = False
    ) -> Problem:
        line, col = self.position(loc, key=key)
        return Problem(
            self.path, line, col, format_loc(loc), message, "warning" if warning else "error"
        )


def format_loc(loc: Loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(file)"


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_yaml(path: Path) -> YamlDoc | Problem:
    """Parse one file, or say where and why it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Problem(path, 1, 1, "(file)", f"cannot read: {exc.strerror or exc}")
    digest = file_sha256(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw, exc.start)
        return Problem(path, line, col, "(file)", f"not UTF-8: byte 0x{raw[exc.start]:02x}")
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        node = _yaml().load(text)
    except RecursionError:
        return Problem(path, 1, 1, "(file)", "nesting too deep")
    except Exception as exc:  # ruamel raises many types; all are syntax problems here
        return _syntax_problem(path, text, exc)
    if node is None:
        return Problem(path, 1, 1, "(file)", "file is empty")
    doc = YamlDoc(path=path, data=None, sha256=digest)
    try:
        doc.data = _plain(node, (), doc)
    except RecursionError:
        return Problem(path, 1, 1, "(file)", "nesting too deep")
    return doc


def _yaml() -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor

    class _Constructor(RoundTripConstructor):
        """Keeps timestamps as text so that the schema reports bad dates with their place."""

    _Constructor.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda self, node: self.construct_scalar(node)
    )
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.allow_duplicate_keys = False
    return yaml


def _plain(node: Any, loc: Loc, doc: YamlDoc) -> Any:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedMap):
        out: dict[Any, Any] = {}
        for key in node:
            plain_key = _scalar(key)
            child = (*loc, str(plain_key))
            kl, kc = node.lc.key(key)
            vl, vc = node.lc.value(key)
            doc.key_at[child] = (kl + 1, kc + 1)
            doc.value_at[child] = (vl + 1, vc + 1)
            out[plain_key] = _plain(node[key], child, doc)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for index, item in enumerate(node):
            il, ic = node.lc.item(index)
            doc.value_at[(*loc, index)] = (il + 1, ic + 1)
            items.append(_plain(item, (*loc, index), doc))
        return items
    return _scalar(node)


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value) if type(value).__name__ == "ScalarBoolean" else int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def _syntax_problem(path: Path, text: str, exc: Exception) -> Problem:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).strip().splitlines()[-1]
    if mark is None and hasattr(exc, "position"):  # ReaderError: a character offset
        line, col = _line_col(text.encode("utf-8"), len(text[: exc.position].encode("utf-8")))
        return Problem(path, line, col, "yaml", f"character not allowed in YAML ({problem})")
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    if "\t" in str(problem) or "'\\t'" in str(problem):
        problem = "tab character: indent with spaces"
    elif "duplicate key" in str(problem):
        problem = str(problem).split(" with value")[0]
    return Problem(path, line, col, "yaml", str(problem))


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col
