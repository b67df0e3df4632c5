"""Each vocabulary has one source, and a word added to it reaches every place that needs it.

A new status, format or gap kind fails here, with the place to change, rather than silently
dropping out of scores, gap lists, the database constraint or the output path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from lawtrack import analysis, status
from lawtrack.render import formats
from tests.cli import invoke


def test_every_status_has_a_place_in_scores_and_gap_lists() -> None:
    assert set(analysis.SCORED) == set(status.CODES), (
        "a status without a place in results.Score: add it there and to analysis.SCORED"
    )
    kinds = {kind.code for kind in status.GAP_KINDS}
    for info in status.STATUSES:
        assert info.gap in (None, "shortfall", "ambiguity", "research"), info.code
        for evidence in status.EVIDENCE:
            assert status.gap_kind(info.code, evidence) in (kinds | {None}), info.code
        assert (info.weight is None) == (info.code == status.NOT_ASSESSED), info.code


def test_the_database_accepts_every_status_and_refuses_others(
    database_url: str, data_dir: Path
) -> None:
    """The CHECK constraint made by the migrations: a status added to status.py without its
    migration fails here (the ORM-versus-migrations comparison cannot see CHECK clauses)."""
    from lawtrack.store import open_store

    store = open_store(database_url, data_dir)
    with store.engine.begin() as connection:
        state = connection.execute(text("SELECT min(id) FROM assessment_states")).scalar_one()
        for code in status.CODES:
            connection.execute(
                text("UPDATE assessment_states SET status = :s WHERE id = :i"),
                {"s": code, "i": state},
            )
    with pytest.raises(Exception, match=r"(?i)check"), store.engine.begin() as connection:
        connection.execute(
            text("UPDATE assessment_states SET status = 'maybe' WHERE id = :i"), {"i": state}
        )
    store.engine.dispose()


@pytest.mark.parametrize("spec", formats.REGISTRY, ids=lambda f: f.name)
def test_every_registered_format_renders_a_view(
    runner: CliRunner, tmp_path: Path, spec: formats.Format
) -> None:
    """Each entry of the registry renders, by -f and by the suffix of -o: a renderer that is
    missing or broken fails here, whatever view tests exist."""
    suffix = spec.suffixes[0]
    if spec.image:
        pytest.importorskip("matplotlib")
        code, _, err = invoke(runner, "chart", "heatmap", "-o", str(tmp_path / f"h{suffix}"))
        assert code == 0, err
        assert (tmp_path / f"h{suffix}").stat().st_size > 1000
        return
    target = tmp_path / f"matrix{suffix}"
    code, _, err = invoke(runner, "matrix", "--as-of", "2026-01-01", "-o", str(target))
    assert code == 0, err
    written = target.read_bytes()
    assert b"PH" in written or spec.binary is not None
    assert len(written) > 100
    if not spec.needs_file:
        code, out, err = invoke(runner, "matrix", "--as-of", "2026-01-01", "-f", spec.name)
        assert code == 0, err
        assert "PH" in out
    if spec.brief:
        code, out, err = invoke(runner, "brief", "PH", "--as-of", "2026-01-01", "-f", spec.name)
        assert code == 0, err
        assert "Philippines" in out
