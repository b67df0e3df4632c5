"""Bills: the contract (rules with their located messages), on the fixture of tests/fixtures/bills.

The fixture is the valid one with bills added: PH has a bill in committee (sb-100), one that
lapsed (hb-12) and one that became its Act (sb-2), and a `no` on grooming; AU-NSW has a bill
that passed one chamber; AU records none.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lawtrack.datafiles.validate import validate_dir
from tests.cli import invoke, run
from tests.conftest import fixture_copy

Golden = Callable[[str, str], None]
SHORT_IDS = [
    *(f"A{n}" for n in range(5)),
    *(f"B{n}" for n in range(1, 9)),
    *(f"C{n}" for n in range(1, 4)),
    *(f"D{n}" for n in range(1, 5)),
    *(f"E{n}" for n in range(1, 6)),
]
NSW_RESEARCH = [short for short in SHORT_IDS if short != "B1"]
PH_RESEARCH = [short for short in SHORT_IDS if short not in ("B1", "B6", "B8")]

TODAY = date(2026, 11, 27)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Every test of this module, and the CLI it runs, on the fixture with bills."""
    return fixture_copy("bills", tmp_path / "bills-data")


@pytest.fixture
def bills_dir(data_dir: Path) -> Path:
    return data_dir


def _problems(root: Path) -> list[str]:
    validation = validate_dir(root, today=TODAY)
    return [p.format().split("bills-data/", 1)[1] for p in validation.problems]


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / "jurisdictions" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_bills_fixture_is_valid(bills_dir: Path) -> None:
    assert _problems(bills_dir) == []


NSW_STAGES = """\
      - stage: passed_one_chamber
        date: 2026-05-12
        chamber: Legislative Assembly
        sources: [https://example.org/nsw-bill/assembly]
      - stage: introduced
        date: 2026-04-01
        chamber: Legislative Assembly
        sources: [https://example.org/nsw-bill]
"""

