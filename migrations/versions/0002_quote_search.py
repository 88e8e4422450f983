"""full-text search over quote text: FTS5 on SQLite, tsvector + GIN on PostgreSQL

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0002"
down_revision: Union[str, None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute("CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN "
                   "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END")
        op.execute("CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN "
                   "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END")
        op.execute("CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN "
                   "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); "
                   "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END")
        op.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
    else:
        op.execute("ALTER TABLE quotes ADD COLUMN text_tsv tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED")
        op.execute("CREATE INDEX ix_quotes_text_tsv ON quotes USING gin (text_tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for t in ("quotes_fts_ai", "quotes_fts_ad", "quotes_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {t}")
        op.execute("DROP TABLE IF EXISTS quotes_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_quotes_text_tsv")
        op.execute("ALTER TABLE quotes DROP COLUMN IF EXISTS text_tsv")
