"""What a figure measures (`_metric`): the nearest measured noun of its clause
(metric_nouns.txt) with its phrase, a counter's counted noun, a distance, a count's own
noun, the figure's before it for a difference told after that one (`prior_metric`); the
figures that measure nothing (ordinals, grades, a misspelt date, a count of the parties
themselves) give None. Percents, people, votes and verbs have modules of their own, which
this one asks.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span, Token

from kg.doc_text import doc_text
from kg.extract.agreements.title_words import paper_complement
from kg.extract.claims.lexicons import (
    AMOUNTING,
    CALIBRES,
    CONTAINERS,
    COUNTERS,
    GIVING_LEVEL,
    GROWTH,
    MADE_ACTS,
    PART_OF,
    PEOPLE,
    PRICES,
    PURPOSE_PREPS,
    REACHING,
    REDUCTIONS,
    SUBSET,
    SUMS,
    TRADE,
    WORDS,
    WORTH,
    lexicons,
)
from kg.extract.claims.parse import (
    around,
    clause_before,
    clause_between,
    past_between,
    root,
    sized_by_measure,
    thing_measure,
)
from kg.extract.claims.people import (
    _people,
    _verbless_measure,
    attendance,
    counted_by,
    fated,
    fated_people,
)
from kg.extract.claims.phrases import (
    counted_head,
    genitive_after,
    genitive_name,
    nominal,
    nominative,
    noun_phrase,
    outer_noun,
    recipient,
    topic_paper,
)
from kg.extract.claims.referents import antecedent
from kg.extract.claims.shares import percent
from kg.extract.claims.verbs import (
    _unnamed,
    allotted_purpose,
    dealt,
    money_of_verb,
    passive_trade,
    per_piece,
    seized_worth,
    spent_on,
    stuff_after,
    traded_goods,
)
from kg.extract.claims.votes import named_by, owned_votes
from kg.extract.common.number_units import is_currency, names_currency
from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.nlp.deps import SUBJECTS, has_preposition, preposition, sentence_before
from kg.nlp.marks import DASHES
from kg.nlp.morph import agrees, features, is_animate, morph
from kg.resolve.org_initials import abbreviation_like

_PART_OF = re.compile(PART_OF, re.IGNORECASE)  # "из этой суммы": the whole, not the part
_MONTH_START = re.compile(r"(?:янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек)", re.I)
_YEAR_NEXT = re.compile(r"\s+[12]\d{3}(?!\d)")  # "5 декабра [2015] года"
_SUM = "сумма"  # a bare sum a verb of money governs is what the verb says it is
_SHARE = "доля"  # a share a sum measures is the stake's worth (`_money_share`)
_COUNT_WORDS = {"единица", "штука"}  # "1550 единиц": the thing counted is named elsewhere
_SIZE = "численность"  # "численность армии — 23 тыс. военнослужащих": the count's name
_CROWDS = WORDS["crowd"]  # "население", "армия": a bare count of them counts persons
_THING_ADJ = WORDS["thing_adj"]
_ECONOMY = WORDS["economy"]  # "рост экономики", "экономический рост": a rise of GDP
_SHOWS = WORDS["show"]  # "рост на 5 % показал товарооборот": the shown noun changes
_GRADES = WORDS["grade"]  # "ученикам 1-3 классов": a grade, no count of classes
_LEARNERS = WORDS["learner"]
_STATE_COUNTS = WORDS["state_count"]
_LENGTHS = WORDS["length"]
_AREAS = WORDS["area"]
_LANDS = {"территория", "акватория"}  # what an area unit may size beside the listed metrics
_AGES = {"возраст", "старший", "младший", "старый", "молодой"}  # a phrase of age narrows people
_WEIGHED = WORDS["weighed"]  # "урожай": weighed, never what "с 300 га" measures
_NOMINALS = ("NOUN", "PROPN", "ADJ")  # the words of a genitive phrase ("банка развития")


def prior_metric(
    ctx: Context, prior: Quantity, sent: Span, unit: str
) -> tuple[str, str, str] | None:
    """ "наторговали на 9,3 млрд евро, что на 4 % больше, чем годом ранее": a difference
    told right after a figure, with no measured noun of its own, changes that figure's
    metric (a rise or fall of it, `_compared`)."""
    tokens, after = around(ctx, sent, prior)
    metric = _metric(ctx, prior, prior.unit, clause_before(tokens), after)
    return None if metric is None else (metric[0], metric[1], unit)


def _sized_land(t: Token, unit: str) -> bool:
    """A land an area unit sizes is measured by it: "территория … достигает 40 тысяч
    квадратных километров"; "на территории Перу" (a place) and other units measure none."""
    return t.lemma_ in _LANDS and unit in _AREAS and not has_preposition(t)


def _narrowed(head: Token) -> str:
    """The phrase of age that narrows people to some of those who live there, who are no
    population but "люди" of that age:
    "проживает 20 тыс. человек [в возрасте более 100 лет]", "[старше 90 лет]"; "" if none."""
    age = next(
        (c for c in head.rights
         if c.lemma_ in _AGES and c.dep_ != "amod" or any(g.lemma_ in _AGES for g in c.children)),
        None,
    )  # fmt: skip
    return "" if age is None else head.doc[age.left_edge.i : age.right_edge.i + 1].text


