"""The shape of every data file (pydantic v2, extra keys forbidden, no silent coercion)."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)

from lawtrack import widths as W
from lawtrack.hidden import HIDDEN

# The same words as lawtrack.status (a test keeps them equal): Literal types must be spelled out.
Status = Literal["yes", "partial", "no", "unclear", "not_assessed"]
# The same words as lawtrack.stages (a test keeps them equal).
Stage = Literal[
    "introduced",
    "committee",
    "negotiation",
    "passed_one_chamber",
    "passed",
    "assented",
    "commenced",
    "lapsed",
    "withdrawn",
    "rejected",
]
ChangeStatus = Literal["yes", "partial", "no", "unclear"]
Evidence = Literal["complete", "incomplete"]
Level = Literal["supranational", "national", "subnational"]
LegalSystem = Literal["common", "civil", "mixed", "religious", "customary"]
InstrumentKind = Literal[
    "constitution", "statute", "code", "regulation", "treaty", "directive", "bill", "case"
]
FrameworkKind = Literal["treaty", "directive", "model"]
AttributeType = Literal["int", "bool", "str"]

CODE_RE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
INSTRUMENT_ID = r"^[a-z0-9][a-z0-9-]*$"
CITE_RE = re.compile(
    r"^(?:(?P<code>[A-Z]{2}(?:-[A-Z0-9]{1,3})?):)?(?P<id>[a-z0-9][a-z0-9-]*)(?:\s+(?P<pin>\S.*))?$"
)
INSTRUMENT_REF_RE = re.compile(
    r"^(?:(?P<code>[A-Z]{2}(?:-[A-Z0-9]{1,3})?):)?(?P<id>[a-z0-9][a-z0-9-]*)$"
)
SNAKE = r"^[a-z][a-z0-9_]*$"
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    if isinstance(value, str):
        if len(value) != 10 or value[4] != "-" or value[7] != "-" or not _DATE_RE.match(value):
            raise ValueError(f"{shown(value)} is not a date (YYYY-MM-DD)")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{shown(value)} is not a real calendar date") from None
    return value


def _cite(value: object) -> object:
    if isinstance(value, str):
        if not CITE_RE.match(value):
            raise ValueError(
                f"{shown(value)} is not '<instrument id> <pinpoint>' (e.g. 'ra-11930 s. 4(c)')"
            )
        if ";" in value:
            raise ValueError(f"{shown(value)}: one cite per item (';' separates cites in output)")
        _plain_text(value)
    return value


def _instrument_ref(value: object) -> object:
    if isinstance(value, str) and not INSTRUMENT_REF_RE.match(value):
        raise ValueError(
            f"{shown(value)} is not an instrument id, or 'XX:id' for another jurisdiction's "
            "(no pinpoint)"
        )
    return value


def _url(value: object) -> object:
    # No blank, no < > " or backslash: characters that would end a link in Markdown or HTML;
    # and, as in every text, no control or bidi character (PostgreSQL refuses NUL).
    _plain_text(value)
    if isinstance(value, str) and (
        len(value) > 2000 or not re.fullmatch(r"https?://[^\s/$.?#][^\s<>\"\\]*", value)
    ):
        raise ValueError(f"{shown(value)} is not an http(s) URL")
    return value


MAX_TEXT = 50_000  # characters in one text; the longest real note has under 3,000


def shown(value: object, limit: int = 60) -> str:
    """A value as a message may quote it: repr, cut to `limit` characters."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


def _plain_text(value: object) -> object:
    if isinstance(value, str):
        hidden = HIDDEN.search(value)
        if hidden:
            code = f"U+{ord(hidden.group()):04X}"
            raise ValueError(
                f"holds the invisible control character {code} at position {hidden.start() + 1}"
            )
        if len(value) > MAX_TEXT:
            raise ValueError(
                f"{len(value):,} characters long: a text may hold at most {MAX_TEXT:,}"
            )
    return value


def _version(value: object) -> object:
    # `true` and `1.0` equal 1 in Python; the contract's version is the whole number 1.
    if type(value) is not int:
        raise ValueError(f"expected the whole number 1, got {shown(value)}")
    return value


