"""How lawtrack cites: an instrument and a pinpoint, and a list of them, every pinpoint under its
own instrument. Shared by the read side (every view) and the loader (the search index)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def cite_text(citation: str, pinpoint: str | None) -> str:
    """How a brief cites a provision: "Republic Act No. 11930, s. 4(c)"."""
    return f"{citation}, {pinpoint}" if pinpoint else citation


@dataclass(frozen=True)
class CitationRef:
    jurisdiction: str  # the jurisdiction whose instrument is cited
    instrument: str  # the instrument's id in its file
    citation: str  # the instrument's official citation
    pinpoint: str | None
    url: str | None

    @property
    def text(self) -> str:
        return cite_text(self.citation, self.pinpoint)


def citation_text(citations: Sequence[CitationRef]) -> str:
    """The citations in order, a pinpoint under the instrument named just before it.

    "Act 1995, s. 1; s. 2; Other Act, s. 3; Act 1995, s. 4": a pinpoint whose instrument is not
    the previous one's names its instrument again, so every pinpoint reads under its own Act.
    """
    parts: list[str] = []
    previous: tuple[str, str] | None = None
    for citation in citations:
        key = (citation.jurisdiction, citation.instrument)
        pinpoint = citation.pinpoint
        parts.append(pinpoint if key == previous and pinpoint else citation.text)
        previous = key
    return "; ".join(parts)
