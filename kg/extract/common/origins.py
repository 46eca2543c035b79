"""States a text names only as where a person was born or comes from: a biography's, no
side of the report (`pair`) nor the country a later "страны" points back to (`offices`)."""

from __future__ import annotations

from kg.extract.context import Context
from kg.model import Mention
from kg.nlp.deps import preposition

# A person's birthplace or origin in a biography ("родился на территории Аргентины",
# "уроженец Сирии", "выходец из Боливии", "родом из Аргентины"): no side of the report.
_BORN = frozenset({"родиться", "рождаться"})
_NATIVE = frozenset({"уроженец", "уроженка"})  # "уроженец Сирии"
_FROM = frozenset({"выходец", "выходица", "род", "родом"})  # "выходец из Боливии"
_REGION = frozenset({"территория", "город", "село", "деревня", "семья", "район", "область"})


def is_origin(ctx: Context, m: Mention) -> bool:
    """Whether a state mention only tells where a person was born or comes from ("Борич
    родился на территории современной Аргентины", "Фидан, уроженец Сирии", "родом из
    Боливии"): a biography's, which makes no state one of the document's pair."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    while word.dep_ == "nmod" and word.head.lemma_ in _REGION and word.head.i != word.i:
        word = word.head  # "на территории (современной) Аргентины", "в городе X"
    head = word.head
    if head.i == word.i:
        return False
    if head.lemma_ in _BORN:
        return word.dep_ in {"obl", "nmod"}
    native = head.lemma_ in _NATIVE or head.lemma_ in _FROM and preposition(word) == "из"
    return native and word.dep_ == "nmod"
