"""YAML 1.2 with the line and column of every node, duplicate keys rejected.

libyaml (through PyYAML's C composer) builds the node tree with positions; this module turns it
into plain data itself, applying the YAML 1.2 core schema (so `NO`, Norway, stays text) and
rejecting duplicate keys. Dates stay text for the schema to check and locate.
"""

from __future__ import annotations

import gc
import hashlib
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lawtrack.datafiles.problems import Problem, Severity

Loc = tuple[str | int, ...]


@dataclass
class YamlDoc:
    """A parsed file: plain Python data, and where each node stood (1-based line, column).

    Positions are worked out only when a problem is shown (the file's text is parsed again,
    once for all its problems, by `locate`): a valid file never pays for them in time or memory.
    """

    path: Path
    data: Any
    sha256: str
    text: str | None = field(repr=False, default=None)  # None: read it again from `path`
    pinned: bool = field(repr=False, default=False)  # the text is not on disk: keep it

    def release(self) -> None:
        """Drop the parsed data and text once the file's model is built (memory at scale);
        a later problem re-reads the file for its position. Files with unsaved changes
        (`overrides`) keep their text."""
        self.data = None
        if not self.pinned:
            self.text = None

    def positions(self, locs: Iterable[Loc]) -> Positions:
        """Where `locs` and their ancestors stand (the file parsed again, nothing else kept)."""
        found = Positions({}, {})
        text = self.text
        try:
            if text is None:
                text = self.path.read_text(encoding="utf-8", errors="replace")
            node = _compose(text.removeprefix("\ufeff"))
        except Exception:  # the file changed or went since it was read: no position then
            return found
        if node is not None:
            wanted = {loc[:end] for loc in locs for end in range(1, len(loc) + 1)}
            _walk(node, (), wanted, found)
        return found

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """The position of `loc`, or of its nearest ancestor that has one."""
        return self.positions([loc]).position(loc, key=key)

    def problem(
        self, loc: Loc, message: str, *, key: bool = False, warning: bool = False
    ) -> Problem:
        """A problem at `loc`, placed later (`locate`): line and column 0 until then."""
        severity: Severity = "warning" if warning else "error"
        return Problem(self.path, 0, 0, format_loc(loc), message, severity, loc, key)


