"""Writing articles with their quotes, speakers and affiliations.

Everything for a batch happens in the caller's transaction: every article in
it lands whole or none does (the pipeline then replays a failed batch one
article per transaction). Rows go in with one bulk statement per table;
shared records (publications, organisations, global speakers) are created
with ``INSERT ... ON CONFLICT DO NOTHING`` and read back, so two ingesters
writing at once never create the same one twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import JSON, and_, any_, bindparam, delete, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..extract.version import EXTRACTOR_VERSION
from ..ingest import ArticleRecord, text_hash
from ..resolve import is_full_name, is_generic_org, name_key, name_without_initials, org_key, without_initials
from .queries import quoted_words
from .models import (
    Affiliation,
    Article,
    Correction,
    Organization,
    Publication,
    Quote,
    Speaker,
    SpeakerAlias,
)

if TYPE_CHECKING:  # (the extractor is imported only where quotes are extracted)
    from ..extract import Quote as QuoteCandidate

_KINDS = {"person", "organization", "anonymous", "group"}
_CHUNK = 500  # rows per IN (...) look-up on SQLite


def _in(session: Session, cols: list, keys: list[tuple]):
    """A condition that holds for every key in ``keys``: one ``IN`` list per column on SQLite,
    one array parameter per column on PostgreSQL (``col = ANY(array)``). Either can match more
    combinations than asked for: callers keep only the keys they want.

    Not a row-value ``(a, b) IN (VALUES ...)``: SQLite's planner cannot search an index with
    one, and chose the speakers' ``article_id IS NULL`` instead, reading every global speaker
    on every batch (a cost that grew with the database). Per-column lists let it use the
    unique (name key, kind) index. On PostgreSQL, a statement with thousands of placeholders
    cost the driver and the planner more than the look-up itself."""
    if session.bind.dialect.name != "postgresql":
        return and_(*(c.in_(sorted({k[i] for k in keys})) for i, c in enumerate(cols)))
    return and_(*(c == any_(bindparam(None, sorted({k[i] for k in keys}), type_=ARRAY(c.type)))
                  for i, c in enumerate(cols)))


def _chunks(session: Session, keys: list) -> list[list]:
    """Look-up keys in groups: all at once on PostgreSQL (arrays), by :data:`_CHUNK` elsewhere."""
    step = max(len(keys), 1) if session.bind.dialect.name == "postgresql" else _CHUNK
    return [keys[i : i + step] for i in range(0, len(keys), step)]


@dataclass
class Stored:
    article_id: int
    quotes: int
    new_speakers: int


@dataclass
class Item:
    """One article to store: its record, extracted quotes and links."""

    record: ArticleRecord
    quotes: list[QuoteCandidate]
    parent_id: int | None = None
    existing_id: int | None = None  # re-extract this stored article in place
    parent_item: "Item | None" = None  # a parent stored in the same batch
    article_id: int | None = None
    new_speakers: int = 0
    n_quotes: int = 0
    # computed ahead (in the extraction workers) when given: a text hash per quote,
    # and (name key, local?) per speaker key
    text_hashes: list[str] | None = None
    speaker_keys: dict | None = None


def prepare(quotes: list[QuoteCandidate]) -> tuple[list[str], dict]:
    """The per-quote work that needs no database, so that workers can do it."""
    # the verbatim words, or an indirect quote's clause, group one quote across articles
    hashes = [text_hash(" ".join(quoted_words(q.kind, q.text, q.start, q.fragments) or [q.text]))
              for q in quotes]
    keys = {}
    for q in quotes:
        if q.speaker and q.speaker_key is not None and q.speaker_key not in keys:
            kind = q.speaker_kind if q.speaker_kind in _KINDS else "person"
            key = (name_key(q.speaker, kind) or q.speaker.casefold())[:500]
            # local (matched within the article only): the unnamed, a bare surname, and an
            # organisation whose name fits many ("the company", "Finance Ministry")
            keys[q.speaker_key] = (key, kind in ("anonymous", "group") or (kind == "person" and not is_full_name(q.speaker))
                                   or (kind == "organization" and is_generic_org(q.speaker)))
    return hashes, keys


def _dialect_insert(session: Session, model):
    """The dialect's INSERT on the Core table (no ORM layer), which knows ON CONFLICT."""
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(model.__table__)


