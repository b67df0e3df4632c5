"""The database tables (SQLAlchemy 2 typed ORM): an index built from the data files."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from lawtrack import widths as W
from lawtrack.stages import CHANGE_SQL, STAGE_SQL
from lawtrack.status import EVIDENCE_SQL, STATUS_SQL

Day = date  # a column named `date` must not hide the type in the annotations below it

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _owned_by(target: str) -> ForeignKey:
    """A foreign key whose rows go when the row they belong to goes."""
    return ForeignKey(target, ondelete="CASCADE")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    letter: Mapped[str] = mapped_column(String(W.CATEGORY_LETTER), unique=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class Framework(Base):
    __tablename__ = "frameworks"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(W.FRAMEWORK_CODE), unique=True)
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str] = mapped_column(String(W.FRAMEWORK_SHORT_NAME))
    kind: Mapped[str] = mapped_column(String(20))
    ratifiable: Mapped[bool]
    adopted: Mapped[date | None] = mapped_column(Date)
    in_force: Mapped[date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class Criterion(Base):
    __tablename__ = "criteria"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(W.CRITERION_CODE), unique=True)
    short_id: Mapped[str] = mapped_column(String(W.CRITERION_SHORT_ID), unique=True)
    category_id: Mapped[int] = mapped_column(_owned_by("categories.id"), index=True)
    name: Mapped[str] = mapped_column(String(W.CRITERION_NAME))
    question: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text)
    model_provision: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class CriterionArticle(Base):
    """A framework article that calls for a criterion."""

    __tablename__ = "criterion_articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(_owned_by("criteria.id"), index=True)
    framework_id: Mapped[int] = mapped_column(_owned_by("frameworks.id"), index=True)
    article: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class Term(Base):
    __tablename__ = "terms"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(W.TERM_CODE), unique=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class TermAttribute(Base):
    __tablename__ = "term_attributes"
    __table_args__ = (
        UniqueConstraint("term_id", "code"),
        CheckConstraint("type IN ('int', 'bool', 'str')", name="type"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(_owned_by("terms.id"))
    code: Mapped[str] = mapped_column(String(W.ATTRIBUTE_CODE))
    type: Mapped[str] = mapped_column(String(8))
    description: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class Jurisdiction(Base):
    __tablename__ = "jurisdictions"
    __table_args__ = (
        CheckConstraint("level IN ('supranational', 'national', 'subnational')", name="level"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(W.JURISDICTION_CODE), unique=True)
    name: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("jurisdictions.id"), index=True)
    region: Mapped[str | None] = mapped_column(Text)
    legal_system: Mapped[str | None] = mapped_column(String(16))
    reviewed: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class Ratification(Base):
    __tablename__ = "ratifications"
    __table_args__ = (UniqueConstraint("jurisdiction_id", "framework_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction_id: Mapped[int] = mapped_column(_owned_by("jurisdictions.id"))
    framework_id: Mapped[int] = mapped_column(_owned_by("frameworks.id"), index=True)
    ratified: Mapped[date] = mapped_column(Date)


class Instrument(Base):
    __tablename__ = "instruments"
    __table_args__ = (UniqueConstraint("jurisdiction_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction_id: Mapped[int] = mapped_column(_owned_by("jurisdictions.id"))
    key: Mapped[str] = mapped_column(String(W.INSTRUMENT_KEY))
    title: Mapped[str] = mapped_column(Text)
    citation: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    enacted: Mapped[date | None] = mapped_column(Date)
    in_force: Mapped[date | None] = mapped_column(Date)
    repealed: Mapped[date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class InstrumentLink(Base):
    """`amends` / `repeals`: one instrument acting on another (possibly another jurisdiction's)."""

    __tablename__ = "instrument_links"
    __table_args__ = (CheckConstraint("relation IN ('amends', 'repeals')", name="relation"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(_owned_by("instruments.id"), index=True)
    target_id: Mapped[int] = mapped_column(_owned_by("instruments.id"), index=True)
    relation: Mapped[str] = mapped_column(String(8))


class Provision(Base):
    __tablename__ = "provisions"
    __table_args__ = (UniqueConstraint("instrument_id", "pinpoint"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(_owned_by("instruments.id"))
    pinpoint: Mapped[str] = mapped_column(Text)
    heading: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    in_force: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class Definition(Base):
    __tablename__ = "definitions"
    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction_id: Mapped[int] = mapped_column(_owned_by("jurisdictions.id"), index=True)
    term_id: Mapped[int] = mapped_column(_owned_by("terms.id"), index=True)
    instrument_id: Mapped[int] = mapped_column(_owned_by("instruments.id"), index=True)
    pinpoint: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    # The wording's own dates: from its `from`, to the next wording of the same provision.
    effective_from: Mapped[date | None] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)


class DefinitionAttribute(Base):
    __tablename__ = "definition_attributes"
    __table_args__ = (UniqueConstraint("definition_id", "attribute_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    definition_id: Mapped[int] = mapped_column(_owned_by("definitions.id"))
    attribute_id: Mapped[int] = mapped_column(_owned_by("term_attributes.id"), index=True)
    value: Mapped[Any] = mapped_column(JSON)


class AssessmentState(Base):
    """One criterion's status in one jurisdiction over [effective_from, effective_to)."""

    __tablename__ = "assessment_states"
    __table_args__ = (
        CheckConstraint(STATUS_SQL, name="status"),
        CheckConstraint(EVIDENCE_SQL, name="evidence"),
        Index("ix_assessment_states_jurisdiction_criterion", "jurisdiction_id", "criterion_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction_id: Mapped[int] = mapped_column(_owned_by("jurisdictions.id"))
    criterion_id: Mapped[int] = mapped_column(_owned_by("criteria.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    # complete: every text the status rests on was read; incomplete: the note names what was not.
    evidence: Mapped[str | None] = mapped_column(String(16))
    effective_from: Mapped[date | None] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    # What a government may answer to a gap: the strongest reading against it, its sources
    # (space-separated), and whether no court has ruled on the question.
    counterpoint: Mapped[str | None] = mapped_column(Text)
    counterpoint_sources: Mapped[str | None] = mapped_column(Text)
    untested: Mapped[bool | None] = mapped_column()


class Citation(Base):
    """An assessment state rests on an instrument at a pinpoint."""

    __tablename__ = "citations"
    id: Mapped[int] = mapped_column(primary_key=True)
    state_id: Mapped[int] = mapped_column(_owned_by("assessment_states.id"), index=True)
    instrument_id: Mapped[int] = mapped_column(_owned_by("instruments.id"), index=True)
    pinpoint: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    state_id: Mapped[int] = mapped_column(_owned_by("assessment_states.id"), index=True)
    url: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class Bill(Base):
    """Pending legislation: a bill of a jurisdiction, tracked against the criteria it would
    affect."""

    __tablename__ = "bills"
    __table_args__ = (UniqueConstraint("jurisdiction_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction_id: Mapped[int] = mapped_column(_owned_by("jurisdictions.id"))
    key: Mapped[str] = mapped_column(String(W.INSTRUMENT_KEY))
    title: Mapped[str] = mapped_column(Text)
    reference: Mapped[str] = mapped_column(Text)
    chambers: Mapped[str | None] = mapped_column(Text)  # "; "-joined, in file order
    url: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    # The instrument it became (possibly another jurisdiction's); reloading that jurisdiction
    # reloads this one too, so the link is renewed with the instrument's row.
    became_id: Mapped[int | None] = mapped_column(
        ForeignKey("instruments.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class BillStage(Base):
    """One dated step of a bill; the newest on or before a date is its stage on that date."""

    __tablename__ = "bill_stages"
    __table_args__ = (CheckConstraint(STAGE_SQL, name="stage"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(_owned_by("bills.id"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    date: Mapped[Day] = mapped_column(Date)
    chamber: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)  # 0: the newest step


class BillStageSource(Base):
    """An address read for a bill's stage, in the order given."""

    __tablename__ = "bill_stage_sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(_owned_by("bill_stages.id"), index=True)
    url: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class BillChange(Base):
    """A criterion a bill would affect if enacted as seen, and the status the cell would get."""

    __tablename__ = "bill_changes"
    __table_args__ = (CheckConstraint(CHANGE_SQL, name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(_owned_by("bills.id"), index=True)
    criterion_id: Mapped[int] = mapped_column(_owned_by("criteria.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    provision: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class BillChangeSource(Base):
    """An address read for what a bill would change, in the order given."""

    __tablename__ = "bill_change_sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    change_id: Mapped[int] = mapped_column(_owned_by("bill_changes.id"), index=True)
    url: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class SearchEntry(Base):
    """One searchable text (a provision, a definition, an assessment note, an instrument) as
    written and in the normalised form `lawtrack.textsearch` defines; the loader writes them."""

    __tablename__ = "search_entries"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('provision', 'definition', 'assessment', 'instrument')", name="kind"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction_id: Mapped[int] = mapped_column(_owned_by("jurisdictions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    kind_order: Mapped[int] = mapped_column(Integer)  # provisions first, instruments last
    citation: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class LoadedFile(Base):
    """Each data file as last loaded, so an unchanged file is skipped by its content hash."""

    __tablename__ = "loaded_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    jurisdiction_code: Mapped[str | None] = mapped_column(String(W.JURISDICTION_CODE))
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
