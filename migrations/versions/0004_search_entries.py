"""one search index, the same on SQLite and PostgreSQL

Replaces 0002's engine-specific full-text search (FTS5 with a Porter stemmer on SQLite, English
tsvectors on PostgreSQL), which gave different answers on the two databases and covered only
provisions and definitions. `search_entries` holds every searchable text (provisions,
definitions, assessment notes, instruments) with a normalised form that both databases compare
with the same LIKE (see lawtrack.textsearch). The table is filled by the loader: the files
recorded as loaded are forgotten here, so the next command reloads everything.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import context, op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fts() -> Any:
    """Revision 0002's module: its downgrade removes, its upgrade restores, full-text search."""
    return context.script.get_revision("0002").module


def upgrade() -> None:
    _fts().downgrade()
    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("jurisdiction_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("kind_order", sa.Integer(), nullable=False),
        sa.Column("citation", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('provision', 'definition', 'assessment', 'instrument')",
            name=op.f("ck_search_entries_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_search_entries_jurisdiction_id_jurisdictions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entries")),
    )
    with op.batch_alter_table("search_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_search_entries_jurisdiction_id"), ["jurisdiction_id"], unique=False
        )
    op.execute("DELETE FROM loaded_files")  # the next command reloads, filling the index


def downgrade() -> None:
    with op.batch_alter_table("search_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_entries_jurisdiction_id"))
    op.drop_table("search_entries")
    _fts().upgrade()
