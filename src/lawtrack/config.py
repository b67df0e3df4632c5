"""Settings: command-line option > environment > default. No engine at import time."""

from __future__ import annotations

import os
import re
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


# Where a database URL can carry a secret: the password of `user:password@` (with or without a
# scheme before it), and query parameters such as `?password=` (libpq's and psycopg's spelling).
_USERINFO = re.compile(
    r"(?P<head>(?:^|[\s/(\[\'\"=]|://)[^\s:/@?#\'\"]*:)(?P<secret>[^\s@/]*)(?=@)"
)
_PARAM = r"(?P<head>[?&;](?:password|passwd|pwd|pass|sslpassword|secret|token)=)"
_QUERY_IN_URL = re.compile(_PARAM + r"(?P<secret>[^&#]*)", re.IGNORECASE)
_QUERY_IN_TEXT = re.compile(_PARAM + r"(?P<secret>[^&#\s:'\"]*)", re.IGNORECASE)


def url_secrets(url: str) -> list[str]:
    """Every secret a database URL holds, in the forms it may appear in a message (as written
    and percent-decoded), longest first."""
    from urllib.parse import unquote

    found = [m.group("secret") for m in (*_USERINFO.finditer(url), *_QUERY_IN_URL.finditer(url))]
    secrets = {s for s in found if s} | {unquote(s) for s in found if s}
    return sorted(secrets, key=len, reverse=True)


def redact(text: str, url: str | None = None) -> str:
    """`text` with any password in it (or in `url`) replaced by ***: one function for every
    message, whatever form the URL was given in."""
    for secret in url_secrets(url) if url else ():
        # Wherever it appears (a driver's message may quote it), as a whole token.
        text = re.sub(rf"(?<![^\W_]){re.escape(secret)}(?![^\W_])", "***", text)
    text = _QUERY_IN_TEXT.sub(lambda m: m.group("head") + "***", text)
    return _USERINFO.sub(lambda m: m.group("head") + ("***" if m.group("secret") else ""), text)


def redact_url(url: str) -> str:
    """The URL with any password replaced, for messages."""
    return redact(url, url)


def url_password(url: str) -> str | None:
    """The (longest) secret in a database URL, if it has one."""
    secrets = url_secrets(url)
    return secrets[0] if secrets else None


# The licence of the data in data/ (the code is MIT, pyproject.toml): one statement, used by
# the data package and the datasette metadata, and said in README.md.
DATA_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0",
}
