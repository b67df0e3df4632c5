"""Parsing on two cores gives what parsing on one gives, in the same order, helper or not."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lawtrack.datafiles import parallel
from lawtrack.datafiles.problems import Problem
from lawtrack.datafiles.read import YamlDoc, read_yaml
from lawtrack.datafiles.validate import validate_dir

pytestmark = pytest.mark.skipif(
    not parallel.worth_a_helper(parallel.MIN_FILES),
    reason="no helper here (one core, threads, or not Linux)",
)


def _files(root: Path, count: int) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = root / f"f{number:03}.yaml"
        if number % 17 == 5:
            path.write_bytes(b"key: [unclosed\n")  # a syntax error
        elif number % 17 == 9:
            path.write_bytes(b"key: \xff\n")  # not UTF-8
        elif number % 17 == 11:
            path.write_text("a: &x 1\nb: *x\n")  # an alias
        else:
            path.write_text(
                f"code: F{number}\nlist: [1, two, 2024-01-01]\nnested: {{a: {number}}}\n"
            )
        paths.append(path)
    return paths


def _seen(result: YamlDoc | Problem) -> object:
    return result if isinstance(result, Problem) else (result.data, result.sha256)


def test_the_same_results_in_the_same_order(tmp_path: Path) -> None:
    paths = _files(tmp_path, parallel.MIN_FILES + 37)
    alone = [(path, _seen(read_yaml(path, root=tmp_path))) for path in paths]
    shared = [(path, _seen(result)) for path, result in parallel.parse_files(tmp_path, paths)]
    assert shared == alone
    assert multiprocessing.active_children() == []  # the helper was waited for


def test_a_helper_that_dies_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path, parallel.MIN_FILES + 3)
    alone = [(path, _seen(read_yaml(path, root=tmp_path))) for path in paths]

    def dies(work: object, items: object, reader: object, writer: object) -> None:
        os._exit(3)

    monkeypatch.setattr(parallel, "_results", dies)
    shared = [(path, _seen(result)) for path, result in parallel.parse_files(tmp_path, paths)]
    assert shared == alone


def test_a_consumer_that_stops_early_leaves_no_helper(tmp_path: Path) -> None:
    paths = _files(tmp_path, parallel.MIN_FILES * 2)
    files = parallel.parse_files(tmp_path, paths)
    next(files)
    files.close()
    assert multiprocessing.active_children() == []


def test_a_load_validation_finds_what_validate_finds(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the helper on for three files: the same dataset, the same errors (unlocated)."""
    monkeypatch.setattr(parallel, "MIN_FILES", 1)
    monkeypatch.setattr(parallel, "BATCH", 1)
    full = validate_dir(data_dir)
    fast = validate_dir(data_dir, errors_only=True)
    assert fast.dataset is not None and full.dataset is not None
    assert fast.dataset.hashes == full.dataset.hashes
    assert {c: j.model for c, j in fast.dataset.jurisdictions.items()} == {
        c: j.model for c, j in full.dataset.jurisdictions.items()
    }
    path = data_dir / "jurisdictions" / "au.yaml"
    path.write_text(path.read_text().replace("status: yes", "status: yess"))
    full, fast = validate_dir(data_dir), validate_dir(data_dir, errors_only=True)
    assert [(p.path, p.where, p.message) for p in fast.errors] == [
        (p.path, p.where, p.message) for p in full.errors
    ]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def test_a_killed_loader_leaves_no_helper_behind(tmp_path: Path) -> None:
    """The loader stops reading and is killed: its helper, blocked on a full pipe, exits."""
    _files(tmp_path, 3000)
    script = (
        "import multiprocessing, sys, time\n"
        "from pathlib import Path\n"
        "from lawtrack.datafiles import parallel\n"
        f"root = Path({str(tmp_path)!r})\n"
        "files = parallel.parse_files(root, sorted(root.glob('*.yaml')))\n"
        "next(files)\n"
        "print(multiprocessing.active_children()[0].pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    loader = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert loader.stdout is not None
    helper = int(loader.stdout.readline())
    time.sleep(0.5)  # the helper fills the pipe and waits
    loader.kill()
    loader.wait()
    deadline = time.monotonic() + 10
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(helper)
