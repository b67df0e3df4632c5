"""The stage vocabulary of bills, in one place: codes, words for people, kinds, meanings.

Every module that names a stage or a kind of stage reads it from here: the schema (its `Stage`
literal, kept equal by a test), the database constraint (`STAGE_SQL`, in the migration spelled
out), validation, the maintainers' edits, the queries and the renderers. Adding a stage is one
entry in `STAGES`, the literal in datafiles/schema.py, and a migration for the constraint.

A bill is "on the way" while its stage is pending, or assented and not yet in force: it is
what `gaps --bills` and the briefs list as legislation that may close a gap. A commenced bill
is law (its instrument is assessed like any other); an ended one will not become law.
"""

from __future__ import annotations

from dataclasses import dataclass

PENDING, ENACTED, ENDED = "pending", "enacted", "ended"
KINDS = (PENDING, ENACTED, ENDED)


@dataclass(frozen=True)
class StageInfo:
    code: str
    word: str  # for people: "in committee"
    kind: str  # pending | enacted | ended
    meaning: str  # what a maintainer records it for (docs, help)
    on_the_way: bool  # not yet law, not ended: it may still close a gap


STAGES: tuple[StageInfo, ...] = (
    StageInfo(
        "introduced",
        "introduced",
        PENDING,
        "tabled in a chamber, or published as a proposal by the body that may propose it",
        True,
    ),
    StageInfo(
        "committee",
        "in committee",
        PENDING,
        "referred to, examined or reported by a committee, or a chamber's or institution's "
        "position adopted before negotiations (the note names the step)",
        True,
    ),
    StageInfo(
        "negotiation",
        "in negotiation",
        PENDING,
        "negotiated between chambers or institutions (trilogue, conference committee, a "
        "mandate to negotiate acted on)",
        True,
    ),
    StageInfo(
        "passed_one_chamber",
        "passed one chamber",
        PENDING,
        "passed (or its first-reading position adopted) by one chamber or co-legislator; "
        "`chamber` says which",
        True,
    ),
    StageInfo(
        "passed",
        "passed",
        PENDING,
        "passed by every chamber, awaiting assent, promulgation or signature",
        True,
    ),
    StageInfo(
        "assented",
        "assented",
        ENACTED,
        "enacted (assent, promulgation, signature of the final act) but not yet in force",
        True,
    ),
    StageInfo(
        "commenced",
        "commenced",
        ENACTED,
        "in force; `became` names the instrument it became",
        False,
    ),
    StageInfo("lapsed", "lapsed", ENDED, "fell with the end of a session or term", False),
    StageInfo("withdrawn", "withdrawn", ENDED, "withdrawn by its proposer", False),
    StageInfo(
        "rejected",
        "rejected",
        ENDED,
        "rejected, and the procedure ended",
        False,
    ),
)
BY_CODE = {info.code: info for info in STAGES}
CODES = tuple(info.code for info in STAGES)
STAGE_SQL = "stage IN (" + ", ".join(f"'{code}'" for code in CODES) + ")"
# The statuses a bill may give a cell: an assessed one (a bill is read, or it is not recorded).
CHANGE_STATUSES = ("yes", "partial", "no", "unclear")
CHANGE_SQL = "status IN (" + ", ".join(f"'{code}'" for code in CHANGE_STATUSES) + ")"
# Marks a cell shown as it would stand if a bill were enacted (`--if-enacted`).
IF_ENACTED_MARK = "‡"
# The stages a bill stays in ("in committee since ..."); the others are events ("introduced on").
ONGOING = ("committee", "negotiation")
STALE_DAYS = 180  # a bill on the way whose newest step is older than this is worth a look


def word(code: str) -> str:
    return BY_CODE[code].word


def kind(code: str) -> str:
    return BY_CODE[code].kind


def on_the_way(code: str) -> bool:
    return BY_CODE[code].on_the_way


def matching(wanted: str) -> tuple[str, ...]:
    """The stage codes `--stage` names: a stage ("committee") or a kind ("pending")."""
    if wanted in KINDS:
        return tuple(info.code for info in STAGES if info.kind == wanted)
    return (wanted,) if wanted in BY_CODE else ()
