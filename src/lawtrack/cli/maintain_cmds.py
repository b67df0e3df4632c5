"""`lawtrack data new / set / add-instrument / add-bill / set-stage / set-change / import /
schema / stale / coverage / fmt`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from lawtrack.cli import complete
from lawtrack.cli.options import DataDirArgument, FormatOption, OutputOption, parse_date
from lawtrack.cli.state import data_root, note
from lawtrack.errors import DATA_PROBLEM, DataError, UsageError

if TYPE_CHECKING:
    from lawtrack.datafiles.problems import Problem
    from lawtrack.datafiles.validate import Dataset

DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="The data directory (default: --data, LAWTRACK_DATA_DIR or the bundled data).",
    ),
]


def _root(ctx: typer.Context, given: Path | None) -> Path:
    return data_root(ctx, given)


def _writable_root(ctx: typer.Context, given: Path | None) -> Path:
    """The data directory an edit may write into: never the copy inside an installed package."""
    from lawtrack.config import installed_data_dir

    root = _root(ctx, given)
    bundled = installed_data_dir()
    if bundled is not None and (root == bundled or bundled in root.parents):
        raise UsageError(
            f"{root} is the data bundled inside the installed lawtrack package, where an edit is "
            "lost on the next install: edit a checkout of the repository (installed with "
            "`pip install -e .`), or give --data-dir DIR for a copy of the data"
        )
    return root


def _warn(warnings: list[Problem]) -> None:
    for warning in warnings:
        note(warning.format())


def new(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(help="ISO 3166-1 (PH) or 3166-2 (AU-NSW) code, or EU.")],
    data_dir: DataOption = None,
) -> None:
    """Create a jurisdiction file from ISO 3166, every criterion listed as not assessed."""
    from lawtrack.datafiles.edit import check_and_write, jurisdiction_path
    from lawtrack.datafiles.scaffold import new_file_text

    root = _writable_root(ctx, data_dir)
    code = code.upper()
    path = jurisdiction_path(root, code)
    if path.exists():
        raise UsageError(f"{path} already exists")
    text = new_file_text(code, root / "criteria.yaml", today=date.today())
    path.parent.mkdir(parents=True, exist_ok=True)
    _warn(check_and_write(root, [(path, text)]))
    typer.echo(f"created {path}")


def set_state(
    ctx: typer.Context,
    code: Annotated[
        str, typer.Argument(help="Jurisdiction code.", click_type=complete.JURISDICTION)
    ],
    criterion: Annotated[
        str,
        typer.Argument(
            help="Criterion code or short id, e.g. live_streaming_offence or B1.",
            click_type=complete.CRITERION,
        ),
    ],
    status: Annotated[
        str,
        typer.Argument(
            help="yes, partial, no, unclear or not_assessed.", click_type=complete.STATUS
        ),
    ],
    cite: Annotated[
        list[str] | None, typer.Option("--cite", help="'<instrument id> <pinpoint>' (repeatable).")
    ] = None,
    source: Annotated[
        list[str] | None, typer.Option("--source", help="A source URL you read (repeatable).")
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", help="One or two sentences a researcher can quote.")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--from", help="The date this state took effect; the previous state stays as history."
        ),
    ] = None,
    evidence: Annotated[
        str | None,
        typer.Option(
            "--evidence",
            help="complete (you read every text the status rests on) or incomplete (the note "
            "says what was not read). Required for yes, partial, no and unclear.",
            click_type=complete.EVIDENCE,
        ),
    ] = None,
    data_dir: DataOption = None,
) -> None:
    """Record a criterion's state in a file, keeping its comments and layout."""
    from lawtrack.datafiles.edit import FileEdit, State, check_and_write
    from lawtrack.datafiles.roundtrip import folded

    root = _writable_root(ctx, data_dir)
    criterion = _known_criterion(root, criterion)
    start = parse_date(since, option="--from") if since else None
    edit = FileEdit.open(root, code)
    text_note = folded(note) if note and len(note) > 80 else note
    _check_evidence(status, evidence)
    state = State(status, start, list(cite or []), text_note, list(source or []), evidence)
    edit.set_state(criterion, state, dated=start is not None)
    _warn(check_and_write(root, [(edit.path, edit.text())]))
    typer.echo(f"{code.upper()} {criterion}: {status}" + (f" from {start}" if start else ""))


