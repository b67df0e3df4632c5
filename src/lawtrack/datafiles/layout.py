"""`data fmt`: the canonical key order and layout, comments kept."""

from __future__ import annotations

from typing import Any

from lawtrack.datafiles.roundtrip import dump_rt, load_rt

TOP = (
    "schema_version",
    "code",
    "name",
    "level",
    "parent",
    "region",
    "legal_system",
    "reviewed",
    "note",
    "ratifications",
    "instruments",
    "definitions",
    "assessments",
)
INSTRUMENT = (
    "title",
    "citation",
    "kind",
    "enacted",
    "in_force",
    "repealed",
    "amends",
    "repeals",
    "url",
    "note",
    "provisions",
)
PROVISION = ("heading", "text", "in_force", "note")
DEFINITION = ("term", "from", "cite", "text", "attributes", "note")
STATE = ("status", "evidence", "from", "cite", "note", "sources", "counterpoint")
COUNTERPOINT = ("text", "sources", "untested")


def canonical(text: str) -> str:
    """The file in canonical form: keys in contract order, the house indentation."""
    data = load_rt(text)
    if not hasattr(data, "items"):
        return text
    _order(data, TOP)
    for instrument in (data.get("instruments") or {}).values():
        if hasattr(instrument, "items"):
            _order(instrument, INSTRUMENT)
            for provision in (instrument.get("provisions") or {}).values():
                if hasattr(provision, "items"):
                    _order(provision, PROVISION)
    for definition in data.get("definitions") or []:
        if hasattr(definition, "items"):
            _order(definition, DEFINITION)
    for states in (data.get("assessments") or {}).values():
        for state in states or []:
            if hasattr(state, "items"):
                _order(state, STATE)
                if hasattr(state.get("counterpoint"), "items"):
                    _order(state["counterpoint"], COUNTERPOINT)
    return dump_rt(data)


def _order(mapping: Any, order: tuple[str, ...]) -> None:
    keys = list(mapping.keys())
    wanted = sorted(keys, key=lambda k: order.index(k) if k in order else len(order))
    if wanted == keys:
        return
    comments = getattr(mapping, "ca", None)
    saved = [(k, mapping[k], comments.items.get(k) if comments else None) for k in wanted]
    for key in keys:
        del mapping[key]
    for key, value, comment in saved:
        mapping[key] = value
        if comment is not None and comments is not None:
            comments.items[key] = comment