def _metric(
    ctx: Context, q: Quantity, unit: str, clause: list[Token], after: list[Token]
) -> tuple[str, str, str] | None:
    """(name, lemma key, unit) of what the number measures, or None when nothing is."""
    lex = lexicons()
    counted = unit and unit not in {"percent", "раз"} and not is_currency(unit)
    if _no_amount(ctx, q, unit, clause):
        return None
    if counted and unit not in lex["measure"]:
        head = counted_head(ctx, q, unit)
        if head is None:
            return None
        if _ordinal(head, q) or _grade(head, q):
            return None  # "занял 34 место": a rank; "ученики 1-3 классов": a grade
        sized = _thing_counted(ctx, head)
        if sized is not None:
            return (*sized, unit)
        for verb in clause[-4:]:
            if (verb.lemma_, unit) in lex["count"]:
                name = lex["count"][(verb.lemma_, unit)]
                age = _narrowed(head)  # "проживает 20 тыс. человек в возрасте более 100 лет"
                name = f"люди {age}" if age else name
                return name, name, unit
        people = _people(ctx, head) if unit in PEOPLE else _strength(ctx, head)
        people = people or _attending_states(ctx, head, unit)
        return (people or owned_votes(ctx, q, head) or fated(ctx, head)) + (unit,)
    named = percent(ctx, q, clause, after) if unit == "percent" else None
    named = named or (_distance(ctx, q, after) if unit in _LENGTHS else None)
    named = named or (_pieces_of(ctx, q, after) if unit in _COUNT_WORDS else None)
    named = named or passive_trade(ctx, q, unit)  # "вывезено товаров на 3 млрд долларов"
    named = named or seized_worth(ctx, q, unit)  # "изъяли наркотиков на 5 млн евро"
    named = named or allotted_purpose(ctx, q, unit, after)  # "выделила … на закупку вакцин"
    if named is not None:
        return named
    number = root(ctx, q.start, q.end)
    spent = _money_object(number, unit)
    measured = [
        t for t in reversed(clause)
        if (t.lemma_ in lex["metric"] or _grown_economy(t) or _sized_land(t, unit))
        and nominal(t) and not recipient(t) and not _among(t)
        and not _basis(ctx, t, q) and not _in_person_name(ctx, t) and not spent_on(t)
        and not dealt(ctx, t, q) and not _others_purpose(t, q) and not _whole_named(ctx, t)
        and not (t.lemma_ in _WEIGHED and (unit in _AREAS or _per_area(clause)))
        and not _per_head(t) and not (spent is not None and _in_relative(t, spent))
        and not _sized_otherwise(t, q, unit)
    ]  # fmt: skip
    measured = [t for t in measured if _figure_price(t, number) or not _restricts(t, measured)]
    ends = [t for t in measured if _source(t) or _destination(t)]
    noun = next((t for t in measured if t not in ends), None)
    if noun is not None and q.kind != "change":
        noun = _respective(ctx, q, noun)
        if noun is None:
            return None  # "экспорт и импорт составили 700 млрд": neither measure's sum
    noun = noun or antecedent(ctx, q)
    noun = noun or _shown_change(ctx, q)
    if noun is None:  # no measured noun: a verb may say what it is ("израсходовал")
        unnamed = _unnamed(ctx, q, unit, after)
        if unnamed is not None or not measured:
            return unnamed
        noun = measured[0]  # the source or destination, where nothing else names the sum
    if noun.lemma_ == _SHARE and is_currency(unit):
        return _money_share(ctx, noun, unit, after)
    return traded_goods(ctx, _noun_metric(ctx, noun, unit), after)


def granted_part(
    ctx: Context, q: Quantity, unit: str, words: tuple[list[Token], list[Token]]
) -> tuple[str, str, str] | None:
    """A part ", из которых 180 млн предоставит банк" of a whole's sum that a verb of money
    names ("предоставить" → выделенные средства, verb_metrics.tsv): the bank's money, not the
    whole's measure ("стоимость проекта") the clause before the comma names; None where the
    part's own words name no such verb ("…, из которых 60 млн освоены" stays a part of the
    whole's measure). `words` are the figure's clause before it and the words after it."""
    clause, after = words
    text = doc_text(ctx.doc)  # `ctx.doc.text` joins a Token per word of the document per call
    opens = next(
        (i for i, t in enumerate(clause) if t.text == "," and SUBSET.match(text, t.idx)),
        None,
    )
    if opens is None:
        return None
    metric = _metric(ctx, q, unit, clause[opens + 1 :], after)
    return metric if metric is not None and verb_named(metric[1]) else None


def verb_named(key: str) -> str | None:
    """The name a verb of money gives a metric key opens with ("стоимость ноутбук" →
    стоимость, verb_metrics.tsv), else None."""
    return next((n for n in lexicons()["verb"].values() if f"{key} ".startswith(f"{n} ")), None)


def _money_object(number: Token | None, unit: str) -> Token | None:
    """The sum (the figure's `number`, its root), where it is the object of a verb that says
    what the money is (verb_metrics.tsv: "вложить 3 млрд долларов в производство" →
    инвестиции); None for any other figure."""
    if number is None or not is_currency(unit) or number.dep_ != "obj":
        return None
    return number if number.head.lemma_ in lexicons()["verb"] else None


def _in_relative(t: Token, number: Token) -> bool:
    """A noun of a relative clause the sum stands outside of: "Компания, на которую приходится
    10 % экспорта, вложит 3 млрд долларов" — the clause's export is no measure of the sum."""
    clause = next((a for a in t.ancestors if a.dep_ == "acl:relcl"), None)
    return clause is not None and number not in clause.subtree


def _thing_counted(ctx: Context, head: Token) -> tuple[str, str] | None:
    """(name, key) of a thing's size told in what it holds: a measure in the instrumental
    that carries a count and sizes the noun before it ("Стадион [вместимостью] 40 тысяч
    зрителей" → вместимость стадиона, "терминал [пропускной способностью] 5 млн пассажиров"),
    not the people counted; None where no thing is sized ("Матч посетили 40 тысяч
    зрителей")."""
    measure = thing_measure(head)
    return None if measure is None or _thing_before(measure) is None else _measure_of(ctx, measure)


def _thing_before(measure: Token) -> Token | None:
    """The noun a measure in the instrumental sizes (`sized_by_measure`) where it stands
    before the measure with only the measure's adjectives between ("аэропорт [пропускной]
    способностью": the parser hangs "пропускной" apart)."""
    sized = sized_by_measure(measure)
    if sized is None or sized.i >= measure.i:
        return None
    if sized == past_between(measure):  # a noun, or an opening common word tagged a name
        return sized  # "линию электропередачи [между двумя странами] протяжённостью"
    if sized.pos_ != "NOUN" and not _built_abbreviation(sized):
        return None
    between = measure.doc[sized.i + 1 : measure.i]
    if all(t.pos_ == "ADJ" for t in between) or _own_place(sized, measure, between):
        return _phrase_head(sized)
    return _weighed_thing(sized, measure) if _own_genitives(sized, measure, between) else None


def _built_abbreviation(t: Token) -> bool:
    """An abbreviation an act of building or buying governs ("сооружение [ТЭС] мощностью 600
    МВт", `MADE_ACTS`): the thing built, which the tagger takes for a name; a name of its
    own ("компания ЛУКОЙЛ капиталом …") is no such genitive."""
    head = t.head
    return (
        t.pos_ == "PROPN"
        and abbreviation_like(t.text)
        and t.dep_ == "nmod"
        and (head.lemma_ in MADE_ACTS and head.i < t.i and not has_preposition(t))
    )