def add_instrument(
    ctx: typer.Context,
    code: Annotated[
        str, typer.Argument(help="Jurisdiction code.", click_type=complete.JURISDICTION)
    ],
    key: Annotated[str, typer.Argument(help="The instrument's id in the file, e.g. ra-11930.")],
    title: Annotated[str, typer.Option(help="The short title.")],
    citation: Annotated[
        str, typer.Option(help="The official citation, e.g. 'Republic Act No. 11930'.")
    ],
    kind: Annotated[
        str,
        typer.Option(
            help="statute, code, regulation, directive, treaty, bill, case or constitution."
        ),
    ] = "statute",
    enacted: Annotated[str | None, typer.Option(help="YYYY-MM-DD, only if verified.")] = None,
    in_force: Annotated[
        str | None, typer.Option("--in-force", help="YYYY-MM-DD, only if verified.")
    ] = None,
    repealed: Annotated[str | None, typer.Option(help="YYYY-MM-DD.")] = None,
    url: Annotated[str | None, typer.Option(help="The official text.")] = None,
    amends: Annotated[
        list[str] | None, typer.Option("--amends", help="An instrument id it amends (repeatable).")
    ] = None,
    repeals: Annotated[
        list[str] | None,
        typer.Option("--repeals", help="An instrument id it repeals (repeatable)."),
    ] = None,
    note: Annotated[str | None, typer.Option(help="Where the facts come from.")] = None,
    data_dir: DataOption = None,
) -> None:
    """Add an instrument to a file, keeping its comments and layout."""
    from lawtrack.datafiles.edit import FileEdit, check_and_write

    root = _writable_root(ctx, data_dir)
    edit = FileEdit.open(root, code)
    fields = {
        "title": title,
        "citation": citation,
        "kind": kind,
        "enacted": parse_date(enacted, option="--enacted") if enacted else None,
        "in_force": parse_date(in_force, option="--in-force") if in_force else None,
        "repealed": parse_date(repealed, option="--repealed") if repealed else None,
        "amends": list(amends) if amends else None,
        "repeals": list(repeals) if repeals else None,
        "url": url,
        "note": note,
    }
    edit.add_instrument(key, fields)
    _warn(check_and_write(root, [(edit.path, edit.text())]))
    typer.echo(f"{code.upper()}: added instrument {key}")


StageOption = Annotated[
    str,
    typer.Option(
        "--stage",
        help="introduced, committee, negotiation, passed_one_chamber, passed, assented, "
        "commenced, lapsed, withdrawn or rejected.",
    ),
]
StepDateOption = Annotated[
    str, typer.Option("--date", help="The day the step happened (YYYY-MM-DD), as seen.")
]
StepSourceOption = Annotated[
    list[str], typer.Option("--source", help="A source URL that shows the step (repeatable).")
]
StepChamberOption = Annotated[
    str | None, typer.Option("--chamber", help="The chamber or institution that took the step.")
]
StepNoteOption = Annotated[
    str | None,
    typer.Option(
        "--note", help="What the step was, as the source gives it; what was not verified."
    ),
]


def _step(stage: str, day: str, sources: list[str], chamber: str | None, note: str | None) -> Any:
    from lawtrack.datafiles.edit import Step
    from lawtrack.datafiles.roundtrip import folded

    return Step(
        stage,
        parse_date(day, option="--date"),
        list(sources),
        chamber,
        folded(note) if note and len(note) > 80 else note,
    )


