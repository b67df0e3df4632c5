"""Every rule of the data contract, checked over all files at once; every problem located."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from lawtrack.datafiles.chronology import chronology
from lawtrack.datafiles.citations import link_cycles, uncited_instruments
from lawtrack.datafiles.messages import message_for
from lawtrack.datafiles.partial import Partial, partial_model
from lawtrack.datafiles.problems import Problem, errors_in
from lawtrack.datafiles.read import Loc, YamlDoc, gc_paused, read_yaml
from lawtrack.datafiles.schema import (
    CITE_RE,
    CODE_RE,
    CriteriaFile,
    FrameworksFile,
    JurisdictionFile,
    TermsFile,
)
from lawtrack.status import EVIDENCED

CODEBOOK_FILES = ("criteria.yaml", "frameworks.yaml", "terms.yaml")
JURISDICTIONS_DIR = "jurisdictions"
SUPRANATIONAL_CODES = {"EU": "European Union"}
Model = TypeVar("Model", bound=BaseModel)


@dataclass(frozen=True)
class Codebook:
    criteria: CriteriaFile
    frameworks: FrameworksFile
    terms: TermsFile


@dataclass(frozen=True)
class JurisdictionDoc:
    relpath: str
    doc: YamlDoc
    model: JurisdictionFile


@dataclass
class Dataset:
    """All files of a data directory, valid together."""

    root: Path
    codebook: Codebook
    jurisdictions: dict[str, JurisdictionDoc]
    hashes: dict[str, str]


@dataclass
class Validation:
    dataset: Dataset | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return errors_in(self.problems)


def data_files(root: Path) -> list[Path]:
    """The codebook files, then the jurisdiction files in name order."""
    jurisdictions = root / JURISDICTIONS_DIR
    found = sorted(jurisdictions.glob("*.yaml")) + sorted(jurisdictions.glob("*.yml"))
    return [root / name for name in CODEBOOK_FILES] + sorted(found)


def relpath(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.resolve().relative_to(root.resolve()).as_posix()


def parse_model(
    doc: YamlDoc, model: type[Model], problems: list[Problem], failed: list[Loc] | None = None
) -> Model | None:
    """The file as `model`, or None with its problems added (and their places to `failed`)."""
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        for error in exc.errors():
            loc: Loc = tuple(error["loc"])
            is_key = "[key]" in loc
            loc = tuple(part for part in loc if part != "[key]")
            if error["type"] == "extra_forbidden":
                is_key = True
            if failed is not None:
                failed.append(loc)
            problems.append(doc.problem(loc, message_for(error), key=is_key))
        return None


def validate_dir(
    root: Path,
    *,
    strict: bool = False,
    today: date | None = None,
    overrides: dict[Path, str] | None = None,
) -> Validation:
    """Every problem of every file. `overrides`: file -> the text it is about to have."""
    with gc_paused():
        return _validate(root, strict=strict, today=today, overrides=overrides)


def _validate(
    root: Path, *, strict: bool, today: date | None, overrides: dict[Path, str] | None
) -> Validation:
    today = today or date.today()
    overrides = {path.resolve(): text for path, text in (overrides or {}).items()}
    problems: list[Problem] = []
    if not root.is_dir():
        problems.append(Problem(root, 1, 1, "(directory)", "data directory not found"))
        return Validation(None, problems)
    docs: dict[str, YamlDoc] = {}
    paths = data_files(root)
    paths += sorted(p for p in overrides if p not in {q.resolve() for q in paths})
    for path in paths:
        text = overrides.get(path.resolve())
        if text is None and not path.exists():
            problem = "a link to nothing" if path.is_symlink() else "file not found"
            problems.append(Problem(path, 1, 1, "(file)", problem))
            continue
        read = read_yaml(path, None if text is None else text.encode("utf-8"), root=root)
        if isinstance(read, Problem):
            problems.append(read)
        elif not isinstance(read.data, dict):
            problems.append(
                read.problem((), f"expected a mapping at the top level, got {_kind(read.data)}")
            )
        else:
            docs[relpath(root, path)] = read
    codebook = _codebook(docs, problems, today)
    jurisdictions: dict[str, JurisdictionDoc] = {}
    broken: set[str] = set()  # files that exist but failed: no second error for citing them
    partials: list[tuple[JurisdictionDoc, Partial]] = []
    for rel, doc in docs.items():
        if rel in CODEBOOK_FILES:
            continue
        failed: list[Loc] = []
        model = parse_model(doc, JurisdictionFile, problems, failed)
        if model is None:
            broken.add(str(doc.data.get("code")))
            partial = partial_model(doc.data, failed)
            if partial is not None:
                partials.append((JurisdictionDoc(rel, doc, partial.model), partial))
        else:
            doc.release()  # the model holds it all now; at 2,000 files this halves the memory
            jurisdictions.setdefault(model.code, JurisdictionDoc(rel, doc, model))
            if jurisdictions[model.code].relpath != rel:
                problems.append(
                    doc.problem(
                        ("code",),
                        f"{model.code} is also the code of {jurisdictions[model.code].relpath}",
                    )
                )
    if codebook is not None:
        for jdoc in jurisdictions.values():
            _Rules(jdoc, codebook, jurisdictions, problems, today, broken).check()
        for jdoc, partial in partials:
            _Rules(jdoc, codebook, jurisdictions, problems, today, broken, partial).check()
        _cited_nowhere(jurisdictions, problems)
        _link_cycles(jurisdictions, problems)
        _chronology(jurisdictions, problems)
    if strict:
        problems = [
            replace(p, severity="error") if p.severity == "warning" else p for p in problems
        ]
    problems.sort()
    dataset = None
    if codebook is not None and not errors_in(problems):
        hashes = {rel: doc.sha256 for rel, doc in docs.items()}
        ordered = dict(sorted(jurisdictions.items()))
        dataset = Dataset(root=root, codebook=codebook, jurisdictions=ordered, hashes=hashes)
    return Validation(dataset, problems)


def _kind(value: Any) -> str:
    from lawtrack.datafiles.messages import describe

    return describe(value)


def _codebook(docs: dict[str, YamlDoc], problems: list[Problem], today: date) -> Codebook | None:
    def parsed(name: str, model: type[Model]) -> Model | None:
        return parse_model(docs[name], model, problems) if name in docs else None

    criteria = parsed("criteria.yaml", CriteriaFile)
    frameworks = parsed("frameworks.yaml", FrameworksFile)
    terms = parsed("terms.yaml", TermsFile)
    if not (
        isinstance(criteria, CriteriaFile)
        and isinstance(frameworks, FrameworksFile)
        and isinstance(terms, TermsFile)
    ):
        return None
    before = len(problems)
    cdoc, fdoc = docs["criteria.yaml"], docs["frameworks.yaml"]
    short_ids: dict[str, str] = {}
    for code, criterion in criteria.criteria.items():
        loc: Loc = ("criteria", code)
        if criterion.category not in criteria.categories:
            problems.append(
                cdoc.problem((*loc, "category"), f"unknown category '{criterion.category}'")
            )
        elif not criterion.id.startswith(criterion.category):
            problems.append(
                cdoc.problem(
                    (*loc, "id"),
                    f"'{criterion.id}' should start with its category letter {criterion.category}",
                )
            )
        if criterion.id in short_ids:
            problems.append(
                cdoc.problem(
                    (*loc, "id"), f"'{criterion.id}' is also the id of {short_ids[criterion.id]}"
                )
            )
        short_ids.setdefault(criterion.id, code)
        for called in criterion.called_for_by:
            if called not in frameworks.frameworks:
                problems.append(
                    cdoc.problem(
                        (*loc, "called_for_by", called),
                        f"unknown framework '{called}'",
                        key=True,
                    )
                )
    for code, framework in frameworks.frameworks.items():
        _date_order(
            fdoc,
            ("frameworks", code),
            [("adopted", framework.adopted), ("in_force", framework.in_force)],
            problems,
            today,
            allow_future=False,
        )
    return None if len(problems) > before else Codebook(criteria, frameworks, terms)


def _date_order(
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


class _Rules:
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
        self.definitions()
        self.assessments()
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
            _date_order(
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
                for number, cite in enumerate(state.cite):
                    self.resolve((*here, "cite", number), cite)
                for number, url in enumerate(state.sources):
                    self.check_url((*here, "sources", number), url)
                self.state_date(here, state.effective_from, states, index)

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


def _cited_nowhere(jurisdictions: dict[str, JurisdictionDoc], problems: list[Problem]) -> None:
    models = {code: jdoc.model for code, jdoc in jurisdictions.items()}
    for code, key in uncited_instruments(models):
        problems.append(
            jurisdictions[code].doc.problem(
                ("instruments", key), "cited nowhere", key=True, warning=True
            )
        )


def _chronology(jurisdictions: dict[str, JurisdictionDoc], problems: list[Problem]) -> None:
    models = {code: jdoc.model for code, jdoc in jurisdictions.items()}
    for finding in chronology(models):
        problem = jurisdictions[finding.code].doc.problem(
            finding.loc, finding.message, key=finding.key
        )
        problems.append(replace(problem, severity=finding.severity))  # type: ignore[arg-type]


def _link_cycles(jurisdictions: dict[str, JurisdictionDoc], problems: list[Problem]) -> None:
    models = {code: jdoc.model for code, jdoc in jurisdictions.items()}
    for (code, key), loop in link_cycles(models):
        message = (
            "an instrument cannot amend or repeal itself"
            if loop.count(" -> ") == 1
            else f"amends/repeals go round in a loop: {loop}"
        )
        problems.append(jurisdictions[code].doc.problem(("instruments", key), message, key=True))
