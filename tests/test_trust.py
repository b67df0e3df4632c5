"""Every output says exactly what the data says: each pinpoint under its own instrument, history
told as it stood, nothing written back that was not there, the documented maintainer path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lawtrack.cli import app
from lawtrack.config import bundled_dir
from tests.cli import run

SHIPPED = bundled_dir("data")


def parse_citations(text: str, known: list[str]) -> list[tuple[str, str | None]]:
    """(instrument citation, pinpoint) for each part of a rendered cite list: a part that starts
    with an instrument's citation names it, a bare pinpoint belongs to the one named before."""
    found: list[tuple[str, str | None]] = []
    for part in text.split("; "):
        named = max(
            (c for c in known if part == c or part.startswith(c + ", ")), key=len, default=None
        )
        if named is not None:
            pin = part[len(named) + 2 :] or None
            found.append((named, pin))
        else:
            assert found, f"{part!r} names no instrument and follows none"
            found.append((found[-1][0], part))
    return found


def test_a_cite_list_that_returns_to_an_instrument_names_it_again(
    runner: CliRunner, data_dir: Path
) -> None:
    """A, B, A: the second pinpoint of A is printed under A, not under B."""
    _append_criterion(data_dir)
    expected = (
        "Example Code 1995, s. 474.26; Example Amendment Act 2010, s. 3; "
        "Example Code 1995, s. 474.27"
    )
    csv = run(runner, "compare", "AU", "-c", "B6", "--cite", "-f", "csv").splitlines()[1]
    assert f'"{expected}"' in csv
    table = run(runner, "compare", "AU", "-c", "B6", "--cite")
    assert f"[1] {expected}; https://example.org/code" in " ".join(table.split())
    brief = run(runner, "brief", "AU")
    assert re.search(rf"^\d+\. {re.escape(expected)}; <https://example.org/code>$", brief, re.M)
    assert expected in run(runner, "gaps", "AU", "-f", "csv")
    assert expected in run(runner, "export", "assessments")


def _append_criterion(data_dir: Path) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "  grooming_offence:\n"
        "    - status: partial\n      evidence: complete\n      from: 2010-04-15\n"
        "      cite: [code-1995 s. 474.26, amendment-2010 s. 3, code-1995 s. 474.27]\n"
        "      note: Grooming offences.\n      sources: [https://example.org/code]\n",
        encoding="utf-8",
    )


def test_views_as_of_a_date_tell_the_law_as_it_stood(runner: CliRunner, data_dir: Path) -> None:
    """A dated wording replaces the older one only from its date; a later Act is 'not yet
    enacted', not 'not yet in force'; undated wording is marked as today's."""
    path = data_dir / "jurisdictions" / "ph.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "  - term: csam\n    cite: act-2 s. 3(d)\n",
        "  - term: csam\n    from: 2023-01-01\n    cite: act-2 s. 3(d)\n",
    )
    text = text.replace(
        "      term_used: CSAEM\n",
        "      term_used: CSAEM\n"
        "  - term: csam\n    from: 2022-08-15\n    cite: act-2 s. 3(d)\n"
        "    text: Any representation of a child in sexual activity, as first enacted.\n",
    )
    path.write_text(text, encoding="utf-8")
    assert run(runner, "data", "validate", "--strict").endswith("0 error(s), 0 warning(s)\n")

    def csam(when: str) -> list[str]:
        return run(
            runner, "definitions", "csam", "--text", "-f", "csv", "--as-of", when
        ).splitlines()[1:]

    assert csam("2022-12-31") == [
        'PH,"Example Act No. 2, s. 3(d)",2022-08-15,,,,,,,"Any representation of a child in sexual activity, as first enacted."'
    ]
    assert csam("2023-01-01") == [
        'PH,"Example Act No. 2, s. 3(d)",2023-01-01,yes,,,,,CSAEM,Any representation of a child engaged in sexual activity.'
    ]
    assert csam("2022-08-14") == []
    shown = run(runner, "show", "PH", "--as-of", "2015-01-01", "-f", "csv")
    assert (
        "act-2,Example Act No. 2,Example Online Exploitation Act,statute,2022-07-30,2022-08-15,,not yet enacted,"
        in shown
    )
    child = run(runner, "definitions", "child", "--as-of", "2023-01-01", "-f", "csv")
    assert '"Example Act No. 2, s. 3(c) *"' in child
    assert "* Marked wording is quoted as it reads in the current text" in run(
        runner, "definitions", "child", "--as-of", "2023-01-01"
    )


