"""A load that reads only what changed: the changed files and those whose cross-file facts
depend on them are parsed and validated; what every other file contributes to the rules across
files comes from the database, which holds those files as they were when last validated.

The files read again (`affected`): the new and changed files, and every file whose rows point
at an instrument of a changed or removed file (a citation, a definition, an amends or repeals),
transitively, since reloading a file renews its instruments' rows and so removes the rows that
cite them (a bill's `became` points at an instrument too). Each rule across files, and where its
facts come from here:

- one file per code: the codes of unchanged files are in `loaded_files`;
- a parent must exist: the codes of every file; unchanged files whose parent was removed are
  found in the database (`jurisdictions.parent_id`);
- a cite `XX:id` must name an instrument of XX: the instruments of the jurisdictions that the
  affected files cite are read from the database; unchanged files citing a changed or removed
  file are affected, so they are checked against its new content;
- amends/repeals never loop: a new loop passes through a link of a changed file, so the links
  of the affected files and those of the others (from `instrument_links`) are searched;
- a state cannot precede the law it cites: the dates of the cited instruments and provisions of
  the others come from the database;
- the codebook: a change in it means every file (the full path).

Rules that only warn ("cited nowhere", dates from nowhere) are not needed: a load shows no
warning. Errors that depend on today's date ("in the future") only go away as time passes,
unless the clock went back: a date of the database after today sends the load to the full path.
Whenever this finds an error, it answers INVALID and the caller validates every file as
`data validate` does, so that the problems reported are exactly those of a full validation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Literal, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from lawtrack import models as m
from lawtrack.datafiles.changes import Delta, FileScan, changed_paths, codebook_changed
from lawtrack.datafiles.citations import cited_instruments, link_cycles, link_edges
from lawtrack.datafiles.dataset import CODEBOOK_FILES, JurisdictionDoc
from lawtrack.datafiles.problems import Problem, errors_in
from lawtrack.datafiles.read import YamlDoc
from lawtrack.datafiles.rules import FileRules
from lawtrack.datafiles.schema import (
    CITE_RE,
    Instrument,
    InstrumentKind,
    JurisdictionFile,
    Level,
    Provision,
)
from lawtrack.datafiles.validate import (
    check_chronology,
    check_codebook,
    iter_files,
    parse_jurisdictions,
    read_files,
)
from lawtrack.progress import SILENT, Progress

Key = tuple[str, str]  # (jurisdiction code, instrument id)
Fallback = Literal["full", "invalid"]  # validate every file: to load it, or to report it
CHUNK = 250  # codes in one IN list


def incremental_delta(
    session: Session, root: Path, scan: FileScan, today: date, progress: Progress = SILENT
) -> Delta | Fallback:
    """What to load, read incrementally; "full" when only a full validation will do (nothing
    loaded yet, the codebook changed, an odd file, rows lost, the clock went back), "invalid"
    when an affected file has an error (the full validation reports it)."""
    loaded = _loaded(session)
    if _needs_all(session, loaded, scan, today):
        return "full"
    changed = changed_paths({path: digest for path, (digest, _) in loaded.items()}, scan)
    reread = changed | _citing_files(session, loaded, scan, changed)
    problems: list[Problem] = []
    progress.stage("reading files", len(CODEBOOK_FILES) + len(reread))
    book = read_files(root, [root / name for name in CODEBOOK_FILES], problems, progress)
    codebook = check_codebook(book, problems, today)
    files = iter_files(root, [root / path for path in sorted(reread)], problems, progress=progress)
    parsed = parse_jurisdictions(files, problems)
    if codebook is None or errors_in(problems) or parsed.broken:
        return "invalid"
    affected = parsed.jurisdictions
    kept = {  # the files not read again: relative path -> code
        path: code
        for path, (_, code) in loaded.items()
        if code is not None and path in scan.hashes and path not in reread
    }
    codes = {**kept, **{jdoc.relpath: code for code, jdoc in affected.items()}}
    known, current = _known(session), set(codes.values())
    parents = {known[code][2] for code in kept.values()} - {None}
    if len(current) < len(codes) or not parents <= current:
        return "invalid"  # a code claimed twice, or a parent whose file is gone
    others = {**_stand_ins(session, root, kept, known, affected), **affected}
    progress.stage("validating jurisdictions", len(affected))
    for jdoc in affected.values():
        FileRules(jdoc, codebook, others, problems, today, set()).check()
        progress.advance()
    models = {code: jdoc.model for code, jdoc in affected.items()}
    everyone = {code: jdoc.model for code, jdoc in others.items()}
    check_chronology(affected, problems, everyone, errors_only=True)
    if errors_in(problems) or _loops(session, models, set(kept.values())):
        return "invalid"
    return Delta(
        codebook=codebook,
        models=models,
        changed={code for code, jdoc in affected.items() if jdoc.relpath in changed},
        codes=codes,
        hashes={
            **scan.hashes,
            **{rel: doc.sha256 for rel, doc in book.items()},
            **{jdoc.relpath: jdoc.doc.sha256 for jdoc in affected.values()},
        },
        cited=everyone,
        incremental=True,
    )


def _needs_all(
    session: Session, loaded: dict[str, tuple[str, str | None]], scan: FileScan, today: date
) -> bool:
    """Whether only a full validation will do."""
    declared = {code for _, code in loaded.values() if code is not None}
    return (
        not loaded
        or bool(scan.irregular)
        or codebook_changed({path: digest for path, (digest, _) in loaded.items()}, scan)
        or declared != set(session.scalars(select(m.Jurisdiction.code)))  # rows lost or added
        or _dates_after(session, today)
    )


def _citing_files(
    session: Session, loaded: dict[str, tuple[str, str | None]], scan: FileScan, changed: set[str]
) -> set[str]:
    """The files still there whose rows cite a changed or removed file, transitively."""
    removed = {p for p in loaded if p not in scan.hashes and p not in CODEBOOK_FILES}
    touched = {code for path in changed | removed if path in loaded and (code := loaded[path][1])}
    path_of = {code: path for path, (_, code) in loaded.items() if code is not None}
    return {
        path_of[code]
        for code in _citing(session, touched) - touched
        if path_of[code] not in removed
    }


def _loaded(session: Session) -> dict[str, tuple[str, str | None]]:
    """Each file as last loaded: relative path -> (sha256, the code it declared)."""
    rows = session.execute(
        select(m.LoadedFile.path, m.LoadedFile.sha256, m.LoadedFile.jurisdiction_code)
    )
    return {path: (digest, code) for path, digest, code in rows}


def _chunks(items: Iterable[Any]) -> Iterable[Sequence[Any]]:
    ordered = sorted(items)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def _dates_after(session: Session, today: date) -> bool:
    """Whether the database holds a date that the rules would call "in the future" today."""
    columns = [
        (m.Jurisdiction.reviewed, None),
        (m.Ratification.ratified, None),
        (m.AssessmentState.effective_from, None),
        (m.Instrument.enacted, m.Instrument.kind != "bill"),
        (m.Instrument.in_force, m.Instrument.kind != "bill"),
        (m.Instrument.repealed, m.Instrument.kind != "bill"),
    ]
    for column, where in columns:
        query = select(func.max(column))
        latest = session.scalar(query if where is None else query.where(where))
        if latest is not None and latest > today:
            return True
    return False


def _citing(session: Session, codes: set[str]) -> set[str]:
    """The jurisdictions whose rows point at an instrument of `codes`, transitively."""
    found: set[str] = set()
    todo = set(codes)
    while todo:
        new: set[str] = set()
        for chunk in _chunks(todo):
            for query in _citing_queries(chunk):
                new.update(session.scalars(query))
        todo = new - found - codes
        found |= new
    return found


def _citing_queries(codes: Sequence[str]) -> list[Any]:
    """Who cites an instrument of `codes`: states, definitions, amends and repeals, bills."""
    owner, cited = aliased(m.Jurisdiction), aliased(m.Jurisdiction)
    target = aliased(m.Instrument)
    source = aliased(m.Instrument)
    of_codes = cited.code.in_(codes)
    return [
        select(owner.code)
        .distinct()
        .select_from(m.Citation)
        .join(target, m.Citation.instrument_id == target.id)
        .join(cited, target.jurisdiction_id == cited.id)
        .join(m.AssessmentState, m.Citation.state_id == m.AssessmentState.id)
        .join(owner, m.AssessmentState.jurisdiction_id == owner.id)
        .where(of_codes),
        select(owner.code)
        .distinct()
        .select_from(m.Definition)
        .join(target, m.Definition.instrument_id == target.id)
        .join(cited, target.jurisdiction_id == cited.id)
        .join(owner, m.Definition.jurisdiction_id == owner.id)
        .where(of_codes),
        select(owner.code)
        .distinct()
        .select_from(m.InstrumentLink)
        .join(target, m.InstrumentLink.target_id == target.id)
        .join(cited, target.jurisdiction_id == cited.id)
        .join(source, m.InstrumentLink.instrument_id == source.id)
        .join(owner, source.jurisdiction_id == owner.id)
        .where(of_codes),
        select(owner.code)
        .distinct()
        .select_from(m.Bill)
        .join(target, m.Bill.became_id == target.id)
        .join(cited, target.jurisdiction_id == cited.id)
        .join(owner, m.Bill.jurisdiction_id == owner.id)
        .where(of_codes),
    ]


def _known(session: Session) -> dict[str, tuple[str, str, str | None]]:
    """Every jurisdiction in the database: code -> (name, level, the code of its parent)."""
    child, parent = aliased(m.Jurisdiction), aliased(m.Jurisdiction)
    rows = session.execute(
        select(child.code, child.name, child.level, parent.code).outerjoin(
            parent, child.parent_id == parent.id
        )
    )
    return {code: (name, level, parent_code) for code, name, level, parent_code in rows}


def _stand_ins(
    session: Session,
    root: Path,
    kept: dict[str, str],
    known: dict[str, tuple[str, str, str | None]],
    affected: dict[str, JurisdictionDoc],
) -> dict[str, JurisdictionDoc]:
    """Every jurisdiction not read again, as the rules across files see it: its code and, when
    an affected file cites it, its instruments with their dates and dated provisions."""
    wanted = {
        match.group("code")
        for code, jdoc in affected.items()
        for cite in cited_instruments(jdoc.model)
        if (match := CITE_RE.match(cite)) and match.group("code") not in (None, code)
    } & set(kept.values())
    instruments = _instruments(session, wanted)
    return {
        code: JurisdictionDoc(
            path,
            YamlDoc(path=root / path, data=None, sha256=""),
            JurisdictionFile.model_construct(
                schema_version=1,
                code=code,
                name=known[code][0],
                level=cast(Level, known[code][1]),
                parent=known[code][2],
                instruments=instruments.get(code, {}),
                # Every field given: pydantic would inspect each default factory, slowly.
                region=None,
                legal_system=None,
                reviewed=None,
                note=None,
                ratifications={},
                bills={},
                definitions=[],
                assessments={},
            ),
        )
        for path, code in kept.items()
    }


def _instruments(session: Session, codes: set[str]) -> dict[str, dict[str, Instrument]]:
    """The instruments of `codes` from the database, with their provisions' in_force dates."""
    out: dict[str, dict[str, Instrument]] = {}
    for chunk in _chunks(codes):
        rows = session.execute(
            select(m.Jurisdiction.code, m.Instrument)
            .join(m.Instrument, m.Instrument.jurisdiction_id == m.Jurisdiction.id)
            .where(m.Jurisdiction.code.in_(chunk))
            .order_by(m.Jurisdiction.code, m.Instrument.position)
        ).all()
        ids = [row.id for _, row in rows]
        provisions: dict[int, dict[str, Provision]] = {}
        for id_chunk in _chunks(ids):
            for instrument_id, pinpoint, in_force in session.execute(
                select(m.Provision.instrument_id, m.Provision.pinpoint, m.Provision.in_force)
                .where(m.Provision.instrument_id.in_(id_chunk))
                .order_by(m.Provision.instrument_id, m.Provision.position)
            ):
                provisions.setdefault(instrument_id, {})[pinpoint] = Provision.model_construct(
                    heading=None, text=None, in_force=in_force, note=None
                )
        for code, row in rows:
            out.setdefault(code, {})[row.key] = Instrument.model_construct(
                title=row.title,
                citation=row.citation,
                kind=cast(InstrumentKind, row.kind),
                enacted=row.enacted,
                in_force=row.in_force,
                repealed=row.repealed,
                url=row.url,
                note=row.note,
                provisions=provisions.get(row.id, {}),
                amends=[],
                repeals=[],
            )
    return out


def _loops(session: Session, models: dict[str, JurisdictionFile], kept: set[str]) -> bool:
    """Whether the links of `models` close a loop, through the links of the kept files too
    (a loop of kept files alone was refused when they were loaded)."""
    if not any(targets for targets in link_edges(models).values()):
        return False
    source, target = aliased(m.Instrument), aliased(m.Instrument)
    owner, cited = aliased(m.Jurisdiction), aliased(m.Jurisdiction)
    rows = session.execute(
        select(owner.code, source.key, cited.code, target.key)
        .select_from(m.InstrumentLink)
        .join(source, m.InstrumentLink.instrument_id == source.id)
        .join(owner, source.jurisdiction_id == owner.id)
        .join(target, m.InstrumentLink.target_id == target.id)
        .join(cited, target.jurisdiction_id == cited.id)
    )
    more: dict[Key, list[Key]] = {}
    for code, key, target_code, target_key in rows:
        if code in kept:
            more.setdefault((code, key), []).append((target_code, target_key))
    return bool(link_cycles(models, more))
