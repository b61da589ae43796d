"""Revision 0003: the fetch log (every fetched URL, its status and article) and the sources.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create `fetch_log` and `fetch_sources`; stored articles stay as they are."""
    op.create_table(
        "fetch_log",
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("canonical_url", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("article_id", sa.String(255), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_fetch_log_article_id_articles",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("url", name="pk_fetch_log"),
    )
    op.create_index("ix_fetch_log_content_hash", "fetch_log", ["content_hash"])
    op.create_index("ix_fetch_log_article_id", "fetch_log", ["article_id"])

    op.create_table(
        "fetch_sources",
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("pair", sa.String(65), nullable=True),
        sa.Column("cameo", sa.String(255), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_fetch_sources"),
    )


def downgrade() -> None:
    """Drop the two tables."""
    op.drop_table("fetch_sources")
    op.drop_index("ix_fetch_log_article_id", table_name="fetch_log")
    op.drop_index("ix_fetch_log_content_hash", table_name="fetch_log")
    op.drop_table("fetch_log")
