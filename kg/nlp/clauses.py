"""Where one clause ends and another begins, read from the words where the parse is not
to be trusted: a parse often hangs a contrasting clause's words on the first clause's verb
("подписали меморандум, а главы МИД обсудили саммит в мае": "в мае" under "подписали")."""

from __future__ import annotations

from spacy.tokens import Token

# The conjunctions that open a clause of contrast ("…, а Y подписали", "…, но X отказался").
CONTRAST = frozenset(["а", "но"])


def contrast_between(a: Token, b: Token) -> bool:
    """A clause of contrast with a verb of its own stands between two words, or the later
    word is in it: what it tells is not the other clause's ("Индия и Япония — партнёры, а
    Индия и Пакистан так и не подписали договор": the verb may come after the word). A gapped
    one ("посетил Пекин, а затем Шанхай") has no verb and does not part them."""
    lo, hi = sorted((a.i, b.i))
    doc = a.doc
    for k in range(lo + 2, hi):
        if doc[k].lower_ in CONTRAST and doc[k - 1].text == ",":
            return any(doc[j].pos_ in ("VERB", "AUX") for j in range(k + 1, _clause_end(doc[hi])))
    return False


def _clause_end(t: Token) -> int:
    """The index after the last word of the clause part `t` is in: the next comma, semicolon
    or dash, else the sentence's end."""
    end = t.sent.end
    return next((j for j in range(t.i + 1, end) if t.doc[j].text in (",", ";", "—", "–")), end)
