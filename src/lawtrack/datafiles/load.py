"""Validated files into the database: one transaction, unchanged files skipped by content hash,
changed ones validated with those that depend on them (`incremental.py`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    String,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.datafiles.changes import (
    Delta,
    FileScan,
    LoadReport,
    changed_paths,
    codebook_changed,
)
from lawtrack.datafiles.citations import cited_instruments
from lawtrack.datafiles.columns import values
from lawtrack.datafiles.incremental import incremental_delta
from lawtrack.datafiles.parallel import Background, worth_a_helper
from lawtrack.datafiles.read import gc_paused
from lawtrack.datafiles.schema import CITE_RE, definition_ends
from lawtrack.datafiles.searchindex import entries_for
from lawtrack.datafiles.validate import Dataset, validate_dir
from lawtrack.errors import DataError
from lawtrack.progress import SILENT, Progress

CHUNK = 250  # jurisdictions (or ids in one IN list) handled at a time


def loaded_hashes(session: Session) -> dict[str, str]:
    return dict(session.execute(select(m.LoadedFile.path, m.LoadedFile.sha256)).all())


def load_data(
    session: Session, root: Path, *, dry_run: bool = False, progress: Progress = SILENT
) -> LoadReport:
    """Load `root` into the database `session` is bound to (the caller commits).

    Unchanged files (by content hash) are skipped without parsing them. When some changed and
    the codebook did not, only they and the files depending on them are read and validated
    (`incremental.py`). Anything invalid raises DataError listing every problem of every file,
    as `data validate` shows them, before a single row is written. `progress` hears of each
    part: the files checked, read and validated, and the jurisdictions written.
    """
    scan = FileScan.of(root, progress)
    if not dry_run and _in_sync(session, scan):
        return LoadReport(unchanged=_loaded_codes(session))
    with gc_paused():
        # What `_load` built dies with it, here, by reference counts: were it still alive when
        # the collector is back, its first pass would walk every object (half a second at 2,000).
        return _load(session, root, scan, dry_run=dry_run, progress=progress)


def _load(
    session: Session, root: Path, scan: FileScan, *, dry_run: bool, progress: Progress
) -> LoadReport:
    planned = incremental_delta(session, root, scan, date.today(), progress)
    if isinstance(planned, Delta):
        return _apply(session, planned, dry_run=dry_run, progress=progress)
    # Every file, for its errors alone; if there is one, again, to show every problem.
    validation = validate_dir(root, errors_only=planned == "full", progress=progress)
    if validation.dataset is None and planned == "full":
        validation = validate_dir(root, progress=progress)
    if validation.dataset is None:
        details = [problem.format() for problem in validation.problems]
        raise DataError(f"{len(validation.errors)} problem(s) in {root}: nothing loaded", details)
    delta = _full_delta(session, validation.dataset)
    return _apply(session, delta, dry_run=dry_run, progress=progress)


def _in_sync(session: Session, scan: FileScan) -> bool:
    """Nothing to load: the same files as last loaded, and the database still holds each
    jurisdiction they declared (rows deleted or lost behind lawtrack's back force a reload)."""
    loaded = loaded_hashes(session)
    if not loaded or scan.irregular or loaded != scan.hashes:
        return False
    declared = set(
        session.scalars(
            select(m.LoadedFile.jurisdiction_code).where(
                m.LoadedFile.jurisdiction_code.is_not(None)
            )
        )
    )
    return declared == set(_loaded_codes(session))


def _loaded_codes(session: Session) -> list[str]:
    return list(session.scalars(select(m.Jurisdiction.code).order_by(m.Jurisdiction.code)))


def _full_delta(session: Session, dataset: Dataset) -> Delta:
    """What to write after validating every file: the changed jurisdictions and those citing
    them (all of them when the codebook changed)."""
    loaded = loaded_hashes(session)
    scan = FileScan(dataset.hashes)
    existing = set(session.scalars(select(m.Jurisdiction.code)))
    full = codebook_changed(loaded, scan)
    differing = changed_paths(loaded, scan)
    changed = {
        jdoc.model.code for jdoc in dataset.jurisdictions.values() if jdoc.relpath in differing
    } | (set(dataset.jurisdictions) - existing)  # rows lost from the database come back
    reload = set(dataset.jurisdictions) if full else _with_dependents(dataset, changed)
    models = {code: jdoc.model for code, jdoc in dataset.jurisdictions.items()}
    return Delta(
        codebook=dataset.codebook,
        models={code: models[code] for code in sorted(reload)},
        changed=changed,
        codes={jdoc.relpath: code for code, jdoc in dataset.jurisdictions.items()},
        hashes=dataset.hashes,
        cited=models,
        full=full,
    )


def _apply(session: Session, delta: Delta, *, dry_run: bool, progress: Progress) -> LoadReport:
    loaded = loaded_hashes(session)
    existing = dict(session.execute(select(m.Jurisdiction.code, m.Jurisdiction.id)).all())
    current = set(delta.codes.values())
    reload = set(delta.models)
    removed = sorted(set(existing) - current)
    report = LoadReport(
        created=sorted(delta.changed - set(existing)),
        updated=sorted((reload if delta.full else delta.changed) & set(existing)),
        removed=removed,
        codebook_changed=delta.full,
        dry_run=dry_run,
        incremental=delta.incremental,
    )
    report.unchanged = sorted(current - set(report.created) - set(report.updated))
    if dry_run or (not reload and not removed and loaded == delta.hashes):
        return report
    progress.stage("writing jurisdictions", len(reload))
    writer = _Writer(session, delta, progress)
    if delta.full:
        writer.clear_all()
        writer.codebook()
        existing = {}
    else:
        writer.read_codebook_ids()
    writer.jurisdictions(sorted(reload), existing)
    writer.remove(removed)  # after: a reloaded jurisdiction may have had a removed one as parent
    writer.record_files()
    writer.sync_sequences()
    return report


def _with_dependents(dataset: Dataset, changed: set[str]) -> set[str]:
    """Changed jurisdictions and, transitively, those citing their instruments (renewed ids)."""
    cites_into: dict[str, set[str]] = {}
    for code, jdoc in dataset.jurisdictions.items():
        for cite in cited_instruments(jdoc.model):
            match = CITE_RE.match(cite)
            if match and match.group("code") and match.group("code") != code:
                cites_into.setdefault(match.group("code"), set()).add(code)
    result, todo = set(changed), list(changed)
    while todo:
        for dependent in cites_into.get(todo.pop(), set()) - result:
            result.add(dependent)
            todo.append(dependent)
    return result


def _plain(table: Any) -> bool:
    """Whether every column holds text, a number, a boolean or a date (no JSON, no time)."""
    return all(
        isinstance(column.type, String | Integer | Boolean | Date)
        and not isinstance(column.type, DateTime)
        for column in table.columns
    )


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class _Writer:
    def __init__(self, session: Session, delta: Delta, progress: Progress) -> None:
        self.session, self.delta, self.progress = session, delta, progress
        self.criteria: dict[str, int] = {}
        self.frameworks: dict[str, int] = {}
        self.terms: dict[str, int] = {}
        self.attributes: dict[tuple[str, str], int] = {}
        self.next_ids: dict[Any, int] = {}

    def insert_ids(self, model: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Insert with ids chosen here: the writer holds the write lock, so they are free.

        (RETURNING over tens of thousands of rows costs minutes in SQLAlchemy's bulk path.)
        """
        if not rows:
            return []
        if model not in self.next_ids:
            self.next_ids[model] = (self.session.scalar(select(func.max(model.id))) or 0) + 1
        start = self.next_ids[model]
        ids = list(range(start, start + len(rows)))
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        self.next_ids[model] = start + len(rows)
        self.insert(model, rows)
        return ids

    def insert(self, model: Any, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        table = model.__table__
        if self.session.get_bind().dialect.name != "sqlite" or not _plain(table):
            self.session.execute(insert(table), rows)
            return
        # SQLite, columns of text, numbers, booleans and dates: the rows go to the driver as
        # they are, bound by name (dates as SQLAlchemy stores them, YYYY-MM-DD). SQLAlchemy's
        # own processing of each row would be a tenth of a cold load.
        names = list(rows[0])
        quote = self.session.get_bind().dialect.identifier_preparer.quote
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join(':' + n for n in names)})"
        )
        for name in names:
            if isinstance(table.c[name].type, Date):
                for row in rows:  # built for this insert alone: its dates become text here
                    if row[name] is not None:
                        row[name] = row[name].isoformat()
        self.session.connection().exec_driver_sql(sql, rows)

    def update_by_id(self, model: Any, rows: list[dict[str, Any]]) -> None:
        """UPDATE each row by its id, in Core (the ORM's bulk update looks up every row's
        identity: a third of a second per 1,000 rows)."""
        table = model.__table__
        names = [name for name in rows[0] if name != "id"]
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({name: bindparam(f"new_{name}") for name in names})
        )
        self.session.execute(
            statement,
            [{"row_id": row["id"], **{f"new_{n}": row[n] for n in names}} for row in rows],
        )

    def sync_sequences(self) -> None:
        """PostgreSQL: move each id sequence past the ids chosen here."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for model in self.next_ids:
            table = model.__tablename__
            self.session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table}"
                )
            )

    def clear_all(self) -> None:
        for model in (m.Jurisdiction, m.Criterion, m.Category, m.Framework, m.Term):
            self.session.execute(delete(model))

    def codebook(self) -> None:
        book = self.delta.codebook
        letters = list(book.criteria.categories.items())
        category_ids = self.insert_ids(
            m.Category,
            [{"letter": k, "name": v, "position": i} for i, (k, v) in enumerate(letters)],
        )
        categories = dict(zip([k for k, _ in letters], category_ids, strict=True))
        frameworks = list(book.frameworks.frameworks.items())
        ids = self.insert_ids(
            m.Framework,
            [{"code": code, "position": i, **values(f)} for i, (code, f) in enumerate(frameworks)],
        )
        self.frameworks = dict(zip([code for code, _ in frameworks], ids, strict=True))
        criteria = list(book.criteria.criteria.items())
        rows = [
            {
                "code": code,
                "short_id": c.id,
                "category_id": categories[c.category],
                "position": i,
                **values(c),
            }
            for i, (code, c) in enumerate(criteria)
        ]
        self.criteria = dict(
            zip([code for code, _ in criteria], self.insert_ids(m.Criterion, rows), strict=True)
        )
        articles = [
            {
                "criterion_id": self.criteria[code],
                "framework_id": self.frameworks[fw],
                "article": art,
                "position": n,
            }
            for code, c in criteria
            for fw, arts in c.called_for_by.items()
            for n, art in enumerate(arts)
        ]
        self.insert(m.CriterionArticle, articles)
        terms = list(book.terms.terms.items())
        term_rows = [
            {"code": code, "position": i, **values(t)} for i, (code, t) in enumerate(terms)
        ]
        self.terms = dict(
            zip([code for code, _ in terms], self.insert_ids(m.Term, term_rows), strict=True)
        )
        specs = [(code, name, spec) for code, t in terms for name, spec in t.attributes.items()]
        attr_rows = [
            {
                "term_id": self.terms[code],
                "code": name,
                "position": i,
                **values(spec),
            }
            for i, (code, name, spec) in enumerate(specs)
        ]
        ids = self.insert_ids(m.TermAttribute, attr_rows)
        self.attributes = {(code, name): i for (code, name, _), i in zip(specs, ids, strict=True)}

    def read_codebook_ids(self) -> None:
        s = self.session
        self.criteria = dict(s.execute(select(m.Criterion.code, m.Criterion.id)).all())
        self.frameworks = dict(s.execute(select(m.Framework.code, m.Framework.id)).all())
        self.terms = dict(s.execute(select(m.Term.code, m.Term.id)).all())
        rows = s.execute(select(m.Term.code, m.TermAttribute.code, m.TermAttribute.id).join(m.Term))
        self.attributes = {(term, attr): i for term, attr, i in rows}

    def remove(self, codes: list[str]) -> None:
        if codes:
            self.session.execute(delete(m.Jurisdiction).where(m.Jurisdiction.code.in_(codes)))

    def jurisdictions(self, codes: list[str], existing: dict[str, int]) -> None:
        models = [self.delta.models[code] for code in codes]
        new = [j for j in models if j.code not in existing]
        ids = self.insert_ids(m.Jurisdiction, [values(j) for j in new])
        known = {**existing, **dict(zip([j.code for j in new], ids, strict=True))}
        old = [j for j in models if j.code in existing]
        if old:
            self.update_by_id(m.Jurisdiction, [{"id": known[j.code], **values(j)} for j in old])
            old_ids = [known[j.code] for j in old]
            for chunk in _chunks(old_ids):
                for model in (
                    m.Bill,
                    m.Instrument,
                    m.Definition,
                    m.Ratification,
                    m.AssessmentState,
                    m.SearchEntry,
                ):
                    self.session.execute(delete(model).where(model.jurisdiction_id.in_(chunk)))
        everyone = {
            **known,
            **dict(self.session.execute(select(m.Jurisdiction.code, m.Jurisdiction.id)).all()),
        }
        parents = [
            {"id": known[j.code], "parent_id": everyone[j.parent] if j.parent else None}
            for j in models
        ]
        if parents:
            self.update_by_id(m.Jurisdiction, parents)
        _Children(self, {code: known[code] for code in codes}).write()

    def record_files(self) -> None:
        self.session.execute(delete(m.LoadedFile))
        codes = self.delta.codes
        now = datetime.now(UTC)
        self.insert(
            m.LoadedFile,
            [
                {"path": p, "sha256": h, "jurisdiction_code": codes.get(p), "loaded_at": now}
                for p, h in sorted(self.delta.hashes.items())
            ],
        )


