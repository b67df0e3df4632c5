"""Which instruments a file cites, and which instruments no cited law reaches."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lawtrack.datafiles.schema import CITE_RE, JurisdictionFile

Key = tuple[str, str]  # (jurisdiction code, instrument id)


def cited_instruments(model: JurisdictionFile) -> list[str]:
    """Every cite string in a file: definitions, assessment states, amends and repeals, and the
    instruments bills became (rows that point at an instrument, which its reload renews)."""
    return [*_evidence_cites(model), *_link_cites(model), *_bill_cites(model)]


def _bill_cites(model: JurisdictionFile) -> Iterable[str]:
    yield from (b.became for b in model.bills.values() if b.became)


def _evidence_cites(model: JurisdictionFile) -> Iterable[str]:
    yield from (d.cite for d in model.definitions)
    yield from (c for states in model.assessments.values() for s in states for c in s.cite)


def _link_cites(model: JurisdictionFile) -> Iterable[str]:
    yield from (c for i in model.instruments.values() for c in (*i.amends, *i.repeals))


def _key(cite: str, code: str) -> Key | None:
    match = CITE_RE.match(cite)
    return (match.group("code") or code, match.group("id")) if match else None


def uncited_instruments(models: Mapping[str, JurisdictionFile]) -> list[Key]:
    """(jurisdiction, instrument id) of every instrument that is part of no cited law.

    An instrument is used when a definition or an assessment cites it, or when it amends,
    repeals, or is amended or repealed by a used instrument: an Act passed but not yet in force,
    or the Act a cited one replaced, is history of cited law, not an orphan. Two Acts linked
    only to each other are both unused.
    """
    used: set[Key] = set()
    linked: dict[Key, set[Key]] = {}
    for code, model in models.items():
        used.update(k for k in (_key(c, code) for c in _evidence_cites(model)) if k)
        for key, instrument in model.instruments.items():
            for target in (*instrument.amends, *instrument.repeals):
                other = _key(target, code)
                if other:
                    linked.setdefault((code, key), set()).add(other)
                    linked.setdefault(other, set()).add((code, key))
    pending = list(used)
    while pending:
        for other in linked.get(pending.pop(), ()):
            if other not in used:
                used.add(other)
                pending.append(other)
    return [
        (code, key)
        for code, model in models.items()
        for key in model.instruments
        if (code, key) not in used
    ]


def link_edges(models: Mapping[str, JurisdictionFile]) -> dict[Key, list[Key]]:
    """Each instrument -> the instruments it amends or repeals."""
    edges: dict[Key, list[Key]] = {}
    for code, model in models.items():
        for key, instrument in model.instruments.items():
            targets = [_key(t, code) for t in (*instrument.amends, *instrument.repeals)]
            edges[(code, key)] = [t for t in targets if t]
    return edges


def link_cycles(
    models: Mapping[str, JurisdictionFile], more: Mapping[Key, list[Key]] | None = None
) -> list[tuple[Key, str]]:
    """Instruments whose `amends`/`repeals` lead back to themselves, with the path of the loop.

    An Act cannot amend or repeal itself, directly or through others: such a loop is a typo.
    `more`: the links of instruments not in `models` (an incremental load reads them from the
    database), for loops that pass through them.
    """
    edges = {**(more or {}), **link_edges(models)}
    found: list[tuple[Key, str]] = []
    reported: set[Key] = set()
    for start in edges:
        path = _loop_from(start, edges)
        if path and start not in reported:
            reported.update(path)
            shown = " -> ".join(f"{c}:{k}" for c, k in [*path, path[0]])
            found.append((start, shown))
    return found


def _loop_from(start: Key, edges: Mapping[Key, list[Key]]) -> list[Key] | None:
    """The loop through `start`, if its links lead back to it (depth-first, iterative)."""
    stack: list[tuple[Key, list[Key]]] = [(start, [start])]
    seen: set[Key] = set()
    while stack:
        node, path = stack.pop()
        for target in edges.get(node, ()):
            if target == start:
                return path
            if target not in seen:
                seen.add(target)
                stack.append((target, [*path, target]))
    return None
