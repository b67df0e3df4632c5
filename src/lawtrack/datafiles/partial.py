"""A file that fails its schema still gets its cross-file rules checked, on the parts that parsed.

The entries that hold schema errors are set aside (a state, a definition, an instrument), the
rest is validated again, and rule problems found there are reported at their original place.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from lawtrack.datafiles.read import Loc
from lawtrack.datafiles.schema import JurisdictionFile

OPTIONAL_TOP = {"parent", "region", "legal_system", "reviewed", "note"}
KEYED = {"instruments", "bills", "ratifications", "assessments"}


@dataclass
class Partial:
    model: JurisdictionFile
    kept: dict[Loc, list[int]] = field(default_factory=dict)  # list path -> original indexes
    set_aside: set[str] = field(default_factory=set)  # instruments left out: cites to them are fine

    def original(self, loc: Loc) -> Loc:
        """A location in the pruned data, as it was in the file."""
        out: list[str | int] = []
        for part in loc:
            kept = self.kept.get(tuple(out))
            out.append(kept[part] if isinstance(part, int) and kept is not None else part)
        return tuple(out)


def partial_model(data: dict[str, Any], error_locs: list[Loc]) -> Partial | None:
    pruned = copy.deepcopy(data)
    removals: dict[Loc, set[int]] = {}
    set_aside: set[str] = set()
    for loc in error_locs:
        if loc[:1] == ("assessments",) and len(loc) >= 3 and isinstance(loc[2], int):
            removals.setdefault(loc[:2], set()).add(loc[2])
        elif loc[:1] == ("definitions",) and len(loc) >= 2 and isinstance(loc[1], int):
            removals.setdefault(loc[:1], set()).add(loc[1])
        elif len(loc) >= 2 and loc[0] in KEYED:
            _container(pruned, loc[:1]).pop(loc[1], None)
            if loc[0] == "instruments":
                set_aside.add(str(loc[1]))
        elif len(loc) == 1 and loc[0] in OPTIONAL_TOP:
            pruned.pop(str(loc[0]), None)
        else:
            return None
    kept: dict[Loc, list[int]] = {}
    for path, drop in removals.items():
        try:
            items = _container(pruned, path)
        except (KeyError, IndexError, TypeError):
            return None
        if not isinstance(items, list):
            return None
        kept[path] = [i for i in range(len(items)) if i not in drop]
        items[:] = [items[i] for i in kept[path]]
        if not items and path[:1] == ("assessments",):
            _container(pruned, path[:1]).pop(path[1])
    try:
        return Partial(JurisdictionFile.model_validate(pruned), kept, set_aside)
    except (ValidationError, KeyError, IndexError, TypeError, AttributeError):
        return None


def _container(data: Any, path: Loc) -> Any:
    for part in path:
        data = data[part]
    return data
