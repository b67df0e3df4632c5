"""`search TEXT`: every provision, definition, assessment note and instrument that holds the words.

One query for both databases: the normalised texts the loader stored are compared with LIKE
patterns built by `lawtrack.textsearch`, which states what a search promises. Hits are grouped
by kind (statutory provisions first), then listed by jurisdiction and by their order in its
file; with `--any`, texts holding more of the words come first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, or_, select
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.errors import UsageError
from lawtrack.queries.common import jurisdictions
from lawtrack.results import Column, ResultTable
from lawtrack.textsearch import like_pattern, snippet, stem, words

OPEN, CLOSE = "«", "»"
SEARCHED = (
    "statutory provisions, definitions, assessment notes, and instruments' titles, citations "
    "and notes"
)

# Words too common to stand alone: with --any, "the" or "or" would match nearly everything.
COMMON_WORDS = frozenset(
    "a an and any are as at be by for from in is it its of on or that the this to with".split()
)


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
    session: Session,
    text: str,
    codes: Sequence[str] | None = None,
    *,
    limit: int = 20,
    any_word: bool = False,
) -> ResultTable:
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    wanted = search_words(text, any_word=any_word)
    e, j = m.SearchEntry, m.Jurisdiction
    matches = [e.search_text.like(like_pattern(w), escape="\\") for w in wanted]
    query = (
        select(j.code, e.kind, e.citation, e.subject, e.text)
        .join(j, e.jurisdiction_id == j.id)
        .where(or_(*matches) if any_word else and_(*matches))
    )
    order: list[Any] = [e.kind_order, j.code, e.position]
    if any_word and len(matches) > 1:
        held: Any = case((matches[0], 1), else_=0)
        for match in matches[1:]:
            held = held + case((match, 1), else_=0)
        order.insert(0, held.desc())  # texts holding more of the words first
    if codes:
        query = query.where(j.code.in_([p.code for p in jurisdictions(session, codes)]))
    rows = session.execute(query.order_by(*order).limit(limit)).all()
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
