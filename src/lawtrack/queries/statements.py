"""Every read query of the views, as SQLAlchemy Core statements over `models.py`: their one
definition.

Nothing here runs when a view answers. `python -m lawtrack.queries.sqlgen` compiles each
statement for SQLite and PostgreSQL into `queries/sql_generated.py`, which the views run on the
plain driver (`queries/reader.py`); a test fails when the two differ.

A query is a function registered with `@query`, named as the views call it. It takes values
only as named parameters (`portable.param`, `portable.in_list`, `portable.matched`). A filter
that a view may leave out is an optional parameter: the function is given the set of those
present and builds that variant; each variant is compiled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Date,
    Integer,
    String,
    and_,
    case,
    func,
    or_,
    select,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql.selectable import GenerativeSelect

from lawtrack import models as m
from lawtrack.queries.portable import in_list, matched, matches, param
from lawtrack.queries.search import SEARCH_WORDS
from lawtrack.status import NOT_ASSESSED

Given = frozenset[str]
Build = Callable[[Given], GenerativeSelect]


@dataclass(frozen=True)
class Query:
    build: Build
    optional: tuple[str, ...]  # parameters a caller may leave out (None): one variant each way


QUERIES: dict[str, Query] = {}


def query(*optional: str, name: str | None = None) -> Callable[[Build], Build]:
    """Register a read query under its function's name (or `name`)."""

    def register(build: Build) -> Build:
        QUERIES[name or build.__name__] = Query(build, optional)
        return build

    return register


# The types that decide how a value is read back: everything else comes as the driver gives it.
RESULT_TYPES: tuple[tuple[type[Any], str], ...] = ((Date, "d"), (Boolean, "b"), (JSON, "j"))

AS_OF = param("as_of", Date())
PLACE = param("place", Integer())


def state_in_effect(as_of: ColumnElement[Any]) -> ColumnElement[bool]:
    """An assessment state that describes the law as it stood on `as_of`."""
    state = m.AssessmentState
    return and_(
        or_(state.effective_from.is_(None), state.effective_from <= as_of),
        or_(state.effective_to.is_(None), state.effective_to > as_of),
    )


def instrument_in_force(as_of: ColumnElement[Any]) -> ColumnElement[bool]:
    """An instrument in force on `as_of`: started (in force, else enacted) and not repealed.

    An instrument with neither date known is taken as in force: its dates are unknown, not absent.
    """
    instrument = m.Instrument
    start = func.coalesce(instrument.in_force, instrument.enacted)
    return and_(
        or_(start.is_(None), start <= as_of),
        or_(instrument.repealed.is_(None), instrument.repealed > as_of),
        instrument.kind != "bill",
    )


def definition_in_effect(as_of: ColumnElement[Any]) -> ColumnElement[bool]:
    """A definition whose instrument is in force on `as_of` and whose wording had taken effect
    by then and not yet been replaced (a wording without a `from` date counts as current)."""
    d = m.Definition
    return and_(
        instrument_in_force(as_of),
        or_(d.effective_from.is_(None), d.effective_from <= as_of),
        or_(d.effective_to.is_(None), d.effective_to > as_of),
    )


# Lookups (queries/common.py)


@query()
def jurisdiction_refs(given: Given) -> GenerativeSelect:
    j = m.Jurisdiction
    return select(j.id, j.code, j.name, j.region).order_by(j.code)


@query()
def codes_at_level(given: Given) -> GenerativeSelect:
    j = m.Jurisdiction
    return select(j.code).where(j.level == param("level", String()))


@query()
def criterion_refs(given: Given) -> GenerativeSelect:
    c = m.Criterion
    return (
        select(c.id, c.code, c.short_id, c.name, m.Category.letter)
        .join(m.Category)
        .order_by(c.position)
    )


@query()
def category_letters(given: Given) -> GenerativeSelect:
    return select(m.Category.letter)


@query()
def framework_by_code(given: Given) -> GenerativeSelect:
    return select(m.Framework.id).where(m.Framework.code == param("framework", String()))


