"""Bad input, crashes and concurrent use: the data is always old or new, never half of each."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from lawtrack.cli import app
from tests.conftest import FIXTURES

JUNK_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.sampled_from(["2022-02-30", "yess", "NO", "AU:nothing s. 1", "9999-01-01", "x" * 5000]),
)


# Each synthetic jurisdiction: two states of every criterion of the fixture codebook.
STATES = 2 * len(yaml.safe_load((FIXTURES / "valid" / "criteria.yaml").read_text())["criteria"])


def _matrix_json(runner: CliRunner) -> str:
    result = runner.invoke(app, ["matrix", "-f", "json", "--as-of", "2026-01-01"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.slow
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_fuzzed_files_give_located_errors_and_change_nothing(
    runner: CliRunner, data_dir: Path, data: st.DataObject
) -> None:
    before = _matrix_json(runner)
    path = data_dir / "jurisdictions" / "ph.yaml"
    original = path.read_text(encoding="utf-8")
    lines = original.splitlines()
    how = data.draw(st.sampled_from(["value", "line", "bytes", "truncate", "indent"]))
    if how == "value":
        index = data.draw(st.integers(0, len(lines) - 1))
        key = lines[index].split(":")[0]
        lines[index] = f"{key}: {data.draw(JUNK_VALUES)!r}"
        text = "\n".join(lines)
    elif how == "line":
        index = data.draw(st.integers(0, len(lines) - 1))
        lines.insert(index, data.draw(st.text(max_size=40)))
        text = "\n".join(lines)
    elif how == "bytes":
        path.write_bytes(data.draw(st.binary(min_size=1, max_size=200)))
        text = None
    elif how == "truncate":
        text = original[: data.draw(st.integers(0, len(original) - 1))]
    else:
        text = "\n".join("  " * data.draw(st.integers(0, 40)) + line for line in lines)
    if text is not None:
        path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["data", "load"])
    path.write_text(original, encoding="utf-8")
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1), result.output
    if result.exit_code == 1:
        located = [line for line in result.stderr.splitlines() if line.startswith(str(data_dir))]
        assert located, result.stderr
        assert all(line.split(":")[1].isdigit() for line in located)
        assert _matrix_json(runner) == before


def test_deep_nesting_and_huge_strings(runner: CliRunner, data_dir: Path) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    path.write_text(path.read_text() + "note: " + "[" * 3000 + "]" * 3000 + "\n")
    result = runner.invoke(app, ["data", "validate"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    path.write_text(path.read_text().replace("name: Australia", "name: " + "A" * 2_000_000, 1))
    result = runner.invoke(app, ["data", "validate"])
    assert result.exit_code == 1 and "Traceback" not in result.output


def _lawtrack(*args: str, env: dict[str, str], capture: bool = False) -> subprocess.Popen[bytes]:
    # Uncaptured output goes to /dev/null: a pipe nobody reads fills up and would block a
    # failing process forever. Capture only where the test reads it with communicate().
    out = subprocess.PIPE if capture else subprocess.DEVNULL
    return subprocess.Popen(
        [sys.executable, "-m", "lawtrack", *args], env=env, stdout=out, stderr=out
    )


def _env(url: str, data: Path) -> dict[str, str]:
    return {**os.environ, "LAWTRACK_DATABASE_URL": url, "LAWTRACK_DATA_DIR": str(data)}


def _synthetic(tmp_path: Path, count: int) -> Path:
    out = tmp_path / f"synthetic-{count}"
    subprocess.run(
        [
            sys.executable,
            str(Path(__file__).parent.parent / "benchmarks" / "generate.py"),
            str(out),
            "--jurisdictions",
            str(count),
            "--instruments",
            "4",
            "--states",
            "2",
            "--codebook",
            str(FIXTURES / "valid"),
        ],
        check=True,
        capture_output=True,
    )
    return out


def _states_per_jurisdiction(url: str) -> set[int]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as connection:
        counts = (
            connection.execute(
                text("SELECT count(*) FROM assessment_states GROUP BY jurisdiction_id")
            )
            .scalars()
            .all()
        )
    engine.dispose()
    return set(counts)


@pytest.mark.slow
def test_a_killed_load_leaves_the_old_or_the_new_state(tmp_path: Path, database_url: str) -> None:
    old = _synthetic(tmp_path, 5)
    new = _synthetic(tmp_path, 60)
    env = _env(database_url, old)
    assert _lawtrack("data", "load", str(old), env=env).wait() == 0
    rng = random.Random(7)
    outcomes = set()
    for _trial in range(20):
        process = _lawtrack("data", "load", str(new), env=env)
        time.sleep(rng.uniform(0.2, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        result = subprocess.run(
            [sys.executable, "-m", "lawtrack", "jurisdictions", "-f", "csv"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        count = len(result.stdout.splitlines()) - 1
        assert count in (5, 60), result.stdout
        outcomes.add(count)
        assert _states_per_jurisdiction(database_url) == {STATES}
        if count == 60:  # the new state landed: start again from the old one
            assert _lawtrack("data", "load", str(old), env=env).wait() == 0
        if database_url.startswith("sqlite"):
            import sqlite3

            path = database_url.removeprefix("sqlite:///")
            with sqlite3.connect(path) as check:
                assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert outcomes  # at least one trial ran to a verdict


def test_readers_during_a_load_see_old_or_new(tmp_path: Path, database_url: str) -> None:
    old = _synthetic(tmp_path, 5)
    new = _synthetic(tmp_path, 80)
    env = _env(database_url, old)
    assert _lawtrack("data", "load", str(old), env=env).wait() == 0
    loader = _lawtrack("data", "load", str(new), env=env)
    seen = set()
    while loader.poll() is None:
        result = subprocess.run(
            [sys.executable, "-m", "lawtrack", "jurisdictions", "-f", "csv"],
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        seen.add(len(result.stdout.splitlines()) - 1)
    assert loader.returncode == 0
    assert seen <= {5, 80}


def test_two_loads_at_once_one_waits(tmp_path: Path, database_url: str) -> None:
    new = _synthetic(tmp_path, 40)
    env = _env(database_url, new)
    assert _lawtrack("db", "upgrade", env=env).wait() == 0
    first = _lawtrack("data", "load", str(new), env=env, capture=True)
    second = _lawtrack("data", "load", str(new), env=env, capture=True)
    outputs = [p.communicate() for p in (first, second)]
    assert (first.returncode, second.returncode) == (0, 0), outputs
    stdout = sorted(out.decode() for out, _ in outputs)
    assert stdout[0].startswith("created: 40") or stdout[1].startswith("created: 40")
    assert any(out.startswith("nothing changed: 40") for out in stdout), stdout
    assert _states_per_jurisdiction(database_url) == {STATES}


def test_password_never_printed_even_in_a_traceback(tmp_path: Path) -> None:
    url = "postgresql+psycopg://reader:pw-s3cret@127.0.0.1:1/lawtrack"
    env = {**os.environ, "LAWTRACK_DATABASE_URL": url, "TYPER_STANDARD_TRACEBACK": "1"}
    for args in (["matrix"], ["db", "current"], ["data", "load"], ["show", "PH"]):
        result = subprocess.run(
            [sys.executable, "-m", "lawtrack", *args], env=env, capture_output=True, text=True
        )
        assert result.returncode == 1
        assert "pw-s3cret" not in result.stdout + result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["matrix"], ["data", "load"]])
def test_database_path_that_cannot_be_opened(tmp_path: Path, args: list[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = CliRunner().invoke(app, ["--db", f"sqlite:///{blocker}/x.sqlite3", *args])
    assert result.exit_code in (1, 2)
    assert "Traceback" not in result.output