RULES = [
    (
        "stages out of order",
        ("ph.yaml", "        date: 2026-03-02\n", "        date: 2026-01-15\n"),
        "jurisdictions/ph.yaml:53:15: bills.sb-100.stages[1].date: stages go newest first: "
        "2026-01-15 is not before 2026-01-15",
    ),
    (
        "a stage without a source",
        ("ph.yaml", "        sources: [https://example.org/sb-100/committee]\n", ""),
        "jurisdictions/ph.yaml:47:16: bills.sb-100.stages[0].stage: a stage needs at least one "
        "source URL",
    ),
    (
        "commenced without became",
        ("ph.yaml", "    became: act-2\n", ""),
        "jurisdictions/ph.yaml:92:16: bills.sb-2.stages[0].stage: 'commenced' needs `became`: "
        "the instrument the bill became",
    ),
    (
        "became names no instrument",
        ("ph.yaml", "    became: act-2\n", "    became: act-9\n"),
        "jurisdictions/ph.yaml:91:13: bills.sb-2.became: unknown instrument 'act-9' (not under "
        "instruments)",
    ),
    (
        "became with a pinpoint",
        ("ph.yaml", "    became: act-2\n", "    became: act-2 s. 4\n"),
        "jurisdictions/ph.yaml:91:13: bills.sb-2.became: 'act-2 s. 4' is not an instrument id, "
        "or 'XX:id' for another jurisdiction's (no pinpoint)",
    ),
    (
        "became in another file",
        ("au-nsw.yaml", "    url: https://example.org/nsw-bill\n", "    became: AU:code-2001\n"),
        "jurisdictions/au-nsw.yaml:30:13: bills.live-streaming-bill-2026.became: unknown "
        "instrument 'code-2001' in AU",
    ),
    (
        "unknown criterion",
        ("ph.yaml", "      - criterion: grooming_offence\n", "      - criterion: grooming\n"),
        "jurisdictions/ph.yaml:57:20: bills.sb-100.would_change[0].criterion: unknown criterion "
        "'grooming'",
    ),
    (
        "a criterion named twice",
        (
            "ph.yaml",
            "      - criterion: live_streaming_offence\n        status: yes\n        "
            "provision: s. 9",
            "      - criterion: grooming_offence\n        status: yes\n        provision: s. 9",
        ),
        "jurisdictions/ph.yaml:62:20: bills.sb-100.would_change[1].criterion: 'grooming_offence' "
        "is also named in would_change[0]: one entry per criterion",
    ),
    (
        "a change to not_assessed",
        ("ph.yaml", "        status: partial\n", "        status: not_assessed\n"),
        "jurisdictions/ph.yaml:83:17: bills.hb-12.would_change[0].status: 'not_assessed' is not "
        "one of yes, partial, no, unclear",
    ),
    (
        "a stage not in the vocabulary",
        ("ph.yaml", "      - stage: lapsed\n", "      - stage: died\n"),
        "jurisdictions/ph.yaml:73:16: bills.hb-12.stages[0].stage: 'died' is not one of "
        "introduced, committee, negotiation, passed_one_chamber, passed, assented, commenced, "
        "lapsed, withdrawn, rejected",
    ),
    (
        "a change without a source",
        (
            "au-nsw.yaml",
            "        provision: s. 91HA\n        sources: [https://example.org/nsw-bill]\n",
            "        provision: s. 91HA\n",
        ),
        "jurisdictions/au-nsw.yaml:42:17: bills.live-streaming-bill-2026.would_change[0].status: "
        "a change needs at least one source URL",
    ),
    (
        "a bill without stages",
        ("au-nsw.yaml", "    stages:\n" + NSW_STAGES, "    stages: []\n"),
        "jurisdictions/au-nsw.yaml:27:5: bills.live-streaming-bill-2026: needs at least one "
        "stage (the newest verified, with its source)",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_each_bill_rule_gives_a_located_error(
    bills_dir: Path, edit: tuple[str, str, str], expected: str
) -> None:
    _edit(bills_dir, *edit)
    assert expected in _problems(bills_dir)


def test_dates_that_disagree_with_the_instrument_warn(bills_dir: Path) -> None:
    _edit(bills_dir, "ph.yaml", "        date: 2022-07-30\n", "        date: 2022-07-31\n")
    _edit(
        bills_dir,
        "ph.yaml",
        "      - stage: commenced\n        date: 2022-08-15\n",
        "      - stage: commenced\n        date: 2022-08-16\n",
    )
    _edit(bills_dir, "ph.yaml", "        date: 2026-03-02\n", "        date: 2027-03-02\n")
    assert _problems(bills_dir) == [
        "jurisdictions/ph.yaml:48:15: bills.sb-100.stages[0].date: warning: 2027-03-02 is in the "
        "future",
        "jurisdictions/ph.yaml:94:15: bills.sb-2.stages[0].date: warning: commenced on "
        "2022-08-16, which is no in_force date of 'act-2' or of its provisions",
        "jurisdictions/ph.yaml:97:15: bills.sb-2.stages[1].date: warning: assented on 2022-07-31, "
        "but 'act-2' was enacted on 2022-07-30",
    ]


def test_fmt_puts_the_keys_of_a_bill_in_schema_order(bills_dir: Path) -> None:
    from lawtrack.datafiles import layout
    from lawtrack.datafiles import schema as s
    from lawtrack.datafiles.roundtrip import dump_rt, load_rt
    from tests.test_columns import _orders, _reversed

    text = (bills_dir / "jurisdictions" / "ph.yaml").read_text(encoding="utf-8")
    assert layout.canonical(text) == text
    tree = load_rt(text)
    _reversed(tree)
    found: list[tuple[str, list[str]]] = []
    canonical = load_rt(layout.canonical(dump_rt(tree)))
    found.append(("JurisdictionFile", [str(key) for key in canonical]))
    for bill in canonical["bills"].values():
        _orders(bill, s.Bill, found)
    assert {"Bill", "BillStage", "BillChange"} <= {name for name, _ in found}
    for name, keys in found:
        order = layout.keys(getattr(s, name))
        assert keys == sorted(keys, key=order.index), name


def test_a_loaded_bill_reads_back_whole(database_url: str, bills_dir: Path) -> None:
    """Every key of every bill reaches the database: its row, its stages and changes in file
    order, each with its sources, and the instrument it became."""
    from sqlalchemy import select

    from lawtrack import models as m
    from lawtrack.store import open_store

    store = open_store(database_url, bills_dir)
    dataset = validate_dir(bills_dir, today=TODAY).dataset
    assert dataset is not None
    read: dict[str, object] = {}
    with store.reader() as session:
        for bill in session.scalars(
            select(m.Bill).order_by(m.Bill.jurisdiction_id, m.Bill.position)
        ):
            code = session.get(m.Jurisdiction, bill.jurisdiction_id).code  # type: ignore[union-attr]
            became = session.get(m.Instrument, bill.became_id) if bill.became_id else None
            stages = session.scalars(
                select(m.BillStage)
                .where(m.BillStage.bill_id == bill.id)
                .order_by(m.BillStage.position)
            ).all()
            changes = session.scalars(
                select(m.BillChange)
                .where(m.BillChange.bill_id == bill.id)
                .order_by(m.BillChange.position)
            ).all()

            def urls(model: type[m.Base], column: object, owner: int) -> list[str]:
                return list(
                    session.scalars(
                        select(model.url).where(column == owner).order_by(model.position)  # type: ignore[attr-defined]
                    )
                )

            read[f"{code}:{bill.key}"] = {
                "title": bill.title,
                "reference": bill.reference,
                "chambers": bill.chambers.split("; ") if bill.chambers else [],
                "url": bill.url,
                "became": became.key if became else None,
                "note": bill.note,
                "stages": [
                    (
                        s.stage,
                        s.date,
                        s.chamber,
                        s.note,
                        urls(m.BillStageSource, m.BillStageSource.stage_id, s.id),
                    )
                    for s in stages
                ],
                "would_change": [
                    (
                        session.get(m.Criterion, c.criterion_id).code,  # type: ignore[union-attr]
                        c.status,
                        c.provision,
                        c.note,
                        urls(m.BillChangeSource, m.BillChangeSource.change_id, c.id),
                    )
                    for c in changes
                ],
            }
    expected = {
        f"{code}:{key}": {
            "title": bill.title,
            "reference": bill.reference,
            "chambers": bill.chambers,
            "url": bill.url,
            "became": bill.became,
            "note": bill.note,
            "stages": [(s.stage, s.date, s.chamber, s.note, s.sources) for s in bill.stages],
            "would_change": [
                (c.criterion, c.status, c.provision, c.note, c.sources) for c in bill.would_change
            ],
        }
        for code, jdoc in dataset.jurisdictions.items()
        for key, bill in jdoc.model.bills.items()
    }
    assert read == expected
    assert sorted(read) == ["AU-NSW:live-streaming-bill-2026", "PH:hb-12", "PH:sb-100", "PH:sb-2"]


def test_the_database_accepts_every_stage_and_refuses_others(
    database_url: str, bills_dir: Path
) -> None:
    """The CHECK constraints made by the migrations, against stages.py: a stage or status added
    without its migration fails here."""
    from sqlalchemy import text

    from lawtrack import stages
    from lawtrack.store import open_store

    store = open_store(database_url, bills_dir)
    with store.engine.begin() as connection:
        step = connection.execute(text("SELECT min(id) FROM bill_stages")).scalar_one()
        change = connection.execute(text("SELECT min(id) FROM bill_changes")).scalar_one()
        for code in stages.CODES:
            connection.execute(
                text("UPDATE bill_stages SET stage = :s WHERE id = :i"), {"s": code, "i": step}
            )
        for code in stages.CHANGE_STATUSES:
            connection.execute(
                text("UPDATE bill_changes SET status = :s WHERE id = :i"), {"s": code, "i": change}
            )
    for sql, row in (
        ("UPDATE bill_stages SET stage = 'died' WHERE id = :i", step),
        ("UPDATE bill_changes SET status = 'not_assessed' WHERE id = :i", change),
    ):
        with pytest.raises(Exception, match=r"(?i)check"), store.engine.begin() as connection:
            connection.execute(text(sql), {"i": row})
    store.engine.dispose()


# --- the views ----------------------------------------------------------------------------------

BILLS_CSV = [
    "jurisdiction,id,title,reference,stage,stage_code,kind,since,latest_step,chamber,would_change,"
    "would_change_codes,became,became_id,sources,step_note,note,url",
    "AU-NSW,live-streaming-bill-2026,Example Crimes Amendment (Live Streaming) Bill 2026,Example "
    "Bill 2026 (NSW),passed one chamber,passed_one_chamber,pending,2026-05-12,2026-05-12,"
    "Legislative Assembly,B1 unclear → yes,live_streaming_offence=yes,,,"
    "https://example.org/nsw-bill/assembly,,,https://example.org/nsw-bill",
    "PH,sb-100,Example Online Safety Bill,Senate Bill No. 100,in committee,committee,pending,"
    "2026-03-02,2026-03-02,Senate,B6 no → yes; B1 yes (no change),grooming_offence=yes; "
    "live_streaming_offence=yes,,,https://example.org/sb-100/committee,Referred to the Committee "
    "on Justice.,The text of s. 7 was read; s. 9 only in a summary.,https://example.org/sb-100",
    "PH,hb-12,Example Victims Bill,House Bill No. 12,lapsed,lapsed,ended,2025-06-30,2025-06-30,,"
    "D1 not assessed → partial,victim_non_punishment=partial,,,https://example.org/hb-12/lapsed,"
    "Fell with the end of the Congress.,,https://example.org/hb-12",
    "PH,sb-2,Example Online Exploitation Bill,Senate Bill No. 2,commenced,commenced,enacted,"
    "2022-08-15,2022-08-15,,B1 yes (no change),live_streaming_offence=yes,Example Act No. 2,act-2,"
    "https://example.org/act-2,,,https://example.org/sb-2",
]


def test_bills_lists_each_bill_at_its_stage_with_its_sources(
    runner: CliRunner, database_url: str
) -> None:
    out = run(runner, "bills", "--as-of", "2026-11-27", "-f", "csv")
    assert out.splitlines() == BILLS_CSV


def test_a_bill_the_day_before_and_the_day_of_a_step(runner: CliRunner) -> None:
    """sb-100 went to committee on 2026-03-02: the day before it was introduced, with the
    introduction's source; that day it is in committee, with the committee's."""
    args = ("bills", "PH", "-f", "csv")
    before = run(runner, *args, "--as-of", "2026-03-01").splitlines()
    after = run(runner, *args, "--as-of", "2026-03-02").splitlines()
    assert before[1] == (
        "PH,sb-100,Example Online Safety Bill,Senate Bill No. 100,introduced,introduced,pending,"
        "2026-01-15,2026-01-15,Senate,B6 no → yes; B1 yes (no change),grooming_offence=yes; "
        "live_streaming_offence=yes,,,https://example.org/sb-100,,The text of s. 7 was read; s. 9 "
        "only in a summary.,https://example.org/sb-100"
    )
    assert after[1] == BILLS_CSV[2]
    assert before[2:] == after[2:] == BILLS_CSV[3:]
    assert run(runner, *args, "--as-of", "2026-01-14").splitlines()[1:] == BILLS_CSV[3:]


def test_bills_by_stage_or_kind(runner: CliRunner) -> None:
    def listed(*args: str) -> list[str]:
        out = run(runner, "bills", "--as-of", "2026-11-27", "-f", "csv", *args)
        return [",".join(line.split(",")[:2]) for line in out.splitlines()[1:]]

    assert listed("--stage", "pending") == ["AU-NSW,live-streaming-bill-2026", "PH,sb-100"]
    assert listed("--stage", "committee") == ["PH,sb-100"]
    assert listed("--stage", "enacted") == ["PH,sb-2"]
    assert listed("--stage", "ended") == ["PH,hb-12"]
    assert listed("--stage", "negotiation") == []
    assert listed("--region", "Australia and New Zealand") == ["AU-NSW,live-streaming-bill-2026"]
    assert invoke(runner, "bills", "--stage", "died") == (
        2,
        "",
        "error: unknown stage 'died'; did you mean ended?\n",
    )


def test_bills_in_a_terminal(runner: CliRunner, golden: Golden) -> None:
    golden("bills_80.txt", run(runner, "bills", "--as-of", "2026-11-27"))


def test_bills_of_a_file_that_records_none(runner: CliRunner) -> None:
    out = " ".join(run(runner, "bills", "AU", "--as-of", "2026-11-27").split())
    assert out.startswith(
        "No bill recorded for these jurisdictions: their pending bills were not researched. Stage: "
    )


GAPS_PENDING = [
    "AU-NSW,ambiguity,B1,unclear,live-streaming-bill-2026: passed one chamber on 2026-05-12, "
    "would make it yes",
    "PH,legislative,B6,no,sb-100: in committee since 2026-03-02, would make it yes",
    "PH,research,D1,not_assessed,nothing pending",
]


def _pending(out: str) -> list[str]:
    rows = list(csv.DictReader(io.StringIO(out)))
    return [
        ",".join((row["jurisdiction"], row["gap"], row["id"], row["status"], row["pending"]))
        for row in rows
    ]


def test_gaps_say_which_bill_is_pending(runner: CliRunner, database_url: str) -> None:
    out = run(runner, "gaps", "--bills", "PH", "AU-NSW", "AU", "--as-of", "2026-11-27", "-f", "csv")
    header = out.splitlines()[0]
    assert header == (
        "jurisdiction,gap,id,criterion,name,status,evidence,pending,citation,sources,called_for_by,"
        "note,counterpoint,counterpoint_sources,untested"
    )
    said = _pending(out)
    assert [row for row in said if row.startswith("AU,")] == [
        row for row in said if row.startswith("AU,") and row.endswith(",bills not researched")
    ]
    assert len([row for row in said if row.startswith("AU,")]) == 24
    assert [row for row in said if not row.startswith("AU,")] == [
        *GAPS_PENDING[:1],
        *[f"AU-NSW,research,{short},not_assessed,nothing pending" for short in NSW_RESEARCH],
        GAPS_PENDING[1],
        *[f"PH,research,{short},not_assessed,nothing pending" for short in PH_RESEARCH],
    ]


def test_gaps_without_bills_are_unchanged(runner: CliRunner) -> None:
    out = run(runner, "gaps", "PH", "--as-of", "2026-11-27", "-f", "csv")
    assert "pending" not in out.splitlines()[0]


def test_a_bill_is_pending_only_while_it_is_on_the_way(runner: CliRunner) -> None:
    """sb-100 names B6 from its introduction; hb-12 named D1 until it lapsed."""

    def pending(as_of: str) -> list[str]:
        out = run(runner, "gaps", "--bills", "PH", "--as-of", as_of, "-f", "csv")
        return [row for row in _pending(out) if ",B6," in row or ",D1," in row]

    assert pending("2025-06-29") == [
        "PH,legislative,B6,no,nothing pending",
        "PH,research,D1,not_assessed,hb-12: passed one chamber on 2025-02-03, would make it "
        "partial",
    ]
    assert pending("2025-06-30") == [
        "PH,legislative,B6,no,nothing pending",
        "PH,research,D1,not_assessed,nothing pending",
    ]
    assert pending("2026-01-15") == [
        "PH,legislative,B6,no,sb-100: introduced on 2026-01-15, would make it yes",
        "PH,research,D1,not_assessed,nothing pending",
    ]


def _markdown_cells(text: str) -> dict[tuple[str, str], str]:
    """(row id, column label) -> cell, for the first pipe table of a Markdown view."""
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    cells = {}
    for line in lines[1:]:
        row = [cell.strip() for cell in line.strip("|").split("|")]
        for label, value in zip(header, row, strict=True):
            cells[(row[0], label)] = value
    return cells


@pytest.mark.parametrize("view", [["compare", "PH", "AU-NSW", "AU"], ["matrix"]])
def test_if_enacted_changes_exactly_the_cells_the_bills_name(
    runner: CliRunner, view: list[str]
) -> None:
    base = [*view, "--as-of", "2026-11-27", "-f", "md"]
    before = _markdown_cells(run(runner, *base))
    after = _markdown_cells(
        run(
            runner,
            *base,
            "--if-enacted",
            "sb-100",
            "--if-enacted",
            "AU-NSW:live-streaming-bill-2026",
        )
    )
    changed = {key: (before[key], after[key]) for key in before if before[key] != after[key]}
    cells = {
        ("PH", "B1"): ("● yes", "● yes‡"),
        ("PH", "B6"): ("○ no", "● yes‡"),
        ("AU-NSW", "B1"): ("? unclear", "● yes‡"),
    }
    if view[0] == "compare":  # criteria as rows
        expected = {(short, code): move for (code, short), move in cells.items()}
    else:  # jurisdictions as rows, criteria as columns under their names
        names = {
            "B1": "Organising/profiting from live streams",
            "B6": "Online grooming / solicitation",
        }
        expected = {(code, names[short]): move for (code, short), move in cells.items()}
    assert changed == expected
    assert set(after) == set(before)


def test_if_enacted_says_what_it_shows(runner: CliRunner, database_url: str) -> None:
    out = run(
        runner,
        "compare",
        "PH",
        "AU-NSW",
        "-c",
        "B1",
        "-c",
        "B6",
        "--if-enacted",
        "sb-100",
        "--as-of",
        "2026-11-27",
        "-f",
        "md",
        "--cite",
    )
    assert out == (
        "**PH, AU-NSW compared, as of 2026-11-27, if sb-100 were enacted**\n"
        "\n"
        "| Id | Criterion | PH | AU-NSW |\n"
        "|---|---|---|---|\n"
        "| B1 | Organising/profiting from live streams | ● yes‡ [1] | ? unclear [2] |\n"
        "| B6 | Online grooming / solicitation | ● yes‡ [3] | · not assessed |\n"
        "\n"
        "Legend: ● yes = met;  ◐ partial;  ○ no;  ? unclear = ambiguous law;  · not assessed = "
        "not yet researched (never read as 'no');  ‡ as the cell would stand if the bill named in "
        "the notes were enacted as seen, not the law in force\n"
        "\n"
        "[1] if enacted: Senate Bill No. 100, s. 9; https://example.org/sb-100  \n"
        "[2] Example Crimes Act 1900, s. 91H; Example Code 1995, s. 474.22; "
        "https://example.org/crimes  \n"
        "[3] if enacted: Senate Bill No. 100, s. 7; https://example.org/sb-100  \n"
        "‡ PH B1 Organising/profiting from live streams: yes in force, yes if sb-100 (Senate Bill "
        "No. 100) were enacted as seen (s. 9): no change.  \n"
        "‡ PH B6 Online grooming / solicitation: no in force, yes if sb-100 (Senate Bill No. 100) "
        "were enacted as seen (s. 7).  \n"
    )
    data = json.loads(
        run(
            runner,
            "compare",
            "PH",
            "-c",
            "B6",
            "--if-enacted",
            "PH:sb-100",
            "--as-of",
            "2026-11-27",
            "-f",
            "json",
        )
    )
    assert data["meta"] == {"as_of": "2026-11-27", "if_enacted": "PH:sb-100"}
    assert data["rows"] == [
        {
            "id": "B6",
            "criterion": "grooming_offence",
            "name": "Online grooming / solicitation",
            "PH": "yes",
        }
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--if-enacted", "sb-10"],
            "error: unknown bill 'sb-10'; did you mean sb-100 or sb-2 or hb-12?\n",
        ),
        (
            ["--if-enacted", "EU:sb-100"],
            "error: unknown bill 'EU:sb-100'; did you mean PH:sb-100 or PH:sb-2?\n",
        ),
        (
            ["--if-enacted", "live-streaming-bill-2026"],
            "error: --if-enacted AU-NSW:live-streaming-bill-2026: AU-NSW is not among the "
            "jurisdictions shown\n",
        ),
        (
            ["--if-enacted", "sb-100", "--if-enacted", "sb-2"],
            "error: --if-enacted: PH B1 is named by both sb-100 and sb-2; give one of them\n",
        ),
        (
            ["--if-enacted", "sb-100", "--if-enacted", "PH:sb-100"],
            "error: bill 'PH:sb-100' is named twice\n",
        ),
    ],
)
def test_if_enacted_refuses_what_it_cannot_show(
    runner: CliRunner, args: list[str], message: str
) -> None:
    run(runner, "jurisdictions")  # the first command loads the data, and says so
    assert invoke(runner, "compare", "PH", *args) == (2, "", message)


