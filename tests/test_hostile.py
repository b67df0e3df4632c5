"""Hostile files and hard faults: each attack of the threat model (docs/threat-model.md) ends in
one located message, the documented exit code, no leak, no hang and no half-applied edit."""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from lawtrack.cli import app
from lawtrack.config import redact
from tests.cli import invoke

LIMIT_SECONDS = 5
LIMIT_BYTES = 300 * 1024 * 1024


def bounded(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run lawtrack with at most LIMIT_SECONDS and LIMIT_BYTES of address space."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))

    return subprocess.run(
        [sys.executable, "-m", "lawtrack", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=LIMIT_SECONDS,
        preexec_fn=limit,
    )


def billion_laughs(levels: int) -> str:
    lines = ["schema_version: 1", "code: DE", "name: Germany", "level: national"]
    lines.append('a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]')
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


# 1. A YAML alias bomb, and 6. links, FIFOs and devices, end in a located error, fast and small.
@pytest.mark.parametrize("kind", ["alias bomb", "link to /dev/zero", "FIFO", "link to a secret"])
def test_hostile_files_end_in_a_located_error(data_dir: Path, kind: str) -> None:
    target = data_dir / "jurisdictions" / "de.yaml"
    secret = data_dir.parent / "id_rsa"
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAAsecret\n", encoding="utf-8")
    if kind == "alias bomb":
        target.write_text(billion_laughs(9), encoding="utf-8")
        expected = "de.yaml:5:5: yaml: anchors and aliases (&name, *name) are not allowed"
    elif kind == "link to /dev/zero":
        target.symlink_to("/dev/zero")
        expected = "de.yaml:1:1: (file): links outside the data directory (to /dev/zero)"
    elif kind == "FIFO":
        os.mkfifo(target)
        expected = "de.yaml:1:1: (file): not a regular file (a FIFO)"
    else:
        target.symlink_to(secret)
        expected = f"de.yaml:1:1: (file): links outside the data directory (to {secret})"
    env = {**os.environ, "LAWTRACK_DATA_DIR": str(data_dir)}
    for args in (["data", "validate"], ["data", "load"]):
        done = bounded(args, env)
        assert done.returncode == 1, done.stderr
        assert expected in done.stdout + done.stderr
        assert "AAAAsecret" not in done.stdout + done.stderr
        assert "Traceback" not in done.stderr


@pytest.mark.parametrize("kind", ["link to /dev/zero", "FIFO", "over the size limit"])
def test_a_hostile_spreadsheet_to_import_ends_in_one_line(
    data_dir: Path, tmp_path: Path, kind: str
) -> None:
    """`data import` reads a sheet through the same guards as a data file: no hang, no memory
    exhausted, nothing changed."""
    from lawtrack.datafiles.importing import MAX_SHEET_BYTES

    sheet = tmp_path / "sheet.csv"
    if kind == "link to /dev/zero":
        sheet.symlink_to("/dev/zero")
        expected = f"error: {sheet}: not a regular file (a character device)"
    elif kind == "FIFO":
        os.mkfifo(sheet)
        expected = f"error: {sheet}: not a regular file (a FIFO)"
    else:
        with sheet.open("wb") as handle:
            handle.truncate(MAX_SHEET_BYTES + 1)  # sparse: no disk used
        expected = f"error: {sheet}: 64.0 MB: a spreadsheet to import may hold at most 64.0 MB"
    before = {p: p.read_bytes() for p in data_dir.rglob("*.yaml")}
    done = bounded(
        ["data", "import", str(sheet)], {**os.environ, "LAWTRACK_DATA_DIR": str(data_dir)}
    )
    assert (done.returncode, done.stderr) == (1, expected + "\n")
    assert {p: p.read_bytes() for p in data_dir.rglob("*.yaml")} == before


def test_a_huge_value_is_quoted_short(data_dir: Path, runner: CliRunner) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    path.write_text(
        path.read_text().replace("reviewed: 2026-10-01", "reviewed: " + "9" * 2_000_000)
    )
    code, out, _ = invoke(runner, "data", "validate")
    assert code == 1
    assert max(len(line) for line in out.splitlines()) < 300


# 2. No password appears in any message, whatever form the URL takes.
# A distinctive start, so that a secret never happens to be a word of the message around it.
SECRET = st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="@/?#&:%\\"),
    min_size=1,
    max_size=20,
).map(lambda s: "Zq7" + s)


