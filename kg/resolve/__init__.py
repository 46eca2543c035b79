"""Entity resolution: every way a text names a person, state or organization → one key.

Inside a document, name variants of one person cluster on the surname (or on
first name and patronymic); the cluster links to the gazetteer when the
names agree, otherwise it becomes a corpus entity keyed by its nominative
name. Titles ("Президент РФ", "глава Российского государства") name the
holder of the office at the document's date, or the person they stand in
apposition to ("премьер-министр Индии Нарендра Моди"), which also gives
unknown people their office and state. Across documents a `Registry` carries
the entities seen so far, so "Моди" in a later article is the same node.

`read_names` is the half that reads one document alone; `link_names` the half
that needs the corpus (`kg.steps` runs them as the build's map and reduce).
"""

from kg.nlp.spacy_import import import_spacy

import_spacy()  # without its command line (~0.13 s), before a module below imports spaCy

from kg.resolve.document import (  # noqa: E402
    NameReading,
    home_state,
    link_names,
    read_names,
    resolve,
)
from kg.resolve.org_naming import organization_name  # noqa: E402
from kg.resolve.registry import Registry  # noqa: E402

__all__ = [
    "NameReading",
    "Registry",
    "home_state",
    "link_names",
    "organization_name",
    "read_names",
    "resolve",
]