def existing_articles(session: Session, records: list[ArticleRecord]) -> dict[str, int]:
    """content hash -> stored id, and url -> stored id, for a batch, in two queries."""
    hashes = [(h,) for h in {r.content_hash for r in records}]
    out = dict(session.execute(select(Article.content_hash, Article.id)
                               .where(_in(session, [Article.content_hash], hashes))).all())
    urls = [(u,) for u in {r.url for r in records if r.url}]
    if urls:
        out.update(session.execute(select(Article.url, Article.id).where(_in(session, [Article.url], urls))).all())
    return out


def all_merges(session: Session) -> list[dict]:
    return [c.value or {} for c in session.scalars(select(Correction).where(Correction.action == "merge_speaker"))]


def _merge_target(merges: list[dict], key: str, kind: str, article_id: int | None) -> int | None:
    for v in merges:
        if v.get("from_key") == key and v.get("from_kind") == kind and v.get("from_article_id") in (None, article_id):
            return v.get("into")
    return None


# ------------------------------------------------------------------ shared records
def _ids_by(session: Session, model, cols, keys: list[tuple], extra=()) -> dict[tuple, int]:
    """{key tuple: id} for rows whose ``cols`` match, in chunks."""
    out: dict[tuple, int] = {}
    for chunk in _chunks(session, keys):
        wanted = set(chunk)
        stmt = select(*cols, model.id).where(_in(session, cols, chunk), *extra)
        for row in session.execute(stmt):
            if tuple(row[:-1]) in wanted:
                out[tuple(row[:-1])] = row[-1]
    return out


def _get_or_create_many(session: Session, model, cols, rows: dict[tuple, dict], conflict: list[str],
                        extra=(), index_where=None) -> tuple[dict[tuple, int], set[tuple]]:
    """Ids for every key in ``rows`` (created where missing); and the keys created here."""
    keys = list(rows)
    found = _ids_by(session, model, cols, keys, extra)
    missing = [k for k in keys if k not in found]
    created: set[tuple] = set()
    if missing:
        table = model.__table__
        ins = _dialect_insert(session, model)
        params = [rows[k] for k in missing]
        if session.bind.dialect.name == "postgresql":
            ins, params = _from_arrays(ins, table, params), None
        stmt = ins.on_conflict_do_nothing(index_elements=conflict, index_where=index_where).returning(
            *[table.c[c.key] for c in cols], table.c.id)
        for row in session.connection().execute(stmt, params):
            found[tuple(row[:-1])] = row[-1]
            created.add(tuple(row[:-1]))
        still = [k for k in missing if k not in found]  # another writer made them a moment ago
        if still:
            found.update(_ids_by(session, model, cols, still, extra))
    return found, created


def _from_arrays(ins, table, params: list[dict]):
    """PostgreSQL: the insert of these rows as one statement over one array per column
    (unnest): no per-row placeholders to build or send."""
    names = list(params[0])
    arrays = [bindparam(None, [p[n] for p in params], type_=ARRAY(table.c[n].type)) for n in names]
    return ins.from_select(names, select(*func.unnest(*arrays).table_valued(*names).render_derived().c))


def publication_ids(session: Session, names: set[str], cache: dict) -> None:
    need = {(n,): {"name": n} for n in names if n and ("pub", n) not in cache}
    if need:
        ids, _ = _get_or_create_many(session, Publication, [Publication.name], need, ["name"])
        for (n,), i in ids.items():
            cache[("pub", n)] = i


