"""One test per rule of the data contract: the located message a maintainer sees."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lawtrack.datafiles.validate import validate_dir

TODAY = date(2026, 11, 27)


def _errors(data_dir: Path, *, strict: bool = False) -> list[str]:
    validation = validate_dir(data_dir, strict=strict, today=TODAY)
    return [p.format().split("data/", 1)[1] for p in validation.problems if p.severity == "error"]


def _edit(data_dir: Path, name: str, old: str, new: str) -> None:
    path = data_dir / "jurisdictions" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_valid_fixture_has_no_problems(data_dir: Path) -> None:
    validation = validate_dir(data_dir, today=TODAY)
    assert validation.problems == []
    assert validation.dataset is not None
    assert list(validation.dataset.jurisdictions) == ["AU", "AU-NSW", "PH"]


RULES = [
    (
        "status not in the scale",
        ("ph.yaml", "    - status: partial\n", "    - status: yess\n"),
        "jurisdictions/ph.yaml:60:15: assessments.live_streaming_offence[1].status: "
        "'yess' is not one of yes, partial, no, unclear, not_assessed",
    ),
    (
        "unknown key",
        ("ph.yaml", "reviewed: 2026-11-01\n", "reviewed: 2026-11-01\nreveiwed: 2026-11-01\n"),
        "jurisdictions/ph.yaml:10:1: reveiwed: unknown key 'reveiwed'",
    ),
    (
        "missing key",
        ("ph.yaml", "name: Philippines\n", ""),
        "jurisdictions/ph.yaml:1:1: name: missing required key 'name'",
    ),
    (
        "a list where a mapping belongs",
        ("ph.yaml", "ratifications:\n  opsc: 2002-05-28\n", "ratifications:\n  - opsc\n"),
        "jurisdictions/ph.yaml:12:3: ratifications: expected a mapping, got a list",
    ),
    (
        "cite names an instrument that does not exist",
        ("ph.yaml", "cite: [act-2 s. 4(c)]", "cite: [act-9 s. 4(c)]"),
        "jurisdictions/ph.yaml:57:14: assessments.live_streaming_offence[0].cite[0]: "
        "unknown instrument 'act-9' (not under instruments)",
    ),
    (
        "cite in another jurisdiction's file",
        ("au-nsw.yaml", "AU:code-1995 s. 474.22", "AU:code-2001 s. 474.22"),
        "jurisdictions/au-nsw.yaml:30:34: assessments.live_streaming_offence[0].cite[1]: "
        "unknown instrument 'code-2001' in AU",
    ),
    (
        "future date",
        ("ph.yaml", "from: 2022-08-15\n", "from: 2031-08-15\n"),
        "jurisdictions/ph.yaml:56:13: assessments.live_streaming_offence[0].from: "
        "2031-08-15 is in the future",
    ),
    (
        "not a real calendar date",
        ("ph.yaml", "enacted: 2009-11-17", "enacted: 2009-02-30"),
        "jurisdictions/ph.yaml:33:14: instruments.act-1.enacted: '2009-02-30' is not a real calendar date",
    ),
    (
        "enacted after in force",
        ("ph.yaml", "in_force: 2009-12-01", "in_force: 2009-01-01"),
        "jurisdictions/ph.yaml:34:15: instruments.act-1.in_force: in_force 2009-01-01 is before enacted 2009-11-17",
    ),
    (
        "states not newest first",
        (
            "ph.yaml",
            "      from: 2009-12-01\n      cite: [act-1 s. 4]",
            "      from: 2023-12-01\n      cite: [act-1 s. 4]",
        ),
        "jurisdictions/ph.yaml:62:13: assessments.live_streaming_offence[1].from: "
        "states go newest first: 2023-12-01 is not before 2022-08-15",
    ),
    (
        "evidence missing",
        ("au.yaml", "      sources: [https://example.org/code]\n", ""),
        "jurisdictions/au.yaml:27:15: assessments.live_streaming_offence[0].status: 'yes' needs at least one source URL",
    ),
    (
        "not_assessed with a cite",
        (
            "ph.yaml",
            "      note: Not yet researched.\n",
            "      note: Not yet researched.\n      cite: [act-2 s. 1]\n",
        ),
        "jurisdictions/ph.yaml:74:15: assessments.victim_non_punishment[0].status: "
        "not_assessed carries no cite and no sources",
    ),
    (
        "unknown criterion",
        ("au.yaml", "  live_streaming_offence:", "  live_streaming:"),
        "jurisdictions/au.yaml:26:3: assessments.live_streaming: unknown criterion 'live_streaming'",
    ),
    (
        "unknown term",
        ("ph.yaml", "term: csam", "term: csem"),
        "jurisdictions/ph.yaml:45:11: definitions[1].term: unknown term 'csem'",
    ),
    (
        "undeclared attribute",
        ("ph.yaml", "      term_used: CSAEM", "      term_usde: CSAEM"),
        "jurisdictions/ph.yaml:50:7: definitions[1].attributes.term_usde: 'term_usde' is not an attribute of csam",
    ),
    (
        "attribute of the wrong type",
        ("ph.yaml", "age_threshold: 18", "age_threshold: eighteen"),
        "jurisdictions/ph.yaml:43:22: definitions[0].attributes.age_threshold: expected int, got 'eighteen'",
    ),
    (
        "code does not match the file name",
        ("ph.yaml", "code: PH\n", "code: PE\n"),
        "jurisdictions/ph.yaml:3:7: code: 'PE' does not match the file name ph.yaml",
    ),
    (
        "subnational without parent",
        ("au-nsw.yaml", "parent: AU\n", "parent: null\n"),
        "jurisdictions/au-nsw.yaml:6:9: parent: a subnational jurisdiction needs a parent",
    ),
    (
        "parent that does not exist",
        ("au-nsw.yaml", "parent: AU\n", "parent: NZ\n"),
        "jurisdictions/au-nsw.yaml:6:9: parent: unknown jurisdiction 'NZ' (no data file for it)",
    ),
    (
        "ratification of a framework that cannot be ratified",
        ("ph.yaml", "  opsc: 2002-05-28", "  eu_2011_93: 2002-05-28"),
        "jurisdictions/ph.yaml:12:3: ratifications.eu_2011_93: 'eu_2011_93' is not a treaty that can be ratified",
    ),
    (
        "evidence flag missing",
        ("au.yaml", "      evidence: complete\n", ""),
        "jurisdictions/au.yaml:27:15: assessments.live_streaming_offence[0].status: 'yes' needs "
        "evidence: complete (every text it rests on was read) or incomplete (the note says what "
        "was not)",
    ),
    (
        "not_assessed with an evidence flag",
        (
            "ph.yaml",
            "    - status: not_assessed\n",
            "    - status: not_assessed\n      evidence: complete\n",
        ),
        "jurisdictions/ph.yaml:75:17: assessments.victim_non_punishment[0].evidence: "
        "not_assessed carries no evidence",
    ),
    (
        "incomplete evidence without a note",
        ("ph.yaml", "      note: Only performances that are recorded; s. 5 was not read.\n", ""),
        "jurisdictions/ph.yaml:61:17: assessments.live_streaming_offence[1].evidence: "
        "incomplete evidence needs a note naming what is missing",
    ),
    (
        "state taking effect before the law it cites",
        (
            "ph.yaml",
            "      from: 2022-08-15\n      cite: [act-2 s. 4(c)]",
            "      from: 2022-08-10\n      cite: [act-2 s. 4(c)]",
        ),
        "jurisdictions/ph.yaml:56:13: assessments.live_streaming_offence[0].from: 2022-08-10 is "
        "before 'act-2' took effect (2022-08-15): a state cannot rest on law not yet in force "
        "(cite 1)",
    ),
    (
        "duplicate key",
        ("ph.yaml", "level: national\n", "level: national\nlevel: national\n"),
        'jurisdictions/ph.yaml:6:1: yaml: found duplicate key "level" (first at line 5)',
    ),
    (
        "an instrument's citation holding the separator of citations",
        (
            "ph.yaml",
            "    citation: Example Act No. 2\n",
            "    citation: Example Act No. 2; as amended\n",
        ),
        "jurisdictions/ph.yaml:17:15: instruments.act-2.citation: may not contain '; ', which "
        "separates instruments in every citation lawtrack prints: write ', ' instead",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_each_rule_gives_a_located_error(
    data_dir: Path, edit: tuple[str, str, str], expected: str
) -> None:
    _edit(data_dir, *edit)
    assert _errors(data_dir) == [expected]


def test_norway_code_is_text_not_false(data_dir: Path) -> None:
    _edit(data_dir, "ph.yaml", "code: PH\n", "code: NO\n")
    assert _errors(data_dir) == [
        "jurisdictions/ph.yaml:3:7: code: 'NO' does not match the file name ph.yaml"
    ]


def test_code_must_be_iso_3166(data_dir: Path) -> None:
    (data_dir / "jurisdictions" / "ph.yaml").rename(data_dir / "jurisdictions" / "xq.yaml")
    _edit(data_dir, "xq.yaml", "code: PH\n", "code: XQ\n")
    assert _errors(data_dir) == [
        "jurisdictions/xq.yaml:3:7: code: 'XQ' is not an ISO 3166-1 or 3166-2 code, nor EU"
    ]


def test_warnings_become_errors_with_strict(data_dir: Path) -> None:
    _edit(data_dir, "au.yaml", "reviewed: 2026-10-01", "reviewed: 2020-01-01")
    assert _errors(data_dir) == []
    assert _errors(data_dir, strict=True) == [
        "jurisdictions/au.yaml:8:11: reviewed: not reviewed since 2020-01-01 (over 18 months)"
    ]


ORPHAN_ACT = """  act-3:
    title: Example Amendment Act
    citation: Example Act No. 3
    kind: statute
    enacted: 2026-04-29
    in_force: null
    repealed: null
    amends: [{target}]
    url: https://example.org/act-3
  act-1:
