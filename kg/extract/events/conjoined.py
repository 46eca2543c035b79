"""Event nouns coordinated under one verb ("Президенты провели встречу один на один, а затем
переговоры в расширенном составе", "состоялись встреча лидеров и переговоры делегаций"): each
is an event of its own kind, not one event told twice, and the second takes the verb's date
and place where it has none (a date or place finds only the nearer noun).

Fifty-first pass (h-events138).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.common.dates import MONTH_RE
from kg.extract.events.hit import Hit
from kg.nlp.deps import preposition

# what joins two events told one after the other ("встречу и переговоры", "встречу, а затем
# переговоры"); "или", "либо" offer one event under two names
_JOINS = frozenset({"и", "а"})
# words between the nouns that tell one event by another name ("встречу, то есть переговоры",
# "встречу, а именно переговоры", "встречу или переговоры")
_SAME = frozenset({"есть", "именно", "или", "либо", "иначе"})
_ARGS = frozenset({"obj", "nsubj", "nsubj:pass"})


def coordinated_events(doc: Doc, hits: list[Hit]) -> None:
    """Marks the noun hits of one sentence that the text coordinates under one verb as
    apart (`Hit.beside`), and gives the later its verb's date and place where it has none
    and the earlier's are the verb's, not told on the earlier noun alone ("встречу в Лиме
    и переговоры" keeps Лима the meeting's)."""
    nouns = [h for h in hits if not h.by_verb and doc[h.trigger].pos_ == "NOUN"]
    for n, first in enumerate(nouns):
        for second in nouns[n + 1 :]:
            a, b = doc[first.trigger], doc[second.trigger]
            if a.i == b.i or not _coordinated(a, b):
                continue
            first.beside.append(b.i)
            second.beside.append(a.i)
            own = {t.i for t in a.subtree} - {t.i for t in b.subtree} - {a.i}
            if first.date and not second.date and not _dated_inside(doc, own):
                second.date, second.dated_by_text = first.date, first.dated_by_text
                second.yearless, second.weekday = first.yearless, first.weekday
            if first.location and not second.location and not _placed_inside(doc, own):
                second.take_place(first)


def _coordinated(a: Token, b: Token) -> bool:
    """`b` is joined to `a` by "и"/"а" under the verb `a` is the object or subject of: as
    `a`'s conjunct, the verb's (gapped: "а затем переговоры"), or a second argument of it;
    nothing between them names one event twice."""
    verb = a.head
    if a.dep_ not in _ARGS or verb.pos_ not in {"VERB", "AUX"} or b.i < a.i:
        return False
    # the parser may hang it on a word of the first's or the verb's that is no noun ("встречу
    # один на один и переговоры": on "один"); a noun's conjunct is that noun's ("по итогам
    # визита и переговоров")
    near = b.head in a.subtree or b.head.head == verb
    modifier = near and b.head.pos_ not in {"NOUN", "PROPN", "VERB", "AUX"}
    conj = b.dep_ == "conj" and (b.head.i in {a.i, verb.i} or modifier)
    hung = conj or b.dep_ in _ARGS and b.head == verb
    joined = any(c.dep_ == "cc" and c.lower_ in _JOINS for c in b.children)
    between = a.doc[a.i + 1 : b.i]
    return hung and joined and not any(t.lower_ in _SAME for t in between)


def _dated_inside(doc: Doc, words: set[int]) -> bool:
    """A day or month among the earlier noun's own words: its date, not the verb's."""
    return any(doc[i].is_digit or re.fullmatch(MONTH_RE, doc[i].lower_) for i in words)


def _placed_inside(doc: Doc, words: set[int]) -> bool:
    """A name after "в"/"на" among the earlier noun's own words: its place, not the verb's."""
    return any(doc[i].pos_ == "PROPN" and preposition(doc[i]) in {"в", "во", "на"} for i in words)
