"""Progress bars on stderr where someone watches, and nothing anywhere else.

The bars are drawn only when stderr is a terminal: these tests give a real `lawtrack` process a
pseudo-terminal as stderr (stdout stays a pipe, so that it can be compared byte for byte), and
the same process a pipe. The layers below the command line only call a `Progress` they are
given; the tests record those calls to check the parts each piece of work reports and that
every count reaches its total, on the full and the incremental load alike.
"""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import termios
import threading
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lawtrack.cli import app
from lawtrack.cli.progress import Bars, bars
from lawtrack.datafiles.load import load_data
from lawtrack.progress import SILENT
from lawtrack.store import open_store
from tests.cli import invoke
from tests.conftest import FIXTURES

REPO = Path(__file__).parent.parent
SHOWN_CURSOR = b"\x1b[?25h"  # rich hides the cursor while it draws, and shows it at the end


def _with_terminal(args: list[str], env: dict[str, str]) -> tuple[int, bytes, bytes]:
    """(exit code, stdout, stderr) of ARGS run with a pseudo-terminal as stderr, stdout a pipe."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, env=env
    )
    os.close(slave)
    seen: list[bytes] = []

    def drain() -> None:  # a terminal nobody reads fills up and blocks the writer
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the last writer closed the terminal
                return
            if not chunk:
                return
            seen.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    assert process.stdout is not None
    out = process.stdout.read()
    code = process.wait()
    reader.join()
    os.close(master)
    return code, out, b"".join(seen)


def _piped(args: list[str], env: dict[str, str]) -> tuple[int, bytes, bytes]:
    done = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, env=env)
    return done.returncode, done.stdout, done.stderr


def _lawtrack(*args: str) -> list[str]:
    return [sys.executable, "-m", "lawtrack", *args]


def _env(database: Path, data: Path) -> dict[str, str]:
    return {
        **os.environ,
        "TERM": "xterm",
        "LAWTRACK_DATABASE_URL": f"sqlite:///{database}",
        "LAWTRACK_DATA_DIR": str(data),
    }


def _generated(target: Path, count: int) -> Path:
    subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "generate.py"),
            str(target),
            "--jurisdictions",
            str(count),
            "--instruments",
            "2",
            "--states",
            "1",
            "--codebook",
            str(FIXTURES / "valid"),
        ],
        check=True,
        capture_output=True,
    )
    return target


@pytest.mark.slow
def test_a_load_shows_bars_on_a_terminal_and_nothing_piped_or_quiet(tmp_path: Path) -> None:
    data = _generated(tmp_path / "data", 200)
    load = ["data", "load", str(data)]
    code, on_terminal, drawn = _with_terminal(_lawtrack(*load), _env(tmp_path / "1.db", data))
    assert code == 0
    for part in (
        b"checking files",
        b"203/203",
        b"reading files",
        b"validating jurisdictions",
        b"200/200",
        b"writing jurisdictions",
    ):
        assert part in drawn, part
    assert drawn.count(SHOWN_CURSOR) == 1
    # Drawn over, then erased: what stays on the terminal is the note alone.
    assert drawn.endswith(b"\x1b[2K")
    assert b"lawtrack: created the database schema\r\n" in drawn

    code, piped, said = _piped(_lawtrack(*load), _env(tmp_path / "2.db", data))
    assert code == 0
    assert said == b"lawtrack: created the database schema\n"
    assert piped == on_terminal
    assert piped.startswith(b"created: 200 (AD, AE, AF,")

    code, quiet, drawn = _with_terminal(_lawtrack("--quiet", *load), _env(tmp_path / "3.db", data))
    assert (code, drawn) == (0, b"")
    assert quiet == on_terminal


def test_the_first_command_shows_the_load_of_the_data_then_answers(
    tmp_path: Path, data_dir: Path
) -> None:
    view = _lawtrack("jurisdictions", "-f", "csv")
    code, out, drawn = _with_terminal(view, _env(tmp_path / "1.db", data_dir))
    assert code == 0
    assert b"reading files" in drawn and b"writing jurisdictions" in drawn and b"3/3" in drawn
    note = f"lawtrack: created the database and loaded 3 jurisdiction(s) from {data_dir}"
    assert drawn.endswith(f"{note}\r\n".encode())
    assert _piped(view, _env(tmp_path / "2.db", data_dir)) == (0, out, f"{note}\n".encode())
    # Loaded: the next view reads, and draws nothing.
    assert _with_terminal(view, _env(tmp_path / "1.db", data_dir)) == (0, out, b"")


def test_an_import_shows_its_rows_and_the_validation(tmp_path: Path, data_dir: Path) -> None:
    sheet = tmp_path / "coded.csv"
    sheet.write_text(
        "jurisdiction,criterion,status,evidence,citations,note,sources\n"
        "AU,possession_offence,yes,complete,code-1995 s. 474.20,Possession.,https://example.org/c\n"
    )
    args = _lawtrack("data", "import", str(sheet), "--data-dir", str(data_dir), "--dry-run")
    code, out, drawn = _with_terminal(args, _env(tmp_path / "1.db", data_dir))
    assert code == 0 and out.endswith(b"1 row(s) read: 1 would change 1 file(s)\n")
    assert b"reading the sheet" in drawn and b"applying rows" in drawn and b"1/1" in drawn
    assert _piped(args, _env(tmp_path / "1.db", data_dir)) == (0, out, b"")
    args = [a for a in args if a != "--dry-run"]
    code, out, drawn = _with_terminal(args, _env(tmp_path / "1.db", data_dir))
    assert (code, out) == (0, b"1 row(s) read: 1 changed 1 file(s)\n")
    assert b"validating jurisdictions" in drawn


def test_the_benchmark_generator_shows_its_files_on_a_terminal(tmp_path: Path) -> None:
    generate = [sys.executable, str(REPO / "benchmarks" / "generate.py"), str(tmp_path / "out")]
    generate += ["--jurisdictions", "30", "--codebook", str(FIXTURES / "valid")]
    code, out, drawn = _with_terminal(generate, {**os.environ, "TERM": "xterm"})
    assert code == 0 and out == f"wrote 30 jurisdictions to {tmp_path / 'out'}\n".encode()
    assert b"writing files" in drawn and b"30/30" in drawn
    assert _piped(generate, dict(os.environ)) == (0, out, b"")
    assert _with_terminal([*generate, "--quiet"], {**os.environ, "TERM": "xterm"}) == (0, out, b"")


class Recorder:
    """A Progress that keeps each part: [label, total, how much was counted done]."""

    def __init__(self) -> None:
        self.parts: list[list[object]] = []

    def stage(self, label: str, total: int | None = None) -> None:
        self.parts.append([label, total, 0.0])

    def advance(self, amount: float = 1) -> None:
        done = self.parts[-1][2]
        assert isinstance(done, float)
        self.parts[-1][2] = done + amount

    def finished(self) -> list[tuple[object, ...]]:
        """Each part as (label, total), after checking that its count reached its total."""
        for label, total, done in self.parts:
            assert total is None or done == pytest.approx(total), (label, total, done)
        return [(label, total) for label, total, _ in self.parts]


def _load(url: str, root: Path, progress: Recorder) -> None:
    store = open_store(url, root, fill=False)
    with store.writer() as session, session.begin():
        load_data(session, root, progress=progress)


def test_the_full_and_the_incremental_load_report_each_part(
    database_url: str, data_dir: Path
) -> None:
    full = Recorder()
    _load(database_url, data_dir, full)
    assert full.finished() == [
        ("checking files", 6),
        ("reading files", 6),
        ("validating jurisdictions", 3),
        ("writing jurisdictions", 3),
    ]
    path = data_dir / "jurisdictions" / "ph.yaml"
    path.write_text(path.read_text().replace("name: Philippines", "name: The Philippines"))
    incremental = Recorder()
    _load(database_url, data_dir, incremental)
    assert incremental.finished() == [
        ("checking files", 6),
        ("reading files", 4),  # the codebook and the changed file
        ("validating jurisdictions", 1),
        ("writing jurisdictions", 1),
    ]
    unchanged = Recorder()
    _load(database_url, data_dir, unchanged)
    assert unchanged.finished() == [("checking files", 6)]


def test_an_invalid_load_reports_the_validation_again_and_writes_nothing(
    database_url: str, data_dir: Path
) -> None:
    from lawtrack.errors import DataError

    path = data_dir / "jurisdictions" / "ph.yaml"
    path.write_text(path.read_text().replace("level: national", "level: planetary"))
    recorder = Recorder()
    with pytest.raises(DataError):
        _load(database_url, data_dir, recorder)
    # Every file for its errors alone, then again to place each problem (`data validate`).
    assert [label for label, _ in recorder.finished()] == [
        "checking files",
        *("reading files", "validating jurisdictions") * 2,
    ]


def test_a_chart_reports_its_rows(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from lawtrack.analysis import ranked_by_score
    from lawtrack.queries.matrix import matrix_table
    from lawtrack.render.chart import render_heatmap
    from lawtrack.store import open_store

    store = open_store(os.environ["LAWTRACK_DATABASE_URL"], Path(os.environ["LAWTRACK_DATA_DIR"]))
    with store.reader() as session:
        table = ranked_by_score(matrix_table(session, as_of=date(2026, 1, 1)))
    recorder = Recorder()
    render_heatmap(table, tmp_path / "heat.svg", recorder)
    assert recorder.finished() == [
        ("loading matplotlib", None),
        ("drawing rows", 3),
        ("laying out", None),
        ("rendering the image", None),
    ]


def test_the_bars_start_no_thread_so_a_load_keeps_its_helper() -> None:
    """datafiles/parallel.py forks a helper only while the process runs one thread: a bar
    that refreshed from a thread would take the second core from every load on a terminal."""
    master, slave = os.openpty()
    try:
        with open(slave, "w", closefd=False) as terminal:
            before = threading.active_count()
            with bars(stream=terminal) as progress:
                assert isinstance(progress, Bars)
                progress.stage("reading files", 10)
                progress.advance(5)
                assert threading.active_count() == before
    finally:
        os.close(slave)
        os.close(master)


def test_no_terminal_no_bars(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with (tmp_path / "log").open("w") as file, bars(stream=file) as progress:
        assert progress is SILENT
    master, slave = os.openpty()
    try:
        with open(slave, "w", closefd=False) as terminal:
            with bars(stream=terminal, quiet=True) as progress:
                assert progress is SILENT
            monkeypatch.setenv("TERM", "dumb")
            with bars(stream=terminal) as progress:
                assert progress is SILENT
    finally:
        os.close(slave)
        os.close(master)


def test_quiet_leaves_out_every_note_but_not_the_errors(runner: CliRunner) -> None:
    assert invoke(runner, "jurisdictions", "-f", "csv", "--as-of", "2999-01-01")[2] == (
        "lawtrack: --as-of 2999-01-01 is in the future: the law as recorded today is shown (Acts "
        "not yet in force are not applied ahead of their dates)\n"
        f"lawtrack: created the database and loaded 3 jurisdiction(s) from "
        f"{os.environ['LAWTRACK_DATA_DIR']}\n"
    )
    code, out, err = invoke(
        runner, "--quiet", "jurisdictions", "-f", "csv", "--as-of", "2999-01-01"
    )
    assert (code, err) == (0, "") and out.startswith("code,name,")
    assert invoke(runner, "-q", "show", "XX")[0::2] == (2, "error: unknown jurisdiction 'XX'\n")
    result = runner.invoke(app, ["--quiet", "data", "load"])
    assert (result.exit_code, result.stderr) == (0, "")