@query()
def framework_codes(given: Given) -> GenerativeSelect:
    return select(m.Framework.code)


@query()
def framework_criteria(given: Given) -> GenerativeSelect:
    return (
        select(m.Criterion.code)
        .join(m.CriterionArticle, m.CriterionArticle.criterion_id == m.Criterion.id)
        .where(m.CriterionArticle.framework_id == param("framework_id", Integer()))
    )


@query("framework")
def articles(given: Given) -> GenerativeSelect:
    """criterion code, framework short name, article: in codebook and framework order."""
    a, f = m.CriterionArticle, m.Framework
    statement = (
        select(m.Criterion.code, f.short_name, a.article)
        .join(a, a.criterion_id == m.Criterion.id)
        .join(f, a.framework_id == f.id)
        .order_by(m.Criterion.position, f.position, a.position)
    )
    if "framework" in given:
        statement = statement.where(f.code == param("framework", String()))
    return statement


# Assessment states (queries/states.py): four queries over the same chosen states.

STATE_FILTERS = ("as_of", "jurisdictions", "criteria")


def _chosen_states(given: Given, *columns: Any) -> GenerativeSelect:
    s, j, c = m.AssessmentState, m.Jurisdiction, m.Criterion
    wanted = []
    if "as_of" in given:
        wanted.append(state_in_effect(AS_OF))
    if "jurisdictions" in given:
        wanted.append(in_list(j.code, "jurisdictions"))
    if "criteria" in given:
        wanted.append(in_list(c.code, "criteria"))
    return (
        select(*columns)
        .join(j, s.jurisdiction_id == j.id)
        .join(c, s.criterion_id == c.id)
        .where(*wanted)
    )


def _order_states(statement: GenerativeSelect) -> GenerativeSelect:
    s, j, c = m.AssessmentState, m.Jurisdiction, m.Criterion
    return statement.order_by(j.code, c.position, s.position)


@query(*STATE_FILTERS)
def states(given: Given) -> GenerativeSelect:
    """Each state whole, for the views that show its note, dates and counterpoint."""
    s, j, c = m.AssessmentState, m.Jurisdiction, m.Criterion
    return _order_states(
        _chosen_states(
            given,
            s.id,
            j.code,
            c.code,
            s.status,
            s.evidence,
            s.effective_from,
            s.effective_to,
            s.note,
            s.counterpoint,
            s.counterpoint_sources,
            s.untested,
        )
    )


@query("jurisdiction_ids")
def state_cells(given: Given) -> GenerativeSelect:
    """Only what a grid cell shows (its status and how complete the evidence is), by ids, in
    no order: a grid of thousands of cells is read in one scan, without joins or a sort."""
    s = m.AssessmentState
    statement = select(s.jurisdiction_id, s.criterion_id, s.status, s.evidence, s.position).where(
        state_in_effect(AS_OF)
    )
    if "jurisdiction_ids" in given:
        statement = statement.where(in_list(s.jurisdiction_id, "jurisdiction_ids"))
    return statement


@query(*STATE_FILTERS)
def state_citations(given: Given) -> GenerativeSelect:
    owner = aliased(m.Jurisdiction)
    i, ci, s = m.Instrument, m.Citation, m.AssessmentState
    return (
        select(ci.state_id, owner.code, i.key, i.citation, ci.pinpoint, i.url)
        .join(i, ci.instrument_id == i.id)
        .join(owner, i.jurisdiction_id == owner.id)
        .where(ci.state_id.in_(_chosen_states(given, s.id).scalar_subquery()))
        .order_by(ci.state_id, ci.position)
    )


@query(*STATE_FILTERS)
def state_sources(given: Given) -> GenerativeSelect:
    src, s = m.Source, m.AssessmentState
    return (
        select(src.state_id, src.url)
        .where(src.state_id.in_(_chosen_states(given, s.id).scalar_subquery()))
        .order_by(src.state_id, src.position)
    )


# One jurisdiction's instruments and definitions (show, brief, timeline)


