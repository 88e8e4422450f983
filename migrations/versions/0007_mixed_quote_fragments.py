"""mixed quotes span their whole reported clause, as annotated news marks them; the
quoted words move to a new ``fragments`` column ([[start, end], ...] in article offsets)

Existing mixed quotes are converted in place: their old span (the quoted words)
becomes their one fragment, their span becomes the clause, and corrections made
to them follow them. A mixed quote whose clause span is already taken by another
quote of its article keeps its old span.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: Union[str, None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_FREE_CLAUSE = (
    'q.kind = \'mixed\' AND q.content_start IS NOT NULL AND q.content_end > q.content_start '
    'AND NOT EXISTS (SELECT 1 FROM quotes o WHERE o.article_id = q.article_id '
    'AND o.start = q.content_start AND o."end" = q.content_end AND o.id <> q.id)'
)


# the quote a correction was made to, matched by its article and span
_CORRECTED = ('q.article_id = corrections.article_id AND q.start = corrections.quote_start '
              'AND q."end" = corrections.quote_end')


def _move_corrections(where: str, new_start: str, new_end: str) -> None:
    """Point the corrections of the quotes matching ``where`` at their new spans."""
    op.execute(
        f"UPDATE corrections SET "
        f"quote_start = (SELECT {new_start} FROM quotes q WHERE {_CORRECTED} AND {where}), "
        f"quote_end = (SELECT {new_end} FROM quotes q WHERE {_CORRECTED} AND {where}) "
        f"WHERE EXISTS (SELECT 1 FROM quotes q WHERE {_CORRECTED} AND {where})")


def upgrade() -> None:
    op.add_column("quotes", sa.Column("fragments", sa.JSON(), nullable=True))
    pair = "json_array(json_array(start, \"end\"))" if _sqlite() else \
        "json_build_array(json_build_array(start, \"end\"))"
    # corrections first, while the quotes still have their old spans
    _move_corrections(_FREE_CLAUSE, "q.content_start", "q.content_end")
    op.execute(
        f"UPDATE quotes SET fragments = {pair}, "
        "text = (SELECT substr(a.text, quotes.content_start + 1, quotes.content_end - quotes.content_start) "
        "        FROM articles a WHERE a.id = quotes.article_id), "
        "start = content_start, \"end\" = content_end "
        f"WHERE id IN (SELECT q.id FROM quotes q WHERE {_FREE_CLAUSE})")


def downgrade() -> None:
    _move_corrections("q.kind = 'mixed' AND q.fragments IS NOT NULL", *_first_and_last("q.fragments"))
    first, last = _first_and_last("fragments")
    op.execute(
        f"UPDATE quotes SET start = {first}, \"end\" = {last}, "
        f"text = (SELECT substr(a.text, {first} + 1, {last} - {first}) FROM articles a "
        "         WHERE a.id = quotes.article_id) "
        "WHERE kind = 'mixed' AND fragments IS NOT NULL")
    # a plain ALTER: a batch copy of the table would lose the full-text triggers
    op.execute("ALTER TABLE quotes DROP COLUMN fragments")


def _first_and_last(col: str) -> tuple[str, str]:
    """SQL for the start of the first fragment and the end of the last one in ``col``."""
    if _sqlite():
        return f"json_extract({col}, '$[0][0]')", f"json_extract({col}, '$[#-1][1]')"
    return f"({col}->0->>0)::int", f"({col}->-1->>1)::int"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"