def test_timeline_shows_bill_stages_as_events(runner: CliRunner) -> None:
    out = run(runner, "timeline", "PH", "-f", "csv")
    assert [line for line in out.splitlines() if ",bill," in line or "2022-08-15" in line] == [
        "2021-03-01,bill,introduced (Senate),Senate Bill No. 2,Example Online Exploitation Bill,sb-2",
        "2022-07-30,bill,assented,Senate Bill No. 2,Example Online Exploitation Bill,sb-2",
        "2022-08-15,instrument,repealed,Example Act No. 1,Example Pornography Act,act-1",
        "2022-08-15,instrument,in force,Example Act No. 2,Example Online Exploitation Act,act-2",
        "2022-08-15,bill,commenced,Senate Bill No. 2,Example Online Exploitation Bill,sb-2",
        '2022-08-15,criterion,no,"Example Act No. 2, s. 4",B6 Online grooming / solicitation,'
        "grooming_offence",
        '2022-08-15,criterion,partial → yes,"Example Act No. 2, s. 4(c)",B1 Organising/profiting '
        "from live streams,live_streaming_offence",
        "2025-02-03,bill,passed one chamber (House of Representatives),House Bill No. 12,Example "
        "Victims Bill,hb-12",
        "2025-06-30,bill,lapsed,House Bill No. 12,Example Victims Bill,hb-12",
        "2026-01-15,bill,introduced (Senate),Senate Bill No. 100,Example Online Safety Bill,sb-100",
        "2026-03-02,bill,in committee (Senate),Senate Bill No. 100,Example Online Safety Bill,sb-100",
    ]