def add_bill(
    ctx: typer.Context,
    code: Annotated[
        str, typer.Argument(help="Jurisdiction code.", click_type=complete.JURISDICTION)
    ],
    key: Annotated[str, typer.Argument(help="The bill's id in the file, e.g. us-stop-csam-s1829.")],
    title: Annotated[str, typer.Option(help="The bill's title.")],
    reference: Annotated[
        str, typer.Option(help="Its number or reference, e.g. 'S. 1829 (119th Congress)'.")
    ],
    stage: StageOption,
    day: StepDateOption,
    source: StepSourceOption,
    chamber: Annotated[
        list[str] | None,
        typer.Option("--chamber", help="A chamber or institution it must pass (repeatable)."),
    ] = None,
    stage_chamber: Annotated[
        str | None,
        typer.Option("--stage-chamber", help="The chamber that took the first recorded step."),
    ] = None,
    url: Annotated[str | None, typer.Option(help="The record of the bill.")] = None,
    became: Annotated[
        str | None, typer.Option(help="The instrument it became: an id, or XX:id.")
    ] = None,
    note: Annotated[
        str | None, typer.Option(help="What was not verified (e.g. LAST VERIFIED STAGE: ...).")
    ] = None,
    data_dir: DataOption = None,
) -> None:
    """Add a bill to a file with its newest verified step, keeping comments and layout."""
    from lawtrack.datafiles.edit import BillFields, FileEdit, check_and_write
    from lawtrack.datafiles.roundtrip import folded

    root = _writable_root(ctx, data_dir)
    step = _step(stage, day, source, stage_chamber, None)
    edit = FileEdit.open(root, code)
    fields = BillFields(
        title,
        reference,
        list(chamber or []),
        url,
        became,
        folded(note) if note and len(note) > 80 else note,
    )
    if step.stage not in _stage_codes():
        raise UsageError(f"'{step.stage}' is not one of {', '.join(_stage_codes())}")
    edit.add_bill(key, fields, step)
    _warn(check_and_write(root, [(edit.path, edit.text())]))
    typer.echo(f"{code.upper()}: added bill {key}, {stage} on {step.day}")


def set_stage(
    ctx: typer.Context,
    code: Annotated[
        str, typer.Argument(help="Jurisdiction code.", click_type=complete.JURISDICTION)
    ],
    key: Annotated[str, typer.Argument(help="The bill's id in the file.")],
    stage: Annotated[
        str,
        typer.Argument(
            help="introduced, committee, negotiation, passed_one_chamber, passed, assented, "
            "commenced, lapsed, withdrawn or rejected."
        ),
    ],
    day: StepDateOption,
    source: StepSourceOption,
    chamber: StepChamberOption = None,
    note: StepNoteOption = None,
    became: Annotated[
        str | None,
        typer.Option(help="The instrument it became (an id, or XX:id): needed to commence."),
    ] = None,
    data_dir: DataOption = None,
) -> None:
    """Record a bill's step at its place in time; a step of the same date is corrected."""
    from lawtrack.datafiles.edit import FileEdit, check_and_write

    root = _writable_root(ctx, data_dir)
    step = _step(stage, day, source, chamber, note)
    edit = FileEdit.open(root, code)
    changed = edit.set_stage(key, step, became=became)
    if changed:
        _warn(check_and_write(root, [(edit.path, edit.text())]))
    said = "" if changed else " (no change)"
    typer.echo(f"{code.upper()} {key}: {stage} on {step.day}{said}")


