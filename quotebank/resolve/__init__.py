"""Speaker identity across articles: normalised name keys and merge rules.

Within one article, :mod:`quotebank.extract` already maps "Sullivan", "he"
and "John P Sullivan" to one entity. Here that entity is matched against the
speakers already stored:

* people match on a normalised full-name key (titles and honorifics dropped,
  initials and punctuation folded: ``John P. Sullivan`` = ``John P Sullivan``);
* a full name with middle initials matches the same name without them (``Donald J. Trump``
  = ``Donald Trump``), whichever was stored first; two different initials stay two people;
* a single name (a bare surname) never matches across articles;
* anonymous sources and unnamed groups never match across articles;
* organisations match on their normalised name, unless the name fits many bodies
  ("the company", "Finance Ministry", "Central Bank"): those stay within their article.
"""

from .names import (fuzzy_candidates, is_full_name, is_generic_org, name_key, name_without_initials, org_key,
                    person_key, without_initials)

__all__ = ["fuzzy_candidates", "is_full_name", "is_generic_org", "name_key", "org_key", "person_key",
           "name_without_initials", "without_initials"]