def test_diff_lists_the_bills_that_moved(runner: CliRunner, database_url: str) -> None:
    out = run(runner, "diff", "--bills", "--from", "2026-01-31", "--to", "2026-11-27", "-f", "csv")
    assert out.splitlines() == [
        "jurisdiction,id,criterion,from_status,to_status,change,changed,citation,note",
        "AU-NSW,live-streaming-bill-2026,bill,,,bill: no step recorded → passed one chamber,"
        "2026-05-12,Example Bill 2026 (NSW),",
        "PH,sb-100,bill,,,bill: introduced → in committee,2026-03-02,Senate Bill No. 100,Referred "
        "to the Committee on Justice.",
    ]
    data = json.loads(
        run(runner, "diff", "--from", "2026-01-31", "--to", "2026-11-27", "-f", "json")
    )
    assert (data["rows"], data["notes"]) == (
        [],
        ["2 bill(s) took a step in this period: --bills lists them."],
    )
    quiet = run(
        runner, "diff", "--bills", "--from", "2026-06-01", "--to", "2026-11-27", "-f", "csv"
    )
    assert quiet.splitlines()[1:] == []


@pytest.mark.parametrize("suffix", [".csv", ".json", ".md", ".html", ".xlsx"])
def test_bills_in_every_format(runner: CliRunner, tmp_path: Path, suffix: str) -> None:
    """The one output path: the format from the suffix, the bill and its stage in the file."""
    target = tmp_path / f"bills{suffix}"
    run(runner, "bills", "PH", "--as-of", "2026-11-27", "-o", str(target))
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(target)["bills"]
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert values[1][:5] == [
            "PH",
            "sb-100",
            "Example Online Safety Bill",
            "Senate Bill No. 100",
            "in committee",
        ]
    else:
        text = target.read_text(encoding="utf-8")
        assert (
            "sb-100" in text
            and "in committee" in text
            and "https://example.org/sb-100/committee" in text
        )