SchemaVersion = Annotated[Literal[1], BeforeValidator(_version)]
Date = Annotated[date, BeforeValidator(_iso_date)]
Text = Annotated[
    str, BeforeValidator(_plain_text), StringConstraints(strip_whitespace=True, min_length=1)
]


def _one_instrument(value: str) -> str:
    # Every output writes a state's citations as "Act A, s. 1; Act B, s. 2": a "; " inside one
    # instrument's citation would read as two instruments (and re-parse as two).
    if "; " in value:
        raise ValueError(
            "may not contain '; ', which separates instruments in every citation lawtrack "
            "prints: write ', ' instead"
        )
    return value


CitationText = Annotated[Text, AfterValidator(_one_instrument)]
Url = Annotated[str, BeforeValidator(_url)]
Cite = Annotated[str, BeforeValidator(_cite)]
InstrumentRef = Annotated[str, BeforeValidator(_instrument_ref)]
InstrumentId = Annotated[str, StringConstraints(pattern=INSTRUMENT_ID, max_length=W.INSTRUMENT_KEY)]
FrameworkCode = Annotated[str, StringConstraints(pattern=SNAKE, max_length=W.FRAMEWORK_CODE)]
CriterionCode = Annotated[str, StringConstraints(pattern=SNAKE, max_length=W.CRITERION_CODE)]
TermCode = Annotated[str, StringConstraints(pattern=SNAKE, max_length=W.TERM_CODE)]
AttributeCode = Annotated[str, StringConstraints(pattern=SNAKE, max_length=W.ATTRIBUTE_CODE)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Provision(_Strict):
    heading: Text | None = Field(default=None, description="Its heading, as the text gives it.")
    text: Text | None = Field(default=None, description="Its words, verbatim.")
    in_force: Date | None = Field(
        default=None,
        description="When it took effect, where that differs from its instrument; states citing "
        "it are checked against this date.",
    )
    note: Text | None = Field(
        default=None, description="Which text was quoted (official, a reproduction, a translation)."
    )


class Instrument(_Strict):
    title: Text = Field(description="The short title.")
    citation: CitationText = Field(description="The official citation, as output shows it.")
    kind: InstrumentKind = Field(
        description="What sort of instrument it is. A bill may carry future dates and is never "
        "in force."
    )
    enacted: Date | None = Field(
        default=None, description="When it was enacted or made, if a source shows it."
    )
    in_force: Date | None = Field(
        default=None, description="When it took effect, if a source shows it."
    )
    repealed: Date | None = Field(default=None, description="When it ceased to have effect.")
    amends: list[Cite] = Field(
        default_factory=list, description="Cites of the instruments it amends."
    )
    repeals: list[Cite] = Field(
        default_factory=list, description="Cites of the instruments it repeals."
    )
    url: Url | None = Field(
        default=None, description="The official text, or the copy that was read."
    )
    note: Text | None = Field(default=None, description="Where its dates and text come from.")
    provisions: dict[Text, Provision] = Field(
        default_factory=dict,
        description="Provisions quoted from it, keyed by pinpoint (e.g. 's. 4(c)').",
    )


class Definition(_Strict):
    term: TermCode = Field(description="The codebook term it defines (terms.yaml).")
    effective_from: Date | None = Field(
        default=None,
        alias="from",
        description="When this wording took effect; a later wording of the same term and cite "
        "replaces it.",
    )
    cite: Cite = Field(description="Where the definition stands: '<instrument id> <pinpoint>'.")
    text: Text = Field(description="The definition, verbatim.")
    attributes: dict[AttributeCode, int | bool | str] = Field(
        default_factory=dict,
        description="The term's attributes as this definition sets them, each of the type "
        "terms.yaml declares.",
    )
    note: Text | None = Field(
        default=None, description="Which text was quoted, and how the attributes were read."
    )


class Counterpoint(_Strict):
    """The strongest reading against a gap, as a government defending its law would give it."""

    text: Text = Field(
        description="The strongest reading against the gap, or 'None found: searched ...'."
    )
    sources: list[Url] = Field(
        default_factory=list,
        description="What the reading rests on (needed unless it is 'None found').",
    )
    untested: bool | None = Field(
        default=None, description="true: no court has ruled on the question."
    )


class AssessmentState(_Strict):
    status: Status = Field(
        description="How far the law meets the criterion while this state holds."
    )
    evidence: Evidence | None = Field(
        default=None,
        description="complete: every text the status rests on was read; incomplete: the note "
        "says what was not. Needed for every status but not_assessed.",
    )
    effective_from: Date | None = Field(
        default=None,
        alias="from",
        description="When this state took effect. Null only for a criterion's single state.",
    )
    cite: list[Cite] = Field(
        default_factory=list,
        description="The provisions the status rests on: '<instrument id> <pinpoint>'.",
    )
    note: Text | None = Field(
        default=None, description="One or two sentences a researcher can quote: why this status."
    )
    sources: list[Url] = Field(
        default_factory=list, description="The addresses actually read for this state."
    )
    counterpoint: Counterpoint | None = Field(
        default=None, description="What a government may answer to a gap (no, unclear)."
    )


class BillStage(_Strict):
    """One dated step of a bill's passage, cited like an assessment."""

    stage: Stage = Field(description="The step, in the stage vocabulary (stages.py).")
    date: Date = Field(description="The day the step happened.")
    chamber: Text | None = Field(
        default=None, description="The chamber or institution that took the step."
    )
    sources: list[Url] = Field(
        default_factory=list, description="The addresses read for this step (at least one)."
    )
    note: Text | None = Field(
        default=None,
        description="What the step was, as the source gives it, and what was not verified.",
    )


class BillChange(_Strict):
    """A criterion the bill would affect if enacted as seen, and the status it would get."""

    criterion: CriterionCode = Field(description="The criterion code (criteria.yaml).")
    status: ChangeStatus = Field(
        description="The status the cell would have if the bill were enacted as seen."
    )
    provision: Text = Field(description="The bill's provision that would do it.")
    sources: list[Url] = Field(
        default_factory=list, description="The addresses read for it (at least one)."
    )
    note: Text | None = Field(
        default=None,
        description="Why that status; a quote goes here verbatim, or nowhere; what was not read.",
    )


class Bill(_Strict):
    """Pending legislation: a bill tracked against the criteria it would affect."""

    title: Text = Field(description="The bill's title, as its text or the record gives it.")
    reference: Text = Field(
        description="Its number or reference (e.g. 'S. 1829 (119th Congress)'), as output cites it."
    )
    chambers: list[Text] = Field(
        default_factory=list, description="The chambers or institutions it must pass."
    )
    url: Url | None = Field(
        default=None, description="The record of the bill, or the copy that was read."
    )
    became: InstrumentRef | None = Field(
        default=None,
        description="The instrument it became, once enacted: an id of this file, or 'XX:id'.",
    )
    note: Text | None = Field(
        default=None,
        description="What was not verified: the latest stage seen, texts not read.",
    )
    stages: list[BillStage] = Field(
        default_factory=list, description="Its steps, newest first (at least one)."
    )
    would_change: list[BillChange] = Field(
        default_factory=list,
        description="The criteria it would affect if enacted as seen, one entry each.",
    )


class JurisdictionFile(_Strict):
    schema_version: SchemaVersion = Field(description="The version of this contract: 1.")
    code: str = Field(
        description="ISO 3166-1 (PH) or 3166-2 (AU-NSW) code, or EU; the file name is this "
        "code in lower case."
    )
    name: Text = Field(description="The jurisdiction's name, as output shows it.")
    level: Level = Field(description="Where it sits: a subnational one has an ISO 3166-2 code.")
    parent: str | None = Field(default=None, description="The code of the jurisdiction it lies in.")
    region: Text | None = Field(
        default=None, description="The UN M49 sub-region, e.g. 'South-eastern Asia'."
    )
    legal_system: LegalSystem | None = Field(default=None, description="Its legal tradition.")
    reviewed: Date | None = Field(
        default=None, description="When the file was last checked against its sources."
    )
    note: Text | None = Field(
        default=None, description="What the file was researched from, and what is missing."
    )
    ratifications: dict[FrameworkCode, Date] = Field(
        default_factory=dict, description="Treaty (framework code) -> date of ratification."
    )
    instruments: dict[InstrumentId, Instrument] = Field(
        default_factory=dict, description="Its instruments, keyed by the id that cites use."
    )
    bills: dict[InstrumentId, Bill] = Field(
        default_factory=dict,
        description="Pending legislation, keyed by bill id: its stages and what it would change.",
    )
    definitions: list[Definition] = Field(
        default_factory=list, description="Statutory definitions of codebook terms."
    )
    assessments: dict[CriterionCode, list[AssessmentState]] = Field(
        default_factory=dict, description="Criterion code -> its states, newest first."
    )


class Framework(_Strict):
    name: Text = Field(description="The full name.")
    short_name: Annotated[Text, StringConstraints(max_length=W.FRAMEWORK_SHORT_NAME)] = Field(
        description="A short name, for narrow columns."
    )
    kind: FrameworkKind = Field(
        description="A treaty, an EU directive, or a model law or standard."
    )
    ratifiable: bool = Field(description="Whether a jurisdiction can ratify or accede to it.")
    adopted: Date | None = Field(
        default=None, description="When the text was adopted, if verified."
    )
    in_force: Date | None = Field(
        default=None, description="When it entered into force, if verified."
    )
    url: Url | None = Field(default=None, description="The official text, if one was seen.")
    note: Text | None = Field(default=None, description="Where the dates come from.")


class FrameworksFile(_Strict):
    schema_version: SchemaVersion = Field(description="The version of this contract: 1.")
    frameworks: dict[FrameworkCode, Framework] = Field(
        description="Framework code -> framework. Codes are a public contract."
    )


class Criterion(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Z][0-9]{1,2}$")] = Field(
        description="The short id: its category letter and a number (B2)."
    )
    category: Annotated[str, StringConstraints(pattern=r"^[A-Z]$")] = Field(
        description="Its category letter."
    )
    name: Annotated[str, StringConstraints(min_length=1, max_length=40)] = Field(
        description="A short label."
    )
    question: Text = Field(description="The question a coder answers.")
    guidance: Text = Field(description="How to code yes, partial, no and unclear.")
    model_provision: Text = Field(description="What a provision closing the gap must do.")
    called_for_by: dict[FrameworkCode, list[Text]] = Field(
        default_factory=dict, description="Framework code -> the articles that call for it."
    )
    # Criteria that ask about the same conduct from another side: one provision read as meeting
    # this one and as failing a related one is a contradiction to explain (rules: consistency).
    related: list[CriterionCode] = Field(
        default_factory=list,
        description="Criteria that ask about the same conduct from another side.",
    )


