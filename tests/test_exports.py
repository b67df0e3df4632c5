"""Brief-ready files: Excel workbooks, spreadsheet CSV, the data package, and the formula guard."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from typer.testing import CliRunner

from lawtrack.cli import app
from lawtrack.spreadsheet import neutralise, restore, starts_like_a_formula
from tests.cli import run

KOREAN, THAI = "아동·청소년의 성보호에 관한 법률", "พระราชบัญญัติคุ้มครองเด็ก"


def _poison(data_dir: Path) -> None:
    """A note that would run as a formula, and notes in Korean and Thai."""
    path = data_dir / "jurisdictions" / "ph.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "note: Livestreaming is an unlawful act.", 'note: "=HYPERLINK(\\"http://x\\")"'
    )
    text = text.replace("note: Possession is an offence.", f"note: {KOREAN} {THAI}")
    path.write_text(text, encoding="utf-8")


def test_workbook_has_sheets_links_colours_and_no_formulas(
    runner: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    _poison(data_dir)
    target = tmp_path / "ph.xlsx"
    run(runner, "show", "PH", "-o", str(target), "--as-of", "2026-01-01")
    book = load_workbook(target)
    assert book.sheetnames == [
        "instruments",
        "definitions",
        "assessments",
        "gaps",
        "Sources",
        "About",
    ]
    sheet = book["assessments"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H26"
    assert [c.value for c in sheet[1]] == [
        "Id",
        "Criterion",
        "Status",
        "Evidence",
        "Since",
        "Citation",
        "Note",
        "Sources",
    ]
    b1 = [c.value for c in sheet[7]]
    assert b1[:4] == ["B1", "live_streaming_offence", "● yes", "complete"]
    assert b1[6] == '\'=HYPERLINK("http://x")'
    assert sheet["C7"].fill.fgColor.rgb == "00C6EFCE"
    assert sheet["H7"].hyperlink.target == "https://example.org/act-2"
    assert [c.value for c in sheet[14]][6] == f"{KOREAN} {THAI}"
    assert [c.value for c in book["Sources"]["C"]][:3] == [
        "Source",
        "https://example.org/act-2",
        "https://example.org/act-1",
    ]
    about = {row[0].value: row[1].value for row in book["About"].iter_rows()}
    assert about["As of"] == "2026-01-01" and "never" in about["Not assessed"]
    for worksheet in book.worksheets:
        for row in worksheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (worksheet.title, cell.coordinate, cell.value)


def test_every_view_writes_a_workbook(runner: CliRunner, tmp_path: Path) -> None:
    for args in (
        ["matrix"],
        ["compare", "PH", "AU", "--cite"],
        ["gaps"],
        ["score"],
        ["victims"],
        ["definitions", "child"],
        ["timeline", "PH"],
        ["export", "assessments"],
    ):
        target = tmp_path / f"{args[0]}.xlsx"
        run(runner, *args, "-o", str(target))
        assert load_workbook(target).sheetnames[-2:] == ["Sources", "About"]


def test_excel_csv_has_a_bom_and_round_trips_korean_and_thai(
    runner: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    _poison(data_dir)
    target = tmp_path / "a.csv"
    run(runner, "export", "assessments", "--excel", "-o", str(target))
    raw = target.read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    notes = [unicodedata.normalize("NFC", r["note"]) for r in rows]
    assert unicodedata.normalize("NFC", f"{KOREAN} {THAI}") in notes
    assert '\'=HYPERLINK("http://x")' in notes
    plain = tmp_path / "b.csv"
    run(runner, "export", "assessments", "-o", str(plain))
    assert plain.read_bytes()[:3] != b"\xef\xbb\xbf"


def test_excel_flag_needs_csv(runner: CliRunner) -> None:
    result = runner.invoke(app, ["matrix", "--excel", "-f", "json"])
    assert (result.exit_code, result.stderr) == (
        2,
        "error: --excel goes with CSV output (-f csv or -o FILE.csv)\n",
    )


@given(st.text())
def test_no_guarded_cell_starts_like_a_formula(text: str) -> None:
    guarded = neutralise(text)
    assert not starts_like_a_formula(guarded)
    assert guarded == text or guarded == "'" + text
    assert restore(guarded) == text  # import undoes exactly what export added


def test_no_exported_csv_cell_starts_like_a_formula(runner: CliRunner, data_dir: Path) -> None:
    _poison(data_dir)
    for dataset in ("assessments", "instruments", "definitions", "jurisdictions", "criteria"):
        for row in csv.reader(io.StringIO(run(runner, "export", dataset), newline="")):
            assert not any(starts_like_a_formula(cell) for cell in row), row


def test_data_package(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "package"
    assert (
        run(runner, "export", "datapackage", "-o", str(out))
        == f"wrote 6 tables and {out / 'datapackage.json'}\n"
    )
    descriptor = json.loads((out / "datapackage.json").read_text())
    assert [r["name"] for r in descriptor["resources"]] == [
        "jurisdictions",
        "instruments",
        "definitions",
        "assessments",
        "ratifications",
        "criteria",
    ]
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    for resource in descriptor["resources"]:
        with (out / resource["path"]).open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header == [f["name"] for f in resource["schema"]["fields"]]
    status = next(
        f for f in descriptor["resources"][3]["schema"]["fields"] if f["name"] == "status"
    )
    assert status == {
        "name": "status",
        "type": "string",
        "categories": ["yes", "partial", "no", "unclear", "not_assessed"],
        "constraints": {"enum": ["yes", "partial", "no", "unclear", "not_assessed"]},
    }
    assert runner.invoke(app, ["export", "datapackage"]).exit_code == 2
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["type", "message"])
