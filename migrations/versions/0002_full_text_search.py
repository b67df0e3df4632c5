"""full-text search over provisions and definitions

SQLite: FTS5 tables that index the `provisions` and `definitions` rows (external content),
kept in step by triggers. PostgreSQL: a stored, generated English text search vector on each
(`text_fts`, so ranking never recomputes it) with a GIN index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = """
CREATE VIRTUAL TABLE provisions_fts USING fts5(
    heading, text, content='provisions', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER provisions_fts_insert AFTER INSERT ON provisions BEGIN
    INSERT INTO provisions_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;
CREATE TRIGGER provisions_fts_delete AFTER DELETE ON provisions BEGIN
    INSERT INTO provisions_fts(provisions_fts, rowid, heading, text)
    VALUES ('delete', old.id, old.heading, old.text);
END;
CREATE TRIGGER provisions_fts_update AFTER UPDATE ON provisions BEGIN
    INSERT INTO provisions_fts(provisions_fts, rowid, heading, text)
    VALUES ('delete', old.id, old.heading, old.text);
    INSERT INTO provisions_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;
CREATE VIRTUAL TABLE definitions_fts USING fts5(
    text, content='definitions', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER definitions_fts_insert AFTER INSERT ON definitions BEGIN
    INSERT INTO definitions_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER definitions_fts_delete AFTER DELETE ON definitions BEGIN
    INSERT INTO definitions_fts(definitions_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER definitions_fts_update AFTER UPDATE ON definitions BEGIN
    INSERT INTO definitions_fts(definitions_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO definitions_fts(rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO provisions_fts(provisions_fts) VALUES ('rebuild');
INSERT INTO definitions_fts(definitions_fts) VALUES ('rebuild');
"""

SQLITE_DOWN = """
DROP TRIGGER IF EXISTS provisions_fts_insert;
DROP TRIGGER IF EXISTS provisions_fts_delete;
DROP TRIGGER IF EXISTS provisions_fts_update;
DROP TRIGGER IF EXISTS definitions_fts_insert;
DROP TRIGGER IF EXISTS definitions_fts_delete;
DROP TRIGGER IF EXISTS definitions_fts_update;
DROP TABLE IF EXISTS provisions_fts;
DROP TABLE IF EXISTS definitions_fts;
"""

POSTGRES_UP = (
    "ALTER TABLE provisions ADD COLUMN text_fts tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(heading, '') || ' ' || coalesce(text, ''))) STORED",
    "CREATE INDEX ix_provisions_fts ON provisions USING gin (text_fts)",
    "ALTER TABLE definitions ADD COLUMN text_fts tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', text)) STORED",
    "CREATE INDEX ix_definitions_fts ON definitions USING gin (text_fts)",
)
POSTGRES_DOWN = (
    "DROP INDEX IF EXISTS ix_provisions_fts",
    "DROP INDEX IF EXISTS ix_definitions_fts",
    "ALTER TABLE provisions DROP COLUMN IF EXISTS text_fts",
    "ALTER TABLE definitions DROP COLUMN IF EXISTS text_fts",
)


def _statements(script: str) -> list[str]:
    """Split on the ';' that ends a statement (a trigger body's inner ';' is followed by text)."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and (
            not joined.upper().startswith("CREATE TRIGGER") or joined.endswith("END;")
        ):
            statements.append(joined)
            current = []
    return statements


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in _statements(SQLITE_UP):
            op.execute(statement)
    else:
        for statement in POSTGRES_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in _statements(SQLITE_DOWN):
            op.execute(statement)
    else:
        for statement in POSTGRES_DOWN:
            op.execute(statement)
