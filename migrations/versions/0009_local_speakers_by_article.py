"""ix_speakers_article_id indexes only article-local speakers (article_id IS NOT NULL)

With every speaker in it, SQLite's planner answered the writer's global-speaker look-ups
("name_key IN (...) AND kind IN (...) AND article_id IS NULL") through this index, reading
every global speaker on every batch: a cost that grows with the database (about 0.2 s a batch
at a million speakers). Without the global ones it cannot, and uses the unique (name key,
kind) index of global speakers instead. Look-ups and deletes by article ("article_id = ?",
"article_id IN (...)") imply the index's condition and still use it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: Union[str, None] = "0008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_index("ix_speakers_article_id", table_name="speakers")
    op.create_index("ix_speakers_article_id", "speakers", ["article_id"],
                    sqlite_where=sa.text("article_id IS NOT NULL"),
                    postgresql_where=sa.text("article_id IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_speakers_article_id", table_name="speakers")
    op.create_index("ix_speakers_article_id", "speakers", ["article_id"])