@settings(max_examples=200)
@given(secret=SECRET, form=st.sampled_from(range(6)))
def test_no_form_of_url_shows_its_password(secret: str, form: int) -> None:
    url = [
        f"postgresql+psycopg://user:{secret}@db.example:5432/lawtrack",
        f"postgresql://user@db.example/lawtrack?password={secret}",
        f"postgresql://db.example/lawtrack?sslmode=require&password={secret}&x=1",
        f"user:{secret}@db.example/lawtrack",
        f"postgresql://user:{secret}@db.example/lawtrack?password={secret}",
        f"postgresql://user:{secret}@/lawtrack?host=/run/postgresql",
    ][form]
    for message in (
        f"cannot open the database {url}: connection refused",
        f"not a database URL: {url} (Could not parse {url!r})",
        f'FATAL: password authentication failed for user "user" (password {secret})',
    ):
        assert secret not in redact(message, url)


def test_the_cli_never_prints_a_password(runner: CliRunner) -> None:
    for url in (
        "postgresql+psycopg://u@127.0.0.1:1/db?password=pw-s3cret",
        "u:pw-s3cret@host/db",
        "postgresql+psycopg://u:pw-s3cret@127.0.0.1:1/db",
    ):
        for args in (["matrix"], ["db", "check"], ["db", "current"]):
            result = runner.invoke(app, ["--db", url, *args])
            assert result.exit_code in (1, 2)
            assert "pw-s3cret" not in result.output


# 3. A multi-file import is all or nothing, even when killed.
def _import_sheet(path: Path, marker: str) -> None:
    rows = ["jurisdiction,criterion,status,evidence,effective_from,citations,note,sources"]
    for code, cite, source in (
        ("AU", "code-1995 s. 474.25", "https://example.org/code"),
        ("AU-NSW", "crimes-1900 s. 91H", "https://example.org/crimes"),
        ("PH", "act-2 s. 4(f)", "https://example.org/act-2"),
    ):
        rows.append(f"{code},grooming_offence,yes,complete,,{cite},{marker},{source}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_failing_multi_file_import_changes_no_file(
    runner: CliRunner, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "rows.csv"
    _import_sheet(sheet, "Imported.")
    before = {p: p.read_bytes() for p in (data_dir / "jurisdictions").glob("*.yaml")}
    import errno

    from lawtrack import atomic

    calls = {"n": 0}
    real = atomic.os.fsync

    def full_on_second(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd)

    monkeypatch.setattr(atomic.os, "fsync", full_on_second)
    code, _, err = invoke(runner, "data", "import", str(sheet))
    assert code == 1 and "No space left on device" in err
    assert {p: p.read_bytes() for p in before} == before
    assert not list(data_dir.rglob("*.tmp")) and not (data_dir / atomic.JOURNAL).exists()


KILLED_IMPORT = """
import sys, time
from pathlib import Path
import lawtrack.atomic as atomic
real = Path.replace
def slow(self, target):  # widen every window between renames, so that kills land inside them
    time.sleep(0.02)
    return real(self, target)
Path.replace = slow
from lawtrack.cli import app
app(["data", "import", sys.argv[1]])
"""


@pytest.mark.slow
def test_a_killed_multi_file_import_leaves_all_old_or_all_new(
    data_dir: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "LAWTRACK_DATA_DIR": str(data_dir)}
    files = sorted((data_dir / "jurisdictions").glob("*.yaml"))
    script = tmp_path / "killed.py"
    script.write_text(KILLED_IMPORT, encoding="utf-8")
    rng = random.Random(11)
    outcomes = set()
    for trial in range(50):
        marker = f"Imported in trial {trial}."
        sheet = tmp_path / "rows.csv"
        _import_sheet(sheet, marker)
        process = subprocess.Popen(
            [sys.executable, str(script), str(sheet)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 0.9))
        process.send_signal(signal.SIGKILL)
        process.wait()
        # The next command finishes (or undoes) what the kill interrupted.
        subprocess.run(
            [sys.executable, "-m", "lawtrack", "data", "validate"],
            env=env,
            capture_output=True,
            check=False,
        )
        carrying = [marker in p.read_text(encoding="utf-8") for p in files]
        assert all(carrying) or not any(carrying), (trial, carrying)
        outcomes.add(all(carrying))
        assert not list(data_dir.rglob("*.tmp"))
    assert outcomes  # every trial ended all old or all new


# 4. Whatever validates also fits PostgreSQL.
@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  code-1995:\n",
            "  code-" + "9" * 80 + ":\n",
            "longer than 80 characters",
        ),
        (
            "note: Using a carriage service for child abuse material.",
            'note: "Using a\\0 carriage service."',
            "holds the invisible control character U+0000",
        ),
        ("name: Australia", 'name: "Aus\\etralia"', "holds the invisible control character U+001B"),
        (
            "name: Australia",
            'name: "Aus\\u202etralia"',
            "holds the invisible control character U+202E",
        ),
    ],
)
def test_values_postgresql_or_a_terminal_would_choke_on_are_refused(
    runner: CliRunner, data_dir: Path, old: str, new: str, message: str
) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    if old == "  code-1995:\n":
        text = text.replace("[code-1995 s. 474.22]", "[code-" + "9" * 80 + " s. 474.22]")
        text = text.replace("amends: [code-1995]", "amends: [code-" + "9" * 80 + "]")
    path.write_text(text, encoding="utf-8")
    code, out, _ = invoke(runner, "data", "validate")
    assert code == 1 and message in out


