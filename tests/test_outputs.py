"""Every command that writes a file meets a bad `-o` with one line and the documented exit code:
2 when the path cannot be used (a usage mistake), 1 when the machine fails (a full disk); never
a traceback, and never a half-written or destroyed file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.cli import invoke

# Each command that takes -o, with arguments that make it succeed, and the suffix it writes.
COMMANDS = [
    (["jurisdictions"], ".csv"),
    (["show", "PH"], ".csv"),
    (["compare", "PH", "AU", "--cite"], ".csv"),
    (["matrix"], ".csv"),
    (["gaps"], ".csv"),
    (["below", "PH", "AU"], ".csv"),
    (["victims"], ".csv"),
    (["definitions", "child"], ".csv"),
    (["score"], ".csv"),
    (["timeline", "PH"], ".csv"),
    (["bills"], ".csv"),
    (["diff", "--from", "2020-01-01"], ".csv"),
    (["search", "livestream"], ".csv"),
    (["criteria"], ".csv"),
    (["frameworks"], ".csv"),
    (["ratifications"], ".csv"),
    (["export", "assessments"], ".csv"),
    (["compare", "PH", "AU", "--cite"], ".xlsx"),
    (["brief", "PH"], ".md"),
    (["chart", "heatmap"], ".png"),
    (["data", "stale"], ".csv"),
    (["data", "coverage"], ".csv"),
    (["data", "schema"], ".json"),
]
IDS = [" ".join(args) + suffix for args, suffix in COMMANDS]


def _invoke(runner: CliRunner, args: list[str], target: Path | str) -> tuple[int, str]:
    code, _, err = invoke(runner, *args, "-o", str(target))
    # "lawtrack: created the database ..." is a notice, not part of the failure
    errors = [line for line in err.splitlines(keepends=True) if "lawtrack: " not in line]
    return code, "".join(errors)


@pytest.mark.parametrize(("args", "suffix"), COMMANDS, ids=IDS)
def test_a_missing_directory(
    runner: CliRunner, tmp_path: Path, args: list[str], suffix: str
) -> None:
    target = tmp_path / "missing" / f"out{suffix}"
    assert _invoke(runner, args, target) == (
        2,
        f"error: cannot write {target}: the directory {target.parent} does not exist\n",
    )


@pytest.mark.parametrize(("args", "suffix"), COMMANDS, ids=IDS)
def test_a_directory_given_as_the_file(
    runner: CliRunner, tmp_path: Path, args: list[str], suffix: str
) -> None:
    target = tmp_path / f"folder{suffix}"
    target.mkdir()
    assert _invoke(runner, args, target) == (
        2,
        f"error: cannot write {target}: it is a directory\n",
    )


@pytest.mark.skipif(not Path("/sys").is_dir(), reason="needs a read-only /sys")
@pytest.mark.parametrize(("args", "suffix"), COMMANDS, ids=IDS)
def test_a_place_nobody_may_write(runner: CliRunner, args: list[str], suffix: str) -> None:
    """/sys refuses new files even to root, where file permissions would not."""
    target = Path(f"/sys/lawtrack-out{suffix}")
    code, err = _invoke(runner, args, target)
    assert code == 2 and err.startswith(f"error: cannot write {target}: ") and err.count("\n") == 1
    assert not target.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(("args", "suffix"), COMMANDS, ids=IDS)
def test_a_full_disk(runner: CliRunner, args: list[str], suffix: str) -> None:
    """/dev/full fails every write with ENOSPC: a fault of the machine, exit 1."""
    fmt = {".csv": "csv", ".xlsx": "xlsx", ".md": "md", ".json": None, ".png": None}[suffix]
    if suffix == ".png":
        pytest.skip("an image needs its suffix, which /dev/full lacks")
    extra = ["-f", fmt] if fmt else []
    code, err = _invoke(runner, [*args, *extra], "/dev/full")
    assert (code, err) == (1, "error: cannot write /dev/full: No space left on device\n")


def test_a_full_disk_never_destroys_the_old_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is written beside the target and renamed over it only once whole."""
    target = tmp_path / "out" / "matrix.csv"
    target.parent.mkdir()
    target.write_text("the old comparison\n", encoding="utf-8")
    target.chmod(0o644)
    import errno

    from lawtrack import atomic

    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    code, err = _invoke(runner, ["matrix"], target)
    monkeypatch.setattr(atomic.os, "fsync", real_fsync)
    assert (code, err) == (
        1,
        f"error: cannot write {target}: No space left on device; the old file is unchanged\n",
    )
    assert target.read_text(encoding="utf-8") == "the old comparison\n"
    assert [p.name for p in target.parent.iterdir()] == ["matrix.csv"]  # no temporary file left


def test_a_rewritten_file_keeps_its_permissions_and_links(
    runner: CliRunner, tmp_path: Path
) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert _invoke(runner, ["matrix"], link) == (0, "")
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("jurisdiction,")
    assert real.stat().st_mode & 0o777 == 0o640


def test_an_existing_file_given_as_the_data_package_directory(
    runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "package"
    target.write_text("not a directory\n", encoding="utf-8")
    assert _invoke(runner, ["export", "datapackage"], target) == (
        2,
        f"error: cannot write into {target}: it is a file, not a directory\n",
    )
    assert target.read_text(encoding="utf-8") == "not a directory\n"


def test_standard_output_on_a_full_disk(runner: CliRunner) -> None:
    """`lawtrack matrix > /dev/full`: one line on stderr, exit 1."""
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "lawtrack", "matrix", "-f", "csv"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
    lines = [line for line in done.stderr.splitlines() if not line.startswith("lawtrack:")]
    assert (done.returncode, lines) == (
        1,
        ["error: cannot write to standard output: No space left on device"],
    )


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "md", "html"])
def test_a_reader_that_goes_away_ends_the_run_quietly_with_141(data_dir: Path, fmt: str) -> None:
    """`lawtrack show PH | head`, the reader gone: every format stops, says nothing, exits 141."""
    import subprocess
    import sys

    env = {**os.environ, "LAWTRACK_DATA_DIR": str(data_dir)}
    subprocess.run(
        [sys.executable, "-m", "lawtrack", "jurisdictions"],
        env=env,
        check=True,
        capture_output=True,
    )
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte: no race with a pipe buffer
    try:
        writer = subprocess.run(
            [sys.executable, "-m", "lawtrack", "show", "PH", "-f", fmt, "--as-of", "2026-01-01"],
            env=env,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert (writer.returncode, writer.stderr) == (141, "")
