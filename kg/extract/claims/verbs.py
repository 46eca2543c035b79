"""The metric of a figure its clause names no measured noun for, from the verb it is the
object of (verb_metrics.tsv, act_verbs.tsv): spending, grants and incomes
("израсходовал 1 млрд долларов" → расходы), deals ("купила верфь за 2 млрд" → стоимость
покупки верфи), purposes ("выделит 50 млн крон на гуманитарную помощь"), and trade or
output with its goods ("экспортировало 3 млн тонн меди" → экспорт меди).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.lexicons import MADE_ACTS, MONEY_ONLY, TRADE, WORDS, WORTH, lexicons
from kg.extract.claims.parse import (
    first_conjunct,
    noun_complement,
    own_participle,
    past_comma,
    range_start,
    root,
    verb_before,
)
from kg.extract.claims.phrases import _modifier, genitive_after, genitive_name, noun_phrase
from kg.extract.common.number_units import is_currency, names_currency
from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.model import Mention
from kg.nlp.deps import SUBJECTS, has_preposition, is_predicate, preposition
from kg.nlp.marks import DASHES
from kg.nlp.morph import agrees, is_animate, is_finite, morph

_TRADE_NOUNS = {"экспорт", "импорт", "поставка", "закупка"}  # their nouns' lemma keys
_BOUGHT = "закупки"  # verb_metrics.tsv: what a verb of buying gives
_SOLD, _EXPORT = "цена", "экспорт"  # verb_metrics.tsv: what a verb of selling gives
# verb_metrics.tsv: a sum received; goods received by measure are supplies, no "сумма"
_RECEIVED, _SUPPLIES = "полученная сумма", "поставки"
# verb_metrics.tsv: money gathered; goods gathered by measure are a harvest, no "средства"
_GATHERED, _HARVEST = "собранные средства", "урожай"
_SUM = "сумма"  # "на сумму …": a sum's frame
_GRANTED = "выделенные средства"  # verb_metrics.tsv: what a verb of granting gives
_DEALS = {_BOUGHT: "стоимость покупки", _SOLD: "стоимость продажи"}  # a price "за" a sum
_HOLDERS = WORDS["holders"]  # "Власти Осло": a sentence's capital, no name's
_SECURITIES = WORDS["security"]  # "продал акций на 2 млрд": papers, no goods exported
_TRADE_ACTS = WORDS["trade_act"]  # "на закупку вакцин": what money goes to, no measure
_CREDIT_ACTS = WORDS["credit_act"]  # "открытие кредитной линии в 500 млн": the line's size
_CREDITS = WORDS["credit"]  # "кредит", "кредитная линия": what such a verb opens as a credit
_CONFISCATING = WORDS["confiscate"]  # "изъяли наркотиков на 5 млн евро": what they are worth
_CARRIED = {
    **dict.fromkeys(WORDS["carry_out"], _EXPORT),
    **dict.fromkeys(WORDS["carry_in"], "импорт"),
}


def traded_goods(
    ctx: Context, metric: tuple[str, str, str] | None, after: list[Token]
) -> tuple[str, str, str] | None:
    """A bare noun of trade measured in a unit of weight or volume takes the goods the unit
    governs: "экспорт составил 5 млн тонн [пшеницы]" → экспорт пшеницы, as "экспортировал 5
    млн тонн пшеницы" gives; a state or organization after the unit is no goods."""
    if metric is None or metric[1] not in _TRADE_NOUNS or metric[2] not in lexicons()["measure"]:
        return metric
    # "тонн [соевых] бобов", "тонн [сжиженного природного] газа", "тонн СПГ" (an abbreviation)
    goods = next((t for t in after[:4] if not _modifier(t)), None)
    named = goods is not None and (
        goods.pos_ == "NOUN" or (goods.pos_ == "PROPN" and goods.text.isupper())
    )
    if goods is None or not named or "Gen" not in goods.morph.get("Case"):
        return metric
    if goods.head.idx >= goods.idx or ctx.mentions_in(goods.idx, goods.idx + len(goods)):
        return metric
    thing, key = noun_phrase(ctx, goods)
    return f"{metric[0]} {genitive_name(thing)}", f"{metric[1]} {key}", metric[2]


def passive_trade(ctx: Context, q: Quantity, unit: str) -> tuple[str, str, str] | None:
    """A sum "на" hung on a short passive participle of trade, or on the goods that are its
    subject, is the trade's value: "Из Египта в Судан вывезено товаров на 3 млрд долларов"
    → экспорт товаров, "экспортировано зерна на 2 млрд" (or "на сумму 2 млрд") → экспорт
    зерна ("вывезено", "ввезено": claim_words.tsv `carry_out`, `carry_in`; others by
    verb_metrics.tsv); None for another sum or verb."""
    number = _money_on(ctx, q, unit)
    if number is None:
        return None
    goods = number.head if number.head.dep_ == "nsubj:pass" else None
    verb = number.head if goods is None else goods.head
    short = "Short" in verb.morph.get("Variant") and "Pass" in verb.morph.get("Voice")
    name = _CARRIED.get(verb.lemma_) or lexicons()["verb"].get(verb.lemma_)
    if not short or name not in {_EXPORT, *TRADE}:
        return None
    # the subject, or a genitive the parse makes an oblique ("ввезено [медной руды] на …")
    goods = goods or next(
        (c for c in verb.children
         if c.dep_ == "nsubj:pass" or (c.dep_ == "obl" and _bare_genitive(c) and c.i < number.i)),
        None,
    )  # fmt: skip
    if goods is None or goods.pos_ != "NOUN":
        return name, name, unit
    thing, key = noun_phrase(ctx, goods)
    return f"{name} {genitive_name(thing)}", f"{name} {key}", unit