def set_change(
    ctx: typer.Context,
    code: Annotated[
        str, typer.Argument(help="Jurisdiction code.", click_type=complete.JURISDICTION)
    ],
    key: Annotated[str, typer.Argument(help="The bill's id in the file.")],
    criterion: Annotated[
        str,
        typer.Argument(
            help="Criterion code or short id, e.g. takedown_blocking or E3.",
            click_type=complete.CRITERION,
        ),
    ],
    status: Annotated[
        str, typer.Argument(help="What the cell would be if enacted: yes, partial, no, unclear.")
    ],
    provision: Annotated[str, typer.Option(help="The bill's provision that would do it.")],
    source: Annotated[
        list[str], typer.Option("--source", help="A source URL you read (repeatable).")
    ],
    note: Annotated[
        str | None,
        typer.Option(help="Why that status; a quote verbatim, or none; what was not read."),
    ] = None,
    data_dir: DataOption = None,
) -> None:
    """Record what a bill would change: a criterion and the status it would get."""
    from lawtrack.datafiles.edit import ChangeFields, FileEdit, check_and_write
    from lawtrack.datafiles.roundtrip import folded
    from lawtrack.stages import CHANGE_STATUSES

    root = _writable_root(ctx, data_dir)
    criterion = _known_criterion(root, criterion)
    if status not in CHANGE_STATUSES:
        raise UsageError(f"'{status}' is not one of {', '.join(CHANGE_STATUSES)}")
    edit = FileEdit.open(root, code)
    change = ChangeFields(
        criterion,
        status,
        provision,
        list(source),
        folded(note) if note and len(note) > 80 else note,
    )
    changed = edit.set_change(key, change)
    if changed:
        _warn(check_and_write(root, [(edit.path, edit.text())]))
    said = "" if changed else " (no change)"
    typer.echo(f"{code.upper()} {key}: would make {criterion} {status}{said}")


def _stage_codes() -> tuple[str, ...]:
    from lawtrack.stages import CODES

    return CODES


def import_states(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(help="A .csv or .xlsx with the columns of `export assessments`.")
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the change to each file; write nothing.")
    ] = False,
    data_dir: DataOption = None,
) -> None:
    """Import assessment states from a spreadsheet: all rows or none."""
    from lawtrack.cli.state import progress
    from lawtrack.datafiles.edit import check_and_write
    from lawtrack.datafiles.importing import plan_import, read_rows, unified_diff

    root = _writable_root(ctx, data_dir)
    if not file.exists():
        raise UsageError(f"{file} not found")
    warnings: list[Problem] = []
    with progress() as shown:
        shown.stage("reading the sheet")
        rows = read_rows(file, set(_criteria(root)))
        edits, changed = plan_import(root, rows, shown)
        if edits and not dry_run:
            warnings = check_and_write(root, [(e.path, e.text()) for e in edits], progress=shown)
    if dry_run:
        for edit in edits:
            typer.echo(unified_diff(edit, root), nl=False)
        typer.echo(f"{len(rows)} row(s) read: {changed} would change {len(edits)} file(s)")
        return
    _warn(warnings)
    typer.echo(f"{len(rows)} row(s) read: {changed} changed {len(edits)} file(s)")


def schema(output: OutputOption = None) -> None:
    """The JSON Schema of a jurisdiction file (for editors and other tools)."""
    from lawtrack.datafiles.jsonschema import schema_text
    from lawtrack.render.output import write_text

    text = schema_text()

    def write(out: TextIO) -> None:
        out.write(text)

    write_text(write, output)


def stale(
    ctx: typer.Context,
    directory: DataDirArgument = None,
    older_than: Annotated[
        str | None,
        typer.Option(
            "--older-than",
            help="An age like 18m or 2y (files; default 18m), or 180d, 6m (bills; default 180d).",
        ),
    ] = None,
    bills: Annotated[
        bool,
        typer.Option(
            "--bills", help="Bills on the way whose newest recorded step is older, not files."
        ),
    ] = False,
    fmt: FormatOption = None,
    output: OutputOption = None,
) -> None:
    """Files not reviewed against their sources recently (or, with --bills, bills whose stage
    was last verified long ago)."""
    from lawtrack.datafiles.review import parse_age, parse_days, stale_bills_table, stale_table
    from lawtrack.render import emit
    from lawtrack.stages import STALE_DAYS

    dataset = _dataset(ctx, directory)
    if bills:
        days = parse_days(older_than or f"{STALE_DAYS}d")
        emit(stale_bills_table(dataset, days=days, today=date.today()), fmt, output)
        return
    months = parse_age(older_than or "18m")
    emit(stale_table(dataset, months=months, today=date.today()), fmt, output)


