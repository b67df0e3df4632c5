"""The house rules: a fast --help, the layering table of docs/architecture.md, one status
vocabulary, and docs whose module and test names are real."""

from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

import pytest

REPO = Path(__file__).parent.parent
SRC = REPO / "src" / "lawtrack"
ARCHITECTURE = REPO / "docs" / "architecture.md"
THREAT_MODEL = REPO / "docs" / "threat-model.md"
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


def _is_module(dotted: str) -> bool:
    """Whether `dotted` (lawtrack.x.y) names a module or package of src/lawtrack."""
    parts = dotted.split(".")
    if parts[0] != "lawtrack":
        return False
    path = SRC.joinpath(*parts[1:])
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, at the top, inside functions or for type checking only.

    `from lawtrack import models` counts as `lawtrack.models`, and a relative import is
    resolved, so that no spelling slips past the rules.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ["lawtrack", *path.relative_to(SRC).parent.parts]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            for alias in node.names:
                inner = f"{module}.{alias.name}"
                names.add(inner if _is_module(inner) else module)
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


# The layering table of docs/architecture.md, read as the rules: the document cannot drift.


@dataclass(frozen=True)
class Layer:
    name: str
    code: tuple[str, ...]  # `render/` (a package) or `status.py` (a top-level module)
    may_import: tuple[str, ...]  # layers; every layer when the cell says "every layer"
    never: tuple[str, ...]  # other packages, by their top-level name


def _section(text: str, heading: str) -> str:
    found = re.search(rf"^{re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert found, f"docs/architecture.md has no section {heading!r}"
    return found.group(1)


def _ticked(cell: str) -> tuple[str, ...]:
    return tuple(re.findall(r"`([^`]+)`", cell))


@functools.cache
def layering_table() -> tuple[Layer, ...]:
    """The table under '## Layering rules': layer | code | may import from lawtrack | never."""
    section = _section(ARCHITECTURE.read_text(encoding="utf-8"), "## Layering rules")
    lines = [line for line in section.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    assert header == ["layer", "code", "may import from lawtrack", "never imports"], header
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]
    names = [row[0].strip("`") for row in rows]
    layers = []
    for name, (_, code, may, never) in zip(names, rows, strict=True):
        allowed = names if may == "every layer" else [w.strip(" `") for w in may.split(",")]
        unknown = set(allowed) - set(names)
        assert not unknown, f"layer {name} may import unknown layer(s) {unknown}"
        layers.append(Layer(name, _ticked(code), tuple(allowed), _ticked(never)))
    return tuple(layers)


SOURCES = sorted(SRC.rglob("*.py"))


def _claim(path: Path) -> str:
    """The table's name for a source file: its package (`render/`) or itself (`status.py`)."""
    relative = path.relative_to(SRC)
    return f"{relative.parts[0]}/" if len(relative.parts) > 1 else relative.name


def layer_of(path: Path) -> Layer:
    found = [layer for layer in layering_table() if _claim(path) in layer.code]
    assert len(found) == 1, f"{_claim(path)} is in {len(found)} rows of the layering table"
    return found[0]


def _source_of(module: str) -> Path:
    path = SRC.joinpath(*module.split(".")[1:])
    return path / "__init__.py" if (path / "__init__.py").is_file() else path.with_suffix(".py")


def test_every_module_has_one_row_in_the_layering_table() -> None:
    claimed = {_claim(path) for path in SOURCES}
    for path in SOURCES:
        layer_of(path)
    listed = {code for layer in layering_table() for code in layer.code}
    assert not listed - claimed, f"the table lists code that does not exist: {listed - claimed}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(SRC).as_posix())
def test_each_module_imports_only_what_its_layer_may(path: Path) -> None:
    layer = layer_of(path)
    for name in sorted(_imports(path)):
        if name == "lawtrack" or name.startswith("lawtrack."):
            target = layer_of(_source_of(name))
            assert target.name in layer.may_import, (
                f"{_claim(path)} ({layer.name}) imports {name} ({target.name}); "
                f"{layer.name} may import {', '.join(layer.may_import)}"
            )
        else:
            assert name.split(".")[0] not in layer.never, f"{layer.name} never imports {name}"


def _allows(code: str, target: str) -> bool:
    """Whether the table lets `code` import from the layer holding `target`."""
    source = next(layer for layer in layering_table() if code in layer.code)
    held_by = next(layer for layer in layering_table() if target in layer.code)
    return held_by.name in source.may_import


@pytest.mark.parametrize(
    ("code", "forbidden", "packages"),
    [
        ("queries/", ["render/", "cli/"], ["typer"]),
        (
            "render/",
            ["models.py", "queries/", "db.py", "datafiles/", "cli/"],
            ["sqlalchemy", "typer"],
        ),
        ("datafiles/", ["cli/", "render/"], ["typer"]),
        ("analysis.py", ["models.py", "db.py"], ["sqlalchemy"]),
        ("results.py", ["models.py", "db.py"], ["sqlalchemy"]),
        ("status.py", ["models.py", "db.py"], ["sqlalchemy"]),
    ],
)
def test_the_table_keeps_the_house_rules(
    code: str, forbidden: list[str], packages: list[str]
) -> None:
    """The rules the table may never loosen, whatever an edit of the document says."""
    for target in forbidden:
        assert not _allows(code, target), f"the layering table lets {code} import {target}"
    layer = next(layer for layer in layering_table() if code in layer.code)
    assert set(packages) <= set(layer.never), f"{code} must never import {packages}"


def test_the_map_names_every_module_and_package() -> None:
    section = _section(ARCHITECTURE.read_text(encoding="utf-8"), "## The map")
    listed = set(re.findall(r"^- `([^`]+)`", section, re.M))
    assert {_claim(path) for path in SOURCES} <= listed


def test_the_status_words_of_the_schema_are_those_of_status_py() -> None:
    """Literal types must be spelled out in the schema; they must be the words of status.py."""
    from lawtrack import status
    from lawtrack.datafiles import schema

    assert get_args(schema.Status) == status.CODES
    assert get_args(schema.Evidence) == status.EVIDENCE


def test_the_stage_words_of_the_schema_are_those_of_stages_py() -> None:
    """The stages of a bill, and the statuses a bill may give a cell, as stages.py has them."""
    from lawtrack import stages
    from lawtrack.datafiles import schema

    assert get_args(schema.Stage) == stages.CODES
    assert get_args(schema.ChangeStatus) == stages.CHANGE_STATUSES


@pytest.mark.parametrize("doc", [ARCHITECTURE, THREAT_MODEL], ids=lambda p: p.name)
def test_every_module_and_test_a_document_names_exists(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    # A module is named from src/lawtrack (`render/output.py`), from the repository
    # (`migrations/env.py`), or inside its package when the text is about that package.
    places = [SRC, REPO, *(path for path in SRC.iterdir() if path.is_dir())]
    for name in re.findall(r"`((?:[\w.-]+/)*[\w-]+\.py)`", text):
        if not name.startswith("tests/"):
            assert any((place / name).is_file() for place in places), f"{doc.name}: {name}"
    tests = re.findall(r"(test_\w+\.py)::(test_\w+)", text)
    assert tests or doc is ARCHITECTURE
    for file, function in tests:
        tree = ast.parse((REPO / "tests" / file).read_text(encoding="utf-8"))
        defined = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        assert function in defined, f"{doc.name}: {file}::{function} does not exist"