# --- briefs -------------------------------------------------------------------------------------


def _section(text: str, heading: str) -> str:
    """One `## heading` section of a Markdown brief, up to the next `## `."""
    start = text.index(f"## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_a_brief_shows_pending_legislation_and_the_gaps_nothing_addresses(
    runner: CliRunner, database_url: str
) -> None:
    text = run(runner, "brief", "PH", "--as-of", "2026-11-27")
    assert (
        "- **Pending legislation:** 1 bill on the way; of the 1 criterion where the law falls or "
        "may fall short, 1 would be narrowed by one and **0 by none**.\n" in text
    )
    assert "**On the way:** sb-100 (in committee since 2026-03-02) would make it yes. [7]\n" in text
    assert _section(text, "Pending legislation") == (
        "## Pending legislation\n"
        "\n"
        "### sb-100: Example Online Safety Bill\n"
        "\n"
        "Senate Bill No. 100; in committee since 2026-03-02. [7]\n"
        "\n"
        "- **B6 Online grooming / solicitation**: no now, yes if enacted, by s. 7. Online grooming "
        "of a child becomes an offence. [8]\n"
        "- **B1 Organising/profiting from live streams**: yes now and if enacted (no change), by "
        "s. 9. Restates the livestreaming offence. [9]\n"
        "\n"
        "*As researched:* The text of s. 7 was read; s. 9 only in a summary.\n"
    )
    assert _section(text, "Gaps no pending bill addresses") == (
        "## Gaps no pending bill addresses\n"
        "\n"
        "Every criterion where the law falls or may fall short has a bill on the way that would "
        "narrow the gap.\n"
    )
    assert (
        "7. Senate Bill No. 100: in committee, 2026-03-02; <https://example.org/sb-100/committee>\n"
        "8. Senate Bill No. 100, s. 7; <https://example.org/sb-100>\n"
        "9. Senate Bill No. 100, s. 9; <https://example.org/sb-100>\n" in text
    )


