"""A "который"-clause is never re-hung on a noun inside itself (kg/nlp/relative_clauses.py).

"…, вручение которого состоится 5 марта" hung by the parser on a noun of another number:
the nearest noun "которого" agrees with is "вручение", the clause's own subject, and
hanging the clause there closed a cycle — spaCy then fails the whole document ("[E039]
Array bounds exceeded while searching for root word"), as a NEREL document did in the
fifty-sixth pass's throughput run.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

TEXTS = [
    "Академия назвала претендентов на получение приза лучшему режиссёру и лучшему актёру, "
    "вручение которого состоится 5 марта в Париже.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_no_cycle_from_a_clause_on_its_own_noun(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for sent in doc.sents:
        assert sent.root.dep_ == "ROOT"  # raises E039 where a cycle leaves no root
    verb = next(t for t in doc if t.lemma_ == "состояться")
    assert verb.head.i < next(t.i for t in doc if t.lower_ == "вручение")
