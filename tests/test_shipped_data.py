"""The dataset shipped with the package: the only tests that read data/ (no fixed counts).

It validates strictly, is canonical, loads, shows in every view, reads back citation by citation,
and survives an export/import round trip byte for byte. Every other test runs on the fixtures.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lawtrack.cli import app
from lawtrack.config import bundled_dir
from lawtrack.datafiles.validate import validate_dir
from tests.cli import invoke, run
from tests.test_trust import parse_citations

SHIPPED = bundled_dir("data")


def test_shipped_data_validates_strictly() -> None:
    """What the pre-commit hook and CONTRIBUTING promise: no error, no warning (notices are
    research leads and may stay)."""
    validation = validate_dir(SHIPPED, strict=True)
    assert [p.format() for p in validation.errors] == []
    assert validation.dataset is not None


def test_shipped_data_loads_and_every_jurisdiction_shows(runner: CliRunner, tmp_path: Path) -> None:
    codes = sorted(path.stem.upper() for path in (SHIPPED / "jurisdictions").glob("*.yaml"))
    result = runner.invoke(app, ["--data", str(SHIPPED), "matrix", "-f", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split(",")[0] for line in lines[1:]] == codes
    criteria = len(validate_dir(SHIPPED).dataset.codebook.criteria.criteria)  # type: ignore[union-attr]
    assert all(len(line.split(",")) >= 2 + criteria for line in lines[1:])


def test_every_assessed_cell_has_a_citation_and_source() -> None:
    validation = validate_dir(SHIPPED)
    assert validation.dataset is not None
    for code, jdoc in validation.dataset.jurisdictions.items():
        for criterion, states in jdoc.model.assessments.items():
            for state in states:
                if state.status != "not_assessed":
                    assert state.cite and state.sources, (code, criterion)


def test_every_shipped_citation_reads_back_to_its_own_instrument(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The property, on every cited state of the shipped data: re-parsing the rendered text gives
    back, pinpoint by pinpoint, the instrument the data file names."""
    from lawtrack.queries.states import fetch_states
    from lawtrack.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'shipped.sqlite3'}", SHIPPED)
    with store.reader() as session:
        records = fetch_states(session, as_of=None)
    checked = 0
    for record in records:
        if not record.citations:
            continue
        known = sorted({c.citation for c in record.citations})
        parsed = parse_citations(record.citation_text, known)
        assert parsed == [(c.citation, c.pinpoint) for c in record.citations], (
            record.jurisdiction,
            record.criterion,
        )
        checked += 1
    assert checked > 500


@pytest.mark.slow
def test_export_then_import_of_the_shipped_data_changes_no_byte(
    runner: CliRunner, tmp_path: Path
) -> None:
    """On every shipped file, as CSV and as XLSX: import undoes exactly what export added."""
    copy = tmp_path / "shipped"
    shutil.copytree(SHIPPED, copy)
    before = {p: p.read_bytes() for p in copy.rglob("*.yaml")}
    for suffix in ("csv", "xlsx"):
        exported = tmp_path / f"all.{suffix}"
        run(runner, "--data", str(copy), "export", "assessments", "-o", str(exported))
        rows = len(run(runner, "--data", str(copy), "export", "assessments").splitlines()) - 1
        out = run(runner, "data", "import", str(exported), "--data-dir", str(copy), "--dry-run")
        assert out == f"{rows} row(s) read: 0 would change 0 file(s)\n"
        run(runner, "data", "import", str(exported), "--data-dir", str(copy))
        assert {p: p.read_bytes() for p in copy.rglob("*.yaml")} == before


def test_a_common_alias_points_to_the_iso_code(runner: CliRunner, tmp_path: Path) -> None:
    shipped = ["--db", f"sqlite:///{tmp_path / 'shipped.sqlite3'}", "--data", str(SHIPPED)]
    run(runner, *shipped, "jurisdictions")
    result = runner.invoke(app, [*shipped, "show", "UK"])
    assert (result.exit_code, result.stderr) == (
        2,
        "error: unknown jurisdiction 'UK'; did you mean GB? (ISO 3166 code)\n",
    )


@pytest.mark.slow
def test_shipped_data_is_canonical(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "data", "fmt", "--check", str(SHIPPED))
    assert code == 0, out


def test_heatmap_of_the_shipped_data_is_not_blank(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from PIL import Image

    png = tmp_path / "shipped.png"
    run(runner, "--data", str(SHIPPED), "chart", "heatmap", "-o", str(png))
    with Image.open(png) as image:
        width, height = image.size
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    assert width >= 1200 and height >= 600
    assert len(colours) > 50  # five status colours, letters, labels: far from blank


def test_no_folded_text_breaks_a_word_at_a_hyphen() -> None:
    """YAML joins the lines of a folded text (`note: >-`) with a space, so a line ending in
    `child-` before `prostitution` reads "child- prostitution" in every output. A URL may end
    in a hyphen, and "16- and 17-year-olds" (or Danish "Trafik- og lokaliseringsdata") keeps its
    space."""
    import re

    broken = []
    for path in sorted((SHIPPED / "jurisdictions").glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, (line, after) in enumerate(zip(lines, [*lines[1:], ""], strict=True), 1):
            last = line.split()[-1] if line.split() else ""
            if (
                re.search(r"\w-$", line)
                and not last.startswith("http")
                and not re.match(
                    r"\s*(and|or|to|og|eller|und|oder|en|of|et|ou|y|o|e|i|ja|lub) ", after
                )
            ):
                broken.append(f"{path.name}:{number}")
    assert broken == []