def locate(problems: list[Problem], docs: Mapping[Path, YamlDoc]) -> list[Problem]:
    """Each problem that waits for its place (`YamlDoc.problem`) with its line and column:
    each file with problems is parsed once more, and only the paths to them are walked."""
    waiting: dict[Path, list[Problem]] = {}
    for problem in problems:
        if problem.loc and problem.line == 0 and problem.path in docs:
            waiting.setdefault(problem.path, []).append(problem)
    placed: dict[int, Problem] = {}
    for problem in problems:
        if problem.loc == () and problem.line == 0:  # the file as a whole: no parsing needed
            placed[id(problem)] = replace(problem, line=1, col=1)
    for path, found in waiting.items():
        positions = docs[path].positions(p.loc for p in found if p.loc is not None)
        for problem in found:
            assert problem.loc is not None
            line, col = positions.position(problem.loc, key=problem.on_key)
            placed[id(problem)] = replace(problem, line=line, col=col)
    return [placed.get(id(problem), problem) for problem in problems]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Reading thousands of files builds millions of objects that all stay alive: the cyclic
    collector would walk them again and again (at 2,000 files, three quarters of the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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


MAX_FILE_BYTES = 8 * 1024 * 1024  # the largest real file is ~100 KB; a hostile one stops here


def read_bytes(
    path: Path, root: Path | None = None, *, limit: int = MAX_FILE_BYTES, what: str = "a data file"
) -> bytes | Problem:
    """A file's bytes, read only if it is a regular file inside `root` (when given) and no larger
    than `limit`: a link out of the data directory, a FIFO, a device or a huge file gets a located
    problem, and nothing of its content is read or quoted."""
    try:
        target = path.resolve(strict=True)
        info = target.stat()
    except OSError as exc:
        return Problem(path, 1, 1, "(file)", f"cannot read: {exc.strerror or exc}")
    if root is not None and not target.is_relative_to(root.resolve()):
        return Problem(
            path, 1, 1, "(file)", f"links outside the data directory (to {target}) are not followed"
        )
    if not stat.S_ISREG(info.st_mode):
        return Problem(path, 1, 1, "(file)", f"not a regular file ({_file_kind(info.st_mode)})")
    if info.st_size > limit:
        return Problem(
            path,
            1,
            1,
            "(file)",
            f"{_megabytes(info.st_size)}: {what} may hold at most {_megabytes(limit)}",
        )
    try:
        with target.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        return Problem(path, 1, 1, "(file)", f"cannot read: {exc.strerror or exc}")
    if len(raw) > limit:
        return Problem(
            path,
            1,
            1,
            "(file)",
            f"more than {_megabytes(limit)}: {what} may hold at most that",
        )
    return raw


def _file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def read_yaml(
    path: Path, raw: bytes | None = None, *, root: Path | None = None
) -> YamlDoc | Problem:
    """Parse one file (or `raw`, the content it is about to have), or say where it fails."""
    pinned = raw is not None
    if raw is None:
        read = read_bytes(path, root)
        if isinstance(read, Problem):
            return read
        raw = read
    digest = file_sha256(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw, exc.start)
        return Problem(path, line, col, "(file)", f"not UTF-8: byte 0x{raw[exc.start]:02x}")
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        node = _compose(text)
    except RecursionError:
        return Problem(path, 1, 1, "(file)", "nesting too deep")
    except Exception as exc:  # the YAML library raises several types; all are syntax problems here
        return _syntax_problem(path, text, exc)
    if node is None:
        return Problem(path, 1, 1, "(file)", "file is empty")
    doc = YamlDoc(path=path, data=None, sha256=digest, text=text, pinned=pinned)
    try:
        # Without '&', '*' or '!' in the text there can be no anchor, alias or explicit tag.
        doc.data = _fast(node, set()) if _MAYBE_SPECIAL.search(text) else _plain(node)
    except _Refused as refused:
        return Problem(path, refused.line, refused.col, "yaml", refused.message)
    except RecursionError:
        return Problem(path, 1, 1, "(file)", "nesting too deep (or an alias that contains itself)")
    except _Duplicate as dup:
        return Problem(
            path,
            dup.line,
            dup.col,
            "yaml",
            f'found duplicate key "{dup.key}" (first at line {dup.first})',
        )
    return doc


def _compose(text: str) -> Any:
    """The node tree, by libyaml (C) when available: about 30 times faster than pure Python."""
    import yaml

    return yaml.compose(text, Loader=_loader_class())


_LOADER: Any = None


def _loader_class() -> Any:
    """PyYAML's loader without its YAML 1.1 tag resolution (this module resolves scalars)."""
    global _LOADER
    if _LOADER is None:
        import yaml

        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

        def resolve(self: Any, kind: Any, value: Any, implicit: Any) -> str:
            return "?"

        _LOADER = type("_UntaggedLoader", (base,), {"resolve": resolve})
    return _LOADER


# YAML 1.2 core schema, applied to plain scalars only (quoted and block scalars are text).
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_SPECIAL_FLOAT = {
    ".inf": float("inf"),
    "+.inf": float("inf"),
    "-.inf": float("-inf"),
    ".nan": float("nan"),
}


class _Duplicate(Exception):
    def __init__(self, key: str, line: int, col: int, first: int) -> None:
        super().__init__(key)
        self.key, self.line, self.col, self.first = key, line, col, first


@dataclass
class Positions:
    """Where nodes stand: a key's own position, and its value's (or a list item's)."""

    value_at: dict[Loc, tuple[int, int]]
    key_at: dict[Loc, tuple[int, int]]

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """The position of `loc`, or of its nearest ancestor that has one."""
        table = self.key_at if key else self.value_at
        for end in range(len(loc), -1, -1):
            found = table.get(loc[:end]) or self.value_at.get(loc[:end])
            if found:
                return found
        return (1, 1)


def _walk(node: Any, loc: Loc, wanted: set[Loc], positions: Positions) -> None:
    """Record where the nodes on the paths to `wanted` stand: a mapping's child by its key as
    text (as pydantic names it), a list's by its index."""
    if node.id == "mapping":
        for key_node, value_node in node.value:
            if key_node.id == "scalar":
                key = _scalar(key_node.value, key_node.style)
            else:
                key = _describe(key_node)
            child = (*loc, str(key))
            if child in wanted:
                mark, start = key_node.start_mark, value_node.start_mark
                positions.key_at[child] = (mark.line + 1, mark.column + 1)
                positions.value_at[child] = (start.line + 1, start.column + 1)
                _walk(value_node, child, wanted, positions)
    elif node.id == "sequence":
        for index, item in enumerate(node.value):
            child = (*loc, index)
            if child in wanted:
                positions.value_at[child] = (item.start_mark.line + 1, item.start_mark.column + 1)
                _walk(item, child, wanted, positions)


def _convert(node: Any) -> Any:
    """Plain data from a node tree, raising _Duplicate with the lines of both keys: the slow
    path, taken once a duplicate key is seen."""
    kind = node.id
    if kind == "mapping":
        out: dict[Any, Any] = {}
        first_lines: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = _convert(key_node) if key_node.id == "scalar" else _describe(key_node)
            mark = key_node.start_mark
            if key in out:
                raise _Duplicate(str(key), mark.line + 1, mark.column + 1, first_lines[key])
            first_lines[key] = mark.line + 1
            out[key] = _convert(value_node)
        return out
    if kind == "sequence":
        return [_convert(item) for item in node.value]
    return _scalar(node.value, node.style)


class _Refused(Exception):
    def __init__(self, node: Any, message: str) -> None:
        super().__init__(message)
        self.line, self.col = node.start_mark.line + 1, node.start_mark.column + 1
        self.message = message


def _fast(node: Any, seen: set[int]) -> Any:
    """`_convert` without positions: the path every valid file takes, kept lean.

    Refuses what a data file never needs and a hostile one uses: an alias (a node met twice,
    which is how a "billion laughs" file multiplies itself) and an explicit tag (`!!binary`,
    `!!python/...`), which would otherwise be read silently as text.
    """
    if id(node) in seen:
        raise _Refused(node, "anchors and aliases (&name, *name) are not allowed in data files")
    seen.add(id(node))
    if node.tag != "?":
        raise _Refused(node, f"explicit tags ({_short(node.tag)}) are not allowed in data files")
    kind = node.id
    if kind == "scalar":
        return _scalar(node.value, node.style)
    if kind == "sequence":
        return [_fast(item, seen) for item in node.value]
    out: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = _fast(key_node, seen) if key_node.id == "scalar" else _describe(key_node)
        if isinstance(key, list | dict):
            key = str(key)
        if key in out:
            _convert(node)  # raises _Duplicate with both lines
        out[key] = _fast(value_node, seen)
    return out


_MAYBE_SPECIAL = re.compile(r"[&*!]")


def _plain(node: Any) -> Any:
    """`_fast` for a text that holds no anchor, alias or tag: nothing to refuse but a duplicate
    key, so none of the checks a node needs there (at 2,000 files, a second saved)."""
    kind = node.id
    if kind == "scalar":
        return _scalar(node.value, node.style)
    if kind == "sequence":
        return [
            _scalar(item.value, item.style) if item.id == "scalar" else _plain(item)
            for item in node.value
        ]
    out: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if key_node.id == "scalar":
            key = _scalar(key_node.value, key_node.style)
        else:
            key = _describe(key_node)
        if key in out:
            _convert(node)  # raises _Duplicate with both lines
        out[key] = (
            _scalar(value_node.value, value_node.style)
            if value_node.id == "scalar"
            else _plain(value_node)
        )
    return out


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(node: Any) -> str:
    return "a mapping" if node.id == "mapping" else "a list"


_MAYBE_NOT_TEXT = set("0123456789+-.~nNtTfF")


def _scalar(value: str, style: str | None) -> Any:
    if style or (value and value[0] not in _MAYBE_NOT_TEXT):  # quoted, block, or surely text
        return value
    if _NULL.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value):
        # Python refuses to convert more than 4,300 digits; such a "number" stays text, for the
        # schema to refuse where a number or a date belongs.
        return int(value) if len(value) <= 4000 else value
    if _OCT.match(value):
        return int(value[2:], 8)
    if _HEX.match(value):
        return int(value[2:], 16)
    if _FLOAT.match(value) and any(ch.isdigit() for ch in value):
        return float(value)
    if value.lower() in _SPECIAL_FLOAT:
        return _SPECIAL_FLOAT[value.lower()]
    return value


def _syntax_problem(path: Path, text: str, exc: Exception) -> Problem:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).strip().splitlines()[-1]
    if mark is None and hasattr(exc, "position"):  # ReaderError: a character offset
        line, col = _line_col(text.encode("utf-8"), len(text[: exc.position].encode("utf-8")))
        return Problem(path, line, col, "yaml", f"character not allowed in YAML ({problem})")
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
        problem = "tab character: indent with spaces"
    if "\t" in str(problem) or "'\\t'" in str(problem) or "#x0009" in str(problem):
        problem = "tab character: indent with spaces"
    return Problem(path, line, col, "yaml", str(problem))


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    if line < len(lines) and column < len(lines[line]):
        return lines[line][column]
    return ""


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col
