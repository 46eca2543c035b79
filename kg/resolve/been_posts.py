"""A post told by the participle "бывший" governing an instrumental title in apposition to a
name ("Хуан Перес, бывший министром экономики Чили в 2006—2008 годах, прибыл в Лиму"): a
past office of the name, dated by what hangs on the participle (h-offices51, the
forty-fifth pass; own sentences about Chile, Peru, Egypt)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.nlp.morph import case_of
from kg.resolve.given_agreement import GivenOffice, given_by_title, with_complement
from kg.resolve.title_lexicon import Title, is_trade

_BEEN = ("бывший", "бывшая", "бывшее")


def been_posts(
    doc: Doc, titles: list[Title], names: dict[int, int]
) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for a singular instrumental title the parse apposes to the
    name, after it, whose "бывший" is the participle of "быть" (it does not agree with the
    instrumental, as the adjective "бывший министр" does): the title, past, its verb that
    participle. No trade ("бывший журналистом")."""
    out: list[tuple[int, GivenOffice]] = []
    for t in titles:
        head = doc[t.head]
        if t.plural or t.case != "Ins" or head.dep_ != "appos" or is_trade(t.office):
            continue
        start = next((s for s, e in names.items() if s <= head.head.i < e), None)
        if start is None or t.start < names[start]:
            continue
        been = next((c for c in head.children if c.lower_ in _BEEN and case_of(c) != "Ins"), None)
        if been is None or been.i > head.i:
            continue
        told = with_complement(doc, titles, t)
        told = replace(told, former=False)  # the participle, not "бывший министр": past anyway
        given = given_by_title(told, doc[start].idx, told.end_char, current=False)
        out.append((start, replace(given, verb=been.i)))
    return out
