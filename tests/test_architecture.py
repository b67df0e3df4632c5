"""The house rules: a fast --help, renderers that never see the database, one schema head."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "lawtrack"
HEAVY = ["sqlalchemy", "alembic", "ruamel", "pycountry"]


@pytest.mark.parametrize(
    ("argv", "heavy"),
    [
        (["--help"], [*HEAVY, "pydantic"]),
        (["--version"], [*HEAVY, "pydantic"]),
        # Typer itself brings pydantic in once a command's parameters are converted.
        (["data", "--help"], HEAVY),
        (["matrix", "--help"], HEAVY),
    ],
)
def test_help_imports_nothing_heavy(argv: list[str], heavy: list[str]) -> None:
    code = (
        "import sys\n"
        "from lawtrack.cli import app\n"
        f"try:\n    app({argv!r})\nexcept SystemExit:\n    pass\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted((SRC / "render").glob("*.py")), ids=lambda p: p.name)
def test_renderers_see_results_not_the_database(path: Path) -> None:
    forbidden = {"sqlalchemy", "typer", "lawtrack.models", "lawtrack.queries", "lawtrack.db"}
    assert not {
        name for name in _imports(path) if name.split(".")[0] in forbidden or name in forbidden
    }


@pytest.mark.parametrize(
    "path",
    sorted(
        p for p in [*SRC.glob("*.py"), *(SRC / "datafiles").glob("*.py")] if p.name != "__main__.py"
    ),
    ids=lambda p: p.name,
)
def test_services_never_import_the_cli_or_typer(path: Path) -> None:
    assert not {name for name in _imports(path) if name.startswith(("lawtrack.cli", "typer"))}


def test_no_module_imports_click() -> None:
    for path in SRC.rglob("*.py"):
        assert "click" not in {name.split(".")[0] for name in _imports(path)}, path


def test_every_command_has_help_and_is_documented() -> None:
    import typer

    from lawtrack.cli import app

    readme = (SRC.parent.parent / "README.md").read_text(encoding="utf-8")
    contributing = (SRC.parent.parent / "CONTRIBUTING.md").read_text(encoding="utf-8")
    click_app = typer.main.get_command(app)
    for name, command in click_app.commands.items():  # type: ignore[attr-defined]
        assert command.help, name
        assert f"lawtrack {name}" in readme, f"`lawtrack {name}` is not in README.md"
        for sub, subcommand in getattr(command, "commands", {}).items():
            assert subcommand.help, f"{name} {sub}"
            assert sub in readme or f"data {sub}" in contributing, f"`{name} {sub}` is undocumented"
