"""The commands. Each parses its options, calls the library and renders."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from .. import timelimit
from ..export import EXPORT_FORMATS
from ..ingest import ReadOptions, parse_date
from ..ingest.readers import FORMATS as INPUT_FORMATS, input_size
from .app import App, cli, pass_app
from .output import Progress, emit, highlight, output_options

ARTICLE_COLS = ("id", "title", "publication", "published", "quote_count", "parent_id")
QUOTE_COLS = ("id", "speaker", "kind", "text", "publication", "article_id")
SPEAKER_COLS = ("id", "name", "kind", "roles", "quote_count")


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


EXIT_INTERRUPTED = 130  # (128 + SIGINT, as shells report it)


_ON_INTERRUPT = {
    "ingest": "Every batch written before is stored whole; the one in progress was not. To finish, run "
              "the same command again: stored articles are recognised and skipped.",
    "reextract": "Every batch written before is stored whole; the one in progress was not. To finish, run "
                 "`quotebank reextract` again: it goes on with the articles an older extractor wrote.",
    "extract": "The output holds a whole record for each document before the one in progress, in order.",
}


@contextmanager
def _interruptible(progress: Progress | None, command: str) -> Iterator[None]:
    """Ctrl-C during a long run: say what was kept and how to go on; exit status 130."""
    try:
        yield
    except KeyboardInterrupt:
        if progress is not None:
            progress.clear()
        click.echo(f"Interrupted. {_ON_INTERRUPT[command]}", err=True)
        sys.exit(EXIT_INTERRUPTED)


# ------------------------------------------------------------------ info / db
@cli.command()
@output_options
@pass_app
def info(app, fmt):
    """Database location, schema revision, extractor version and row counts."""
    from ..store import queries

    data = queries.info(app.db)
    if fmt == "table":
        click.echo(f"database: {data['database']}")
        click.echo(f"schema:   {data['schema_revision']}" + (" (head)" if data["up_to_date"] else ""))
        old = data["articles_by_older_extractor"]
        click.echo(f"extractor: {data['extractor_version']}"
                   + (f" ({old} articles by an older one: quotebank reextract)" if old else ""))
        for name, n in data["counts"].items():
            click.echo(f"{name + ':':17s}{n}")
    else:
        emit([data], fmt, list(data))


@cli.group()
def db():
    """Schema migrations: upgrade, downgrade, current, history."""


def _migrate(app, step, revision: str) -> None:
    """Run a migration step and say where the schema is now."""
    from ..store import db as dbmod

    database = app.database(migrate=False)
    try:
        step(database.engine, revision)
    except Exception as exc:
        raise click.ClickException(f"{step.__name__} to {revision} failed: {exc}") from exc
    app.say(f"{dbmod.describe_url(database.url)} is at {dbmod.current_revision(database.engine) or 'base'}")


@db.command("upgrade")
@click.argument("revision", default="head")
@pass_app
def db_upgrade(app, revision):
    """Upgrade the schema to REVISION (default: head)."""
    from ..store import db as dbmod

    _migrate(app, dbmod.upgrade, revision)


@db.command("downgrade")
@click.argument("revision")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_app
def db_downgrade(app, revision, yes):
    """Downgrade the schema to REVISION ('base' removes every table and its data)."""
    from ..store import db as dbmod

    if revision == "base" and not yes:
        click.confirm("Downgrading to base deletes all data. Go on?", abort=True)
    _migrate(app, dbmod.downgrade, revision)


@db.command("current")
@pass_app
def db_current(app):
    """Print the schema revision, with "(head)" when up to date."""
    from ..store import db as dbmod

    database = app.database(migrate=False)
    try:
        rev = dbmod.current_revision(database.engine)
    except Exception as exc:
        raise click.ClickException(f"cannot read {dbmod.describe_url(database.url)}: {exc}") from exc
    head = dbmod.head_revision()
    click.echo(f"{rev or 'base (empty database)'}{' (head)' if rev == head else ''}")


@db.command("history")
@output_options
def db_history(fmt):
    """List the migrations, newest first."""
    from ..store import db as dbmod

    emit(dbmod.history(), fmt, ("revision", "down_revision", "message"))


def _extract_timeout_option(what_then: str):
    """--extract-timeout, as ingest, reextract and extract take it; ``what_then`` ends the help."""
    return click.option("--extract-timeout", type=click.FloatRange(min=0), default=timelimit.DEFAULT_SECONDS,
                        show_default=True, help=f"Seconds one article's extraction may take{what_then}")


def _jobs(ctx, param, value: int) -> int:
    import os

    return value or os.cpu_count() or 1


_JOBS_OPTION = click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True, callback=_jobs,
                            help="Worker processes for extraction, 0 for one per core (one process writes).")


# ------------------------------------------------------------------ ingest
@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "input_format", type=click.Choice(INPUT_FORMATS),
              help="Read every input as this format instead of choosing by extension.")
@click.option("--glob", help="Inside folders, only files matching this pattern (e.g. '*.txt').")
@click.option("--title", help="Title for the article (overrides the input).")
@click.option("--publication", help="Publication name (overrides the input).")
@click.option("--url", help="URL of the article (overrides the input).")
@click.option("--date", "published", callback=_date, help="Publication date, YYYY-MM-DD.")
@click.option("--author", "authors", multiple=True, help="Author (repeat for several).")
@click.option("--replace", is_flag=True, help="Re-extract articles already stored (human corrections are kept).")
@_JOBS_OPTION
@click.option("--max-size", type=click.IntRange(min=1), default=20, show_default=True,
              help="Largest input file, in MB.")
@_extract_timeout_option(" before it is reported and skipped (0: no limit).")
@pass_app
def ingest(app, paths, input_format, glob, title, publication, url, published, authors, replace, jobs,
           max_size, extract_timeout):
    """Add articles from files, folders, URLs or - (stdin): extract their quotes and store them.

    Bad inputs are reported as PATH[:LINE]: REASON and skipped; the rest of the
    batch is stored. Exit status 1 when any input failed.
    """
    from ..store.pipeline import Overrides, ingest as run_ingest

    database = app.db
    opts = ReadOptions(format=input_format, glob=glob, max_bytes=max_size * 1024 * 1024)
    over = Overrides(title, publication, url, published, list(authors) or None)
    show = not app.quiet and sys.stderr.isatty()
    progress = Progress(enabled=show, total_bytes=input_size(paths, opts) if show else None)
    opts.on_file = progress.file

    def on_error(err):
        progress.clear()
        click.echo(f"{err}", err=True)

    with _interruptible(progress, "ingest"):
        report = run_ingest(database, paths, options=opts, overrides=over, replace=replace, jobs=jobs,
                            on_error=on_error, on_article=lambda rec, status: progress.step(),
                            time_limit=extract_timeout)
    progress.clear()
    app.say(report.summary())
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("article_ids", nargs=-1, type=int)
@click.option("--all", "every", is_flag=True, help="Every stored article, not only those an older extractor wrote.")
@_JOBS_OPTION
@_extract_timeout_option("; one that runs out keeps its quotes (0: no limit).")
@pass_app
def reextract(app, article_ids, every, jobs, extract_timeout):
    """Extract the quotes of stored articles again with this version's extractor.

    Without ARTICLE_IDS, every article an older version extracted (see `quotebank info`
    for the version). The article text comes from the database, so no input files are
    needed; human corrections are applied again. Exit status 1 when an id is unknown or an
    article's extraction ran out of time.
    """
    from ..store.pipeline import reextract as run_reextract

    if every and article_ids:
        raise click.UsageError("give article ids or --all, not both")
    with _interruptible(None, "reextract"):
        report = run_reextract(app.db, list(article_ids) or None, every=every, time_limit=extract_timeout,
                               jobs=jobs)
    app.say(report.summary())
    if report.missing or report.timed_out:
        sys.exit(1)


# ------------------------------------------------------------------ listings
@cli.command()
@click.option("--publication", help="Only articles of this publication.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many rows.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows.")
@output_options
@pass_app
def articles(app, publication, limit, offset, fmt):
    """List stored articles."""
    from ..store import queries

    with app.db.session() as s:
        rows = queries.article_rows(s, publication=publication, limit=limit, offset=offset)
    emit(rows, fmt, ARTICLE_COLS, {"title": 50})


class _QueryGroup(click.Group):
    """A group whose first argument is either a subcommand or a search query."""

    def parse_args(self, ctx, args):
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            ctx.meta["query"] = args[0]
            args = args[1:]
        return super().parse_args(ctx, args)


def filter_options(func):
    """--speaker --org --publication --since --until --kind --article: shared by quotes, search, who-said, export."""
    opts = [
        click.option("--speaker", help="Only quotes of this speaker (name, typos allowed, or id)."),
        click.option("--org", help="Only quotes of speakers affiliated with this organisation."),
        click.option("--publication", help="Only quotes from this publication."),
        click.option("--since", callback=_date, help="Only articles published on or after YYYY-MM-DD."),
        click.option("--until", callback=_date, help="Only articles published on or before YYYY-MM-DD."),
        click.option("--kind", type=click.Choice(("direct", "mixed", "indirect")), help="Only this kind."),
        click.option("--article", type=int, help="Only quotes of this article id."),
    ]
    for o in reversed(opts):
        func = o(func)
    return func


def _filter(speaker, org, publication, since, until, kind, article):
    from ..store.filters import QuoteFilter

    return QuoteFilter(speaker, org, publication, since, until, kind, article)


class _filter_errors:
    def __enter__(self):
        return self

    def __exit__(self, et, exc, tb):
        from ..store.filters import FilterError

        if isinstance(exc, FilterError):
            raise click.ClickException(str(exc)) from exc
        return False


@cli.group(cls=_QueryGroup, invoke_without_command=True)
@filter_options
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many rows.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows.")
@output_options
@click.pass_context
def quotes(ctx, speaker, org, publication, since, until, kind, article, limit, offset, fmt):
    """List stored quotes with their speakers, in article order (subcommand: set-speaker).

    \b
    quotebank quotes --article 3
    quotebank quotes --speaker "Lucas Webber" --kind direct    everything one person said
    """
    from ..store import queries

    if ctx.invoked_subcommand:
        return
    app = ctx.find_object(App)
    flt = _filter(speaker, org, publication, since, until, kind, article)
    with _filter_errors(), app.db.session() as s:
        rows = queries.quote_rows(s, limit=limit, offset=offset, flt=flt)
    emit(rows, fmt, QUOTE_COLS, {"text": 60, "speaker": 24})


@quotes.command("set-speaker")
@click.argument("quote_id", type=int)
@click.argument("name")
@pass_app
def quotes_set_speaker(app, quote_id, name):
    """Attribute quote QUOTE_ID to NAME (a speaker id or name; a new name creates a person).

    The fix is recorded and survives `ingest --replace`.
    """
    from ..store import speakers as spk

    with _speaker_errors(), app.db.session(write=True) as s:
        r = spk.set_quote_speaker(s, quote_id, name)
    app.say(f"quote {r['quote_id']} is now attributed to {r['speaker']} (speaker {r['speaker_id']})")


@cli.group(cls=_QueryGroup, invoke_without_command=True)
@click.option("--ambiguous", is_flag=True, help="List speakers kept apart because a match was uncertain.")
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="At most this many rows.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows.")
@output_options
@click.pass_context
def speakers(ctx, ambiguous, limit, offset, fmt):
    """List speakers, most quoted first, or those most like QUERY (typos allowed).

    \b
    quotebank speakers                 most quoted first
    quotebank speakers "jon sullivan"  fuzzy look-up, best match first
    quotebank speakers --ambiguous     uncertain matches kept apart
    Subcommands: merge, rename.
    """
    from ..store import queries
    from ..store import speakers as spk

    if ctx.invoked_subcommand:
        return
    app = ctx.find_object(App)
    query = ctx.meta.get("query")
    with app.db.session() as s:
        if ambiguous:
            rows = spk.ambiguous_speakers(s)
            emit(rows, fmt, ("id", "name", "article_id", "could_be"), {"could_be": 60})
            return
        rows = spk.find_speakers(s, query, limit=limit, offset=offset)
    for r in rows:
        r["latest_role"] = queries.latest_role(r["roles"])
    cols = ("id", "name", "kind", "article_id", "latest_role", "quote_count") + (("score",) if query else ())
    emit(rows, fmt, cols, {"latest_role": 50, "name": 40})


@speakers.command("merge")
@click.argument("source")
@click.argument("target")
@pass_app
def speakers_merge(app, source, target):
    """Merge speaker SOURCE into TARGET (ids or names): quotes, aliases and roles move."""
    from ..store import speakers as spk

    with _speaker_errors(), app.db.session(write=True) as s:
        r = spk.merge_speakers(s, spk.get_speaker(s, source), spk.get_speaker(s, target))
    app.say(f"merged {r['merged']!r} into {r['into']!r} (speaker {r['into_id']}); {r['quotes_moved']} quotes moved")


@speakers.command("rename")
@click.argument("speaker")
@click.argument("name")
@pass_app
def speakers_rename(app, speaker, name):
    """Rename SPEAKER (id or name) to NAME; the old name stays as an alias."""
    from ..store import speakers as spk

    with _speaker_errors(), app.db.session(write=True) as s:
        r = spk.rename_speaker(s, spk.get_speaker(s, speaker), name)
    app.say(f"speaker {r['id']}: {r['from']!r} -> {r['to']!r}")


@cli.command()
@click.argument("speaker")
@output_options
@pass_app
def speaker(app, speaker, fmt):
    """One speaker: aliases, roles over time with their articles, quote counts, samples."""
    from ..store import queries
    from ..store import speakers as spk

    with _speaker_errors(), app.db.session() as s:
        p = spk.speaker_profile(s, spk.get_speaker(s, speaker))
    if fmt != "table":
        emit([p], fmt, list(p))
        return
    click.echo(click.style(f"{p['name']}", bold=True) + f"  ({p['kind']}, id {p['id']})")
    if len(p["aliases"]) > 1:
        click.echo("also: " + ", ".join(a for a in p["aliases"] if a != p["name"]))
    click.echo(f"quotes: {p['quote_count']}   first quoted: {p['first_quoted'] or '?'}   "
               f"last quoted: {p['last_quoted'] or '?'}")
    if p["roles"]:
        click.echo("roles:")
        for r in p["roles"]:
            what = queries.role_text(r) or r["description"]
            click.echo(f"  - {what}   [{r['published'] or 'undated'}: {r['article_title']}]")
    if p["samples"]:
        click.echo("said:")
        for q in p["samples"]:
            words = " \u2026 ".join(q["quoted"]) or q["text"]
            click.echo(f"  [{q['id']}] \u201c{words}\u201d  ({q['publication'] or q['article_title']})")


class _speaker_errors:
    def __enter__(self):
        return self

    def __exit__(self, et, exc, tb):
        from ..store import speakers as spk

        if isinstance(exc, spk.Ambiguous):
            lines = [str(exc)] + [f"  {c['id']}: {c['name']}" for c in exc.candidates[:10]]
            raise click.ClickException("\n".join(lines)) from exc
        if isinstance(exc, (spk.NotFound, ValueError)):
            raise click.ClickException(str(exc)) from exc
        return False


@cli.command()
@click.argument("query", nargs=-1, required=True, callback=lambda ctx, param, words: " ".join(words))
@filter_options
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="At most this many rows.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows.")
@output_options
@pass_app
def search(app, query, speaker, org, publication, since, until, kind, article, limit, offset, fmt):
    """Full-text search over quote text, best match first ("phrases" and prefix* work).

    Several words need no quotes: they are searched together."""
    from ..store.search import search as run_search

    flt = _filter(speaker, org, publication, since, until, kind, article)
    with _filter_errors(), app.db.session() as s:
        rows = run_search(s, query, limit=limit, offset=offset, flt=flt)
    if fmt == "table":
        rows = [dict(r, text=highlight(r["text"], query)) for r in rows]
    emit(rows, fmt, ("id", "speaker", "text", "publication", "published", "score"),
         {"text": 70, "speaker": 24})


@cli.command("who-said")
@click.argument("text", nargs=-1, required=True, callback=lambda ctx, param, words: " ".join(words))
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=5, show_default=True, help="At most this many rows.")
@output_options
@pass_app
def who_said(app, text, speaker, org, publication, since, until, kind, article, limit, fmt):
    """Who most likely said something like TEXT: speaker, quote, article, date and a 0-100 score.

    Typos, changed word order and missing words are fine, and TEXT needs no quotes.
    Below a score of 72 the answer is that there is no confident match (JSON output
    has the scores).
    """
    from ..store.search import CONFIDENT, too_short, who_said as run

    flt = _filter(speaker, org, publication, since, until, kind, article)
    with _filter_errors(), app.db.session() as s:
        rows = run(s, text, limit=limit, flt=flt)
    if fmt != "table":
        emit(rows, fmt, ())
        return
    if not rows or not rows[0]["confident"]:
        best = f" (best score {rows[0]['score']:.0f} < {CONFIDENT:.0f})" if rows else ""
        click.echo(f"No confident match{best}.")
        if too_short(text):
            click.echo(f"A word or two cannot identify a quote: `quotebank search {text}` lists the quotes "
                       "with these words.")
        rows = [r for r in rows if r["score"] >= CONFIDENT * 0.75][:3]
        if not rows:
            return
        click.echo("Closest quotes:")
    emit(rows, "table", ("score", "speaker", "text", "publication", "published", "id"),
         {"text": 70, "speaker": 24})


@cli.command()
@click.argument("quote_id", type=int)
@output_options
@pass_app
def show(app, quote_id, fmt):
    """One quote highlighted in its paragraph, with its speaker, article and a ready citation."""
    from ..store import queries

    from ..export.citation import plain_citation

    with app.db.session() as s:
        q = queries.quote_detail(s, quote_id)
    if q is None:
        raise click.ClickException(f"no quote with id {quote_id}; find one with `quotebank search`")
    q["citation"] = plain_citation(q)
    if fmt != "table":
        emit([q], fmt, list(q))
        return
    para, ps = q["paragraph"], q["paragraph_start"]
    a, b = q["start"] - ps, q["end"] - ps
    click.echo(para[:a] + click.style(para[a:b], bold=True, underline=True) + para[b:])
    click.echo()
    who = q["speaker"] or "(unattributed)"
    click.echo(f"speaker:  {who}" + (f", {q['speaker_role']}" if q["speaker_role"] else "")
               + (f"   [mention: {q['speaker_mention']}]" if q["speaker_mention"] else ""))
    click.echo(f"kind:     {q['kind']}   cue: {q['cue'] or '-'}   confidence: {q['confidence']:.2f}"
               + ("   (corrected by hand)" if q["corrected"] else ""))
    click.echo(f"article:  {q['article_title']} ({q['publication'] or 'unknown publication'}, "
               f"{q['published'] or 'undated'}) id {q['article_id']}")
    if q["url"]:
        click.echo(f"url:      {q['url']}")
    click.echo(f"cite:     {q['citation']}")


@cli.command()
@filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True,
              help="Output format.")
@click.option("--style", type=click.Choice(("apa", "mla", "chicago")), default="apa", show_default=True,
              help="Citation style for --format citation.")
@click.option("--csl", "csl_path", type=click.Path(dir_okay=False), help="Any CSL style file for --format citation.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many quotes.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many quotes.")
@pass_app
def export(app, speaker, org, publication, since, until, kind, article, fmt, style, csl_path, output, limit,
           offset):
    """Export quotes (all, or those the filters select) in a data, reference-manager or citation format.

    Streams in quote-id order with flat memory. With -o the file is written
    whole or not at all (a temporary file is renamed at the end).
    """
    from ..export import csl, references
    from ..export.formats import write_csv, write_json, write_jsonl, write_markdown
    from ..export.stream import iter_quotes

    writers = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv, "markdown": write_markdown,
               "bibtex": references.write_bibtex, "ris": references.write_ris,
               "csl-json": references.write_csl_json}
    flt = _filter(speaker, org, publication, since, until, kind, article)
    if fmt == "citation":
        try:
            csl.load_style(style, csl_path)  # fail before writing anything
        except csl.StyleError as exc:
            raise click.BadParameter(str(exc), param_hint="--style/--csl") from exc
    with _filter_errors(), app.db.session() as s, _output(output) as out:
        rows = iter_quotes(s, flt, limit=limit, offset=offset)
        if fmt == "citation":
            n = csl.write_citations(rows, out, style, csl_path)
        else:
            n = writers[fmt](rows, out)
    app.say(f"{n} quotes exported" + (f" to {output}" if output else ""))


class _output:
    """stdout, or a file replaced atomically when everything was written."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        if not self.path:
            return sys.stdout
        import os
        import tempfile

        d = os.path.dirname(os.path.abspath(self.path))
        fd, self.tmp = tempfile.mkstemp(dir=d, prefix=".quotebank-export-")
        # newline="" keeps CSV's CRLF record ends exactly as written
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.fh

    def __exit__(self, et, exc, tb):
        if not self.path:
            return False
        import os

        self.fh.close()
        if et is None:
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)
        return False


