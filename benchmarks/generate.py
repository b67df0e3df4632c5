"""Write a valid synthetic data directory of any size, for scale benchmarks.

    python benchmarks/generate.py OUT_DIR --jurisdictions 2000 [--states 3] [--instruments 10]

A progress bar is drawn on stderr when it is a terminal (`--quiet`: none).

Codes are real ISO 3166 codes (every country first, then subdivisions of generated countries), so
the files pass `lawtrack data validate`. The statutes, dates and texts are invented filler and are
marked as such in every file: never mix them with the real dataset.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORDS = (
    "child sexual abuse material live streaming offence person provider report transmit "
    "access view possess produce distribute exploitation trafficking harbour receive coerce "
    "payment performance image computer system service platform remote direct purchase "
    "consent victim"
).split()
STATUSES = ("yes", "partial", "no", "unclear")
EVIDENCE = ("complete", "incomplete")


def codes(count: int) -> list[tuple[str, str | None]]:
    import pycountry

    countries = sorted(c.alpha_2 for c in pycountry.countries)
    chosen: list[tuple[str, str | None]] = [(c, None) for c in countries[:count]]
    if len(chosen) < count:
        national = {c for c, _ in chosen}
        subdivisions = sorted(
            s.code for s in pycountry.subdivisions if s.country_code in national and "-" in s.code
        )
        chosen += [(s, s.split("-")[0]) for s in subdivisions[: count - len(chosen)]]
    if len(chosen) < count:
        raise SystemExit(f"only {len(chosen)} ISO codes available")
    return chosen


def criteria_codes(codebook: Path) -> list[str]:
    from ruamel.yaml import YAML

    return list(YAML(typ="safe").load((codebook / "criteria.yaml").read_text())["criteria"])


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def jurisdiction_file(
    code: str, parent: str | None, criteria: list[str], args: argparse.Namespace, rng: random.Random
) -> str:
    lines = [
        "# SYNTHETIC benchmark data: invented statutes. Never load beside the real dataset.",
        "schema_version: 1",
        f"code: {code}",
        f"name: Synthetic {code}",
        f"level: {'subnational' if parent else 'national'}",
        f"parent: {parent or 'null'}",
        "region: Synthetic",
        "legal_system: common",
        "reviewed: 2026-01-01",
        "instruments:",
    ]
    # Distinct enactment dates, so that every state can take effect the day an Act it cites did.
    days = rng.sample(range(12000), args.instruments)
    enacted_on = [date(1990, 1, 1) + timedelta(days=d) for d in days]
    for n in range(args.instruments):
        enacted = enacted_on[n]
        lines += [
            f"  act-{n}:",
            f"    title: Synthetic Act {n}",
            f"    citation: Act No. {n} of {enacted.year}",
            "    kind: statute",
            f"    enacted: {enacted.isoformat()}",
            f"    url: https://example.org/{code.lower()}/act-{n}",
            "    provisions:",
            "      s. 1:",
            "        heading: Offences",
            f"        text: {sentence(rng, 40)}",
        ]
    lines += [
        "definitions:",
        "  - term: child",
        "    cite: act-0 s. 2",
        f"    text: {sentence(rng, 12)}",
        "    attributes:",
        "      age_threshold: 18",
        "assessments:",
    ]
    for criterion in criteria:
        lines.append(f"  {criterion}:")
        # Newest first, each state dated the day the Act it cites took effect.
        acts = sorted(
            rng.sample(range(args.instruments), min(args.states, args.instruments)),
            key=lambda n: enacted_on[n],
            reverse=True,
        )
        for act in acts:
            lines += [
                f"    - status: {rng.choice(STATUSES)}",
                f"      evidence: {rng.choice(EVIDENCE)}",
                f"      from: {enacted_on[act].isoformat()}",
                f"      cite: [act-{act} s. {rng.randrange(1, 90)}]",
                f"      note: {sentence(rng, 10)}",
                f"      sources: [https://example.org/{code.lower()}/source]",
            ]
    return "\n".join(lines) + "\n"


def generate(out: Path, args: argparse.Namespace) -> None:
    """The files, with lawtrack's progress bar on stderr when it is a terminal (and no --quiet)."""
    from lawtrack.cli.progress import bars

    rng = random.Random(args.seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "jurisdictions").mkdir(parents=True)
    for name in ("criteria.yaml", "frameworks.yaml", "terms.yaml"):
        shutil.copy(args.codebook / name, out / name)
    criteria = criteria_codes(args.codebook)
    chosen = codes(args.jurisdictions)
    with bars(quiet=args.quiet) as progress:
        progress.stage("writing files", len(chosen))
        for code, parent in chosen:
            text = jurisdiction_file(code, parent, criteria, args, rng)
            (out / "jurisdictions" / f"{code.lower()}.yaml").write_text(text, encoding="utf-8")
            progress.advance()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--jurisdictions", type=int, default=200)
    parser.add_argument("--states", type=int, default=3)
    parser.add_argument("--instruments", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--codebook",
        type=Path,
        default=REPO / "data",
        help="the directory whose criteria.yaml, frameworks.yaml and terms.yaml to use",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar on stderr")
    args = parser.parse_args()
    generate(args.out, args)
    print(f"wrote {args.jurisdictions} jurisdictions to {args.out}")


if __name__ == "__main__":
    main()
