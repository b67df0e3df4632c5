"""`search TEXT`: every provision, definition, assessment note and instrument that holds the words.

One query for both databases: the normalised texts the loader stored are compared with LIKE
patterns built by `lawtrack.textsearch`, which states what a search promises. Hits are grouped
by kind (statutory provisions first), then listed by jurisdiction and by their order in its
file; with `--any`, texts holding more of the words come first.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawtrack.errors import UsageError
from lawtrack.queries.common import jurisdictions
from lawtrack.queries.reader import Rows
from lawtrack.results import Column, ResultTable
from lawtrack.textsearch import like_pattern, snippet, stem, words

OPEN, CLOSE = "«", "»"
SEARCHED = (
    "statutory provisions, definitions, assessment notes, and instruments' titles, citations "
    "and notes"
)

# Up to this many words, each is its own LIKE in the query (queries/statements.py).
SEARCH_WORDS = 4

# Words too common to stand alone: with --any, "the" or "or" would match nearly everything.
COMMON_WORDS = frozenset(
    "a an and any are as at be by for from in is it its of on or that the this to with".split()
)


def _query(any_word: bool, patterns: list[str]) -> tuple[str, dict[str, object]]:
    """The compiled query for this many words, and its parameters: one LIKE per word up to
    SEARCH_WORDS words, else the words as one list. With `any_word`, texts holding more of
    the words come first."""
    name = "search_any_word" if any_word else "search_every_word"
    if len(patterns) > SEARCH_WORDS:
        return name, {"patterns": patterns}
    return f"{name}_{len(patterns)}", {f"pattern{n}": p for n, p in enumerate(patterns, 1)}


def search_words(text: str, *, any_word: bool = False) -> list[str]:
    """The words of a user's query, as they will be matched; none is a usage error.

    With `any_word`, common words and one- or two-letter words are left out, since any one of
    them alone would match nearly everything.
    """
    found = list(dict.fromkeys(stem(w) for w in words(text)))
    if not found:
        raise UsageError(f"nothing to search for in {text!r}: give at least one word")
    if not any_word:
        return found
    kept = [w for w in found if w not in COMMON_WORDS and (len(w) > 2 or not w.isascii())]
    if not kept:
        raise UsageError(
            f"only common words in {text!r}: --any needs a word that is not one of "
            "these and has three letters or more"
        )
    return kept


def search_table(
    db: Rows,
    text: str,
    codes: Sequence[str] | None = None,
    *,
    limit: int = 20,
    any_word: bool = False,
) -> ResultTable:
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    wanted = search_words(text, any_word=any_word)
    chosen = [p.code for p in jurisdictions(db, codes)] if codes else None
    name, patterns = _query(any_word, [like_pattern(w) for w in wanted])
    rows = db.rows(name, **patterns, jurisdictions=chosen, limit=limit)
    return ResultTable(
        name="search",
        title=f"Search: {text}",
        columns=(
            Column("rank", "#", "int"),
            Column("jurisdiction", "Jurisdiction", "code"),
            Column("kind", "Kind", help="provision, definition, assessment or instrument"),
            Column("citation", "Citation"),
            Column("subject", "Subject", help="heading, term, criterion or title"),
            Column("snippet", "Text"),
        ),
        rows=tuple(
            (
                n,
                code,
                kind,
                citation,
                subject,
                snippet(body, wanted, open_mark=OPEN, close_mark=CLOSE),
            )
            for n, (code, kind, citation, subject, body) in enumerate(rows, 1)
        ),
        key_columns=2,
        meta={
            "query": text,
            "words": " ".join(wanted),
            "match": "any word" if any_word else "every word",
            "searched": SEARCHED,
        },
        notes=(f"Searched {SEARCHED}. Matches are marked {OPEN}like this{CLOSE}.",) if rows else (),
        empty_message=f"Nothing found for {text!r} in {SEARCHED}"
        + (" (every word must appear; try --any)." if not any_word and len(wanted) > 1 else "."),
    )
