"""The rules of the data contract for one jurisdiction file, beyond its shape: identity, codes,
references, dates, evidence and counterpoints. `validate` runs them over every file."""

from __future__ import annotations

from datetime import date
from typing import Any

from lawtrack.datafiles.consistency import contradictions
from lawtrack.datafiles.dataset import Codebook, JurisdictionDoc
from lawtrack.datafiles.partial import Partial
from lawtrack.datafiles.problems import Problem
from lawtrack.datafiles.read import Loc, YamlDoc
from lawtrack.datafiles.schema import CITE_RE, CODE_RE
from lawtrack.stages import BY_CODE as STAGES
from lawtrack.status import EVIDENCED

SUPRANATIONAL_CODES = {"EU": "European Union"}
CONTESTED = ("no", "unclear")  # gaps a government will dispute: they need a counterpoint


def date_order(
    doc: YamlDoc,
    loc: Loc,
    dates: list[tuple[str, date | None]],
    problems: list[Problem],
    today: date,
    *,
    allow_future: bool,
) -> None:
    previous: tuple[str, date] | None = None
    for name, value in dates:
        if value is None:
            continue
        if value > today and not allow_future:
            problems.append(doc.problem((*loc, name), f"{value} is in the future"))
        if previous is not None and value < previous[1]:
            problems.append(
                doc.problem((*loc, name), f"{name} {value} is before {previous[0]} {previous[1]}")
            )
        previous = (name, value)


