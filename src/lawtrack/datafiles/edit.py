"""Changes a maintainer makes from the command line: a state, an instrument, a new file.

Each edit works on the file's round-trip form (comments and layout kept), is validated with the
rest of the data directory before anything is written, and is then written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from lawtrack.atomic import replace_files
from lawtrack.datafiles import schema
from lawtrack.datafiles.layout import keys
from lawtrack.datafiles.problems import Problem, errors_in
from lawtrack.datafiles.roundtrip import dump_rt, load_rt
from lawtrack.datafiles.validate import JURISDICTIONS_DIR, validate_dir
from lawtrack.errors import DataError, UsageError, write_error
from lawtrack.progress import SILENT, Progress
from lawtrack.stages import CODES as STAGES
from lawtrack.status import CODES as STATUSES


def readable(path: Path, root: Path) -> tuple[str, Any]:
    """A file's text and round-trip form, or DataError saying where it cannot be read (not
    UTF-8, a tab, a duplicate key, two documents, an alias, a link out of the directory...):
    nothing is edited in a file lawtrack cannot read back the same way."""
    from lawtrack.datafiles.read import read_yaml

    read = read_yaml(path, root=root)
    if isinstance(read, Problem):
        raise DataError(f"cannot edit {path.name}: fix it first", [read.format()])
    text = read.text if read.text is not None else path.read_text(encoding="utf-8")
    return text, load_rt(text)


def jurisdiction_path(root: Path, code: str) -> Path:
    return root / JURISDICTIONS_DIR / f"{code.lower()}.yaml"


@dataclass
class State:
    status: str
    effective_from: date | None = None
    cite: list[str] = field(default_factory=list)
    note: str | None = None
    sources: list[str] = field(default_factory=list)
    evidence: str | None = None
    # What a government may answer. `keep_counterpoint`: leave the state's recorded one as it is
    # (a `data set` that does not mention it); otherwise the fields below replace it.
    counterpoint: str | None = None
    counterpoint_sources: list[str] = field(default_factory=list)
    untested: bool | None = None
    keep_counterpoint: bool = True

    def as_yaml(self) -> Any:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        out = CommentedMap()
        out["status"] = self.status
        if self.evidence:
            out["evidence"] = self.evidence
        out["from"] = self.effective_from
        if self.cite:
            out["cite"] = _flow(CommentedSeq(self.cite))
        if self.note:
            out["note"] = self.note
        if self.sources:
            out["sources"] = _flow(CommentedSeq(self.sources))
        if self.counterpoint:
            point = CommentedMap()
            point["text"] = self.counterpoint
            if self.counterpoint_sources:
                point["sources"] = _flow(CommentedSeq(self.counterpoint_sources))
            if self.untested is not None:
                point["untested"] = self.untested
            out["counterpoint"] = point
        return out


def _flow(seq: Any) -> Any:
    """A `[a, b]` list when short, else one item per line; `?` items are quoted (YAML 1.1
    readers reject them bare in a flow)."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    for index, item in enumerate(seq):
        if isinstance(item, str) and "?" in item:
            seq[index] = DoubleQuotedScalarString(item)
    if sum(len(str(item)) + 2 for item in seq) <= 80:
        seq.fa.set_flow_style()
    else:
        seq.fa.set_block_style()  # long URLs: one per line, as the files write them
    return seq


