"""The extractor's version, recorded with every stored article (``quotebank reextract`` finds
articles an older one wrote). Bump it whenever extraction output changes. Kept apart from the
rules so that reading it does not compile them."""

EXTRACTOR_VERSION = "0.6.1188"