class _Children:
    """Instruments, provisions, definitions, ratifications, states and bills of reloaded
    jurisdictions."""

    def __init__(self, writer: _Writer, ids: dict[str, int]) -> None:
        self.w, self.ids = writer, ids
        self.files = {code: writer.delta.models[code] for code in ids}
        self.instrument_ids: dict[tuple[str, str], int] = {}

    def write(self) -> None:
        """In chunks of jurisdictions, so the rows built for the database never pile up. The
        search index rows, a sixth of a cold load, come from a helper process when there are
        many (`parallel.py`) while this one builds and writes the others. Each of the five
        steps of a chunk counts a fifth of its jurisdictions done."""
        everyone = self.files
        chunks = list(_chunks(list(everyone)))
        for chunk in chunks:
            self.files = {code: everyone[code] for code in chunk}
            self.instrument_rows()
        self.files = everyone
        self._foreign_instruments()
        helper = worth_a_helper(len(everyone))
        with Background(self.index_rows, chunks, helper=helper) as index:
            for chunk, rows in zip(chunks, index, strict=True):
                self.files = {code: everyone[code] for code in chunk}
                share, progress = len(chunk) / 5, self.w.progress
                self.instrument_parts()
                progress.advance(share)
                self.definitions()
                progress.advance(share)
                self.ratifications()
                progress.advance(share)
                self.states()
                progress.advance(share)
                self.bills()
                self.w.insert_ids(m.SearchEntry, rows)
                progress.advance(share)
        self.files = everyone

    def resolve(self, code: str, cite: str) -> tuple[int, str | None]:
        match = CITE_RE.match(cite)
        assert match is not None  # validated
        return self.instrument_ids[(match.group("code") or code, match.group("id"))], match.group(
            "pin"
        )

    def instrument_rows(self) -> None:
        keys = [
            (code, key, i, inst)
            for code, j in self.files.items()
            for i, (key, inst) in enumerate(j.instruments.items())
        ]
        rows = [
            {
                "jurisdiction_id": self.ids[code],
                "key": key,
                "position": i,
                **values(inst),
            }
            for code, key, i, inst in keys
        ]
        ids = self.w.insert_ids(m.Instrument, rows)
        self.instrument_ids.update(
            {(code, key): i for (code, key, _, _), i in zip(keys, ids, strict=True)}
        )

    def instrument_parts(self) -> None:
        """Links (amends, repeals) and provisions, once every instrument has its id."""
        keys = [
            (code, key, inst)
            for code, j in self.files.items()
            for key, inst in j.instruments.items()
        ]
        links, provisions = [], []
        for code, key, inst in keys:
            own = self.instrument_ids[(code, key)]
            for relation in ("amends", "repeals"):
                for cite in getattr(inst, relation):
                    links.append(
                        {
                            "instrument_id": own,
                            "target_id": self.resolve(code, cite)[0],
                            "relation": relation,
                        }
                    )
            for n, (pin, p) in enumerate(inst.provisions.items()):
                provisions.append(
                    {
                        "instrument_id": own,
                        "pinpoint": pin,
                        "position": n,
                        **values(p),
                    }
                )
        self.w.insert(m.InstrumentLink, links)
        self.w.insert(m.Provision, provisions)

    def _foreign_instruments(self) -> None:
        wanted = {
            match.group("code")
            for code, j in self.files.items()
            for cite in cited_instruments(j)
            if (match := CITE_RE.match(cite)) and match.group("code") not in (None, code)
        } - set(self.files)
        if wanted:
            rows = self.w.session.execute(
                select(m.Jurisdiction.code, m.Instrument.key, m.Instrument.id)
                .join(m.Jurisdiction)
                .where(m.Jurisdiction.code.in_(sorted(wanted)))
            )
            self.instrument_ids.update({(code, key): i for code, key, i in rows})

    def definitions(self) -> None:
        items = [
            (code, n, d) for code, j in self.files.items() for n, d in enumerate(j.definitions)
        ]
        ends = {code: definition_ends(j.definitions) for code, j in self.files.items()}
        rows = []
        for code, n, d in items:
            instrument, pin = self.resolve(code, d.cite)
            rows.append(
                {
                    "jurisdiction_id": self.ids[code],
                    "term_id": self.w.terms[d.term],
                    "instrument_id": instrument,
                    "pinpoint": pin,
                    "position": n,
                    "effective_to": ends[code][n],
                    **values(d),
                }
            )
        ids = self.w.insert_ids(m.Definition, rows)
        self.w.insert(
            m.DefinitionAttribute,
            [
                {
                    "definition_id": i,
                    "attribute_id": self.w.attributes[(d.term, name)],
                    "value": value,
                }
                for (_, _, d), i in zip(items, ids, strict=True)
                for name, value in d.attributes.items()
            ],
        )

    def ratifications(self) -> None:
        self.w.insert(
            m.Ratification,
            [
                {
                    "jurisdiction_id": self.ids[code],
                    "framework_id": self.w.frameworks[fw],
                    "ratified": when,
                }
                for code, j in self.files.items()
                for fw, when in j.ratifications.items()
            ],
        )

    def index_rows(self, codes: Sequence[str]) -> list[dict[str, Any]]:
        """The search index rows of `codes` (plain data: a helper may build them)."""
        models, criteria = self.w.delta.cited, self.w.delta.codebook.criteria
        return [
            {"jurisdiction_id": self.ids[code], **row}
            for code in codes
            for row in entries_for(code, models[code], models, criteria)
        ]

    def states(self) -> None:
        items = []
        for code, j in self.files.items():
            for criterion, states in j.assessments.items():
                for n, state in enumerate(states):
                    newer = states[n - 1].effective_from if n else None
                    items.append((code, criterion, n, state, newer))
        rows = [
            {
                "jurisdiction_id": self.ids[code],
                "criterion_id": self.w.criteria[criterion],
                **values(s),
                "counterpoint": s.counterpoint.text if s.counterpoint else None,
                "counterpoint_sources": " ".join(s.counterpoint.sources) or None
                if s.counterpoint
                else None,
                "untested": s.counterpoint.untested if s.counterpoint else None,
                "effective_to": newer,
                "position": n,
            }
            for code, criterion, n, s, newer in items
        ]
        ids = self.w.insert_ids(m.AssessmentState, rows)
        citations, sources = [], []
        for (code, _, _, s, _), state_id in zip(items, ids, strict=True):
            for n, cite in enumerate(s.cite):
                instrument, pin = self.resolve(code, cite)
                citations.append(
                    {
                        "state_id": state_id,
                        "instrument_id": instrument,
                        "pinpoint": pin,
                        "position": n,
                    }
                )
            sources += [
                {"state_id": state_id, "url": url, "position": n} for n, url in enumerate(s.sources)
            ]
        self.w.insert(m.Citation, citations)
        self.w.insert(m.Source, sources)

    def bills(self) -> None:
        """Bills, their stages and what they would change, each with its sources."""
        items = [
            (code, n, key, bill)
            for code, j in self.files.items()
            for n, (key, bill) in enumerate(j.bills.items())
        ]
        rows = [
            {
                "jurisdiction_id": self.ids[code],
                "key": key,
                "chambers": "; ".join(bill.chambers) or None,
                "became_id": self.resolve(code, bill.became)[0] if bill.became else None,
                "position": n,
                **values(bill),
            }
            for code, n, key, bill in items
        ]
        bill_ids = self.w.insert_ids(m.Bill, rows)
        steps = [
            (bill_id, n, step)
            for (_, _, _, bill), bill_id in zip(items, bill_ids, strict=True)
            for n, step in enumerate(bill.stages)
        ]
        step_ids = self.w.insert_ids(
            m.BillStage,
            [{"bill_id": bill_id, "position": n, **values(step)} for bill_id, n, step in steps],
        )
        self.w.insert(
            m.BillStageSource,
            [
                {"stage_id": step_id, "url": url, "position": n}
                for (_, _, step), step_id in zip(steps, step_ids, strict=True)
                for n, url in enumerate(step.sources)
            ],
        )
        changes = [
            (bill_id, n, change)
            for (_, _, _, bill), bill_id in zip(items, bill_ids, strict=True)
            for n, change in enumerate(bill.would_change)
        ]
        change_ids = self.w.insert_ids(
            m.BillChange,
            [
                {
                    "bill_id": bill_id,
                    "criterion_id": self.w.criteria[change.criterion],
                    "position": n,
                    **values(change),
                }
                for bill_id, n, change in changes
            ],
        )
        self.w.insert(
            m.BillChangeSource,
            [
                {"change_id": change_id, "url": url, "position": n}
                for (_, _, change), change_id in zip(changes, change_ids, strict=True)
                for n, url in enumerate(change.sources)
            ],
        )
