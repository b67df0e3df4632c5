"""Every view on the fixture data: whole CSV outputs, JSON shapes, golden terminal tables."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lawtrack.cli import app
from tests.cli import run

Golden = Callable[[str, str], None]


def test_compare_with_citations_csv(runner: CliRunner) -> None:
    assert run(
        runner,
        "compare",
        "PH",
        "AU",
        "-c",
        "B1",
        "-c",
        "B8",
        "--cite",
        "-f",
        "csv",
        "--as-of",
        "2026-01-01",
    ).splitlines() == [
        "id,criterion,name,PH,PH_evidence,PH_citation,PH_sources,AU,AU_evidence,AU_citation,AU_sources",
        'B1,live_streaming_offence,Organising/profiting from live streams,yes,complete,"Example Act No. 2, s. 4(c)",https://example.org/act-2,yes,complete,"Example Code 1995, s. 474.22",https://example.org/code',
        'B8,possession_offence,Possession; tech-facilitated offences,yes,complete,"Example Act No. 1, s. 4(l)",https://example.org/act-1,not_assessed,,,',
    ]


def test_compare_as_of_the_day_before_and_the_day_of_a_change(runner: CliRunner) -> None:
    def b1(when: str) -> str:
        return run(
            runner, "compare", "PH", "AU", "-c", "B1", "-f", "csv", "--as-of", when
        ).splitlines()[1]

    assert (
        b1("2022-08-14")
        == "B1,live_streaming_offence,Organising/profiting from live streams,partial,yes"
    )
    assert (
        b1("2022-08-15")
        == "B1,live_streaming_offence,Organising/profiting from live streams,yes,yes"
    )


def test_diff_reports_exactly_that_change(runner: CliRunner) -> None:
    assert run(
        runner, "diff", "--from", "2022-08-14", "--to", "2022-08-15", "-f", "csv"
    ).splitlines() == [
        "jurisdiction,id,criterion,from_status,to_status,change,changed,citation,note",
        'PH,B1,live_streaming_offence,partial,yes,amended,2022-08-15,"Example Act No. 2, s. 4(c)",Livestreaming is an unlawful act.',
    ]
    assert (
        run(runner, "diff", "--from", "2022-08-15", "--to", "2022-12-31", "-f", "csv").splitlines()[
            1:
        ]
        == []
    )


def test_diff_tells_first_coded_cells_from_amended_ones(runner: CliRunner) -> None:
    """Before 2009 PH was not researched: its rows are 'first coded', and --amended-only drops them."""
    assert run(
        runner, "diff", "--from", "2009-01-01", "--to", "2022-12-31", "PH", "-f", "csv"
    ).splitlines() == [
        "jurisdiction,id,criterion,from_status,to_status,change,changed,citation,note",
        'PH,B1,live_streaming_offence,not_assessed,yes,first coded,2022-08-15,"Example Act No. 2, s. 4(c)",Livestreaming is an unlawful act.',
        'PH,B8,possession_offence,not_assessed,yes,first coded,2009-12-01,"Example Act No. 1, s. 4(l)",Possession is an offence.',
    ]
    assert run(
        runner, "diff", "--from", "2009-01-01", "--to", "2022-12-31", "PH", "--amended-only"
    ) == (
        "No researched cell changed status between these dates; 2 first-coded row(s) left\n"
        "out (drop --amended-only to see them).\n"
    )
    terminal = run(runner, "diff", "--from", "2009-01-01", "--to", "2022-12-31", "PH")
    assert "2 of 2 rows are 'first coded': the earlier law was not researched" in " ".join(
        terminal.split()
    )


def add_newest_state(data_dir: Path, criterion: str, state: str) -> None:
    """Put a newer state on top of one of the PH fixture's criteria (YAML, as the file writes it)."""
    path = data_dir / "jurisdictions" / "ph.yaml"
    text = path.read_text(encoding="utf-8")
    key = f"  {criterion}:\n"
    assert key in text
    path.write_text(text.replace(key, f"{key}    - {state}\n", 1), encoding="utf-8")


