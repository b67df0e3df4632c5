"""The shape of every data file (pydantic v2, extra keys forbidden, no silent coercion)."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from lawtrack import widths as W

# The same words as lawtrack.status (a test keeps them equal): Literal types must be spelled out.
Status = Literal["yes", "partial", "no", "unclear", "not_assessed"]
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


def _url(value: object) -> object:
    # No blank, no < > " or backslash: characters that would end a link in Markdown or HTML.
    if isinstance(value, str) and (
        len(value) > 2000 or not re.fullmatch(r"https?://[^\s/$.?#][^\s<>\"\\]*", value)
    ):
        raise ValueError(f"{shown(value)} is not an http(s) URL")
    return value


MAX_TEXT = 50_000  # characters in one text; the longest real note has under 3,000
# C0 and C1 controls other than tab and line feed, and the bidirectional embeddings, overrides
# and isolates ("Trojan Source"): they change what a terminal shows, or what a reader believes
# the text says, and some databases refuse them (PostgreSQL refuses NUL).
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(value: object, limit: int = 60) -> str:
    """A value as a message may quote it: repr, cut to `limit` characters."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


def _plain_text(value: object) -> object:
    if isinstance(value, str):
        hidden = _HIDDEN.search(value)
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
Url = Annotated[str, BeforeValidator(_url)]
Cite = Annotated[str, BeforeValidator(_cite)]
InstrumentId = Annotated[str, StringConstraints(pattern=INSTRUMENT_ID, max_length=W.INSTRUMENT_KEY)]
FrameworkCode = Annotated[str, StringConstraints(pattern=SNAKE, max_length=W.FRAMEWORK_CODE)]
CriterionCode = Annotated[str, StringConstraints(pattern=SNAKE, max_length=W.CRITERION_CODE)]
TermCode = Annotated[str, StringConstraints(pattern=SNAKE, max_length=W.TERM_CODE)]
AttributeCode = Annotated[str, StringConstraints(pattern=SNAKE, max_length=W.ATTRIBUTE_CODE)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Provision(_Strict):
    heading: Text | None = None
    text: Text | None = None
    in_force: Date | None = None  # when it took effect, where that differs from its instrument's
    note: Text | None = None


class Instrument(_Strict):
    title: Text
    citation: Text
    kind: InstrumentKind
    enacted: Date | None = None
    in_force: Date | None = None
    repealed: Date | None = None
    amends: list[Cite] = Field(default_factory=list)
    repeals: list[Cite] = Field(default_factory=list)
    url: Url | None = None
    note: Text | None = None
    provisions: dict[Text, Provision] = Field(default_factory=dict)


class Definition(_Strict):
    term: TermCode
    effective_from: Date | None = Field(default=None, alias="from")
    cite: Cite
    text: Text
    attributes: dict[AttributeCode, int | bool | str] = Field(default_factory=dict)
    note: Text | None = None


class Counterpoint(_Strict):
    """The strongest reading against a gap, as a government defending its law would give it."""

    text: Text
    sources: list[Url] = Field(default_factory=list)
    untested: bool | None = None  # true: no court has ruled on the question


class AssessmentState(_Strict):
    status: Status
    evidence: Evidence | None = None
    effective_from: Date | None = Field(default=None, alias="from")
    cite: list[Cite] = Field(default_factory=list)
    note: Text | None = None
    sources: list[Url] = Field(default_factory=list)
    counterpoint: Counterpoint | None = None


class JurisdictionFile(_Strict):
    schema_version: SchemaVersion
    code: str
    name: Text
    level: Level
    parent: str | None = None
    region: Text | None = None
    legal_system: LegalSystem | None = None
    reviewed: Date | None = None
    note: Text | None = None
    ratifications: dict[FrameworkCode, Date] = Field(default_factory=dict)
    instruments: dict[InstrumentId, Instrument] = Field(default_factory=dict)
    definitions: list[Definition] = Field(default_factory=list)
    assessments: dict[CriterionCode, list[AssessmentState]] = Field(default_factory=dict)


class Framework(_Strict):
    name: Text
    short_name: Annotated[Text, StringConstraints(max_length=W.FRAMEWORK_SHORT_NAME)]
    kind: FrameworkKind
    ratifiable: bool
    adopted: Date | None = None
    in_force: Date | None = None
    url: Url | None = None
    note: Text | None = None


class FrameworksFile(_Strict):
    schema_version: SchemaVersion
    frameworks: dict[FrameworkCode, Framework]


class Criterion(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Z][0-9]{1,2}$")]
    category: Annotated[str, StringConstraints(pattern=r"^[A-Z]$")]
    name: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    question: Text
    guidance: Text
    model_provision: Text
    called_for_by: dict[FrameworkCode, list[Text]] = Field(default_factory=dict)
    # Criteria that ask about the same conduct from another side: one provision read as meeting
    # this one and as failing a related one is a contradiction to explain (rules: consistency).
    related: list[CriterionCode] = Field(default_factory=list)


class CriteriaFile(_Strict):
    schema_version: SchemaVersion
    edition: int
    categories: dict[Annotated[str, StringConstraints(pattern=r"^[A-Z]$")], Text]
    criteria: dict[CriterionCode, Criterion]


class AttributeSpec(_Strict):
    type: AttributeType
    description: Text


class Term(_Strict):
    name: Text
    description: Text
    attributes: dict[AttributeCode, AttributeSpec] = Field(default_factory=dict)


class TermsFile(_Strict):
    schema_version: SchemaVersion
    terms: dict[TermCode, Term]


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