def test_a_state_cannot_begin_before_the_law_it_cites(runner: CliRunner, data_dir: Path) -> None:
    path = data_dir / "jurisdictions" / "ph.yaml"
    before = path.read_bytes()
    result = runner.invoke(
        app,
        [
            "data", "set", "PH", "B6", "yes", "--evidence", "complete",
            "--cite", "act-2 s. 4(f)", "--source", "https://example.org/act-2",
            "--note", "Grooming.", "--from", "2001-01-01",
        ],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "2001-01-01 is before 'act-2' took effect (2022-08-15)" in result.stderr
    assert path.read_bytes() == before


def test_a_one_line_edit_imports_as_one_line(
    runner: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "all.csv"
    run(runner, "export", "assessments", "-o", str(exported))
    text = exported.read_text(encoding="utf-8")
    exported.write_text(text.replace("Possession is an offence.", "Possession is a crime."))
    out = run(runner, "data", "import", str(exported), "--dry-run")
    changed = [line for line in out.splitlines() if re.match(r"^[-+] ", line)]
    assert changed == [
        "-      note: Possession is an offence.",
        "+      note: Possession is a crime.",
    ]
    assert out.endswith("row(s) read: 1 would change 1 file(s)\n")


def test_the_documented_path_keeps_every_question_of_the_scaffold(
    runner: CliRunner, data_dir: Path
) -> None:
    """CONTRIBUTING's steps on a new file, every criterion set in turn (by code and by short
    id, dated and undated): every question comment stays, byte for byte, above its criterion."""
    run(runner, "data", "new", "FJ")
    path = data_dir / "jurisdictions" / "fj.yaml"
    scaffold = path.read_text(encoding="utf-8")
    questions = [line for line in scaffold.splitlines() if re.match(r"^  # [A-E]\d+: ", line)]
    assert len(questions) >= 25
    run(
        runner, "data", "add-instrument", "FJ", "crimes-2009", "--title", "Crimes Act 2009",
        "--citation", "Crimes Act 2009", "--enacted", "2009-11-05", "--url", "https://example.org/c",
    )  # fmt: skip
    criteria = re.findall(r"^  ([a-z0-9_]+):\n    - status: not_assessed", scaffold, re.M)
    for number, criterion in enumerate(criteria):
        short = re.search(rf"# ([A-E]\d+): .*\n  {criterion}:", scaffold)
        name = short.group(1) if short and number % 2 else criterion
        dated = ["--from", "2009-11-05"] if number % 3 else []
        run(
            runner, "data", "set", "FJ", name, "partial", "--evidence", "incomplete",
            "--cite", "crimes-2009 s. 1", "--source", "https://example.org/c",
            "--note", "Coded in a test; s. 2 was not read.", *dated,
        )  # fmt: skip
    after = path.read_text(encoding="utf-8")
    lines = after.splitlines()
    for question, criterion in zip(questions, criteria, strict=True):
        assert question in lines
        assert lines[lines.index(question) + 1] == f"  {criterion}:"
    assert run(runner, "data", "validate", "--strict").endswith("0 error(s), 0 warning(s)\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["compare"],
            "error: name the jurisdictions (compare PH KR), or give --all or --region: one of "
            "the three\n",
        ),
        (
            ["matrix", "--as-of", "20260101"],
            "error: --as-of: '20260101' is not a date (YYYY-MM-DD)\n",
        ),
    ],
)
def test_requests_people_make(runner: CliRunner, args: list[str], message: str) -> None:
    run(runner, "jurisdictions")  # the database exists: the error is all that is said
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stderr) == (2, message)


def test_compare_takes_one_code_all_or_a_region(runner: CliRunner) -> None:
    assert (
        run(runner, "compare", "PH", "-c", "B1", "-f", "csv").splitlines()[0]
        == "id,criterion,name,PH"
    )
    assert run(runner, "compare", "--all", "-c", "B1", "-f", "csv").splitlines()[0] == (
        "id,criterion,name,AU,AU-NSW,PH"
    )
    region = run(
        runner, "compare", "--region", "Australia and New Zealand", "-c", "B1", "-f", "csv"
    )
    assert region.splitlines()[0] == "id,criterion,name,AU,AU-NSW"


def test_matrix_cite_gives_every_cell_its_citation(runner: CliRunner) -> None:
    lines = run(
        runner, "matrix", "--cite", "-c", "B1", "-f", "csv", "--as-of", "2026-01-01"
    ).splitlines()
    assert lines[0] == (
        "jurisdiction,name,live_streaming_offence,live_streaming_offence_evidence,"
        "live_streaming_offence_citation,live_streaming_offence_sources"
    )
    assert lines[3] == (
        'PH,Philippines,yes,complete,"Example Act No. 2, s. 4(c)",https://example.org/act-2'
    )


def test_a_future_date_is_said_to_be_one(runner: CliRunner) -> None:
    result = runner.invoke(app, ["matrix", "--as-of", "2999-01-01", "-f", "csv"])
    assert result.exit_code == 0
    assert (
        "lawtrack: --as-of 2999-01-01 is in the future: the law as recorded today is shown "
        "(Acts not yet in force are not applied ahead of their dates)" in result.stderr
    )


def test_every_format_option_lists_every_format() -> None:
    from lawtrack.render.formats import names

    for command in ("matrix", "compare", "show", "gaps", "bills", "export", "search"):
        text = " ".join(CliRunner().invoke(app, [command, "--help"]).stdout.split())
        for fmt in names():
            assert fmt in text.split("--format")[1].split("--")[0], (command, fmt)