def test_diff_restated_lists_a_law_change_that_kept_the_status(
    runner: CliRunner, data_dir: Path
) -> None:
    """Act No. 2 re-enacted possession in 2022 without changing its 'yes': only --restated shows it."""
    add_newest_state(
        data_dir,
        "possession_offence",
        "status: yes\n      evidence: complete\n      from: 2022-08-15\n      cite: [act-2 s. 4(c)]\n"
        "      note: Re-enacted.\n      sources: [https://example.org/act-2]",
    )
    args = ["diff", "--from", "2022-08-14", "--to", "2022-08-15", "PH", "-f", "csv"]
    assert run(runner, *args).splitlines()[1:] == [
        'PH,B1,live_streaming_offence,partial,yes,amended,2022-08-15,"Example Act No. 2, s. 4(c)",Livestreaming is an unlawful act.',
    ]
    assert run(runner, *args, "--restated").splitlines()[1:] == [
        'PH,B1,live_streaming_offence,partial,yes,amended,2022-08-15,"Example Act No. 2, s. 4(c)",Livestreaming is an unlawful act.',
        'PH,B8,possession_offence,yes,yes,restated,2022-08-15,"Example Act No. 2, s. 4(c)",Re-enacted.',
    ]


def test_diff_not_recoded_and_restated_with_amended_only(runner: CliRunner, data_dir: Path) -> None:
    """A law change whose new answer is not yet researched is 'not re-coded', never 'amended'."""
    add_newest_state(
        data_dir,
        "live_streaming_offence",
        "status: not_assessed\n      from: 2024-01-01\n"
        "      note: Act No. 2 was amended; not yet re-read.",
    )
    args = ["diff", "--from", "2022-01-01", "--to", "2024-06-30", "PH", "-f", "csv"]
    assert run(runner, *args).splitlines()[1:] == [
        "PH,B1,live_streaming_offence,partial,not_assessed,not re-coded,2024-01-01,,"
        "Act No. 2 was amended; not yet re-read.",
    ]
    assert run(runner, *args, "--amended-only", "--restated").splitlines()[1:] == [
        "PH,B1,live_streaming_offence,partial,not_assessed,not re-coded,2024-01-01,,"
        "Act No. 2 was amended; not yet re-read.",
    ]
    assert run(runner, "diff", "--from", "2024-06-30", "--to", "2024-06-30", "--restated") == (
        "No cell changed status between these dates.\n"
    )


def test_gaps_by_kind(runner: CliRunner) -> None:
    lines = run(runner, "gaps", "AU-NSW", "-f", "csv", "--as-of", "2026-01-01").splitlines()
    assert lines[1] == (
        "AU-NSW,ambiguity,B1,live_streaming_offence,Organising/profiting from live streams,unclear,"
        'complete,"Example Crimes Act 1900, s. 91H; Example Code 1995, s. 474.22",'
        "https://example.org/crimes,OPSC 3(1)(c); Lanzarote 21(1)(a)-(b); Dir. 2011/93/EU 4(2)-(3),"
        "State law is ambiguous; federal law applies.,Commonwealth law reaches the conduct "
        "wherever it happens in Australia (AU:code-1995 s. 474.22).,https://example.org/code,yes"
    )
    assert [line.split(",")[1] for line in lines[2:]] == ["research"] * 24


def test_gaps_against_one_framework(runner: CliRunner) -> None:
    lines = run(runner, "gaps", "PH", "--framework", "icmec_core", "-f", "csv").splitlines()
    assert [line.split(",")[2] for line in lines[1:]] == ["A0", "A2", "E1", "E4"]
    assert lines[1].endswith(",ICMEC core 1,,,,")