@query()
def instruments_of(given: Given) -> GenerativeSelect:
    i = m.Instrument
    return (
        select(i.key, i.citation, i.title, i.kind, i.enacted, i.in_force, i.repealed, i.url)
        .where(i.jurisdiction_id == PLACE)
        .order_by(i.position)
    )


@query()
def definitions_of(given: Given) -> GenerativeSelect:
    """The wordings in effect on `as_of` in one jurisdiction, in file order."""
    d, i = m.Definition, m.Instrument
    return (
        select(m.Term.code, i.citation, d.pinpoint, d.text, d.effective_from)
        .join(m.Term, d.term_id == m.Term.id)
        .join(i, d.instrument_id == i.id)
        .where(d.jurisdiction_id == PLACE, definition_in_effect(AS_OF))
        .order_by(d.position)
    )


@query()
def jurisdiction_detail(given: Given) -> GenerativeSelect:
    j = m.Jurisdiction
    return select(j.region, j.reviewed).where(j.id == PLACE)


@query()
def model_provisions(given: Given) -> GenerativeSelect:
    return select(m.Criterion.code, m.Criterion.model_provision)


# Search (queries/search.py): every word, or any word with the texts holding more first. Up to
# SEARCH_WORDS words, one query per count with one LIKE per word (SQLite tests a LIKE in line
# three times faster than against a list); beyond, the words as one list.


def _search(given: Given, *, any_word: bool, words: int | None) -> GenerativeSelect:
    e, j = m.SearchEntry, m.Jurisdiction
    held: Any = None
    if words is None:
        test: ColumnElement[bool] = matches(e.search_text, "patterns", every=not any_word)
        held = matched(e.search_text, "patterns")
    else:
        likes = [
            e.search_text.like(param(f"pattern{n}", String()), escape="\\")
            for n in range(1, words + 1)
        ]
        test = or_(*likes) if any_word else and_(*likes)
        if words > 1:
            held = sum(
                (case((like, 1), else_=0) for like in likes[1:]), case((likes[0], 1), else_=0)
            )
    statement = (
        select(j.code, e.kind, e.citation, e.subject, e.text)
        .join(j, e.jurisdiction_id == j.id)
        .where(test)
    )
    if "jurisdictions" in given:
        statement = statement.where(in_list(j.code, "jurisdictions"))
    order: list[Any] = [e.kind_order, j.code, e.position]
    if any_word and held is not None:
        order.insert(0, held.desc())
    return statement.order_by(*order).limit(param("limit", Integer()))


def _register_search() -> None:
    for any_word in (False, True):
        name = "search_any_word" if any_word else "search_every_word"
        for words in (None, *range(1, SEARCH_WORDS + 1)):

            def build(given: Given, any_word: bool = any_word, words: int | None = words) -> Any:
                return _search(given, any_word=any_word, words=words)

            query("jurisdictions", name=name if words is None else f"{name}_{words}")(build)


_register_search()


# The list of jurisdictions (queries/jurisdictions.py)


@query()
def jurisdiction_list(given: Given) -> GenerativeSelect:
    parent = aliased(m.Jurisdiction)
    j = m.Jurisdiction
    instruments = (
        select(func.count(m.Instrument.id))
        .where(m.Instrument.jurisdiction_id == j.id)
        .scalar_subquery()
    )
    assessed = (
        select(func.count(m.AssessmentState.id))
        .where(
            m.AssessmentState.jurisdiction_id == j.id,
            m.AssessmentState.status != NOT_ASSESSED,
            state_in_effect(AS_OF),
        )
        .scalar_subquery()
    )
    return (
        select(
            j.code,
            j.name,
            j.level,
            parent.code,
            j.region,
            j.legal_system,
            j.reviewed,
            instruments,
            assessed,
        )
        .outerjoin(parent, j.parent_id == parent.id)
        .where(in_list(j.code, "jurisdictions"))
        .order_by(j.code)
    )


@query()
def criteria_count(given: Given) -> GenerativeSelect:
    return select(func.count(m.Criterion.id))


