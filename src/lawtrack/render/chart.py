"""The coverage heatmap: jurisdictions × criteria, coloured by status and labelled with a letter.

matplotlib is an optional extra (`pip install 'lawtrack[chart]'`). Names in Hangul or Thai need
fonts that carry them (Debian: fonts-noto-cjk, fonts-thai-tlwg); matplotlib falls back through
the families listed below.
"""

from __future__ import annotations

import io
from pathlib import Path

from lawtrack.analysis import score
from lawtrack.errors import UsageError
from lawtrack.progress import SILENT, Progress
from lawtrack.render.cells import STATUS_WORD
from lawtrack.render.formats import REGISTRY
from lawtrack.render.output import check_file_target, write_bytes
from lawtrack.results import RANK_MIN_SHARE, ResultTable
from lawtrack.status import CODES, INCOMPLETE, INCOMPLETE_MARK, STATUSES

ORDER = list(CODES)
# Colour-blind-safe (Okabe-Ito based), and each cell also carries a letter.
COLOURS = {info.code: info.chart for info in STATUSES}
LETTERS = {info.code: info.letter for info in STATUSES}
WORDS = {**STATUS_WORD, "yes": "yes (met)", "not_assessed": "not assessed (never 'no')"}
FONTS = ["DejaVu Sans", "Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans Thai", "Loma", "Garuda"]


def check_heatmap_target(path: Path) -> None:
    """Refuse, before any work, an image the heatmap cannot be written to."""
    suffixes = [s for f in REGISTRY if f.image for s in f.suffixes]
    if path.suffix.lower() not in suffixes:
        raise UsageError(
            f"cannot tell the image format from '{path.name}': use {' or '.join(suffixes)}"
        )
    check_file_target(path)


def render_heatmap(table: ResultTable, path: Path, progress: Progress = SILENT) -> None:
    """Draw `table` and write it to `path`; `progress` hears of each part (matplotlib's import,
    the rows drawn, the layout, the image written), the last two of unknown size."""
    check_heatmap_target(path)
    progress.stage("loading matplotlib")
    try:
        import matplotlib
    except ImportError:
        raise UsageError("charts need matplotlib: pip install 'lawtrack[chart]'") from None
    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.colors import BoundaryNorm, ListedColormap
    from matplotlib.patches import Patch

    plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["font.sans-serif"] = FONTS
    plt.rcParams["svg.fonttype"] = "none"  # text stays text in SVG
    columns = [(i, c) for i, c in enumerate(table.columns) if c.kind == "status"]
    if not columns or not table.rows:
        raise UsageError("nothing to chart: no jurisdiction or criterion matches")
    grid = [[ORDER.index(str(row[i])) for i, _ in columns] for row in table.rows]
    width = max(6.0, 0.42 * len(columns) + 3.5)
    height = max(3.0, 0.38 * len(table.rows) + 2.4)
    figure, axes = plt.subplots(figsize=(width, height), dpi=150)
    cmap = ListedColormap([COLOURS[s] for s in ORDER])
    axes.imshow(grid, cmap=cmap, norm=BoundaryNorm(range(len(ORDER) + 1), cmap.N), aspect="auto")
    incomplete = [
        [getattr(row[i], "evidence", None) == INCOMPLETE for i, _ in columns] for row in table.rows
    ]
    progress.stage("drawing rows", len(grid))
    for y, row in enumerate(grid):
        for x, value in enumerate(row):
            axes.text(
                x,
                y,
                LETTERS[ORDER[value]] + (INCOMPLETE_MARK if incomplete[y][x] else ""),
                ha="center",
                va="center",
                fontsize=7,
                color="white" if ORDER[value] in ("yes", "no") else "black",
            )
        progress.advance()
    axes.set_xticks(range(len(columns)), [c.short or c.key for _, c in columns], fontsize=7)
    labels: list[str] = []
    for cells in table.rows:
        counted = score(str(cells[i]) for i, _ in columns)
        rank_note = "" if counted.ranked else ", not ranked"
        labels.append(f"{cells[0]}  {cells[1]}  ({counted.assessed}/{counted.total}{rank_note})")
    axes.set_yticks(range(len(table.rows)), labels, fontsize=7)
    axes.xaxis.tick_top()
    previous = None
    for x, (_, column) in enumerate(columns):
        category = (column.short or "?")[0]
        if previous is not None and category != previous:
            axes.axvline(x - 0.5, color="black", linewidth=1.2)
        previous = category
    axes.set_xticks([x - 0.5 for x in range(len(columns) + 1)], minor=True)
    axes.set_yticks([y - 0.5 for y in range(len(table.rows) + 1)], minor=True)
    axes.grid(which="minor", color="white", linewidth=0.8)
    axes.tick_params(which="minor", length=0)
    axes.set_title(
        table.title
        + "\nrows in rank order: met + ½ partial over all criteria, a cell not assessed counting"
        + " as not met;\n(n/N) = criteria assessed; rows with fewer than "
        + f"{RANK_MIN_SHARE:.0%} assessed come last, not ranked; columns grouped by category (A–E)",
        fontsize=9,
        pad=24,
    )
    handles = [
        Patch(facecolor=COLOURS[s], edgecolor="#777", label=f"{LETTERS[s]}  {WORDS[s]}")
        for s in ORDER
    ]
    if any(any(row) for row in incomplete):
        handles.append(
            Patch(
                facecolor="white",
                edgecolor="white",
                label=f"{INCOMPLETE_MARK}  evidence incomplete (a text not fully read)",
            )
        )
    axes.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.02),
        ncol=len(handles),
        fontsize=7,
        frameon=False,
    )
    progress.stage("laying out")
    figure.tight_layout()
    progress.stage("rendering the image")
    image = io.BytesIO()
    figure.savefig(image, format=path.suffix.lower().lstrip("."))
    plt.close(figure)
    write_bytes(path, image.getvalue())
