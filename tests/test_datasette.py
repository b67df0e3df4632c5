"""`lawtrack export datasette -o DIR`, tested with datasette itself as the client: every table
and column described, labels in place of ids, the facets, and every canned query answering
with the rows of the lawtrack view it stands for, on SQLite and from PostgreSQL."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from typer.testing import CliRunner

from lawtrack import models as m
from lawtrack.spreadsheet import restore
from lawtrack.status import CODES, EVIDENCE, gap_kind
from tests.cli import invoke, run

datasette_app = pytest.importorskip("datasette.app", reason="datasette is in the test extra")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# More than the fixture holds: five cites of one state (the same instrument again, one without
# a pinpoint, another jurisdiction's), two sources, a counterpoint, a `no`, a cell whose law
# changed and is not yet re-coded, and incomplete evidence. Appended to the fixture's PH file.
RICHER_PH = """\
  viewing_access_offence:
    - status: no
      evidence: complete
      from: 2022-08-15
      cite: [act-2 s. 4(c), act-2 s. 5, act-2, 'AU:code-1995 s. 474.22', act-2 s. 6]
      note: Viewing without a download is not named.
      sources: [https://example.org/act-2, https://example.org/viewing]
      counterpoint:
        text: Access is read as possession.
        sources: [https://example.org/counter-1, https://example.org/counter-2]
        untested: true
    - status: unclear
      evidence: incomplete
      from: 2009-12-01
      cite: [act-1 s. 4]
      note: The Act may reach viewing; s. 5 was not read.
      sources: [https://example.org/act-1]
  consent_irrelevant:
    - status: partial
      evidence: incomplete
      from: 2022-08-15
      cite: [act-2 s. 3(c)]
      note: Consent is irrelevant for children only; the adult provisions were not read.
      sources: [https://example.org/act-2]
  victim_assistance:
    - status: not_assessed
      from: 2022-08-15
      note: The new Act's assistance provisions were not read.
    - status: no
      evidence: complete
      from: 2009-12-01
      cite: [act-1 s. 9]
      note: No assistance was provided for.
      sources: [https://example.org/act-1]
      counterpoint:
        text: 'None found: searched the Act and its rules.'
"""

# Before any state; the old PH law; the day the new Act took effect; now. "" is today.
DATES = ("2008-01-01", "2012-06-30", "2022-08-15", "2026-01-01", "")


@pytest.fixture(autouse=True)
def richer(data_dir: Path) -> Path:
    ph = data_dir / "jurisdictions" / "ph.yaml"
    ph.write_text(ph.read_text(encoding="utf-8") + RICHER_PH, encoding="utf-8")
    return data_dir


class Site:
    """A datasette instance over DIR/lawtrack.db with DIR/metadata.json, as the README runs it."""

    def __init__(self, directory: Path) -> None:
        self.metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
        self.ds = datasette_app.Datasette([str(directory / "lawtrack.db")], metadata=self.metadata)

    def get(self, path: str) -> Any:
        return asyncio.run(self.ds.client.get(path))

    def json(self, path: str) -> Any:
        response = self.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        return response.json()

    def query(self, name: str, **params: str) -> list[dict[str, Any]]:
        found = self.json(f"/lawtrack/{name}.json?_shape=objects&{urlencode(params)}")
        assert found.get("ok", True) and not found["truncated"], found.get("error")
        assert not found.get("next"), "more rows than one page"
        rows: list[dict[str, Any]] = found["rows"]
        return rows

    def rows(self, name: str, *columns: str, **params: str) -> list[tuple[str, ...]]:
        """A canned query's rows, these columns, as CSV would write them."""
        return [tuple(_text(row[c]) for c in columns) for row in self.query(name, **params)]


def _text(value: object) -> str:
    return "" if value is None else str(value)


def export_site(runner: CliRunner, directory: Path, *db: str) -> Site:
    out = run(runner, *db, "export", "datasette", "-o", str(directory))
    assert out == f"wrote {directory / 'lawtrack.db'} and {directory / 'metadata.json'}\n"
    return Site(directory)


@pytest.fixture
def site(runner: CliRunner, tmp_path: Path) -> Site:
    return export_site(runner, tmp_path / "site")


def csv_rows(text: str) -> list[dict[str, str]]:
    """The first table of a CSV view (a view of several tables separates them by a blank
    line), with the formula guard undone, as datasette holds the text."""
    first = text.split("\n\n")[0] if "\n\n" in text else text
    first = first.split("\r\n\r\n")[0]
    return [
        {key: restore(value) for key, value in row.items()}
        for row in csv.DictReader(io.StringIO(first, newline=""))
    ]


def cli_csv(runner: CliRunner, *args: str, as_of: str | None = None) -> list[dict[str, str]]:
    dated = ("--as-of", as_of) if as_of else ()
    return csv_rows(run(runner, *args, "-f", "csv", *dated))


# -- what datasette shows -----------------------------------------------------------------------


def test_every_table_view_and_column_has_a_description(site: Site) -> None:
    listing = site.json("/lawtrack.json")
    names = [t["name"] for t in listing["tables"]] + [v["name"] for v in listing["views"]]
    assert {"assessments", "state_citations", "criterion_calls", "alembic_version"} <= set(names)
    assert set(m.Base.metadata.tables) <= set(names)
    for name in names:
        about = site.ds.table_metadata("lawtrack", name)
        columns = site.json(f"/lawtrack/{name}.json?_size=0")["columns"]
        assert about.get("description"), f"{name} has no description"
        described = about.get("columns", {})
        for column in columns:
            assert described.get(column), f"{name}.{column} has no description"
        assert set(described) <= set(columns), f"{name}: descriptions of no column"


def test_the_table_page_shows_the_descriptions(site: Site) -> None:
    page = site.get("/lawtrack/assessment_states").text
    assert "One criterion&#39;s status in one jurisdiction" in page
    assert '<dl class="column-descriptions">' in page
    status = "How far the law meets the criterion while this state holds."
    assert f"<dt>status</dt><dd>{status}</dd>" in page
    top = site.get("/").text
    assert (
        "legislation on cybersex trafficking" in top and "Creative Commons Attribution 4.0" in top
    )


def test_the_metadata_says_what_is_true(site: Site) -> None:
    meta = site.metadata
    assert meta["license"] == "Creative Commons Attribution 4.0"  # as README and the data package
    assert meta["license_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert "3 jurisdiction(s), measured against 25 criteria" in meta["description"]
    assert "lawtrack data files" in meta["source"]


def test_foreign_keys_show_the_name_of_the_row(site: Site) -> None:
    labels = site.metadata["databases"]["lawtrack"]["tables"]
    for table in m.Base.metadata.sorted_tables:
        links = {
            fk.parent.name: fk.column.table.name
            for fk in table.foreign_keys
            if "label_column" in labels[fk.column.table.name]
        }
        if not links:
            continue
        rows = site.query(table.name, _labels="on", _size="max")
        for column, target in links.items():
            label = labels[target]["label_column"]
            names = {r["id"]: r[label] for r in site.query(target, _size="max")}
            for row in rows:
                cell = row[column]
                if cell is None:
                    continue
                assert cell == {"value": cell["value"], "label": names[cell["value"]]}, (
                    table.name,
                    column,
                )
    state = site.query("assessment_states", _labels="on", _size="1", id="1")[0]
    assert state["jurisdiction_id"]["label"] == "Australia"
    assert state["criterion_id"]["label"] == "Organising/profiting from live streams"
    cited = site.query("citations", _labels="on", _size="1", id="1")[0]
    assert cited["instrument_id"]["label"] == "Example Code 1995"


def test_facets_are_configured_and_work(site: Site) -> None:
    facets = site.json("/lawtrack/assessments.json")["facet_results"]
    assert set(facets) >= {"jurisdiction", "region", "criterion", "status"}
    statuses = {item["value"]: item["count"] for item in facets["status"]["results"]}
    assert statuses == {"yes": 3, "no": 2, "unclear": 2, "partial": 2, "not_assessed": 2}
    regions = {item["value"] for item in facets["region"]["results"]}
    assert regions == {"Australia and New Zealand", "South-eastern Asia"}
    by_id = site.json("/lawtrack/assessment_states.json")["facet_results"]
    assert {item["label"] for item in by_id["jurisdiction_id"]["results"]} == {
        "Australia",
        "New South Wales",
        "Philippines",
    }
    assert "region" in site.json("/lawtrack/jurisdictions.json")["facet_results"]


def test_every_canned_query_is_listed_with_its_parameters(site: Site) -> None:
    queries = {q["name"]: q for q in site.json("/lawtrack.json")["queries"]}
    assert list(queries) == ["matrix", "criterion", "victims", "gaps", "changes"]
    form = site.get("/lawtrack/changes").text
    for param in ("from", "to", "jurisdictions", "amended_only", "restated"):
        assert f'name="{param}"' in form
    for name, query in queries.items():
        assert query["title"] and query["description"], name


# -- every canned query answers as its lawtrack view ---------------------------------------------


def check_matrix(site: Site, runner: CliRunner) -> None:
    for as_of in DATES:
        for narrow, params in (
            ((), {}),
            (("--region", "South-eastern Asia"), {"region": "south-eastern asia"}),
            (("--category", "D"), {"category": "d"}),
        ):
            plain = cli_csv(runner, "matrix", *narrow, as_of=as_of)
            cited = cli_csv(runner, "matrix", "--cite", *narrow, as_of=as_of)
            criteria = [k for k in plain[0] if k not in ("jurisdiction", "name")]
            expected = [
                (row["jurisdiction"], row["name"], code, row[code], cite[f"{code}_evidence"])
                for row, cite in zip(plain, cited, strict=True)
                for code in criteria
            ]
            got = site.rows(
                "matrix",
                "jurisdiction",
                "name",
                "criterion",
                "status",
                "evidence",
                **{"as_of": as_of, "region": "", "category": "", **params},
            )
            assert got == expected, (as_of, narrow)


def check_criterion(site: Site, runner: CliRunner) -> None:
    for as_of in DATES:
        compared = cli_csv(runner, "compare", "--all", "--cite", as_of=as_of)
        places = [
            k
            for k in compared[0]
            if k not in ("id", "criterion", "name")
            and not k.endswith(("_evidence", "_citation", "_sources"))
        ]
        for row in compared:
            expected = [
                (
                    code,
                    row["id"],
                    row["name"],
                    row[code],
                    row[f"{code}_evidence"],
                    row[f"{code}_citation"],
                    row[f"{code}_sources"],
                )
                for code in places
            ]
            columns = ("jurisdiction", "id", "criterion_name", "status", "evidence")
            columns += ("citation", "sources")
            for asked in (row["id"], row["criterion"]):
                got = site.rows("criterion", *columns, criterion=asked, as_of=as_of, region="")
                assert got == expected, (as_of, asked)
    single = cli_csv(runner, "compare", "--all", "-c", "B2", "--cite", as_of="2026-01-01")
    assert len(single) == 1 and single[0]["PH_citation"].count(";") == 4


def check_victims(site: Site, runner: CliRunner) -> None:
    for as_of in DATES:
        for codes in ((), ("AU", "PH")):
            rows = cli_csv(runner, "victims", *codes, as_of=as_of)
            columns = list(rows[0])
            assert columns == [
                *("jurisdiction", "id", "criterion", "status", "evidence"),
                *("citation", "sources", "note"),
            ]
            expected = [tuple(row.values()) for row in rows]
            got = site.rows("victims", *columns, as_of=as_of, jurisdictions=", ".join(codes))
            assert got == expected, (as_of, codes)


def check_gaps(site: Site, runner: CliRunner) -> None:
    for as_of in DATES:
        for codes in ((), ("PH",)):
            rows = cli_csv(runner, "gaps", *codes, as_of=as_of)
            columns = list(rows[0])
            expected = [tuple(row.values()) for row in rows]
            params = {"as_of": as_of, "jurisdictions": " ".join(codes)}
            assert site.rows("gaps", *columns, gap="", **params) == expected, (as_of, codes)
            for kind in ("legislative", "unconfirmed", "ambiguity", "research"):
                one_kind = [row for row in expected if row[1] == kind]
                assert site.rows("gaps", *columns, gap=kind, **params) == one_kind


def check_changes(site: Site, runner: CliRunner) -> None:
    for since in ("2008-01-01", "2012-06-30", "2022-08-14", "2022-08-15"):
        for until in ("", "2022-08-15", "2026-01-01"):
            if until and until < since:
                continue
            for flags in ((), ("--amended-only",), ("--restated",), ("PH",)):
                dated = ("--to", until) if until else ()
                rows = cli_csv(runner, "diff", "--from", since, *dated, *flags)
                params = {
                    "from": since,
                    "to": until,
                    "jurisdictions": "PH" if "PH" in flags else "",
                    "amended_only": "yes" if "--amended-only" in flags else "",
                    "restated": "yes" if "--restated" in flags else "",
                }
                columns = [
                    "jurisdiction",
                    "id",
                    "criterion",
                    "from_status",
                    "to_status",
                    "change",
                    "changed",
                    "citation",
                    "note",
                ]
                expected = [tuple(row[c] for c in columns) for row in rows]
                assert site.rows("changes", *columns, **params) == expected, (since, until, flags)
    kinds = {row["change"] for row in site.query("changes", **{"from": "2008-01-01"})}
    assert kinds == {"first coded"}
    kinds = {row["change"] for row in site.query("changes", **{"from": "2012-06-30"})}
    assert kinds == {"amended", "first coded", "not re-coded"}


def check_assessments_view(site: Site, runner: CliRunner) -> None:
    exported = cli_csv(runner, "export", "assessments")
    renamed = {"citations": "cites", "citation_text": "citation"}
    expected = [tuple(row.values()) for row in exported]
    columns = [renamed.get(key, key) for key in exported[0]]
    found = site.query("assessments", _size="max")
    assert [tuple(_text(row[c]) for c in columns) for row in found] == expected


def test_every_canned_query_answers_as_the_lawtrack_view(
    runner: CliRunner, tmp_path: Path, database_url: str
) -> None:
    site = export_site(runner, tmp_path / "site")
    check_matrix(site, runner)
    check_criterion(site, runner)
    check_victims(site, runner)
    check_gaps(site, runner)
    check_changes(site, runner)
    check_assessments_view(site, runner)


def test_a_copy_from_postgresql_holds_what_a_copy_from_sqlite_holds(
    runner: CliRunner, tmp_path: Path, database_url: str
) -> None:
    export_site(runner, tmp_path / "from-source")
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    export_site(runner, tmp_path / "from-sqlite", "--db", other)

    def dump(directory: Path) -> dict[str, list[tuple[Any, ...]]]:
        with sqlite3.connect(directory / "lawtrack.db") as copy:
            tables: dict[str, list[tuple[Any, ...]]] = {}
            for table in [*m.Base.metadata.sorted_tables, "alembic_version"]:
                name = str(table)
                columns = [
                    c
                    for (_, c, *_) in copy.execute(f"PRAGMA table_info({name})")
                    if c != "loaded_at"
                ]
                tables[name] = copy.execute(
                    f"SELECT {', '.join(sorted(columns))} FROM {name} ORDER BY 1"
                ).fetchall()
            return tables

    source, sqlite = dump(tmp_path / "from-source"), dump(tmp_path / "from-sqlite")
    assert source == sqlite
    assert source["alembic_version"] and source["assessment_states"]


# -- the SQL against the Python it stands for ---------------------------------------------------


def test_the_gap_sql_is_status_gap_kind() -> None:
    from lawtrack.publish.canned import gap_order_sql, gap_sql

    with sqlite3.connect(":memory:") as db:
        for status in CODES:
            for evidence in (None, *EVIDENCE):
                (found,) = db.execute(
                    f"SELECT {gap_sql(':s', ':e')}", {"s": status, "e": evidence}
                ).fetchone()
                assert found == gap_kind(status, evidence), (status, evidence)
        from lawtrack.status import GAP_ORDER

        for n, kind in enumerate(GAP_ORDER):
            assert db.execute(f"SELECT {gap_order_sql(':g')}", {"g": kind}).fetchone() == (n,)


def test_the_descriptions_cannot_drift_from_the_code(tmp_path: Path, site: Site) -> None:
    from lawtrack.publish import describe
    from lawtrack.publish.canned import VIEWS

    contract = describe.contract_columns()
    tables = m.Base.metadata.tables
    for key in describe.OTHER_COLUMNS:
        table, column = key.split(".")
        if table == describe.ALEMBIC:
            continue
        assert column in tables[table].c, f"OTHER_COLUMNS names no column: {key}"
        assert key not in contract, f"{key}: the data contract describes it; drop OTHER_COLUMNS'"
    for name in describe.OTHER_TABLES:
        if name == describe.ALEMBIC:
            continue
        model = next(mp.class_ for mp in m.Base.registry.mappers if mp.local_table.name == name)
        assert not model.__doc__, f"{name}: models.py has a docstring; drop OTHER_TABLES'"
    with sqlite3.connect(tmp_path / "site" / "lawtrack.db") as copy:
        for view in VIEWS:
            actual = [row[1] for row in copy.execute(f"PRAGMA table_info({view.name})")]
            assert actual == [c.name for c in view.columns], view.name
            for column in view.columns:
                assert bool(column.like) != bool(column.about), (view.name, column.name)


# -- the output rules ---------------------------------------------------------------------------


def test_the_site_follows_the_output_rules(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "site"
    a_file = tmp_path / "file"
    a_file.write_text("not a directory\n", encoding="utf-8")
    for args, message in (
        ((), "error: a datasette site is a directory: give -o DIR\n"),
        (
            ("-o", str(a_file)),
            f"error: cannot write into {a_file}: it is a file, not a directory\n",
        ),
        (
            ("-o", str(tmp_path / "no" / "site")),
            f"error: cannot create {tmp_path / 'no' / 'site'}: the directory "
            f"{tmp_path / 'no'} does not exist\n",
        ),
        (
            ("-o", str(target), "--as-of", "2020-01-01"),
            "error: export datasette copies every date: drop --as-of (its queries take one)\n",
        ),
    ):
        code, _, err = invoke(runner, "export", "datasette", *args)
        assert (code, err.splitlines()[-1] + "\n") == (2, message)
    assert not target.exists()

    export_site(runner, target)
    first = (target / "lawtrack.db").stat().st_ino
    (target / "lawtrack.db").chmod(0o640)
    export_site(runner, target)  # again, into the same directory: both files replaced whole
    assert (target / "lawtrack.db").stat().st_ino != first
    assert (target / "lawtrack.db").stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in target.iterdir()) == ["lawtrack.db", "metadata.json"]
    with sqlite3.connect(target / "lawtrack.db") as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)

    own = tmp_path / "lawtrack.sqlite3"  # the tests' database (conftest)
    with sqlite3.connect(own) as db:  # the helpers were made in the copy only
        names = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    assert not names & {"assessments", "state_citations", "criterion_calls"}
    assert {"assessment_states", "alembic_version"} <= names
    code, _, err = invoke(
        runner,
        "--db",
        f"sqlite:///{target / 'lawtrack.db'}",
        "export",
        "datasette",
        "-o",
        str(target),
    )
    assert (code, err) == (
        2,
        f"error: cannot write {target / 'lawtrack.db'}: it is the database being copied\n",
    )


def test_lawtrack_reads_the_copy(runner: CliRunner, site: Site, tmp_path: Path) -> None:
    copy = f"sqlite:///{tmp_path / 'site' / 'lawtrack.db'}"
    assert run(runner, "--db", copy, "matrix", "-f", "csv", "--as-of", "2026-01-01") == run(
        runner, "matrix", "-f", "csv", "--as-of", "2026-01-01"
    )


# -- served on a loopback port, in a browser -------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine (.ci/run installs it)")
def test_the_served_site_opens_in_chromium(site: Site, tmp_path: Path) -> None:
    directory = tmp_path / "site"
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            str(directory / "lawtrack.db"),
            "-m",
            str(directory / "metadata.json"),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                time.sleep(0.1)
        assert CHROMIUM is not None
        page = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp_path / 'chromium'}",
                "--dump-dom",
                f"{base}/lawtrack/victims?as_of=2026-01-01&jurisdictions=PH",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "The victims' position (D1–D4), as of a date" in page
    assert page.count("<tr>") == 5  # the header and D1–D4
    assert "Victim non-punishment" in page and "Not yet researched." in page