def seized_worth(ctx: Context, q: Quantity, unit: str) -> tuple[str, str, str] | None:
    """A sum "на" (or "на сумму") of goods a verb of seizing took (claim_words.tsv
    `confiscate`), hung on the verb or on the goods, its object or passive subject, is what
    the goods are worth: "Таможенники изъяли наркотиков на 5 млн евро", "на границе задержано
    сигарет на сумму 2 млн долларов" → стоимость наркотиков, стоимость сигарет (was none, or
    the bare goods); None for another verb or no goods named before the sum."""
    number = _money_on(ctx, q, unit)
    if number is None:
        return None
    goods = number.head if number.head.dep_ in ("obj", "nsubj:pass") else None
    verb = number.head if goods is None else goods.head
    if verb.lemma_ not in _CONFISCATING or verb.pos_ != "VERB":
        return None
    # or a genitive the parse makes an oblique ("изъято [наркотиков] на 5 млн евро")
    goods = goods or next(
        (c for c in verb.children
         if c.i < number.i and (c.dep_ in ("obj", "nsubj:pass") or _bare_genitive(c))),
        None,
    )  # fmt: skip
    if goods is None or goods.pos_ != "NOUN" or is_animate(goods):
        return None
    thing, key = noun_phrase(ctx, goods)
    return f"{WORTH} {genitive_name(thing)}", f"{WORTH} {key}", unit


def _money_on(ctx: Context, q: Quantity, unit: str) -> Token | None:
    """The money a "на" phrase holds, "на 3 млрд долларов", or its frame "на сумму 3 млрд
    долларов" standing for it: the word whose head is what the sum is of; None for another."""
    number = root(ctx, q.start, q.end) if is_currency(unit) else None
    if number is not None and number.head.lemma_ == _SUM and preposition(number.head) == "на":
        number = number.head
    return number if number is not None and preposition(number) == "на" else None


def _bare_genitive(t: Token) -> bool:
    return "Gen" in t.morph.get("Case") and not has_preposition(t)


def _unnamed(
    ctx: Context, q: Quantity, unit: str, after: list[Token]
) -> tuple[str, str, str] | None:
    """The metric of a figure its clause names no measured noun for: a measured noun in the
    genitive after a sum ("получила 5 млрд долларов помощи"), a purpose, the verb
    ("израсходовал" → расходы), what it sizes or trades, else the stuff a measure weighs
    ("30 кг урана")."""
    stuff = stuff_after(unit, after)
    if stuff is not None and is_currency(unit):
        return noun_phrase(ctx, stuff) + (unit,)
    sized = _sized_on(ctx, q, unit)
    credit = sized if sized is not None and _credit_sized(ctx, q) else None
    named = _purpose(ctx, q, unit) or credit or _verb_metric(ctx, q, unit)
    named = named or _act_metric(ctx, q, unit) or sized
    named = named or (_traded(ctx, q, after) if unit in lexicons()["measure"] else None)
    if named is not None:
        return named
    return None if stuff is None else _acted_stuff(ctx, q, stuff) + (unit,)


_BOUND_PREPOSITIONS = {"", "до", "около", "свыше", "порядка"}  # "передачу [до] 3000 мегаватт"


def _acted_stuff(ctx: Context, q: Quantity, stuff: Token) -> tuple[str, str]:
    """The stuff a measure weighs, named with the act noun the measure is the object of
    ("предусматривает передачу до 3000 мегаватт электроэнергии" → передача электроэнергии,
    `made_act`); a measure of no act names its stuff alone ("30 кг урана")."""
    name, key = noun_phrase(ctx, stuff)
    number = root(ctx, q.start, q.end)
    if number is None or number.dep_ != "nmod":
        return name, key
    act = number.head
    if preposition(number) not in _BOUND_PREPOSITIONS:
        return name, key  # "на 3000 мегаватт": a preposition of its own, not a bound's "до"
    if act.pos_ != "NOUN" or act.lemma_ not in MADE_ACTS or act.i > number.i:
        return name, key
    return f"{act.lemma_} {genitive_name(name)}", f"{act.lemma_} {key}"


def stuff_after(unit: str, after: list[Token]) -> Token | None:
    """The genitive after a measure ("30 кг урана") or after a sum of money where it is a
    measured noun ("5 млрд долларов помощи"; "5 млрд долларов США" has none)."""
    money = is_currency(unit)
    stuff = genitive_after(after) if unit in lexicons()["measure"] or money else None
    if stuff is not None and money and stuff.lemma_ not in lexicons()["metric"]:
        return None
    return stuff


def _verb_metric(ctx: Context, q: Quantity, unit: str) -> tuple[str, str, str] | None:
    """Money a verb says what it is: "израсходовал 1 млрд долларов" → расходы, "платье
    стоило 1,2 млн долларов" → стоимость, "получил 68 000 долларов" → полученная сумма; with
    its subject in the genitive where it is an organization or a thing ("расходы МУС",
    "стоимость платья"), not a person nor a being ("генерал", "кредиторы"); a share of GDP
    is money too ("направили на оборону 2,2 % и 2,4 % ВВП")."""
    if not (is_currency(unit) or unit == "percent"):  # the cheap test before the parse's
        return None
    number = root(ctx, q.start, q.end)
    number = None if number is None else first_conjunct(range_start(number))
    if number is None or (unit == "percent" and not _of_gdp(number)):
        return None
    verb = own_participle(number) or _verb_of(number)
    goods = _own_goods(ctx, number)
    if goods is not None and number.dep_ in ("orphan", "nmod") and number.head == goods:
        verb = goods.head  # "…, а [кукурузы] — на 1 млрд": the gapped clause's verb
    misread = _misread_goods(verb) if verb is not None else ""
    if verb is not None and misread:
        verb = verb.head  # "продал Турции [стали] на …"
    if verb is None or verb.lemma_ not in lexicons()["verb"]:
        return None
    if misread and goods is None:
        return _misread_trade(verb, misread, unit)
    return money_of_verb(ctx, verb, number, unit)


