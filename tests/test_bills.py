"""Bills: the contract (rules with their located messages), on the fixture of tests/fixtures/bills.

The fixture is the valid one with bills added: PH has a bill in committee (sb-100), one that
lapsed (hb-12) and one that became its Act (sb-2), and a `no` on grooming; AU-NSW has a bill
that passed one chamber; AU records none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lawtrack.datafiles.validate import validate_dir
from tests.conftest import fixture_copy

TODAY = date(2026, 11, 27)


@pytest.fixture
def bills_dir(tmp_path: Path) -> Path:
    return fixture_copy("bills", tmp_path / "bills-data")


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