def _phrase_head(thing: Token) -> Token:
    """The head of the noun phrase a thing's genitive closes: the parser hangs a measure in
    the instrumental on the last genitive, but it sizes the phrase's head ("пять катеров
    [береговой охраны] стоимостью …" → стоимость катеров); not past an act on the thing
    ("поставку [газа] стоимостью …", `MADE_ACTS`), a unit ("тонн [зерна]"), a measure or a
    noun the thing follows a later conjunct of (the parser hangs "фонда" of "обмене студентами
    и создании фонда" on "обмене")."""
    while thing.dep_ == "nmod" and "Gen" in thing.morph.get("Case") and not has_preposition(thing):
        head = thing.head
        lemma = head.lemma_
        if head.pos_ != "NOUN" or head.i > thing.i or lemma in MADE_ACTS:
            break
        if lemma in lexicons()["measure"] or lemma in lexicons()["metric"]:
            break
        if any(c.dep_ == "conj" and head.i < c.i < thing.i for c in head.children):
            break  # "обмене студентами и [создании] фонда объёмом …": the later conjunct's
        thing = head
    return thing


def _own_genitives(sized: Token, measure: Token, between: Span) -> bool:
    """Words between a thing and its measure that are the thing's own genitive phrase, its
    first word hung on the thing ("кредит [банка развития] объёмом …", "тонн [зерна]
    стоимостью …"): the parser hangs the measure on the thing past them, and it sizes the
    thing, not nothing; a genitive of the measure's own or a verb between is none."""
    first = between[0]
    own = sized.subtree
    return (
        first.head == sized and first.dep_ == "nmod" and "Gen" in features(first, "Case")
        and not has_preposition(first)
        and all(t.pos_ in _NOMINALS and t in own and t not in measure.subtree for t in between)
    )  # fmt: skip


def _weighed_thing(sized: Token, measure: Token) -> Token:
    """What a unit the measure is hung on weighs ("100 тысяч тонн [зерна] стоимостью …" →
    стоимость зерна, not of the tonnes), or what an act of building or buying is made on
    where the measure is the thing's ("начало строительства [АЭС] мощностью 1200 МВт" →
    мощность АЭС, `MADE_ACTS`), not the act's amount ("поставки газа объёмом …"): its
    genitive; any other thing is itself."""
    made = sized.lemma_ in MADE_ACTS and measure.lemma_ not in CONTAINERS
    if sized.lemma_ not in lexicons()["measure"] and not made:
        return sized
    return next((c for c in sized.rights if c.dep_ == "nmod" and not has_preposition(c)), sized)


def _own_place(sized: Token, measure: Token, between: Span) -> bool:
    """Words between a thing and its measure that are a prepositional phrase of the thing's own
    ("Мост [через Дунай] длиной 900 метров", "Тоннель [под Ла-Маншем] протяжённостью …"), with
    no verb or punctuation: the measure still sizes the thing, not the place; a preposition
    of the measure's own ("Компания [с] капиталом …") is none."""
    phrase = next(iter(between))
    if phrase.pos_ != "ADP" or any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in between):
        return False
    return all(t in sized.subtree and t != sized and t not in measure.subtree for t in between)


def _respective(ctx: Context, q: Quantity, noun: Token) -> Token | None:
    """The measure of a figure among measures coordinated with its measured noun, paired in
    order with the figures coordinated with it: "Экспорт и импорт Индии составили 400 и 600
    млрд долларов" → экспорт 400, импорт 600; as many figures as measures, or None: one sum
    of two measures ("экспорт и импорт составили 700 млрд") is neither's; the measure a
    genitive sizes keeps it ("доходы бюджета"). A measure with a
    figure of its own ("экспорт — 400 млрд, импорт — 600 млрд") keeps the nearest noun."""
    lex = lexicons()["metric"]
    base = noun  # "Расходы и доходы [бюджета]": the measure a measured genitive sizes
    while base.dep_ == "nmod" and base.head.lemma_ in lex and not has_preposition(base):
        base = base.head
    coordinated = {base, *base.conjuncts, *_split_mates(base)}
    measures = sorted((t for t in coordinated if t.lemma_ in lex and nominal(t)), key=lambda t: t.i)
    if len(measures) < 2 or any(
        d.like_num or d.dep_ == "orphan" for m in measures for d in m.subtree
    ):
        return noun
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    number = next((t for t in span or () if t.like_num), None)
    if number is None:
        return None
    figures = _figures(number)
    if len(figures) != len(measures):
        return None
    paired = measures[max(k for k, f in enumerate(figures) if number in f.subtree)]
    return noun if paired == base else paired


def _split_mates(noun: Token) -> list[Token]:
    """The measured nouns a coordination the parser splits into the subject and object of
    its verb joins `noun` with, before that verb: "Экспорт Египта в Судан [и импорт] из
    Судана составили 2 и 1,5 млрд" (импорт is made the object); each later one takes its
    "и", else none is coordinated ("Экспорт обеспечили поставки …")."""
    verb = noun.head
    if noun.dep_ not in SUBJECTS | {"obj"} or verb.pos_ not in ("VERB", "AUX"):
        return []
    mates = [
        c for c in verb.children
        if c.dep_ in SUBJECTS | {"obj"} and c.i < verb.i and c.lemma_ in lexicons()["metric"]
    ]  # fmt: skip
    joined = all(any(d.dep_ == "cc" and d.lower_ == "и" for d in c.children) for c in mates[1:])
    return mates if len(mates) > 1 and joined else []


def _figures(number: Token) -> list[Token]:
    """The figures coordinated with a number, in order, on the number itself ("400 [и 600]
    млрд") or on the words it counts ("300 млрд [и 320 млрд] долларов", "90 млрд долларов [и
    70 млрд долларов]"); the number alone where none is."""
    t = number
    while True:
        group = [t, *(c for c in t.conjuncts if any(d.like_num for d in c.subtree))]
        if len(group) > 1 or t.head.pos_ != "NOUN" or not t.dep_.startswith("nummod"):
            return sorted(group, key=lambda g: g.i)
        t = t.head


