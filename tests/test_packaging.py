"""A non-editable install carries its data and migrations and works from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).parent.parent


def test_wheel_ships_data_and_migrations_and_runs_elsewhere(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
    )
    wheel = next(tmp_path.glob("lawtrack-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "lawtrack/data/criteria.yaml" in names
    assert "lawtrack/migrations/env.py" in names
    assert "lawtrack/templates/brief.md.j2" in names and "lawtrack/templates/page.html.j2" in names
    assert any(n.startswith("lawtrack/migrations/versions/0001") for n in names)
    shipped = sorted(p.name for p in (REPO / "data" / "jurisdictions").glob("*.yaml"))
    new = next(code for code in ("TV", "NR", "PW") if f"{code.lower()}.yaml" not in shipped)
    assert (
        sorted(
            n.rsplit("/", 1)[1]
            for n in names
            if n.startswith("lawtrack/data/jurisdictions/") and n.endswith(".yaml")
        )
        == shipped
    )

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(target),
        "LAWTRACK_DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
    }
    env.pop("LAWTRACK_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "lawtrack", "matrix", "-f", "csv"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert str(target / "lawtrack" / "data") in result.stderr
    rows = result.stdout.splitlines()
    assert len(rows) == 1 + len(shipped)
    assert all(len(row.split(",")) >= 27 for row in rows)
    # An edit would land inside site-packages and be lost on reinstall: refused, with the way out.
    refused = subprocess.run(
        [sys.executable, "-m", "lawtrack", "data", "new", new],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr == (
        f"error: {(target / 'lawtrack' / 'data').resolve()} is the data bundled inside the "
        "installed lawtrack package, where an edit is lost on the next install: edit a checkout "
        "of the repository (installed with `pip install -e .`), or give --data-dir DIR for a copy "
        "of the data\n"
    )
    assert not (target / "lawtrack" / "data" / "jurisdictions" / f"{new.lower()}.yaml").exists()
    # The README's XLSX export works out of the box (openpyxl is a dependency, not an extra).
    wheel_meta = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        .decode()
    )
    assert "Requires-Dist: openpyxl" in wheel_meta
    assert "Requires-Dist: openpyxl>=3.1; extra ==" not in wheel_meta


def test_ci_runs_the_readme_test_command() -> None:
    """`.ci/run` runs exactly what the README tells a new contributor to run."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if "pip install -e '.[test]'" in line)
    checks = command.split("pip install -e '.[test]'", 1)[1]
    assert f"pip install -q -e '.[test]'{checks}" in ci.splitlines()
    assert checks.endswith("pytest --slow")
