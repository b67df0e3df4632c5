"""`data fmt`: the canonical key order (the order of the fields in `schema.py`), comments kept."""

from __future__ import annotations

from types import UnionType
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from lawtrack.datafiles import schema as s
from lawtrack.datafiles.roundtrip import dump_rt, load_rt


def keys(model: type[BaseModel]) -> tuple[str, ...]:
    """The contract's key order for one model: its fields in `schema.py` order, by file name."""
    return tuple(field.alias or name for name, field in model.model_fields.items())


def nested(model: type[BaseModel]) -> dict[str, tuple[tuple[str, ...], type[BaseModel]]]:
    """The keys of `model` that hold other models, with the containers around them.

    `assessments: dict[str, list[AssessmentState]]` gives ("map", "list"), AssessmentState.
    """
    found: dict[str, tuple[tuple[str, ...], type[BaseModel]]] = {}
    for name, field in model.model_fields.items():
        annotation = field.annotation
        path: tuple[str, ...] = ()
        while True:
            origin = get_origin(annotation)
            if origin in (Union, UnionType):  # X | None
                annotation = next(a for a in get_args(annotation) if a is not type(None))
            elif origin is list:
                annotation, path = get_args(annotation)[0], (*path, "list")
            elif origin is dict:
                annotation, path = get_args(annotation)[1], (*path, "map")
            else:
                break
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            found[field.alias or name] = (path, annotation)
    return found


def canonical(text: str) -> str:
    """The file in canonical form: keys in contract order, the house indentation."""
    data = load_rt(text)
    if not hasattr(data, "items"):
        return text
    _walk(data, s.JurisdictionFile)
    return dump_rt(data)


def _walk(mapping: Any, model: type[BaseModel]) -> None:
    """Order `mapping` and every model inside it; shapes the contract refuses are left alone."""
    _order(mapping, keys(model))
    for key, (path, inner) in nested(model).items():
        values = [mapping.get(key)]
        for container in path:
            if container == "map":
                values = [x for v in values if hasattr(v, "values") for x in v.values()]
            else:
                values = [x for v in values if isinstance(v, list) for x in v]
        for value in values:
            if hasattr(value, "items"):
                _walk(value, inner)


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