def test_an_over_long_instrument_id_is_refused_by_its_width(
    runner: CliRunner, data_dir: Path
) -> None:
    long_id = "code-" + "a" * 80
    path = data_dir / "jurisdictions" / "au.yaml"
    text = path.read_text(encoding="utf-8").replace("code-1995", long_id)
    path.write_text(text, encoding="utf-8")
    code, out, _ = invoke(runner, "data", "validate")
    assert code == 1 and "longer than 80 characters" in out


# 5. Markdown carries no raw HTML and no link breakout.
def test_markdown_output_is_inert(runner: CliRunner, data_dir: Path) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    path = data_dir / "jurisdictions" / "ph.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "note: Livestreaming is an unlawful act.",
        "note: '<img src=x onerror=alert(1)> [click](javascript:alert(2)) **bold**'",
    )
    text = text.replace(
        "sources: [https://example.org/act-2]",
        'sources: ["https://example.org/a)[x](javascript:alert(3))"]',
        1,
    )
    path.write_text(text, encoding="utf-8")
    for args in (["brief", "PH"], ["gaps", "PH", "-f", "md"], ["show", "PH", "-f", "md"]):
        code, out, err = invoke(runner, *args)
        assert code == 0, err
        if args[0] != "gaps":  # gaps shows no met cell, and this one is met
            assert "javascript:alert(2)" in out and "alert(3)" in out  # there, and inert
        html = markdown_it.MarkdownIt("commonmark").render(out)
        assert "<img" not in html and "onerror" not in html.replace("onerror=alert", "")
        assert 'href="javascript:' not in html
        assert "<strong>bold</strong>" not in html


@pytest.mark.parametrize("hidden", ["\\e[2J", "\\0", "\\u202e"], ids=["ESC", "NUL", "RLO"])
def test_a_url_with_a_hidden_character_is_refused(
    runner: CliRunner, data_dir: Path, hidden: str
) -> None:
    """A source URL is text too: what validates must load into PostgreSQL and print safely."""
    path = data_dir / "jurisdictions" / "au.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "sources: [https://example.org/code]", f'sources: ["https://x.org/{hidden}a"]'
        ),
        encoding="utf-8",
    )
    code, out, _ = invoke(runner, "data", "validate")
    assert code == 1 and "holds the invisible control character U+" in out, out


