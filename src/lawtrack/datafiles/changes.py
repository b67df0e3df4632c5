"""What a load has to do: compare the files' content hashes with what the database last loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lawtrack.datafiles.read import file_sha256
from lawtrack.datafiles.validate import CODEBOOK_FILES, data_files, relpath


@dataclass(frozen=True)
class FileScan:
    """Each data file's content hash, relative path -> sha256 (no parsing)."""

    hashes: dict[str, str]

    @classmethod
    def of(cls, root: Path) -> FileScan:
        hashes: dict[str, str] = {}
        for path in data_files(root):
            if path.is_file():
                hashes[relpath(root, path)] = file_sha256(path.read_bytes())
        return cls(hashes)


@dataclass
class LoadReport:
    """What a load created, updated, removed and left alone (jurisdiction codes)."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    codebook_changed: bool = False
    dry_run: bool = False

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