class CriteriaFile(_Strict):
    schema_version: SchemaVersion = Field(description="The version of this contract: 1.")
    edition: int = Field(description="The codebook's edition.")
    categories: dict[Annotated[str, StringConstraints(pattern=r"^[A-Z]$")], Text] = Field(
        description="Category letter -> name, in display order."
    )
    criteria: dict[CriterionCode, Criterion] = Field(
        description="Criterion code -> criterion, in display order."
    )


class AttributeSpec(_Strict):
    type: AttributeType = Field(description="The type every value of it must have.")
    description: Text = Field(description="What it records.")


class Term(_Strict):
    name: Text = Field(description="The term's name, as output shows it.")
    description: Text = Field(description="What the term covers.")
    attributes: dict[AttributeCode, AttributeSpec] = Field(
        default_factory=dict, description="Attribute code -> its type and meaning."
    )


class TermsFile(_Strict):
    schema_version: SchemaVersion = Field(description="The version of this contract: 1.")
    terms: dict[TermCode, Term] = Field(description="Term code -> term.")


def definition_ends(definitions: list[Definition]) -> list[date | None]:
    """For each definition, the day the next wording of the same term and provision took effect.

    Wordings of one provision (same term, same cite) are versions: each ends when the next dated
    one begins. A definition without `from`, or the newest wording, has no end (None).
    """
    versions: dict[tuple[str, str], list[date]] = {}
    for definition in definitions:
        if definition.effective_from is not None:
            key = (definition.term, definition.cite)
            versions.setdefault(key, []).append(definition.effective_from)
    ends: list[date | None] = []
    for definition in definitions:
        start = definition.effective_from
        later = [
            d for d in versions.get((definition.term, definition.cite), []) if start and d > start
        ]
        ends.append(min(later) if later else None)
    return ends
