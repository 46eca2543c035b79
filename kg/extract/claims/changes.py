"""What a change changes: the object or subject of its verb ("Дания нарастила [закупки
газа] вдвое" → рост закупок газа), the level a rate of change reaches ("рост ВВП замедлился
до 3,2 %"), the goal of a change noun ("сокращение … до 1550"), and the concessions that do
not hold a figure ("несмотря на снижение …").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.claims.lexicons import (
    FALLS,
    GROWTH,
    MULTIPLIED,
    PRICED,
    PRONOUNS,
    REDUCTIONS,
    TARGET_CHANGES,
    lexicons,
)
from kg.extract.claims.parse import gapped_infinitive, root
from kg.extract.claims.phrases import genitive_name, levels_subject, nominative, noun_phrase
from kg.extract.claims.referents import stands_for
from kg.extract.claims.status import done_change
from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.nlp.deps import SUBJECTS, preposition
from kg.nlp.morph import is_finite, is_infinitive, is_verb_form, singular_only

_CONCESSIONS = frozenset({"несмотря", "вопреки"})  # "несмотря на снижение урожая": no metric


def _grown(ctx: Context, q: Quantity) -> Token | None:
    """What a change changes, from the verb the number hangs on: its object ("Индия
    нарастила [закупки] газа вдвое"), else its subject ("[экспорт] вырос на 12%"); not a
    state or person ("Индия"), and None for another verb ("рост составил 12%")."""
    number = root(ctx, q.start, q.end)
    if number is None:
        return None
    remnant = _remnant(number)
    if remnant is not None and remnant.lemma_ in lexicons()["metric"]:
        return remnant  # "…, а [экспорт] молибдена — на 5 %": the gapped clause's own
    if _multiplies(number):
        verb = number  # "удвоит [поставки] газа": the figure is the verb itself
    else:
        verb = number.head if number.head.pos_ == "VERB" else number.head.head
    if not _multiplies(verb) and (
        verb.pos_ != "VERB" or verb.lemma_ not in GROWTH | FALLS | REDUCTIONS
    ):
        return None
    if verb.lemma_ in PRICED:
        return None  # "рубль подешевел": a price changes, not the subject (`priced`)
    pointed = next((c for c in verb.children if c.dep_ == "obj" and c.lemma_ in PRONOUNS), None)
    if pointed is not None:  # "удвоить его": the measured noun told before, never the subject
        return stands_for(pointed)
    # an infinitive's thing is its controller's subject: "[фонд] предполагается увеличивать"
    controller = verb.head if verb.dep_ in ("xcomp", "csubj") else verb
    candidates = [
        *(c for c in verb.children if c.dep_ == "obj"),
        *_own_subjects(verb, number),
        *_gapped_subject(verb),
        # "не помешали [экспорту] вырасти": the dative whose change the infinitive tells
        *(c for c in controller.children if controller != verb and levels_subject(c)),
        *(c for c in controller.children if c.dep_ in SUBJECTS and controller != verb),
    ]
    for child in candidates:
        named = any(
            m.start <= child.idx < m.end for m in ctx.mentions if m.type != "Organization"
        )  # a state or person changes nothing measured; a fund or company's thing may
        thing = child.pos_ == "NOUN" and child.i != number.i and not named
        figure = child.dep_ == "obj" and _no_object(verb, child)
        if thing and not figure:
            return child
    return None


_PRICE_METRIC = ("цены", "цена")  # the name and key "цены на медь выросли" gives: рост цен


def priced(ctx: Context, q: Quantity) -> tuple[str, str] | None:
    """(name, key) of the prices a verb of a change of price changes, where its subject is
    goods of a substance: "Медь, никель и кобальт подорожали на 5 %" → рост цен, as "цены на
    медь выросли" gives; not a currency's rate nor a state's ("Рубль подешевел на 5 %")."""
    number = root(ctx, q.start, q.end)
    verb = None if number is None else number.head
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ not in PRICED:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    goods = [
        t for s in subjects for t in (s, *s.conjuncts)
        if singular_only(t.lemma_) and not ctx.mentions_in(t.idx, t.idx + len(t))
    ]  # fmt: skip
    return _PRICE_METRIC if subjects and goods else None


def coordinated(ctx: Context, q: Quantity) -> list[Token]:
    """The measures coordinated after what a change changes, each changed by the figure too:
    "Экспорт [и импорт] Египта выросли на 5 %" → рост экспорта, рост импорта; a noun that is
    no measure ("экспорт и Египет") or keeps a figure of its own ("…, импорт — на 3 %") not."""
    grown = _grown(ctx, q)
    if grown is None:
        return []
    return [
        c for c in grown.conjuncts
        if c.i > grown.i and c.pos_ == "NOUN" and c.lemma_ in lexicons()["metric"]
        and not any(d.dep_ == "orphan" for d in c.children) and not _dashed(c)
    ]  # fmt: skip


def _dashed(noun: Token) -> bool:
    """A noun a dash follows before any other mark keeps a figure of its own after it, however
    the parse hangs that figure ("…, импорт — на 8 %, [транзит] — на 3 %": the third item's
    figure hung on the second)."""
    for t in noun.doc[noun.i + 1 : noun.sent.end]:
        if t.is_punct:
            return t.text in ("\u2013", "\u2014")
    return False


def _remnant(number: Token) -> Token | None:
    """The noun a gapped clause keeps beside its figure, which the parse makes the figure's
    orphan and a conjunct of the first clause's verb: "Экспорт меди вырос на 10 %, а
    [экспорт] молибдена — на 5 %", "…, а [газа] — на 3 %"."""
    remnant = number.head
    if number.dep_ != "orphan" or remnant.pos_ != "NOUN" or remnant.dep_ != "conj":
        return None
    return remnant


def gapped_goods(ctx: Context, q: Quantity) -> tuple[str, str] | None:
    """(name, key) of a gapped change whose clause keeps only its goods: the first clause's
    measured subject, of those goods ("Поставки нефти выросли на 10 %, а газа — на 3 %" →
    поставки газа, was поставки нефти)."""
    number = root(ctx, q.start, q.end)
    remnant = None if number is None else _remnant(number)
    if remnant is None or remnant.lemma_ in lexicons()["metric"]:
        return None
    if "Gen" not in remnant.morph.get("Case"):
        return None
    measure = next(
        (c for c in remnant.head.children
         if c.dep_ in SUBJECTS and c.lemma_ in lexicons()["metric"] and c.i < remnant.i),
        None,
    )  # fmt: skip
    if measure is None:
        return None
    name, key = noun_phrase(ctx, remnant)
    plural = "Plur" in measure.morph.get("Number")
    return f"{nominative(measure, plural)} {genitive_name(name)}", f"{measure.lemma_} {key}"


def _own_subjects(verb: Token, number: Token) -> list[Token]:
    """The subjects of a verb of change that the figure's own clause holds: where "а"/"но"
    under the verb parts subjects on both its sides, those on the figure's side; the parse
    may hang both clauses' subjects, and figures, on one verb ("Литовский экспорт … вырос на
    4 %, а [импорт] … сократился на 2 %": both subjects on "сократился")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    opening = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ in ("а", "но")), None)
    if opening is None:
        return subjects
    own = [s for s in subjects if (s.i > opening.i) == (number.i > opening.i)]
    return own or subjects


def _gapped_subject(verb: Token) -> list[Token]:
    """The subject of an infinitive after a contrast that the parse does not make one: the
    noun a gapped infinitive hangs on ("…, а [закупки] удобрений сократиться на 6 %"), or a
    noun before it that "а"/"но" opens, hung on it as a conjunct or on the modal as a second
    subject ("…, а [импорт] в 2027 году сократиться на 3 %"), where the modal's first subject
    is the first clause's."""
    if not is_infinitive(verb):
        return []
    if gapped_infinitive(verb) is not None and verb.head.i < verb.i:
        return [verb.head]
    return [
        c for c in [*verb.children, *(c for c in verb.head.children if c.dep_ in SUBJECTS)]
        if c.dep_ in ("conj", *SUBJECTS) and c.i < verb.i
        and any(d.lower_ in ("а", "но") for d in c.children)
    ]  # fmt: skip


def as_rate(
    ctx: Context, figure: tuple[Quantity, str], named: tuple[str, str], compared: str
) -> tuple[str, str]:
    """(name, key) of a level a rate of change reached: "рост ВВП", not "ВВП" (`_rate_level`);
    a change or a comparison is named by its own word of change later."""
    q, unit = figure
    rate = _rate_level(ctx, q, unit) if q.kind == "amount" and not compared else None
    name, key = named
    if rate is None or name.startswith(rate.lemma_):
        return named
    return f"{rate.lemma_} {genitive_name(name)}", f"{rate.lemma_} {key}"


def _rate_level(ctx: Context, q: Quantity, unit: str) -> Token | None:
    """The noun of change whose level a percent is, as the subject of the figure's verb:
    "[Рост] ВВП Турции замедлился до 3,2 %" is a rate of growth, not a GDP of 3,2 %; a bare
    "рост" of nothing named is `_bare_change`'s."""
    number = root(ctx, q.start, q.end) if unit == "percent" else None
    if number is None or number.dep_ != "obl" or number.head.pos_ != "VERB":
        return None
    verb = number.head
    return next(
        (c for c in verb.children
         if c.dep_ in SUBJECTS and c.pos_ == "NOUN" and c.lemma_ in GROWTH | REDUCTIONS
         and any(g.dep_ == "nmod" and g.i > c.i for g in c.children)),
        None,
    )  # fmt: skip


def _multiplies(t: Token) -> bool:
    """A verb of multiplying ("удвоили", "утроят", "удвоить"), however the tagger reads it."""
    return MULTIPLIED.match(t.text) is not None and is_verb_form(t)


def _no_object(verb: Token, obj: Token) -> bool:
    """An object the parser gives a verb of change that cannot be what it changes: a
    reflexive verb takes none, and another figure is no thing ("экспорт сократился на 23 %
    и составил 9,8 млрд долларов": the dollars belong to "составил")."""
    return verb.lemma_.endswith(("ся", "сь")) or any(
        c.dep_.startswith("nummod") or c.like_num for c in obj.children
    )


def change_to(clause: list[Token]) -> str | None:
    """The change whose goal the number is: "сокращение числа боезарядов до [1550]",
    "снизить пошлины до [5 %]", as its lemma; None for reached levels ("вырос до")."""
    if not clause or clause[-1].lower_ != "до":
        return None
    for t in reversed(clause[-8:-1]):
        if t.lemma_ in TARGET_CHANGES and (t.pos_ == "NOUN" or is_infinitive(t)):
            return None if done_change(t) else t.lemma_  # "удалось нарастить до": reached
        if t.pos_ in ("VERB", "AUX") and is_finite(t):
            return None
    return None


def unconceded_words(ctx: Context, q: Quantity, sent: Span, tokens: list[Token]) -> list[Token]:
    """`tokens` (of `sent`) but those of a concession ("несмотря на …", "вопреки …") that
    does not hold the figure: "Сельское хозяйство, несмотря на снижение урожая, обеспечивает
    15 % ВВП" measures no harvest, as "Экспорт нефти, несмотря на снижение цен, составил 40
    млрд долларов" measures no price. A sentence with no such preposition is left at its
    lemmas: the parse hangs a word's ancestors inside its sentence, and walking them makes a
    `Token` per ancestor and child of each word."""
    if _CONCESSIONS.isdisjoint(ctx.lemmas[sent.start : sent.end]):
        return tokens
    number = root(ctx, q.start, q.end)
    if number is None:
        return tokens
    return [
        t for t in tokens
        if not any(
            preposition(a) in _CONCESSIONS and not a.left_edge.i <= number.i <= a.right_edge.i
            for a in [t, *t.ancestors]
        )
    ]  # fmt: skip
