"""The YAML reader: positions, and a located problem for every way a file can be unreadable."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawtrack.datafiles.problems import Problem
from lawtrack.datafiles.read import YamlDoc, read_yaml


def _read(tmp_path: Path, content: bytes | str) -> YamlDoc | Problem:
    path = tmp_path / "x.yaml"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return read_yaml(path)


def test_positions_of_keys_and_values(tmp_path: Path) -> None:
    doc = _read(tmp_path, "code: NO\nlist:\n  - a\n  - b\n")
    assert isinstance(doc, YamlDoc)
    assert doc.data == {"code": "NO", "list": ["a", "b"]}  # YAML 1.2: NO is Norway, not false
    assert doc.position(("list", 1)) == (4, 5)
    assert doc.position(("code",), key=True) == (1, 1)
    assert doc.position(("list", 7, "deeper")) == (3, 3)  # nearest ancestor: the list


def test_dates_stay_text_for_the_schema_to_judge(tmp_path: Path) -> None:
    doc = _read(tmp_path, "a: 2022-02-30\nb: 2022-07-30\n")
    assert isinstance(doc, YamlDoc)
    assert doc.data == {"a": "2022-02-30", "b": "2022-07-30"}


def test_duplicate_key(tmp_path: Path) -> None:
    problem = _read(tmp_path, "a: 1\nb: 2\na: 3\n")
    assert isinstance(problem, Problem)
    assert problem.format().endswith('x.yaml:3:1: yaml: found duplicate key "a" (first at line 1)')


def test_tab_indentation(tmp_path: Path) -> None:
    problem = _read(tmp_path, "a:\n\t- 1\n")
    assert isinstance(problem, Problem)
    assert (problem.line, problem.col, problem.message) == (
        2,
        1,
        "tab character: indent with spaces",
    )


def test_not_utf8(tmp_path: Path) -> None:
    problem = _read(tmp_path, b"name: ok\nnote: caf\xe9\n")
    assert isinstance(problem, Problem)
    assert (problem.line, problem.col, problem.message) == (2, 10, "not UTF-8: byte 0xe9")


def test_empty_file(tmp_path: Path) -> None:
    problem = _read(tmp_path, "# only a comment\n")
    assert isinstance(problem, Problem)
    assert problem.message == "file is empty"


def test_control_character(tmp_path: Path) -> None:
    problem = _read(tmp_path, "a: b\x00c\n")
    assert isinstance(problem, Problem)
    assert problem.line == 1


def test_deep_nesting_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    problem = _read(tmp_path, "a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert isinstance(problem, Problem)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_give_data_or_a_located_problem(tmp_path: Path, content: bytes) -> None:
    result = _read(tmp_path, content)
    if isinstance(result, Problem):
        assert result.line >= 1 and result.col >= 1 and result.message
    else:
        assert result.sha256
