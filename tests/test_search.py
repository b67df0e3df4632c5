"""What `search` promises (lawtrack.textsearch), kept on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from lawtrack.cli import app
from lawtrack.textsearch import highlight, snippet, words
from tests.cli import run

HEADER = "rank,jurisdiction,kind,citation,subject,snippet"
NOTHING = (
    "Nothing found for {q!r} in statutory provisions, definitions, assessment notes, and "
    "instruments' titles, citations and notes"
)


def _add_scripts(data_dir: Path) -> None:
    """A Thai and a Korean provision (real wordings, from TH and KR statutes) in the fixture."""
    path = data_dir / "jurisdictions" / "ph.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "        text: To livestream [sexual abuse] of a child.\n",
        "        text: To livestream [sexual abuse] of a child.\n"
        "      s. 4(d):\n"
        "        heading: Thai text\n"
        "        text: “เด็ก” หมายความว่า บุคคลผู้มีอายุต่ำกว่าสิบแปดปี\n"
        "      s. 4(e):\n"
        "        heading: Korean text\n"
        "        text: '\"아동ㆍ청소년\"이란 19세 미만의 사람을 말한다.'\n",
    )
    path.write_text(text, encoding="utf-8")


def test_every_kind_of_text_is_searched_and_labelled(runner: CliRunner) -> None:
    assert run(runner, "search", "livestreams", "-f", "csv").splitlines() == [
        HEADER,
        '1,PH,provision,"Example Act No. 2, s. 4(c)",Unlawful acts,To «livestream» [sexual abuse] of a child.',
        '2,PH,assessment,"Example Act No. 2, s. 4(c)","B1 Organising/profiting from live streams: yes, from 2022-08-15",«Livestreaming» is an unlawful act.',
    ]
    assert run(runner, "search", "carriage", "-f", "csv").splitlines()[1:] == [
        '1,AU,assessment,"Example Code 1995, s. 474.22","B1 Organising/profiting from live streams: yes, from 2010-04-15",Using a «carriage» service for child abuse material.',
    ]
    assert run(runner, "search", "pornography", "-f", "csv").splitlines()[1:] == [
        "1,PH,instrument,Example Act No. 1,Example Pornography Act,Example «Pornography» Act",
    ]
    assert run(runner, "search", "eighteen", "years", "-j", "PH", "-f", "csv").splitlines()[1] == (
        '1,PH,definition,"Example Act No. 2, s. 3(c)",child,A person below «eighteen» (18) «years» of age.'
    )


def test_operators_and_quotes_are_plain_words(runner: CliRunner) -> None:
    # "or" is a word to find, not an operator: "livestream or xyzzy" needs all three.
    assert run(runner, "search", "-f", "csv", "--", "livestream or xyzzy") == HEADER + "\n"
    assert run(runner, "search", "-f", "csv", "--", '"livestream" -child').count("\n") == 2
    assert run(runner, "search", "--any", "xyzzy", "or", "the", "-f", "csv") == HEADER + "\n"
    # A word's beginning matches; the middle of a word does not.
    assert "«livestream»" in run(runner, "search", "livestr", "-f", "csv")
    assert run(runner, "search", "stream", "-f", "csv") == HEADER + "\n"
    # --any puts texts holding more of the words first.
    # The note "Livestreaming is an unlawful act." holds all three words, the provision two.
    either = run(runner, "search", "--any", "livestreaming", "unlawful", "act", "-f", "csv")
    assert [line.split(",")[2] for line in either.splitlines()[1:3]] == ["assessment", "provision"]


def test_nothing_found_says_what_was_searched(runner: CliRunner) -> None:
    assert " ".join(run(runner, "search", "xyzzy").split()) == (
        "Nothing found for 'xyzzy' in statutory provisions, definitions, assessment notes, and "
        "instruments' titles, citations and notes."
    )


def test_thai_and_korean(runner: CliRunner, data_dir: Path) -> None:
    _add_scripts(data_dir)
    thai = run(runner, "search", "เด็ก", "-f", "csv").splitlines()
    assert thai[1] == (
        '1,PH,provision,"Example Act No. 2, s. 4(d)",Thai text,“«เด็ก»” หมายความว่า บุคคลผู้มีอายุต่ำกว่าสิบแปดปี'
    )
    # Inside a Thai word, as Thai has no spaces between words; the mark ็ stays with its base.
    assert "«อายุ»" in run(runner, "search", "อายุ", "-f", "csv")
    korean = run(runner, "search", "청소년", "-f", "csv").splitlines()
    assert korean[1].endswith('"""아동ㆍ«청소년»""이란 19세 미만의 사람을 말한다."')


QUERIES = [
    ["livestream"],
    ["OR"],
    ["or", "livestream"],
    ["--any", "livestream", "eighteen"],
    ["child"],
    ["เด็ก"],
    ["청소년"],
    ["Act"],
    ["s"],
    ["100%"],
    ["_"],
]


def test_the_same_answers_on_sqlite_and_postgresql(
    runner: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    base = os.environ.get("LAWTRACK_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("LAWTRACK_TEST_POSTGRES_URL is not set: no PostgreSQL server to compare with")
    from tests.conftest import _postgres_database

    _add_scripts(data_dir)
    sqlite_url = f"sqlite:///{tmp_path / 'compare.sqlite3'}"
    for postgres_url in _postgres_database():
        for query in QUERIES:
            answers = [
                runner.invoke(app, ["--db", url, "search", *query, "-f", "csv"])
                for url in (sqlite_url, postgres_url)
            ]
            assert answers[0].exit_code == answers[1].exit_code, query
            assert answers[0].output == answers[1].output, query


@given(st.text())
def test_words_never_lose_or_split_a_mark(text: str) -> None:
    for word in words(text):
        assert word and not word[0].isspace()


@given(st.text(alphabet="abc ́̃็ก่ำ 아동", min_size=1))
def test_a_highlight_never_separates_a_mark_from_its_base(text: str) -> None:
    import unicodedata

    text = "x" + text  # a mark needs a base to belong to
    for _start, end in highlight(text, words(text)[:2]):
        assert end == len(text) or unicodedata.category(text[end])[0] != "M"
    marked = snippet(text, words(text)[:1], open_mark="«", close_mark="»")
    assert "«" not in marked or unicodedata.category(marked[marked.index("«") + 1])[0] != "M"
