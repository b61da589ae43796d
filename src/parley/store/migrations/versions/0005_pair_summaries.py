"""Revision 0005: `pair_summaries`, each pair's overview row and pair page kept for one
store revision.

A fresh dashboard's overview computed every pair's history (2.4 s on 100,000 events), and
its first pair page the pair's (0.5 s); it now reads these rows, written at the end of an
ingest, by `parley summarise` or by the first request that had to compute them. Stored
articles and events are not touched.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the empty `pair_summaries` table (the first overview fills it)."""
    op.create_table(
        "pair_summaries",
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("a", sa.String(32), nullable=False),
        sa.Column("b", sa.String(32), nullable=False),
        sa.Column("as_of", sa.String(10), nullable=False),
        sa.Column("settings_key", sa.String(64), nullable=False),
        sa.Column("revision", sa.String(255), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "a", "b", "as_of", "settings_key",
                                name="pk_pair_summaries"),
    )
    op.create_index("ix_pair_summaries_revision", "pair_summaries", ["revision"])


def downgrade() -> None:
    """Drop the table (the overview computes every pair again)."""
    op.drop_index("ix_pair_summaries_revision", table_name="pair_summaries")
    op.drop_table("pair_summaries")