def test_a_script_address_written_into_a_shared_database_never_becomes_a_link(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Validation lets only http(s) into `sources`, but a shared PostgreSQL database can be
    written by other tools: the HTML brief and tables link http(s) addresses only."""
    from sqlalchemy import create_engine, update

    from lawtrack import models as m

    invoke(runner, "jurisdictions")
    engine = create_engine(f"sqlite:///{tmp_path / 'lawtrack.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(update(m.Source).values(url="javascript:alert(1)"))
        connection.execute(update(m.Instrument).values(url="javascript:alert(2)"))
    engine.dispose()
    for args in (["brief", "PH", "-f", "html"], ["show", "PH", "-f", "html"]):
        code, out, err = invoke(runner, *args)
        assert code == 0, err
        assert "javascript:alert(1)" in out  # shown as text
        assert 'href="javascript:' not in out


def test_a_file_name_with_an_escape_sequence_is_shown_inert(
    data_dir: Path, runner: CliRunner
) -> None:
    """A contributor's file named with ESC [2J would clear the terminal of whoever validates."""
    (data_dir / "jurisdictions" / "x\x1b[2J.yaml").write_text(
        "schema_version: 1\n", encoding="utf-8"
    )
    code, out, _ = invoke(runner, "data", "validate")
    assert code == 1
    assert "\x1b" not in out
    assert "x\\u001b[2J.yaml:1:1:" in out


# 7. A load notices a file that is not a file, and a database that lost rows.
@pytest.mark.parametrize("kind", ["directory", "dangling link", "FIFO"])
def test_load_never_calls_an_odd_entry_unchanged(
    runner: CliRunner, data_dir: Path, kind: str
) -> None:
    assert invoke(runner, "data", "load")[0] == 0
    target = data_dir / "jurisdictions" / "de.yaml"
    if kind == "directory":
        target.mkdir()
    elif kind == "dangling link":
        target.symlink_to(data_dir / "nowhere.yaml")
    else:
        os.mkfifo(target)
    code, _, err = invoke(runner, "data", "load")
    assert code == 1 and "de.yaml:1:1: (file): " in err
    assert invoke(runner, "db", "check")[0] == 1


def test_load_restores_rows_lost_behind_its_back(runner: CliRunner, tmp_path: Path) -> None:
    import sqlite3

    assert invoke(runner, "data", "load")[0] == 0
    database = tmp_path / "lawtrack.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("DELETE FROM jurisdictions WHERE code = 'PH'")
    code, out, _ = invoke(runner, "data", "load")
    assert (code, out) == (0, "created: 1 (PH)\nunchanged: 2\n")


# 8. Edits keep permissions and write through links.
def test_an_edit_keeps_permissions_and_links(
    runner: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    real = tmp_path / "kept" / "au.yaml"
    real.parent.mkdir()
    link = data_dir / "jurisdictions" / "au.yaml"
    real.write_bytes(link.read_bytes())
    real.chmod(0o644)
    # A link out of the data directory is refused, with nothing written...
    link.unlink()
    link.symlink_to(real)
    code, _, err = invoke(
        runner, "data", "set", "AU", "B1", "partial", "--evidence", "complete",
        "--cite", "code-1995 s. 474.22", "--source", "https://example.org/code",
    )  # fmt: skip
    assert code == 1 and "links outside the data directory" in err
    # ...one inside it is written through, the link and the permissions kept.
    inside = data_dir / "jurisdictions" / "real-au.txt"
    inside.write_bytes(real.read_bytes())
    inside.chmod(0o644)
    link.unlink()
    link.symlink_to(inside)
    code, _, err = invoke(
        runner, "data", "set", "AU", "B1", "partial", "--evidence", "complete",
        "--cite", "code-1995 s. 474.22", "--source", "https://example.org/code",
    )  # fmt: skip
    assert code == 0, err
    assert link.is_symlink() and "status: partial" in inside.read_text()
    assert inside.stat().st_mode & 0o777 == 0o644


# 9. Control characters reach no terminal and break no workbook.
def test_a_tampered_database_shows_escapes_not_escape_codes(tmp_path: Path) -> None:
    from lawtrack.render import emit
    from lawtrack.render.workbook import render_xlsx
    from lawtrack.results import Column, ResultTable

    table = ResultTable(
        name="t",
        title="Tampered \x1b]0;owned\x07",
        columns=(Column("name", "Name"),),
        rows=(("Aus\x1b[31mtralia\u202e",),),
    )
    render_xlsx(table)  # no IllegalCharacterError
    out = tmp_path / "t.txt"
    emit(table, "table", out)
    assert "\x1b" not in out.read_text() and "\\u001b" in out.read_text()


# 10. Faults and mistakes get one line and the right code.
@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["db", "upgrade", "9999"], 2, "error: unknown schema revision '9999'"),
        (["db", "downgrade", "nonsense"], 2, "error: unknown schema revision 'nonsense'"),
        (
            ["--db", "sqlite:////proc/lawtrack/x.db", "matrix"],
            2,
            "error: cannot create the database",
        ),
    ],
)
def test_faults_get_one_line(runner: CliRunner, args: list[str], code: int, message: str) -> None:
    got, _, err = invoke(runner, *args)
    assert got == code and err.startswith(message) and err.count("\n") == 1


