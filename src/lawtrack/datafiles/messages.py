"""Pydantic's errors, said the way a maintainer editing YAML needs to read them."""

from __future__ import annotations

from typing import Any

_TYPE_NAMES = {
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "list_type": "a list",
    "string_type": "text",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "date_type": "a date (YYYY-MM-DD)",
}


def describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "...'"


def message_for(error: Any) -> str:
    kind = error["type"]
    given = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"missing required key '{error['loc'][-1]}'"
    if kind == "extra_forbidden":
        return f"unknown key '{error['loc'][-1]}'"
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return f"{describe(given)} is not one of {expected}"
    if kind in _TYPE_NAMES:
        return f"expected {_TYPE_NAMES[kind]}, got {describe(given)}"
    if kind == "string_pattern_mismatch":
        return f"{describe(given)} does not match the pattern {ctx.get('pattern')}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"longer than {ctx.get('max_length')} characters"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind.startswith("union") or kind == "smart_union":
        return f"expected a whole number, true/false or text, got {describe(given)}"
    return f"{error['msg']} (got {describe(given)})"