def _money_share(ctx: Context, share: Token, unit: str, after: list[Token]) -> tuple[str, str, str]:
    """A share a sum of money measures is never a "доля" of money: the measured noun after
    the sum is what the sum is ("на долю Китая приходится 5 млрд долларов [инвестиций]" →
    инвестиции), else the stake's worth ("оценили долю Индии в проекте в 800 млн долларов",
    "30 %, или 800 млн долларов" → стоимость доли)."""
    stuff = stuff_after(unit, after)
    if stuff is not None:
        return (*noun_phrase(ctx, stuff), unit)
    name, key = _measure_of(ctx, share)
    return f"{WORTH} {genitive_name(name)}", f"{WORTH} {key}", unit


def _grown_economy(t: Token) -> bool:
    """An economy is measured by what a word of change changes in it, its GDP
    (metric_synonyms.tsv): "рост [экономики] Кении составил 4,6 %", "темпы роста экономики",
    "[экономический] рост"; not "инвестиции в экономику", "экономика Турции составила …"."""
    if t.lemma_ in GROWTH | REDUCTIONS:
        return any(c.dep_ == "amod" and c.lemma_ in _ECONOMY for c in t.children)
    return (
        t.lemma_ in _ECONOMY and t.dep_ == "nmod" and t.head.lemma_ in GROWTH | REDUCTIONS
        and not any(c.dep_ == "case" for c in t.children)
    )  # fmt: skip


def _in_person_name(ctx: Context, t: Token) -> bool:
    """A word of a person's name is no measured noun: "Серхио Масса — 44,3 %" is no mass."""
    people = ctx.mentions_in(t.sent.start_char, t.sent.end_char, "Person")
    return any(m.start <= t.idx < m.end for m in people)


def _per_head(t: Token) -> bool:
    """Whether `t` names those a figure is divided among, no measure of its own: "ВВП Чили [на
    душу населения] составил 15 тысяч долларов" is a GDP, "На душу населения пришлось 70 кг
    риса" rice, "на одного жителя" (however the parser hangs the phrase), not "население"."""
    per = t.head if t.dep_ == "nmod" and t.head.lemma_ == "душа" else t
    return preposition(per) == "на" and (
        per.lemma_ == "душа"
        or any(c.dep_ == "amod" and c.lemma_ in _ONE_EACH for c in per.children)
    )


_ONE_EACH = {"каждый", "один"}  # "на каждого жителя", "на одного человека"


def _sized_otherwise(t: Token, q: Quantity, unit: str) -> bool:
    """A measured noun whose own figure, of another unit, stands in its phrase measures that
    figure only: "Проект [стоимостью] 1,8 млрд долларов предусматривает передачу до 3000
    мегаватт" — the megawatts are no cost. A change, a percent or a ratio ("в 2 раза") may still
    be of it ("Товарооборот в 5 млрд долларов вырос на 10 %")."""
    if q.kind == "change" or unit in ("percent", "раз") or t.idx >= q.start:
        return False
    for c in t.rights:
        figure = any(n.dep_.startswith("nummod") for n in c.children) and c.idx < q.start
        unit_word = names_currency(c.text) or c.lemma_ in lexicons()["measure"]
        if figure and unit_word:  # "товарооборот двух стран": a count of the pair, no unit
            return not _same_unit(c, unit)
    return False


def _same_unit(word: Token, unit: str) -> bool:
    """Whether the unit word of a figure (`word`) is `unit`: a currency's name for a sum, the
    lemma for a measure or a counted thing."""
    if is_currency(unit) or names_currency(word.text):
        return is_currency(unit) and names_currency(word.text)
    return word.lemma_ == unit


def _restricts(t: Token, measured: list[Token]) -> bool:
    """A measured noun in a prepositional phrase on another one restricts it, no metric of
    its own: "профицит [в торговле] с США" is a surplus, "пошлины [на импорт] стали" duties,
    also a noun's genitive in such a phrase: "ВВП [на душу населения]" is a GDP."""
    prep = any(c.dep_ == "case" and c.pos_ == "ADP" for c in t.children)
    if prep and t.dep_ == "nmod" and t.head in measured and t.head.i < t.i and not _papers_sum(t):
        return True
    if _purpose_of_measured(t, measured):
        return True
    outer = t.head
    return (
        t.dep_ == "nmod" and outer.i < t.i and outer.pos_ == "NOUN"
        and outer.lemma_ not in lexicons()["metric"] and _restricts(outer, measured)
    )  # fmt: skip


def _papers_sum(t: Token) -> bool:
    """A sum on a paper's "о"-topic ("соглашения о [торговле] на общую сумму …"): it sizes the
    papers (`phrases.topic_paper`), so it restricts no topic, and names the metric itself."""
    return t.lemma_ in SUMS and topic_paper(t.head) != t.head


_NEAR_FIGURE = 5  # "500 млрд руб. единовременно на": the words a figure's purpose follows


def _whole_named(ctx: Context, t: Token) -> bool:
    """Whether `t` is the noun of an opening of a part ("Из этого объёма 3 млн тонн
    пришлось на …", "Из этой суммы 3 млрд …"): it names the whole told before, whose metric
    the part takes (`gapping.accounted_part`), not what the part measures."""
    case = next((c for c in t.children if c.dep_ == "case"), None)
    if case is None or case.i > t.i:
        return False
    text = ctx.document.text[case.idx : t.idx + len(t)]
    return _PART_OF.fullmatch(text) is not None


def _others_purpose(t: Token, q: Quantity) -> bool:
    """A "на"-purpose right after another figure before this one is that figure's: "500 млрд
    руб. единовременно на закупку оборудования и ещё по 100 млрд руб. в год на его
    обслуживание" — the 100 млрд is no purchase."""
    if t.idx >= q.start or preposition(t) != "на" or t.lemma_ in CONTAINERS | SUMS:
        return False  # "42 проекта на общую сумму 7 млрд": the size of the projects' sum
    case = next((c for c in t.children if c.dep_ == "case"), t)
    before = list(t.doc[max(case.i - _NEAR_FIGURE, t.sent.start) : case.i])
    last = next((k for k in range(len(before) - 1, -1, -1) if before[k].like_num), None)
    # "180 млн долларов, из которых на экспорт пришлось 110 млн": another clause's purpose
    return last is not None and not any(
        w.pos_ in ("VERB", "AUX", "PRON", "ADP", "CCONJ", "SCONJ") or w.text in ",;:—–-"
        for w in before[last + 1 :]
    )


