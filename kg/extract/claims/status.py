"""A figure's status, actual, forecast or target, from the cues of claim_status.tsv and
the tense of its clause ("довести", "рассчитываем", "составит"), and the clause whose cues
are the figure's own: not a participle or relative clause, a condition or an earlier clause
that tells another figure.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.durations import is_duration
from kg.extract.claims.lexicons import (
    CONTAINERS,
    FUTURE_VERBS,
    MADE_ACTS,
    REACHING,
    TARGET_CHANGES,
    WORDS,
    lexicons,
)
from kg.extract.claims.parse import (
    around,
    clause_before,
    contracted_supply,
    first_conjunct,
    first_infinitive,
    gap_source,
    noun_complement,
    range_start,
    root,
    sized_by_measure,
    thing_measure,
)
from kg.extract.claims.periods import frame_preposition
from kg.extract.claims.verbs import act_of, is_credit
from kg.extract.common.number_units import is_currency
from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.nlp.deps import SUBJECTS, is_passive, negated, preposition, subjunctive
from kg.nlp.morph import (
    features,
    is_finite,
    is_future,
    is_infinitive,
    is_participle,
    is_present,
    is_verb_form,
    may_be_future,
)

_FUTURE_DEEDS = WORDS["future_deed"]  # "примут участие 12 тыс.": a forecast, yet no level
_OPERATES = WORDS["operate"]  # "должна заработать": a built thing set to work, ahead
_OPERATES_WITH = WORDS["operate_with"]  # "должна начать работу", not "начать отвод войск"
_OPERATE_OBJECTS = WORDS["operate_object"]
_FUTURE_BE = {"буду", "будешь", "будет", "будем", "будете", "будут"}
_FUTURE_IMPERFECTIVES = WORDS["future_imperfective"]  # "будет составлять", as "составит"
_FUTURE_SUMS = WORDS["future_sum"]  # "получит 250 млн долларов": a forecast of money only
_WISHES = WORDS["wish"]
_PROMISES = WORDS["promise"]  # "согласился предоставить 10 катеров": a promise, no deed done
_INTENTS = WORDS["intent"]  # "не планирует закупать 2 млн тонн": denied, no one's goal
_INTENDING = WORDS["intent_noun"]  # "намерение инвестировать 15 млрд": a goal, no deed
_READY = WORDS["ready"]  # "готовы поставлять 10 млн кубометров": a goal, no deliveries made
_ORDERS = WORDS["order"]  # "суд постановил выплатить 12 млн": the sum due, a target
_DECISIONS = WORDS["decide"]  # "решило направить 2 млрд долларов": a sum planned
_ANNOUNCING = WORDS["announce"]  # "объявила о вложении 2 млрд долларов": an act to come
_SPENDING_ACTS = WORDS["spend_act"]  # "о вложении", "о выделении": what is announced
_SENDING_ACTS = WORDS["send_act"]  # "о направлении 2 млрд долларов": of money only
_CREDIT_ACTS = WORDS["credit_act"]  # "об открытии кредитной линии в 500 млн": of money only
_PAPERS = WORDS["paper"]  # "меморандум об открытии кредитной линии": a promise of the sum
_CREDIT_VERBS = WORDS["credit_verb"]  # "откроет кредитную линию в 500 млн": a grant to come
_IN_FORCE = WORDS["rule"] | WORDS["levy"]  # "сбор обязывает осуществлять отчисления": in force
_MANAGING = WORDS["manage"]  # "удалось довести до 4 млрд": the level reached, no goal
_PLANS = WORDS["plan"]  # "власти потратят 3 млрд": a plan, as "увеличат" is
_PLANS_IMPERFECTIVE = WORDS["plan_imperfective"]  # "будет выделять": a plan, as "выделит"
_HABITS = WORDS["habit"]  # "ежегодно инвестирует": an ongoing deed, no plan
_GRANTS, _HOLDS, _REFUSALS = WORDS["grant"] | _SPENDING_ACTS, WORDS["hold"], WORDS["refuse"]
_OPTIONS = WORDS["option"]  # "рассматривает возможность инвестировать": the grant weighed
_WEIGHING = WORDS["weigh"]  # "обсудили создание фонда объёмом …": a thing not made yet
_TRADE_PARTS = WORDS["trade_part"]  # "приостановила поставки 30 тыс. тонн": goods held back
_ABANDONS = WORDS["abandon"]  # "отменила покупку за 5 млрд": a deal's price never paid
_HINDERING = WORDS["hinder"]  # "кризис помешал привлечь 2 млрд": the aim kept from being met
_DEMANDS, _THREATS = WORDS["demand"], WORDS["threat"]
_PUNISHING, _PROPOSING = WORDS["punish"], WORDS["propose"]
_POLLS = {"опрос", "соцопрос"}  # a poll's future is its forecast, not a plan


def _own_clause(ctx: Context, q: Quantity, clause: list[Token]) -> list[Token]:
    """The clause's tokens from the participle or relative clause the number is in, if any:
    "необходимо получить 251 голос в парламенте, [состоящем из 500 депутатов]" describes
    the parliament, "должно выплатить … семье, [четверо членов которой погибли]" the
    family, so a cue before it is not the count's."""
    number = root(ctx, q.start, q.end)
    inner = next(
        (a for a in number.ancestors
         if (a.dep_ == "acl:relcl" or a.dep_ == "acl" and "Part" in a.morph.get("VerbForm"))
         and a.left_edge.i < number.i),
        None,
    ) if number is not None else None  # fmt: skip
    own = (
        _open_relative(clause) if inner is None else [t for t in clause if t.i >= inner.left_edge.i]
    )
    if number is None:
        return own
    start = told_now(number)
    judged: dict[int, bool] = {}
    return [t for t in own if t.i >= start and not _set_apart(t, number, judged)]