class FileRules:
    """The cross-file rules for one jurisdiction file."""

    def __init__(
        self,
        jdoc: JurisdictionDoc,
        codebook: Codebook,
        others: dict[str, JurisdictionDoc],
        problems: list[Problem],
        today: date,
        broken: set[str],
        partial: Partial | None = None,
    ) -> None:
        self.doc, self.model = jdoc.doc, jdoc.model
        self.codebook, self.others, self.problems, self.today = codebook, others, problems, today
        self.broken, self.partial = broken, partial

    def error(self, loc: Loc, message: str, *, key: bool = False) -> None:
        self.problems.append(self.doc.problem(self.original(loc), message, key=key))

    def warn(self, loc: Loc, message: str) -> None:
        self.problems.append(self.doc.problem(self.original(loc), message, warning=True))

    def original(self, loc: Loc) -> Loc:
        return self.partial.original(loc) if self.partial else loc

    def check(self) -> None:
        self.identity()
        self.ratifications()
        self.instruments()
        self.bills()
        self.definitions()
        self.assessments()
        for loc, message in contradictions(self.model, self.codebook.criteria):
            self.warn(loc, message)
        if self.model.reviewed is not None:
            if self.model.reviewed > self.today:
                self.error(("reviewed",), f"{self.model.reviewed} is in the future")
            elif months_between(self.model.reviewed, self.today) > 18:
                self.warn(
                    ("reviewed",), f"not reviewed since {self.model.reviewed} (over 18 months)"
                )

    def identity(self) -> None:
        m = self.model
        if m.code.lower() != self.doc.path.stem:
            self.error(("code",), f"'{m.code}' does not match the file name {self.doc.path.name}")
        if not CODE_RE.match(m.code):
            self.error(("code",), f"'{m.code}' is not an ISO 3166 code (e.g. PH, AU-NSW) or EU")
        elif not is_known_code(m.code):
            self.error(("code",), f"'{m.code}' is not an ISO 3166-1 or 3166-2 code, nor EU")
        subdivision = "-" in m.code
        if m.level == "subnational" and not subdivision:
            self.error(
                ("level",), "a subnational jurisdiction needs an ISO 3166-2 code (e.g. AU-NSW)"
            )
        if m.level != "subnational" and subdivision:
            self.error(("level",), f"'{m.code}' is an ISO 3166-2 code: level should be subnational")
        if m.level == "subnational" and m.parent is None:
            self.error(("parent",), "a subnational jurisdiction needs a parent")
        if m.parent is None:
            return
        if m.parent == m.code:
            self.error(("parent",), "a jurisdiction cannot be its own parent")
        elif m.parent in self.broken:
            return
        elif m.parent not in self.others:
            self.error(("parent",), f"unknown jurisdiction '{m.parent}' (no data file for it)")
        elif subdivision and m.code.split("-")[0] != m.parent:
            self.error(("parent",), f"{m.code} lies in {m.code.split('-')[0]}, not {m.parent}")

    def ratifications(self) -> None:
        frameworks = self.codebook.frameworks.frameworks
        for code, ratified in self.model.ratifications.items():
            loc: Loc = ("ratifications", code)
            if code not in frameworks:
                self.error(loc, f"unknown framework '{code}'", key=True)
            elif not frameworks[code].ratifiable:
                self.error(loc, f"'{code}' is not a treaty that can be ratified", key=True)
            if ratified > self.today:
                self.error(loc, f"{ratified} is in the future")

    def instruments(self) -> None:
        for key, instrument in self.model.instruments.items():
            loc: Loc = ("instruments", key)
            dates = [
                ("enacted", instrument.enacted),
                ("in_force", instrument.in_force),
                ("repealed", instrument.repealed),
            ]
            date_order(
                self.doc,
                loc,
                dates,
                self.problems,
                self.today,
                allow_future=instrument.kind == "bill",
            )
            for relation in ("amends", "repeals"):
                for index, cite in enumerate(getattr(instrument, relation)):
                    self.resolve((*loc, relation, index), cite)
            self.check_url((*loc, "url"), instrument.url)

    def bills(self) -> None:
        """Each bill: its steps newest first, each sourced; what it became exists; what it
        would change names known criteria, once each, each sourced."""
        criteria = self.codebook.criteria.criteria
        for key, bill in self.model.bills.items():
            loc: Loc = ("bills", key)
            if bill.became is not None:
                self.resolve((*loc, "became"), bill.became)
            self.check_url((*loc, "url"), bill.url)
            if not bill.stages:
                self.error(loc, "needs at least one stage (the newest verified, with its source)")
            for index, step in enumerate(bill.stages):
                here: Loc = (*loc, "stages", index)
                if not step.sources:
                    self.error((*here, "stage"), "a stage needs at least one source URL")
                for number, url in enumerate(step.sources):
                    self.check_url((*here, "sources", number), url)
                if step.date > self.today:
                    self.warn((*here, "date"), f"{step.date} is in the future")
                newer = bill.stages[index - 1].date if index else None
                if newer is not None and step.date >= newer:
                    message = f"stages go newest first: {step.date} is not before {newer}"
                    self.error((*here, "date"), message)
                older = bill.stages[index + 1] if index + 1 < len(bill.stages) else None
                if step.stage == "introduced" and older is not None:
                    self.warn(
                        (*here, "stage"),
                        f"introduced on {step.date}, after a {older.stage} step of {older.date}: "
                        "a bill is introduced first (a new bill is a new entry)",
                    )
                if step.stage == "commenced" and bill.became is None:
                    self.error(
                        (*here, "stage"),
                        "'commenced' needs `became`: the instrument the bill became",
                    )
                self.stage_dates(here, step, bill.became)
            named: dict[str, int] = {}
            for index, change in enumerate(bill.would_change):
                here = (*loc, "would_change", index)
                if change.criterion not in criteria:
                    self.error((*here, "criterion"), f"unknown criterion '{change.criterion}'")
                elif change.criterion in named:
                    first = named[change.criterion]
                    self.error(
                        (*here, "criterion"),
                        f"'{change.criterion}' is also named in would_change[{first}]: one entry "
                        "per criterion",
                    )
                named.setdefault(change.criterion, index)
                if not change.sources:
                    self.error((*here, "status"), "a change needs at least one source URL")
                for number, url in enumerate(change.sources):
                    self.check_url((*here, "sources", number), url)

    def stage_dates(self, loc: Loc, step: Any, became: str | None) -> None:
        """An enacted step should fall on a date of the instrument the bill became."""
        instrument = self.instrument(became) if became else None
        if instrument is None or STAGES[step.stage].kind != "enacted":
            return
        if step.stage == "assented" and instrument.enacted not in (None, step.date):
            self.warn(
                (*loc, "date"),
                f"assented on {step.date}, but '{became}' was enacted on {instrument.enacted}",
            )
        if step.stage == "commenced":
            starts = {instrument.in_force} | {p.in_force for p in instrument.provisions.values()}
            starts.discard(None)
            if starts and step.date not in starts:
                self.warn(
                    (*loc, "date"),
                    f"commenced on {step.date}, which is no in_force date of '{became}' or of "
                    "its provisions",
                )

    def instrument(self, ref: str) -> Any:
        """The instrument a reference names, or None when it does not resolve."""
        match = CITE_RE.match(ref)
        if match is None:
            return None
        code, key = match.group("code"), match.group("id")
        if code is None or code == self.model.code:
            return self.model.instruments.get(key)
        other = self.others.get(code)
        return other.model.instruments.get(key) if other is not None else None

    def definitions(self) -> None:
        terms = self.codebook.terms.terms
        for index, definition in enumerate(self.model.definitions):
            loc: Loc = ("definitions", index)
            self.resolve((*loc, "cite"), definition.cite)
            term = terms.get(definition.term)
            if term is None:
                self.error((*loc, "term"), f"unknown term '{definition.term}'")
                continue
            for name, value in definition.attributes.items():
                spec = term.attributes.get(name)
                if spec is None:
                    self.error(
                        (*loc, "attributes", name),
                        f"'{name}' is not an attribute of {definition.term}",
                        key=True,
                    )
                elif _type_name(value) != spec.type:
                    self.error((*loc, "attributes", name), f"expected {spec.type}, got {value!r}")

    def assessments(self) -> None:
        criteria = self.codebook.criteria.criteria
        for code, states in self.model.assessments.items():
            loc: Loc = ("assessments", code)
            if code not in criteria:
                self.error(loc, f"unknown criterion '{code}'", key=True)
            if not states:
                self.error(loc, "needs at least one state (use status: not_assessed)")
            for index, state in enumerate(states):
                here = (*loc, index)
                if state.status in EVIDENCED and not state.cite:
                    self.error((*here, "status"), f"'{state.status}' needs at least one cite")
                if state.status in EVIDENCED and not state.sources:
                    self.error((*here, "status"), f"'{state.status}' needs at least one source URL")
                if state.status == "not_assessed" and (state.cite or state.sources):
                    self.error((*here, "status"), "not_assessed carries no cite and no sources")
                self.evidence(here, state)
                self.counterpoint(here, state, newest=index == 0)
                for number, cite in enumerate(state.cite):
                    self.resolve((*here, "cite", number), cite)
                for number, url in enumerate(state.sources):
                    self.check_url((*here, "sources", number), url)
                self.state_date(here, state.effective_from, states, index)

    def counterpoint(self, loc: Loc, state: Any, *, newest: bool) -> None:
        """A gap in force today (no, unclear) says what a government will answer to it: the
        strongest reading against it with its source, or that none was found and where."""
        point = state.counterpoint
        if point is None:
            if newest and state.status in CONTESTED:
                self.warn(
                    (*loc, "status"),
                    f"a '{state.status}' in force needs a counterpoint: the strongest reading "
                    "against it and its source, or 'None found: searched ...'",
                )
            return
        here = (*loc, "counterpoint")
        if state.status == "not_assessed":
            self.error(here, "not_assessed carries no counterpoint")
        if point.text.lower().startswith("none found"):
            if "searched" not in point.text.lower():
                self.error((*here, "text"), "'None found' must say what was searched")
        elif not point.sources:
            self.error((*here, "text"), "a counterpoint needs the source it rests on")
        for number, url in enumerate(point.sources):
            self.check_url((*here, "sources", number), url)

    def evidence(self, loc: Loc, state: Any) -> None:
        if state.status in EVIDENCED and state.evidence is None:
            self.error(
                (*loc, "status"),
                f"'{state.status}' needs evidence: complete (every text it rests on was read) "
                "or incomplete (the note says what was not)",
            )
        elif state.status == "not_assessed" and state.evidence is not None:
            self.error((*loc, "evidence"), "not_assessed carries no evidence")
        elif state.evidence == "incomplete" and not state.note:
            self.error(
                (*loc, "evidence"), "incomplete evidence needs a note naming what is missing"
            )

    def state_date(self, loc: Loc, value: date | None, states: list[Any], index: int) -> None:
        if value is None:
            if len(states) > 1:
                self.error((*loc, "from"), "only a criterion's single state may have from: null")
            return
        if value > self.today:
            self.error((*loc, "from"), f"{value} is in the future")
        newer = states[index - 1].effective_from if index else None
        if newer is not None and value >= newer:
            self.error((*loc, "from"), f"states go newest first: {value} is not before {newer}")

    def resolve(self, loc: Loc, cite: str) -> None:
        match = CITE_RE.match(cite)
        if match is None:
            return
        code, key = match.group("code"), match.group("id")
        if code is None or code == self.model.code:
            if self.partial and key in self.partial.set_aside:
                return
            if key not in self.model.instruments:
                self.error(loc, f"unknown instrument '{key}' (not under instruments)")
        elif code in self.broken:
            return
        elif code not in self.others:
            self.error(loc, f"unknown jurisdiction '{code}' in '{cite}'")
        elif key not in self.others[code].model.instruments:
            self.error(loc, f"unknown instrument '{key}' in {code}")

    def check_url(self, loc: Loc, url: str | None) -> None:
        if url is not None and not url.startswith("https://"):
            self.warn(loc, f"{url} is not https")


def _type_name(value: object) -> str:
    return type(value).__name__


def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later`."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def is_known_code(code: str) -> bool:
    if code in SUPRANATIONAL_CODES:
        return True
    import pycountry

    found: Any = (
        pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
        if "-" in code
        else pycountry.countries.get(alpha_2=code)
    )
    return found is not None