def test_a_database_from_a_newer_lawtrack(runner: CliRunner, tmp_path: Path) -> None:
    import sqlite3

    invoke(runner, "jurisdictions")
    with sqlite3.connect(tmp_path / "lawtrack.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    code, _, err = invoke(runner, "matrix")
    assert code == 1
    from lawtrack.db import SCHEMA_HEAD

    assert err == (
        "error: the database schema is at revision 0099, newer than this lawtrack knows (its "
        f"newest is {SCHEMA_HEAD}): upgrade lawtrack, or use another database\n"
    )


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        (
            "jurisdiction,criterion,status\nAU,grooming_offence,oui\u00e9\n".encode("latin-1"),
            ".csv",
            "not UTF-8",
        ),
        (
            b"jurisdiction,criterion,status,note\nAU,grooming_offence,no,"
            + b"x" * 1_100_000
            + b"\n",
            ".csv",
            "not a readable CSV file",
        ),
        (b"not a zip at all", ".xlsx", "not a readable .xlsx workbook"),
        (
            b"jurisdiction,criterion,status\n../../x/fr,grooming_offence,no\n",
            ".csv",
            "is not a jurisdiction code",
        ),
        (
            b"jurisdiction,criterion,status,status\nAU,grooming_offence,no,yes\n",
            ".csv",
            "the column appears twice",
        ),
        (
            b"jurisdiction,criterion,status,effective_from\nAU,grooming_offence,no,20260101\n",
            ".csv",
            "'20260101' is not a date",
        ),
    ],
)
def test_bad_spreadsheets(
    runner: CliRunner, data_dir: Path, tmp_path: Path, content: bytes, suffix: str, message: str
) -> None:
    sheet = tmp_path / f"bad{suffix}"
    sheet.write_bytes(content)
    before = {p: p.read_bytes() for p in (data_dir / "jurisdictions").glob("*.yaml")}
    code, _, err = invoke(runner, "data", "import", str(sheet))
    assert code == 1 and message in err
    assert {p: p.read_bytes() for p in before} == before


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda t: t + b"\xff", "not UTF-8"),
        (lambda t: t.replace(b"kind: code", b"kind: code\n    kind: code"), "duplicate key"),
        (lambda t: t.replace(b"  code-1995:", b"\t code-1995:"), "tab character"),
        (lambda t: t + b"---\nschema_version: 1\n", "but found another document"),
    ],
)
def test_edits_refuse_a_file_they_cannot_read_back(
    runner: CliRunner, data_dir: Path, mangle: object, message: str
) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    path.write_bytes(mangle(path.read_bytes()))  # type: ignore[operator]
    before = path.read_bytes()
    for args in (
        ["data", "set", "AU", "B1", "no", "--evidence", "complete", "--cite", "code-1995 s. 1",
         "--source", "https://example.org/code"],
        ["data", "add-instrument", "AU", "x-2000", "--title", "X", "--citation", "X"],
        ["data", "fmt"],
    ):  # fmt: skip
        code, _, err = invoke(runner, *args)
        assert code == 1 and message in err, (args, err)
        assert path.read_bytes() == before


