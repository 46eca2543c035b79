"""Where one clause ends and another begins, read from the words where the parse is not
to be trusted: a parse often hangs a contrasting clause's words on the first clause's verb
("подписали меморандум, а главы МИД обсудили саммит в мае": "в мае" under "подписали")."""

from __future__ import annotations

from spacy.tokens import Token

_CONTRAST = frozenset(["а", "но"])


def contrast_between(a: Token, b: Token) -> bool:
    """A clause of contrast with a verb of its own stands between two words: what it tells
    is not the other clause's. A gapped one ("посетил Пекин, а затем Шанхай") has no verb
    and does not part them."""
    lo, hi = sorted((a.i, b.i))
    doc = a.doc
    for k in range(lo + 2, hi):
        if doc[k].lower_ in _CONTRAST and doc[k - 1].text == ",":
            return any(doc[j].pos_ in ("VERB", "AUX") for j in range(k + 1, hi))
    return False
