"""what a government may answer to a gap

`assessment_states.counterpoint`: the strongest reading against the state (text);
`counterpoint_sources`: its source URLs, space-separated; `untested`: true where no court has
ruled on the question.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_states", schema=None) as batch_op:
        batch_op.add_column(sa.Column("counterpoint", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("counterpoint_sources", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("untested", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment_states", schema=None) as batch_op:
        batch_op.drop_column("untested")
        batch_op.drop_column("counterpoint_sources")
        batch_op.drop_column("counterpoint")