def test_a_brief_before_the_bill_and_after_another_lapsed(runner: CliRunner) -> None:
    """On 2025-03-01 sb-100 did not exist and hb-12 was on the way; it names D1, not B6."""
    text = run(runner, "brief", "PH", "--as-of", "2025-03-01")
    assert _section(text, "Pending legislation") == (
        "## Pending legislation\n"
        "\n"
        "### hb-12: Example Victims Bill\n"
        "\n"
        "House Bill No. 12; passed one chamber on 2025-02-03. [7]\n"
        "\n"
        "- **D1 Victim non-punishment**: not assessed now, partial if enacted, by s. 3. [8]\n"
    )
    assert _section(text, "Gaps no pending bill addresses") == (
        "## Gaps no pending bill addresses\n"
        "\n"
        "Where the law falls short, or may fall short (†), and no bill on the way on 2025-03-01 "
        "would narrow the gap: new legislation is needed, or a pending bill must be amended to "
        "reach it.\n"
        "\n"
        "- **B6 Online grooming / solicitation: no**\n"
    )
    later = run(runner, "brief", "PH", "--as-of", "2025-12-31")
    assert _section(later, "Pending legislation") == (
        "## Pending legislation\n\nNo bill recorded was on the way on 2025-12-31.\n"
    )


def test_a_brief_where_bills_were_not_researched_says_so(runner: CliRunner) -> None:
    text = run(runner, "brief", "AU", "--as-of", "2026-11-27")
    assert "- Pending legislation has not been researched for this jurisdiction.\n" in text
    assert _section(text, "Pending legislation") == (
        "## Pending legislation\n"
        "\n"
        "Bills before the legislature have not been researched for Australia: nothing here says "
        "whether any is pending.\n"
    )
    assert "## Gaps no pending bill addresses" not in text


