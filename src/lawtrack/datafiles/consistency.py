"""Contradictions inside one file that can be stated mechanically.

Criteria declared `related` in the codebook ask about the same conduct from two sides (is a live
stream "material" (A2), and is watching one an offence (B2)?). When the same provision, at the
same pinpoint, is cited for `yes` on one of them and for `no` or `unclear` on the other, a reader
will ask which reading is right: the `no`/`unclear` note must say how the two fit, naming the
other criterion by its id, or the status must be re-read.
"""

from __future__ import annotations

from collections.abc import Iterator

from lawtrack.datafiles.schema import CITE_RE, CriteriaFile, JurisdictionFile

Finding = tuple[tuple[str | int, ...], str]  # where, what


def contradictions(model: JurisdictionFile, criteria: CriteriaFile) -> Iterator[Finding]:
    pairs = {
        (code, other)
        for code, criterion in criteria.criteria.items()
        for other in criterion.related
    }
    current = {code: states[0] for code, states in model.assessments.items() if states}
    for first, second in pairs | {(b, a) for a, b in pairs}:
        met, failed = current.get(first), current.get(second)
        if met is None or failed is None or met.status != "yes":
            continue
        if failed.status not in ("no", "unclear"):
            continue
        shared = [cite for cite in failed.cite if cite in met.cite and _pinpointed(cite)]
        met_id = criteria.criteria[first].id if first in criteria.criteria else first
        if shared and met_id not in (failed.note or ""):
            yield (
                ("assessments", second, 0, "status"),
                f"'{shared[0]}' is cited for yes on {met_id} and for {failed.status} here: say in "
                f"the note how the two readings fit (naming {met_id}), or re-read the provision",
            )


def _pinpointed(cite: str) -> bool:
    match = CITE_RE.match(cite)
    return bool(match and match.group("pin"))
