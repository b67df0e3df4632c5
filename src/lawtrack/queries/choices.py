"""What the shell completes: every value a command accepts for a code, with the name that tells
it apart (shown by zsh and fish beside the value).

Each list comes from the lookups the views resolve codes with (`common.py`), so a value
offered is a value accepted. Codes are offered as the files spell them; the command line
matches what was typed without regard to case (`cli/complete.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from lawtrack.queries.common import ALIASES
from lawtrack.queries.reader import Rows


@dataclass(frozen=True)
class Choice:
    value: str
    help: str | None = None
    # Other spellings people type for it (UK for GB): typed in full, they complete to `value`.
    aliases: tuple[str, ...] = ()


def jurisdictions(db: Rows) -> list[Choice]:
    """Every jurisdiction code, with its name; the usual non-ISO spellings as aliases."""
    aliases: dict[str, list[str]] = {}
    for alias, code in ALIASES.items():
        aliases.setdefault(code, []).append(alias)
    return [
        Choice(code, name, tuple(aliases.get(code, ())))
        for _, code, name, _ in db.rows("jurisdiction_refs")
    ]


def regions(db: Rows) -> list[Choice]:
    """Every region that has a jurisdiction, with how many it has."""
    counts: dict[str, int] = {}
    for *_, region in db.rows("jurisdiction_refs"):
        if region:
            counts[region] = counts.get(region, 0) + 1
    return [Choice(region, f"{counts[region]} jurisdiction(s)") for region in sorted(counts)]


def criteria(db: Rows) -> list[Choice]:
    """Every criterion twice, as commands accept it: by its code and by its short id (B1)."""
    rows = db.rows("criterion_refs")
    by_code = [Choice(code, f"{short} {name}") for _, code, short, name, _ in rows]
    by_short_id = [Choice(short, name) for _, _, short, name, _ in rows]
    return by_short_id + by_code


def categories(db: Rows) -> list[Choice]:
    """Every category letter, with its name."""
    letters = [letter for *_, letter in db.rows("criterion_refs")]
    names = [category for _, _, category, *_ in db.rows("criteria_rows")]
    named = dict(zip(letters, names, strict=True))
    every = sorted({letter for (letter,) in db.rows("category_letters")})
    return [Choice(letter, named.get(letter)) for letter in every]


def frameworks(db: Rows) -> list[Choice]:
    """Every framework code, with its short name."""
    return [Choice(code, short or name) for code, short, name, *_ in db.rows("framework_rows")]


def terms(db: Rows) -> list[Choice]:
    """Every term of the codebook."""
    return [Choice(code) for (code,) in db.rows("term_codes")]


LISTS = {
    "jurisdiction": jurisdictions,
    "region": regions,
    "criterion": criteria,
    "category": categories,
    "framework": frameworks,
    "term": terms,
}