def _misread_goods(t: Token) -> str:
    """The lemma of goods the tagger took for a verb of their own clause right after a verb of
    trade ("Египет продал Турции [стали] на 2 млрд долларов": сталь, not стать), "" for
    others: a verb with no subject hung on the verb of trade, which reads as a noun in the
    genitive or accusative."""
    traded = lexicons()["verb"].get(t.head.lemma_) in {*TRADE, _SOLD}
    if t.pos_ != "VERB" or t.dep_ not in ("parataxis", "conj") or not traded:
        return ""
    if t.head.i > t.i or any(c.dep_ in SUBJECTS for c in t.children):
        return ""
    nouns = (p for p in morph().parse(t.lower_) if p.tag.POS == "NOUN" and p.tag.case == "gent")
    return next((p.normal_form for p in nouns), "")


def _misread_trade(verb: Token, lemma: str, unit: str) -> tuple[str, str, str]:
    """(name, lemma key, unit) of a sum "на" of goods the tagger took for a verb, `lemma`
    their lemma (`_misread_goods`): the verb of trade's, "экспорт стали" for a sale."""
    name = lexicons()["verb"][verb.lemma_]
    name = _EXPORT if name == _SOLD else name
    return f"{name} {genitive_name(lemma)}", f"{name} {lemma}", unit


def _act_metric(ctx: Context, q: Quantity, unit: str) -> tuple[str, str, str] | None:
    """Money the noun of an act of `act_verbs.tsv` governs is what its verb would make it:
    "в хищении 15 млн долларов" → похищенная сумма, "от покупки завода за 5 млрд" → стоимость
    покупки завода (the parser may hang the "за"-sum on the clause's verb)."""
    number = root(ctx, q.start, q.end) if is_currency(unit) else None
    act = None if number is None else _act_of(number)
    if number is None or act is None:
        return None
    name = lexicons()["verb"][lexicons()["act"][act.lemma_]]
    if name not in _DEALS or preposition(act) == "на":
        return name, name, unit  # "выставлена на продажу за 1,2 млн": an asking price
    if preposition(number) != "за":
        return None  # "покупка на 5 млрд" sizes the noun (`_sized_on`)
    goods = next((c for c in act.children if c.dep_ == "nmod" and c.i < number.i), None)
    if goods is None and name != _BOUGHT:
        return name, name, unit  # a sale of nothing named: its price
    return (*_deal(ctx, goods, _DEALS[name]), unit)


def _act_of(number: Token) -> Token | None:
    """The noun of an act a sum is the object of: its head, in the genitive with no
    preposition ("хищении 15 млн") or by "за"; or, for a "за"-sum the parser hangs on the
    verb, that verb's act noun before it ("отказалась от покупки завода за 5 млрд")."""
    acts = lexicons()["act"]
    head, by = number.head, preposition(number)
    if head.lemma_ in acts and head.pos_ == "NOUN" and by in {"", "за"} and head.i < number.i:
        return head
    if by != "за" or head.pos_ != "VERB":
        return None
    before = [c for c in head.children if c.dep_ == "obl" and c.i < number.i]
    return next((c for c in reversed(before) if c.lemma_ in acts and c.pos_ == "NOUN"), None)


def act_of(number: Token) -> Token | None:
    """The noun of an act of money a sum is the object of (`_act_of`), for status.py."""
    return _act_of(number)


def _of_gdp(number: Token) -> bool:
    """A percent of GDP, told after it or after the last percent coordinated with it ("2,2 %
    и 2,4 % ВВП"): a sum of money, whatever currency."""
    told = [c for t in (number, *number.conjuncts) for c in t.children]
    return any(c.lemma_ == "ввп" and c.dep_ == "nmod" for c in told)


def _per_unit(number: Token) -> bool:
    """A sum "за" one unit of what is traded ("продаёт рис за 500 долларов за тонну"): a
    price per unit, no deal's whole price."""
    near = number.doc[number.i + 1 : min(number.i + 5, number.sent.end)]
    return any(t.lemma_ in lexicons()["measure"] and preposition(t) == "за" for t in near)


_PIECES = {"штука", "единица", "экземпляр", "каждый"}  # "по цене … за [штуку]": one piece's


def per_piece(price: Token, goods: Token) -> bool:
    """A price (or a sum "по") told "за" one piece of the counted goods: "за штуку", "за
    единицу", "за каждый", or the goods' own noun ("два фрегата по цене 600 млн евро за
    [фрегат]")."""
    return any(
        (t.lemma_ in _PIECES or t.lemma_ == goods.lemma_) and t.i > 0 and t.nbor(-1).lower_ == "за"
        for t in price.subtree
    )


