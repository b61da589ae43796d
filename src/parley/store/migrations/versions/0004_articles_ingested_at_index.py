"""Revision 0004: an index on `articles.ingested_at`, the latest write `Store.revision` reads.

The web app asks the store for its revision on every request; without the index the latest
write time is a scan of every article row, texts included (~28 ms on 10,000 articles).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Index the ingest time; stored articles keep their values."""
    op.create_index("ix_articles_ingested_at", "articles", ["ingested_at"])


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_articles_ingested_at", table_name="articles")
