"""The command line, through CliRunner, asserting whole outputs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lawtrack.cli import app

from .conftest import FIXTURES, fixture_copy

CRITERIA = (
    "dedicated_legislation,child_under_18,csam_defined_incl_live,virtual_material_covered,"
    "trafficking_no_movement,live_streaming_offence,viewing_access_offence,"
    "remote_direction_offence,purchaser_liability,family_facilitator_liability,grooming_offence,"
    "sextortion_offence,possession_offence,extraterritorial_jurisdiction,legal_person_liability,"
    "sentencing_aggravation,victim_non_punishment,consent_irrelevant,adult_victims_covered,"
    "victim_assistance,provider_reporting_duty,data_preservation,takedown_blocking,"
    "financial_monitoring,professional_reporting_duty"
)
NA = "not_assessed"


def _row(code: str, name: str, **statuses: str) -> str:
    cells = [statuses.get(c, NA) for c in CRITERIA.split(",")]
    return ",".join([code, name, *cells])


def test_matrix_csv(runner: CliRunner, data_dir: Path, database_url: str) -> None:
    result = runner.invoke(app, ["matrix", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"jurisdiction,name,{CRITERIA}",
        _row("AU", "Australia", live_streaming_offence="yes"),
        _row("AU-NSW", "New South Wales", live_streaming_offence="unclear"),
        _row("PH", "Philippines", live_streaming_offence="yes", possession_offence="yes"),
    ]
    assert (
        result.stderr
        == f"lawtrack: created the database and loaded 3 jurisdiction(s) from {data_dir}\n"
    )


def test_matrix_as_of_an_earlier_date(runner: CliRunner) -> None:
    result = runner.invoke(app, ["matrix", "-f", "csv", "--as-of", "2022-01-01"])
    assert result.stdout.splitlines()[3] == _row(
        "PH", "Philippines", live_streaming_offence="partial", possession_offence="yes"
    )


def test_matrix_json_shape(runner: CliRunner) -> None:
    result = runner.invoke(app, ["matrix", "-f", "json", "--as-of", "2026-01-01"])
    document = json.loads(result.stdout)
    assert document["view"] == "matrix"
    assert document["meta"] == {"as_of": "2026-01-01"}
    assert document["columns"][:3] == [
        {"key": "jurisdiction", "label": "Jurisdiction", "kind": "code"},
        {"key": "name", "label": "Name", "kind": "text"},
        {
            "key": "dedicated_legislation",
            "label": "Dedicated CSAM/OCSEA legislation",
            "kind": "status",
            "short": "A0",
        },
    ]
    assert document["rows"][2]["jurisdiction"] == "PH"
    assert document["rows"][2]["possession_offence"] == "yes"
    assert len(document["rows"][2]) == 27


def test_matrix_table_fits_80_columns(
    runner: CliRunner, golden: Callable[[str, str], None]
) -> None:
    result = runner.invoke(app, ["matrix", "--as-of", "2026-01-01"])
    golden("matrix_80.txt", result.stdout)
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_output_file_takes_format_from_suffix(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "m.csv"
    result = runner.invoke(app, ["matrix", "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("jurisdiction,name,dedicated_legislation")


def test_jurisdictions(runner: CliRunner) -> None:
    result = runner.invoke(app, ["jurisdictions", "-f", "csv", "--level", "subnational"])
    assert result.stdout.splitlines() == [
        "code,name,level,parent,region,legal_system,reviewed,instruments,assessed",
        "AU-NSW,New South Wales,subnational,AU,Australia and New Zealand,common,2026-10-01,2,1",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["matrix", "--as-of", "2022-13-01"],
            "error: --as-of: '2022-13-01' is not a date (YYYY-MM-DD)\n",
        ),
        (
            ["matrix", "-f", "xml"],
            "error: unknown format 'xml' (choose table, csv, json, md, html or xlsx)\n",
        ),
        (
            ["matrix", "-o", "out.pdf"],
            "error: cannot tell the format from 'out.pdf': give --format\n",
        ),
        (
            ["--db", "nosuchdriver://x", "matrix"],
            "error: not a database URL: nosuchdriver://x (Can't load plugin: sqlalchemy.dialects:nosuchdriver)\n",
        ),
    ],
)
def test_user_errors_exit_2_without_traceback(
    runner: CliRunner, args: list[str], message: str
) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message) or result.stderr.endswith(message)
    assert "Traceback" not in result.output


def _broken_dir(tmp_path: Path) -> Path:
    return fixture_copy("broken", tmp_path / "broken")


def test_validate_reports_every_mistake_with_its_place(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _broken_dir(tmp_path)
    result = runner.invoke(app, ["data", "validate", "broken"])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'broken/jurisdictions/au.yaml:14:5: yaml: found duplicate key "kind" (first at line 13)',
        "broken/jurisdictions/ph.yaml:18:15: assessments.live_streaming_offence[0].status: "
        "'yess' is not one of yes, partial, no, unclear, not_assessed",
        "broken/jurisdictions/ph.yaml:27:14: assessments.possession_offence[0].cite[0]: "
        "unknown instrument 'act-3' (not under instruments)",
        "broken/jurisdictions/ph.yaml:33:13: assessments.grooming_offence[0].from: 2099-01-01 is in the future",
        "5 file(s) checked: 4 error(s), 0 warning(s)",
    ]


def test_load_of_broken_data_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(app, ["matrix", "-f", "csv"]).exit_code == 0
    before = runner.invoke(app, ["matrix", "-f", "json"]).stdout
    result = runner.invoke(app, ["data", "load", str(_broken_dir(tmp_path))])
    assert result.exit_code == 1
    assert (
        result.stderr.splitlines()[-1]
        == f"error: 4 problem(s) in {tmp_path / 'broken'}: nothing loaded"
    )
    assert runner.invoke(app, ["matrix", "-f", "json"]).stdout == before


def test_load_into_a_new_database_loads_only_the_named_directory(
    runner: CliRunner, tmp_path: Path
) -> None:
    broken = _broken_dir(tmp_path)
    (broken / "jurisdictions" / "ph.yaml").unlink()
    (broken / "jurisdictions" / "au.yaml").write_text(
        (FIXTURES / "valid" / "jurisdictions" / "au.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["data", "load", str(broken)])
    assert result.stderr == "lawtrack: created the database schema\n"
    assert result.stdout == "created: 1 (AU)\ncodebook reloaded\nunchanged: 0\n"


def test_load_reports_what_changed(runner: CliRunner, data_dir: Path) -> None:
    runner.invoke(app, ["jurisdictions"])
    assert (
        runner.invoke(app, ["data", "load"]).stdout
        == "nothing changed: 3 jurisdiction(s) up to date\n"
    )
    (data_dir / "jurisdictions" / "ph.yaml").unlink()
    path = data_dir / "jurisdictions" / "au.yaml"
    path.write_text(path.read_text().replace("status: yes", "status: partial"))
    assert runner.invoke(app, ["data", "load", "--dry-run"]).stdout == (
        "updated (would be): 1 (AU)\nremoved (would be): 1 (PH)\nunchanged: 1\n"
    )
    assert (
        runner.invoke(app, ["data", "load"]).stdout
        == "updated: 1 (AU)\nremoved: 1 (PH)\nunchanged: 1\n"
    )


def test_db_commands(runner: CliRunner) -> None:
    from lawtrack.db import SCHEMA_HEAD as HEAD

    assert runner.invoke(app, ["db", "current"]).stdout == (
        f"schema revision: none (needs {HEAD}: run `lawtrack db upgrade`)\n"
    )
    assert runner.invoke(app, ["db", "upgrade"]).stdout == f"schema revision: none -> {HEAD}\n"
    assert runner.invoke(app, ["db", "current"]).stdout == f"schema revision: {HEAD} (up to date)\n"
    assert runner.invoke(app, ["db", "downgrade", "base"]).stdout == "schema revision: none\n"


def test_unreachable_database_hides_the_password(runner: CliRunner) -> None:
    url = "postgresql+psycopg://reader:s3cret-pw@127.0.0.1:1/lawtrack"
    result = runner.invoke(app, ["--db", url, "matrix"])
    assert result.exit_code == 1
    assert "s3cret-pw" not in result.output
    assert result.stderr.startswith(
        "error: cannot open the database postgresql+psycopg://reader:***@127.0.0.1:1/lawtrack"
    )


def test_version_and_help(runner: CliRunner) -> None:
    assert runner.invoke(app, ["--version"]).stdout == "lawtrack 0.1.0\n"
    help_text = runner.invoke(app, ["--help"]).stdout
    for command in ("jurisdictions", "matrix", "data", "db"):
        assert f"  {command} " in help_text


def test_db_check_says_what_is_wrong(runner: CliRunner, data_dir: Path) -> None:
    runner.invoke(app, ["matrix"])
    result = runner.invoke(app, ["db", "check"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    from lawtrack.db import SCHEMA_HEAD

    assert f"schema ok revision {SCHEMA_HEAD} (the newest)" in flat
    assert "integrity ok ok" in flat
    (data_dir / "jurisdictions" / "ph.yaml").unlink()
    result = runner.invoke(app, ["db", "check"])
    assert result.exit_code == 1
    assert "removed: jurisdictions/ph.yaml" in " ".join(result.stdout.split())