def money_of_verb(ctx: Context, verb: Token, number: Token, unit: str) -> tuple[str, str, str]:
    """(name, lemma key, unit) of the money `number` (the sum or the noun holding it) is to a
    verb of `verb_metrics.tsv`, with whose or what it is (`_verb_metric`)."""
    name = lexicons()["verb"][verb.lemma_]
    inside = {t.i for t in number.subtree}
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i not in inside]
    hung = [g for c in verb.children for g in c.children if _on_buyer(g) and g.i not in inside]
    # "продала Бангладеш [риса] на 500 млн": a state the tagger reads as an object is no goods
    goods = _own_goods(ctx, number) or next(
        (c for c in (*objects, *hung) if c.pos_ == "NOUN"), objects[0] if objects else None
    )
    by = _sum_preposition(number)
    worth = None if goods is not None or by else _sum_of_goods(ctx, verb, number, name)
    if worth is not None:  # "продать Аргентине 2 млрд долларов зерна": the trade's value
        goods, name = worth, _EXPORT if name == _SOLD else name
    sold = name != _BOUGHT and goods is not None  # "рукопись продана за …": its price
    deal = name in _DEALS and by == "за" and not _per_unit(number)
    if deal and (name == _BOUGHT or sold):
        # "покупает Tumblr за 1,1 млрд", "продала завод за 1 млрд": one deal's price
        return (*_deal(ctx, goods, _DEALS[name]), unit)
    if name in {*TRADE, _SOLD} and by == "по" and goods is not None and per_piece(number, goods):
        # "закупила 24 истребителя по 12 млн долларов за единицу": one piece's price; of a
        # measure, its goods ("2 млн тонн [пшеницы] по 235 долларов за тонну")
        nouns = [c for c in goods.children if c.dep_ == "nmod" and c.pos_ == "NOUN"]
        weighed = goods.lemma_ in lexicons()["measure"] and bool(nouns)
        thing, key = noun_phrase(ctx, nouns[0] if weighed else goods)
        return f"{_SOLD} {genitive_name(thing)}", f"{_SOLD} {key}", unit
    if name == _SOLD and by == "на" and _goods(goods):
        name = _EXPORT  # "продала Бразилии зерна на 2 млрд" → экспорт зерна, no price
    if name in TRADE and goods is not None and goods.pos_ == "NOUN":
        # "купила у Ирана нефти на 2 млрд" → закупки нефти
        thing, key = _listed_phrase(ctx, goods, number.left_edge.i)
        return f"{name} {genitive_name(thing)}", f"{name} {key}", unit
    valued = _valued(verb, goods, number) if name == WORTH else None
    if valued is not None:  # "оценили картину в 2 млн", "платье, которое оценивают в …"
        thing, key = noun_phrase(ctx, valued)
        return f"{name} {genitive_name(thing)}", f"{name} {key}", unit
    for c in verb.children:
        if c.dep_ not in SUBJECTS or c.i in inside or past_comma(number, c):
            continue  # "было потрачено 74 млн долларов": the money is no subject of its own
        if names_currency(c.text):
            continue  # "200 млн долларов поступят": the sum's own currency, split off by the parse
        if c.lemma_ == "который" and verb.dep_ == "acl:relcl":
            c = _relative_antecedent(c, verb.head)  # "строительство набережной, которое …"
        m = next((m for m in ctx.mentions if m.start <= c.idx < m.end), None)
        if m is not None and m.type == "Organization":
            of = genitive_name(ctx.document.text[m.start : m.end])
            return f"{name} {of[:1].upper() + of[1:] if _own_capital(ctx, m) else of}", name, unit
        if m is None and c.pos_ == "NOUN" and not is_animate(c):
            thing, key = noun_phrase(ctx, c)  # "генерал получил …": no one's sum by a bare noun
            return f"{name} {genitive_name(thing)}", f"{name} {key}", unit
    return name, name, unit


def _sum_of_goods(ctx: Context, verb: Token, number: Token, name: str) -> Token | None:
    """The goods a sum the object of a verb of sale or trade is worth, in its genitive: "готова
    продать Аргентине 2 млрд долларов зерна", "закупил у Японии 3 млрд долларов риса" tell the
    trade's value (экспорт зерна, закупки риса), not a price; never papers ("2 млрд долларов
    акций") nor a name."""
    if name not in TRADE | {_SOLD} or number.dep_ != "obj" or number.head != verb:
        return None
    return next(
        (c for c in number.children
         if c.dep_ == "nmod" and c.i > number.i and c.pos_ == "NOUN" and c.lemma_ not in _SECURITIES
         and not any(g.dep_ == "case" for g in c.children)
         and not ctx.mentions_in(c.idx, c.idx + len(c))),
        None,
    )  # fmt: skip


def _sum_preposition(number: Token) -> str:
    """The preposition of a sum, also where the parser hangs the one right before it on a
    gapped later sum: "продала Китаю сои [на] 5 млрд долларов, а кукурузы — на 1 млрд"."""
    by = preposition(number)
    before = number.doc[number.left_edge.i - 1] if number.left_edge.i > number.sent.start else None
    if by or before is None or before.pos_ != "ADP" or before.dep_ != "case":
        return by
    return before.lemma_ if before.head.i > number.i else ""