class BillEdits:
    """The bill verbs of `FileEdit`: a new bill, a step, what it would change."""

    path: Path
    data: Any

    def bills(self, *, create: bool = False) -> Any:
        from ruamel.yaml.comments import CommentedMap

        found = self.data.get("bills")
        if found is None and create:
            found = CommentedMap()
            _insert_key(self.data, "bills", found, keys(schema.JurisdictionFile))
        if found is not None and hasattr(found, "fa"):
            found.fa.set_block_style()  # `bills: {}` grows into a block
        return found

    def bill(self, key: str) -> Any:
        found = self.bills() or {}
        if key not in found:
            import difflib

            close = difflib.get_close_matches(key, sorted(found), n=3, cutoff=0.5)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            raise UsageError(f"{self.path.name} has no bill '{key}'{hint}")
        return found[key]

    def add_bill(self, key: str, fields: BillFields, step: Step) -> None:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        bills = self.bills(create=True)
        if key in bills:
            raise UsageError(f"{self.path.name} already has a bill '{key}'")
        entry = CommentedMap()
        entry["title"] = fields.title
        entry["reference"] = fields.reference
        entry["chambers"] = _flow(CommentedSeq(fields.chambers))
        entry["url"] = fields.url
        entry["became"] = fields.became
        if fields.note:
            entry["note"] = fields.note
        entry["stages"] = CommentedSeq([step.as_yaml()])
        changes = CommentedSeq()
        changes.fa.set_flow_style()
        entry["would_change"] = changes
        bills[key] = entry

    def set_stage(self, key: str, step: Step, *, became: str | None = None) -> bool:
        """Record `step` at its place in time (newest first); a step of the same date is a
        correction of it, edited in place (comments kept). True when the file changes."""
        from ruamel.yaml.comments import CommentedSeq

        if step.stage not in STAGES:
            raise UsageError(f"'{step.stage}' is not one of {', '.join(STAGES)}")
        bill = self.bill(key)
        changed = False
        if became is not None and bill.get("became") != became:
            if "became" in bill:
                bill["became"] = became
            else:
                _insert_key(bill, "became", became, keys(schema.Bill))
            changed = True
        steps = bill.get("stages")
        if steps is None:
            steps = CommentedSeq()
            _insert_key(bill, "stages", steps, keys(schema.Bill))
        same_day = [s for s in steps if _as_date(s.get("date")) == step.day]
        if same_day:
            return _replace_fields(same_day[0], step.as_yaml(), False, schema.BillStage) or changed
        trailing = _take_trailing(steps)
        kept = [*steps, step.as_yaml()]
        kept.sort(key=lambda s: _as_date(s.get("date")) or date.min, reverse=True)
        steps[:] = kept
        _put_trailing(steps, trailing)
        return True

    def set_change(self, key: str, change: ChangeFields) -> bool:
        """Record what the bill would do to one criterion, replacing its entry if it has one."""
        from ruamel.yaml.comments import CommentedSeq

        bill = self.bill(key)
        changes = bill.get("would_change")
        if changes is None:
            changes = CommentedSeq()
            _insert_key(bill, "would_change", changes, keys(schema.Bill))
        for entry in changes:
            if entry.get("criterion") == change.criterion:
                return _replace_fields(entry, change.as_yaml(), False, schema.BillChange)
        if hasattr(changes, "fa"):
            changes.fa.set_block_style()
        trailing = _take_trailing(changes)
        changes.append(change.as_yaml())
        _put_trailing(changes, trailing)
        return True


@dataclass
class FileEdit(BillEdits):
    """One jurisdiction file, loaded for editing."""

    path: Path
    original: str
    data: Any

    @classmethod
    def open(cls, root: Path, code: str) -> FileEdit:
        path = jurisdiction_path(root, code)
        if not path.exists():
            raise UsageError(
                f"no data file for {code.upper()} ({path}): "
                f"create it with `lawtrack data new {code.upper()}`"
            )
        return cls(path, *readable(path, root))

    def text(self) -> str:
        return dump_rt(self.data)

    def set_state(self, criterion: str, state: State, *, dated: bool) -> bool:
        """Record `state` for `criterion` (see `_set_state`), keeping the comment that follows
        the criterion's last state (the next criterion's question, in a scaffold) where it was.
        """
        states = (self.data.get("assessments") or {}).get(criterion)
        trailing = _take_trailing(states)
        changed = self._set_state(criterion, state, dated=dated)
        _put_trailing(self.data["assessments"][criterion], trailing)
        return changed

    def _set_state(self, criterion: str, state: State, *, dated: bool) -> bool:
        """Record `state` for `criterion`.

        With `dated` (a `--from` was given) the state is added at its place in time, newest
        first, replacing a state with the same date; an undated `not_assessed` placeholder
        goes. Without it, the newest state is replaced, keeping its date. True when the file
        changes.
        """
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        if state.status not in STATUSES:
            raise UsageError(f"'{state.status}' is not one of {', '.join(STATUSES)}")
        assessments = self.data.get("assessments")
        if assessments is None:
            assessments = self.data["assessments"] = CommentedMap()
        assessments.fa.set_block_style()
        states = assessments.get(criterion)
        if states is None:
            assessments[criterion] = CommentedSeq([state.as_yaml()])
            return True
        if not dated:
            if states:
                state.effective_from = _as_date(states[0].get("from"))
                return _replace_fields(states[0], state.as_yaml(), state.keep_counterpoint)
            states.append(state.as_yaml())
            return True
        same_day = [s for s in states if _as_date(s.get("from")) == state.effective_from]
        if same_day:  # a correction to a recorded state: edit it in place, comments kept
            return _replace_fields(same_day[0], state.as_yaml(), state.keep_counterpoint)
        kept = [
            s for s in states if not (s.get("status") == "not_assessed" and s.get("from") is None)
        ]
        kept.append(state.as_yaml())
        kept.sort(key=lambda s: _as_date(s.get("from")) or date.min, reverse=True)
        states[:] = kept
        return True

    def add_instrument(self, key: str, fields: dict[str, Any]) -> None:
        from ruamel.yaml.comments import CommentedMap

        instruments = self.data.get("instruments")
        if instruments is None:
            instruments = self.data["instruments"] = CommentedMap()
        instruments.fa.set_block_style()  # `instruments: {}` in a new file grows into a block
        if key in instruments:
            raise UsageError(f"{self.path.name} already has an instrument '{key}'")
        entry = CommentedMap()
        for name, value in fields.items():
            if value is not None or name in ("enacted", "in_force", "repealed", "url"):
                entry[name] = value
        instruments[key] = entry


