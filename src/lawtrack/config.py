"""Settings: command-line option > environment > default. No engine at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DB_ENV = "LAWTRACK_DATABASE_URL"
DATA_ENV = "LAWTRACK_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_DIR = _PACKAGE_DIR.parent.parent


def bundled_dir(name: str) -> Path:
    """`data` or `migrations`: inside the wheel, or the checkout's own in an editable install."""
    packaged = _PACKAGE_DIR / name
    if packaged.is_dir():
        return packaged
    return _CHECKOUT_DIR / name


def installed_data_dir() -> Path | None:
    """The data directory bundled inside an installed (non-editable) package, if this is one."""
    packaged = _PACKAGE_DIR / "data"
    return packaged.resolve() if packaged.is_dir() else None


def default_database_url() -> str:
    from platformdirs import user_data_path

    path = user_data_path("lawtrack", appauthor=False) / "lawtrack.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path

    @classmethod
    def resolve(cls, db: str | None = None, data: Path | None = None) -> Settings:
        url = db or os.environ.get(DB_ENV) or default_database_url()
        data_env = os.environ.get(DATA_ENV)
        data_dir = data or (Path(data_env) if data_env else bundled_dir("data"))
        return cls(database_url=url, data_dir=data_dir)


def url_password(url: str) -> str | None:
    """The password in a database URL, if it has one."""
    _scheme, sep, rest = url.partition("://")
    credentials = rest.rpartition("@")[0] if sep else ""
    return credentials.partition(":")[2] or None


def redact_url(url: str) -> str:
    """The URL with any password replaced, for messages."""
    password = url_password(url)
    if password is None:
        return url
    scheme, _, rest = url.partition("://")
    credentials, _, host = rest.rpartition("@")
    return f"{scheme}://{credentials.partition(':')[0]}:***@{host}"
