"""evidence completeness; dated definition wordings; provision commencement

`assessment_states.evidence`: complete | incomplete (NULL for not_assessed states).
`definitions.effective_from` / `effective_to`: when a wording took effect, and when the next
wording of the same provision replaced it (NULL: not recorded / still current).
`provisions.in_force`: when a provision took effect, where that differs from its instrument.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_states", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence", sa.String(length=16), nullable=True))
        batch_op.create_check_constraint("evidence", "evidence IN ('complete', 'incomplete')")
    with op.batch_alter_table("definitions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("effective_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("effective_to", sa.Date(), nullable=True))
    with op.batch_alter_table("provisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("in_force", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("provisions", schema=None) as batch_op:
        batch_op.drop_column("in_force")
    with op.batch_alter_table("definitions", schema=None) as batch_op:
        batch_op.drop_column("effective_to")
        batch_op.drop_column("effective_from")
    with op.batch_alter_table("assessment_states", schema=None) as batch_op:
        batch_op.drop_constraint("evidence", type_="check")
        batch_op.drop_column("evidence")