"""


def test_an_instrument_cited_nowhere_is_a_warning(data_dir: Path) -> None:
    """An Act amending nothing cited is an orphan; the Act it amends is one too."""
    _edit(data_dir, "ph.yaml", "  act-1:\n", ORPHAN_ACT.format(target="act-4"))
    _edit(
        data_dir,
        "ph.yaml",
        "definitions:\n",
        "  act-4:\n    title: Example Orphan Act\n    citation: Example Act No. 4\n"
        "    kind: statute\n    enacted: 2001-01-01\n    in_force: 2001-01-01\n"
        "    repealed: null\n    url: https://example.org/act-4\n\ndefinitions:\n",
    )
    assert _errors(data_dir) == []
    assert _errors(data_dir, strict=True) == [
        "jurisdictions/ph.yaml:29:3: instruments.act-3: cited nowhere",
        "jurisdictions/ph.yaml:47:3: instruments.act-4: cited nowhere",
    ]


def test_an_act_amending_a_cited_instrument_is_not_an_orphan(data_dir: Path) -> None:
    """A passed Act awaiting commencement belongs in the file as the history of what it amends."""
    _edit(data_dir, "ph.yaml", "  act-1:\n", ORPHAN_ACT.format(target="act-2"))
    assert _errors(data_dir, strict=True) == []


def test_every_problem_of_every_file_in_one_run(data_dir: Path) -> None:
    _edit(data_dir, "ph.yaml", "    - status: partial\n", "    - status: yess\n")
    _edit(data_dir, "au.yaml", "kind: code", "kind: codex")
    _edit(data_dir, "au-nsw.yaml", "level: subnational", "level: sub")
    assert len(_errors(data_dir)) == 3


def test_missing_codebook_file(data_dir: Path) -> None:
    (data_dir / "terms.yaml").unlink()
    assert _errors(data_dir) == ["terms.yaml:1:1: (file): file not found"]


def test_a_state_dated_by_nothing_it_cites_is_a_warning(data_dir: Path) -> None:
    """Where did 16 April come from? Neither the Code nor the 2010 amendment took effect then."""
    _edit(data_dir, "au.yaml", "from: 2010-04-15", "from: 2010-04-16")
    assert _errors(data_dir) == []
    assert _errors(data_dir, strict=True) == [
        "jurisdictions/au.yaml:29:13: assessments.live_streaming_offence[0].from: 2010-04-16 is "
        "no date of what it cites (nor of an Act amending it): record the cited provision's "
        "in_force, cite the instrument that took effect that day, or correct the date"
    ]
    # A provision that took effect that day settles it.
    _edit(
        data_dir,
        "au.yaml",
        "    url: https://example.org/code\n",
        "    url: https://example.org/code\n    provisions:\n      s. 474.22:\n"
        "        in_force: 2010-04-16\n",
    )
    assert _errors(data_dir, strict=True) == []


def test_a_provision_later_than_its_instrument_dates_the_check(data_dir: Path) -> None:
    """The Code dates from 1995, but s. 474.22 (say) only from 2011: a 2010 state is too early.

    A provision covers its own subsections (`s. 474.22(1)`), not its neighbours (`s. 474.2`)."""
    _edit(
        data_dir,
        "au.yaml",
        "    url: https://example.org/code\n",
        "    url: https://example.org/code\n    provisions:\n      s. 474.2:\n"
        "        in_force: 2012-01-01\n      s. 474.22:\n        in_force: 2011-01-01\n",
    )
    assert _errors(data_dir) == [
        "jurisdictions/au.yaml:34:13: assessments.live_streaming_offence[0].from: 2010-04-15 is "
        "before 'code-1995' took effect (2011-01-01): a state cannot rest on law not yet in force "
        "(cite 1)"
    ]


def test_an_undated_cited_instrument_is_a_notice_even_with_strict(data_dir: Path) -> None:
    _edit(data_dir, "au-nsw.yaml", "    enacted: 1900-10-01\n", "")
    validation = validate_dir(data_dir, strict=True, today=TODAY)
    assert [p.format().split("data/", 1)[1] for p in validation.problems] == [
        "jurisdictions/au-nsw.yaml:11:3: instruments.crimes-1900: notice: no in_force or enacted "
        "date: 1 dated state(s) cite it (the earliest from 2015-01-01) and cannot be checked "
        "against it"
    ]
    assert validation.dataset is not None


def test_a_contested_gap_needs_a_counterpoint(data_dir: Path) -> None:
    """A 'no' or 'unclear' in force must say what a government will answer (strict)."""
    assert _errors(data_dir, strict=True) == []  # AU-NSW's 'unclear' carries one
    _edit(data_dir, "au-nsw.yaml", "      counterpoint:\n", "      counterpoint_was:\n")
    assert _errors(data_dir) == [
        "jurisdictions/au-nsw.yaml:33:7: assessments.live_streaming_offence[0].counterpoint_was: "
        "unknown key 'counterpoint_was'"
    ]


def test_counterpoint_rules(data_dir: Path) -> None:
    path = data_dir / "jurisdictions" / "au-nsw.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("      counterpoint:\n")
    without = text[:start]
    path.write_text(without, encoding="utf-8")
    assert _errors(data_dir, strict=True) == [
        "jurisdictions/au-nsw.yaml:27:15: assessments.live_streaming_offence[0].status: a "
        "'unclear' in force needs a counterpoint: the strongest reading against it and its "
        "source, or 'None found: searched ...'"
    ]
    path.write_text(
        without + "      counterpoint:\n        text: 'None found.'\n", encoding="utf-8"
    )
    assert _errors(data_dir) == [
        "jurisdictions/au-nsw.yaml:34:15: assessments.live_streaming_offence[0].counterpoint.text: "
        "'None found' must say what was searched"
    ]
    path.write_text(
        without + "      counterpoint:\n        text: Federal law covers it.\n", encoding="utf-8"
    )
    assert _errors(data_dir) == [
        "jurisdictions/au-nsw.yaml:34:15: assessments.live_streaming_offence[0].counterpoint.text: "
        "a counterpoint needs the source it rests on"
    ]


def test_one_provision_read_two_ways_on_related_criteria(data_dir: Path) -> None:
    """B2 yes and A2 unclear on the same section: the A2 note must say how they fit."""
    state = (
        "  {code}:\n    - status: {status}\n      evidence: complete\n      from: 2010-04-15\n"
        "      cite: [code-1995 s. 474.22]\n      note: {note}\n"
        "      sources: [https://example.org/code]\n"
    )
    path = data_dir / "jurisdictions" / "au.yaml"
    base = path.read_text(encoding="utf-8")
    extra = state.format(code="viewing_access_offence", status="yes", note="Viewing is an offence.")
    unclear = state.format(
        code="csam_defined_incl_live", status="unclear", note="Material may not include a stream."
    ) + ("      counterpoint:\n        text: 'None found: searched the Code and case law.'\n")
    path.write_text(base + extra + unclear, encoding="utf-8")
    assert _errors(data_dir, strict=True) == [
        "jurisdictions/au.yaml:41:15: assessments.csam_defined_incl_live[0].status: "
        f"'code-1995 s. 474.22' is cited for yes on {other} and for unclear here: say in the note "
        f"how the two readings fit (naming {other}), or re-read the provision"
        for other in ("B1", "B2")
    ]
    explained = "include a stream; B1 and B2 reach streaming and access as such."
    path.write_text(
        base + extra + unclear.replace("include a stream.", explained), encoding="utf-8"
    )
    assert _errors(data_dir, strict=True) == []
