"""The maintainers' verbs: edits keep comments and layout, fail without writing, survive kills."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lawtrack.datafiles.jsonschema import schema_text
from tests.cli import invoke

REPO = Path(__file__).parent.parent
COMMENT = "  # A hand-written comment that every edit must keep, byte for byte.\n"


def test_new_then_set_then_validate(runner: CliRunner, data_dir: Path) -> None:
    assert invoke(runner, "data", "new", "NZ") == (
        0,
        f"created {data_dir.resolve() / 'jurisdictions' / 'nz.yaml'}\n",
        "",
    )
    text = (data_dir / "jurisdictions" / "nz.yaml").read_text()
    assert text.startswith(
        "# yaml-language-server: $schema=../../schemas/jurisdiction.schema.json\n"
    )
    assert 'name: "New Zealand"\nlevel: national\nparent: null\n' in text
    assert "  # B2: Is knowingly viewing or attending a live stream" in text
    assert (
        invoke(
            runner,
            "data",
            "add-instrument",
            "NZ",
            "fvpca-1993",
            "--title",
            "Example Act",
            "--citation",
            "Example Act 1993",
            "--enacted",
            "1993-08-26",
        )[0]
        == 0
    )
    code, out, _ = invoke(
        runner,
        "data",
        "set",
        "NZ",
        "possession_offence",
        "yes",
        "--evidence",
        "complete",
        "--cite",
        "fvpca-1993 s. 131",
        "--source",
        "https://example.org/nz",
        "--note",
        "Possession is an offence.",
        "--from",
        "1993-08-26",
    )
    assert (code, out) == (0, "NZ possession_offence: yes from 1993-08-26\n")
    assert invoke(runner, "data", "validate", "--strict")[0] == 0
    csv_out = invoke(runner, "export", "assessments")[1]
    assert (
        "NZ,possession_offence,yes,complete,1993-08-26,,fvpca-1993 s. 131,Possession is an offence.,https://example.org/nz,"
        in csv_out
    )


def test_new_refuses_existing_or_invalid_codes(runner: CliRunner) -> None:
    assert invoke(runner, "data", "new", "PH")[0] == 2
    code, _, err = invoke(runner, "data", "new", "XQ")
    assert (code, err) == (
        2,
        "error: 'XQ' is not an ISO 3166-1 or ISO 3166-2 code (e.g. PH, AU-NSW), nor EU\n",
    )


def test_subnational_scaffold_gets_its_parent(runner: CliRunner, data_dir: Path) -> None:
    assert invoke(runner, "data", "new", "AU-VIC")[0] == 0
    text = (data_dir / "jurisdictions" / "au-vic.yaml").read_text()
    assert 'name: "Victoria"\nlevel: subnational\nparent: AU\n' in text


def _outside(before: str, after: str, edited: set[str]) -> tuple[list[str], list[str]]:
    keep = [line for line in before.splitlines(keepends=True) if line.strip() not in edited]
    now = [line for line in after.splitlines(keepends=True) if line.strip() not in edited]
    return keep, now


def test_set_keeps_every_other_byte(runner: CliRunner, data_dir: Path) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    before = path.read_text()
    assert (
        invoke(
            runner,
            "data",
            "set",
            "AU",
            "live_streaming_offence",
            "partial",
            "--evidence",
            "complete",
            "--cite",
            "code-1995 s. 474.22",
            "--source",
            "https://example.org/code",
            "--note",
            "Only some streams.",
        )[0]
        == 0
    )
    after = path.read_text()
    assert COMMENT in after
    changed = [
        (a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b
    ]
    assert changed == [
        ("    - status: yes", "    - status: partial"),
        (
            "      note: Using a carriage service for child abuse material.  # why: s. 474.22 text",
            "      note: Only some streams.                                  # why: s. 474.22 text",
        ),
    ]


def test_set_with_from_pushes_the_old_state_into_history(runner: CliRunner, data_dir: Path) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    before = path.read_text()
    assert (
        invoke(
            runner,
            "data",
            "set",
            "AU",
            "live_streaming_offence",
            "no",
            "--evidence",
            "complete",
            "--cite",
            "code-1995 s. 474.22",
            "--source",
            "https://example.org/code",
            "--note",
            "Repealed.",
            "--from",
            "2020-01-01",
        )[0]
        == 0
    )
    after = path.read_text()
    assert after.startswith(before.split("  live_streaming_offence:\n")[0])
    assert after.split("  live_streaming_offence:\n")[1] == (
        "    - status: no\n"
        "      evidence: complete\n"
        "      from: 2020-01-01\n"
        "      cite: [code-1995 s. 474.22]\n"
        "      note: Repealed.\n"
        "      sources: [https://example.org/code]\n"
        "    - status: yes\n"
        "      evidence: complete\n"
        "      from: 2010-04-15\n"
        "      cite: [code-1995 s. 474.22]\n"
        "      note: Using a carriage service for child abuse material.  # why: s. 474.22 text\n"
        "      sources: [https://example.org/code]\n"
    )


def test_add_instrument_keeps_comments(runner: CliRunner, data_dir: Path) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    before = path.read_text()
    assert (
        invoke(
            runner,
            "data",
            "add-instrument",
            "AU",
            "osa-2021",
            "--title",
            "Example Safety Act",
            "--citation",
            "Example Act No. 76, 2021",
            "--in-force",
            "2022-01-23",
        )[0]
        == 0
    )
    after = path.read_text()
    assert after.startswith(before.split("assessments:\n")[0])
    assert (
        "  osa-2021:\n    title: Example Safety Act\n    citation: Example Act No. 76, 2021\n"
        "    kind: statute\n    enacted: null\n    in_force: 2022-01-23\n    repealed: null\n    url: null\n"
    ) in after
    assert (
        invoke(
            runner, "data", "add-instrument", "AU", "osa-2021", "--title", "x", "--citation", "y"
        )[0]
        == 2
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["yess"], 2, "error: 'yess' is not one of yes, partial, no, unclear, not_assessed\n"),
        (
            [
                "yes",
                "--evidence",
                "complete",
                "--cite",
                "code-2001 s. 1",
                "--source",
                "https://example.org",
            ],
            1,
            "unknown instrument 'code-2001' (not under instruments)",
        ),
        (
            [
                "yes",
                "--evidence",
                "complete",
                "--cite",
                "code-1995 s. 1",
                "--source",
                "https://example.org",
                "--from",
                "2099-01-01",
            ],
            1,
            "2099-01-01 is in the future",
        ),
        (
            ["yes", "--from", "2020-02-30"],
            2,
            "error: --from: '2020-02-30' is not a date (YYYY-MM-DD)\n",
        ),
        (["yes", "--evidence", "complete"], 1, "'yes' needs at least one cite"),
        (
            ["yes", "--cite", "code-1995 s. 1", "--source", "https://example.org"],
            2,
            "error: 'yes' needs --evidence complete (every text it rests on was read) or "
            "--evidence incomplete (the note says what was not)\n",
        ),
        (
            ["not_assessed", "--evidence", "complete"],
            2,
            "error: 'not_assessed' takes no --evidence\n",
        ),
        (
            ["yes", "--evidence", "partly"],
            2,
            "error: --evidence: 'partly' is not one of complete, incomplete\n",
        ),
    ],
)
def test_a_failing_set_leaves_the_file_byte_identical(
    runner: CliRunner, data_dir: Path, args: list[str], code: int, message: str
) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    before = path.read_bytes()
    exit_code, _, err = invoke(runner, "data", "set", "AU", "live_streaming_offence", *args)
    assert exit_code == code
    assert message in err
    assert path.read_bytes() == before
    assert not list(path.parent.glob(".*.tmp"))


def test_unknown_criterion_or_jurisdiction(runner: CliRunner) -> None:
    assert invoke(runner, "data", "set", "AU", "live_streming", "yes")[2] == (
        "error: unknown criterion 'live_streming'; did you mean live_streaming_offence?\n"
    )
    code, _, err = invoke(runner, "data", "set", "NZ", "live_streaming_offence", "yes")
    assert code == 2 and err.startswith("error: no data file for NZ")


IMPORT_HEADER = (
    "jurisdiction,criterion,status,evidence,effective_from,effective_to,citations,note,sources\n"
)


def test_import_applies_rows_and_keeps_comments(
    runner: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "coded.csv"
    sheet.write_text(
        IMPORT_HEADER
        + "AU,possession_offence,yes,complete,2010-04-15,,code-1995 s. 474.20,Possession via carriage service.,https://example.org/code\n"
        + "PH,grooming_offence,partial,incomplete,2022-08-15,,act-2 s. 4(f),Grooming covered in part; s. 4(g) not read.,https://example.org/act-2\n"
    )
    path = data_dir / "jurisdictions" / "au.yaml"
    before = path.read_text()
    code, out, _ = invoke(runner, "data", "import", str(sheet), "--dry-run")
    assert code == 0 and out.endswith("2 row(s) read: 2 would change 2 file(s)\n")
    assert "+  possession_offence:\n+    - status: yes\n" in out
    assert path.read_text() == before
    assert invoke(runner, "data", "import", str(sheet))[1] == "2 row(s) read: 2 changed 2 file(s)\n"
    after = path.read_text()
    assert after.startswith(before)  # appended after everything that was there
    assert invoke(runner, "data", "validate", "--strict")[0] == 0


def test_import_with_a_bad_row_changes_no_file(
    runner: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "coded.csv"
    sheet.write_text(
        IMPORT_HEADER
        + "AU,possession_offence,yes,complete,2004-03-01,,code-1995 s. 474.20,Fine.,https://example.org/code\n"
        + "PH,grooming_offence,yess,complete,2022-08-15,,act-2 s. 4(f),Typo.,https://example.org/act-2\n"
        + "PH,grooming_offence,yes,complete,2022-13-15,,act-2 s. 4(f),Bad date.,https://example.org/act-2\n"
    )
    files = {p: p.read_bytes() for p in (data_dir / "jurisdictions").glob("*.yaml")}
    code, _, err = invoke(runner, "data", "import", str(sheet))
    assert code == 1
    assert (
        f"{sheet}: row 3, column status: 'yess' is not one of yes, partial, no, unclear, not_assessed"
        in err
    )
    assert f"{sheet}: row 4, column effective_from: '2022-13-15' is not a date (YYYY-MM-DD)" in err
    assert {p: p.read_bytes() for p in files} == files


def test_import_from_xlsx(runner: CliRunner, data_dir: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(IMPORT_HEADER.strip().split(","))
    sheet.append(
        [
            "PH",
            "grooming_offence",
            "yes",
            "complete",
            "2022-08-15",
            None,
            "act-2 s. 4(f)",
            "Grooming.",
            "https://example.org/act-2",
        ]
    )
    target = tmp_path / "coded.xlsx"
    book.save(target)
    assert (
        invoke(runner, "data", "import", str(target))[1] == "1 row(s) read: 1 changed 1 file(s)\n"
    )
    assert (
        "  grooming_offence:\n    - status: yes\n      evidence: complete\n      from: 2022-08-15\n"
        in (data_dir / "jurisdictions" / "ph.yaml").read_text()
    )


def test_export_then_import_changes_nothing(
    runner: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "all.csv"
    assert invoke(runner, "export", "assessments", "-o", str(exported))[0] == 0
    files = {p: p.read_bytes() for p in (data_dir / "jurisdictions").glob("*.yaml")}
    assert invoke(runner, "data", "import", str(exported))[0] == 0
    assert {p: p.read_bytes() for p in files} == files


def test_fmt_puts_keys_in_order_and_keeps_comments(runner: CliRunner, data_dir: Path) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    text = path.read_text()
    messy = text.replace(
        "    - status: yes\n      evidence: complete\n      from: 2010-04-15\n",
        "    - from: 2010-04-15\n      evidence: complete\n      status: yes\n",
    )
    messy = messy.replace(
        "name: Australia\nlevel: national\n", "level: national\nname: Australia\n"
    )
    path.write_text(messy)
    code, out, _ = invoke(runner, "data", "fmt", "--check")
    assert (code, out.splitlines()[0]) == (1, "would reformat jurisdictions/au.yaml")
    assert path.read_text() == messy
    assert invoke(runner, "data", "fmt")[0] == 0
    assert path.read_text() == text
    assert invoke(runner, "data", "fmt", "--check")[0] == 0


def test_schema_command_and_committed_file_agree() -> None:
    committed = (REPO / "schemas" / "jurisdiction.schema.json").read_text(encoding="utf-8")
    assert schema_text() == committed, (
        "run: lawtrack data schema -o schemas/jurisdiction.schema.json"
    )
    assert json.loads(committed)["properties"]["assessments"]["type"] == "object"


def test_review_queues(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "data", "stale", "--older-than", "0m", "-f", "csv")
    assert (code, out.splitlines()[0]) == (0, "jurisdiction,file,reviewed,months")
    assert len(out.splitlines()) == 4
    assert invoke(runner, "data", "stale", "--older-than", "soon")[2] == (
        "error: --older-than: 'soon' is not an age like 18m or 2y\n"
    )
    out = invoke(runner, "data", "coverage", "-f", "csv")[1]
    assert out.splitlines()[:4] == [
        "jurisdiction,assessed,not_assessed,without_sources",
        "AU,1,24,0",
        "AU-NSW,1,24,0",
        "PH,2,23,0",
    ]


def test_a_killed_write_never_leaves_a_truncated_file(tmp_path: Path, data_dir: Path) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    big_note = "A long note. " * 20000
    script = (
        "import sys, itertools\n"
        "from pathlib import Path\n"
        "from lawtrack.datafiles.roundtrip import write_atomically\n"
        f"path = Path({str(path)!r})\n"
        f"base = path.read_text()\n"
        "for n in itertools.count():\n"
        f"    write_atomically(path, base + '# ' + str(n) + ' ' + {big_note!r} + '\\n')\n"
    )
    original = path.read_text()
    writer = tmp_path / "writer.py"
    writer.write_text(script)
    for trial in range(20):
        process = subprocess.Popen([sys.executable, str(writer)], env=os.environ.copy())
        time.sleep(0.05 + (trial % 5) * 0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        text = path.read_text()
        assert text == original or (text.startswith(original) and text.endswith(big_note + "\n"))