def organization_ids(session: Session, names: set[str], cache: dict) -> None:
    need = {}
    for n in names:
        k = org_key(n)[:500]
        if ("org", k) not in cache:
            need[(k,)] = {"name": n[:500], "name_key": k}
    if need:
        ids, _ = _get_or_create_many(session, Organization, [Organization.name_key], need, ["name_key"])
        for (k,), i in ids.items():
            cache[("org", k)] = i


# ------------------------------------------------------------------ batches
def _entities(item: Item) -> dict:
    """speaker_key -> (name, key, kind, local, first quote) for one article's quotes."""
    if item.speaker_keys is None or item.text_hashes is None:
        item.text_hashes, item.speaker_keys = prepare(item.quotes)
    out = {}
    for q in item.quotes:
        if q.speaker and q.speaker_key is not None and q.speaker_key not in out:
            kind = q.speaker_kind if q.speaker_kind in _KINDS else "person"
            key, local = item.speaker_keys[q.speaker_key]
            out[q.speaker_key] = (q.speaker[:500], key, kind, local, q)
    return out


def store_batch(session: Session, items: list[Item], cache: dict | None = None,
                merges: list[dict] | None = None) -> None:
    """Store every item (article, speakers, affiliations, quotes) with bulk statements."""
    cache = {} if cache is None else cache
    merges = all_merges(session) if merges is None else merges
    conn = session.connection()

    # articles: re-extracted ones are cleared; new ones inserted, parents before children.
    # The shared speakers their old quotes named are noted: one no quote names any more (an
    # extractor that now reads "Federal Savings and Loan Association" where it read "Loan
    # Association") goes at the end, as a local speaker goes with its article's old quotes
    redone = [it.existing_id for it in items if it.existing_id is not None]
    old_global = set(session.scalars(
        select(Quote.speaker_id).join(Speaker, Speaker.id == Quote.speaker_id)
        .where(Quote.article_id.in_(redone), Speaker.article_id.is_(None)).distinct()
    )) if redone else set()
    publication_ids(session, {it.record.publication for it in items if it.record.publication}, cache)
    # a stored article given again with other text (an update at the same URL, or the same
    # words laid out otherwise: one content hash) takes the new text, so that its quotes'
    # offsets point into the text stored with them; and any metadata the input gives
    stored_text = {aid: t for chunk in _chunks(session, redone)
                   for aid, t in session.execute(select(Article.id, Article.text).where(Article.id.in_(chunk)))}
    text_changed: set[int] = set()
    for chunk in _chunks(session, redone):  # (one statement per table and batch)
        for model in (Quote, Affiliation, Speaker):
            session.execute(delete(model).where(model.article_id.in_(chunk)).execution_options(synchronize_session=False))
    only_version = []
    for it in items:
        if it.existing_id is not None:
            it.article_id = it.existing_id
            values = _given_metadata(it.record, cache)
            if stored_text.get(it.existing_id, it.record.text) != it.record.text:
                values.update(text=it.record.text, content_hash=it.record.content_hash)
                text_changed.add(it.existing_id)
            if values:
                session.execute(update(Article).where(Article.id == it.existing_id)
                                .values(extractor_version=EXTRACTOR_VERSION, **values))
            else:
                only_version.append(it.existing_id)
    for chunk in _chunks(session, only_version):
        session.execute(update(Article).where(Article.id.in_(chunk)).values(extractor_version=EXTRACTOR_VERSION)
                        .execution_options(synchronize_session=False))
    pending = [it for it in items if it.existing_id is None]
    while pending:
        ready = [it for it in pending if it.parent_item is None or it.parent_item.article_id is not None]
        if not ready:
            raise ValueError("an article's parent is missing from the batch")
        rows = []
        for it in ready:
            r = it.record
            parent = it.parent_item.article_id if it.parent_item is not None else it.parent_id
            rows.append(dict(
                title=r.title, url=r.url, authors=list(r.authors or []), published=r.published,
                publication_id=cache.get(("pub", r.publication)) if r.publication else None,
                language=r.language, source=r.source, text=r.text, content_hash=r.content_hash,
                extractor_version=EXTRACTOR_VERSION, parent_id=parent,
            ))
        # plain bulk insert (COPY on PostgreSQL), ids read back by content hash (unique):
        # RETURNING with row order would make SQLAlchemy send one statement per row on SQLite
        _bulk_rows(session, Article, rows)
        ids = _ids_by(session, Article, [Article.content_hash], [(r["content_hash"],) for r in rows])
        for it, r in zip(ready, rows):
            it.article_id = ids[(r["content_hash"],)]
        pending = [it for it in pending if it.article_id is None]

    # speakers: global ones shared across articles, local ones per article
    ents = [(it, sk, e) for it in items for sk, e in _entities(it).items()]
    speaker_of: dict[tuple[int, int], int] = {}
    global_rows: dict[tuple, dict] = {}
    initialled_aliases: list[tuple[int, str, str]] = []  # (speaker, name as written, its key) to record
    same_batch: dict[tuple, tuple] = {}  # a key with middle initials -> (its bare key, its name), both new here
    for it, sk, (name, key, kind, local, _) in ents:
        into = _merge_target(merges, key, kind, it.article_id if local else None)
        if into is not None:
            speaker_of[(id(it), sk)] = into
        elif not local and ("spk", key, kind) not in cache:
            global_rows.setdefault((key, kind), {"name": name, "name_key": key, "kind": kind, "article_id": None})
    if global_rows:
        # an alias recorded by a human (merge, rename) points at the speaker kept, and so does
        # the key without middle initials that a speaker named with them is stored under
        via_alias = _alias_ids(session, list(global_rows))
        for k, sid in via_alias.items():
            cache[("spk", *k)] = sid
            global_rows.pop(k, None)
        # "Donald J. Trump" after a "Donald Trump" stored from another article: that speaker
        bare = {k: (without_initials(k[0]), k[1]) for k in global_rows if k[1] == "person"
                and without_initials(k[0]) != k[0]}
        if bare:
            found = _ids_by(session, Speaker, [Speaker.name_key, Speaker.kind], sorted(set(bare.values())),
                            (Speaker.article_id.is_(None),))
            for k, k0 in bare.items():
                if k0 in found and k0 not in global_rows:
                    cache[("spk", *k)] = found[k0]
                    initialled_aliases.append((found[k0], global_rows.pop(k)["name"], k[0]))
                elif k0 in global_rows:
                    # both ways of naming him in this batch: one speaker, the other's name an alias
                    same_batch[k] = (k0, global_rows.pop(k)["name"])
    created_global: set[tuple] = set()
    if global_rows:
        ids, created_global = _get_or_create_many(
            session, Speaker, [Speaker.name_key, Speaker.kind], global_rows, ["name_key", "kind"],
            extra=(Speaker.article_id.is_(None),), index_where=Speaker.article_id.is_(None))
        for k, sid in ids.items():
            cache[("spk", *k)] = sid
    for k, (k0, name) in same_batch.items():
        cache[("spk", *k)] = cache[("spk", *k0)]
        initialled_aliases.append((cache[("spk", *k0)], name, k[0]))
    local_ents = [(it, sk, e) for it, sk, e in ents if e[3] and (id(it), sk) not in speaker_of]
    if local_ents:
        rows = [{"name": e[0], "name_key": e[1], "kind": e[2], "article_id": it.article_id} for it, _, e in local_ents]
        _bulk_rows(session, Speaker, rows)
        arts = sorted({r["article_id"] for r in rows})
        local_ids: dict[tuple, int] = {}
        for chunk in _chunks(session, [(a,) for a in arts]):
            for sid, aid, key, kind in session.execute(
                select(Speaker.id, Speaker.article_id, Speaker.name_key, Speaker.kind)
                .where(_in(session, [Speaker.article_id], chunk)).order_by(Speaker.id)
            ):
                local_ids.setdefault((aid, key, kind), sid)
        for it, sk, e in local_ents:
            speaker_of[(id(it), sk)] = local_ids[(it.article_id, e[1], e[2])]
            it.new_speakers += 1
    alias_rows = [{"speaker_id": speaker_of[(id(it), sk)], "alias": e[0], "alias_key": e[1]}
                  for it, sk, e in local_ents]
    for it, sk, (name, key, kind, local, _) in ents:
        if (id(it), sk) in speaker_of:
            continue
        sid = cache[("spk", key, kind)]
        speaker_of[(id(it), sk)] = sid
        if (key, kind) in created_global:
            created_global.discard((key, kind))
            it.new_speakers += 1
            alias_rows.append({"speaker_id": sid, "alias": name, "alias_key": key})
            if kind == "person" and (k0 := without_initials(key)) != key:
                # "Donald J. Trump" is found again as "Donald Trump" (another article's way of naming him)
                alias_rows.append({"speaker_id": sid, "alias": name_without_initials(name), "alias_key": k0})
    for sid, name, key in initialled_aliases:
        alias_rows.append({"speaker_id": sid, "alias": name, "alias_key": key})
    if alias_rows:
        if session.bind.dialect.name == "sqlite":
            before = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM speaker_aliases").scalar()
            _executemany(session, SpeakerAlias, alias_rows, ignore_conflicts=True)
            index_aliases(session, after_id=before)
        else:
            ins = _from_arrays(_dialect_insert(session, SpeakerAlias), SpeakerAlias.__table__, alias_rows)
            conn.execute(ins.on_conflict_do_nothing())

    # affiliations (once per speaker and article) and quotes
    organization_ids(session, {r["organization"] for _, _, e in ents for r in e[4].speaker_roles
                               if r.get("organization")}, cache)
    aff_rows = []
    for it, sk, (_, _, _, _, q) in ents:
        for r in q.speaker_roles:
            org = r.get("organization")
            aff_rows.append({
                "speaker_id": speaker_of[(id(it), sk)], "role": (r.get("role") or None) and r["role"][:500],
                "organization_id": cache[("org", org_key(org)[:500])] if org else None,
                "qualifier": r.get("qualifier"), "place": (r.get("place") or None) and r["place"][:300],
                "description": r.get("description"), "article_id": it.article_id,
                "start": r.get("start"), "end": r.get("end"),
            })
    quote_rows = []
    for it in items:
        seen = set()
        if it.text_hashes is None:
            it.text_hashes, it.speaker_keys = prepare(it.quotes)
        for q, thash in zip(it.quotes, it.text_hashes):
            if (q.start, q.end) in seen:
                continue
            seen.add((q.start, q.end))
            sid = speaker_of.get((id(it), q.speaker_key)) if q.speaker and q.speaker_key is not None else None
            quote_rows.append({
                "article_id": it.article_id, "speaker_id": sid,
                "speaker_mention": (q.speaker_mention or None) and q.speaker_mention[:500],
                "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                "speaker_description": q.speaker_description, "cue": (q.cue or None) and q.cue[:200],
                "cue_start": q.cue_start, "cue_end": q.cue_end, "text": q.text, "start": q.start, "end": q.end,
                "content_start": q.content_start, "content_end": q.content_end, "kind": q.kind,
                "fragments": [list(f) for f in q.fragments] if q.kind == "mixed" and q.fragments else None,
                "confidence": float(q.confidence), "paragraph": q.paragraph, "text_hash": thash,
                "corrected": False,
            })
            it.n_quotes += 1
    for model, rows in ((Affiliation, aff_rows), (Quote, quote_rows)):
        if rows:
            _bulk_rows(session, model, rows)
    if quote_rows and session.bind.dialect.name == "sqlite":
        index_quotes(session, [it.article_id for it in items])
    if redone:
        apply_corrections(session, redone, text_changed)
    if old_global:
        quoted = select(Quote.id).where(Quote.speaker_id == Speaker.id).exists()
        for chunk in _chunks(session, sorted(old_global)):
            session.execute(delete(Speaker).where(Speaker.id.in_(chunk), ~quoted)
                            .execution_options(synchronize_session=False))