@pytest.mark.skipif(
    shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
    reason="no chromium on this machine (.ci/run installs it)",
)
def test_the_pending_legislation_of_a_brief_renders_in_chromium(
    runner: CliRunner, tmp_path: Path
) -> None:
    from tests.test_reports import dom

    page = tmp_path / "brief.html"
    run(runner, "brief", "PH", "AU-NSW", "-o", str(page), "--as-of", "2025-03-01")
    rendered = dom(page, tmp_path)
    assert rendered.count("<h2>Pending legislation</h2>") == 2
    assert "<h3>hb-12: Example Victims Bill</h3>" in rendered
    assert (
        '<li><strong>D1 Victim non-punishment</strong>: <span class="status s-not_assessed">not '
        'assessed</span> now, <span class="status s-partial">partial</span> if enacted, by s. 3.'
        '<sup><a href="#fn-PH-8">8</a></sup></li>' in rendered
    )
    assert "<h2>Gaps no pending bill addresses</h2>" in rendered
    assert (
        '<li><strong>B6 Online grooming / solicitation: <span class="status s-no">no</span>'
        "</strong></li>" in rendered
    )
    assert "<p>No bill recorded was on the way on 2025-03-01.</p>" in rendered  # AU-NSW
    assert 'id="fn-PH-8"' in rendered


# --- the maintainers' verbs ---------------------------------------------------------------------

ADDED = """\
bills:
  online-safety-bill:
    title: Example Online Safety Amendment Bill 2026
    reference: Bill No. 7 of 2026
    chambers: [House of Representatives, Senate]
    url: https://example.org/au-bill
    became: null
    note: Only the second reading speech was read.
    stages:
      - stage: introduced
        date: 2026-02-01
        chamber: House of Representatives
        sources: [https://example.org/au-bill]
    would_change: []
"""


def _add_bill(runner: CliRunner) -> tuple[int, str, str]:
    return invoke(
        runner, "data", "add-bill", "AU", "online-safety-bill",
        "--title", "Example Online Safety Amendment Bill 2026",
        "--reference", "Bill No. 7 of 2026",
        "--chamber", "House of Representatives", "--chamber", "Senate",
        "--url", "https://example.org/au-bill",
        "--stage", "introduced", "--date", "2026-02-01",
        "--stage-chamber", "House of Representatives",
        "--source", "https://example.org/au-bill",
        "--note", "Only the second reading speech was read.",
    )  # fmt: skip


def test_add_bill_writes_the_bill_where_the_contract_puts_it(
    runner: CliRunner, data_dir: Path
) -> None:
    path = data_dir / "jurisdictions" / "au.yaml"
    before = path.read_text(encoding="utf-8")
    assert _add_bill(runner) == (
        0,
        "AU: added bill online-safety-bill, introduced on 2026-02-01\n",
        "",
    )
    head, tail = before.split("assessments:\n")
    assert path.read_text(encoding="utf-8") == head + ADDED + "assessments:\n" + tail
    assert "# A hand-written comment that every edit must keep" in head
    assert _add_bill(runner)[::2] == (2, "error: au.yaml already has a bill 'online-safety-bill'\n")
    assert invoke(runner, "data", "fmt", "--check", str(data_dir))[0] == 0


def test_set_stage_puts_each_step_in_its_place_and_corrects_in_place(
    runner: CliRunner, data_dir: Path
) -> None:
    path = data_dir / "jurisdictions" / "ph.yaml"
    text = path.read_text(encoding="utf-8")
    marked = "        note: Referred to the Committee on Justice.  # checked 2026-11-01\n"
    path.write_text(
        text.replace("        note: Referred to the Committee on Justice.\n", marked), "utf-8"
    )
    before = path.read_text(encoding="utf-8")
    out = run(
        runner, "data", "set-stage", "PH", "sb-100", "passed_one_chamber", "--date", "2026-06-01",
        "--chamber", "Senate", "--source", "https://example.org/sb-100/third-reading",
        "--note", "Approved on third reading.",
    )  # fmt: skip
    assert out == "PH sb-100: passed_one_chamber on 2026-06-01\n"
    step = (
        "      - stage: passed_one_chamber\n"
        "        date: 2026-06-01\n"
        "        chamber: Senate\n"
        "        sources: [https://example.org/sb-100/third-reading]\n"
        "        note: Approved on third reading.\n"
    )
    stages = "    stages:\n"
    at = before.index(stages) + len(stages)
    assert path.read_text(encoding="utf-8") == before[:at] + step + before[at:]
    # the same date again is a correction of that step: only its changed line moves
    run(
        runner, "data", "set-stage", "PH", "sb-100", "committee", "--date", "2026-03-02",
        "--chamber", "Senate", "--source", "https://example.org/sb-100/committee",
        "--note", "Referred to the Committee on Justice and Human Rights.",
    )  # fmt: skip
    after = path.read_text(encoding="utf-8")
    assert after == (before[:at] + step + before[at:]).replace(
        marked,
        "        note: Referred to the Committee on Justice and Human Rights. # checked 2026-11-01\n",
    )
    assert run(runner, "bills", "PH", "-f", "csv", "--as-of", "2026-11-27").splitlines()[1].split(
        ","
    )[4:9] == ["passed one chamber", "passed_one_chamber", "pending", "2026-06-01", "2026-06-01"]


