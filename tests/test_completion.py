"""Shell completion, driven as a shell drives it.

bash itself loads the script `lawtrack --show-completion` prints, and the tests call the
completion function it registered with COMP_WORDS and COMP_CWORD set as bash sets them on Tab;
the candidates are what bash would offer. `lawtrack` is a real process each time (a script
named lawtrack on PATH, running this checkout), reading a real database. zsh and fish are
asked through the same protocol their scripts use (the shells need not be installed).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lawtrack.cli.complete import cache_file, matching
from tests.cli import run

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")

CRITERIA_B = ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8"]
TERMS = [
    "child",
    "age_of_consent",
    "csam",
    "pornographic_performance",
    "sexual_activity",
    "trafficking_in_persons",
    "exploitation",
    "grooming",
    "sexual_extortion",
    "service_provider",
]


@pytest.fixture
def shell_env(tmp_path: Path) -> dict[str, str]:
    """What a shell's environment adds to the test's (its database, data and cache directory):
    a PATH whose `lawtrack` runs this checkout."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "lawtrack"
    script.write_text(
        f"#!{sys.executable}\nimport sys\nfrom lawtrack.cli import main\nsys.exit(main())\n"
    )
    script.chmod(0o755)
    return {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}


def bash_complete(env: dict[str, str], *words: str) -> list[str]:
    """What bash offers for `lawtrack WORDS…` with the cursor at the end of the last word, in
    the test's environment with `env` added."""
    line = " ".join(["lawtrack", *words])
    script = f"""
        eval "$(lawtrack --show-completion)"
        function=$(complete -p lawtrack | sed -E 's/.*-F ([^ ]+) .*/\\1/')
        COMP_WORDS=(lawtrack {" ".join(shlex.quote(w) for w in words)})
        COMP_CWORD={len(words)}
        COMP_LINE={shlex.quote(line)}
        COMP_POINT=${{#COMP_LINE}}
        "$function" lawtrack "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", script],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    return [line for line in done.stdout.splitlines() if line]


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        (["sh"], ["show"]),
        (["show", ""], ["AU", "AU-NSW", "PH"]),
        (["show", "au"], ["AU", "AU-NSW"]),  # case aside
        (["compare", "PH", "AU", ""], ["AU", "AU-NSW", "PH"]),
        (["timeline", "p"], ["PH"]),
        (["gaps", "AU", "a"], ["AU", "AU-NSW"]),
        (["search", "stream", "-j", "P"], ["PH"]),
        (["brief", "A"], ["AU", "AU-NSW"]),
        (["compare", "PH", "AU", "-c", "b"], CRITERIA_B),
        (["matrix", "--criteria", "pur"], ["purchaser_liability"]),
        (["data", "set", "AU", "B"], CRITERIA_B),
        (["data", "set", "AU", "B1", "p"], ["partial"]),
        (["data", "set", "AU", "B1", "yes", "--evidence", ""], ["complete", "incomplete"]),
        (["matrix", "--region", "south"], ["South-eastern\\ Asia"]),  # escaped for bash
        (["score", "--region", ""], ["Australia\\ and\\ New\\ Zealand", "South-eastern\\ Asia"]),
        (["matrix", "--framework", "eu"], ["eu_2011_93", "eu_2011_36"]),
        (["criteria", "--category", ""], ["A", "B", "C", "D", "E"]),
        (["definitions", ""], TERMS),
        (["definitions", "sexual_"], ["sexual_activity", "sexual_extortion"]),
        (["definitions", "child", "P"], ["PH"]),
        (["export", "da"], ["datapackage", "datasette"]),
        (["matrix", "-f", "x"], ["xlsx"]),
        (["brief", "PH", "-f", ""], ["md", "html"]),
        (["jurisdictions", "--level", "sub"], ["subnational"]),
        (["show", "ZZ"], []),
    ],
)
def test_bash_completes_the_values_of_the_database(
    runner: CliRunner, shell_env: dict[str, str], words: list[str], offered: list[str]
) -> None:
    run(runner, "data", "load")
    assert bash_complete(shell_env, *words) == offered


def test_a_region_completed_in_bash_is_one_word(
    runner: CliRunner, shell_env: dict[str, str]
) -> None:
    run(runner, "data", "load")
    (completed,) = bash_complete(shell_env, "matrix", "--region", "'South")
    words = subprocess.run(
        ["bash", "-c", f"printf '%s\\n' lawtrack matrix --region {completed}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert words == ["lawtrack", "matrix", "--region", "South-eastern Asia"]
    out = run(runner, "matrix", "--region", words[-1], "-f", "csv").splitlines()
    assert [row.split(",")[0] for row in out] == ["jurisdiction", "PH"]


def test_the_usual_spelling_of_a_code_completes_to_it(
    runner: CliRunner, shell_env: dict[str, str]
) -> None:
    run(runner, "data", "new", "GB")
    run(runner, "data", "load")
    assert bash_complete(shell_env, "show", "uk") == ["GB"]
    assert bash_complete(shell_env, "show", "u") == []  # an alias counts only typed in full
    assert matching([("GB", None, ("UK",)), ("UA", None, ())], "U") == [("UA", None)]


def test_completion_reads_the_database_given_with_db(
    runner: CliRunner, shell_env: dict[str, str], tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    run(runner, "--db", f"sqlite:///{other}", "data", "load")
    assert bash_complete(shell_env, "--db", f"sqlite:///{other}", "show", "P") == ["PH"]
    assert bash_complete(shell_env, "show", "P") == []  # LAWTRACK_DATABASE_URL: not loaded


def test_nothing_is_offered_and_nothing_created_before_the_data_is_loaded(
    shell_env: dict[str, str], tmp_path: Path
) -> None:
    database = tmp_path / "never.sqlite3"
    env = {**shell_env, "LAWTRACK_DATABASE_URL": f"sqlite:///{database}"}
    assert bash_complete(env, "show", "") == []
    assert bash_complete(env, "matrix", "-f", "c") == ["csv"]  # words of the code still are
    assert not database.exists()


def test_a_change_of_the_data_is_completed_at_once(
    runner: CliRunner, shell_env: dict[str, str], database_url: str, data_dir: Path
) -> None:
    run(runner, "data", "load")
    assert bash_complete(shell_env, "show", "") == ["AU", "AU-NSW", "PH"]
    assert cache_file(database_url).name.endswith(".json")
    (data_dir / "jurisdictions" / "ph.yaml").unlink()
    run(runner, "data", "load")
    assert bash_complete(shell_env, "show", "") == ["AU", "AU-NSW"]


def test_zsh_and_fish_get_the_values_with_their_names(
    runner: CliRunner, shell_env: dict[str, str]
) -> None:
    run(runner, "data", "load")

    def ask(shell: str, line: str, **extra: str) -> str:
        env = {**os.environ, **shell_env, "_LAWTRACK_COMPLETE": f"complete_{shell}"}
        env |= {"_TYPER_COMPLETE_ARGS": line, **extra}
        return subprocess.run(
            ["lawtrack"], env=env, capture_output=True, text=True, check=True
        ).stdout

    assert ask("zsh", "lawtrack matrix --region South") == (
        """_arguments '*: :(("South-eastern Asia":"1 jurisdiction(s)"))'\n"""
    )
    assert ask("zsh", "lawtrack show ") == (
        '_arguments \'*: :(("AU":"Australia"\n"AU-NSW":"New South Wales"\n"PH":"Philippines"))\'\n'
    )
    assert ask("fish", "lawtrack compare PH -c B1", _TYPER_COMPLETE_FISH_ACTION="get-args") == (
        "B1\tOrganising/profiting from live streams\n"
    )


def test_a_completion_imports_no_sqlalchemy(runner: CliRunner, shell_env: dict[str, str]) -> None:
    run(runner, "data", "load")
    code = (
        "import sys\n"
        "sys.argv = ['lawtrack']\n"
        "from lawtrack.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'pydantic', 'alembic', 'ruamel'}), file=sys.stderr)\n"
    )
    env = {**os.environ, **shell_env, "_LAWTRACK_COMPLETE": "complete_bash"}
    env |= {"COMP_WORDS": "lawtrack show P", "COMP_CWORD": "2"}
    for _ in ("reading the database", "from the cache"):
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert (done.stdout, done.stderr) == ("PH\n", "[]\n")


def test_install_completion_sets_bash_up(shell_env: dict[str, str], tmp_path: Path) -> None:
    """`lawtrack --install-completion`, run from bash, writes the script and sources it from
    ~/.bashrc (Typer's own installer)."""
    home = tmp_path / "home"
    env = {**os.environ, **shell_env, "HOME": str(home)}
    done = subprocess.run(
        # Typer finds the shell among lawtrack's parents: `bash -c CMD` would exec a lone
        # command (then the parent is pytest, and under CI no shell at all), so bash must stay.
        ["bash", "--norc", "-c", "lawtrack --install-completion; exit $?"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"bash completion installed in {home}/.bash_completions/lawtrack.sh" in done.stdout
    registered = subprocess.run(
        ["bash", "--norc", "-c", "source ~/.bashrc && complete -p lawtrack"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert registered.stdout == "complete -o default -F _lawtrack_completion lawtrack\n"


def test_the_cache_holds_while_the_database_is_unchanged(
    runner: CliRunner, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SQLite file's lists are read again as soon as it changes; a server's after
    CACHE_SECONDS (or at once after `data load`, which drops the cache)."""
    from sqlalchemy import create_engine, text

    from lawtrack.cli import complete

    run(runner, "data", "load")
    before = complete.database_lists(database_url)["jurisdiction"]
    assert [name for _, name, _ in before] == ["Australia", "New South Wales", "Philippines"]
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE jurisdictions SET name = 'Pilipinas' WHERE code = 'PH'"))
    engine.dispose()
    names = [name for _, name, _ in complete.database_lists(database_url)["jurisdiction"]]
    if database_url.startswith("sqlite"):
        assert names[-1] == "Pilipinas"
        return
    assert names[-1] == "Philippines"  # a server is not asked again so soon
    monkeypatch.setattr(complete, "CACHE_SECONDS", 0)
    names = [name for _, name, _ in complete.database_lists(database_url)["jurisdiction"]]
    assert names[-1] == "Pilipinas"


@pytest.mark.skipif(shutil.which("fish") is None, reason="needs fish")
def test_fish_completes_with_the_script_it_is_shown(
    runner: CliRunner, shell_env: dict[str, str]
) -> None:
    run(runner, "data", "load")
    script = (
        "lawtrack --show-completion | source\n"
        'complete -C "lawtrack show A"\n'
        'complete -C "lawtrack matrix --region south"\n'
    )
    done = subprocess.run(
        ["fish", "--no-config", "-c", script],
        env={**os.environ, **shell_env},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout == (
        "AU\tAustralia\nAU-NSW\tNew South Wales\nSouth-eastern Asia\t1 jurisdiction(s)\n"
    )


# Each parameter name that takes a value of the database, and the list it completes from.
KINDS = {
    "code": "jurisdiction",
    "codes": "jurisdiction",
    "criterion": "criterion",
    "criteria": "criterion",
    "region": "region",
    "category": "category",
    "framework": "framework",
    "term": "term",
}
NEW_VALUES = {("data new", "code")}  # a code not in the database yet: nothing to offer


def test_every_parameter_that_takes_a_code_completes_it() -> None:
    """A new command that takes a jurisdiction, a criterion, a region… must say so with its
    type (cli/complete.py), or Tab would offer nothing."""
    from lawtrack.cli import COMMANDS, build_commands
    from lawtrack.cli.complete import Completed

    seen = set()
    for module in dict.fromkeys(module for _, module, _ in COMMANDS):
        for name, command in build_commands(module).items():
            commands = getattr(command, "commands", None) or {None: command}
            for sub, leaf in commands.items():
                path = f"{name} {sub}" if sub else name
                for param in leaf.params:
                    kind = KINDS.get(param.name or "")
                    if kind is None or (path, param.name) in NEW_VALUES:
                        continue
                    assert isinstance(param.type, Completed), f"{path} {param.name}"
                    assert param.type.kind == kind, f"{path} {param.name}"
                    seen.add(path)
    assert {"show", "compare", "definitions", "search", "data set", "chart heatmap"} <= seen


def test_a_tampered_database_puts_no_control_character_on_the_command_line(
    runner: CliRunner, shell_env: dict[str, str], database_url: str
) -> None:
    from sqlalchemy import create_engine, text

    run(runner, "data", "load")
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE jurisdictions SET region = 'Asia\x1b[2J' WHERE code = 'PH'")
        )
        connection.execute(
            text("UPDATE jurisdictions SET name = 'Aus\x1b]0;x\x07\ntralia' WHERE code = 'AU'")
        )
    engine.dispose()
    from lawtrack.cli.complete import forget

    forget(database_url)  # as after a load: read the database again
    assert bash_complete(shell_env, "matrix", "--region", "") == ["Australia\\ and\\ New\\ Zealand"]
    env = {**os.environ, **shell_env, "_LAWTRACK_COMPLETE": "complete_fish"}
    env |= {"_TYPER_COMPLETE_ARGS": "lawtrack show AU", "_TYPER_COMPLETE_FISH_ACTION": "get-args"}
    out = subprocess.run(["lawtrack"], env=env, capture_output=True, text=True, check=True)
    assert out.stdout == "AU\tAus\\u001b]0;x\\u0007 tralia\nAU-NSW\tNew South Wales\n"
