"""What a command loads before it answers: the read views never import pydantic, and
`lawtrack --help` builds no command. Each run is a fresh interpreter, as a user's is.

Speed itself is measured by benchmarks/ (numbers, not assertions); these tests keep the causes
of slowness from coming back: Typer 0.29's pydantic coercion (pyproject.toml pins below it),
and building every command's parameters to list them.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from lawtrack.cli import COMMANDS, app, build_commands
from tests.cli import run

VIEWS = [
    ["matrix", "-f", "csv"],
    ["compare", "PH", "AU", "-f", "csv"],
    ["show", "PH", "-f", "csv"],
    ["search", "live", "-f", "csv"],
]


def _fresh(args: list[str]) -> tuple[int, str, set[str]]:
    """(exit code, stdout, every module imported) of `lawtrack ARGS` in a new interpreter."""
    code = (
        "import sys\n"
        "from lawtrack.cli import main\n"
        "sys.argv = ['lawtrack', *sys.argv[1:]]\n"
        "status = 0\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    status = exc.code or 0\n"
        "sys.stdout.flush()\n"
        "print(status, *sorted(sys.modules), file=sys.stderr)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    status, *modules = out.stderr.split("\n")[-2].split()
    return int(status), out.stdout, set(modules)


@pytest.mark.parametrize("args", VIEWS, ids=lambda args: args[0])
def test_read_views_import_no_pydantic(args: list[str]) -> None:
    run(CliRunner(), "data", "load")
    status, out, modules = _fresh(args)
    assert status == 0
    assert out  # the view answered
    assert not {m for m in modules if m.split(".")[0] in {"pydantic", "pydantic_core"}}


def test_help_builds_no_command() -> None:
    status, out, modules = _fresh(["--help"])
    assert status == 0
    assert "matrix" in out
    commands = {f"lawtrack.cli.{module}" for _, module, _ in COMMANDS}
    assert not modules & commands
    assert not {m for m in modules if m.split(".")[0] in {"pydantic", "sqlalchemy"}}


def test_the_command_index_matches_the_commands() -> None:
    """COMMANDS names each command of its module, in the module's order, with its summary."""
    for module in dict.fromkeys(module for _, module, _ in COMMANDS):
        built = build_commands(module)
        indexed = [(name, summary) for name, of, summary in COMMANDS if of == module]
        expected = [
            (name, " ".join(inspect.cleandoc(command.help).split("\n\n")[0].split()))
            for name, command in built.items()
        ]
        assert indexed == expected, f"COMMANDS in lawtrack/cli/__init__.py, for {module}"


def test_every_module_that_adds_root_commands_is_in_the_index() -> None:
    """A module with `register(app)` adds commands to `lawtrack` itself (`maintain_cmds`
    registers into `data_app`): each such module must be named in COMMANDS."""
    package = Path(importlib.import_module("lawtrack.cli").__file__ or "").parent
    adding = set()
    for path in package.glob("*.py"):
        module = importlib.import_module(f"lawtrack.cli.{path.stem}")
        register = getattr(module, "register", None)
        if callable(register) and list(inspect.signature(register).parameters) == ["app"]:
            adding.add(path.stem)
    assert adding == {module for _, module, _ in COMMANDS}


def test_help_lists_the_commands_as_if_all_were_built() -> None:
    for width in (40, 80, 200):
        group = typer.main.get_command(app)
        ctx = typer.Context(group, info_name="lawtrack", terminal_width=width, color=False)
        lazy = group.get_help(ctx)
        assert not any(group.commands.is_built(name) for name, _, _ in COMMANDS)  # type: ignore[attr-defined]
        for name in group.list_commands(ctx):  # type: ignore[attr-defined]
            group.get_command(ctx, name)  # type: ignore[attr-defined]
        assert group.get_help(ctx) == lazy
