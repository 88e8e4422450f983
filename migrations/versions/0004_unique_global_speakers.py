"""one global speaker per (name_key, kind): a partial unique index, so concurrent
ingesters cannot create the same person twice (duplicates from before are merged)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: Union[str, None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    bind = op.get_bind()
    dupes = bind.execute(sa.text(
        "SELECT name_key, kind, MIN(id) FROM speakers WHERE article_id IS NULL "
        "GROUP BY name_key, kind HAVING COUNT(*) > 1")).all()
    for key, kind, keep in dupes:
        others = [r[0] for r in bind.execute(sa.text(
            "SELECT id FROM speakers WHERE name_key = :k AND kind = :t AND article_id IS NULL AND id <> :keep"),
            {"k": key, "t": kind, "keep": keep})]
        for sid in others:
            for table in ("quotes", "affiliations"):
                bind.execute(sa.text(f"UPDATE {table} SET speaker_id = :keep WHERE speaker_id = :sid"),
                             {"keep": keep, "sid": sid})
            bind.execute(sa.text(
                "UPDATE speaker_aliases SET speaker_id = :keep WHERE speaker_id = :sid AND alias NOT IN "
                "(SELECT alias FROM speaker_aliases WHERE speaker_id = :keep)"), {"keep": keep, "sid": sid})
            bind.execute(sa.text("DELETE FROM speakers WHERE id = :sid"), {"sid": sid})
    op.create_index("uq_speakers_global_name_key_kind", "speakers", ["name_key", "kind"], unique=True,
                    sqlite_where=sa.text("article_id IS NULL"), postgresql_where=sa.text("article_id IS NULL"))


def downgrade() -> None:
    op.drop_index("uq_speakers_global_name_key_kind", table_name="speakers")
