"""`search TEXT`: full-text search over provisions and definitions (FTS5 or PostgreSQL)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from lawtrack.errors import UsageError
from lawtrack.queries.common import jurisdictions
from lawtrack.queries.states import cite_text
from lawtrack.results import Column, ResultTable

OPEN, CLOSE = "«", "»"

_SQLITE = """
SELECT * FROM (
    SELECT j.code AS jurisdiction, 'provision' AS kind, i.citation AS citation, p.pinpoint AS pin,
           p.heading AS subject,
           snippet(provisions_fts, 1, :open, :close, '…', 16) AS snippet,
           bm25(provisions_fts) AS score
    FROM provisions_fts
    JOIN provisions p ON p.id = provisions_fts.rowid
    JOIN instruments i ON i.id = p.instrument_id
    JOIN jurisdictions j ON j.id = i.jurisdiction_id
    WHERE provisions_fts MATCH :query {where}
    UNION ALL
    SELECT j.code, 'definition', i.citation, d.pinpoint, t.code,
           snippet(definitions_fts, 0, :open, :close, '…', 16),
           bm25(definitions_fts)
    FROM definitions_fts
    JOIN definitions d ON d.id = definitions_fts.rowid
    JOIN instruments i ON i.id = d.instrument_id
    JOIN jurisdictions j ON j.id = d.jurisdiction_id
    JOIN terms t ON t.id = d.term_id
    WHERE definitions_fts MATCH :query {where}
) ORDER BY score, jurisdiction LIMIT :limit
"""

_POSTGRES = """
WITH q AS (SELECT to_tsquery('english', :words) AS query),
hits AS (
    SELECT * FROM (
        SELECT 'provision' AS kind, p.id AS id,
               ts_rank(p.text_fts, q.query) AS score
        FROM provisions p
        JOIN instruments i ON i.id = p.instrument_id
        JOIN jurisdictions j ON j.id = i.jurisdiction_id
        CROSS JOIN q
        WHERE p.text_fts @@ q.query {where}
        UNION ALL
        SELECT 'definition', d.id, ts_rank(d.text_fts, q.query)
        FROM definitions d
        JOIN jurisdictions j ON j.id = d.jurisdiction_id
        CROSS JOIN q
        WHERE d.text_fts @@ q.query {where}
    ) AS found
    ORDER BY score DESC
    LIMIT :limit
)
SELECT j.code AS jurisdiction, h.kind, i.citation, coalesce(p.pinpoint, d.pinpoint) AS pin,
       coalesce(p.heading, t.code) AS subject,
       ts_headline('english', coalesce(p.text, d.text, ''), q.query, :headline) AS snippet,
       h.score
FROM hits h
CROSS JOIN q
LEFT JOIN provisions p ON h.kind = 'provision' AND p.id = h.id
LEFT JOIN definitions d ON h.kind = 'definition' AND d.id = h.id
LEFT JOIN terms t ON t.id = d.term_id
JOIN instruments i ON i.id = coalesce(p.instrument_id, d.instrument_id)
JOIN jurisdictions j ON j.id = coalesce(d.jurisdiction_id, i.jurisdiction_id)
ORDER BY h.score DESC, j.code
"""


# Words too common to stand alone: with --any, "the" or "or" would match nearly every provision.
COMMON_WORDS = frozenset(
    "a an and any are as at be by for from in is it its of on or that the this to with".split()
)


def search_words(words: str, *, any_word: bool = False) -> list[str]:
    """The words of a user's query (letters and digits); a query with none is a usage error.

    With `any_word`, common words and one- or two-letter words are left out, since any one of
    them alone would match nearly everything.
    """
    tokens = re.findall(r"[^\W_]+", words)
    if not tokens:
        raise UsageError(f"nothing to search for in {words!r}: give at least one word")
    if not any_word:
        return tokens
    kept = [t for t in tokens if t.lower() not in COMMON_WORDS and (len(t) > 2 or t.isdigit())]
    if not kept:
        raise UsageError(
            f"only common words in {words!r}: --any needs a word that is not one of "
            "these and has three letters or more"
        )
    return kept


def fts5_query(tokens: Sequence[str], *, any_word: bool = False) -> str:
    """Search words as an FTS5 query, each matching as a word or a word's beginning.

    Every word must appear, or with `any_word` at least one of them.
    """
    joiner = " OR " if any_word else " "
    return joiner.join(f'"{token}"*' for token in tokens)


def tsquery(tokens: Sequence[str], *, any_word: bool = False) -> str:
    """The same query for PostgreSQL's to_tsquery: each word a prefix, joined by & or |.

    Built from the words alone, so "or", "-" and quotes are plain text on both databases.
    """
    joiner = " | " if any_word else " & "
    return joiner.join(f"{token}:*" for token in tokens)


def search_table(
    session: Session,
    words: str,
    codes: Sequence[str] | None = None,
    *,
    limit: int = 20,
    any_word: bool = False,
) -> ResultTable:
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    tokens = search_words(words, any_word=any_word)
    chosen = [p.code for p in jurisdictions(session, codes)] if codes else None
    params: dict[str, Any] = {"limit": limit}
    where = ""
    if chosen is not None:
        names = [f":j{n}" for n in range(len(chosen))]
        where = f"AND j.code IN ({', '.join(names)})"
        params.update({f"j{n}": code for n, code in enumerate(chosen)})
    if session.get_bind().dialect.name == "sqlite":
        params.update(query=fts5_query(tokens, any_word=any_word), open=OPEN, close=CLOSE)
        sql = _SQLITE.format(where=where)
    else:
        params.update(
            words=tsquery(tokens, any_word=any_word),
            headline=f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords=30, MinWords=12",
        )
        sql = _POSTGRES.format(where=where)
    rows = session.execute(text(sql), params).all()
    return ResultTable(
        name="search",
        title=f"Search: {words}",
        columns=(
            Column("rank", "#", "int"),
            Column("jurisdiction", "Jurisdiction", "code"),
            Column("kind", "Kind"),
            Column("citation", "Citation"),
            Column("subject", "Heading / term"),
            Column("snippet", "Text"),
        ),
        rows=tuple(
            (n, code, kind, cite_text(citation, pin), subject, snippet)
            for n, (code, kind, citation, pin, subject, snippet, _score) in enumerate(rows, 1)
        ),
        key_columns=2,
        meta={"query": words, "match": "any word" if any_word else "every word"},
        notes=(f"Matches are marked {OPEN}like this{CLOSE}.",) if rows else (),
        empty_message=f"Nothing found for {words!r}"
        + (" (every word must appear; try --any)." if not any_word and len(tokens) > 1 else "."),
    )
