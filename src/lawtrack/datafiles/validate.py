"""Every rule of the data contract, checked over all files at once; every problem located."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from lawtrack.datafiles.chronology import chronology
from lawtrack.datafiles.citations import link_cycles, uncited_instruments
from lawtrack.datafiles.dataset import (
    CODEBOOK_FILES,
    JURISDICTIONS_DIR,
    Codebook,
    Dataset,
    JurisdictionDoc,
    Validation,
    data_files,
    relpath,
)
from lawtrack.datafiles.messages import message_for
from lawtrack.datafiles.partial import Partial, partial_model
from lawtrack.datafiles.problems import Problem, errors_in
from lawtrack.datafiles.read import Loc, YamlDoc, gc_paused, read_yaml
from lawtrack.datafiles.rules import FileRules, date_order
from lawtrack.datafiles.schema import CriteriaFile, FrameworksFile, JurisdictionFile, TermsFile

__all__ = [
    "CODEBOOK_FILES",
    "JURISDICTIONS_DIR",
    "Codebook",
    "Dataset",
    "JurisdictionDoc",
    "Validation",
    "data_files",
    "parse_model",
    "relpath",
    "validate_dir",
]

Model = TypeVar("Model", bound=BaseModel)


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
            FileRules(jdoc, codebook, jurisdictions, problems, today, broken).check()
        for jdoc, partial in partials:
            FileRules(jdoc, codebook, jurisdictions, problems, today, broken, partial).check()
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
        for related in criterion.related:
            if related not in criteria.criteria:
                problems.append(
                    cdoc.problem((*loc, "related"), f"unknown criterion '{related}' in related")
                )
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
        date_order(
            fdoc,
            ("frameworks", code),
            [("adopted", framework.adopted), ("in_force", framework.in_force)],
            problems,
            today,
            allow_future=False,
        )
    return None if len(problems) > before else Codebook(criteria, frameworks, terms)


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
