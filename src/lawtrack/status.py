"""The status vocabulary, in one place: words, glyphs, colours, letters and kinds of gap.

Every module that names a status, a kind of evidence or a kind of gap reads it from here (the
schema, the database constraint, validation, queries, analysis and every renderer). Adding a
status is one entry in `STATUSES`, the `Status` literal in datafiles/schema.py (a test keeps
them equal), a migration for the database constraint (a test compares it with STATUS_SQL), and
its place in `results.Score` (analysis.score refuses a status it cannot count).
"""

from __future__ import annotations

from dataclasses import dataclass

NOT_ASSESSED = "not_assessed"


@dataclass(frozen=True)
class StatusInfo:
    code: str
    word: str  # for people: "not assessed"
    glyph: str  # beside the word in tables, never alone
    letter: str  # one character, in chart cells
    style: str  # Rich style on a terminal
    fill: str  # spreadsheet and HTML background (RGB hex)
    chart: str  # chart colour (Okabe-Ito based, colour-blind safe)
    legend: str  # the legend's gloss
    evidenced: bool  # needs cite, sources and an `evidence` flag
    weight: float | None  # its share in a score (None: not counted, unknown)
    # What kind of gap a cell with this status is: "shortfall" (legislative, or unconfirmed on
    # incomplete evidence), "ambiguity", "research", or None when the criterion is met.
    gap: str | None


STATUSES: tuple[StatusInfo, ...] = (
    StatusInfo("yes", "yes", "●", "Y", "green", "C6EFCE", "#009E73", "met", True, 1.0, None),
    StatusInfo(
        "partial", "partial", "◐", "P", "yellow", "FFEB9C", "#F0E442", "", True, 0.5, "shortfall"
    ),
    StatusInfo("no", "no", "○", "N", "red", "FFC7CE", "#D55E00", "", True, 0.0, "shortfall"),
    StatusInfo(
        "unclear",
        "unclear",
        "?",
        "?",
        "magenta",
        "E4DFEC",
        "#CC79A7",
        "ambiguous law",
        True,
        0.0,
        "ambiguity",
    ),
    StatusInfo(
        NOT_ASSESSED,
        "not assessed",
        "·",
        "·",
        "dim",
        "EDEDED",
        "#E8E8E8",
        "not yet researched (never read as 'no')",
        False,
        None,
        "research",
    ),
)
BY_CODE = {info.code: info for info in STATUSES}
CODES = tuple(info.code for info in STATUSES)
EVIDENCED = tuple(info.code for info in STATUSES if info.evidenced)
STATUS_SQL = "status IN (" + ", ".join(f"'{code}'" for code in CODES) + ")"

# How complete the reading behind an assessed state is; people see `INCOMPLETE_MARK` after the
# status word of a state whose evidence is incomplete.
COMPLETE, INCOMPLETE = "complete", "incomplete"
INCOMPLETE_MARK = "†"
EVIDENCE = (COMPLETE, INCOMPLETE)
EVIDENCE_SQL = "evidence IN (" + ", ".join(f"'{code}'" for code in EVIDENCE) + ")"


def legend() -> str:
    parts = [
        f"{info.glyph} {info.word}" + (f" = {info.legend}" if info.legend else "")
        for info in STATUSES
    ]
    return "Legend: " + ";  ".join(parts)


@dataclass(frozen=True)
class GapKind:
    code: str
    label: str  # a heading for people
    meaning: str


# In the order gaps are listed. A `no`/`partial` cell is a legislative gap only when the reading
# behind it is complete; on an incomplete reading it may be one, and research must settle it.
GAP_KINDS: tuple[GapKind, ...] = (
    GapKind("legislative", "the law falls short", "no/partial on a complete reading of the law"),
    GapKind(
        "unconfirmed",
        "the law may fall short (research incomplete)",
        "no/partial resting on a text not (fully) read; the note says what is missing",
    ),
    GapKind("ambiguity", "the law is unclear", "unclear: the text is ambiguous, no authority"),
    GapKind("research", "not yet researched", "not assessed: unknown, never a finding of 'no'"),
)
GAP_ORDER = tuple(kind.code for kind in GAP_KINDS)


def gap_kind(status: str, evidence: str | None = COMPLETE) -> str | None:
    """The kind of gap a cell is, or None when the criterion is met (from `StatusInfo.gap`)."""
    gap = BY_CODE[status].gap
    if gap == "shortfall":
        return "unconfirmed" if evidence == INCOMPLETE else "legislative"
    return gap