def coverage(
    ctx: typer.Context,
    directory: DataDirArgument = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
) -> None:
    """The research queue: cells not yet assessed, and instruments cited nowhere."""
    from lawtrack.datafiles.review import coverage_set
    from lawtrack.render import emit

    emit(coverage_set(_dataset(ctx, directory)), fmt, output)


def fmt_files(
    ctx: typer.Context,
    directory: DataDirArgument = None,
    check: Annotated[
        bool, typer.Option("--check", help="Only say which files are not canonical (exit 1).")
    ] = False,
) -> None:
    """Canonical key order and layout for every data file, comments kept."""
    from lawtrack.datafiles.edit import readable
    from lawtrack.datafiles.layout import canonical
    from lawtrack.datafiles.roundtrip import write_atomically
    from lawtrack.datafiles.validate import data_files

    root = _root(ctx, directory) if check else _writable_root(ctx, directory)
    changed = []
    for path in data_files(root):
        if not path.exists():
            continue
        text, _ = readable(path, root)
        formatted = canonical(text)
        if formatted != text:
            changed.append(path)
            if not check:
                write_atomically(path, formatted)
    verb = "would reformat" if check else "reformatted"
    for path in changed:
        typer.echo(f"{verb} {path.relative_to(root).as_posix()}")
    typer.echo(
        f"{len(changed)} file(s) {verb}, {len(data_files(root)) - len(changed)} already canonical"
    )
    if check and changed:
        raise typer.Exit(DATA_PROBLEM)


def _dataset(ctx: typer.Context, directory: Path | None) -> Dataset:
    from lawtrack.datafiles.validate import validate_dir

    root = _root(ctx, directory)
    validation = validate_dir(root)
    if validation.dataset is None:
        raise DataError(
            f"{len(validation.errors)} problem(s) in {root}: run `lawtrack data validate`"
        )
    return validation.dataset


def _criteria(root: Path) -> dict[str, str]:
    """criterion code -> short id, from the codebook of `root`."""
    from lawtrack.datafiles.read import YamlDoc, read_yaml

    doc = read_yaml(root / "criteria.yaml")
    if not isinstance(doc, YamlDoc) or not isinstance(doc.data, dict):
        raise DataError(f"cannot read {root / 'criteria.yaml'}")
    found = doc.data.get("criteria") or {}
    return {
        code: str(entry.get("id", "")) if isinstance(entry, dict) else ""
        for code, entry in found.items()
    }


def _check_evidence(status: str, evidence: str | None) -> None:
    from lawtrack.status import BY_CODE, EVIDENCE

    if evidence is not None and evidence not in EVIDENCE:
        raise UsageError(f"--evidence: '{evidence}' is not one of {', '.join(EVIDENCE)}")
    info = BY_CODE.get(status)
    if info is None:
        return  # the edit reports the unknown status
    if info.evidenced and evidence is None:
        raise UsageError(
            f"'{status}' needs --evidence complete (every text it rests on was read) "
            "or --evidence incomplete (the note says what was not)"
        )
    if not info.evidenced and evidence is not None:
        raise UsageError(f"'{status}' takes no --evidence")


def _known_criterion(root: Path, criterion: str) -> str:
    """The criterion's code, given its code or its short id (B1, b1)."""
    known = _criteria(root)
    if criterion in known:
        return criterion
    by_id = {short.upper(): code for code, short in known.items() if short}
    if criterion.upper() in by_id:
        return by_id[criterion.upper()]
    from lawtrack.queries.common import suggest

    raise suggest(criterion, sorted([*known, *by_id]), "criterion")


def register(data_app: typer.Typer) -> None:
    data_app.command()(new)
    data_app.command("set")(set_state)
    data_app.command("add-instrument")(add_instrument)
    data_app.command("add-bill")(add_bill)
    data_app.command("set-stage")(set_stage)
    data_app.command("set-change")(set_change)
    data_app.command("import")(import_states)
    data_app.command()(schema)
    data_app.command()(stale)
    data_app.command()(coverage)
    data_app.command("fmt")(fmt_files)
