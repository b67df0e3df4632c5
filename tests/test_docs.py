"""The documents: generated parts current, links that lead somewhere, examples that validate."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any, get_args

import pytest
from pydantic import TypeAdapter

from lawtrack import widths as W
from lawtrack.cli import reference
from lawtrack.datafiles import schema
from lawtrack.datafiles.problems import Problem
from lawtrack.datafiles.read import MAX_FILE_BYTES, read_yaml
from lawtrack.datafiles.validate import validate_dir

REPO = Path(__file__).parent.parent
CLI_DOC = REPO / "docs" / "cli.md"
DATA_DOC = REPO / "docs" / "data-format.md"
MARKDOWN = sorted(
    {
        REPO / "README.md",
        REPO / "CONTRIBUTING.md",
        *(REPO / "docs").glob("*.md"),
        *(REPO / "data").rglob("*.md"),
    }
)
FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.M | re.S)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)


def _prose(path: Path) -> str:
    """The Markdown of `path` without code blocks and code spans, where links are not links."""
    return INLINE_CODE.sub("", FENCE.sub("", path.read_text(encoding="utf-8")))


def _links(path: Path) -> list[str]:
    text = _prose(path)
    return [*LINK.findall(text), *REFERENCE.findall(text)]


def _slug(heading: str) -> str:
    """The fragment GitHub gives a heading."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


# --- generated parts ---------------------------------------------------------------------------


def test_generated_docs_are_current() -> None:
    assert reference.stale() == [], "run: python -m lawtrack.cli.reference"


def test_check_names_the_stale_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "docs").mkdir()
    shutil.copy(DATA_DOC, tmp_path / "docs" / "data-format.md")
    (tmp_path / "docs" / "cli.md").write_text("# Command-line reference\n", encoding="utf-8")
    monkeypatch.setattr(reference, "ROOT", tmp_path)
    assert reference.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert err == "docs/cli.md: out of date; run python -m lawtrack.cli.reference\n"
    assert (tmp_path / "docs" / "cli.md").read_text(encoding="utf-8") == (
        "# Command-line reference\n"
    )
    assert reference.main([]) == 0
    assert capsys.readouterr().out == "rewrote docs/cli.md\n"
    assert reference.main(["--check"]) == 0
    assert (tmp_path / "docs" / "cli.md").read_text(encoding="utf-8") == CLI_DOC.read_text(
        encoding="utf-8"
    )


def test_cli_reference_ignores_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.delenv("NO_COLOR", raising=False)
    narrow = reference.cli_markdown()
    monkeypatch.setenv("COLUMNS", "250")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert reference.cli_markdown() == narrow
    assert "\x1b" not in narrow


def _commands(path: str = "lawtrack", command: Any = None) -> list[tuple[str, Any]]:
    """(command path, command) of the app and every command below it, in `--help` order,
    walked without the help of reference.py."""
    import typer

    from lawtrack.cli import app

    command = command or typer.main.get_command(app)
    found = [(path, command)]
    for name, sub in getattr(command, "commands", {}).items():
        found += _commands(f"{path} {name}", sub)
    return found