def test_score_never_rewards_not_researching(runner: CliRunner) -> None:
    """Unknown cells count as not met in the score, 'known' shows its base, and nobody with
    fewer than 20 of 25 cells assessed is ranked (every fixture jurisdiction is barely coded)."""
    assert run(runner, "score", "-f", "csv", "--as-of", "2026-01-01").splitlines() == [
        "jurisdiction,name,rank,met,partial,gap,unclear,not_assessed,assessed,incomplete,score,known",
        "PH,Philippines,,2,0,0,0,23,2,0,8.00,100.00",
        "AU,Australia,,1,0,0,0,24,1,0,4.00,100.00",
        "AU-NSW,New South Wales,,0,0,0,1,24,1,0,0.00,0.00",
    ]
    assert run(runner, "score", "--as-of", "2022-01-01", "-f", "csv").splitlines()[1] == (
        "PH,Philippines,,1,1,0,0,23,2,1,6.00,75.00"
    )


def test_definitions_side_by_side(runner: CliRunner) -> None:
    assert run(runner, "definitions", "csam", "--text", "-f", "csv").splitlines() == [
        "jurisdiction,citation,since,covers_live_performance,covers_virtual,covers_audio,covers_text,requires_sexual_purpose,term_used,text",
        'PH,"Example Act No. 2, s. 3(d)",,yes,,,,,CSAEM,Any representation of a child engaged in sexual activity.',
    ]
    # Before the Act that holds the definition was in force, there was no such definition.
    assert (
        run(runner, "definitions", "child", "-f", "csv", "--as-of", "2020-01-01").splitlines()[1:]
        == []
    )


def test_timeline_orders_events_by_date(runner: CliRunner) -> None:
    assert run(runner, "timeline", "PH", "-f", "csv").splitlines() == [
        "date,kind,event,citation,subject,ref",
        "2009-11-17,instrument,enacted,Example Act No. 1,Example Pornography Act,act-1",
        "2009-12-01,instrument,in force,Example Act No. 1,Example Pornography Act,act-1",
        '2009-12-01,criterion,partial,"Example Act No. 1, s. 4",B1 Organising/profiting from live streams,live_streaming_offence',
        '2009-12-01,criterion,yes,"Example Act No. 1, s. 4(l)",B8 Possession; tech-facilitated offences,possession_offence',
        "2022-07-30,instrument,enacted,Example Act No. 2,Example Online Exploitation Act,act-2",
        "2022-08-15,instrument,repealed,Example Act No. 1,Example Pornography Act,act-1",
        "2022-08-15,instrument,in force,Example Act No. 2,Example Online Exploitation Act,act-2",
        '2022-08-15,criterion,partial → yes,"Example Act No. 2, s. 4(c)",B1 Organising/profiting from live streams,live_streaming_offence',
        ",criterion,not_assessed,,D1 Victim non-punishment,victim_non_punishment",
    ]


def test_export_assessments_keeps_history(runner: CliRunner) -> None:
    lines = run(runner, "export", "assessments").splitlines()
    assert (
        lines[0]
        == "jurisdiction,criterion,status,evidence,effective_from,effective_to,citations,note,"
        "sources,citation_text,counterpoint,counterpoint_sources,untested"
    )
    assert lines[4] == (
        "PH,live_streaming_offence,partial,incomplete,2009-12-01,2022-08-15,act-1 s. 4,"
        "Only performances that are recorded; s. 5 was not read.,https://example.org/act-1,"
        '"Example Act No. 1, s. 4",,,'
    )
    assert lines[2].startswith(
        "AU-NSW,live_streaming_offence,unclear,complete,2015-01-01,,crimes-1900 s. 91H; AU:code-1995 s. 474.22,"
    )
    assert len(run(runner, "export", "assessments", "--as-of", "2026-01-01").splitlines()) == 6


@pytest.mark.parametrize(
    ("dataset", "header"),
    [
        ("instruments", "jurisdiction,id,title,citation,kind,enacted,in_force,repealed,url"),
        ("jurisdictions", "code,name,level,parent,region,legal_system,reviewed"),
        ("ratifications", "jurisdiction,framework,ratified"),
    ],
)
def test_export_column_contract(runner: CliRunner, dataset: str, header: str) -> None:
    assert run(runner, "export", dataset).splitlines()[0] == header


def test_export_definitions_has_a_column_per_attribute(runner: CliRunner) -> None:
    header = run(runner, "export", "definitions").splitlines()[0].split(",")
    assert header[:6] == [
        "jurisdiction",
        "term",
        "citation",
        "text",
        "age_threshold",
        "includes_persons_appearing_to_be_children",
    ]


