"""An organization's nominative name kept per token range of a settled Doc (sixty-fourth
pass, h-perf66): the readers of organizations ask `organization_name` again of the same
names (1,125 calls, 946 ranges per 100 NEREL documents). Kept beside its own Doc only: the
same range of another document is read from that document's words, and nothing is kept
before `settle`, while the parse may change. Bodies of our own: Chile's and Peru's."""

from __future__ import annotations

from spacy.language import Language

from kg.doc_text import settle, settled_memo
from kg.resolve.org_naming import organization_name

# (text, the body's token range, its nominative): one range, two documents
CASES = [
    ("Делегация посетила Национальную библиотеку Чили в Сантьяго.", (2, 4),
     "Национальная библиотека"),
    ("Делегация посетила Центральный банк Перу в Лиме.", (2, 4), "Центральный банк"),
]  # fmt: skip


def test_each_doc_keeps_its_own_names(nlp: Language) -> None:
    docs = [nlp(text) for text, _, _ in CASES]
    for doc in docs:
        settle(doc)
    for doc, (_, (start, end), name) in zip(docs, CASES, strict=True):
        assert organization_name(doc[start:end]) == name
        assert organization_name(doc[start:end]) == name  # the kept one
    for doc, (_, _, name) in zip(docs, CASES, strict=True):
        assert list((settled_memo(doc, "organization_name") or {}).values()) == [name]


def test_nothing_kept_before_settle(nlp: Language) -> None:
    text, (start, end), name = CASES[0]
    doc = nlp(text)
    assert organization_name(doc[start:end]) == name
    assert settled_memo(doc, "organization_name") is None