def _purpose_of_measured(t: Token, measured: list[Token]) -> bool:
    """A measured noun in the "на"-phrase of a deal's noun that a measured noun before takes
    in the genitive says what the deal is for: "стоимость контракта [на поставку] 180 танков"
    is the contract's worth, no delivery's."""
    deal = t.head
    return (
        t.dep_ == "nmod" and preposition(t) in PURPOSE_PREPS and deal.i < t.i
        and deal.pos_ == "NOUN" and deal.dep_ == "nmod" and not preposition(deal)
        and deal.head in measured and deal.head.i < deal.i
    )  # fmt: skip


def _noun_metric(ctx: Context, noun: Token, unit: str) -> tuple[str, str, str] | None:
    """(name, lemma key, unit) a measured noun of the clause gives a figure (`_metric`): the
    verb a bare "сумма" is of, what a counter counts, else the noun's own measure."""
    verb = _bare_sum_verb(noun) if is_currency(unit) else None
    if verb is not None:  # "вложила сумму от 100 до 200 млн" → инвестиции
        return money_of_verb(ctx, verb, noun, unit)
    noun = outer_noun(noun)
    if (not unit or unit in _COUNT_WORDS) and noun.lemma_ in COUNTERS:
        counted_noun = genitive_after([t for t in noun.doc[noun.i + 1 : noun.i + 4]])
        if counted_noun is not None:  # "число боезарядов … 1550 единиц": боезаряды
            # a bare level of "число пострадавших", "число раненых" counts people
            people = not unit and fated_people(counted_noun)
            counted = "человек" if people else counted_noun.lemma_
            return noun_phrase(ctx, counted_noun, counted=True) + (counted,)
    name, key = _measure_of(ctx, noun)
    if not unit:
        counted_noun = noun if noun.lemma_ in _CROWDS else None
        if noun.lemma_ == "численность":
            counted_noun = genitive_after([t for t in noun.doc[noun.i + 1 : noun.i + 4]])
        if counted_noun is None:
            return None
        unit = "человек" if counted_noun.lemma_ in _CROWDS else counted_noun.lemma_
    return name, key, unit


def _bare_sum_verb(noun: Token) -> Token | None:
    """The verb of `verb_metrics.tsv` whose object or complement a bare "сумма" is: the verb,
    not the word "сумма", says what the money is ("штрафовать на суммы от 3 до 5 тысяч" →
    штраф), also past a being it hangs on, which no sum sizes ("штрафовать граждан на
    суммы"); a sum of something names its own ("сумма сделки", "сумма штрафов")."""
    verb = noun.head
    if verb.dep_ == "obj" and is_animate(verb):
        verb = verb.head
    if noun.lemma_ != _SUM or verb.pos_ != "VERB":
        return None
    if verb.lemma_ not in lexicons()["verb"]:
        return None
    owned = any(c.dep_ == "nmod" and not any(t.like_num for t in c.subtree) for c in noun.children)
    return None if owned else verb


def _no_amount(ctx: Context, q: Quantity, unit: str, clause: list[Token]) -> bool:
    """A count of what counts no claim ("два кандидата"), or a measure after "калибр" that
    sorts a thing rather than sizes it ("пистолеты калибра 9 мм марки X")."""
    lex = lexicons()
    if unit in lex["measure"] and clause and clause[-1].lemma_ in CALIBRES:
        return True
    if _misspelt_month(ctx, q, unit):
        return True
    return unit in lex["non_metric"] and not (_many_states(q, unit) or _thing(ctx, q))


def _misspelt_month(ctx: Context, q: Quantity, unit: str) -> bool:
    """A day, a word the dictionary lacks that opens like a month, and a year are a date
    with its month misspelt, no count: "5 декабра 2015 года"."""
    day = q.value == int(q.value) and 1 <= q.value <= 31
    if not day or not _MONTH_START.match(unit) or not _YEAR_NEXT.match(ctx.document.text, q.end):
        return False
    return not any(p.is_known for p in morph().parse(unit))


def _per_area(clause: list[Token]) -> bool:
    """A yield per area, no harvest's total: an area unit of no number after "с" ("Урожай
    риса с гектара достиг 6 тонн", "с каждого гектара собирают урожай в 2 тонны")."""
    return any(
        t.lemma_ in _AREAS
        and preposition(t) == "с"
        and not any(c.like_num and c.lemma_ != "один" for c in t.children)
        for t in clause
    )


def _basis(ctx: Context, t: Token, q: Quantity) -> bool:
    """A price "по" which another figure is reckoned is its basis, not what it measures:
    "стоимость акций, по их нынешней цене, равняется …" (but "продаёт газ по цене 280
    долларов" prices the gas)."""
    number = root(ctx, q.start, q.end)
    inside = number is not None and t in number.ancestors
    return t.lemma_ in PRICES and preposition(t) == "по" and not inside


def _source(t: Token) -> bool:
    """A noun money comes out of is no measured noun: "выделить 2,8 млрд рублей из бюджета
    города — 1,3 млрд в 2018 году" sizes what is given, not the budget."""
    return preposition(t) == "из"


def _destination(t: Token) -> bool:
    """A noun money goes into, "в" it on the verb, is no measured noun either: "В бюджет
    Марокко поступят 300 млн евро" sizes what arrives, as "300 млн евро поступят в бюджет"
    does, not the budget."""
    told = "Acc" in t.morph.get("Case") and t.dep_ == "obl" and t.head.pos_ == "VERB"
    return told and preposition(t) == "в"


def _among(t: Token) -> bool:
    """ "в том числе", "в числе погибших": "among", no number of anything."""
    before = [w.lower_ for w in t.doc[max(t.sent.start, t.i - 2) : t.i]]
    return t.lemma_ == "число" and (
        before[-1:] == ["в"] or before[-2:] in (["в", "том"], ["в", "их"])
    )


def _pieces_of(ctx: Context, q: Quantity, after: list[Token]) -> tuple[str, str, str] | None:
    """ "66 штук пустых магазинов", and in an inventory "гранаты 20 штук": the things
    counted in pieces or units, whatever else the clause measures."""
    thing = genitive_after(after)
    if thing is not None:
        return (*noun_phrase(ctx, thing, counted=True), thing.lemma_)
    listed = _listed_before(ctx, q)  # in its own number: "закупила технику 300 единиц"
    return None if listed is None else (*_measure_of(ctx, listed), listed.lemma_)


