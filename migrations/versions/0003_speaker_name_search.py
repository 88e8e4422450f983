"""speaker name look-up: FTS5 over aliases on SQLite, a prefix-searchable tsvector on PostgreSQL

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0003"
down_revision: Union[str, None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE speaker_aliases_fts USING fts5(alias_key, content='speaker_aliases', "
                   "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
        op.execute("CREATE TRIGGER speaker_aliases_fts_ai AFTER INSERT ON speaker_aliases BEGIN "
                   "INSERT INTO speaker_aliases_fts(rowid, alias_key) VALUES (new.id, new.alias_key); END")
        op.execute("CREATE TRIGGER speaker_aliases_fts_ad AFTER DELETE ON speaker_aliases BEGIN "
                   "INSERT INTO speaker_aliases_fts(speaker_aliases_fts, rowid, alias_key) "
                   "VALUES ('delete', old.id, old.alias_key); END")
        op.execute("CREATE TRIGGER speaker_aliases_fts_au AFTER UPDATE OF alias_key ON speaker_aliases BEGIN "
                   "INSERT INTO speaker_aliases_fts(speaker_aliases_fts, rowid, alias_key) "
                   "VALUES ('delete', old.id, old.alias_key); "
                   "INSERT INTO speaker_aliases_fts(rowid, alias_key) VALUES (new.id, new.alias_key); END")
        op.execute("INSERT INTO speaker_aliases_fts(speaker_aliases_fts) VALUES ('rebuild')")
    else:
        op.execute("ALTER TABLE speaker_aliases ADD COLUMN alias_tsv tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('simple', alias_key)) STORED")
        op.execute("CREATE INDEX ix_speaker_aliases_alias_tsv ON speaker_aliases USING gin (alias_tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for t in ("speaker_aliases_fts_ai", "speaker_aliases_fts_ad", "speaker_aliases_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {t}")
        op.execute("DROP TABLE IF EXISTS speaker_aliases_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_speaker_aliases_alias_tsv")
        op.execute("ALTER TABLE speaker_aliases DROP COLUMN IF EXISTS alias_tsv")
