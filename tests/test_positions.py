"""Problems are placed by walking only the paths to them: the same places as a table of every
node's position (the way positions were found before) gives, for any file and any path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawtrack.datafiles.read import Loc, YamlDoc, _compose, _scalar, read_yaml

KEYS = st.one_of(st.sampled_from(["a", "b", "code", "1", "no", "true"]), st.integers(0, 3))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text("xyz ", max_size=5))
DATA = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, min_size=1, max_size=4)
    ),
    max_leaves=25,
)


def _every_position(node: Any, loc: Loc, value_at: dict[Loc, Any], key_at: dict[Loc, Any]) -> None:
    """Every node's position, as the reader recorded them all before."""
    if node.id == "mapping":
        for key_node, value_node in node.value:
            key = _scalar(key_node.value, key_node.style) if key_node.id == "scalar" else "?"
            child = (*loc, str(key))
            key_at[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            value_at[child] = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
            _every_position(value_node, child, value_at, key_at)
    elif node.id == "sequence":
        for index, item in enumerate(node.value):
            value_at[(*loc, index)] = (item.start_mark.line + 1, item.start_mark.column + 1)
            _every_position(item, (*loc, index), value_at, key_at)


def _reference(table: dict[Loc, Any], value_at: dict[Loc, Any], loc: Loc) -> tuple[int, int]:
    for end in range(len(loc), -1, -1):
        found = table.get(loc[:end]) or value_at.get(loc[:end])
        if found:
            return found  # type: ignore[no-any-return]
    return (1, 1)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.dictionaries(KEYS, DATA, min_size=1, max_size=4),
    extra=st.lists(KEYS | st.integers(0, 5), max_size=4),
)
def test_the_same_places_as_a_table_of_every_node(
    tmp_path: Path, data: Any, extra: list[Any]
) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    doc = read_yaml(path)
    if not isinstance(doc, YamlDoc):  # a key read twice (1 and '1' are one key in YAML 1.2)
        return
    value_at: dict[Loc, Any] = {}
    key_at: dict[Loc, Any] = {}
    _every_position(_compose(path.read_text()), (), value_at, key_at)
    locs = [*value_at, *[(*loc, *extra) for loc in value_at], tuple(extra)]
    placed = doc.positions(locs)
    for loc in locs:
        assert placed.position(loc) == _reference(value_at, value_at, loc)
        assert placed.position(loc, key=True) == _reference(key_at, value_at, loc)
        assert doc.position(loc) == _reference(value_at, value_at, loc)