def _listed_phrase(ctx: Context, goods: Token, sum_at: int) -> tuple[str, str]:
    """(name, key) of the goods a verb of trade takes with those listed after them before
    its sum (at `sum_at`), all of which the sum is for: "поставило в Японию медь [и молибден]
    на 2 млрд долларов" → поставки меди и молибдена; a name listed there is no goods."""
    listed = [
        c for c in goods.conjuncts
        if goods.i < c.i < sum_at and c.pos_ == "NOUN"
        and not ctx.mentions_in(c.idx, c.idx + len(c))
    ]  # fmt: skip
    phrases = [noun_phrase(ctx, t) for t in (goods, *listed)]
    if len(phrases) == 1:
        return phrases[0]
    last = listed[-1]
    # "и" or "или"; "а также", "а" join as "и" ("рис и кофе, а также одежду" → и одежды)
    word = next((c.lower_ for c in last.children if c.dep_ == "cc" and c.lower_ == "или"), "и")

    def joined(parts: list[str]) -> str:
        return f"{', '.join(parts[:-1])} {word} {parts[-1]}"

    return joined([n for n, _ in phrases]), joined([k for _, k in phrases])


def _own_goods(ctx: Context, number: Token) -> Token | None:
    """The goods a conjoined clause names right before its own sum, which the verb's object
    is not: "закупила у России нефти на 30 млрд долларов и [угля] на 5 млрд долларов", "…,
    а [кукурузы] — на 1 млрд долларов", "…, и у Аргентины [пшеницу] на 2 млрд"; a state
    there is no goods."""
    doc = number.doc
    k = min((t.i for t in number.subtree if t.like_num), default=number.i) - 1
    if k >= 0 and doc[k].pos_ == "ADP":
        k -= 1  # "угля [на] 5 млрд"
    if k >= 0 and doc[k].text in DASHES:
        k -= 1
    goods = doc[k] if k >= 0 else None
    if goods is None or goods.pos_ != "NOUN":
        return None
    # an accusative the sum hangs on is a gapped clause's object: "…, и у Аргентины
    # [пшеницу] на 2 млрд долларов", or a lifeless noun whose accusative the tagger read as
    # its nominative, alike in form ("и у Катара [нефть] на 4 млрд евро"); a listed "медь,
    # никель и [кобальт]" is a conjunct of the object, whose goods they all are
    case = goods.morph.get("Case")
    object_ = "Acc" in case or ("Nom" in case and "Inan" in goods.morph.get("Animacy"))
    gapped = object_ and goods.dep_ == "parataxis" and number.head == goods
    if not (
        ("Gen" in case and goods.dep_ == "conj" and _summed(goods, number))
        or gapped or _traded_after_dash(goods, number)
    ):  # fmt: skip
        return None
    if goods.lemma_ in lexicons()["metric"]:
        return None  # a measured noun names its own figure
    return None if ctx.mentions_in(goods.idx, goods.idx + len(goods)) else goods


def _relative_antecedent(which: Token, noun: Token) -> Token:
    """The noun "который" stands for, up the genitives from the one the parser hangs its
    clause on to the first it agrees with: "[строительство] набережной, которое обойдётся в
    …" is the building's cost, not the embankment's; `noun` where none agrees."""
    up = noun
    while not agrees(which, up) and up.dep_ == "nmod" and up.head.pos_ == "NOUN":
        if up.head.i > up.i or "Gen" not in up.morph.get("Case"):
            return noun
        up = up.head
    return up if agrees(which, up) else noun


def _traded_after_dash(goods: Token, number: Token) -> bool:
    """A noun in the accusative, or a lifeless one the tagger reads as a nominative alike in
    form to its own genitive or accusative ("кофе", "сахар"), whose orphaned sum a dash leaves
    after a verb of trade is the gapped clause's goods: "продала Японии риса на 800 млн
    долларов, а [кофе] — на 400 млн", "…, а [треску] — на 500 млн", "…, а [рыбу] — на …"
    (fish the tagger reads as animate); not a word whose lemma has no such form ("вина" read
    as guilt, not wine)."""
    traded = lexicons()["verb"].get(goods.head.lemma_) in {*TRADE, _SOLD}
    case = goods.morph.get("Case")
    lifeless = "Acc" in case or ("Nom" in case and "Inan" in goods.morph.get("Animacy"))
    if not (traded and lifeless and goods.dep_ == "conj" and number.dep_ == "orphan"):
        return False
    forms = (p for p in morph().parse(goods.lower_) if p.normal_form == goods.lemma_)
    return number.head == goods and any({"gent"} in p.tag or {"accs"} in p.tag for p in forms)


def _summed(goods: Token, number: Token) -> bool:
    """The goods a conjunct follows have a sum of their own besides `number`, so it is a
    clause of its own: "нефти [на 30 млрд] и угля на 5 млрд"; "пшеницы и ячменя на 900 млн"
    list the goods of one sum."""
    own = {t.i for t in (*goods.subtree, *number.subtree)}
    return any(t.like_num and t.i not in own for t in goods.head.subtree)


def _goods(obj: Token | None) -> bool:
    """A sale "на" a sum is a state's export of what it sells ("продала Бразилии зерна на 2
    млрд долларов" → экспорт зерна), unless that is papers ("продал акций на 2 млрд")."""
    return obj is None or obj.lemma_ not in _SECURITIES


def _own_capital(ctx: Context, m: Mention) -> bool:
    """A body's capital is its own, not the sentence's: "Министерство обороны Перу" keeps
    it, "Власти Осло потратят …" opens the sentence with a word for holders of a power
    ("расходы властей Осло")."""
    first = next((t for t in ctx.doc if t.idx == m.start), None)
    if not ctx.document.text[m.start : m.start + 1].isupper():
        return False
    return first is None or not first.is_sent_start or first.lemma_ not in _HOLDERS


