"""Revision 0002: contract v2's `mechanism` on every event (the named mechanism, or null).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the nullable `events.mechanism` column; stored events keep null."""
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("mechanism", sa.Text(), nullable=True))


def downgrade() -> None:
    """Drop `events.mechanism`."""
    with op.batch_alter_table("events") as batch:
        batch.drop_column("mechanism")
