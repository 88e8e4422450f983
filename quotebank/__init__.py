"""quotebank: a quote and source attribution database.

Data flows one way: ingest -> extract -> resolve -> store -> search/export.
The library is usable without the CLI::

    from quotebank.extract import extract_quotes
    quotes = extract_quotes('"We will win," she said.')
"""

__version__ = "0.1.0"