def _deal(ctx: Context, goods: Token | None, deal: str) -> tuple[str, str]:
    """(name, key) of the price `deal` is paid "за" a sum: what one deal costs, not a
    country's purchases ("купила верфь за 2 млрд" → "стоимость покупки верфи"), nor the
    seller's price ("продала завод за 1 млрд" → "стоимость продажи завода"); a share bought
    is of what it shares ("приобрела 5 % акций за 400 млн" → "стоимость покупки акций")."""
    if goods is not None and goods.pos_ != "NOUN":
        goods = next((c for c in goods.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), goods)
    m = (
        None
        if goods is None
        else next((m for m in ctx.mentions if m.start <= goods.idx < m.end), None)
    )
    if m is not None:
        who = ctx.document.text[m.start : m.end]
        return f"{deal} {genitive_name(who)}", deal
    if goods is None or goods.pos_ != "NOUN":
        return deal, deal
    thing, key = noun_phrase(ctx, goods)
    return f"{deal} {genitive_name(thing)}", f"{deal} {key}"


def _valued(verb: Token, obj: Token | None, number: Token) -> Token | None:
    """The thing a verb of value prices in its object before the sum: "оценили [картину] в
    2 млн", or the nearest noun a relative "которую" object agrees with ("[диадема] из
    белого золота, которую оценивают в …"); not a being ("оценили футболиста"), nor a sum told
    again that the parser makes the object ("обошлась в 30 млн фунтов (около 116 млн
    фунтов)")."""
    if obj is not None and obj.lemma_ == "который" and verb.dep_ == "acl:relcl":
        before = reversed(obj.doc[obj.sent.start : obj.i])
        obj = next((t for t in before if t.pos_ == "NOUN" and agrees(obj, t)), None)
    if obj is None or obj.pos_ != "NOUN" or is_animate(obj):
        return None
    return obj if obj.i < number.i else None


def _verb_of(number: Token) -> Token:
    """The verb a number is the object of: its head, unless a verb of another clause stands
    between them ("закупила оборудование на 7 млрд, а Япония инвестировала 10 млрд", which
    the parser may hang on the first verb), and of the object the parser may hang it on."""
    head = number.head
    obj = head.head if head.dep_ == "conj" and head.head.i < head.i else head
    if _on_buyer(obj):
        obj = obj.head  # "продала Бразилии [пшеницы] на 2 млрд", hung on the goods on the buyer
    by = has_preposition(number) or _sum_preposition(number)
    if obj.dep_ in ("obj", "iobj") and obj.head.pos_ == "VERB" and by:
        # "оценивали гитару в 200 тысяч долларов США", hung on the object or on the last of
        # the objects listed ("экспортировала медь, никель и [кобальт] на 3 млрд долларов");
        # its "на" may hang on a gapped later sum ("сои [на] 5 млрд долларов, а кукурузы —")
        head = obj.head
    elif number.dep_ == "nmod" and (recipient := _recipient(obj)) is not None:
        # "выплатило семьям погибших 1 млн песо", hung on the recipient or on its genitive
        # ("семьям жертв 5 млн песо", "семьям погибших по 1 млн"): no recipient holds a sum
        head = recipient.head
    purpose = _purpose_before(number)
    if purpose is not None:
        head = purpose.head  # "потратила на оборону 3 млрд евро", hung on the purpose
    # a participle on a noun between ("на восстановление [пострадавших] районов") is no clause
    between = [t for t in number.doc[head.i + 1 : number.i] if t.pos_ == "VERB"]
    between = [t for t in between if t.dep_ != "amod"]
    # nor a participle standing for people ("выплатить семьям [погибших] 1 млн")
    between = [t for t in between if t.dep_ not in ("nmod", "obj", "iobj") or not _part(t)]
    own = _own_clause_verb(number, head)
    if own is not None:
        return own
    return between[-1] if head.pos_ == "VERB" and between else _complemented(head)


def _recipient(t: Token) -> Token | None:
    """The dative object of a verb that `t` is, or is a genitive of (up to two deep: "семьям
    [жертв]", "семьям [погибших]"), None for none."""
    for _ in range(3):
        if t.dep_ == "iobj" and t.head.pos_ == "VERB":
            return t
        if t.dep_ != "nmod" or t.head.i == t.i:
            return None
        t = t.head
    return None


def _part(t: Token) -> bool:
    return "Part" in t.morph.get("VerbForm") or any(
        p.tag.POS in ("PRTF", "PRTS") for p in morph().parse(t.lower_)[:2]
    )


def _own_clause_verb(number: Token, head: Token) -> Token | None:
    """The finite verb of a sum's own clause where the parse hangs the sum on a verb past a
    comma after it: "около 300 млн долларов правительство [тратило] на дороги, 40–60 млн
    страна получала" → тратило, not получала."""
    if head.i <= number.i:
        return None
    comma = next((t for t in number.doc[number.i + 1 : head.i] if t.text == ","), None)
    if comma is None:
        return None
    return next(
        (t for t in number.doc[number.i + 1 : comma.i]
         if t.pos_ == "VERB" and is_finite(t) and t.dep_ not in ("amod", "acl", "acl:relcl")),
        None,
    )  # fmt: skip


def _on_buyer(goods: Token) -> bool:
    """Goods the parser hangs on the state a verb sells to, right after it, as its genitive:
    "продала Бразилии [пшеницы]", "Мали [пшеницы]" (a dative or object state governs none)."""
    state = goods.head
    return (
        goods.dep_ == "nmod" and goods.pos_ == "NOUN" and goods.i == state.i + 1
        and state.pos_ == "PROPN" and state.dep_ in ("obj", "iobj")
        and not has_preposition(goods) and not has_preposition(state)
    )  # fmt: skip


