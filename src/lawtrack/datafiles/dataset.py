"""What a data directory holds once read: its files, the codebook, each jurisdiction's model."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lawtrack.datafiles.problems import Problem, errors_in
from lawtrack.datafiles.read import YamlDoc
from lawtrack.datafiles.schema import CriteriaFile, FrameworksFile, JurisdictionFile, TermsFile

CODEBOOK_FILES = ("criteria.yaml", "frameworks.yaml", "terms.yaml")
JURISDICTIONS_DIR = "jurisdictions"
SUPRANATIONAL_CODES = {"EU": "European Union"}


@dataclass(frozen=True)
class Codebook:
    criteria: CriteriaFile
    frameworks: FrameworksFile
    terms: TermsFile


@dataclass(frozen=True)
class JurisdictionDoc:
    relpath: str
    doc: YamlDoc
    model: JurisdictionFile


@dataclass
class Dataset:
    """All files of a data directory, valid together."""

    root: Path
    codebook: Codebook
    jurisdictions: dict[str, JurisdictionDoc]
    hashes: dict[str, str]


@dataclass
class Validation:
    dataset: Dataset | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return errors_in(self.problems)


def data_files(root: Path) -> list[Path]:
    """The codebook files, then the jurisdiction files in name order."""
    jurisdictions = root / JURISDICTIONS_DIR
    found = sorted(jurisdictions.glob("*.yaml")) + sorted(jurisdictions.glob("*.yml"))
    return [root / name for name in CODEBOOK_FILES] + sorted(found)


def relpath(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.resolve().relative_to(root.resolve()).as_posix()