def _listed_before(ctx: Context, q: Quantity) -> Token | None:
    """The noun right before a count of pieces, past a bracket ("патроны (красного цвета)
    500 штук"): what an inventory counts; never a bound noun ("в количестве"), a state or a
    measure."""
    i = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    k = (i.start if i is not None else 0) - 1
    if k >= 0 and ctx.doc[k].text == ")":
        while k >= 0 and ctx.doc[k].text != "(":
            k -= 1
        k -= 1
    if k < 0 or i is None or k < i.sent.start:
        return None
    t = ctx.doc[k]
    free = not has_preposition(t)
    kept = t.lemma_ not in CONTAINERS and t.lemma_ not in lexicons()["measure"]
    cased = {"Nom", "Acc"} & set(t.morph.get("Case"))
    return t if t.pos_ == "NOUN" and free and kept and cased else None


def _shown_change(ctx: Context, q: Quantity) -> Token | None:
    """The measured noun a change fronted before a verb of showing is of: "Рост на 5 %
    показал товарооборот Индии и ОАЭ" is a growth of the trade, whichever of subject and
    object the parse makes each; "Рост на 5 % обеспечили инвестиции" is none of them."""
    number = root(ctx, q.start, q.end)
    if number is None:
        return None
    verb = number.head if number.head.pos_ == "VERB" else number.head.head
    if verb.lemma_ not in _SHOWS:
        return None
    core = [c for c in verb.children if c.dep_ in SUBJECTS or c.dep_ == "obj"]
    if not any(c.lemma_ in GROWTH | REDUCTIONS and c.i < number.i for c in core):
        return None
    return next(
        (c for c in core if c.i > number.i and c.lemma_ in lexicons()["metric"] and nominal(c)),
        None,
    )


def _measure_of(ctx: Context, noun: Token) -> tuple[str, str]:
    """(name, key) of a measured noun, with what it measures where the noun only sizes it:
    a measure in the instrumental sizes the noun before it ("границу [протяжённостью] 2400
    км" → "протяжённость границы", "кредит [объёмом] …" → "кредит", "мост [стоимостью] …" →
    "стоимость моста"); goods a verb of trade governs are traded ("импортирует
    [электроэнергию] на сумму …" → "импорт электроэнергии")."""
    noun = _amounted(noun) or noun
    sized = _thing_before(noun)
    if sized is not None:
        if noun.lemma_ in CONTAINERS and noun.lemma_ != WORTH:
            noun = sized  # "кредит [объёмом] …", but "мост стоимостью …" is what it is worth
        else:
            own, own_key = noun_phrase(ctx, noun)  # "пропускная способность"
            name, key = noun_phrase(ctx, sized)
            return f"{own} {genitive_name(name)}", f"{own_key} {key}"
    whose = _relative_owner(noun)
    named = named_by(ctx, whose) if whose is not None and _a_person(ctx, whose) else ""
    if named:  # "Карлос Слим, один из …, состояние которого" → "состояние Карлоса Слима"
        return f"{nominative(noun, False)} {named}", f"{noun.lemma_} {named.lower()}"
    if whose is not None:  # "экспорт, объём которого превысит …" → "объём экспорта"
        name, key = noun_phrase(ctx, whose)
        synonym = lexicons()["synonym"].get(f"{noun.lemma_} {key}")
        if synonym:
            return synonym, synonym
        return f"{nominative(noun, False)} {genitive_name(name)}", f"{noun.lemma_} {key}"
    name, key = noun_phrase(ctx, noun)
    complement = paper_complement(noun)
    if complement is not None:  # "письмо [о намерениях] на сумму …": what makes it a paper
        told = " ".join(t.lower_ for t in noun.doc[noun.i + 1 : complement.i + 1])
        return f"{name} {told}", f"{key} {complement.lemma_}"
    goods = _priced_goods(ctx, noun) or _goods_priced_before(ctx, noun)
    if goods is not None:  # "поставку 1,5 млн тонн пшеницы по средней цене 235 долларов"
        thing, thing_key = noun_phrase(ctx, goods)
        return f"{name} {genitive_name(thing)}", f"{key} {thing_key}"
    trade = lexicons()["verb"].get(noun.head.lemma_) if noun.dep_ == "obj" else None
    if trade not in TRADE or noun.lemma_ in lexicons()["metric"]:
        return name, key  # a measured noun the parser makes the object is no traded goods
    return f"{trade} {genitive_name(name)}", f"{trade} {key}"


def _figure_price(t: Token, number: Token | None) -> bool:
    """A price "по" that holds the figure is what the figure measures, though it hangs on the
    deal's noun: "контракты на поставку пшеницы по средней цене 235 долларов за тонну" is a
    price, no delivery ("на поставку" restricts no price, `_restricts`)."""
    held = number is not None and t in number.ancestors
    return held and t.lemma_ in PRICES and preposition(t) == "по"


def _priced_goods(ctx: Context, price: Token) -> Token | None:
    """The goods a price "по" of a deal is paid for, counted in a measure the deal governs
    ("закупила 2 млн тонн [сахара] по цене 480 долларов за тонну" → цена сахара); None where
    the price names its own ("по цене газа") or the deal counts no goods by measure."""
    if price.lemma_ not in PRICES or preposition(price) != "по":
        return None
    own = (c for c in price.children if c.dep_ == "nmod" and not has_preposition(c))
    if any(not any(k.like_num for k in c.subtree) for c in own):
        return None  # "по цене газа"; "по цене [235 долларов]" is the figure
    # the deal's measure, or one its object's act holds ("заключила контракты на поставку …")
    deal = [t for t in price.head.subtree if t.i < price.i]
    measures = (t for t in reversed(deal) if t.lemma_ in lexicons()["measure"])
    goods = (g for m in measures for g in m.children if g.dep_ == "nmod" and g.pos_ == "NOUN")
    found = next(
        (g for g in goods if "Gen" in g.morph.get("Case") and not has_preposition(g)), None
    )
    found = found if found is not None else _traded_object(price)
    if found is None or ctx.mentions_in(found.idx, found.idx + len(found)):
        return None
    return found