def spent_on(t: Token) -> bool:
    """An act of trade in the "на"-purpose of a verb of money is what the money goes to, not
    what it measures: the verb names the sum ("потратило на закупку вакцин 40 млн евро" →
    расходы, "выделила 2 млрд долларов на поставку оружия" → выделенные средства), where money
    given "на гуманитарную помощь" is that help."""
    return (
        t.lemma_ in _TRADE_ACTS
        and t.dep_ == "obl"
        and preposition(t) == "на"
        and t.head.lemma_ in lexicons()["verb"]
    )


def dealt(ctx: Context, t: Token, q: Quantity) -> bool:
    """A measured noun sold or bought "за" the sum is the deal's goods, not what the sum
    measures: "продала свою долю в банке за 150 млн евро" is the sale's price (`_deal`),
    no share of 150 млн евро."""
    verb = t.head
    if t.dep_ != "obj" or lexicons()["verb"].get(verb.lemma_) not in _DEALS:
        return False
    number = root(ctx, q.start, q.end)
    return number is not None and number.head == verb and preposition(number) == "за"


def _purpose_before(number: Token) -> Token | None:
    """The "на"-purpose before it of a verb of money that the parser hangs a sum with no
    preposition on, or on a genitive of that purpose ("потратила на оборону 3 млрд евро",
    "выделила на оборону 3 % ВВП", "направят на строительство [дорог] 2 млрд долларов")."""
    if number.dep_ != "nmod" or has_preposition(number):
        return None
    head = number.head
    while head.dep_ == "nmod" and not has_preposition(head) and head.head.i < head.i:
        head = head.head  # "на восстановление [районов]": the purpose's own genitive
    purpose = (
        head.i < number.i
        and head.dep_ == "obl"
        and preposition(head) == "на"
        and head.head.lemma_ in lexicons()["verb"]
    )
    return head if purpose else None


def _complemented(head: Token) -> Token:
    """The verb a modal predicate the number hangs on takes: "$28 млн должен заплатить
    обидчик", "40 млн евро может получить победитель" (the parser makes the sum its
    subject); any other head as it is."""
    if head.lemma_ in lexicons()["verb"] or not is_predicate(head):
        return head
    return next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), head)


def _sized_on(ctx: Context, q: Quantity, unit: str) -> tuple[str, str, str] | None:
    """Money "на" or "в" a noun sizes it: "подписали соглашения на 2 млрд долларов" →
    соглашения (a "на сумму" with the sum left out), "открыть кредитную линию в 500 млн
    долларов" → кредитная линия, as "кредит в 300 млн долларов" is a credit's size."""
    number = root(ctx, q.start, q.end) if is_currency(unit) else None
    if number is None or number.head.pos_ != "NOUN" or number.head.i > number.i:
        return None
    if not any(c.dep_ == "case" and c.lower_ in ("на", "в") for c in number.children):
        return None
    return (*noun_phrase(ctx, _granted(number.head, number)), unit)


def _credit_sized(ctx: Context, q: Quantity) -> bool:
    """A sum "в"/"на" a credit the verb gives ("предоставила Непалу кредитную линию в 1,2 млрд
    долларов"): the named instrument is what the sum measures, not the verb's "выделенные
    средства", as "предоставила кредит в …" already is (a measured noun)."""
    number = root(ctx, q.start, q.end)
    return number is not None and is_credit(_granted(number.head, number))


def is_credit(noun: Token) -> bool:
    """A noun of a credit (`credit`): "кредит", "заём", or one a credit's adjective names
    ("кредитная линия"); "линия по производству автобусов", "завод" are things opened."""
    credit = noun.lemma_.replace("ё", "е") in _CREDITS
    named = any(c.dep_ == "amod" and c.lemma_ in _CREDITS for c in noun.children)
    return noun.pos_ == "NOUN" and (credit or named)


def _granted(noun: Token, number: Token) -> Token:
    """What an act of opening or granting a credit (`credit_act`) that a sum is hung on gives,
    its genitive before the sum: the sum sizes that ("открытие кредитной линии в 500 млн
    долларов" → кредитная линия, not the opening); any other noun is itself."""
    if noun.lemma_ not in _CREDIT_ACTS:
        return noun
    given = (
        c for c in noun.children
        if c.dep_ == "nmod" and noun.i < c.i < number.i and _bare_genitive(c)
    )  # fmt: skip
    return next(given, noun)


def _purpose(ctx: Context, q: Quantity, unit: str) -> tuple[str, str, str] | None:
    """Money a verb gives "на" a measured noun, or in its form ("в виде", "в форме"), is
    that: "выделит 50 млн крон на гуманитарную помощь" → гуманитарная помощь, "выделит 300
    млрд иен в виде льготных кредитов" → льготные кредиты (not "на строительство": no
    measure)."""
    number = root(ctx, q.start, q.end) if is_currency(unit) else None
    if number is None or number.head.pos_ != "VERB":
        return None
    for c in [*number.head.children, *number.children]:  # the parser hangs it on either
        on = any(g.dep_ == "case" and g.lower_ == "на" for g in c.children)
        objects = [x for x in number.head.children if x.dep_ == "obj" and x.i != number.i]
        noun = c if on and c.pos_ == "NOUN" else None if objects else _form_of(c)
        if noun is None or noun.lemma_ not in lexicons()["metric"] or spent_on(noun):
            continue
        if noun.i > number.i:
            return (*noun_phrase(ctx, noun), unit)
    return None


