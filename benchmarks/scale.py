"""Scale benchmark: synthetic data at N jurisdictions, whole processes, time and peak memory.

    python benchmarks/scale.py [--sizes 200 2000] [--runs 3] [--lawtrack PATH] [--db-url URL]

For each size, writes synthetic files (benchmarks/generate.py), then measures as whole processes
(median seconds of the runs, the highest peak resident memory of any run):

- `cold load`: `data load` into an empty database (the database is removed before each run);
- `one file changed`: `data load` after one jurisdiction's file changed (an assessment note
  edited, a different edit each run), what a maintainer waits for after each edit;
- `nothing changed`: `data load` with every file as loaded;
- `matrix -f csv` and `search live streaming -f csv` on that data.

Ends with the growth between the smallest and the largest size, of time and of memory. With
--db-url (a PostgreSQL server, SQLAlchemy URL) the runs go to a scratch database made on that
server and dropped at the end. PYTHONDONTWRITEBYTECODE is removed from the environment, so the
program runs from bytecode as an installed one does. Prints numbers; asserts nothing.
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
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
# Issue 14's bar at 2,000 jurisdictions: seconds, MB.
TARGETS = {"cold load": (10.0, 500), "one file changed": (1.5, 150), "matrix -f csv": (0.5, None)}
GROWTH = 12.0  # 10x the data may take at most 12x the time

WRAPPER = (  # runs a command; prints its wall seconds and the peak RSS of the process, in MiB
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "dt = time.perf_counter() - t\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
    "print(dt, peak)\n"
    "sys.stderr.buffer.write(r.stderr)\n"
    "sys.exit(r.returncode and 1)\n"
)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak MiB) of one whole process."""
    out = subprocess.run(
        [sys.executable, "-c", WRAPPER, *command], env=env, capture_output=True, text=True
    )
    if out.returncode:
        raise SystemExit(f"failed: {' '.join(command)}\n{out.stderr}")
    seconds, peak = out.stdout.split()
    return float(seconds), float(peak)


def edit_one_file(data: Path, run: int) -> Path:
    """Change the first assessment note of one jurisdiction (the middle file, by name)."""
    files = sorted((data / "jurisdictions").glob("*.yaml"))
    path = files[len(files) // 2]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for n, line in enumerate(lines):
        if line.lstrip().startswith("note: "):
            lines[n] = line.rstrip("\n").split(" Edited ")[0] + f" Edited {run}.\n"
            break
    path.write_text("".join(lines), encoding="utf-8")
    return path


def libpq_url(url: str, database: str | None = None) -> str:
    parts = urlsplit(url.replace("postgresql+psycopg://", "postgresql://", 1))
    path = f"/{database}" if database else parts.path
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def psql(url: str, sql: str) -> None:
    subprocess.run(["psql", "-X", "-q", url, "-c", sql], check=True, capture_output=True)


def reset(url: str, lawtrack: str, env: dict[str, str]) -> None:
    if url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    else:
        subprocess.run(
            [lawtrack, "db", "downgrade", "base"], env=env, capture_output=True, check=True
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lawtrack", default=shutil.which("lawtrack"), help="the program")
    parser.add_argument("--db-url", default=None, help="a PostgreSQL server (SQLAlchemy URL)")
    args = parser.parse_args()
    if not args.lawtrack:
        sys.exit("lawtrack is not installed (or give --lawtrack)")
    lawtrack = str(Path(args.lawtrack).resolve())
    work = Path(tempfile.mkdtemp(prefix="lawtrack-scale-"))
    scratch = None
    if args.db_url:
        scratch = f"lawtrack_scale_{os.getpid()}"
        psql(libpq_url(args.db_url), f"CREATE DATABASE {scratch}")
        url = args.db_url.rsplit("/", 1)[0] + f"/{scratch}"
    else:
        url = f"sqlite:///{work / 'scale.sqlite3'}"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["LAWTRACK_DATABASE_URL"] = url
    print(f"{lawtrack}; database: {url.split('@')[-1]}; median of {args.runs} runs, peak of any")
    print(f"{'jurisdictions':>13} {'what':20} {'seconds':>8} {'peak MiB':>9} {'target':>14}")
    results: dict[tuple[int, str], tuple[float, float]] = {}
    try:
        for size in args.sizes:
            data = work / f"data-{size}"
            subprocess.run(
                [
                    sys.executable,
                    str(HERE / "generate.py"),
                    str(data),
                    "--jurisdictions",
                    str(size),
                ],
                check=True,
                capture_output=True,
            )
            env["LAWTRACK_DATA_DIR"] = str(data)
            samples: dict[str, list[tuple[float, float]]] = {"cold load": []}
            for _ in range(args.runs):
                reset(url, lawtrack, env)
                samples["cold load"].append(timed([lawtrack, "data", "load"], env))
            samples["one file changed"] = []
            for run in range(args.runs):
                edit_one_file(data, run)
                samples["one file changed"].append(timed([lawtrack, "data", "load"], env))
            for name, command in (
                ("nothing changed", [lawtrack, "data", "load"]),
                ("matrix -f csv", [lawtrack, "matrix", "-f", "csv"]),
                ("search -f csv", [lawtrack, "search", "live", "streaming", "-f", "csv"]),
            ):
                timed(command, env)  # bytecode written, caches warm
                samples[name] = [timed(command, env) for _ in range(args.runs)]
            for name, runs in samples.items():
                seconds = statistics.median(s for s, _ in runs)
                peak = max(p for _, p in runs)
                results[(size, name)] = (seconds, peak)
                bar = TARGETS.get(name) if size >= 2000 else None
                target = ""
                if bar:
                    target = f"≤{bar[0]}s" + (f" ≤{bar[1]}MB" if bar[1] else "")
                print(f"{size:>13} {name:20} {seconds:8.2f} {peak:9.0f} {target:>14}")
        if len(args.sizes) > 1:
            small, large = min(args.sizes), max(args.sizes)
            print(
                f"growth {small} -> {large} jurisdictions ({large / small:.0f}x the data; "
                f"bar: ≤{GROWTH:.0f}x the time at 10x):"
            )
            for name in samples:
                (s0, m0), (s1, m1) = results[(small, name)], results[(large, name)]
                print(f"  {name:20} {s1 / s0:6.1f}x the time {m1 / m0:6.1f}x the memory")
    finally:
        if scratch and args.db_url:
            psql(libpq_url(args.db_url), f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
