"""Dates that must agree across a file: a state cannot rest on law that did not yet exist.

Three rules, over every file at once (a state may cite another jurisdiction's instrument):

- error: a state takes effect before a provision it cites was in force: the provision's own
  `in_force` where the file records one, else its instrument's (`in_force`, else `enacted`).
  Judgments (`kind: case`) are exempt: a court declares what the law was.
- warning: a dated state whose date is no date of what it cites (an instrument's enacted, in
  force or repealed date, a cited provision's in force date), nor of an instrument amending or
  repealing a cited one, nor the end of an instrument the state before it cited (a regime that
  lapsed). Where did the date come from? Skipped when a cited instrument is undated.
- notice: an instrument cited by dated states has no date at all, so the first rule cannot
  check them. A notice is a research lead, not a defect in the file; `--strict` leaves it be.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from lawtrack.datafiles.schema import CITE_RE, AssessmentState, Instrument, JurisdictionFile

Key = tuple[str, str]  # (jurisdiction code, instrument id)
Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Finding:
    code: str  # the file it belongs to
    loc: Loc
    message: str
    severity: str  # error | warning | notice
    key: bool = False


def start_of(instrument: Instrument) -> date | None:
    return instrument.in_force or instrument.enacted


def provision_start(instrument: Instrument, pinpoint: str | None) -> date | None:
    """When the cited provision took effect: its own date if recorded (a provision `s. 67`
    covers the pinpoints `s. 67`, `s. 67(1)` and `s. 67 (a)`), else its instrument's."""
    if pinpoint:
        for key, provision in instrument.provisions.items():
            if provision.in_force and (
                pinpoint == key or pinpoint.startswith((f"{key}(", f"{key} "))
            ):
                return provision.in_force
    return start_of(instrument)


def chronology(
    models: Mapping[str, JurisdictionFile], *, errors_only: bool = False
) -> list[Finding]:
    """The findings of the three rules; `errors_only`: the first rule's alone (a load)."""
    instruments: dict[Key, Instrument] = {
        (code, key): instrument
        for code, model in models.items()
        for key, instrument in model.instruments.items()
    }
    acting_on = {} if errors_only else _acting_on(models)
    findings: list[Finding] = []
    undated: dict[Key, list[date]] = {}
    for code, model in models.items():
        for criterion, states in model.assessments.items():
            for index, state in enumerate(states):
                here: Loc = ("assessments", criterion, index)
                cited = list(_cited(code, state, instruments))
                early = list(_too_early(code, here, state, cited))
                findings += early
                if state.effective_from is None or errors_only:
                    continue
                for cited_key, _, instrument in cited:
                    if start_of(instrument) is None:
                        undated.setdefault(cited_key, []).append(state.effective_from)
                older = states[index + 1] if index + 1 < len(states) else None
                ended = {
                    i.repealed
                    for _, _, i in (_cited(code, older, instruments) if older else ())
                    if i.repealed
                }
                if not early:  # one message for a misdated state is enough
                    findings += _date_from_nowhere(
                        code, here, state, cited, acting_on, instruments, ended
                    )
    for (owner, instrument_id), dates in sorted(undated.items()):
        findings.append(
            Finding(
                owner,
                ("instruments", instrument_id),
                f"no in_force or enacted date: {len(dates)} dated state(s) cite it (the earliest "
                f"from {min(dates)}) and cannot be checked against it",
                "notice",
                key=True,
            )
        )
    return findings


Cited = list[tuple[Key, str, Instrument]]  # (instrument key, the cite string, the instrument)


def _cited(
    code: str, state: AssessmentState, instruments: Mapping[Key, Instrument]
) -> Iterator[tuple[Key, str, Instrument]]:
    for cite in state.cite:
        match = CITE_RE.match(cite)
        if match is None:
            continue
        key = (match.group("code") or code, match.group("id"))
        instrument = instruments.get(key)
        if instrument is not None:  # unknown instruments are reported by the reference rules
            yield key, cite, instrument


def _too_early(code: str, here: Loc, state: AssessmentState, cited: Cited) -> Iterator[Finding]:
    if state.effective_from is None:
        return
    for number, (_key, cite, instrument) in enumerate(cited):
        start = provision_start(instrument, _pinpoint(cite))
        if instrument.kind == "case" or start is None or start <= state.effective_from:
            continue
        yield Finding(
            code,
            (*here, "from"),
            f"{state.effective_from} is before '{cite.split()[0]}' took effect ({start}): "
            f"a state cannot rest on law not yet in force (cite {number + 1})",
            "error",
        )


def _date_from_nowhere(
    code: str,
    here: Loc,
    state: AssessmentState,
    cited: Cited,
    acting_on: Mapping[Key, list[Key]],
    instruments: Mapping[Key, Instrument],
    ended: set[date],
) -> Iterator[Finding]:
    if not cited or any(start_of(i) is None for _, _, i in cited):
        return
    dates: set[date] = set(ended)
    for key, cite, instrument in cited:
        for related in (instrument, *(instruments[k] for k in acting_on.get(key, ()))):
            dates.update(d for d in (related.enacted, related.in_force, related.repealed) if d)
        own = provision_start(instrument, _pinpoint(cite))
        if own:
            dates.add(own)
    if state.effective_from not in dates:
        yield Finding(
            code,
            (*here, "from"),
            f"{state.effective_from} is no date of what it cites (nor of an Act amending it): "
            "record the cited provision's in_force, cite the instrument that took effect that "
            "day, or correct the date",
            "warning",
        )


def _pinpoint(cite: str) -> str | None:
    match = CITE_RE.match(cite)
    return match.group("pin") if match else None


def _acting_on(models: Mapping[str, JurisdictionFile]) -> dict[Key, list[Key]]:
    """instrument -> the instruments that amend or repeal it."""
    out: dict[Key, list[Key]] = {}
    for code, model in models.items():
        for key, instrument in model.instruments.items():
            for target in (*instrument.amends, *instrument.repeals):
                match = CITE_RE.match(target)
                if match:
                    out.setdefault((match.group("code") or code, match.group("id")), []).append(
                        (code, key)
                    )
    return out
