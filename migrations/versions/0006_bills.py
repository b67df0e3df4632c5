"""pending legislation: bills, their dated stages and what they would change

`bills`: one row per bill of a jurisdiction file (`key` its id, `chambers` "; "-joined,
`became_id` the instrument it became, possibly another jurisdiction's); `bill_stages`: its
dated steps (`stage` a word of lawtrack.stages, spelled out here; position 0 the newest) with
their sources in `bill_stage_sources`; `bill_changes`: each criterion it would affect and the
status the cell would get, with their sources in `bill_change_sources`. The files recorded as
loaded are forgotten, so the next command reloads everything and fills the tables.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("jurisdiction_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("chambers", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("became_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["became_id"],
            ["instruments.id"],
            name=op.f("fk_bills_became_id_instruments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_bills_jurisdiction_id_jurisdictions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bills")),
        sa.UniqueConstraint("jurisdiction_id", "key", name=op.f("uq_bills_jurisdiction_id_key")),
    )
    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bills_became_id"), ["became_id"], unique=False)

    op.create_table(
        "bill_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("provision", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('yes', 'partial', 'no', 'unclear')", name=op.f("ck_bill_changes_status")
        ),
        sa.ForeignKeyConstraint(
            ["bill_id"],
            ["bills.id"],
            name=op.f("fk_bill_changes_bill_id_bills"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criteria.id"],
            name=op.f("fk_bill_changes_criterion_id_criteria"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_changes")),
    )
    with op.batch_alter_table("bill_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bill_changes_bill_id"), ["bill_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_bill_changes_criterion_id"), ["criterion_id"], unique=False
        )

    op.create_table(
        "bill_stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("chamber", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "stage IN ('introduced', 'committee', 'negotiation', 'passed_one_chamber', 'passed', "
            "'assented', 'commenced', 'lapsed', 'withdrawn', 'rejected')",
            name=op.f("ck_bill_stages_stage"),
        ),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["bills.id"], name=op.f("fk_bill_stages_bill_id_bills"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_stages")),
    )
    with op.batch_alter_table("bill_stages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bill_stages_bill_id"), ["bill_id"], unique=False)

    op.create_table(
        "bill_change_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_id"],
            ["bill_changes.id"],
            name=op.f("fk_bill_change_sources_change_id_bill_changes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_change_sources")),
    )
    with op.batch_alter_table("bill_change_sources", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bill_change_sources_change_id"), ["change_id"], unique=False
        )

    op.create_table(
        "bill_stage_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["bill_stages.id"],
            name=op.f("fk_bill_stage_sources_stage_id_bill_stages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_stage_sources")),
    )
    with op.batch_alter_table("bill_stage_sources", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bill_stage_sources_stage_id"), ["stage_id"], unique=False
        )
    op.execute("DELETE FROM loaded_files")  # the next command reloads, filling the tables


def downgrade() -> None:
    with op.batch_alter_table("bill_stage_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bill_stage_sources_stage_id"))
    op.drop_table("bill_stage_sources")
    with op.batch_alter_table("bill_change_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bill_change_sources_change_id"))
    op.drop_table("bill_change_sources")
    with op.batch_alter_table("bill_stages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bill_stages_bill_id"))
    op.drop_table("bill_stages")
    with op.batch_alter_table("bill_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bill_changes_criterion_id"))
        batch_op.drop_index(batch_op.f("ix_bill_changes_bill_id"))
    op.drop_table("bill_changes")
    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bills_became_id"))
    op.drop_table("bills")
