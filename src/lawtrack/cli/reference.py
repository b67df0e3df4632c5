"""The generated parts of the documentation, kept current by a test.

- `docs/cli.md` is written whole from the Typer app: every command, its usage line, its help,
  and its arguments and options with their defaults.
- `docs/data-format.md` keeps its prose; each block between `<!-- generated: fields MODEL -->`
  and `<!-- end generated -->` is the field table of that model of `datafiles/schema.py`.

`python -m lawtrack.cli.reference` rewrites both in place; `--check` writes nothing and exits 1
naming the stale file (tests/test_docs.py makes the same check). Help texts are read from the
command objects, never rendered for a terminal, so the output does not depend on its width or
colours. This is a tool for a checkout: it is not imported by the command line.
"""

from __future__ import annotations

import inspect
import re
import sys
import textwrap
import typing
from collections.abc import Iterator
from pathlib import Path
from types import NoneType, UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import typer
from pydantic import BaseModel, StringConstraints
from typer.core import TyperGroup
from typer.main import get_command

from lawtrack.datafiles import schema

ROOT = Path(__file__).resolve().parents[3]  # the checkout: src/lawtrack/cli/reference.py
CLI_DOC = Path("docs/cli.md")
DATA_DOC = Path("docs/data-format.md")
WIDTH = 100  # contexts are made with a fixed width and no colour, whatever the terminal
COMMAND = "python -m lawtrack.cli.reference"
BLOCK = re.compile(r"(<!-- generated: fields (\w+) -->\n).*?(<!-- end generated -->)", re.S)


# --- the command-line reference ---------------------------------------------------------------


def cli_markdown() -> str:
    """docs/cli.md: an index of every command, then a section for each."""
    from lawtrack.cli import app

    contexts = list(_commands(_context(get_command(app), "lawtrack", None)))
    lines = [
        "# Command-line reference",
        "",
        f"> Generated from the code by `{COMMAND}`: do not edit it by hand, run that",
        "> again. `tests/test_docs.py` fails while this file is out of date.",
        "",
        "Options of `lawtrack` itself (`--db`, `--data`, `--quiet`) go before the command:",
        "`lawtrack --data DIR matrix`. Arguments shown in braces (`{code}`) are required. Every",
        "command also takes `--help`.",
        "",
        "| command | what it does |",
        "|---|---|",
    ]
    for ctx in contexts[1:]:
        path = ctx.command_path
        lines.append(f"| [`{path}`](#{_anchor(path)}) | {_cell(_summary(ctx))} |")
    for ctx in contexts:
        lines += ["", *_section(ctx)]
    return "\n".join(lines) + "\n"


def _context(command: Any, name: str, parent: typer.Context | None) -> typer.Context:
    """A context of fixed width and no colour. `command` is Typer's own (private) Click type."""
    return typer.Context(
        command,
        parent=parent,
        info_name=name,
        terminal_width=WIDTH,
        max_content_width=WIDTH,
        color=False,
    )


def _commands(ctx: typer.Context) -> Iterator[typer.Context]:
    """`ctx` and every command below it, in the order `--help` lists them."""
    yield ctx
    group = ctx.command
    if not isinstance(group, TyperGroup):
        return
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        yield from _commands(_context(command, name, ctx))


def _help(ctx: typer.Context) -> str:
    return inspect.cleandoc(ctx.command.help or "").partition("\f")[0].strip()


def _summary(ctx: typer.Context) -> str:
    return " ".join(_help(ctx).split("\n\n")[0].split())


def _section(ctx: typer.Context) -> list[str]:
    command = ctx.command
    usage = " ".join([ctx.command_path, *command.collect_usage_pieces(ctx)])
    lines = [f"## {ctx.command_path}", ""]
    if _help(ctx):
        lines += [_text(_help(ctx)), ""]
    lines += ["```text", usage, "```"]
    rows = []
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None or param is command.get_help_option(ctx):
            continue
        names, text = record
        found = re.fullmatch(r"(.*?)(?:\s\s\[(.+)\])?", text, re.S)
        meaning, extra = (found.group(1), found.group(2)) if found else (text, None)
        rows.append(f"| `{_cell(names, code=True)}` | {_cell(meaning)} | {_cell(_extra(extra))} |")
    if rows:
        lines += ["", "| argument or option | meaning | default |", "|---|---|---|", *rows]
    if isinstance(command, TyperGroup) and ctx.parent is not None:  # the index lists all
        links = [f"[`{sub.info_name}`](#{_anchor(sub.command_path)})" for sub in _children(ctx)]
        lines += ["", *_wrap("Commands: " + ", ".join(links) + ".")]
    return lines


def _children(ctx: typer.Context) -> list[typer.Context]:
    return [sub for sub in _commands(ctx) if sub.parent is ctx]


def _extra(extra: str | None) -> str:
    """What `--help` shows in brackets: `default: X` becomes `X`, `required` stays a word."""
    if not extra:
        return ""
    return "; ".join(
        f"`{part.removeprefix('default: ')}`" if part.startswith("default: ") else part
        for part in extra.split("; ")
    )


def _anchor(heading: str) -> str:
    """The fragment GitHub gives a heading made of words, spaces and hyphens."""
    return re.sub(r"[^a-z0-9 _-]", "", heading.lower()).replace(" ", "-")


def _text(text: str) -> str:
    """Help text as Markdown: a `<` would open an HTML tag."""
    return text.replace("<", "&lt;")


