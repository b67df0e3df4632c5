"""Speed of the views against yardsticks run in the same invocation (quality.md).

    python benchmarks/views.py [--runs 7]

Loads the shipped data into a fresh SQLite file, then times whole processes (median of the runs):
`lawtrack --help` / `--version` against `python -c "import typer"`, and `matrix -f csv` /
`compare PH AU GB -f csv` against `sqlite-utils query` returning the same rows. Prints a table of
medians and ratios; asserts nothing (this machine is shared and noisy).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

IN_EFFECT = (
    "(s.effective_from IS NULL OR s.effective_from <= date('now')) "
    "AND (s.effective_to IS NULL OR s.effective_to > date('now'))"
)
MATRIX_SQL = (
    "SELECT j.code, j.name, c.code, s.status FROM jurisdictions j CROSS JOIN criteria c "
    "LEFT JOIN assessment_states s ON s.jurisdiction_id = j.id AND s.criterion_id = c.id "
    f"AND {IN_EFFECT} ORDER BY j.code, c.position"
)
COMPARE_SQL = MATRIX_SQL.replace("ORDER BY", "WHERE j.code IN ('PH', 'AU', 'GB') ORDER BY")


def median_seconds(command: list[str], env: dict[str, str], runs: int) -> float:
    subprocess.run(command, env=env, capture_output=True, check=True)  # warm the caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    lawtrack = shutil.which("lawtrack") or sys.exit("lawtrack is not installed")
    sqlite_utils = shutil.which("sqlite-utils") or sys.exit(
        "pip install sqlite-utils (the yardstick)"
    )
    workdir = Path(tempfile.mkdtemp(prefix="lawtrack-bench-"))
    db = workdir / "bench.sqlite3"
    env = {**os.environ, "LAWTRACK_DATABASE_URL": f"sqlite:///{db}"}
    env.pop("LAWTRACK_DATA_DIR", None)
    subprocess.run([lawtrack, "data", "load"], env=env, capture_output=True, check=True)
    rows = [
        (
            "lawtrack --help",
            [lawtrack, "--help"],
            "import typer",
            [sys.executable, "-c", "import typer"],
            1.5,
        ),
        (
            "lawtrack --version",
            [lawtrack, "--version"],
            "import typer",
            [sys.executable, "-c", "import typer"],
            1.5,
        ),
        (
            "matrix -f csv",
            [lawtrack, "matrix", "-f", "csv"],
            "sqlite-utils query",
            [sqlite_utils, "query", str(db), MATRIX_SQL, "--csv"],
            2.0,
        ),
        (
            "compare PH AU GB -f csv",
            [lawtrack, "compare", "PH", "AU", "GB", "-f", "csv"],
            "sqlite-utils query",
            [sqlite_utils, "query", str(db), COMPARE_SQL, "--csv"],
            2.0,
        ),
        (
            "data load (nothing changed)",
            [lawtrack, "data", "load"],
            "matrix -f csv",
            [lawtrack, "matrix", "-f", "csv"],
            1.2,
        ),
    ]
    print(f"median of {args.runs} runs, whole processes, {db}")
    print(f"{'what':30} {'seconds':>8} {'yardstick':20} {'seconds':>8} {'ratio':>6} {'target':>7}")
    for name, command, yard_name, yard, target in rows:
        ours = median_seconds(command, env, args.runs)
        theirs = median_seconds(yard, env, args.runs)
        ratio = ours / theirs
        verdict = "ok" if ratio <= target else "OVER"
        print(
            f"{name:30} {ours:8.3f} {yard_name:20} {theirs:8.3f} "
            f"{ratio:6.2f} ≤{target:<4} {verdict}"
        )
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