def index_quotes(session: Session, article_ids: list[int]) -> None:
    """SQLite: add these articles' quotes to the full-text index (migration 0006), in the
    caller's transaction. Every quote insert goes through ``store_batch``, which calls this."""
    conn = session.connection()
    for i in range(0, len(article_ids), _CHUNK):
        chunk = article_ids[i : i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        conn.exec_driver_sql(
            f"INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE article_id IN ({marks})",
            tuple(chunk))


def index_aliases(session: Session, *, after_id: int = 0, alias_id: int | None = None) -> None:
    """SQLite: add new speaker aliases to their full-text index (migration 0008), in the
    caller's transaction: one alias by id, or every alias above ``after_id`` (the batch just
    inserted: the transaction holds SQLite's write lock, and new ids only grow)."""
    if session.bind.dialect.name != "sqlite":
        return
    where, arg = ("id = ?", alias_id) if alias_id is not None else ("id > ?", after_id)
    session.connection().exec_driver_sql(
        f"INSERT INTO speaker_aliases_fts(rowid, alias_key) SELECT id, alias_key FROM speaker_aliases WHERE {where}",
        (arg,))


def _bulk_rows(session: Session, model, rows: list[dict]) -> None:
    """Insert many rows: COPY on PostgreSQL (its bulk path), one DB-API executemany on
    SQLite. Both run inside the caller's transaction."""
    if session.bind.dialect.name != "postgresql":
        _insert(session, model, rows)
        return
    given = list(rows[0])
    fixed = _python_defaults(model, rows[0])
    cols = given + list(fixed)
    extra = list(fixed.values())
    raw = session.connection().connection.driver_connection
    names = ", ".join(f'"{c}"' for c in cols)
    as_json = [i for i, c in enumerate(cols) if isinstance(model.__table__.c[c].type, JSON)]
    statement = f"COPY {model.__tablename__} ({names}) FROM STDIN"
    try:
        with raw.cursor() as cur, cur.copy(statement) as copy:
            for r in rows:
                values = [r[c] for c in given] + extra
                for i in as_json:
                    if values[i] is not None:
                        values[i] = json.dumps(values[i])
                copy.write_row(values)
    except session.bind.dialect.dbapi.Error as exc:
        # the driver's own error, raised past SQLAlchemy: wrap it as SQLAlchemy would (a unique
        # violation becomes IntegrityError), so that callers retry a row another writer stored
        raise DBAPIError.instance(statement, None, exc, session.bind.dialect.dbapi.Error) from exc


def _python_defaults(model, row: dict) -> dict:
    """The column defaults SQLAlchemy fills in on the Python side (a Core insert does; a raw
    COPY or executemany must too), for the columns ``row`` leaves out."""
    fixed = {}
    for c in model.__table__.columns:
        d = c.default
        if c.key in row or d is None or c.primary_key or not (d.is_callable or d.is_scalar):
            continue
        value = d.arg(None) if d.is_callable else d.arg
        if value is not None:
            fixed[c.key] = value
    return fixed


def _insert(session: Session, model, rows: list[dict]) -> None:
    """A plain bulk insert: one DB-API executemany on SQLite, a Core insert elsewhere."""
    if session.bind.dialect.name == "sqlite":
        _executemany(session, model, rows)
    else:
        session.connection().execute(_dialect_insert(session, model), rows)


def _executemany(session: Session, model, rows: list[dict], ignore_conflicts: bool = False) -> None:
    """One INSERT for many rows through the DB-API cursor, values converted by each
    column's own type (JSON, dates) and Python-side defaults filled in: what a Core
    insert does, without compiling parameters row by row (a third of a batch's time).
    ``ignore_conflicts`` skips rows a unique constraint already holds (ON CONFLICT DO NOTHING)."""
    table = model.__table__
    dialect = session.bind.dialect
    cols = list(rows[0])
    fixed = _python_defaults(model, rows[0])
    names = cols + list(fixed)
    procs = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in names]
    extra = [fixed[c] for c in fixed]
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        dialect.identifier_preparer.format_table(table),
        ", ".join(dialect.identifier_preparer.quote(table.c[c].name) for c in names),
        ", ".join("?" * len(names))) + (" ON CONFLICT DO NOTHING" if ignore_conflicts else "")
    data = [[r[c] for c in cols] + extra for r in rows]
    conv = [(i, p) for i, p in enumerate(procs) if p is not None]
    if conv:
        for row in data:
            for i, p in conv:
                if row[i] is not None:
                    row[i] = p(row[i])
    session.connection().exec_driver_sql(sql, [tuple(r) for r in data])


