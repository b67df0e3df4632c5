"""The rows of the search index for one jurisdiction file: every provision, definition,
assessment note and instrument, as written and normalised (see lawtrack.textsearch)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lawtrack.citing import CitationRef, citation_text, cite_text
from lawtrack.datafiles.schema import CITE_RE, CriteriaFile, JurisdictionFile
from lawtrack.textsearch import normalise

KIND_ORDER = {"provision": 0, "definition": 1, "assessment": 2, "instrument": 3}


def entries_for(
    code: str,
    model: JurisdictionFile,
    models: Mapping[str, JurisdictionFile],
    criteria: CriteriaFile,
) -> list[dict[str, Any]]:
    """The index rows of `code`'s file (`models`: every file, for citations across files)."""
    rows = []
    for position, (kind, citation, subject, text, searched) in enumerate(
        _texts(code, model, models, criteria)
    ):
        rows.append(
            {
                "kind": kind,
                "kind_order": KIND_ORDER[kind],
                "citation": citation,
                "subject": subject,
                "text": text,
                "search_text": normalise(searched),
                "position": position,
            }
        )
    return rows


Entry = tuple[str, str | None, str | None, str, str]  # kind, citation, subject, text, searched


def _texts(
    code: str,
    model: JurisdictionFile,
    models: Mapping[str, JurisdictionFile],
    criteria: CriteriaFile,
) -> Iterator[Entry]:
    for instrument in model.instruments.values():
        for pinpoint, provision in instrument.provisions.items():
            shown = provision.text or provision.heading
            if shown:
                searched = " ".join(t for t in (provision.heading, provision.text) if t)
                yield (
                    "provision",
                    cite_text(instrument.citation, pinpoint),
                    provision.heading,
                    shown,
                    searched,
                )
    for definition in model.definitions:
        yield (
            "definition",
            citation_text([_ref(code, definition.cite, models)]),
            definition.term,
            definition.text,
            definition.text,
        )
    for criterion, states in model.assessments.items():
        spec = criteria.criteria.get(criterion)
        label = f"{spec.id} {spec.name}" if spec else criterion
        for state in states:
            if state.note:
                since = f", from {state.effective_from}" if state.effective_from else ""
                yield (
                    "assessment",
                    citation_text([_ref(code, cite, models) for cite in state.cite]) or None,
                    f"{label}: {state.status.replace('_', ' ')}{since}",
                    state.note,
                    state.note,
                )
    for instrument in model.instruments.values():
        searched = " ".join(
            t for t in (instrument.title, instrument.citation, instrument.note) if t
        )
        yield (
            "instrument",
            instrument.citation,
            instrument.title,
            instrument.note or instrument.title,
            searched,
        )


def _ref(code: str, cite: str, models: Mapping[str, JurisdictionFile]) -> CitationRef:
    match = CITE_RE.match(cite)
    assert match is not None  # validated
    owner = match.group("code") or code
    instrument = models[owner].instruments[match.group("id")]
    return CitationRef(owner, match.group("id"), instrument.citation, match.group("pin"), None)