# ------------------------------------------------------------------ extract
@cli.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(("jsonl", "json", "table")), default=None,
              help="Output format (default: table on a terminal, jsonl otherwise).")
@click.option("--glob", help="Inside folders, only files matching this pattern (e.g. '*.txt').")
@_JOBS_OPTION
@_extract_timeout_option("; one that runs out gets no quotes and an error (0: no limit).")
def extract(path, fmt, glob, jobs, extract_timeout):
    """Extract quotes from PATH without a database: a .jsonl of {doc_id, text}, a text
    file, a web page (saved, or an http(s) URL), a folder of such files, or - (standard input).

    JSON Lines input gives one JSON line out per input line, in order; a folder one per
    document, doc_id being its path inside the folder. A web page's record carries the
    article text its offsets index. A document that cannot be read, or whose extraction
    runs past --extract-timeout, gives {"doc_id", "quotes": [], "error"} and a message
    on stderr; the exit status is then 1.
    """
    import os

    from ..documents import extract_docs, path_docs

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    if path != "-" and not path.startswith(("http://", "https://")) and not os.path.exists(path):
        raise click.ClickException(f"{path}: no such file or folder")
    docs = path_docs(path, glob=glob)
    failed = 0

    def records():
        nonlocal failed
        for rec, error in extract_docs(docs, jobs=jobs, time_limit=extract_timeout):
            if error is not None:
                failed += 1
                click.echo(error, err=True)
            yield rec

    with _interruptible(None, "extract"):
        _write_records(records(), fmt, sys.stdout, flush=path == "-")  # (a stream: each answer as made)
    if failed:
        sys.exit(1)


def _write_records(records, fmt: str, out, flush: bool = False) -> None:
    """``flush``: each JSON line goes out as soon as it is made (a stream piped in is
    answered as it comes, for the next program in a pipeline)."""
    if fmt == "table":
        rows = [dict(q, doc_id=r["doc_id"]) for r in records for q in r["quotes"]]
        emit(rows, "table", ("speaker", "kind", "cue", "text", "confidence"), {"text": 70})
    elif fmt == "json":
        from ..export import write_json

        write_json(records, out)
    else:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            if flush:
                out.flush()
