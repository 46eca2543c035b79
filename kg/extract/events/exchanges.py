"""A prisoner exchange ("провели обмен пленными", "обменялись заключёнными"): one Release of
both sides, which CAMEO 0841 (return, release persons) and the ontology's Release class cover
with a pardon and a release, so no kind of its own. Its people are told by the instrumental
the exchange word governs, which `event_kinds.tsv`'s "обмен" and "обменяться" rows ask for;
no one of the two sides is the one who frees (`naming`: "Обмен пленными между Индией и
Пакистаном"). Sixty-seventh pass, own sentences (h-events250).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.deps import has_preposition, preposition
from kg.nlp.morph import case_of, is_animate, is_inanimate, morph

EXCHANGES = frozenset({"обмен", "обменяться"})


def captives(tok: Token) -> list[Token]:
    """The people an exchange word trades: its bare instrumental ("обмен пленными",
    "обменялись военнопленными"), which the tagger may read as a participle ("заключёнными":
    "заключить"); none for any other word."""
    if tok.lemma_ not in EXCHANGES:
        return []
    # "провели обмен заключёнными": the parser may hang the people on the noun's verb
    verb = [tok.head] if tok.dep_ == "obj" and tok.head.i < tok.i else []
    return [
        c
        for c in (*tok.children, *(c for v in verb for c in v.children if c.i == tok.i + 1))
        if c.dep_ in {"obl", "nmod", "iobj"} and case_of(c) == "Ins" and not has_preposition(c)
    ]


def exchange_name(tok: Token) -> str:
    """ "Обмен пленными", "Обмен заложниками и заключёнными": the exchange by its captives'
    words as the text writes them; "" for a release told by another word."""
    words = captives(tok)[:1]
    # people, not "телами погибших" beside them (a participle the tagger gives no animacy)
    words += [
        c
        for w in words
        for c in w.children
        if c.dep_ == "conj" and case_of(c) == "Ins" and not is_inanimate(c)
    ]
    return "Обмен " + " и ".join(w.lower_ for w in words) if words else ""


def traded_release(act: Token) -> bool:
    """A release told as one half of a trade of people: "в обмен на" people or a pronoun for
    them on the act's verb ("освободила пятерых граждан Польши в обмен на трёх белорусов"), on
    a clause conjoined to it ("освободила 10 американцев, а в обмен на них в Венесуэлу
    вернулись 250 мигрантов") or on a relative clause of its object ("…, в обмен на которых
    Париж передал …"); not "в обмен на снятие санкций". Seventy-second pass (h-events275)."""
    for t in act.sent:
        if t.lemma_ != "обмен" or preposition(t) != "в":
            continue
        people = any(preposition(c) == "на" and is_animate(c, pronoun=True) for c in t.children)
        verb = t.head
        told = verb.i == act.i or verb.dep_ == "conj" and verb.head.i == act.i
        told = told or verb.dep_ == "acl:relcl" and verb.head.head.i == act.i
        if people and told:
            return True
    return False


def traded_name(people: Token) -> str:
    """ "Обмен американцами", "Обмен гражданами": a traded release by the people it frees, in
    the instrumental plural the exchange word governs."""
    return "Обмен " + morph().inflect(people.text, {"plur", "ablt"})