def test_every_command_is_in_the_cli_reference() -> None:
    text = CLI_DOC.read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (.+?)\n(.*?)(?=^## |\Z)", text, re.M | re.S))
    commands = _commands()
    assert len(commands) > 30
    assert list(sections) == [path for path, _ in commands if path in sections]
    for path, command in commands:
        assert path in sections, f"`{path}` has no section in docs/cli.md"
        section = sections[path]
        summary = " ".join(command.help.split("\n\n")[0].split())
        assert summary.replace("<", "&lt;") in " ".join(section.split()), path
        for param in command.params:
            assert f"{param.opts[0]}" in section, (path, param.name)
        if path != "lawtrack":
            assert f"[`{path}`](#{path.replace(' ', '-')})" in text, f"`{path}` not in the index"


def test_cli_reference_gives_defaults_and_required() -> None:
    text = CLI_DOC.read_text(encoding="utf-8")
    assert "| `--limit <int>` | At most this many results. | `20` |" in text
    assert "| `code` | A jurisdiction code, e.g. PH. | required |" in text
    assert "lawtrack data set [OPTIONS] {code} {criterion} {status}\n" in text


def test_every_model_has_a_table_with_meanings() -> None:
    text = DATA_DOC.read_text(encoding="utf-8")
    names = reference.table_names(text)
    assert sorted(names) == sorted(reference.models())
    assert len(names) == len(set(names))
    for name, model in reference.models().items():
        for key, info in model.model_fields.items():
            assert info.description, f"{name}.{key} has no description= in schema.py"
    assert (
        "| `from` | date, or null | no | When this state took effect. Null only for a "
        "criterion's single state. |" in text
    )
    assert "| `assessments` | map of code to list of `AssessmentState` | no |" in text


def test_the_codebook_states_the_stages_of_stages_py() -> None:
    """The stage table of the codebook says what stages.py holds: words, kinds, meanings."""
    from lawtrack import stages

    text = (REPO / "docs" / "codebook.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \| (\w+) \| (.+) \|$", text, re.M)
    found = [(code, shown.strip(), kind, meaning) for code, shown, kind, meaning in rows]
    assert [row for row in found if row[0] in stages.CODES] == [
        (info.code, info.word, info.kind, info.meaning) for info in stages.STAGES
    ]


def test_an_unknown_table_is_refused() -> None:
    with pytest.raises(ValueError, match="no model 'Nothing'"):
        reference.fill_tables("<!-- generated: fields Nothing -->\n<!-- end generated -->\n")


# --- every document ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: p.relative_to(REPO).as_posix())
def test_no_document_points_outside_the_repository(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "../shared" not in text
    assert "design notes" not in text.lower()
    for target in _links(path):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("#"):
            continue  # a URL, or a place in the same page
        file = (path.parent / target.split("#")[0].split("?")[0]).resolve()
        assert file.is_relative_to(REPO.resolve()), f"{target} leaves the repository"
        assert file.exists(), f"{target}: no such file"


@pytest.mark.parametrize("path", [CLI_DOC, DATA_DOC], ids=lambda p: p.name)
def test_links_within_the_reference_pages_land(path: Path) -> None:
    headings = {_slug(h) for h in re.findall(r"^#+ (.+)$", _prose(path), re.M)}
    fragments = [t[1:] for t in _links(path) if t.startswith("#")]
    assert fragments
    assert not [f for f in fragments if f not in headings]


# --- the data contract says what the code does ---------------------------------------------------


def _yaml_examples() -> list[str]:
    text = DATA_DOC.read_text(encoding="utf-8")
    return re.findall(r"^```yaml\n(.*?)^```$", text, re.M | re.S)


def test_the_examples_in_the_data_contract_validate(tmp_path: Path) -> None:
    root = tmp_path / "examples"
    (root / "jurisdictions").mkdir(parents=True)
    for name in ("criteria.yaml", "frameworks.yaml", "terms.yaml"):
        shutil.copy(REPO / "data" / name, root / name)
    kinds = []
    for example in _yaml_examples():
        doc = read_yaml(tmp_path / "example.yaml", example.encode("utf-8"))
        assert not isinstance(doc, Problem), doc.format()
        data = doc.data
        if isinstance(data, list):
            TypeAdapter(list[schema.AssessmentState]).validate_python(data)
            kinds.append("state")
        elif set(data) == {"bills"}:
            TypeAdapter(dict[str, schema.Bill]).validate_python(data["bills"])
            kinds.append("bills")
        elif "code" in data:
            path = root / "jurisdictions" / f"{data['code'].lower()}.yaml"
            path.write_text(example, encoding="utf-8")
            kinds.append("jurisdiction")
        else:
            (top,) = set(data) - {"schema_version", "edition", "categories"}
            model = {
                "frameworks": schema.FrameworksFile,
                "criteria": schema.CriteriaFile,
                "terms": schema.TermsFile,
            }
            model[top].model_validate(data)
            kinds.append(top)
    assert sorted(kinds) == ["bills", "criteria", "frameworks", "jurisdiction", "state", "terms"]
    validation = validate_dir(root)
    assert [p.format() for p in validation.errors] == []
    assert validation.dataset is not None and list(validation.dataset.jurisdictions) == ["PH"]


def test_the_data_contract_states_the_limits_the_code_enforces() -> None:
    text = " ".join(DATA_DOC.read_text(encoding="utf-8").split())
    assert f"larger than {MAX_FILE_BYTES // 1024 // 1024} MB" in text
    assert f"at most {schema.MAX_TEXT:,} characters" in text
    assert f"at most {W.INSTRUMENT_KEY} characters (`ra-11930`)" in text
    assert (
        f"Criterion, term and attribute codes hold at most {W.CRITERION_CODE} characters, "
        f"framework codes at most {W.FRAMEWORK_CODE}." in text
    )
    assert W.CRITERION_CODE == W.TERM_CODE == W.ATTRIBUTE_CODE
    assert "U+202A to U+202E, U+2066 to U+2069" in text
    for word in get_args(schema.Status):
        assert f"`{word}`" in text


def test_the_validate_output_in_the_data_contract_is_real(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The console example is what validate says of the first example, changed as it says."""
    root = tmp_path / "examples"
    (root / "jurisdictions").mkdir(parents=True)
    for name in ("criteria.yaml", "frameworks.yaml", "terms.yaml"):
        shutil.copy(REPO / "data" / name, root / name)
    example = _yaml_examples()[0]
    changed = example.replace("age_threshold: 18", 'age_threshold: "18"').replace(
        "  live_streaming_offence:\n    - status: not_assessed\n",
        "  live_streaming_offence:\n"
        "    - status: no\n"
        "      evidence: complete\n"
        "      from: 2020-01-01\n"
        "      cite: [ra-11930 s. 4(g), ra-10175 s. 4(c)(1)]\n"
        "      note: Illustration.\n"
        "      sources: [http://example.org/ra-11930]\n",
    )
    assert changed.count("\n") == example.count("\n") + 5
    (root / "jurisdictions" / "ph.yaml").write_text(changed, encoding="utf-8")
    monkeypatch.chdir(root)
    said = [p.format() for p in validate_dir(root).problems]
    text = DATA_DOC.read_text(encoding="utf-8")
    shown = re.search(r"^\$ lawtrack data validate \.\n(.*?)^```$", text, re.M | re.S)
    assert shown is not None
    assert shown.group(1).splitlines()[:-1] == said
    assert shown.group(1).splitlines()[-1] == "4 file(s) checked: 3 error(s), 3 warning(s)"
