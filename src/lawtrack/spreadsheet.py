"""The formula guard for cells a spreadsheet will open (OWASP CSV injection), and its inverse.

Shared by the CSV and XLSX writers and by `data import`, which must read back exactly what they
wrote: `restore(neutralise(text)) == text` for every text (a property test keeps it so).
"""

from __future__ import annotations

# What a spreadsheet may read as the start of a formula, the full-width forms included (some
# spreadsheet applications normalise them), and the blanks it may skip before one.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠", "﹦", "﹢", "﹣")
_BLANKS = " \t\r\n\u00a0\u3000"


def starts_like_a_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS) or text.lstrip(_BLANKS).startswith(FORMULA_TRIGGERS)


def neutralise(text: str) -> str:
    """A text cell that starts like a formula gets a leading apostrophe.

    A text that already starts with apostrophes before such a start gets one more, so that
    `restore` can undo exactly what was added.
    """
    if starts_like_a_formula(text.lstrip("'")):
        return "'" + text
    return text


def restore(text: str) -> str:
    """Undo `neutralise` (on reading back a file lawtrack wrote)."""
    if text.startswith("'") and starts_like_a_formula(text.lstrip("'")):
        return text[1:]
    return text