def _alias_ids(session: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """(alias key, kind) -> global speaker, for aliases that differ from the speaker's own key."""
    out: dict[tuple[str, str], int] = {}
    al, sp = SpeakerAlias, Speaker
    for chunk in _chunks(session, keys):
        stmt = (select(al.alias_key, sp.kind, sp.id, sp.name_key).join(sp, sp.id == al.speaker_id)
                .where(_in(session, [al.alias_key, sp.kind], chunk), sp.article_id.is_(None)).order_by(sp.id))
        wanted = set(chunk)
        for akey, kind, sid, nkey in session.execute(stmt):
            if akey != nkey and (akey, kind) in wanted:
                out.setdefault((akey, kind), sid)
    return out


def store_article(
    session: Session,
    record: ArticleRecord,
    quotes: list[QuoteCandidate],
    *,
    parent_id: int | None = None,
    existing_id: int | None = None,
    cache: dict | None = None,
) -> Stored:
    """Insert (or, with ``existing_id``, re-extract in place) one article and its quotes."""
    it = Item(record, quotes, parent_id=parent_id, existing_id=existing_id)
    store_batch(session, [it], cache)
    return Stored(it.article_id, it.n_quotes, it.new_speakers)


def _given_metadata(record: ArticleRecord, cache: dict) -> dict:
    """The article columns a re-ingested record gives values for (none for a re-extraction)."""
    values = {"title": record.title, "published": record.published, "language": record.language,
              "source": record.source, "authors": list(record.authors) if record.authors else None,
              "publication_id": cache.get(("pub", record.publication)) if record.publication else None}
    return {k: v for k, v in values.items() if v is not None}


def apply_corrections(session: Session, article_ids: list[int], text_changed: set[int] = frozenset()) -> None:
    """Re-apply human fixes recorded for these articles after re-extraction. A fix finds its
    quote by span, and by the quote's words where it recorded them; once an article's text
    has changed (``text_changed``), a fix that did not record them is not applied (the span
    may now hold other words)."""
    fixes = [c for chunk in _chunks(session, article_ids) for c in session.scalars(
        select(Correction).where(Correction.article_id.in_(chunk), Correction.action == "set_speaker")
        .order_by(Correction.id))]
    for c in fixes:
        value = c.value or {}
        sid = value.get("speaker_id")
        if sid is None or session.get(Speaker, sid) is None or c.article_id in text_changed and "quote" not in value:
            continue
        where = [Quote.article_id == c.article_id, Quote.start == c.quote_start, Quote.end == c.quote_end]
        if "quote" in value:
            where.append(Quote.text == value["quote"])
        session.execute(update(Quote).where(*where).values(speaker_id=sid, corrected=True))
