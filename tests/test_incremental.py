"""An incremental load ends where a full reload ends: random edits, every table compared.

Each step edits the files (a status, a state added or removed, an instrument renamed that another
file cites or a bill became, a bill's stage or its link, a file deleted or added, a citation across files broken, a date moved under a state
of another file, a link that may close a loop, a parent, a duplicate code, the codebook), then
loads them three ways: incrementally into the database that held the files before, through the
full validation into a twin database (the load as it was before incremental loads), and from
scratch into a new database. The rows of every table must be equal (surrogate ids and load times
aside), the reports of the first two equal, and an invalid step must give the errors of `data
validate`, word for word, and change nothing.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from lawtrack import models as m
from lawtrack.datafiles import load as loader
from lawtrack.datafiles.changes import FileScan, LoadReport
from lawtrack.datafiles.dataset import CODEBOOK_FILES
from lawtrack.datafiles.load import load_data
from lawtrack.datafiles.read import YamlDoc, read_yaml
from lawtrack.datafiles.validate import validate_dir
from lawtrack.db import make_engine
from lawtrack.errors import DataError
from tests.conftest import fixture_copy

# Three more files beside the fixture's AU, AU-NSW and PH: a citation into AU, a supranational
# jurisdiction that a national one has as parent and cites.
EXTRA = {
    "nz": """\
schema_version: 1
code: NZ
name: New Zealand
level: national
region: Australia and New Zealand
reviewed: 2026-10-01
instruments:
  films-1993:
    title: Example Films Act
    citation: Example Films Act 1993
    kind: statute
    enacted: 1993-08-01
    in_force: 1993-10-01
    url: https://example.org/nz-films
    provisions:
      s. 3:
        heading: Objectionable
        in_force: 1994-01-01
