"""The dataset shipped with the package validates, loads, and shows in the matrix."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from lawtrack.cli import app
from lawtrack.config import bundled_dir
from lawtrack.datafiles.validate import validate_dir

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
