"""Reports for people: standalone HTML (opened in a real headless Chromium), briefs, heatmaps."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lawtrack.cli import app
from tests.cli import run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on this machine (.ci/run installs it)"
)


def dom(page: Path, tmp_path: Path) -> str:
    """The page as Chromium has it after its scripts ran, fully offline."""
    assert CHROMIUM is not None
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


@needs_chromium
def test_html_report_renders_in_chromium(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "compare.html"
    run(runner, "compare", "PH", "AU", "--cite", "-o", str(page), "--as-of", "2026-01-01")
    html = page.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html  # nothing to fetch: opens offline
    rendered = dom(page, tmp_path)
    assert rendered.count("<tr>") == 26  # header + 25 criteria
    assert 'aria-sort="none"' in rendered  # the sorting script ran
    assert '<th scope="col" aria-sort="none" tabindex="0">PH</th>' in rendered
    assert '<td class="status s-yes">● yes<sup>[1]</sup></td>' in rendered
    assert "Legend: ● yes = met" in rendered and "[1] Example Act No. 2, s. 4(c)" in rendered


@needs_chromium
def test_brief_renders_in_chromium(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "brief.html"
    run(runner, "brief", "PH", "-o", str(page), "--as-of", "2026-01-01")
    rendered = dom(page, tmp_path)
    assert (
        "<h1>Philippines: the law against cybersex trafficking, as of 2026-01-01</h1>" in rendered
    )
    assert "Where new legislation is needed" in rendered
    assert 'id="fn-PH-1"' in rendered and "https://example.org/act-2" in rendered


def test_brief_in_markdown(runner: CliRunner) -> None:
    text = run(runner, "brief", "PH", "--as-of", "2026-01-01")
    assert text.startswith(
        "# Philippines: the law against cybersex trafficking, as of 2026-01-01\n"
    )
    assert "the law **meets 2**, meets **0 only in part** and **does not meet 0**" in text
    assert (
        "**23 have not been researched yet** (a research gap, not a finding that the law is silent)"
        in text
    )
    assert (
        '- **child**: "A person below eighteen (18) years of age." [3] (current wording\\*)' in text
    )
    assert (
        "\\* Marked wording is quoted as it reads in the current text; whether it read so on "
        "2026-01-01 is not recorded." in text
    )
    assert (
        "- **B1 Organising/profiting from live streams.** Livestreaming is an unlawful act. [1]"
        in text
    )
    assert "1. Example Act No. 2, s. 4(c); <https://example.org/act-2>" in text
    gaps = run(runner, "brief", "AU-NSW", "--as-of", "2026-01-01")
    assert (
        "### B1 Organising/profiting from live streams" not in gaps
    )  # unclear is not a legislative gap
    assert "## Where the law is unclear" in gaps
    assert "**What a provision closing this gap must do:**" not in gaps


def test_brief_says_what_a_government_may_answer(runner: CliRunner) -> None:
    text = run(runner, "brief", "AU-NSW", "--as-of", "2026-01-01")
    assert (
        "- **B1 Organising/profiting from live streams** (untested: no court has ruled): State "
        "law is ambiguous; federal law applies. [1] *What a government may answer:* "
        "Commonwealth law reaches the conduct wherever it happens in Australia (AU:code-1995 s. "
        "474.22). [2]\n" in text
    )
    assert "2. What a government may answer on B1; <https://example.org/code>" in text


def test_brief_for_a_region(runner: CliRunner) -> None:
    text = run(runner, "brief", "--region", "Australia and New Zealand")
    assert text.count("# ") >= 2 and "New South Wales" in text and "Australia: the law" in text
    assert "| Rank | Jurisdiction | Assessed | Score (of 25) | Of the assessed |" in text
    assert "| not ranked | Australia (AU) | 1/25 | 4% | 100% |" in text


def test_brief_keeps_research_gaps_apart_from_legislative_gaps(runner: CliRunner) -> None:
    """In 2021 PH B1 was partial on a reading that left s. 5 unread: a question for research,
    not a finding that new legislation is needed."""
    text = run(runner, "brief", "PH", "--as-of", "2022-01-01")
    assert "- **New legislation is needed**" not in text
    assert (
        "- **The law may fall short** on: Organising/profiting from live streams. The research "
        "behind this cell is incomplete: a text it rests on was not (fully) read.\n" in text
    )
    assert (
        "No legislative gap among the criteria assessed on a complete reading of the law." in text
    )
    assert (
        "## Where the law may fall short: research incomplete\n\n"
        "These cells are coded `partial` or `no`, but a text they rest on was not (fully) read; "
        "the note says which. Read them as questions for research, not as findings that the law "
        "falls short.\n\n"
        "- **B1 Organising/profiting from live streams: partial†.** Only performances that are "
        "recorded; s. 5 was not read. [1]\n" in text
    )
    gaps = run(runner, "gaps", "PH", "--as-of", "2022-01-01", "-f", "csv").splitlines()
    assert gaps[1].startswith(
        "PH,unconfirmed,B1,live_streaming_offence,Organising/profiting from live streams,partial,"
        "incomplete,"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["brief"],
            "error: name a jurisdiction (lawtrack brief PH) or a region (--region 'South-eastern Asia')\n",
        ),
        (
            ["brief", "PH", "-f", "csv"],
            "error: a brief cannot be written as 'csv' (choose md or html)\n",
        ),
        (
            ["chart", "heatmap", "-o", "x.pdf"],
            "error: cannot tell the image format from 'x.pdf': use .png or .svg\n",
        ),
    ],
)
def test_report_user_errors(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stderr) == (2, message)


def test_heatmap_png_and_svg(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    png, svg = tmp_path / "h.png", tmp_path / "h.svg"
    assert run(runner, "chart", "heatmap", "-o", str(png)) == f"wrote {png}\n"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    run(runner, "chart", "heatmap", "-o", str(svg), "--as-of", "2026-01-01")
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith(("<?xml", "<svg"))
    for label in (
        "PH  Philippines",
        "AU-NSW  New South Wales",
        "as of 2026-01-01",
        "not assessed (never 'no')",
    ):
        assert label in text


def test_a_region_brief_opens_with_the_region_compared(runner: CliRunner, data_dir: Path) -> None:
    """Before the briefs, one page: which criteria the region falls short on, and where."""
    path = data_dir / "jurisdictions" / "au.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    - status: yes\n      evidence: complete\n      from: 2010-04-15\n" in text
    path.write_text(
        text.replace(
            "    - status: yes\n      evidence: complete\n      from: 2010-04-15\n",
            "    - status: partial\n      evidence: complete\n      from: 2010-04-15\n",
            1,
        ),
        encoding="utf-8",
    )
    out = run(runner, "brief", "--region", "Australia and New Zealand", "--as-of", "2026-01-01")
    head = out.split("\n# Australia: the law")[0]
    assert head.startswith(
        "# Australia and New Zealand: the law against cybersex trafficking, as of 2026-01-01\n\n"
        "2 jurisdictions of Australia and New Zealand are in the dataset: "
    )
    assert (
        "- **B1 Organising/profiting from live streams**: new legislation needed in 1 (AU); "
        "unclear in AU-NSW.\n"
    ) in head
    assert "| B1 | Organising/profiting from live streams | — | AU | — | AU-NSW | — |" in head
    assert "| A0 | Dedicated CSAM/OCSEA legislation | — | — | — | — | AU, AU-NSW |" in head
    assert "## Ranking" in head and "# New South Wales: the law" in out
    page = run(runner, "brief", "--region", "Australia and New Zealand", "-f", "html")
    assert "<title>Australia and New Zealand: the law against cybersex trafficking" in page
    assert "<td>B1</td><td>Organising/profiting from live streams</td><td>—</td><td>AU</td>" in page
    single = run(runner, "brief", "AU", "--as-of", "2026-01-01")
    assert "Criterion by criterion" not in single  # one jurisdiction: no regional page