# Definitions of a term (queries/definitions.py)


@query()
def term_by_code(given: Given) -> GenerativeSelect:
    return select(m.Term.id, m.Term.name).where(m.Term.code == param("term", String()))


@query()
def term_codes(given: Given) -> GenerativeSelect:
    return select(m.Term.code).order_by(m.Term.position)


@query()
def term_attributes(given: Given) -> GenerativeSelect:
    a = m.TermAttribute
    return (
        select(a.id, a.code, a.type)
        .where(a.term_id == param("term_id", Integer()))
        .order_by(a.position)
    )


@query()
def term_definitions(given: Given) -> GenerativeSelect:
    d, i, j = m.Definition, m.Instrument, m.Jurisdiction
    return (
        select(d.id, j.code, i.citation, d.pinpoint, d.text, d.effective_from)
        .join(j, d.jurisdiction_id == j.id)
        .join(i, d.instrument_id == i.id)
        .where(
            d.term_id == param("term_id", Integer()),
            in_list(j.code, "jurisdictions"),
            definition_in_effect(AS_OF),
        )
        .order_by(j.code, d.position)
    )


@query()
def attribute_values(given: Given) -> GenerativeSelect:
    v = m.DefinitionAttribute
    return select(v.definition_id, v.attribute_id, v.value).where(
        in_list(v.definition_id, "definitions")
    )


# The codebook and treaties (queries/codebook.py)


@query()
def criteria_rows(given: Given) -> GenerativeSelect:
    c = m.Criterion
    return (
        select(c.short_id, c.code, m.Category.name, c.name, c.question, c.guidance)
        .join(m.Category)
        .order_by(c.position)
    )


@query()
def framework_rows(given: Given) -> GenerativeSelect:
    f = m.Framework
    return select(f.code, f.short_name, f.name, f.kind, f.adopted, f.in_force, f.url).order_by(
        f.position
    )


@query()
def treaties(given: Given) -> GenerativeSelect:
    f = m.Framework
    return select(f.code, f.short_name).where(f.ratifiable).order_by(f.position)


@query()
def ratification_dates(given: Given) -> GenerativeSelect:
    f = m.Framework
    return (
        select(m.Jurisdiction.code, f.code, m.Ratification.ratified)
        .join(m.Jurisdiction, m.Ratification.jurisdiction_id == m.Jurisdiction.id)
        .join(f, m.Ratification.framework_id == f.id)
    )


# The tidy exports (queries/export.py): every date, or only what was in effect on `as_of`.


@query("as_of")
def export_instruments(given: Given) -> GenerativeSelect:
    i, j = m.Instrument, m.Jurisdiction
    statement = (
        select(j.code, i.key, i.title, i.citation, i.kind, i.enacted, i.in_force, i.repealed, i.url)
        .join(j, i.jurisdiction_id == j.id)
        .order_by(j.code, i.position)
    )
    if "as_of" in given:
        statement = statement.where(instrument_in_force(AS_OF))
    return statement


@query()
def export_attribute_codes(given: Given) -> GenerativeSelect:
    t, a = m.Term, m.TermAttribute
    return select(a.code).join(t).order_by(t.position, a.position)


@query("as_of")
def export_definitions(given: Given) -> GenerativeSelect:
    d, i, j, t = m.Definition, m.Instrument, m.Jurisdiction, m.Term
    statement = (
        select(d.id, j.code, t.code, i.citation, d.pinpoint, d.text)
        .join(j, d.jurisdiction_id == j.id)
        .join(i, d.instrument_id == i.id)
        .join(t, d.term_id == t.id)
        .order_by(j.code, d.position)
    )
    if "as_of" in given:
        statement = statement.where(instrument_in_force(AS_OF))
    return statement


@query()
def export_attribute_values(given: Given) -> GenerativeSelect:
    v = m.DefinitionAttribute
    return select(v.definition_id, m.TermAttribute.code, v.value).join(m.TermAttribute)


