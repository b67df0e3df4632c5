"""What a load has to do: compare the files' content hashes with what the database last loaded."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lawtrack.datafiles.dataset import CODEBOOK_FILES, Codebook, data_files
from lawtrack.datafiles.read import file_sha256
from lawtrack.datafiles.schema import JurisdictionFile
from lawtrack.progress import SILENT, Progress, counted


@dataclass(frozen=True)
class FileScan:
    """Each data file's content hash, relative path -> sha256 (no parsing).

    `irregular` lists entries that are not plain files inside the data directory (a FIFO, a
    directory named *.yaml, a link to nothing or to outside the directory): a load never calls
    them unchanged, so validation gets to say what is wrong with them. A link to a file inside
    the directory is hashed as that file.
    """

    hashes: dict[str, str]
    irregular: tuple[str, ...] = ()

    @classmethod
    def of(cls, root: Path, progress: Progress = SILENT) -> FileScan:
        hashes: dict[str, str] = {}
        irregular: list[str] = []
        inside = root.resolve()
        paths = data_files(root)
        progress.stage("checking files", len(paths))
        for path in counted(progress, paths):
            name = path.relative_to(root).as_posix()
            try:
                mode = os.lstat(path).st_mode  # one call per file: a load of 2,000 scans them all
            except FileNotFoundError:
                continue
            if stat.S_ISLNK(mode):
                target = path.resolve()
                if target.is_relative_to(inside) and target.is_file():
                    hashes[name] = file_sha256(target.read_bytes())
                else:
                    irregular.append(name)
            elif stat.S_ISREG(mode):
                with path.open("rb") as handle:
                    hashes[name] = file_sha256(handle.read())
            else:
                irregular.append(name)
        return cls(hashes, tuple(irregular))


@dataclass
class LoadReport:
    """What a load created, updated, removed and left alone (jurisdiction codes)."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    codebook_changed: bool = False
    dry_run: bool = False
    # Validated incrementally: only the changed files and those depending on them were read.
    incremental: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed or self.codebook_changed)


def codebook_changed(loaded: dict[str, str], scan: FileScan) -> bool:
    return any(loaded.get(name) != scan.hashes.get(name) for name in CODEBOOK_FILES)


def changed_paths(loaded: dict[str, str], scan: FileScan) -> set[str]:
    """Jurisdiction files that are new or differ from what was loaded."""
    return {
        path
        for path, digest in scan.hashes.items()
        if path not in CODEBOOK_FILES and loaded.get(path) != digest
    }


@dataclass
class Delta:
    """What one load writes: the jurisdictions to (re)load, and what it needs of the others.

    A full validation fills it from every file; an incremental one (`incremental.py`) from the
    files that changed, those that depend on them, and the database.
    """

    codebook: Codebook
    models: dict[str, JurisdictionFile]  # the jurisdictions to write, by code
    changed: set[str]  # codes whose file is new or differs, or whose rows were lost
    codes: dict[str, str]  # every jurisdiction file: relative path -> code
    hashes: dict[str, str]  # every file: relative path -> sha256
    # The instruments that `models` cite, by jurisdiction: `models` and, for the others,
    # stand-ins holding the instruments cited (their citations go into the search index).
    cited: Mapping[str, JurisdictionFile]
    full: bool = False  # the codebook changed: every jurisdiction is written again
    incremental: bool = False
