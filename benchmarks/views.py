"""Speed of the read views against the leanest yardsticks, paired in one run.

    python benchmarks/views.py [--runs 15] [--lawtrack PATH] [--db-url URL] [--cache DIR]

Each pair times two whole processes answering the same question, one after the other, `--runs`
times (the order swapped every other round, so that a burst of load from elsewhere falls on both
sides), and prints the median of each side and the median of the per-pair ratios:

- `lawtrack --help` against `python -c "import typer"` (the same Python, the same Typer);
- `matrix -f csv`, `compare PH AU GB -f csv`, `show PH -f csv`, `search live -f csv` on SQLite,
  against `sqlite-utils query DB SQL --csv` running the same question as one SQL statement.
  sqlite-utils runs from its own virtualenv, made by this script under --cache with nothing but
  sqlite-utils in it: in the project's test environment it would import numpy (matplotlib
  brings it) and be far slower than for any user, which flatters the ratio;
- with --db-url, or LAWTRACK_TEST_POSTGRES_URL set, the same views on PostgreSQL (in a scratch
  database made and dropped on that server), against `psql -c SQL --csv` plus a Python start
  (`python -c pass`), since any Python tool pays that start.

PYTHONDONTWRITEBYTECODE is removed from the environment of both sides and each command runs
twice before timing, so both run from compiled bytecode as an installed program does.

The "output" column compares what the two sides printed: `same` (byte for byte), or both line
counts. `show` prints four tables (instruments, definitions, criteria, gaps); its SQL gives the
criteria table, the largest, so the yardstick does less work than lawtrack there. Prints
numbers; asserts nothing (the machine may be shared: say what else ran when you quote them).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

YARDSTICK = "sqlite-utils==4.2.1"  # the version of the recorded results (benchmarks/README.md)
Command = list[str]


@dataclass(frozen=True)
class Dialect:
    name: str
    today: str  # the SQL of today's date
    concat: Callable[[str, str], str]  # aggregate `expr` joined by `separator`


SQLITE = Dialect("sqlite", "date('now')", lambda expr, sep: f"group_concat({expr}, '{sep}')")
POSTGRES = Dialect("postgresql", "CURRENT_DATE", lambda expr, sep: f"string_agg({expr}, '{sep}')")


def in_effect(d: Dialect) -> str:
    """An assessment state `s` that describes the law as it stands today."""
    return (
        f"(s.effective_from IS NULL OR s.effective_from <= {d.today}) "
        f"AND (s.effective_to IS NULL OR s.effective_to > {d.today})"
    )


def status_of(column: str, value: str) -> str:
    return f"MAX(CASE WHEN {column} = '{value}' THEN COALESCE(s.status, 'not_assessed') END)"


def matrix_sql(d: Dialect, criteria: Sequence[str]) -> str:
    """Every jurisdiction × every criterion, one status per cell: the CSV of `matrix`."""
    cells = ", ".join(f'{status_of("c.code", code)} AS "{code}"' for code in criteria)
    return (
        f"SELECT j.code AS jurisdiction, j.name AS name, {cells} "
        "FROM jurisdictions j CROSS JOIN criteria c LEFT JOIN assessment_states s "
        f"ON s.jurisdiction_id = j.id AND s.criterion_id = c.id AND {in_effect(d)} "
        "GROUP BY j.id, j.code, j.name ORDER BY j.code"
    )


def compare_sql(d: Dialect, codes: Sequence[str]) -> str:
    """Criteria as rows, the chosen jurisdictions as columns: the CSV of `compare`."""
    cells = ", ".join(f'{status_of("j.code", code)} AS "{code}"' for code in codes)
    listed = ", ".join(f"'{code}'" for code in codes)
    return (
        f"SELECT c.short_id AS id, c.code AS criterion, c.name AS name, {cells} "
        "FROM criteria c CROSS JOIN jurisdictions j LEFT JOIN assessment_states s "
        f"ON s.jurisdiction_id = j.id AND s.criterion_id = c.id AND {in_effect(d)} "
        f"WHERE j.code IN ({listed}) "
        "GROUP BY c.id, c.short_id, c.code, c.name, c.position ORDER BY c.position"
    )


def show_sql(d: Dialect, code: str) -> str:
    """One jurisdiction's criteria with status, evidence, date, citations, note and sources:
    the largest of the four tables of `show`."""
    cited = "i.citation || COALESCE(', ' || ci.pinpoint, '')"
    return (
        "SELECT c.short_id AS id, c.code AS criterion, COALESCE(s.status, 'not_assessed') AS "
        "status, s.evidence AS evidence, s.effective_from AS since, "
        f"(SELECT {d.concat(cited, '; ')} FROM citations ci "
        "JOIN instruments i ON i.id = ci.instrument_id WHERE ci.state_id = s.id) AS citation, "
        f"s.note AS note, (SELECT {d.concat('so.url', ' ')} FROM sources so "
        "WHERE so.state_id = s.id) AS sources "
        f"FROM criteria c JOIN jurisdictions j ON j.code = '{code}' "
        "LEFT JOIN assessment_states s "
        f"ON s.jurisdiction_id = j.id AND s.criterion_id = c.id AND {in_effect(d)} "
        "ORDER BY c.position"
    )


def search_sql(word: str) -> str:
    """The first 20 texts holding a word beginning with `word`, as `search` orders them, with
    200 characters of each (lawtrack cuts a snippet around the match)."""
    order = "e.kind_order, j.code, e.position"
    return (
        f"SELECT row_number() OVER (ORDER BY {order}) AS rank, j.code AS jurisdiction, "
        "e.kind AS kind, e.citation AS citation, e.subject AS subject, "
        "substr(e.text, 1, 200) AS snippet "
        "FROM search_entries e JOIN jurisdictions j ON j.id = e.jurisdiction_id "
        f"WHERE e.search_text LIKE '% {word}%' ORDER BY {order} LIMIT 20"
    )


VIEWS = (  # (name, lawtrack's arguments, the SQL of the same question)
    ("matrix -f csv", ["matrix", "-f", "csv"], matrix_sql),
    (
        "compare PH AU GB -f csv",
        ["compare", "PH", "AU", "GB", "-f", "csv"],
        lambda d, crit: compare_sql(d, ["PH", "AU", "GB"]),
    ),
    ("show PH -f csv", ["show", "PH", "-f", "csv"], lambda d, crit: show_sql(d, "PH")),
    ("search live -f csv", ["search", "live", "-f", "csv"], lambda d, crit: search_sql("live")),
)


# --- running and timing -----------------------------------------------------------------------


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of every timed process: no PYTHONDONTWRITEBYTECODE (bytecode is written
    once and read after, as for any installed program), no data directory override."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("LAWTRACK_DATA_DIR", None)
    return {**env, **extra}


def run_once(command: Command, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def run_side(commands: Sequence[Command], env: dict[str, str]) -> tuple[float, float]:
    """One side of a pair: its commands one after the other, times added."""
    wall = cpu = 0.0
    for command in commands:
        w, c = run_once(command, env)
        wall, cpu = wall + w, cpu + c
    return wall, cpu


@dataclass
class Pair:
    name: str
    ours: Command
    yard_name: str
    yard: list[Command]  # several commands are timed as one (psql + a Python start)
    target: float
    env: dict[str, str]
    output: str = ""
    samples: list[tuple[float, float, float, float]] | None = None  # wall, cpu of each side


def measure(pairs: Sequence[Pair], runs: int) -> None:
    """Warm both sides twice, then `runs` rounds over every pair, the sides swapped each round."""
    for pair in pairs:
        for _ in range(2):
            run_side([pair.ours], pair.env)
            run_side(pair.yard, pair.env)
        pair.samples = []
    for round_ in range(runs):
        for pair in pairs:
            if round_ % 2:
                theirs = run_side(pair.yard, pair.env)
                ours = run_side([pair.ours], pair.env)
            else:
                ours = run_side([pair.ours], pair.env)
                theirs = run_side(pair.yard, pair.env)
            assert pair.samples is not None
            pair.samples.append((*ours, *theirs))


def compare_outputs(ours: Command, yard: Command, env: dict[str, str]) -> str:
    a = subprocess.run(ours, env=env, capture_output=True, check=True).stdout
    b = subprocess.run(yard, env=env, capture_output=True, check=True).stdout
    if a.replace(b"\r\n", b"\n") == b.replace(b"\r\n", b"\n"):
        return "same"
    lines = a.count(b"\n"), b.count(b"\n")
    return f"{lines[0]} vs {lines[1]} lines"


def report(pairs: Sequence[Pair]) -> None:
    """A Markdown table (benchmarks/README.md keeps the last one)."""
    print("| lawtrack | s | yardstick | s | ratio | pairs | CPU ratio | target | output |")
    print("|---|--:|---|--:|--:|--:|--:|--:|---|")
    for pair in pairs:
        assert pair.samples
        ours = statistics.median(s[0] for s in pair.samples)
        theirs = statistics.median(s[2] for s in pair.samples)
        ratios = sorted(s[0] / s[2] for s in pair.samples)
        cpu = statistics.median(s[1] / s[3] for s in pair.samples)
        ratio = statistics.median(ratios)
        verdict = "" if ratio <= pair.target else " **over**"
        print(
            f"| `{pair.name}` | {ours:.3f} | {pair.yard_name} | {theirs:.3f} | "
            f"{ratio:.2f}{verdict} | {ratios[0]:.2f}–{ratios[-1]:.2f} | {cpu:.2f} | "
            f"≤ {pair.target} | {pair.output} |"
        )


# --- the yardsticks ---------------------------------------------------------------------------


def yardstick_venv(cache: Path, python: str) -> Path:
    """A virtualenv holding only sqlite-utils, made once under `cache` from lawtrack's Python."""
    version = subprocess.run(
        [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    venv = cache / f"{YARDSTICK.replace('==', '-')}-py{version}"
    tool = venv / "bin" / "sqlite-utils"
    if not tool.exists():
        print(f"making the yardstick's virtualenv: {venv}", file=sys.stderr)
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", YARDSTICK], check=True
        )
    return venv


def python_of(script: str) -> str:
    """The interpreter a console script runs with (its #! line)."""
    first = Path(script).read_text(encoding="utf-8", errors="replace").splitlines()[0]
    return first[2:].strip() if first.startswith("#!") else sys.executable


def libpq_url(url: str, database: str | None = None) -> str:
    """A SQLAlchemy PostgreSQL URL as psql takes it, optionally naming another database."""
    parts = urlsplit(url.replace("postgresql+psycopg://", "postgresql://", 1))
    path = f"/{database}" if database else parts.path
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def psql(url: str, sql: str, *, csv: bool = True) -> Command:
    return ["psql", "-X", "-q", url, *(["--csv"] if csv else ["-At"]), "-c", sql]


def sqlite_pairs(lawtrack: str, python: str, venv: Path, work: Path) -> list[Pair]:
    """--help, then each view on SQLite (the shipped data loaded into a new file)."""
    db = work / "bench.sqlite3"
    env = clean_env(LAWTRACK_DATABASE_URL=f"sqlite:///{db}")
    subprocess.run([lawtrack, "data", "load"], env=env, capture_output=True, check=True)
    with sqlite3.connect(db) as connection:
        criteria = [c for (c,) in connection.execute("SELECT code FROM criteria ORDER BY position")]
    typer = [[python, "-c", "import typer"]]
    pairs = [Pair("--help", [lawtrack, "--help"], "`python -c 'import typer'`", typer, 1.3, env)]
    tool = str(venv / "bin" / "sqlite-utils")
    for name, argv, sql in VIEWS:
        yard = [tool, "query", str(db), sql(SQLITE, criteria), "--csv"]
        pair = Pair(name, [lawtrack, *argv], "`sqlite-utils query … --csv`", [yard], 1.0, env)
        pair.output = compare_outputs(pair.ours, yard, env)
        pairs.append(pair)
    return pairs


def postgres_pairs(lawtrack: str, venv: Path, server: str, database: str) -> list[Pair]:
    """Each view on PostgreSQL, in `database` (made by the caller) on `server`."""
    env = clean_env(LAWTRACK_DATABASE_URL=server.rsplit("/", 1)[0] + f"/{database}")
    subprocess.run([lawtrack, "data", "load"], env=env, capture_output=True, check=True)
    url = libpq_url(server, database)
    criteria = subprocess.run(
        psql(url, "SELECT code FROM criteria ORDER BY position", csv=False),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    start = [str(venv / "bin" / "python"), "-c", "pass"]
    pairs = []
    for name, argv, sql in VIEWS:
        yard = psql(url, sql(POSTGRES, criteria))
        yard_name = "`psql -c … --csv` + `python -c pass`"
        pair = Pair(f"{name} (pg)", [lawtrack, *argv], yard_name, [yard, start], 1.2, env)
        pair.output = compare_outputs(pair.ours, yard, env)
        pairs.append(pair)
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed rounds (default 15)")
    parser.add_argument("--lawtrack", default=shutil.which("lawtrack"), help="the program")
    parser.add_argument(
        "--db-url",
        default=os.environ.get("LAWTRACK_TEST_POSTGRES_URL"),
        help="a PostgreSQL server (SQLAlchemy URL): adds the PostgreSQL rows",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "lawtrack-bench",
        help="where the yardstick's virtualenv is kept",
    )
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    args = parser.parse_args()
    if not args.lawtrack:
        sys.exit("lawtrack is not installed (or give --lawtrack)")
    lawtrack = str(Path(args.lawtrack).resolve())
    python = python_of(lawtrack)
    venv = yardstick_venv(args.cache, python)
    work = Path(tempfile.mkdtemp(prefix="lawtrack-bench-"))
    server = None if args.no_postgres else args.db_url
    scratch = f"lawtrack_bench_{os.getpid()}"
    try:
        pairs = sqlite_pairs(lawtrack, python, venv, work)
        if server:
            subprocess.run(psql(libpq_url(server), f"CREATE DATABASE {scratch}"), check=True)
            pairs += postgres_pairs(lawtrack, venv, server, scratch)
        print(describe(lawtrack, python, venv, args.runs))
        measure(pairs, args.runs)
        report(pairs)
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    finally:
        if server:
            drop = f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)"
            subprocess.run(psql(libpq_url(server), drop), capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return " ".join(line.split(":", 1)[1].split())
    except OSError:
        pass
    return platform.machine()


def psql_version() -> str:
    found = shutil.which("psql")
    if not found:
        return "no psql"
    return subprocess.run([found, "--version"], capture_output=True, text=True).stdout.strip()


def describe(lawtrack: str, python: str, venv: Path, runs: int) -> str:
    versions = subprocess.run(
        [
            python,
            "-c",
            "import importlib.metadata as m, platform; print(platform.python_version(),"
            " *(f'{p} {m.version(p)}' for p in ('lawtrack', 'typer', 'sqlalchemy')), sep=', ')",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    yard = subprocess.run(
        [str(venv / "bin" / "sqlite-utils"), "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return (
        f"{time.strftime('%Y-%m-%d %H:%M')}, {cpu_model()}, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.1f}; Python {versions}; {yard}; {psql_version()}\n"
        f"{lawtrack}\n{runs} rounds, whole processes, seconds are medians of each side, ratio "
        "is the median of the per-pair ratios (pairs: their range), cpu the median ratio of CPU "
        "time; PYTHONDONTWRITEBYTECODE unset for both sides"
    )


if __name__ == "__main__":
    main()