def _cell(text: str, *, code: bool = False) -> str:
    """Text for one table cell: one line, pipes escaped (and `<` too, outside a code span)."""
    line = " ".join(text.split())
    return (line if code else _text(line)).replace("|", "\\|")


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, break_long_words=False, break_on_hyphens=False)


# --- the field tables of the data contract ----------------------------------------------------

# The named value types of schema.py, as the data contract calls them. Criterion, term and
# attribute codes are one and the same type (Python makes them one object): all are "code".
_NAMED: list[tuple[object, str]] = [
    (schema.SchemaVersion, "`1`"),
    (schema.CitationText, "text without `; `"),
    (schema.Text, "text"),
    (schema.Date, "date"),
    (schema.Url, "URL"),
    (schema.Cite, "cite"),
    (schema.InstrumentId, "instrument id"),
    (schema.InstrumentRef, "instrument reference"),
    (schema.FrameworkCode, "code"),
    (schema.CriterionCode, "code"),
    (schema.TermCode, "code"),
    (schema.AttributeCode, "code"),
]
_PLAIN = {str: "string", int: "integer", bool: "boolean"}


def models() -> dict[str, type[BaseModel]]:
    """Every model of the contract, by class name, in the order schema.py defines them."""
    return {
        name: value
        for name, value in vars(schema).items()
        if isinstance(value, type)
        and issubclass(value, BaseModel)
        and value.__module__ == schema.__name__
        and not name.startswith("_")
    }


def field_table(model: type[BaseModel]) -> str:
    """One row per key of `model`: key, type, required, meaning."""
    hints = typing.get_type_hints(model, include_extras=True)
    rows = ["| key | type | required | meaning |", "|---|---|---|---|"]
    for name, info in model.model_fields.items():
        key = info.alias or name
        required = "yes" if info.is_required() else "no"
        kind = type_name(hints[name])
        rows.append(f"| `{key}` | {_cell(kind)} | {required} | {_cell(info.description or '')} |")
    return "\n".join(rows)


def type_name(hint: object) -> str:
    """A field's type in words: `map of criterion code to list of AssessmentState`."""
    origin, args = get_origin(hint), get_args(hint)
    if origin is Annotated:
        return _annotated(hint)
    if origin in (Union, UnionType):
        kinds = _either([type_name(arg) for arg in args if arg is not NoneType])
        return f"{kinds}, or null" if NoneType in args else kinds
    if origin is Literal:
        return _either([f"`{arg}`" for arg in args])
    if origin is list:
        return f"list of {type_name(args[0])}"
    if origin is dict:
        return f"map of {type_name(args[0])} to {type_name(args[1])}"
    if isinstance(hint, type) and issubclass(hint, BaseModel):
        return f"`{hint.__name__}`"
    if isinstance(hint, type) and hint in _PLAIN:
        return _PLAIN[hint]
    raise ValueError(f"no words for the type {hint!r}: add them to {__name__}")


def _annotated(hint: object) -> str:
    """A named type of schema.py, or a string with constraints (a named type's, or its own)."""
    base, *extras = get_args(hint)
    for named, words in _NAMED:
        if hint == named:
            return words
        named_base, *named_extras = get_args(named)
        if base == named_base and extras[: len(named_extras)] == named_extras:
            return _constrained(words, extras[len(named_extras) :])
    return _constrained(type_name(base), extras)


def _constrained(words: str, extras: list[object]) -> str:
    for extra in extras:
        if not isinstance(extra, StringConstraints):
            raise ValueError(f"no words for {extra!r}: add them to {__name__}")
        if extra.pattern:
            words += f" matching `{extra.pattern}`"
        if extra.max_length and extra.min_length:
            words += f" of {extra.min_length} to {extra.max_length} characters"
        elif extra.max_length:
            words += f" of at most {extra.max_length} characters"
    return words


def _either(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def fill_tables(text: str) -> str:
    """`text` with every generated block holding its model's current table."""
    known = models()

    def table(block: re.Match[str]) -> str:
        name = block.group(2)
        if name not in known:
            raise ValueError(f"{DATA_DOC}: no model '{name}' in {schema.__name__}")
        return f"{block.group(1)}\n{field_table(known[name])}\n\n{block.group(3)}"

    return BLOCK.sub(table, text)


def table_names(text: str) -> list[str]:
    """The models whose tables `text` holds, in order."""
    return [block.group(2) for block in BLOCK.finditer(text)]


# --- rewriting and checking -------------------------------------------------------------------


def expected(root: Path | None = None) -> dict[Path, str]:
    """Each generated file (relative to the checkout, or to `root`), as it should read."""
    data_doc = ((root or ROOT) / DATA_DOC).read_text(encoding="utf-8")
    return {CLI_DOC: cli_markdown(), DATA_DOC: fill_tables(data_doc)}


def stale(root: Path | None = None) -> list[Path]:
    """The generated files (relative to the checkout, or to `root`) that are out of date."""
    out = []
    for relative, text in expected(root).items():
        path = (root or ROOT) / relative
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            out.append(relative)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--check"]):
        print(f"usage: {COMMAND} [--check]", file=sys.stderr)
        return 2
    if not (ROOT / DATA_DOC).exists():
        print(f"{ROOT / DATA_DOC} not found: run this from a checkout", file=sys.stderr)
        return 2
    if args == ["--check"]:
        found = stale()
        if found:
            names = ", ".join(path.as_posix() for path in found)
            print(f"{names}: out of date; run {COMMAND}", file=sys.stderr)
            return 1
        return 0
    for relative, text in expected().items():
        path = ROOT / relative
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"rewrote {relative.as_posix()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