def test_instruments_as_of_a_date(runner: CliRunner) -> None:
    lines = run(runner, "export", "instruments", "--as-of", "2015-01-01").splitlines()
    assert [line.split(",")[1] for line in lines[1:]] == [
        "code-1995",
        "amendment-2010",
        "crimes-1900",
        "crimes-amendment-2014",
        "act-1",
    ]


def test_json_shapes(runner: CliRunner) -> None:
    show = json.loads(run(runner, "show", "PH", "-f", "json", "--as-of", "2026-01-01"))
    assert show["view"] == "show"
    assert [s["view"] for s in show["sections"]] == [
        "instruments",
        "definitions",
        "assessments",
        "gaps",
    ]
    b1 = next(r for r in show["sections"][2]["rows"] if r["id"] == "B1")
    assert b1 == {
        "id": "B1",
        "criterion": "live_streaming_offence",
        "status": "yes",
        "evidence": "complete",
        "since": "2022-08-15",
        "citation": "Example Act No. 2, s. 4(c)",
        "note": "Livestreaming is an unlawful act.",
        "sources": "https://example.org/act-2",
    }
    compare = json.loads(run(runner, "compare", "PH", "AU", "--cite", "-f", "json"))
    assert compare["rows"][5]["PH_citation"] == "Example Act No. 2, s. 4(c)"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "PH", "AX"], "error: unknown jurisdiction 'AX'; did you mean AU?\n"),
        (
            ["compare", "PH", "AU", "-c", "live_streming"],
            "error: unknown criterion 'live_streming'; did you mean live_streaming_offence?\n",
        ),
        (["definitions", "chlid"], "error: unknown term 'chlid'; did you mean child?\n"),
        (
            ["gaps", "--framework", "lanzarotte"],
            "error: unknown framework 'lanzarotte'; did you mean lanzarote?\n",
        ),
        (
            ["diff", "--from", "2022-02-30"],
            "error: --from: '2022-02-30' is not a date (YYYY-MM-DD)\n",
        ),
        (
            ["export", "assesments"],
            "error: unknown dataset 'assesments'; did you mean assessments or instruments?\n",
        ),
        (
            ["export", "datasete"],
            "error: unknown dataset 'datasete'; did you mean datasette or datapackage?\n",
        ),
        (
            ["search", "--", "---"],
            "error: nothing to search for in '---': give at least one word\n",
        ),
    ],
)
def test_unknown_names_get_suggestions_and_exit_2(
    runner: CliRunner, args: list[str], message: str
) -> None:
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stderr.splitlines()[-1] + "\n") == (2, message)


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("compare_cite_100.txt", ["compare", "PH", "AU", "AU-NSW", "--category", "B", "--cite"]),
        ("gaps_cards_100.txt", ["gaps", "PH", "--framework", "icmec_core"]),
        ("show_ph_100.txt", ["show", "PH"]),
        ("timeline_ph_100.txt", ["timeline", "PH"]),
        ("victims_100.txt", ["victims", "PH"]),
        ("score_100.txt", ["score"]),
        ("definitions_child_100.txt", ["definitions", "child", "--text"]),
        ("search_100.txt", ["search", "child"]),
        ("compare_cite.md", ["compare", "PH", "AU", "--category", "B", "--cite", "-f", "md"]),
    ],
)
def test_terminal_and_markdown_goldens(
    runner: CliRunner, golden: Golden, monkeypatch: pytest.MonkeyPatch, name: str, args: list[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    golden(
        name,
        run(runner, *args, "--as-of", "2026-01-01")
        if args[0] not in ("timeline", "search")
        else run(runner, *args),
    )


def test_score_sort_help_names_every_sort_key(runner: CliRunner) -> None:
    from lawtrack.queries.gaps import SORTS

    out = run(runner, "score", "--help")
    for key in SORTS:
        assert key in out, key


def test_a_court_decision_is_decided_never_in_force() -> None:
    from datetime import date

    from lawtrack.analysis import instrument_status

    day = date(2026, 1, 1)
    assert instrument_status(date(2018, 2, 8), None, None, "case", day) == "decided"
    assert instrument_status(None, None, None, "case", day) == "decided (date unknown)"
    # An enactment date alone never says a statute took effect (many await commencement).
    assert (
        instrument_status(date(2018, 2, 8), None, None, "statute", day)
        == "enacted; in-force date not recorded"
    )
    assert instrument_status(date(2018, 2, 8), date(2018, 3, 1), None, "statute", day) == "in force"
    assert (
        instrument_status(date(2025, 2, 8), date(2026, 3, 1), None, "statute", day)
        == "not yet in force"
    )
    assert instrument_status(date(2027, 1, 1), None, None, "statute", day) == "not yet enacted"


def test_below_lists_each_cell_short_of_the_baseline(runner: CliRunner) -> None:
    assert run(
        runner, "below", "PH", "AU", "AU-NSW", "-f", "csv", "--as-of", "2026-01-01"
    ).splitlines() == [
        "id,criterion,name,baseline_status,baseline_citation,jurisdiction,status,position,citation,note",
        'B1,live_streaming_offence,Organising/profiting from live streams,yes,"Example Act No. 2, s. 4(c)",AU-NSW,unclear,unclear,"Example Crimes Act 1900, s. 91H; Example Code 1995, s. 474.22",State law is ambiguous; federal law applies.',
        'B8,possession_offence,Possession; tech-facilitated offences,yes,"Example Act No. 1, s. 4(l)",AU,not_assessed,not researched,,',
        'B8,possession_offence,Possession; tech-facilitated offences,yes,"Example Act No. 1, s. 4(l)",AU-NSW,not_assessed,not researched,,',
    ]
    # A weaker status on an incomplete reading is never stated as a shortfall of the law.
    assert run(runner, "below", "AU", "PH", "-f", "csv", "--as-of", "2022-08-14").splitlines()[
        1:
    ] == [
        'B1,live_streaming_offence,Organising/profiting from live streams,yes,"Example Code 1995, s. 474.22",PH,partial,"below, unconfirmed","Example Act No. 1, s. 4",Only performances that are recorded; s. 5 was not read.'
    ]


def test_below_says_what_it_counted(runner: CliRunner) -> None:
    printed = " ".join(run(runner, "below", "AU", "PH", "--as-of", "2022-08-14").split())
    notes = printed.split("Cells that meet ")[1]
    assert notes == (
        "or pass AU's status are not listed. AU sets a standard (yes or partial) on 1 of 25 "
        "criteria; it sets none (no, unclear or not assessed) on A0, A1, A2, A3, A4, B2, B3, "
        "B4, B5, B6, B7, B8, C1, C2, C3, D1, D2, D3, D4, E1, E2, E3, E4, E5. PH: meets 0 of 1; "
        "below 0, below unconfirmed 1, unclear 0, not researched 0."
    )


def test_below_needs_someone_to_compare(runner: CliRunner) -> None:
    result = runner.invoke(app, ["below", "PH", "PH"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith("error: name the jurisdictions to hold against PH, or --region\n")


@pytest.mark.parametrize(
    ("baseline", "status", "evidence", "expected"),
    [
        ("yes", "yes", "complete", None),
        ("partial", "yes", "incomplete", None),
        ("partial", "partial", "complete", None),
        ("yes", "partial", "complete", "below"),
        ("partial", "no", "complete", "below"),
        ("yes", "no", "incomplete", "below, unconfirmed"),
        ("yes", "unclear", "complete", "unclear"),
        ("partial", "not_assessed", None, "not researched"),
    ],
)
def test_below_positions(baseline: str, status: str, evidence: str | None, expected: str) -> None:
    from lawtrack.queries.below import position

    assert position(baseline, status, evidence) == expected


def test_below_against_an_unconfirmed_standard_is_unconfirmed() -> None:
    from lawtrack.queries.below import position

    assert position("yes", "partial", "complete", baseline_evidence="incomplete") == (
        "below, unconfirmed"
    )
