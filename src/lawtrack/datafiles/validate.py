"""Every rule of the data contract, checked over all files at once; every problem located."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
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
from lawtrack.datafiles.parallel import parse_files
from lawtrack.datafiles.partial import Partial, partial_model
from lawtrack.datafiles.problems import Problem, errors_in
from lawtrack.datafiles.read import Loc, YamlDoc, gc_paused, locate, read_yaml
from lawtrack.datafiles.rules import FileRules, date_order
from lawtrack.datafiles.schema import CriteriaFile, FrameworksFile, JurisdictionFile, TermsFile
from lawtrack.progress import SILENT, Progress, counted

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
    errors_only: bool = False,
    progress: Progress = SILENT,
) -> Validation:
    """Every problem of every file. `overrides`: file -> the text it is about to have.

    Problems are placed at the end (`read.locate`), each file with problems parsed once more.
    `errors_only` (a load): the same dataset and the same errors, found faster: problems are
    not placed (line and column 0) and rules that can only warn are skipped. A load that meets
    an error validates again without it, to show every problem where it stands. Many files
    are parsed on two cores (`parallel.py`). `progress` hears of each file read and each
    jurisdiction checked.
    """
    with gc_paused():
        return _validate(
            root,
            strict=strict,
            today=today,
            overrides=overrides,
            errors_only=errors_only,
            progress=progress,
        )


def _validate(
    root: Path,
    *,
    strict: bool,
    today: date | None,
    overrides: dict[Path, str] | None,
    errors_only: bool,
    progress: Progress,
) -> Validation:
    today = today or date.today()
    overrides = {path.resolve(): text for path, text in (overrides or {}).items()}
    problems: list[Problem] = []
    if not root.is_dir():
        problems.append(Problem(root, 1, 1, "(directory)", "data directory not found"))
        return Validation(None, problems)
    paths = data_files(root)
    paths += sorted(p for p in overrides if p not in {q.resolve() for q in paths})
    hashes: dict[str, str] = {}
    codebook_docs: dict[str, YamlDoc] = {}
    every_doc: dict[Path, YamlDoc] = {}

    def recorded(docs: Iterable[tuple[str, YamlDoc]]) -> Iterator[tuple[str, YamlDoc]]:
        for rel, doc in docs:
            hashes[rel] = doc.sha256
            every_doc[doc.path] = doc
            if rel in CODEBOOK_FILES:
                codebook_docs[rel] = doc
            else:
                yield rel, doc

    # Each file becomes its model as soon as it is read: its plain data never waits for the
    # others (at 2,000 files, that data would double the memory).
    progress.stage("reading files", len(paths))
    docs = iter_files(root, paths, problems, overrides=overrides, progress=progress)
    parsed = parse_jurisdictions(recorded(docs), problems)
    codebook = check_codebook(codebook_docs, problems, today)
    if codebook is not None:
        check_files(parsed, codebook, problems, today, errors_only=errors_only, progress=progress)
    if strict:
        problems = [
            replace(p, severity="error") if p.severity == "warning" else p for p in problems
        ]
    if not errors_only:
        problems = locate(problems, every_doc)
    problems.sort()
    dataset = None
    if codebook is not None and not errors_in(problems):
        ordered = dict(sorted(parsed.jurisdictions.items()))
        dataset = Dataset(root=root, codebook=codebook, jurisdictions=ordered, hashes=hashes)
    return Validation(dataset, problems)


def read_files(
    root: Path, paths: list[Path], problems: list[Problem], progress: Progress = SILENT
) -> dict[str, YamlDoc]:
    """The files that parse as a mapping, by relative path; the problems of the others."""
    return dict(iter_files(root, paths, problems, progress=progress))


def iter_files(
    root: Path,
    paths: list[Path],
    problems: list[Problem],
    *,
    overrides: dict[Path, str] | None = None,
    progress: Progress = SILENT,
) -> Iterator[tuple[str, YamlDoc]]:
    """The files that parse as a mapping, by relative path, in order; the problems of the
    others. Without `overrides`, many files are parsed on two cores (`parallel.py`). Each
    file is counted done to `progress` once its caller is done with it (its model built)."""
    overrides = overrides or {}
    ahead = iter(parse_files(root, paths)) if not overrides else None
    for path in counted(progress, paths):
        early = next(ahead)[1] if ahead is not None else None
        text = overrides.get(path.resolve()) if overrides else None
        if text is None and not path.exists():
            problem = "a link to nothing" if path.is_symlink() else "file not found"
            problems.append(Problem(path, 1, 1, "(file)", problem))
            continue
        read = early or read_yaml(path, None if text is None else text.encode("utf-8"), root=root)
        if isinstance(read, Problem):
            problems.append(read)
        elif not isinstance(read.data, dict):
            problems.append(
                read.problem((), f"expected a mapping at the top level, got {_kind(read.data)}")
            )
        else:
            yield relpath(root, path), read


@dataclass
class Parsed:
    """The jurisdiction files that passed their schema, and what is known of those that did not."""

    jurisdictions: dict[str, JurisdictionDoc] = field(default_factory=dict)
    broken: set[str] = field(default_factory=set)  # their codes: citing them is no 2nd error
    partials: list[tuple[JurisdictionDoc, Partial]] = field(default_factory=list)


def parse_jurisdictions(docs: Iterable[tuple[str, YamlDoc]], problems: list[Problem]) -> Parsed:
    """Each jurisdiction file as its model (the first file to claim a code keeps it)."""
    parsed = Parsed()
    jurisdictions = parsed.jurisdictions
    for rel, doc in docs:
        if rel in CODEBOOK_FILES:
            continue
        failed: list[Loc] = []
        model = parse_model(doc, JurisdictionFile, problems, failed)
        if model is None:
            parsed.broken.add(str(doc.data.get("code")))
            partial = partial_model(doc.data, failed)
            if partial is not None:
                parsed.partials.append((JurisdictionDoc(rel, doc, partial.model), partial))
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
    return parsed


def check_files(
    parsed: Parsed,
    codebook: Codebook,
    problems: list[Problem],
    today: date,
    *,
    errors_only: bool = False,
    progress: Progress = SILENT,
) -> None:
    """The rules of each file against the codebook and the others, then those across files."""
    jurisdictions, broken = parsed.jurisdictions, parsed.broken
    progress.stage("validating jurisdictions", len(jurisdictions) + len(parsed.partials))
    for jdoc in jurisdictions.values():
        FileRules(jdoc, codebook, jurisdictions, problems, today, broken).check()
        progress.advance()
    for jdoc, partial in parsed.partials:
        FileRules(jdoc, codebook, jurisdictions, problems, today, broken, partial).check()
        progress.advance()
    if not errors_only:
        _cited_nowhere(jurisdictions, problems)  # a warning
    _link_cycles(jurisdictions, problems)
    check_chronology(jurisdictions, problems, errors_only=errors_only)


def _kind(value: Any) -> str:
    from lawtrack.datafiles.messages import describe

    return describe(value)


def check_codebook(
    docs: dict[str, YamlDoc], problems: list[Problem], today: date
) -> Codebook | None:
    """The three codebook files as one Codebook, or None with their problems added."""

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


def check_chronology(
    jurisdictions: dict[str, JurisdictionDoc],
    problems: list[Problem],
    models: Mapping[str, JurisdictionFile] | None = None,
    *,
    errors_only: bool = False,
) -> None:
    """The dates of the states of `jurisdictions`, against what they cite (in `models`, every
    file by default)."""
    models = models or {code: jdoc.model for code, jdoc in jurisdictions.items()}
    for finding in chronology(models, errors_only=errors_only):
        if finding.code not in jurisdictions:
            continue
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