@query()
def export_jurisdictions(given: Given) -> GenerativeSelect:
    j = m.Jurisdiction
    parent = aliased(j)
    return (
        select(j.code, j.name, j.level, parent.code, j.region, j.legal_system, j.reviewed)
        .outerjoin(parent, j.parent_id == parent.id)
        .order_by(j.code)
    )


@query("as_of")
def export_ratifications(given: Given) -> GenerativeSelect:
    r, j, f = m.Ratification, m.Jurisdiction, m.Framework
    statement = (
        select(j.code, f.code, r.ratified)
        .join(j, r.jurisdiction_id == j.id)
        .join(f, r.framework_id == f.id)
        .order_by(j.code, f.position)
    )
    if "as_of" in given:
        statement = statement.where(r.ratified <= AS_OF)
    return statement


@query()
def export_criteria(given: Given) -> GenerativeSelect:
    c = m.Criterion
    return (
        select(c.code, c.short_id, m.Category.letter, c.name, c.question)
        .join(m.Category)
        .order_by(c.position)
    )


# Bills (queries/bills.py): every bill of the chosen jurisdictions, with all its steps and
# changes; the stage on a date is found in Python (a bill has a handful of steps).


def _of_bills(statement: Any, given: Given, bill_id: Any) -> Any:
    """Only the rows of the bills of the listed jurisdictions (all, without the list)."""
    if "jurisdictions" not in given:
        return statement
    b, j = m.Bill, m.Jurisdiction
    chosen = select(b.id).join(j, b.jurisdiction_id == j.id).where(in_list(j.code, "jurisdictions"))
    return statement.where(bill_id.in_(chosen.scalar_subquery()))


@query("jurisdictions")
def bill_rows(given: Given) -> GenerativeSelect:
    b, j, i = m.Bill, m.Jurisdiction, m.Instrument
    owner = aliased(m.Jurisdiction)
    statement = (
        select(
            b.id,
            j.code,
            b.key,
            b.title,
            b.reference,
            b.chambers,
            b.url,
            b.note,
            owner.code,
            i.key,
            i.citation,
        )
        .join(j, b.jurisdiction_id == j.id)
        .outerjoin(i, b.became_id == i.id)
        .outerjoin(owner, i.jurisdiction_id == owner.id)
        .order_by(j.code, b.position)
    )
    if "jurisdictions" in given:
        statement = statement.where(in_list(j.code, "jurisdictions"))
    return statement


@query("jurisdictions")
def bill_stage_rows(given: Given) -> GenerativeSelect:
    """Each step, newest first within its bill."""
    s = m.BillStage
    statement = select(s.id, s.bill_id, s.stage, s.date, s.chamber, s.note).order_by(
        s.bill_id, s.position
    )
    return _of_bills(statement, given, s.bill_id)  # type: ignore[no-any-return]


@query("jurisdictions")
def bill_stage_source_rows(given: Given) -> GenerativeSelect:
    src, s = m.BillStageSource, m.BillStage
    statement = (
        select(src.stage_id, src.url)
        .join(s, src.stage_id == s.id)
        .order_by(src.stage_id, src.position)
    )
    return _of_bills(statement, given, s.bill_id)  # type: ignore[no-any-return]


@query("jurisdictions")
def bill_change_rows(given: Given) -> GenerativeSelect:
    c, crit = m.BillChange, m.Criterion
    statement = (
        select(c.id, c.bill_id, crit.code, crit.short_id, crit.name, c.status, c.provision, c.note)
        .join(crit, c.criterion_id == crit.id)
        .order_by(c.bill_id, c.position)
    )
    return _of_bills(statement, given, c.bill_id)  # type: ignore[no-any-return]


@query("jurisdictions")
def bill_change_source_rows(given: Given) -> GenerativeSelect:
    src, c = m.BillChangeSource, m.BillChange
    statement = (
        select(src.change_id, src.url)
        .join(c, src.change_id == c.id)
        .order_by(src.change_id, src.position)
    )
    return _of_bills(statement, given, c.bill_id)  # type: ignore[no-any-return]