def _traded_object(price: Token) -> Token | None:
    """The goods a verb of trade (verb_metrics.tsv) the price hangs on takes as its object,
    counted by no measure: "продаёт [газ] Китаю по цене 280 долларов" → цена газа; a
    counted object ("продал 40 самолётов по цене …") is the price of each, no goods', unless
    the price says it is one piece's ("по цене 50 млн долларов за штуку" → цена самолётов,
    `verbs.per_piece`)."""
    verb = price.head
    if verb.pos_ != "VERB" or verb.lemma_ not in lexicons()["verb"]:
        return None
    objects = (c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN")
    return next(
        (o for o in objects if not any(k.like_num for k in o.subtree) or per_piece(price, o)),
        None,
    )


_PER_MEASURE_REACH = 9  # "цена составляла около 250 долларов за тонну": price to measure


def _per_measure(price: Token) -> str:
    """The lemma of the measure a price's sum is told "за" one of ("235 долларов за [тонну]"),
    "" for a price of no unit."""
    after = price.doc[price.i + 1 : min(price.i + _PER_MEASURE_REACH, price.sent.end)]
    return next(
        (t.lemma_ for t in after if t.lemma_ in lexicons()["measure"] and preposition(t) == "за"),
        "",
    )


def _goods_priced_before(ctx: Context, price: Token) -> Token | None:
    """The goods of a bare price per unit that the sentence before priced per the same unit:
    "…закупила 1,5 млн тонн пшеницы по средней цене 235 долларов за тонну. В прошлом сезоне
    цена составляла около 250 долларов за тонну" → цена пшеницы, was a bare "цена"."""
    unit = _per_measure(price) if price.lemma_ in PRICES else ""
    before = sentence_before(price.sent) if unit else None
    if before is None or any(c.dep_ == "nmod" and not has_preposition(c) for c in price.children):
        return None
    told = (t for t in before if t.lemma_ in PRICES and _per_measure(t) == unit)
    return next((g for t in told if (g := _priced_goods(ctx, t)) is not None), None)


def _amounted(noun: Token) -> Token | None:
    """The subject a sum "составляет" sizes, where the sum only carries the figure ("Денежная
    часть премии составляет символическую сумму — 10 евро" → часть премии, not "символическая
    сумма"); None for any other noun."""
    if noun.lemma_ not in SUMS or noun.dep_ != "obj" or noun.head.lemma_ not in AMOUNTING:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _relative_owner(noun: Token) -> Token | None:
    """The noun a genitive "которого/которой/которых" after a measured noun stands for: the
    one its relative clause qualifies ("экспорт, объём которого …")."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.lemma_ != "который" or "Gen" not in nxt.morph.get("Case"):
        return None
    clause = next((a for a in noun.ancestors if a.dep_ == "acl:relcl"), None)
    owner = clause.head if clause is not None else None
    one = _one_of(owner, nxt) if owner is not None and not agrees(nxt, owner) else None
    if one is not None and agrees(nxt, one):
        return one  # "Султан Брунея — один из богатых монархов, состояние которого …"
    return owner if owner is not None and owner.pos_ == "NOUN" and owner.i < noun.i else None


def _a_person(ctx: Context, t: Token) -> bool:
    """A proper name in a person's mention, which names its owner as the person's name."""
    return t.pos_ == "PROPN" and any(
        m.type == "Person" and m.start <= t.idx < m.end for m in ctx.mentions
    )


def _one_of(group: Token, which: Token) -> Token | None:
    """Who "один из <group>" is, where no noun between the group and "который" agrees with
    it ("один из членов правительства, бюджет которого" is the government's): the subject
    "один" is said of ("Султан — один из монархов", "Баффет — крупнейший и один из
    инвесторов") or the name it stands beside ("Карлос Слим, один из богатейших людей")."""
    one = group.head
    if group.dep_ != "nmod" or one.lemma_ != "один" or preposition(group) != "из":
        return None
    between = group.doc[group.i + 1 : which.i]
    if any(t.pos_ in ("NOUN", "PROPN") and agrees(which, t) for t in between):
        return None
    while one.dep_ == "conj" and one.head.i < one.i:
        one = one.head
    if one.pos_ in ("NOUN", "PROPN") and one.lemma_ != "один":
        return one  # "Бизнесмен …, один из …": the noun it is coordinated with
    if one.dep_ == "appos" and one.head.i < one.i:
        return one.head
    return next((c for c in one.children if c.dep_ == "nsubj" and c.i < one.i), None)


def _ordinal(head: Token, q: Quantity) -> bool:
    """Whether digits before a noun are an ordinal by the noun's form: a cardinal over a
    number not ending in 1 takes the plural or, after 2-4, the genitive singular ("34
    места", "35 мест"), so a singular in another case ("занял 34 место", "на 12 месте")
    reads as "34-е"; and a cardinal word before an ordinal one is a compound ordinal ("в
    двадцать [первом] веке")."""
    between = head.doc[max(0, head.i - 3) : head.i]
    tags = [morph().parse(t.lower_)[0].tag for t in between if t.idx >= q.start]
    if any("Anum" in tag and "Apro" not in tag for tag in tags):  # "один" is a cardinal
        return True
    number = head.doc[head.i - 1] if head.i else None
    if number is None or not number.text.isdigit() or not q.text.rstrip().endswith(head.text):
        return False
    n = int(number.text)
    if n % 10 == 1 and n % 100 != 11:
        return False
    few = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
    nouns = [p.tag for p in morph().parse(head.lower_) if p.tag.POS == "NOUN"]
    return bool(nouns) and not any(t.number == "plur" or (few and t.case == "gent") for t in nouns)


def _grade(head: Token, q: Quantity) -> bool:
    """Digits before a grade a learner is in name the grade, no count ("ученикам 1-3
    классов", "студенты 2 курса"); "открыли 3 класса" counts classes."""
    return (
        head.lemma_ in _GRADES
        and q.text[:1].isdigit()
        and head.head.lemma_ in _LEARNERS
        and head.head.i < head.i
    )


def _strength(ctx: Context, head: Token) -> tuple[str, str] | None:
    """ "Численность вооружённых сил Норвегии составляет 23 тыс. военнослужащих": a count
    that is the value of its clause's measured subject is named by it, as "N человек" is by
    its measure: "численность" under any verb, any measured noun under a verb of amounting
    or of reaching "до N", or before a dash ("Вместимость стадиона составит 40 тысяч
    зрителей", "Вместимость стадиона — 40 тысяч зрителей" → вместимость стадиона, not the
    spectators). None where the count is who does a deed ("Матч посетили 40 тысяч
    зрителей")."""
    verb, reached = head.head, preposition(head) == "до"
    # "X — N Y": the subject of the count, or the measure the parse makes the root with the
    # count its conjunct, or the measure opening the verbless clause the count ends
    dashed = [c for c in head.children if c.dep_ in SUBJECTS]
    dashed += [verb] if head.dep_ in ("conj", "parataxis") else []
    dashed += [m] if (m := _verbless_measure(head)) is not None else []
    sizes = [c for c in dashed if _dashed(c, head)]
    if not _measured(sizes) and verb.pos_ in ("VERB", "AUX"):
        if head.dep_ not in ("obj", "obl", "nsubj") and not reached:
            return None  # the parse may hang "до N" as a parataxis
        sizes = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < head.i]
        if clause_between(verb, head):
            return None  # ", а в Египте трудятся 4 млн суданцев": its own clause's count
        if verb.lemma_ not in GIVING_LEVEL and not (reached and verb.lemma_ in REACHING):
            sizes = [c for c in sizes if c.lemma_ == _SIZE]
    size = _measured(sizes)
    return None if size is None else counted_by(ctx, size) or noun_phrase(ctx, size)


def _attending_states(ctx: Context, head: Token, unit: str) -> tuple[str, str] | None:
    """States whose leaders or envoys a verb of attending counts at a gathering are its
    participants, as counted people are (`attendance`): "На инаугурации присутствовали
    главы более 20 государств" → участники инаугурации, государство, was "государства"."""
    envoys = head.head if head.dep_ == "nmod" and head.head.pos_ == "NOUN" else None
    if unit not in _STATE_COUNTS or envoys is None or envoys.i > head.i:
        return None
    while envoys.dep_ == "conj" and envoys.head.pos_ == "NOUN":
        envoys = envoys.head  # "главы и [представители] более 20 государств"
    verb = envoys.head
    return attendance(ctx, envoys, verb) if envoys.dep_ in SUBJECTS else None


def _measured(nouns: list[Token]) -> Token | None:
    """The first measured noun of `nouns`."""
    return next((c for c in nouns if c.lemma_ in lexicons()["metric"] and nominal(c)), None)


def _dashed(subject: Token, predicate: Token) -> bool:
    """A dash between a subject and the noun after it that the parse makes its predicate:
    the verbless "X — N Y"."""
    return subject.i < predicate.i and any(
        t.text in DASHES for t in subject.doc[subject.i + 1 : predicate.i]
    )


# a comparator's words then "в" opening a figure's span: "примерно в 250 км", "более чем в 3 км"
_HEDGED_IN = re.compile(r"(?:[а-яё]+[ \u00a0]+){1,3}в[ \u00a0]", re.IGNORECASE)
# a side of the world: "к северо-западу от", "юго-западнее"
_SIDE = r"(?:(?:северо|юго)-?)?(?:север|юг|запад|восток)"
_SIDE_NOUN = re.compile(rf"{_SIDE}у", re.IGNORECASE)
_SIDE_ADVERB = re.compile(r"(?:(?:северо|юго)-?)?(?:север|юж|запад|восточ)нее", re.IGNORECASE)


def _distance(ctx: Context, q: Quantity, after: list[Token]) -> tuple[str, str, str] | None:
    """ "в 12 километрах от Кейптауна": the distance to the place after "от"; also hedged
    ("примерно в 250 км от", the comparator before "в" inside the figure's span) and with
    a side of the world between ("в 48 км к югу от Y", "в 40 км западнее Y")."""
    text = ctx.document.text
    if not (
        re.search(r"(?<![а-яё])в[ \u00a0]+$", text[max(0, q.start - 3) : q.start])
        or _HEDGED_IN.match(q.text)
    ):
        return None
    rest = _from_where(after)
    if not rest:
        return None
    # "от этого места", "от американской столицы": the noun past its modifiers, those
    # adjectives named with it
    lead = list(itertools.takewhile(lambda t: t.pos_ in ("DET", "ADJ"), rest[:3]))
    place = rest[len(lead)] if len(lead) < len(rest) else rest[0]
    if place.pos_ not in ("PROPN", "NOUN"):
        return None
    words = [t for t in lead if t.pos_ == "ADJ" and t.head.i == place.i] + [place]
    for t in ctx.doc[place.i + 1 : place.i + 4]:  # "Сектора Газа": the name's other words
        if t.head.i != place.i or not t.text[:1].isupper():
            break
        words.append(t)
    name = " ".join(t.text for t in words)
    return f"расстояние до {name}", f"расстояние до {place.lemma_}", q.unit


def _from_where(after: list[Token]) -> list[Token]:
    """The words from the place a distance is measured from on: after "от" ("в 12 км от Y"),
    past a side of the world ("к югу от Y"), or after a comparative one ("западнее Y");
    none where no such word follows the unit."""
    if len(after) >= 3 and after[0].lower_ == "к" and _SIDE_NOUN.fullmatch(after[1].lower_):
        after = after[2:]
    elif len(after) >= 2 and _SIDE_ADVERB.fullmatch(after[0].lower_):
        return after[1:]
    return after[1:] if len(after) >= 2 and after[0].lower_ == "от" else []


def _thing(ctx: Context, q: Quantity) -> bool:
    """A word that counts no claim alone names a thing with its adjective: "987 [населённых]
    пунктов", "пять [пропускных] пунктов" (claim_words.tsv `thing_adj`)."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and any(
        t.lemma_ in _THING_ADJ or _adjective_lemma(t) in _THING_ADJ for t in span
    )


def _adjective_lemma(t: Token) -> str:
    """The adjective a participle-looking word is ("населенных" → "населенный")."""
    p = next((p for p in morph().parse(t.lower_) if p.tag.POS in ("ADJF", "PRTF")), None)
    form = p.inflect({"masc", "sing", "nomn"}) if p is not None else None
    return form.word.replace("ё", "е") if form is not None else ""


def _many_states(q: Quantity, unit: str) -> bool:
    """States counted beyond a pair, or bounded: "не менее пяти государств должны
    ратифицировать", "11 стран" are claims; "две страны" are the parties themselves."""
    return unit in _STATE_COUNTS and (q.value > 2 or q.comparator != "eq")