@dataclass
class Step:
    """A bill's step, as `data add-bill` and `data set-stage` record it."""

    stage: str
    day: date
    sources: list[str]
    chamber: str | None = None
    note: str | None = None

    def as_yaml(self) -> Any:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        out = CommentedMap()
        out["stage"] = self.stage
        out["date"] = self.day
        if self.chamber:
            out["chamber"] = self.chamber
        out["sources"] = _flow(CommentedSeq(self.sources))
        if self.note:
            out["note"] = self.note
        return out


@dataclass
class BillFields:
    """A new bill's own keys, as `data add-bill` records them."""

    title: str
    reference: str
    chambers: list[str] = field(default_factory=list)
    url: str | None = None
    became: str | None = None
    note: str | None = None


@dataclass
class ChangeFields:
    """What a bill would change, as `data set-change` records it."""

    criterion: str
    status: str
    provision: str
    sources: list[str]
    note: str | None = None

    def as_yaml(self) -> Any:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        out = CommentedMap()
        out["criterion"] = self.criterion
        out["status"] = self.status
        out["provision"] = self.provision
        out["sources"] = _flow(CommentedSeq(self.sources))
        if self.note:
            out["note"] = self.note
        return out


def _insert_key(mapping: Any, key: str, value: Any, order: tuple[str, ...]) -> None:
    """`mapping[key] = value` at its place in the contract's key order (`order`)."""
    before = order[: order.index(key)]
    mapping.insert(sum(1 for k in mapping if k in before), key, value)


def _take_trailing(states: Any) -> Any:
    """Detach the comment lines that follow a list of states (ruamel keeps them on the last key
    of the last state: edit that state, or replace it, and they would move or vanish)."""
    if not states or not hasattr(states[-1], "ca") or not len(states[-1]):
        return None
    last = states[-1]
    key = list(last)[-1]
    slots = last.ca.items.get(key)
    if not slots or len(slots) < 3 or slots[2] is None:
        return None
    token = slots[2]
    slots[2] = None
    return token


def _put_trailing(states: Any, token: Any) -> None:
    """Attach `token` after the last key of the (new) last state."""
    if token is None or not states or not hasattr(states[-1], "ca") or not len(states[-1]):
        return
    last = states[-1]
    key = list(last)[-1]
    slots = last.ca.items.setdefault(key, [None, None, None, None])
    while len(slots) < 4:
        slots.append(None)
    slots[2] = token


def _replace_fields(
    target: Any,
    source: Any,
    keep_counterpoint: bool = True,
    model: type[BaseModel] = schema.AssessmentState,
) -> bool:
    """Change only the fields whose values differ: untouched lines keep their comments.

    A counterpoint the edit does not speak of stays (`keep_counterpoint`). `model`: whose key
    order a new field follows. True when anything changed."""
    changed = False
    kept = ("counterpoint",) if keep_counterpoint else ()
    for key in list(target):
        if key not in source and key not in kept:
            del target[key]
            changed = True
    order = keys(model)
    for key in order:
        if key in kept or key not in source or _same(target.get(key), source[key]):
            continue
        changed = True
        if key in target:
            target[key] = source[key]
        else:  # a new field goes to its place in the contract order, not to the end
            before = order[: order.index(key)]
            target.insert(sum(1 for k in target if k in before), key, source[key])
    return changed


def _same(old: Any, new: Any) -> bool:
    if hasattr(old, "items") and hasattr(new, "items"):
        return set(old) == set(new) and all(_same(old[k], new[k]) for k in old)
    if isinstance(old, list) and isinstance(new, list):
        return [str(x) for x in old] == [str(x) for x in new]
    if old is None or new is None:
        return old is new
    if isinstance(old, date) or isinstance(new, date):
        return _as_date(old) == _as_date(new)
    return " ".join(str(old).split()) == " ".join(str(new).split())


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):  # ruamel's timestamps are datetimes
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def check_and_write(
    root: Path,
    edits: list[tuple[Path, str]],
    *,
    today: date | None = None,
    progress: Progress = SILENT,
) -> list[Problem]:
    """Validate the directory as it will be; write every file only if none of them has an error.

    Returns the warnings. Raises DataError (nothing written) with the located errors.
    `progress` hears of the validation, file by file.
    """
    overrides = dict(edits)
    validation = validate_dir(root, overrides=overrides, today=today, progress=progress)
    touched = {path.resolve() for path in overrides}
    errors = [p for p in errors_in(validation.problems) if p.path.resolve() in touched]
    if errors:
        raise DataError(
            f"the change would make {len(errors)} error(s): nothing written",
            [problem.format() for problem in errors],
        )
    try:
        replace_files([(path, text.encode("utf-8")) for path, text in edits], root)
    except OSError as exc:
        raise write_error(edits[0][0] if len(edits) == 1 else root, exc) from None
    return [
        p for p in validation.problems if p.path.resolve() in touched and p.severity == "warning"
    ]