bills:
  films-bill:
    title: Example Films Bill
    reference: Bill 12-1
    chambers: [House of Representatives]
    url: https://example.org/nz-films-bill
    became: AU:code-1995
    stages:
      - stage: assented
        date: 1995-03-15
        sources: [https://example.org/nz-films-bill]
    would_change:
      - criterion: live_streaming_offence
        status: partial
        provision: s. 3
        sources: [https://example.org/nz-films-bill]
  streaming-bill:
    title: Example Streaming Bill
    reference: Bill 40-1
    stages:
      - stage: committee
        date: 2024-05-01
        sources: [https://example.org/nz-streaming-bill]
      - stage: introduced
        date: 2016-01-01
        sources: [https://example.org/nz-streaming-bill]
    would_change:
      - criterion: live_streaming_offence
        status: yes
        provision: cl. 4
        sources: [https://example.org/nz-streaming-bill]
assessments:
  live_streaming_offence:
    - status: partial
      evidence: complete
      from: 2010-04-15
      cite: [films-1993 s. 3, AU:code-1995 s. 474.22]
      note: Films law and, by agreement, the Australian code.
      sources: [https://example.org/nz-films]
""",
    "eu": """\
schema_version: 1
code: EU
name: European Union
level: supranational
reviewed: 2026-10-01
instruments:
  dir-2011:
    title: Example Directive
    citation: Example Directive 2011/93
    kind: directive
    enacted: 2011-12-13
    in_force: 2012-01-17
    url: https://example.org/eu-dir
bills:
  dir-proposal:
    title: Example Directive proposal
    reference: COM(2010) 94
    became: dir-2011
    stages:
      - stage: commenced
        date: 2012-01-17
        sources: [https://example.org/eu-dir]
      - stage: introduced
        date: 2010-04-15
        sources: [https://example.org/eu-proposal]
assessments:
  possession_offence:
    - status: yes
      evidence: complete
      from: 2012-01-17
      cite: [dir-2011 art. 5]
      note: Member states must punish possession.
      sources: [https://example.org/eu-dir]
""",
    "fr": """\
schema_version: 1
code: FR
name: France
level: national
parent: EU
reviewed: 2026-10-01
instruments:
  code-penal:
    title: Example Penal Code
    citation: Example Code penal
    kind: code
    enacted: 1994-03-01
    url: https://example.org/fr-code
definitions:
  - term: child
    cite: EU:dir-2011 art. 2
    text: Any person below the age of eighteen years.
    attributes:
      age_threshold: 18
assessments:
  possession_offence:
    - status: yes
      evidence: complete
      from: 2012-01-17
      cite: [code-penal art. 227-23, EU:dir-2011 art. 5]
      note: Possession is punished.
      sources: [https://example.org/fr-code]
""",
}

# Files a step may add: a new jurisdiction citing another's instrument.
NEW_FILES = {
    "fj": EXTRA["nz"].replace("NZ", "FJ").replace("New Zealand", "Fiji").replace("nz-", "fj-"),
    "de": EXTRA["fr"].replace("FR", "DE").replace("France", "Germany").replace("fr-", "de-"),
}


def dataset(tmp_path: Path) -> Path:
    root = fixture_copy("valid", tmp_path / "data")
    for name, text in EXTRA.items():
        (root / "jurisdictions" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return root


# --- the databases -------------------------------------------------------------------------


def fresh(url: str) -> Engine:
    engine = make_engine(url)
    m.Base.metadata.drop_all(engine)
    m.Base.metadata.create_all(engine)
    return engine


def load(engine: Engine, root: Path, *, full: bool = False) -> LoadReport:
    with forced_full() if full else _nothing(), Session(engine) as session, session.begin():
        return load_data(session, root)


@contextmanager
def forced_full() -> Iterator[None]:
    """The load as it was before incremental loads: every file validated, every time."""
    with mock.patch.object(loader, "incremental_delta", lambda *args: "full"):
        yield


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def snapshot(engine: Engine) -> dict[str, Counter[tuple[Any, ...]]]:
    """Every table's rows, each foreign key replaced by the row it names (so no surrogate id
    counts), without the load time."""
    tables = m.Base.metadata.sorted_tables
    with engine.connect() as connection:
        raw = {
            t.name: {row.id: row._mapping for row in connection.execute(select(t))} for t in tables
        }

    def natural(table: Any, row_id: int) -> tuple[Any, ...]:
        row = raw[table.name][row_id]
        out = []
        for column in table.columns:
            if column.name in ("id", "loaded_at"):
                continue
            value = row[column.name]
            foreign = next(iter(column.foreign_keys), None)
            if foreign is not None and value is not None:
                value = natural(foreign.column.table, value)
            out.append((column.name, value))
        return tuple(out)

    return {t.name: Counter(natural(t, i) for i in raw[t.name]) for t in tables}


def report_fields(report: LoadReport) -> tuple[Any, ...]:
    return (
        report.created,
        report.updated,
        report.removed,
        report.unchanged,
        report.codebook_changed,
    )


# --- the edits -----------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def read(path: Path) -> Any:
    doc = read_yaml(path)
    assert isinstance(doc, YamlDoc), doc
    return doc.data


def write(path: Path, data: Any) -> None:
    path.write_text(
        yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )


def files(root: Path) -> list[Path]:
    return sorted((root / "jurisdictions").glob("*.y*ml"))


def pick(data: st.DataObject, items: list[Any]) -> Any:
    return data.draw(st.sampled_from(items))


def all_instruments(root: Path) -> list[str]:
    """Every instrument as another file would cite it: CODE:key."""
    out = []
    for path in files(root):
        content = read(path)
        out += [f"{content['code']}:{key}" for key in content.get("instruments") or {}]
    return out


DATES = ["1990-01-01", "1995-03-15", "2010-04-15", "2012-01-17", "2016-01-01", "2024-05-01"]


def edit_status(root: Path, data: st.DataObject) -> None:
    path = pick(data, files(root))
    content = read(path)
    if not content.get("assessments"):
        return
    states = content["assessments"][pick(data, sorted(content["assessments"]))]
    if states:
        state = states[data.draw(st.integers(0, len(states) - 1))]
        state["status"] = pick(data, ["yes", "partial", "no", "unclear", "not_assessed"])
    write(path, content)


def add_state(root: Path, data: st.DataObject) -> None:
    path = pick(data, files(root))
    content = read(path)
    own = [f"{key} s. 1" for key in content.get("instruments") or {}]
    cite = pick(data, own + [f"{c} s. 2" for c in all_instruments(root)])
    code = content["code"]
    cite = cite.removeprefix(f"{code}:")
    criterion = pick(data, ["live_streaming_offence", "possession_offence", "grooming_offence"])
    states = content.setdefault("assessments", {}).setdefault(criterion, [])
    states.insert(
        0,
        {
            "status": pick(data, ["yes", "partial"]),
            "evidence": "complete",
            "from": pick(data, DATES),
            "cite": [cite],
            "note": "Added by a test.",
            "sources": ["https://example.org/added"],
        },
    )
    write(path, content)


def remove_state(root: Path, data: st.DataObject) -> None:
    path = pick(data, files(root))
    content = read(path)
    if not content.get("assessments"):
        return
    criterion = pick(data, sorted(content["assessments"]))
    states = content["assessments"][criterion]
    if states:
        states.pop()
    if not states and data.draw(st.booleans()):
        del content["assessments"][criterion]
    write(path, content)


def rename_instrument(root: Path, data: st.DataObject) -> None:
    """Rename an instrument, in its own file and (or not) in the files citing it."""
    path = pick(data, files(root))
    content = read(path)
    if not content.get("instruments"):
        return
    old = pick(data, sorted(content["instruments"]))
    new = f"{old}-renamed"
    code = content["code"]
    content["instruments"] = {
        (new if key == old else key): value for key, value in content["instruments"].items()
    }
    write(path, _renamed(content, old, new, None))
    if data.draw(st.booleans()):
        for other in files(root):
            if other != path:
                write(other, _renamed(read(other), old, new, code))


def _renamed(value: Any, old: str, new: str, code: str | None) -> Any:
    """Every cite of `old` (`code:old` in another file) in `value`, as `new`."""
    target = f"{code}:{old}" if code else old
    if isinstance(value, dict):
        return {k: _renamed(v, old, new, code) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, old, new, code) for v in value]
    if isinstance(value, str) and (value == target or value.startswith(f"{target} ")):
        return (f"{code}:{new}" if code else new) + value[len(target) :]
    return value


def delete_file(root: Path, data: st.DataObject) -> None:
    pick(data, files(root)).unlink()


def add_file(root: Path, data: st.DataObject) -> None:
    name = pick(data, sorted({**NEW_FILES, **EXTRA}))
    path = root / "jurisdictions" / f"{name}.yaml"
    if not path.exists():
        path.write_text({**EXTRA, **NEW_FILES}[name], encoding="utf-8")


def break_citation(root: Path, data: st.DataObject) -> None:
    path = pick(data, files(root))
    text = path.read_text(encoding="utf-8")
    for cited in ("AU:code-1995", "EU:dir-2011"):
        text = text.replace(cited, f"{cited.split(':')[0]}:nothing")
    path.write_text(text, encoding="utf-8")


def move_date(root: Path, data: st.DataObject) -> None:
    """An instrument's dates, which states of other files may rest on."""
    path = pick(data, files(root))
    content = read(path)
    if not content.get("instruments"):
        return
    instrument = content["instruments"][pick(data, sorted(content["instruments"]))]
    instrument[pick(data, ["enacted", "in_force"])] = pick(data, DATES)
    instrument.pop("repealed", None)
    write(path, content)


def add_link(root: Path, data: st.DataObject) -> None:
    """An amends or repeals, into this file or another: it may close a loop."""
    path = pick(data, files(root))
    content = read(path)
    if not content.get("instruments"):
        return
    instrument = content["instruments"][pick(data, sorted(content["instruments"]))]
    target = pick(data, all_instruments(root)).removeprefix(f"{content['code']}:")
    instrument.setdefault(pick(data, ["amends", "repeals"]), []).append(target)
    write(path, content)


def add_bill_stage(root: Path, data: st.DataObject) -> None:
    """A new newest stage of a bill (a date out of order is an error for the load to refuse)."""
    path = pick(data, files(root))
    content = read(path)
    if not content.get("bills"):
        return
    bill = content["bills"][pick(data, sorted(content["bills"]))]
    stage = pick(data, ["committee", "passed", "assented", "commenced", "lapsed"])
    bill.setdefault("stages", []).insert(
        0, {"stage": stage, "date": pick(data, DATES), "sources": ["https://example.org/step"]}
    )
    write(path, content)


def relink_bill(root: Path, data: st.DataObject) -> None:
    """What a bill became (any instrument, of this file or another, or none), and what it
    would change."""
    path = pick(data, files(root))
    content = read(path)
    if not content.get("bills"):
        return
    bill = content["bills"][pick(data, sorted(content["bills"]))]
    target = pick(data, [None, *all_instruments(root)])
    bill["became"] = target.removeprefix(f"{content['code']}:") if target else None
    bill["would_change"] = [
        {
            "criterion": pick(data, ["live_streaming_offence", "possession_offence"]),
            "status": pick(data, ["yes", "partial", "no"]),
            "provision": "s. 1",
            "sources": ["https://example.org/change"],
        }
    ]
    write(path, content)


def change_parent(root: Path, data: st.DataObject) -> None:
    path = pick(data, files(root))
    content = read(path)
    content["parent"] = pick(data, [None, "EU", "AU", "PH"])
    write(path, content)


def duplicate_code(root: Path, data: st.DataObject) -> None:
    """The same file as x.yml beside x.yaml: the same code twice."""
    path = pick(data, files(root))
    if path.suffix == ".yaml":
        shutil.copy(path, path.with_suffix(".yml"))


def same_content(root: Path, data: st.DataObject) -> None:
    """A new hash, the same data (a comment)."""
    path = pick(data, files(root))
    path.write_text(path.read_text(encoding="utf-8") + "# touched\n", encoding="utf-8")


def edit_codebook(root: Path, data: st.DataObject) -> None:
    path = root / "criteria.yaml"
    content = read(path)
    criterion = content["criteria"][pick(data, sorted(content["criteria"]))]
    criterion["name"] = criterion["name"][:30] + " (edited)"
    write(path, content)


EDITS = [
    edit_status,
    add_state,
    remove_state,
    rename_instrument,
    delete_file,
    add_file,
    break_citation,
    move_date,
    add_link,
    add_bill_stage,
    relink_bill,
    change_parent,
    duplicate_code,
    same_content,
]


# --- the comparison ------------------------------------------------------------------------


def incremental_expected(engine: Engine, root: Path) -> bool:
    """Whether a load of `root` will be incremental: some file changed, the codebook did not."""
    with Session(engine) as session:
        loaded = loader.loaded_hashes(session)
    scan = FileScan.of(root)
    unchanged = all(loaded.get(name) == scan.hashes.get(name) for name in CODEBOOK_FILES)
    return unchanged and loaded != scan.hashes


def check_step(
    root: Path, incremental: Engine, twin: Engine, scratch: Callable[[], Engine]
) -> LoadReport | None:
    """Load the files three ways and compare; the incremental load's report if they were valid.

    `scratch` gives an empty database for the load from scratch.
    """
    expected = validate_dir(root)
    before = snapshot(incremental)
    expect_incremental = incremental_expected(incremental, root)
    if expected.errors:
        for store, full in ((incremental, False), (twin, True)):
            with pytest.raises(DataError) as caught:
                load(store, root, full=full)
            assert caught.value.message == (
                f"{len(expected.errors)} problem(s) in {root}: nothing loaded"
            )
            assert caught.value.details == [p.format() for p in expected.problems]
        assert snapshot(incremental) == before
        return None
    report = load(incremental, root)
    assert report.incremental == expect_incremental
    assert report_fields(report) == report_fields(load(twin, root, full=True))
    after = snapshot(incremental)
    engine = scratch()
    load(engine, root)
    assert after == snapshot(engine)
    engine.dispose()
    return report


class Databases:
    """The database loaded incrementally, its twin loaded in full, and a scratch one."""

    def __init__(self, root: Path, work: Path, url: str | None = None) -> None:
        self.root, self.work = root, work
        self.incremental = fresh(url or f"sqlite:///{work / 'incremental.sqlite3'}")
        self.twin = fresh(f"sqlite:///{work / 'twin.sqlite3'}")
        load(self.incremental, root)
        load(self.twin, root, full=True)

    def scratch(self) -> Engine:
        return fresh(f"sqlite:///{self.work / 'scratch.sqlite3'}")

    def step(self) -> LoadReport | None:
        return check_step(self.root, self.incremental, self.twin, self.scratch)

    def close(self) -> None:
        self.incremental.dispose()
        self.twin.dispose()


@pytest.mark.parametrize(
    "examples",
    [pytest.param(25, id="quick"), pytest.param(300, id="long", marks=pytest.mark.slow)],
)
def test_random_edits_load_as_a_full_reload_would(tmp_path: Path, examples: int) -> None:
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        work = tmp_path / "work"
        shutil.rmtree(work, ignore_errors=True)
        root = dataset(work)
        databases = Databases(root, work)
        for _step in range(data.draw(st.integers(1, 4))):
            for edit in data.draw(st.lists(st.sampled_from(EDITS), min_size=1, max_size=3)):
                edit(root, data)
            if data.draw(st.integers(0, 19)) == 0:
                edit_codebook(root, data)
            databases.step()
        databases.close()

    run()


# --- each case once, by name ---------------------------------------------------------------


def _replace(root: Path, name: str, old: str, new: str) -> None:
    path = root / "jurisdictions" / f"{name}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def databases(tmp_path: Path) -> Iterator[Databases]:
    root = dataset(tmp_path / "work")
    found = Databases(root, tmp_path / "work")
    yield found
    found.close()


def test_a_status_changed_reloads_that_file_alone(databases: Databases) -> None:
    _replace(databases.root, "ph", "status: partial", "status: no")
    report = databases.step()
    assert report is not None and report.incremental
    assert (report.created, report.updated, report.removed) == ([], ["PH"], [])


def test_an_instrument_renamed_with_its_citers_reloads_them(databases: Databases) -> None:
    for name in ("au", "au-nsw", "nz"):
        _replace(databases.root, name, "code-1995", "code-1995-consolidated")
    report = databases.step()
    assert report is not None and report.incremental
    assert report.updated == ["AU", "AU-NSW", "NZ"]


def test_an_instrument_renamed_under_its_citers_is_refused(databases: Databases) -> None:
    _replace(databases.root, "au", "code-1995", "code-1995-consolidated")
    assert databases.step() is None  # AU-NSW and NZ cite AU:code-1995: the errors of validate


def test_a_cited_instrument_dated_later_fails_the_states_of_other_files(
    databases: Databases,
) -> None:
    _replace(databases.root, "eu", "in_force: 2012-01-17", "in_force: 2016-01-01")
    assert databases.step() is None  # FR's state from 2012-01-17 rests on EU:dir-2011


def test_a_loop_through_an_unchanged_file_is_refused(databases: Databases) -> None:
    _replace(
        databases.root,
        "eu",
        "    kind: directive\n",
        "    kind: directive\n    amends: [FR:code-penal]\n",
    )
    _replace(
        databases.root, "fr", "    kind: code\n", "    kind: code\n    amends: [EU:dir-2011]\n"
    )
    assert databases.step() is None
    _replace(databases.root, "eu", "    amends: [FR:code-penal]\n", "")
    report = databases.step()
    assert report is not None and report.incremental and report.updated == ["FR"]
    # FR's code-penal amends EU:dir-2011, unchanged in EU: a loop needs only EU to link back
    _replace(
        databases.root,
        "eu",
        "    kind: directive\n",
        "    kind: directive\n    amends: [FR:code-penal]\n",
    )
    assert databases.step() is None


def test_a_parent_removed_with_its_child_re_parented(databases: Databases) -> None:
    (databases.root / "jurisdictions" / "eu.yaml").unlink()
    assert databases.step() is None  # FR names EU as parent and cites it
    fr = databases.root / "jurisdictions" / "fr.yaml"
    fr.write_text(
        fr.read_text(encoding="utf-8")
        .replace("parent: EU", "parent: null")
        .replace(", EU:dir-2011 art. 5", "")
        .replace("EU:dir-2011 art. 2", "code-penal art. 2"),
        encoding="utf-8",
    )
    report = databases.step()
    assert report is not None and report.incremental
    assert (report.updated, report.removed) == (["FR"], ["EU"])


def test_a_second_file_with_the_same_code_is_refused(databases: Databases) -> None:
    jurisdictions = databases.root / "jurisdictions"
    shutil.copy(jurisdictions / "ph.yaml", jurisdictions / "ph.yml")
    assert databases.step() is None
    (jurisdictions / "ph.yaml").unlink()
    report = databases.step()  # the same code from another file: reloaded, never removed
    assert report is not None and report.incremental
    assert (report.updated, report.removed) == (["PH"], [])


def test_a_file_linked_only_by_a_bill_reloads_with_the_instrument(databases: Databases) -> None:
    """A bill that became another file's instrument points at its row: when that file reloads,
    the bill's file reloads too, or the link would be lost."""
    (databases.root / "jurisdictions" / "nc.yaml").write_text(
        """\
schema_version: 1
code: NC
name: New Caledonia
level: national
reviewed: 2026-10-01
bills:
  code-bill:
    title: Example Code Amendment Bill
    reference: Bill 2010-3
    became: AU:amendment-2010
    stages:
      - stage: assented
        date: 2010-04-01
        sources: [https://example.org/nc-bill]
""",
        encoding="utf-8",
    )
    report = databases.step()
    assert report is not None and report.created == ["NC"]
    _replace(databases.root, "au", "status: yes", "status: partial")
    report = databases.step()
    assert report is not None and report.incremental
    assert report.updated == ["AU"]  # and NC reloaded with it: the rows equal a fresh load


def test_a_codebook_change_reloads_everything(databases: Databases) -> None:
    path = databases.root / "terms.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Child", "name: Minor"))
    report = databases.step()
    assert report is not None and not report.incremental and report.codebook_changed


def test_edits_on_postgresql(tmp_path: Path, database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("the SQLite run is the test above")
    root = dataset(tmp_path / "work")
    databases = Databases(root, tmp_path / "work", database_url)
    (root / "jurisdictions" / "fj.yaml").write_text(NEW_FILES["fj"], encoding="utf-8")
    (root / "jurisdictions" / "de.yaml").write_text(NEW_FILES["de"], encoding="utf-8")
    for name in ("au", "au-nsw", "nz", "fj"):
        _replace(root, name, "code-1995", "code-1995-consolidated")
    _replace(root, "ph", "status: partial", "status: no")
    report = databases.step()
    assert report is not None and report.incremental
    assert report.created == ["DE", "FJ"]
    _replace(root, "eu", "dir-2011", "dir-2011-recast")
    assert databases.step() is None  # DE and FR still cite EU:dir-2011
    databases.close()