def test_set_change_adds_then_replaces_an_entry(runner: CliRunner, data_dir: Path) -> None:
    path = data_dir / "jurisdictions" / "au-nsw.yaml"
    before = path.read_text(encoding="utf-8")
    assert run(
        runner, "data", "set-change", "AU-NSW", "live-streaming-bill-2026", "B6", "partial",
        "--provision", "s. 66EB", "--source", "https://example.org/nsw-bill",
    ) == "AU-NSW live-streaming-bill-2026: would make grooming_offence partial\n"  # fmt: skip
    added = (
        "      - criterion: grooming_offence\n"
        "        status: partial\n"
        "        provision: s. 66EB\n"
        "        sources: [https://example.org/nsw-bill]\n"
    )
    end = before.index("assessments:\n")
    assert path.read_text(encoding="utf-8") == before[:end] + added + before[end:]
    run(
        runner, "data", "set-change", "AU-NSW", "live-streaming-bill-2026", "grooming_offence",
        "yes", "--provision", "s. 66EB", "--source", "https://example.org/nsw-bill",
    )  # fmt: skip
    assert (
        path.read_text(encoding="utf-8")
        == before[:end] + added.replace("status: partial", "status: yes") + before[end:]
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["set-stage", "PH", "sb-10", "committee", "--date", "2026-04-01", "--source", "https://x.org"],
            2,
            "error: ph.yaml has no bill 'sb-10'; did you mean sb-100 or sb-2 or hb-12?\n",
        ),
        (
            ["set-stage", "PH", "sb-100", "died", "--date", "2026-04-01", "--source", "https://x.org"],
            2,
            "error: 'died' is not one of introduced, committee, negotiation, passed_one_chamber, "
            "passed, assented, commenced, lapsed, withdrawn, rejected\n",
        ),
        (
            ["set-stage", "PH", "sb-100", "commenced", "--date", "2026-04-01", "--source", "https://x.org"],
            1,
            "bills.sb-100.stages[0].stage: 'commenced' needs `became`: the instrument the bill "
            "became",
        ),
        (
            ["set-stage", "PH", "sb-100", "commenced", "--date", "2026-04-01", "--source",
             "https://x.org", "--became", "act-9"],
            1,
            "bills.sb-100.became: unknown instrument 'act-9' (not under instruments)",
        ),
        (
            ["set-stage", "PH", "sb-100", "committee", "--date", "2026-04-31", "--source", "https://x.org"],
            2,
            "error: --date: '2026-04-31' is not a date (YYYY-MM-DD)\n",
        ),
        (
            ["set-change", "PH", "sb-100", "B6", "not_assessed", "--provision", "s. 7", "--source", "https://x.org"],
            2,
            "error: 'not_assessed' is not one of yes, partial, no, unclear\n",
        ),
        (
            ["set-change", "PH", "sb-100", "B66", "yes", "--provision", "s. 7", "--source", "https://x.org"],
            2,
            "error: unknown criterion 'B66'",
        ),
        (
            ["add-bill", "PH", "Bad Id", "--title", "t", "--reference", "r", "--stage", "introduced",
             "--date", "2026-01-01", "--source", "https://x.org"],
            1,
            "bills.Bad Id: 'Bad Id' does not match the pattern",
        ),
    ],
)  # fmt: skip
def test_a_failing_bill_edit_writes_nothing(
    runner: CliRunner, data_dir: Path, args: list[str], code: int, message: str
) -> None:
    files = {p: p.read_bytes() for p in (data_dir / "jurisdictions").glob("*.yaml")}
    exit_code, _, err = invoke(runner, "data", *args)
    assert (exit_code, message in err) == (code, True), err
    assert {p: p.read_bytes() for p in files} == files
    assert not list((data_dir / "jurisdictions").glob(".*.tmp"))


def test_stale_bills(runner: CliRunner) -> None:
    """Bills on the way (not the lapsed or the enacted one), oldest newest step first; the
    threshold is a number of days (no test reads today's date)."""
    out = run(runner, "data", "stale", "--bills", "--older-than", "0d", "-f", "csv")
    rows = [line.split(",") for line in out.splitlines()]
    assert rows[0] == ["jurisdiction", "id", "reference", "stage", "latest_step", "days", "file"]
    assert [row[:5] + row[6:] for row in rows[1:]] == [
        ["PH", "sb-100", "Senate Bill No. 100", "in committee", "2026-03-02", "jurisdictions/ph.yaml"],
        ["AU-NSW", "live-streaming-bill-2026", "Example Bill 2026 (NSW)", "passed one chamber",
         "2026-05-12", "jurisdictions/au-nsw.yaml"],
    ]  # fmt: skip
    none = run(runner, "data", "stale", "--bills", "--older-than", "100000d", "-f", "csv")
    assert none.splitlines() == [",".join(rows[0])]
    assert invoke(runner, "data", "stale", "--bills", "--older-than", "soon")[2] == (
        "error: --older-than: 'soon' is not an age like 180d, 6m or 1y\n"
    )


def test_a_bill_introduced_after_another_step_warns(bills_dir: Path) -> None:
    _edit(bills_dir, "ph.yaml", "      - stage: committee\n        date: 2026-03-02\n",
          "      - stage: introduced\n        date: 2026-03-02\n")  # fmt: skip
    _edit(bills_dir, "ph.yaml", "      - stage: introduced\n        date: 2026-01-15\n",
          "      - stage: committee\n        date: 2026-01-15\n")  # fmt: skip
    assert _problems(bills_dir) == [
        "jurisdictions/ph.yaml:47:16: bills.sb-100.stages[0].stage: warning: introduced on "
        "2026-03-02, after a committee step of 2026-01-15: a bill is introduced first (a new "
        "bill is a new entry)",
    ]