def told_now(number: Token) -> int:
    """Where a clause of its own that tells the figure in the present or past starts, after
    a comma or a contrast, with its own subject ("Франция поставит Индии 26 истребителей,
    [стоимость контракта составляет 6,5 млрд евро]"): a future or a cue before it is the
    other clause's, no status of the figure; 0 where the figure's verb is no such clause's."""
    verb = next((a for a in number.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ not in ("conj", "parataxis") or not is_finite(verb):
        return 0
    told = {"Pres", "Past"} & set(features(verb, "Tense")) and "Ind" in features(verb, "Mood")
    subject = next(
        (c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN")), None
    )
    if not told or is_future(verb):
        return 0
    if subject is None:  # "планировал продать 3 млн тонн, [но продал только 1 млн тонн]"
        return _contrast_start(verb, number)
    if subject.i > number.i:
        return 0
    opening = subject.left_edge
    joined = opening.i > 0 and opening.nbor(-1).lower_ in (",", "а", "но")
    return opening.i if joined else 0


def _contrast_start(verb: Token, number: Token) -> int:
    """Where a conjoined verb of no subject of its own opens a contrast ("но", "а") before the
    figure: the aim of the clause before ("хотел", "планировал продать 3 млн тонн") is not
    what the contrast tells done; nor is it after "и" where that aim is an infinitive the
    verb joined governs ("планирует закупить 2 млн тонн и уже закупила 1 млн тонн"), the
    deed beside the wish; 0 for a verb joined otherwise ("вырос и составил")."""
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ in ("но", "а", "и")), None)
    if verb.dep_ != "conj" or cc is None or cc.i > number.i:
        return 0
    aim = any(c.dep_ == "xcomp" and c.i < cc.i and is_infinitive(c) for c in verb.head.children)
    return cc.i if cc.lower_ != "и" or aim else 0


def _set_apart(t: Token, number: Token, judged: dict[int, bool]) -> bool:
    """`t` or one of its ancestors opens a closed modifier or another condition
    (`_closed_modifier`, `_other_condition`). `judged` keeps each word's answer by index
    for the clause's other words: they share most ancestors, and walking them again made a
    `Token` per ancestor per word."""
    chain: list[Token] = []
    a = t
    while a.i not in judged:
        chain.append(a)
        if a.head.i == a.i:
            break
        a = a.head
    above = judged.get(a.i, False)  # False at the root: nothing above it
    for a in reversed(chain):
        above = judged[a.i] = above or _closed_modifier(a, number) or _other_condition(a, number)
    return judged[t.i]


def _closed_modifier(a: Token, number: Token) -> bool:
    """`a` opens a participle or relative clause that ends before the number: "число
    кандидатов, [подавших необходимые документы], увеличилось до 13" tells what the
    candidates did, so its "необходимые" is no cue of the count's."""
    return (
        a.dep_ == "acl:relcl" or a.dep_ == "acl" and "Part" in features(a, "VerbForm")
    ) and a.right_edge.i < number.i


def _other_condition(a: Token, number: Token) -> bool:
    """`a` opens a condition ("если …", "в случае если …") that does not hold the number:
    "Если Сербия не продаст завод, его закроют, хотя на нём работают 2 тысячи человек"
    supposes the sale, so its verb is no plan of the count."""
    return not (a.left_edge.i <= number.i <= a.right_edge.i) and any(map(_if_mark, a.children))


def _if_mark(t: Token) -> bool:
    """The word that opens a condition: "если", or "в случае" parsed as one preposition."""
    if t.dep_ != "mark":
        return False
    return t.lower_ == "если" or (t.lower_ == "в" and any(f.lower_ == "случае" for f in t.children))


def _open_relative(clause: list[Token]) -> list[Token]:
    """The relative clause still open where the number stands, however the parser hung the
    number ("задачей станет выполнение обязательств, [которые страна взяла после получения
    кредита на 78 млрд евро]": a loan received, not a task); one a comma closed before the
    number ("компания, которая работает в Кении, планирует вложить …") is not."""
    for k in range(len(clause) - 1, 0, -1):
        if clause[k].is_punct and clause[k].text == ",":
            return clause  # the last relative clause before the number is closed
        if clause[k].lemma_ == "который" and clause[k - 1].text == ",":
            return clause[k - 1 :]
    return clause


def _status(
    clause: list[Token],
    left: list[Token],
    after: list[Token],
    money: bool,
    number: Token | None = None,
) -> str:
    """target, forecast or actual, from cue words and the tense of the clause; a sum of
    `money` that opens its clause takes the cue right after it ("$3 млн должен выплатить"),
    while a count is the subject of its own ("двести стран договорились создать"); a future
    of receiving or costing forecasts money only ("получит 250 млн долларов", not "получит 27
    мест" after an election). A compound future counts only as the verb of the figure's
    `number` (the word its value is read from)."""
    cues = lexicons()["status"]
    # "Ещё 1 млрд долларов планируется предоставить": an adverb before the sum opens nothing
    words = [t for t in clause if t.is_alpha and t.pos_ not in ("ADV", "PART")]
    opening = after[:1] if money and not words else []
    found = [
        cues[t.lemma_]
        for t in [*clause, *opening]
        if t.lemma_ in cues and not _aside(t) and not done_change(t)
    ]
    subject_cues = [*_sized_subject_cues(number), *_built_thing_cues(number)]
    found += [cues[p.lemma_] for p in subject_cues if p.lemma_ in cues]
    wish = next((i for i, t in enumerate(clause) if t.lemma_ in _WISHES), None)
    wished = clause[wish:] if wish is not None else []
    if "target" in found or any(t.lower_ == "чтобы" or _aim(t) for t in wished):
        # "хотим, чтобы к 2030 году он превысил", "хотели бы увеличить вдвое": a goal;
        # "хочу отметить, что" none
        return "target"
    if number is not None and _wished_deed(number):
        return "target"  # "Чили хотела бы продать Перу 2 млн тонн меди": a wish, not a sale
    if money and number is not None and _decided_spending(number):
        return "target"  # "Правительство решило направить 2 млрд долларов": not yet sent
    if money and number is not None and _opened_credit(number):
        return "target"  # "Египет откроет Иордании кредитную линию в 400 млн долларов"
    if any(_planned_change(t) or _compound_plan(t) for t in clause) or any(
        map(_planned_passive, [*clause, *after[:3]])
    ):
        return "target"  # "Саудовская Аравия увеличит добычу до 12 млн баррелей": a plan
    if found:
        return "forecast"
    if any(t.lemma_ in _POLLS for t in clause) and any(
        "Fut" in t.morph.get("Tense") for t in [*clause, *after[:3]]
    ):
        return "forecast"  # "По опросам, эти кандидаты наберут 24 %": a poll's expectation
    futures = FUTURE_VERBS | _FUTURE_DEEDS | (_FUTURE_SUMS if money else set())
    # a participle tells no tense of the clause ("по контракту, подписанному в 2022 году, …
    # поставит")
    verbs = [
        t
        for t in [*reversed(left), *after[:3]]
        if t.lemma_ in futures and "Part" not in t.morph.get("VerbForm") and not _denied_deed(t)
    ]
    verb = verbs[0] if verbs else None
    if verb is not None and is_infinitive(verb) and first_infinitive(verb).head.lemma_ == "мочь":
        verb = first_infinitive(verb).head  # "может достичь": the parser may tag it alone
    if verb is not None and number is not None and _unable_now(verb, number):
        verb = None  # "Более 100 граждан Египта не могут покинуть Судан": so it is now
    if verb is not None and (verb.lemma_ == "мочь" or is_future(verb)):
        # "составит", "может составить"; a dash may elide it; the tagger may read a rare
        # future as a past ("прокачает"), so its form decides
        return "forecast"
    if number is not None and _thing_made_ahead(number):
        return "forecast"  # "Хранилище ёмкостью 50 тыс. кубометров … построят к 2028 году"
    if number is not None and _compound_future(_verb_of(number)):
        return "forecast"  # "будет составлять 20 млрд", "будут расти на 10 %"
    if (
        number is not None
        and not thing_measure(number)
        and _perfective_future(_managed(_verb_of(number)), money or noun_complement(number))
    ):
        return "forecast"  # "Сербия привлечёт 2 млрд долларов", "смогут выловить 9 тыс. тонн"
    if any(_being_ahead(t) for t in [*clause, *after[:3]]):
        return "forecast"  # "в Сенате будет 29 комитетов"
    return "actual"


# a modal or a passive of planning whose subject a sum sizes ("Кредит в размере 2 млрд
# долларов [должен] быть предоставлен", "[планируется] предоставить")
_SUBJECT_CUES = {"должный", "планироваться", "предполагаться", "требоваться", "ожидаться"}
_SIZES = {"размер", "сумма", "объем", "объём"}  # "в размере", "на сумму": the sum's own frame
_SIZED = SUBJECTS | {"obj"}  # "Кредит в размере … планируется предоставить": a fronted object
_PLANNING = {"планировать", "намереваться", "собираться"}  # "Мост … планируют построить"


def _sized_subject_cues(number: Token | None) -> list[Token]:
    """The predicate (and the one above its infinitive) of a subject or a fronted object the
    figure sizes, after the figure, when it is a cue of `_SUBJECT_CUES`: "Выплаты в размере
    500 евро должны быть направлены", "Помощь на сумму 300 млн долларов должна поступить" (a
    target, as "$28 млн должен заплатить" is); only through the sum's own words and
    "размер"/"сумма", so "Компания с капиталом 5 млн долларов должна подать отчёт" sizes no
    subject of "должна"."""
    if number is None:
        return []
    t, framed = number, False
    while t.dep_ not in _SIZED:
        if t.head.i == t.i:
            return []
        t = t.head
        framed = framed or t.lemma_ in _SIZES
        own = t.lemma_ in _SIZES or any(c.dep_.startswith("nummod") for c in t.children)
        if t.dep_ not in _SIZED and not own:
            return []
    predicate = t.head
    if predicate.i < number.i or (t.dep_ == "obj" and not framed):
        return []  # "капиталом 5 млн долларов должна подать": a sum the parser makes an object
    cues = [predicate]
    if predicate.dep_.startswith(("xcomp", "csubj")) and predicate.head.i != predicate.i:
        cues.append(predicate.head)  # "Кредит … планируется предоставить"
    return [c for c in cues if c.lemma_ in _SUBJECT_CUES]


def _built_thing_cues(number: Token | None) -> list[Token]:
    """The modal or verb of planning whose subject (or object) is a thing a measure noun in
    the instrumental sizes, where it governs a deed (`future_deed`): "Мост длиной 2 км
    [должен] быть построен к 2027 году", "Порт мощностью 5 млн тонн [должна] построить Чили"
    (the size of a thing to be built is a target, as "будет построен" makes it a forecast);
    "Памятник весом 3 тонны должен быть переплавлен" or "Газопровод протяжённостью 300 км
    должен пройти через …" size what no deed makes, and "Компания с капиталом 5 млн долларов
    должна …" has a preposition, no measure."""
    measure = None if number is None else thing_measure(number)
    thing = None if measure is None else sized_by_measure(measure)
    if thing is None or thing.dep_ not in _SIZED or thing.head.i == thing.i:
        return []
    predicate = thing.head
    if _past_modal(predicate):
        return []  # "должна была заработать в 2020 году": what was due then, no goal ahead
    cues = [predicate]
    if predicate.dep_.startswith(("xcomp", "csubj")) and predicate.head.i != predicate.i:
        cues.append(predicate.head)  # "Мост длиной 2 км планируют построить"
    deeds = [predicate, *(c for c in predicate.children if c.dep_.startswith(("xcomp", "csubj")))]
    if not any(d.lemma_ in _FUTURE_DEEDS or _sets_to_work(d) for d in deeds):
        return []
    return [c for c in cues if c.lemma_ in _SUBJECT_CUES | _PLANNING]


def _sets_to_work(verb: Token) -> bool:
    """A verb of a thing coming into work: "заработать", or "начать"/"вступить" with an object
    of work ("начать работу", "вступить в строй"); "начать отвод войск" is none."""
    return verb.lemma_ in _OPERATES or (
        verb.lemma_ in _OPERATES_WITH and any(c.lemma_ in _OPERATE_OBJECTS for c in verb.children)
    )


def _past_modal(predicate: Token) -> bool:
    """A modal with a past "был"/"была" of its own ("должна была заработать", "должен был быть
    введён"): a deed due in the past, told as it stood then."""
    return predicate.lemma_ == "должный" and any(
        c.lemma_ == "быть" and "Past" in c.morph.get("Tense") for c in predicate.children
    )


def held_back(ctx: Context, q: Quantity) -> str:
    """ "hold" where a verb holds back the grant a sum is of ("приостановила перечисление
    Мьянме 40 млн долларов", "обсуждает предоставление"), "refuse" where one refuses it
    ("отказалась выделить"), else ""; a refusal negated holds it back too, a hold negated
    does not. The grant is the word the sum (or its range's low end) hangs on, and the verb
    that word's head. An amount of goods (no sum, share or time) is held as a grant is, by
    a verb that holds back its trade (`_held_goods`); the size of a thing whose making a
    verb of weighing weighs is held too (`_weighed_making`)."""
    if _weighed_making(root(ctx, q.start, q.end)):
        return "hold"
    if q.kind == "amount" and q.unit not in ("", "percent") and not is_currency(q.unit):
        goods = None if is_duration(q) else root(ctx, q.start, q.end)  # "на 30 дней": how long
        return "hold" if goods is not None and _held_goods(goods) else ""
    number = root(ctx, q.start, q.end) if is_currency(q.unit) else None
    act = None if number is None else act_of(number)
    if act is not None and act.lemma_ not in _GRANTS and act.head.lemma_ in _ABANDONS | _REFUSALS:
        # "отказалась от поглощения BSkyB за 12 млрд", "отменила покупку … за 5 млрд": the
        # price of a deal given up was only offered, never paid
        return "" if negated(act.head) else "hold"
    grant = None if number is None else _grant_of(number)
    if grant is None or grant.lemma_ not in _GRANTS or grant.head.i == grant.i:
        return ""
    holder = _holder(grant)
    verb = holder.lemma_
    # "не отложила выделение", "не стали приостанавливать направление": paid; "не
    # отказалась от выделения": due
    if _denied(holder):
        return "hold" if verb in _REFUSALS else ""
    return "hold" if verb in _HOLDS else "refuse" if verb in _REFUSALS else ""


def _weighed_making(number: Token | None) -> bool:
    """Whether a figure sizes a thing (`thing_measure`) in the genitive of an act of making
    it (`made_act`) that a verb of weighing (`weigh`) weighs ("обсудили создание совместного
    фонда объёмом 500 млн долларов", "рассматривают возможность строительства электростанции
    мощностью 600 МВт"): the thing is not made yet, its size a plan, a target; "фонд объёмом
    1 млрд был создан", "обсудили работу фонда объёмом …" and "приостановил строительство
    моста стоимостью …" tell a thing there is, and "не стали обсуждать создание …" weighs
    nothing."""
    measure = None if number is None else thing_measure(number)
    thing = None if measure is None else sized_by_measure(measure)
    if thing is None or thing.dep_ != "nmod" or "Gen" not in features(thing, "Case"):
        return False
    act = thing.head
    if act.lemma_ not in MADE_ACTS or act.i > thing.i or act.head.i == act.i:
        return False
    holder = _holder(act)
    return holder.lemma_ in _WEIGHING and not _denied(holder)


def _held_goods(number: Token) -> bool:
    """Whether a verb holds back the trade of goods `number` counts ("приостановила поставки
    в Бангладеш 30 тыс. тонн зерна", "отложила экспорт 12 истребителей"): what is not
    delivered was meant to be, as a grant held back is; the trade is the noun the amount hangs
    on, or the verb's object where the parser hangs the amount on the verb; a hold denied
    ("не стали приостанавливать поставки") or resumed delivers it."""
    head = first_conjunct(range_start(number)).head
    if head.lemma_ in _TRADE_PARTS:
        head = head.head
    elif not any(c.dep_ == "obj" and c.lemma_ in _TRADE_PARTS for c in head.children):
        return False
    return _holder(head).lemma_ in _HOLDS and not _denied(_holder(head))


def _holder(act: Token) -> Token:
    """The verb that may hold back an act of giving or trade: its head, past a noun of an
    option weighed ("рассматривает возможность инвестировать 1 млрд", "обсудили возможность
    закупки 20 самолетов")."""
    head = act.head
    return head.head if head.lemma_ in _OPTIONS and head.head.i != head.i else head


def _grant_of(number: Token) -> Token:
    """The word a sum (or its range's low end) hangs on, or past a frame of its size or the
    measured noun it sizes, the act that noun is of ("предоставление кредита на 3 млрд
    долларов", "выделение помощи в размере …"): the grant a verb may hold back; a thing a
    cost sizes ("строительство моста стоимостью …") stops the climb at that thing."""
    grant = first_conjunct(range_start(number)).head
    for _ in range(2):
        measured = grant.lemma_ in CONTAINERS or grant.lemma_ in lexicons()["metric"]
        if grant.lemma_ in _GRANTS or grant.pos_ != "NOUN" or not measured:
            break
        grant = grant.head
    return grant


def done_change(cue: Token) -> bool:
    """A verb of reaching a level in the past indicative tells a result, no goal ("нарастили
    товарооборот до 12 млрд", "довели экспорт до 5 млн тонн"), and so does its infinitive
    after a past of managing ("удалось нарастить", "смогли довести"), where its infinitive
    otherwise or its future ("намерены нарастить", "доведут") sets one."""
    if cue.lemma_ not in REACHING:
        return False
    if is_infinitive(cue):  # "смог увеличить экспорт … и довести его до 4 млрд": a result
        cue = first_infinitive(cue).head
        if cue.lemma_ not in _MANAGING or any(c.lower_ == "не" for c in cue.children):
            return False  # "не удалось довести до 2 млрд": the goal missed
    past = "Past" in cue.morph.get("Tense") and "Ind" in cue.morph.get("Mood")
    return past and not subjunctive(cue)


def _being_ahead(t: Token) -> bool:
    """A future "будет" of its own: what there will be is a forecast ("в Сенате будет 29
    комитетов"), where "будет контролировать 30 мест" or "будет переплавлен" is an auxiliary
    and "будучи" a gerund; the tagger may read "будет" as a present, so its form decides."""
    auxiliary = t.dep_.startswith("aux") or (t.dep_ == "cop" and t.head.pos_ == "VERB")
    return t.lower_ in _FUTURE_BE and not auxiliary


def _compound_future(t: Token) -> bool:
    """The compound future of a verb whose simple future forecasts a figure: "будет
    составлять", "будут расти" (an infinitive with a "будет" of its own); "будет
    контролировать 30 мест" is none."""
    will = any(c.dep_ == "aux" and c.lower_ in _FUTURE_BE for c in t.children)
    return will and t.lemma_ in _FUTURE_IMPERFECTIVES and is_infinitive(t)


def _perfective_future(t: Token, money: bool) -> bool:
    """A perfective future, finite, of the verb a figure hangs on ("Сербия привлечёт 2 млрд
    долларов", "вырастет на 10 %"): a deed to come, a forecast, where the present of its
    imperfective ("привлекает", "растёт") tells what is; a verb of receiving forecasts money
    only (`future_sum`: "получит 27 мест" after an election is its result), and a "будет" of
    its own is `_being_ahead`'s. A future denied counts who or what there is ("две
    спортсменки не примут участие"), no deed to come; the size of a thing
    (`thing_measure`: "Дорога длиной 400 км соединит …") is a forecast only by a deed that
    makes it (`future_deed`, `told_ahead`). A denied future of managing counts who or what
    will be unable, a possibility to come ("300 граждан Ирана не смогут получить визы", "не
    сумеют"), as "смогут" is, where "не могут покинуть" tells what is (`_unable_now`)."""
    if not is_finite(t) or not is_future(t) or t.lower_ in _FUTURE_BE:
        return False
    if negated(t) and t.lemma_ not in _MANAGING:
        return False
    return "Perf" in features(t, "Aspect") and (money or t.lemma_ not in _FUTURE_SUMS)


def _managed(verb: Token) -> Token:
    """The verb of managing (`manage`) an infinitive the figure hangs on is what tells its
    time ("фарерские суда смогут выловить 9 тыс. тонн трески": "смогут", a possibility to
    come, no catch done; "смогли выловить" done); any other verb is its own, and so is a
    change a goal ends ("сможет увеличить экспорт до 5 млрд" is a target, `change_to`) and
    the object of a denied one ("не сумеет привлечь 2 млрд", an aim missed, `missed_aim`)."""
    first = first_infinitive(verb) if is_infinitive(verb) else verb
    managed = first.dep_ == "xcomp" and first.head.lemma_ in _MANAGING and not negated(first.head)
    return first.head if managed and first.lemma_ not in TARGET_CHANGES else verb


def _unable_now(verb: Token, number: Token) -> bool:
    """A denied "мочь" in the present or past after the figure counts who or what cannot, or
    could not ("Более 100 граждан Египта не могут покинуть Судан", "не могли"): a state told,
    no possibility to come; "может достичь", "не смогут получить", "не могли бы" and a figure
    after the modal ("не может превысить 5 млрд", a bound) stay forecasts."""
    told = is_finite(verb) and not is_future(verb) and not subjunctive(verb)
    return verb.lemma_ == "мочь" and told and negated(verb) and number.i < verb.i


def _denied_deed(verb: Token) -> bool:
    """A denied future of a deed (`future_deed`): "Китай не откроет завод стоимостью 100 млн
    долларов", "не построит ГЭС мощностью …" forecast nothing, as `_thing_made_ahead` and
    `_perfective_future` say of a denied deed; a denied level ("не превысит 4 %") and a
    denied "мочь" ("не может превысить") stay forecasts."""
    return verb.lemma_ in _FUTURE_DEEDS and is_finite(verb) and negated(verb)


def _thing_made_ahead(number: Token) -> bool:
    """The size of a thing (`thing_measure`) the subject or object of a future of a deed
    that makes it (`future_deed`), however far the verb stands: "Хранилище ёмкостью 50 тыс.
    кубометров на границе … построят к 2028 году" is a forecast, as "построят ГЭС мощностью
    500 МВт" is; "построили" and "не построят" are none."""
    measure = thing_measure(number)
    thing = None if measure is None else sized_by_measure(measure)
    if thing is None or thing.dep_ not in _SIZED:
        return False
    verb = thing.head
    deed = verb.lemma_ in _FUTURE_DEEDS and is_finite(verb) and is_future(verb)
    return deed and not negated(verb)


def _verb_of(number: Token) -> Token:
    """The verb a figure hangs on ("будут расти на 10 %": "расти"), or the root: not the
    verb of a condition, of another clause or of a conjoined verb ("выросли на 20 % и будут
    расти": "выросли")."""
    t = number
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def missed_aim(status: str, comparator: str, q: Quantity, number: Token | None) -> str:
    """target for an actual figure a denied verb takes (`_denied_object`): "не сумел привлечь
    2 млрд долларов" is the aim missed; a bound ("не превысила 4 %") and a term ("не
    виделись 20 лет") keep their status. A figure a hindering verb in the past, denied, keeps
    from nothing is a result (`_unhindered`): "санкции не помешали товарообороту достичь 5
    млрд долларов", "не помешали росту экспорта до 3 млрд" are actual, where "помешали"
    leaves them aims."""
    hindering = _hindering(number)
    if hindering is not None:
        if _unhindered(hindering):
            if is_duration(q) or status not in ("actual", "target"):
                return status
            if is_future(hindering):
                return "forecast"  # "санкции не помешают товарообороту достичь 5 млрд"
            return "actual" if "Past" in hindering.morph.get("Tense") else status
        hindered = status == "actual" and comparator == "eq" and not is_duration(q)
        return "target" if hindered else status
    if status == "actual" and comparator == "eq" and not is_duration(q) and _denied_object(number):
        return "target"
    return status


def _hindering(number: Token | None) -> Token | None:
    """The verb of hindering the figure is the aim of: the one governing the infinitive the
    figure hangs on ("помешал Египту привлечь 2 млрд долларов", "помешали экспорту вырасти до
    3 млрд") or the change the figure ends at ("помешали росту товарооборота до 5 млрд");
    None for a figure of no such verb."""
    if number is None:
        return None
    t = _taken_word(number)
    if t.dep_ not in ("obj", "obl", "nmod") or t.head.i == t.i:
        return None
    word = t.head
    for _ in range(3):  # "росту [товарооборота] … до 5 млрд": up to the change it ends
        if word.pos_ != "NOUN" or word.lemma_ in REACHING or word.dep_ != "nmod":
            break
        word = word.head
    if word.pos_ == "NOUN" and word.lemma_ in REACHING and word.head.i != word.i:
        owner = word.head  # "помешали росту товарооборота до 5 млрд"
    elif word.pos_ == "VERB" and is_infinitive(word) and word.dep_ in ("xcomp", "csubj"):
        owner = word.head  # "помешал Египту привлечь 2 млрд"
    else:
        return None
    return owner if owner.lemma_ in _HINDERING else None


def _taken_word(number: Token) -> Token:
    """The word a verb takes for the figure: up its numerals ("два миллиарда долларов" →
    "долларов"), the figure itself where it hangs on no numeral's word."""
    t = number
    while t.dep_ in ("nummod", "nummod:gov") and t.head.i != t.i:
        t = t.head
    return t


def _unhindered(hindering: Token) -> bool:
    """A verb of hindering denied: it kept from nothing ("не помешали", not "не только")."""
    return negated(hindering) and not _only_denied(hindering)


def _denied_object(number: Token | None) -> bool:
    """A figure the object of a denied verb, or of the infinitive a denied verb governs ("не
    выплатила 20 млн евро", "не сумел привлечь 2 млрд"): what was not got, paid or gathered
    is an aim missed, no result; "не только" denies nothing, nor does a denied hold ("не
    стали приостанавливать 30 тыс. тонн": delivered). (A verb of hindering: `_hindering`.)"""
    if number is None:
        return False
    t = _taken_word(number)
    if t.dep_ != "obj" or t.head.lemma_ in _HOLDS:
        return False  # "не стали приостанавливать 30 тыс. тонн": not held, delivered
    return _denied(t.head)


def _denied(verb: Token) -> bool:
    """Whether `verb`, or the verb its infinitive hangs on, is denied ("не выплатила", "не
    сумел привлечь", "не стали приостанавливать"); "не только" denies nothing."""
    owners = (
        [verb, verb.head] if verb.dep_ in ("xcomp", "csubj") and is_infinitive(verb) else [verb]
    )
    return any(negated(o) and not _only_denied(o) for o in owners)


def _only_denied(verb: Token) -> bool:
    """ "не только получила …, но и": a "не" of "не только", which denies nothing."""
    doc = verb.doc
    return any(
        c.lower_ == "не" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("только", "лишь")
        for c in verb.children
    )


def told_ahead(number: Token | None) -> bool:
    """A count the subject of a future passive ("будут заняты свыше 1,2 тыс. человек", "будет
    построено 12 энергоблоков"), or a figure that sizes the subject of a future passive of a
    deed (`future_deed`: "будет заключен контракт на сумму 200 тысяч долларов"): what there
    will be is a forecast; a figure of another clause than the passive's ("он будет
    переплавлен, так как содержит 3 тонны") or a size of what a future passive of no deed
    befalls ("Памятник весом 3 тонны будет переплавлен") is none."""
    if number is None:
        return False
    if number.dep_ == "nsubj:pass":
        return _future_passive(number.head)
    subject = _sized_subject(number)
    deeds = [] if subject is None else [subject.head]
    return any(
        d.lemma_ in _FUTURE_DEEDS and _future_passive(d) for d in [*deeds, *_thing_deeds(number)]
    )


def _thing_deeds(number: Token) -> list[Token]:
    """The verbs a thing a measure in the instrumental sizes (`thing_measure`) may be the
    subject of, however the parser hangs them: its head ("Дорога … будет построена", a
    "между" phrase before the measure or not), or a verb set beside the measure the parser
    made the root or the thing ("Мост протяжённостью 2 км [будет построен]"), with no subject
    of its own."""
    measure = thing_measure(number)
    thing = None if measure is None else sized_by_measure(measure)
    if measure is None or thing is None or thing.i > measure.i:
        return []
    beside = [
        c
        for c in (*measure.children, *thing.children)
        if c.dep_ in ("parataxis", "conj") and c.i > measure.i
    ]
    own = [c for c in beside if not any(d.dep_ in SUBJECTS for d in c.children)]
    return [thing.head, *own]


def _sized_subject(number: Token) -> Token | None:
    """The subject of a passive the figure sizes through nouns and modifiers alone
    ("[контракт] на сумму в 200 тысяч", "трёхлетний [контракт]"); None past a verb."""
    t = number
    while _sizing(t) and t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return None
    t = sized_by_measure(t) or t if t.dep_ == "ROOT" else t  # "Мост протяжённостью 2 км …"
    return t if t.dep_ == "nsubj:pass" else None


def _sizing(t: Token) -> bool:
    """A modifier, or an "object" the parser hangs on a noun ("протяжённостью 300 [км]")."""
    return t.dep_ in ("nmod", "amod", "nummod", "appos") or (
        t.dep_ == "obj" and t.head.pos_ == "NOUN"
    )


def _future_passive(t: Token) -> bool:
    """A passive participle with a future "будет"/"будут" of its own ("будет построено",
    "будут выделены"): a deed told ahead, what it counts or grants a forecast or a plan."""
    future = any(c.dep_ == "aux:pass" and c.lower_ in _FUTURE_BE for c in t.children)
    return future and is_participle(t) and is_passive(t)


def elided_status(ctx: Context, status: str, q: Quantity | None) -> str:
    """The status of the sum `q` of a sentence before, for a sum with no verb of its own that
    takes q's ("Победитель получит 368 млн. Четвёртый — 263 млн": both forecasts)."""
    sent = None if q is None else ctx.sentence_at(q.start)
    if q is None or sent is None or status != "actual":
        return status
    tokens, after = around(ctx, sent, q)
    return _status(_own_clause(ctx, q, clause_before(tokens)), tokens, after, is_currency(q.unit))


def _planned_change(t: Token) -> bool:
    """A change or spending someone will make: a perfective future of a transitive verb of
    change with an object ("увеличит добычу", "сократит импорт"), or of a verb of spending
    ("потратят более 3 млрд", whose sum the parser may hang elsewhere); "вырастет" or
    "получит" say no plan."""
    if t.lemma_ not in TARGET_CHANGES | _PLANS or not is_verb_form(t):
        return False
    if not is_future(t) and not _announced(t):
        return False
    return t.lemma_ in _PLANS or any(c.dep_ == "obj" for c in t.children)


def _compound_plan(t: Token) -> bool:
    """The compound future of a verb of spending: "будет выделять по 100 млн долларов в
    год", "будут тратить 2 млрд песо" tell a plan, as "выделит" does, recurring or not;
    "выделяет … в год" and "выделяла" are deeds, "будет составлять" a forecast."""
    will = any(c.dep_ == "aux" and c.lower_ in _FUTURE_BE for c in t.children)
    return will and t.lemma_ in _PLANS_IMPERFECTIVE and is_infinitive(t)


def _announced(t: Token) -> bool:
    """A present of a verb of spending of both aspects is its future too, and news tell a
    plan so ("Индия инвестирует в порт 500 млн долларов": a target), unless a word of
    recurrence or of the moment makes it an ongoing deed ("ежегодно инвестирует", "сейчас
    инвестирует", "инвестирует … в год" stay actual), or a share of GDP a rate ("Польша
    инвестирует в оборону 4 % ВВП")."""
    if t.lemma_ not in _PLANS or not is_present(t) or not may_be_future(t):
        return False
    words = [*t.children, *(g for c in t.children for g in c.children)]
    if any(w.lemma_ in _HABITS or _per_year(w) for w in words):
        return False
    return not any(g.text == "ВВП" for c in t.children for g in c.subtree)


def _per_year(t: Token) -> bool:
    """A bare "в год" ("300 млн долларов в год"): a rate, not a year of the calendar."""
    return t.lemma_ == "год" and [c.lower_ for c in t.children] == ["в"]


def _planned_passive(t: Token) -> bool:
    """A grant, spending or change told in the future passive ("Кредит будет предоставлен на
    30 лет", "2 млрд долларов будут выделены", "эта сумма будет увеличена вдвое"): a plan, as
    "предоставит" and "увеличит" are; "будет переплавлен", of no verb of `plan` or change,
    stays an auxiliary of no status."""
    return (t.lemma_ in _PLANS or t.lemma_ in TARGET_CHANGES) and _future_passive(t)


def _wished_deed(number: Token) -> bool:
    """Whether the figure's verb is an infinitive a wish governs ("хотела бы продать 2 млн
    тонн", "желает закупить 40 самолётов"): what someone wishes to do is a goal, not a deed
    done. A finite verb between ("хочу отметить, что продала 2 млн тонн") tells a deed of its
    own, and a wish negated ("не хочет продавать") sets no goal; readiness is a wish
    (`_ready`), and so is a noun of intention the infinitive is the modifier of ("подтвердила
    намерение инвестировать 15 млрд долларов", "выразила готовность вложить"; `_own_object`).
    An order's infinitive is a goal too ("суд постановил выплатить 12 млн долларов", "обязал Мексику
    выплатить": the sum due, as "должно выплатить"; "Суд постановил, что Мексика выплатила …"
    tells a deed), and so is a promise's ("согласился предоставить 10 катеров", `promise`).
    A law, a rule or a levy that obliges in the present ("сбор … обязывает импортёров
    осуществлять отчисления в размере 2%") states what holds now, no sum due (`_in_force`)."""
    for t in number.ancestors:
        if is_finite(t):
            return False
        if (
            is_infinitive(t)
            and t.dep_ == "xcomp"
            and (t.head.lemma_ in _WISHES | _ORDERS | _PROMISES or _ready(t.head))
        ):
            return not negated(t.head) and not _in_force(t.head)
        if is_infinitive(t) and t.dep_ in ("nmod", "acl") and t.head.lemma_ in _INTENDING:
            return _own_object(number, t)
    return False


def _own_object(number: Token, verb: Token) -> bool:
    """The figure is the direct object of `verb` ("намерение инвестировать 3 млрд евро"), not
    a noun deeper in its object or a phrase of its own ("готовность сформировать
    правительство из трёх партий" counts parties there are); a sum of the object's own size
    ("кредит в размере …", "на сумму …") is the object's (sixty-first pass, h-claims111)."""
    t = number
    while t.dep_.startswith("nummod") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "nmod" and t.head.lemma_ in _SIZES and t.head.dep_ == "nmod":
        t = t.head.head  # "готовность предоставить кредит в размере 300 млн долларов"
    return t.dep_ == "obj" and t.head.i == verb.i


def denied_intent(number: Token | None) -> bool:
    """Whether the figure's verb is an infinitive a denied wish, readiness, intention or
    promise governs ("не готовы поставлять 10 млн тонн", "не намерен увеличивать импорт до 5
    млн тонн", "не планирует закупать 2 млн тонн", "не согласился предоставить"), or a
    denied infinitive a decision governs ("решила не направлять 5 млн евро", "приняло
    решение не выделять"): what no one means
    to do is neither a deed nor a goal, and the contract's statuses (actual, target,
    forecast) have none for it. A finite verb between tells a figure of its own ("не
    намерены сокращать экспорт, который составил 5 млрд"); "не только" denies nothing."""
    if number is None:
        return False
    for t in number.ancestors:
        if is_finite(t):
            return False
        if is_infinitive(t) and t.dep_ in ("xcomp", "nmod") and t.head.lemma_ in _DECISIONS:
            return negated(t) and not _only_denied(t)
        if not is_infinitive(t) or not t.dep_.startswith(("xcomp", "csubj")):
            continue
        head = t.head
        if head.lemma_ in _WISHES | _INTENTS | _PROMISES or _ready(head):
            return negated(head) and not _only_denied(head)
    return False


def _decided_spending(number: Token) -> bool:
    """Whether a sum is the object of an infinitive of spending or giving (`plan`) a decision
    governs ("решило направить 2 млрд долларов", "решила выделить 300 млн евро", "приняло
    решение направить", the infinitive the noun's nmod): a plan, as "направит" is, the sum not
    yet sent; a finite verb between ("решило, что Венгрия получила …") tells a deed, a
    decision negated none."""
    for t in number.ancestors:
        if is_finite(t):
            return False
        if is_infinitive(t) and t.dep_ in ("xcomp", "nmod") and t.head.lemma_ in _DECISIONS:
            return t.lemma_ in _PLANS and not negated(t.head)
    return False


def _opened_credit(number: Token) -> bool:
    """Whether a sum sizes the object of a future of opening a credit (`credit_verb`: "откроет
    Иордании кредитную линию в 400 млн долларов", "откроет кредит на сумму …", "в размере
    …"): a grant to come, a plan, as "предоставит кредит" is; a count ("откроет 20
    магазинов"), a thing's measure ("откроет завод стоимостью …"), a thing opened that is no
    credit (`verbs.is_credit`: "откроет завод на 100 млн долларов") and the past ("открыл") stay
    as they were."""
    sized = number.head if number.head.lemma_ in _SIZES else number
    if not any(c.dep_ == "case" and c.lower_ in ("в", "на") for c in sized.children):
        return False
    credit, verb = sized.head, sized.head.head
    return (
        is_credit(credit) and credit.dep_ == "obj" and sized.dep_ == "nmod"
        and verb.lemma_ in _CREDIT_VERBS and is_future(verb)
    )  # fmt: skip


def announced_spending(number: Token | None, status: str, earlier: bool, money: bool) -> str:
    """A sum of an act of spending that a verb of announcing tells of (`_told_spending`:
    "объявила о вложении 2 млрд долларов", "объявило о выделении 300 млн долларов", "заявила
    о предоставлении кредита в размере …"), or a paper promises ("подписали меморандум об
    открытии кредитной линии в 500 млн"), is that act to come, a target, as "объявила о
    планах вложить" is. A sum of a time `earlier` than the document's ("сообщила о вложении …
    в прошлом году", "… в январе" in a text of March), a denied announcement or a measured
    figure reported ("объявила о росте товарооборота на 5 %": no act of spending) stays as it
    was."""
    if number is None or status != "actual" or earlier:
        return status
    told = _told_spending(number, money)
    return "target" if told is not None and not negated(told) else status


def paper_sets(number: Token | None, status: str) -> str:
    """A future deed's figure told under a paper of a deal ("согласно документу", "по
    соглашению", "в соответствии с протоколом", `paper`) is what the paper sets, a target, not
    a forecast of anyone's: "По соглашению Таджикистан поставит в Афганистан 1,5 млрд кВт·ч"
    (sixty-sixth pass, h-claims119). "По данным министерства … поставит" stays a forecast, a
    past deed ("по соглашению … поставил") actual."""
    if number is None or status != "forecast":
        return status
    verb = _managed(_verb_of(number))
    framed = (
        c
        for c in verb.children
        if c.dep_ in ("obl", "parataxis") and c.lemma_ in _PAPERS and frame_preposition(c)
    )
    return "target" if is_future(verb) and next(framed, None) is not None else status


def earlier_level(status: str, set_against: bool, period: str, doc_date: str) -> str:
    """The level a figure is `set_against` ("смогут принять до 15 тысяч против 9 тысяч в
    текущем году", "вместо прежних 400") is what there was or is, actual, whatever the
    figure it is set against aims at or forecasts; one of a time after the document's date
    ("в 2030 году составит 9 млрд против 7 млрд в 2029 году") keeps its status."""
    if not set_against or not period:
        return "actual" if set_against else status
    ahead = period.split("/")[0]
    n = min(len(ahead), len(doc_date))
    return status if doc_date and ahead[:n] > doc_date[:n] else "actual"


def contracted_volume(number: Token | None, status: str, money: bool) -> str:
    """A measure of goods a paper of a deal provides for (`parse.contracted_supply`:
    "подписали контракт на поставку до 2 млн тонн газа в год") is what the paper promises, a
    target as a plan's figures are, no supply done; a sum of `money` ("соглашение о поставках
    газа на 2 млрд долларов") is the paper's value and stays as it was."""
    if number is None or money or status != "actual":
        return status
    return "target" if contracted_supply(number) is not None else status


_SPANS = {"год", "месяц", "неделя", "десятилетие"}  # "в ближайшие три года"


def coming_years(number: Token | None, status: str) -> str:
    """A figure its own clause puts "в ближайшие N лет" is meant for the years to come, a
    target ("подтвердил инвестиции на 7 млрд евро в ближайшие три года"), never a deed done:
    the phrase on a word from the figure up to its first verb, so a clause of its own
    ("…, а в ближайшие годы …") or "за последние три года" sets none."""
    if number is None or status != "actual":
        return status
    for t in [number, *number.ancestors]:
        if any(_coming(c) for c in t.children):
            return "target"
        if t.pos_ in ("VERB", "AUX"):
            break
    return status


def _coming(t: Token) -> bool:
    """ "в ближайшие три года", "в ближайшие месяцы": a span of time still to come (the parse
    may hang "ближайшие" on the count)."""
    counts = [c for c in t.children if c.dep_.startswith("nummod")]
    words = [*t.children, *(d for c in counts for d in c.children)]
    near = any(c.dep_ == "amod" and c.lower_.startswith("ближайш") for c in words)
    into = any(c.dep_ == "case" and c.lemma_ == "в" for c in t.children)  # not only the first
    return t.lemma_ in _SPANS and near and into


def denied_announcement(number: Token | None, money: bool) -> bool:
    """Whether the figure is the sum of an act of spending a denied verb of announcing tells
    of ("Германия не объявила о выделении 500 млн евро"): no one says it is spent or meant,
    neither a deed nor a goal, as a denied intention's figure (`denied_intent`); "не только
    объявила о выделении …, но и" denies nothing."""
    told = None if number is None else _told_spending(number, money)
    return told is not None and negated(told) and not _only_denied(told)


def _told_spending(number: Token, money: bool) -> Token | None:
    """The verb of announcing (`announce`) or the paper (`paper`) whose "о"-phrase names an
    act of spending (`spend_act`) the figure hangs on through nouns alone ("объявила о
    вложении 2 млрд долларов", "о предоставлении кредита в размере …", "подписали меморандум
    о финансировании проекта на …"), or None; a noun of sending (`send_act`, "о направлении 2
    млрд долларов") or of opening a credit (`credit_act`, "об открытии кредитной линии в 500
    млн") is such an act only for a sum of `money` it sizes itself, no thing's measure ("об
    открытии завода стоимостью …" tells no credit)."""
    acts = _SPENDING_ACTS | _SENDING_ACTS if money else _SPENDING_ACTS
    acts = acts | _CREDIT_ACTS if money and thing_measure(number) is None else acts
    below = number
    for t in number.ancestors:
        told = below.lemma_ in acts and preposition(below) in ("о", "об")
        if t.pos_ != "NOUN":
            return t if told and t.lemma_ in _ANNOUNCING else None
        if told and t.lemma_ in _PAPERS:
            return t  # "подписали меморандум об открытии кредитной линии": a promise
        below = t
    return None


def _ready(word: Token) -> bool:
    """A short adjective of readiness ("готовы поставлять", "готов инвестировать"): what one
    stands ready to do is a goal as what one wishes is; the full adjective ("экспорт готовой
    продукции") readies nothing."""
    return word.lemma_ in _READY and "Short" in word.morph.get("Variant")


def _in_force(verb: Token) -> bool:
    """An order verb in the present whose subject is a law, a rule or a levy ("закон
    обязывает перечислять 4%"): what holds now; a court's or an official's order ("суд
    обязывает выплатить"), or a past one ("закон обязал выплатить"), makes a sum due."""
    if verb.lemma_ not in _ORDERS or not is_present(verb):
        return False
    return any(c.lemma_ in _IN_FORCE and _subject(c) for c in verb.children)


def _subject(t: Token) -> bool:
    """A verb's subject, or a nominative before it the parser took for its object ("данный
    сбор, предусмотренный …, обязывает импортёров")."""
    if t.dep_ in SUBJECTS:
        return True
    return t.dep_ == "obj" and t.i < t.head.i and "Nom" in features(t, "Case")


def _aim(t: Token) -> bool:
    """An infinitive of change or of reaching a level: what a wish aims at."""
    return is_infinitive(t) and t.lemma_ in TARGET_CHANGES | REACHING


def _aside(cue: Token) -> bool:
    """A cue in an aside on expectations, not the figure's status: "как и ожидалось" (it
    came true), "выше, чем предполагалось" (it turned out otherwise), "как предполагается"
    (a hedge)."""
    before = [t.lower_ for t in cue.doc[max(cue.sent.start, cue.i - 2) : cue.i]]
    # "которые, как предполагается, он возглавлял": a hedge on what was, no forecast (a future
    # verb still makes one: "как ожидается, составит")
    return before[-1:] in (["чем"], ["как"]) or before == ["как", "и"]


def sought_term(number: Token | None, status: str) -> str:
    """The status of a prison term from the verb that governs it: a term a prosecutor or the
    defence asks for is a target ("обвинение настаивало на 6-7 годах", "защита просила
    ограничиться двумя годами", "прокурор потребовал восемь лет"), one a law threatens a
    forecast ("ему грозит до 25 лет"); a term handed down ("приговорил к 3 годам") stays
    actual. Only the term's verb (`_term_verb`) and the verb an infinitive of it hangs on."""
    if number is None or status != "actual":
        return status
    if _new_penalty(number):
        return "target"
    verb = _term_verb(number)
    if verb is None:
        return status
    verbs = [verb]
    if is_infinitive(verb) and verb.dep_ in ("xcomp", "csubj", "ccomp"):
        verbs.append(verb.head)  # "просила ограничиться двумя годами"
    lemmas = {v.lemma_ for v in verbs}
    if lemmas & _DEMANDS:
        return "target"
    if lemmas & _THREATS:
        return "forecast"
    return status


def _new_penalty(number: Token) -> bool:
    """A penalty a law will set or a bill proposes, told by the nearest verb before the
    figure, no punctuation between (`_told_by`): the future of a verb of punishing ("будет
    караться лишением свободы на срок от 5 до 10 лет со штрафом до 500 тыс. рублей"), or an
    infinitive a verb of proposing governs ("закон предлагает лишать свободы на срок от 8 до
    15 лет"); the current law's figure after a dash or bracket ("(по действующему закону — от
    4 до 8 лет)") has no such verb of its own, the present "наказывается" is in force."""
    verb = _told_by(number)
    if verb is None:
        return False
    if verb.lemma_ in _PUNISHING:
        return is_future(verb) or any(c.lower_ in _FUTURE_BE for c in verb.children)
    return (
        is_infinitive(verb)
        and verb.dep_ in ("xcomp", "ccomp", "csubj")
        and verb.head.lemma_ in _PROPOSING
    )


def _told_by(number: Token) -> Token | None:
    """The nearest verb before a figure in its clause, no comma, dash or bracket between."""
    for i in range(number.i - 1, -1, -1):
        t = number.doc[i]
        if (t.is_punct and t.text in ",;:—()") or t.pos_ == "VERB":
            return t if t.pos_ == "VERB" else None
        if t.is_sent_start:
            return None
    return None


def _term_verb(number: Token) -> Token | None:
    """The verb a term is told by: the nearest verb before it in its clause, no comma between
    ("обвинение настаивало на 6-7 годах …, но суд приговорил его к 3 годам": the parser may
    hang the first term on the later verb), else the first verb above it."""
    for i in range(number.i - 1, -1, -1):
        t = number.doc[i]
        if t.is_punct and t.text in ",;:—()":
            break
        if t.pos_ == "VERB":
            return t
        if t.is_sent_start:
            break
    return next((a for a in number.ancestors if a.pos_ in ("VERB", "AUX")), None)


def gapped_status(ctx: Context, q: Quantity, status: str, penalty: bool) -> str:
    """The status of a figure of a gapped list item, whose dash stands for the verb of the
    figure before it ("Чили хотела бы продать Перу 2 млн тонн меди, а Боливии — 1 млн тонн",
    "Граждан предлагают штрафовать на суммы от 3 до 5 тыс. песо, должностных лиц — от 30
    тыс. до 50 тыс."): the wish, order or proposed penalty that makes the first a target
    makes each item's one too (`parse.gap_source`, through the items before it); the first
    figure's own deed ("продала", "что Мексика выплатила") and the figure in force after a
    bracket or a word of now ("(по действующему закону — от 3 до 6 лет)", ", сейчас — 3
    тыс.") stay actual."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if status != "actual" or span is None:
        return status
    donor = gap_source(span[0])
    if donor is None:
        return status
    if _wished_deed(donor) or (penalty and _new_penalty(donor)):
        return "target"
    return status
