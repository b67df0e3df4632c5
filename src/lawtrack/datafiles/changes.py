"""What a load has to do: compare the files' content hashes with what the database last loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lawtrack.datafiles.read import file_sha256
from lawtrack.datafiles.validate import CODEBOOK_FILES, data_files, relpath


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
    def of(cls, root: Path) -> FileScan:
        hashes: dict[str, str] = {}
        irregular: list[str] = []
        inside = root.resolve()
        for path in data_files(root):
            name = path.relative_to(root).as_posix()
            target = path.resolve() if path.is_symlink() else path
            if path.is_symlink() and not (target.is_relative_to(inside) and target.is_file()):
                irregular.append(name)
            elif target.is_file():
                hashes[relpath(root, path)] = file_sha256(target.read_bytes())
            elif path.exists():
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