def allotted_purpose(
    ctx: Context, q: Quantity, unit: str, after: list[Token]
) -> tuple[str, str, str] | None:
    """Money a verb of granting (verb_metrics.tsv "выделенные средства") gives "на" an act on a
    thing is that act ("выделила 10 млн долларов на восстановление школ" → восстановление
    школ, "направила 5 млн евро на закупку вакцин" → закупка вакцин), before a measured noun
    elsewhere in the clause ("Индия, оказывающая гуманитарную помощь, выделила …"); money "на
    гуманитарную помощь", of a measured genitive ("10 млн долларов гуманитарной помощи") or
    "на оборону" (no act) stays as `_purpose` and the verb name it."""
    number = root(ctx, q.start, q.end) if is_currency(unit) else None
    if number is None or stuff_after(unit, after) is not None:
        return None
    before = _purpose_before(number)
    listed = number.dep_ == "conj" and number.head.i < number.i  # "… и 5 млн евро на закупку"
    if has_preposition(number) or number.dep_ not in ("obj", "conj", "nmod"):
        return None  # "на сумму 10 млн", a subject: the sum of some noun, no verb's money
    verb = next((a for a in number.ancestors if a.pos_ == "VERB"), None) if listed else None
    verb = verb or _verb_of(number)
    if verb.pos_ != "VERB" or lexicons()["verb"].get(verb.lemma_) != _GRANTED:
        return None
    own = [c for c in number.children if c.i > number.i]
    near = [*own, *(c for c in verb.children if not listed and c.i != number.i)]
    purpose = before or next(
        (c for c in near if preposition(c) == "на" and "Acc" in c.morph.get("Case")), None
    )  # "на восстановление", never "на заседании правительства"
    if purpose is None or not _act_on_thing(purpose):
        return None
    name, key = noun_phrase(ctx, purpose)
    # "на восстановление пострадавших районов", whose thing the phrase loses: the verb names it
    return None if " " not in name else (name, key, unit)


def _act_on_thing(t: Token) -> bool:
    """A noun of an act with its thing in the genitive: "восстановление школ", "закупку
    вакцин" (`made_act`, or a verbal noun in -ние/-тие); "оборону", "нужды армии" are none."""
    act = t.lemma_ in MADE_ACTS or t.lemma_.endswith(("ние", "тие"))
    return (
        t.pos_ == "NOUN"
        and act
        and any(
            c.dep_ == "nmod"
            and c.i > t.i
            and c.pos_ in ("NOUN", "PROPN")
            and not has_preposition(c)
            for c in t.children
        )
    )


def _in_form(t: Token) -> bool:
    """ "в виде кредитов": "в" with its fixed "виде"."""
    return any(
        g.dep_ == "case" and g.lower_ == "в" and any(f.lemma_ == "вид" for f in g.children)
        for g in t.children
    )


def _form_of(t: Token) -> Token | None:
    """The noun a money's form names: "[в виде] кредитов", "в форме [гранта]"; else None."""
    if _in_form(t):
        return t
    at = any(g.dep_ == "case" and g.lower_ == "в" for g in t.children)
    if at and t.lemma_ in ("вид", "форма"):
        return next((c for c in t.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), None)
    return None


def _traded(ctx: Context, q: Quantity, after: list[Token]) -> tuple[str, str, str] | None:
    """A measured amount a verb of trade or output names: "экспортировало 3 млн тонн меди"
    → "экспорт меди" (verb_metrics.tsv), where no measured noun of the clause names it; goods
    sold by measure are an export as goods sold for a sum are ("продала 5 млн тонн зерна" →
    "экспорт зерна", no price), goods gathered a harvest ("собрала 110 млн тонн пшеницы" →
    "урожай пшеницы", no "собранные средства")."""
    number = root(ctx, q.start, q.end)
    if number is not None and noun_complement(number):
        return None  # "получит доступ к 18 тыс. тонн путассу": the access's, nothing received
    verb = number.head if number is not None else None
    if number is not None and number.head.lemma_ not in lexicons()["verb"]:
        verb = verb_before(number)
    verb = (own_participle(number) if number is not None else None) or verb
    name = lexicons()["verb"].get(verb.lemma_) if verb is not None else None
    stuff = genitive_after(after) or _abbreviated_goods(ctx, after)
    if name is None or name in MONEY_ONLY:
        return None
    if stuff is None:  # "мы рассчитываем поставить не менее 4 млрд кубометров": supplies
        return (name, name, q.unit) if name in TRADE else None
    name = _EXPORT if name == _SOLD else name
    name = _SUPPLIES if name == _RECEIVED else name  # "получит 2 млрд кубометров газа"
    name = _HARVEST if name == _GATHERED else name  # "собрала 110 млн тонн пшеницы"
    thing, key = noun_phrase(ctx, stuff)
    return f"{name} {genitive_name(thing)}", f"{name} {key}", q.unit


def _abbreviated_goods(ctx: Context, after: list[Token]) -> Token | None:
    """Goods an abbreviation names right after the measure ("поставит 1,2 млн тонн [СПГ]"),
    which the tagger makes a proper name, as `traded_goods` takes them after a noun of trade;
    the name of a state or a body there is no goods."""
    t = after[0] if after else None
    if t is None or t.pos_ != "PROPN" or not t.text.isupper() or "Gen" not in t.morph.get("Case"):
        return None
    return None if ctx.mentions_in(t.idx, t.idx + len(t)) else t
