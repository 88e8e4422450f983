"""SQLite: new speaker aliases are added to their full-text index by the code that inserts
them (one statement per batch in the writer) instead of a per-row AFTER INSERT trigger,
which cost about 45 microseconds a row, nine times the batch statement; the delete and
update triggers stay. As 0006 did for quotes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0008"
down_revision: Union[str, None] = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS speaker_aliases_fts_ai")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER speaker_aliases_fts_ai AFTER INSERT ON speaker_aliases BEGIN "
                   "INSERT INTO speaker_aliases_fts(rowid, alias_key) VALUES (new.id, new.alias_key); END")
