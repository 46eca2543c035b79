"""The measured noun a subject pronoun ("В этом году он может вырасти до …") or a bare change
("рост составил 15 %") stands for: the nearest of its gender and number before it, in its
sentence or the two before. The metric and a count of people both ask it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.lexicons import (
    GROWTH,
    LEVELS,
    PRONOUNS,
    REACHING,
    REDUCTIONS,
    lexicons,
)
from kg.extract.claims.parse import root
from kg.extract.claims.phrases import nominal, outer_noun
from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.nlp.deps import SUBJECTS, sentences_back
from kg.nlp.morph import agrees


def antecedent(ctx: Context, q: Quantity) -> Token | None:
    """The measured noun a pronoun stands for: "Товарооборот … составил 600 млн долларов.
    В этом году он может вырасти до 800 млн", or the object of a verb of reaching ("Мы
    поставили задачу довести его до 5 млрд долларов"): the nearest one before it in its
    sentence or the two before, of the pronoun's gender and number, where the number hangs on
    a verb of level or change; a person ("он заработал") is no measured noun."""
    number = root(ctx, q.start, q.end)
    if number is None:
        return None
    verb = number.head
    if verb.lemma_ not in LEVELS and verb.head.lemma_ not in LEVELS:
        return None
    owners = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
    pronoun = next(
        (c for o in owners for c in o.children
         if (c.dep_ in SUBJECTS or c.dep_ == "obj" and o.lemma_ in REACHING)
         and (c.lemma_ in PRONOUNS or _bare_change(c)) and c.i < number.i),
        None,
    )  # fmt: skip
    return None if pronoun is None else stands_for(pronoun)


def stands_for(pronoun: Token) -> Token | None:
    """The measured noun a subject pronoun or a bare change stands for: the nearest one
    before it in its sentence or the two before, of the pronoun's gender and number; never
    the whole a percent is of ("дефицит … на уровне 2 % ВВП. В 2024 году он составил 2,9 %":
    дефицит, not ВВП)."""
    if _bare_change(pronoun):  # "товарооборот вырос на 20 %. За квартал рост составил 15 %"
        pronoun = pronoun.doc[pronoun.sent.start]
    # its sentence and two before ("…он вырос. — Спасибо. Мы … он достигнет")
    before = sentences_back(pronoun.sent, 2)
    told = pronoun.lemma_ in PRONOUNS  # "он", not a bare change, agrees with its noun
    for t in reversed(pronoun.doc[before.start : pronoun.i]):
        measured = t.lemma_ in lexicons()["metric"] and nominal(t) and not _percent_whole(t)
        if measured and (not told or agrees(pronoun, t)):
            return outer_noun(t)
    return None


def _percent_whole(t: Token) -> bool:
    """The whole a percent is told of ("2 % ВВП", "85 процентов ВВП"): no measured thing."""
    return t.dep_ == "nmod" and (t.head.text == "%" or t.head.lemma_ == "процент")


def _bare_change(t: Token) -> bool:
    """A change noun as a subject with no thing of its own: "рост составил 15 %" says the
    rise of a figure told before."""
    return (
        t.pos_ == "NOUN" and t.lemma_ in GROWTH | REDUCTIONS and t.dep_ in SUBJECTS
        and not any(c.dep_ in ("nmod", "amod") for c in t.children)
    )  # fmt: skip
