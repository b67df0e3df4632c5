"""The one way tests run the CLI: in process, through Typer's CliRunner, never a traceback."""

from __future__ import annotations

from typer.testing import CliRunner

from lawtrack.cli import app


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `lawtrack ARGS`; a user's mistake never shows a traceback."""
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def run(runner: CliRunner, *args: str) -> str:
    """The stdout of `lawtrack ARGS`, which must succeed."""
    code, out, err = invoke(runner, *args)
    assert code == 0, out + err
    return out
