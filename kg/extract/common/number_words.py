"""Russian number words: the one lexicon of them (`numerals.tsv`: lemma, value), and the
forms of its counts each reader needs, inflected by kg/nlp's morphology rather than listed
again beside each rule ("за девять месяцев", "двух месяцев", "трое", "пятикратный")."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kg.lexicon import load_dict
from kg.nlp.morph import morph

NUMERALS = Path(__file__).with_name("numerals.tsv")
WORD_VALUES = load_dict(NUMERALS)  # lemma → value as text, read with Decimal()


@cache
def count_forms(
    lo: int, hi: int, cases: tuple[str, ...], collective: bool = False
) -> dict[str, int]:
    """Each form in one of `cases` (pymorphy's grammemes: "nomn", "gent", "accs"; of an
    accusative the inanimate one, "два" not "двух") of the counts `lo`..`hi` of the lexicon,
    cardinal ("два", "две") or collective ("двое"), to its value; a form with "ё" also as
    written with "е" ("трёх", "трех")."""
    forms: dict[str, int] = {}
    for lemma, text in WORD_VALUES.items():
        if not (text.isdigit() and lo <= int(text) <= hi):
            continue
        own = [p for p in morph().parse(lemma) if p.normal_form == lemma]
        kind = [p for p in own if ("Coll" in p.tag) == collective]
        for form in kind[0].lexeme if kind else ():
            if form.tag.case in cases and "anim" not in form.tag:
                forms[form.word] = forms[form.word.replace("ё", "е")] = int(text)
    return forms
