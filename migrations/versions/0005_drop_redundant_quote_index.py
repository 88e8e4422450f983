"""drop ix_quotes_article_id: the unique (article_id, start, end) index already serves
look-ups by article, and every index slows ingestion

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0005"
down_revision: Union[str, None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.drop_index("ix_quotes_article_id")


def downgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.create_index("ix_quotes_article_id", ["article_id"], unique=False)
