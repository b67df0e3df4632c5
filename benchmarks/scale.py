"""Scale benchmark (quality.md): synthetic data at N jurisdictions, whole processes, printed.

    python benchmarks/scale.py [--sizes 200 2000] [--runs 3] [--db-url URL]

For each size: writes synthetic files (benchmarks/generate.py), then measures a cold
`data load`, a `data load` with nothing changed, `matrix -f csv` and `search`, each as a whole
process (median of the runs), with the peak memory of the process. Ends with the growth ratios
between the smallest and largest size. With --db-url (or LAWTRACK_DATABASE_URL set to a
PostgreSQL URL) the same runs go against that server; its tables are dropped before each size.
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = {"cold load": 10.0, "matrix -f csv": 2.0, "search (query only)": 0.2}


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak MB) of one whole process."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "dt = time.perf_counter() - t\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(dt, peak, r.returncode)\n"
        "sys.exit(r.returncode and 1)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, *command], env=env, capture_output=True, text=True
    )
    if out.returncode:
        raise SystemExit(f"failed: {' '.join(command)}\n{out.stdout}{out.stderr}")
    seconds, peak, _ = out.stdout.split()
    return float(seconds), float(peak)


def query_seconds(env: dict[str, str]) -> float:
    """The search query itself, in a warm process (median of 5), without start-up and imports."""
    code = (
        "import os, statistics, time\n"
        "from lawtrack.store import open_store\n"
        "from lawtrack.queries.search import search_table\n"
        "from pathlib import Path\n"
        "env = os.environ\n"
        "store = open_store(env['LAWTRACK_DATABASE_URL'], Path(env['LAWTRACK_DATA_DIR']))\n"
        "times = []\n"
        "with store.reader() as session:\n"
        "    for _ in range(6):\n"
        "        t = time.perf_counter()\n"
        "        search_table(session, 'live streaming')\n"
        "        times.append(time.perf_counter() - t)\n"
        "print(statistics.median(times[1:]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def reset(url: str, lawtrack: str, env: dict[str, str]) -> None:
    if url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    else:
        subprocess.run(
            [lawtrack, "db", "downgrade", "base"], env=env, capture_output=True, check=True
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db-url", default=None)
    args = parser.parse_args()
    lawtrack = shutil.which("lawtrack") or sys.exit("lawtrack is not installed")
    work = Path(tempfile.mkdtemp(prefix="lawtrack-scale-"))
    url = args.db_url or os.environ.get("LAWTRACK_DATABASE_URL", "")
    if not url.startswith("postgresql"):
        url = f"sqlite:///{work / 'scale.sqlite3'}"
    env = {**os.environ, "LAWTRACK_DATABASE_URL": url}
    print(f"database: {url.split('@')[-1]}; {args.runs} runs each, median; whole processes")
    print(f"{'jurisdictions':>13} {'what':24} {'seconds':>8} {'peak MB':>8} {'target':>8}")
    results: dict[tuple[int, str], float] = {}
    for size in args.sizes:
        data = work / f"data-{size}"
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(data), "--jurisdictions", str(size)],
            check=True,
            capture_output=True,
        )
        env["LAWTRACK_DATA_DIR"] = str(data)
        cold = []
        for _ in range(args.runs):
            reset(url, lawtrack, env)
            cold.append(timed([lawtrack, "data", "load"], env))
        rows = [("cold load", cold)]
        for name, command in (
            ("load, nothing changed", [lawtrack, "data", "load"]),
            ("matrix -f csv", [lawtrack, "matrix", "-f", "csv"]),
            ("search", [lawtrack, "search", "live", "streaming", "-f", "csv"]),
        ):
            rows.append((name, [timed(command, env) for _ in range(args.runs)]))
        rows.append(("search (query only)", [(query_seconds(env), 0.0)]))
        for name, samples in rows:
            seconds = statistics.median(s for s, _ in samples)
            peak = max(p for _, p in samples)
            results[(size, name)] = seconds
            target = f"≤{TARGETS[name]}s" if name in TARGETS and size >= 2000 else ""
            print(f"{size:>13} {name:24} {seconds:8.2f} {peak:8.0f} {target:>8}")
    if len(args.sizes) > 1:
        small, large = min(args.sizes), max(args.sizes)
        print(f"growth {small} -> {large} jurisdictions ({large / small:.0f}x the data):")
        for name in ("cold load", "load, nothing changed", "matrix -f csv", "search (query only)"):
            print(f"  {name:24} {results[(large, name)] / results[(small, name)]:6.1f}x the time")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