# 11. A database the user may only read answers every view.
def test_a_read_only_database_answers(runner: CliRunner, tmp_path: Path) -> None:
    invoke(runner, "jurisdictions")
    read_only = f"sqlite:///file:{tmp_path / 'lawtrack.sqlite3'}?mode=ro&uri=true"
    code, out, err = invoke(runner, "--db", read_only, "matrix", "-f", "csv")
    assert code == 0, err
    assert out.startswith("jurisdiction,name,")
    assert not Path("file:").exists()  # nothing made in the working directory


# 13. Validation gaps.
@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("schema_version: 1", "schema_version: true", "expected the whole number 1, got true"),
        ("schema_version: 1", "schema_version: 1.0", "expected the whole number 1, got 1.0"),
        ("title: Example Criminal Code", "title: !!binary RXhhbXBsZQ==", "explicit tags"),
        ("amends: [code-1995]", "amends: [amendment-2010]", "cannot amend or repeal itself"),
    ],
)
def test_validation_gaps_closed(
    runner: CliRunner, data_dir: Path, old: str, new: str, message: str
) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, out, _ = invoke(runner, "data", "validate")
    assert code == 1 and message in out


def test_an_amends_loop_across_files(runner: CliRunner, data_dir: Path) -> None:
    au = data_dir / "jurisdictions" / "au.yaml"
    au.write_text(
        au.read_text().replace(
            "    url: https://example.org/code\n",
            "    amends: [AU-NSW:crimes-amendment-2014]\n    url: https://example.org/code\n",
            1,
        )
    )
    nsw = data_dir / "jurisdictions" / "au-nsw.yaml"
    nsw.write_text(
        nsw.read_text().replace(
            "    amends: [crimes-1900]", "    amends: [crimes-1900, AU:amendment-2010]"
        )
    )
    code, out, _ = invoke(runner, "data", "validate")
    assert code == 1 and "amends/repeals go round in a loop" in out


@settings(max_examples=60, deadline=None)
@given(content=st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode()))
def test_any_spreadsheet_bytes_import_or_fail_cleanly(content: bytes) -> None:
    """Whatever a .csv holds: a clean exit 0 or 1, and on 1 not one byte of data changed."""
    import shutil
    import tempfile

    from tests.conftest import fixture_copy

    with tempfile.TemporaryDirectory() as scratch:
        root = fixture_copy("valid", Path(scratch) / "data")
        sheet = Path(scratch) / "sheet.csv"
        sheet.write_bytes(
            b"jurisdiction,criterion,status,evidence,citations,sources,note\n" + content
        )
        before = {p: p.read_bytes() for p in (root / "jurisdictions").glob("*.yaml")}
        result = CliRunner().invoke(app, ["data", "import", str(sheet), "--data-dir", str(root)])
        assert result.exit_code in (0, 1), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        if result.exit_code == 1:
            assert {p: p.read_bytes() for p in before} == before
        shutil.rmtree(root)


def test_a_server_that_never_answers_is_given_up_once_with_a_message(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A host that accepts the connection and then says nothing (a firewall, a wrong port on a
    busy machine): libpq would wait forever. The wait is bounded, the server is tried once (not
    again through the fallback path), and the user hears why, password hidden."""
    import socket
    import threading

    import lawtrack.db
    import lawtrack.plaindb

    monkeypatch.setattr(lawtrack.plaindb, "PG_CONNECT_SECONDS", 2)  # libpq's minimum
    monkeypatch.setattr(lawtrack.db, "PG_CONNECT_SECONDS", 2)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(30)
    accepted: list[socket.socket] = []

    def accept() -> None:
        try:
            while True:
                accepted.append(listener.accept()[0])
        except OSError:
            pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    url = f"postgresql+psycopg://lawtrack:quiet-secret@127.0.0.1:{port}/lawtrack"
    try:
        for command in (["matrix", "-f", "csv"], ["db", "check"]):
            before = len(accepted)
            code, out, err = invoke(runner, "--db", url, *command)
            assert (code, out) == (1, "")
            assert err == (
                f"error: cannot open the database postgresql+psycopg://lawtrack:***@127.0.0.1:"
                f"{port}/lawtrack: connection timeout expired\n"
            )
            assert len(accepted) - before == 1
    finally:
        listener.close()
        for connection in accepted:
            connection.close()
