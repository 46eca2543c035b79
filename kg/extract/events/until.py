"""The last day a verb of lasting gives an event told before ("открылись учения «Хаан Квест
— 2025» … Учения продлятся до 28 июня", "Фестиваль продлится до 3 мая"): a lasting event's
end, which the graph keeps beside its first day (`building._last_day`); not a span of days
with no day ("продлится три дня"), nor a day before its first. Seventieth pass
(h-events267).
"""

from __future__ import annotations

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.extract.common.dates import DateMention
from kg.extract.events.hit import Hit
from kg.extract.events.triggers import LASTING, compound_head, trigger_rules
from kg.extract.events.words import role_tokens
from kg.nlp.deps import preposition


def lasting_until(sent: Sentence, dates: list[DateMention], hits: list[Hit]) -> None:
    """Gives the last event of `hits` (the text's so far, this sentence's among them) of the
    kind of the noun a verb of lasting has as its subject ("Учения продлятся до 28 июня") the
    full day of that verb's "до" as its last. The verbs are found among the Doc's lemmas
    (`role_tokens`): a `Token` of every word of every sentence was ~28,700 per 100 NEREL
    documents (seventy-first pass, h-perf73)."""
    for verb in role_tokens(sent, "lasts"):
        if (day := _until_day(verb, dates)) == "":
            continue
        kinds = {r.kind for n in _subjects(verb) for r in trigger_rules().get(n, [])}
        told = [h for h in hits if h.kind in kinds & LASTING]
        if told:
            told[-1].until = day


def _subjects(verb: Token) -> list[str]:
    """The trigger lemmas of a verb's subject nouns; for a relative clause's "который" the
    noun it relates to ("с государственным визитом, который продлится до 17 апреля")."""
    nouns = [c for c in verb.children if c.dep_ == "nsubj"]
    relative = verb.dep_ == "acl:relcl"  # "визитом, который продлится …": the noun's clause
    nouns = [verb.head if relative and c.lemma_ == "который" else c for c in nouns]
    return [compound_head(c.lemma_) for c in nouns]


def _until_day(verb: Token, dates: list[DateMention]) -> str:
    """The full day of the verb's "до" phrase ("до 28 июня"), or ""."""
    for c in verb.children:
        if c.dep_ != "obl" or preposition(c) != "до":
            continue
        start, end = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
        days = [d.value for d in dates if start <= d.start < end and len(d.value) == 10]
        if days:
            return days[0]
    return ""
