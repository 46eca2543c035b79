"""Durations that are claims: terms of sentences, documents, loans and relations.

A number of years is a claim only when the text says what lasts that long; a
bare period ("за последние 30 лет", "через два года") or an age never is; a counted
time ago ("восемь месяцев назад") is the span since the event, "срок". What lasts
(term_metrics.tsv):
- a sentence: the duration governs a punishment noun ("шесть лет колонии",
  "12 годам лишения свободы") or follows a verb of sentencing ("приговорил к …",
  "осуждены на 20 и 10 лет", "отбывает семилетний срок") → "срок заключения";
- "срок": "сроком на 20 лет", "на срок 5 лет", "пятилетний срок" → the term of
  the noun "срок" depends on ("срок кредита"), else "срок" and its complement;
- a listed noun the duration depends on, or that is the subject or object of the
  verb it depends on: "договор заключён на 25 лет" → "срок действия договора",
  "доплата будет производиться в течение двух лет" → "срок доплаты", "более трех
  десятилетий развиваем сотрудничество" → "продолжительность сотрудничества"; how
  long a visit or talks last is not listed ("визит продлится три дня": no claim).
Years stay years ("три десятилетия" = 30 лет); months, weeks, days and hours stay as
written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import takewhile
from pathlib import Path

from spacy.tokens import Span, Token

from kg.doc_text import span_text
from kg.extract.claims.deeds import deed_as_told
from kg.extract.claims.lexicons import GIVING_LEVEL, WORDS
from kg.extract.common.number_kinds import comparator_before
from kg.extract.common.number_units import is_currency
from kg.extract.common.numbers import Quantity, scaled
from kg.extract.common.quantities import find_quantities
from kg.extract.context import Context
from kg.lexicon import load_dict, load_groups, load_list
from kg.nlp.deps import SUBJECTS, copular, has_preposition, possessive_pronoun, preposition
from kg.nlp.marks import DASHES_OR_HYPHEN
from kg.nlp.morph import is_animate, is_finite, is_noun, is_participle, morph

TERM_METRICS = Path(__file__).with_name("term_metrics.tsv")
PERIOD_WORDS = Path(__file__).with_name("period_words.txt")

UNITS = {"год": ("год", 1), "десятилетие": ("год", 10), "век": ("год", 100),
         "месяц": ("месяц", 1), "неделя": ("неделя", 1), "день": ("день", 1),
         "сутки": ("сутки", 1), "час": ("час", 1), "минута": ("минута", 1)}  # fmt: skip
_COMPOUND = re.compile(r"(летн|месячн|недельн|дневн|часов)", re.IGNORECASE)
_COMPOUND_UNITS = {"летн": "год", "месячн": "месяц", "недельн": "неделя", "дневн": "день",
                   "часов": "час"}  # fmt: skip
_PERIOD_WORDS = load_list(PERIOD_WORDS)
_FIRST = {"впервые", "первый"}  # "впервые за 20 лет": a term, not the figure's period
_CHANGES = frozenset().union(
    *(v for k, v in load_groups(Path(__file__).with_name("claim_words.tsv")).items()
      if k in ("growth", "fall", "reduction"))
)  # fmt: skip
_ORDERS = WORDS["order"]  # "предписать", "обязать": whose infinitive's term is a deed's time
_BECOMING = WORDS["becoming"]  # "превратиться", "стать": turning into what a phrase names
_ALLOWED_PREP = {"на", "к", "течение"}
_HOW_LONG_PREP = {"на", "течение", "после", "за"}
_ELAPSED = {"прошествие", "истечение"}  # "по прошествии двадцати лет": when, as "через"
_AGE_WORDS = {"исполниться", "исполняться", "возраст"}
# "пятью днями ранее", "на три года позже": how far one event is from another, no term
_OFFSET_WORDS = {"ранее", "раньше", "позже", "позднее", "спустя"}
# "сыновей главы Чечни (10, 9 и 8 лет)": numbers of years alone in parentheses are ages
_PAREN_BEFORE = re.compile(r"\(\s*(?:\d+\s*(?:,|и)\s*)*$")
_PAREN_AFTER = re.compile(r"(?:\s*(?:,|и)\s*\d+)*(?:\s*(?:год|года|лет))?\s*\)")
_EVENTS = {"визит", "переговоры", "встреча", "саммит", "форум", "поездка", "турне", "заседание"}
_YEAR_ADJ = {"прошлый", "позапрошлый", "минувший", "нынешний", "текущий", "этот", "предыдущий"}
_SUBJECT_OBJECT = SUBJECTS | {"obj"}
_LASTING = {"продлиться", "длиться", "продолжаться", "продолжиться", "занять", "занимать",
            "идти", "тянуться", "проходить", "пройти"}  # fmt: skip
PRISON_TERM = "срок заключения"
PERSONAL_METRICS = frozenset({PRISON_TERM})  # whose term it is the metric does not say


def _kinds() -> dict[str, str]:
    """term_metrics.tsv: lemma → what its duration measures."""
    return load_dict(TERM_METRICS)


def _counted_kinds() -> dict[str, str]:
    """The kinds a number of time units reads: a noun that is its own metric ("сам") names
    only its duration adjective ("13-часовая операция" → операция), so "операция длилась
    13 часов" stays the verb's "продолжительность операции"."""
    return {lemma: kind for lemma, kind in _kinds().items() if kind != "сам"}


_AGO_DATE = re.compile(r"(\d+)\s+(год|года|лет|месяц|месяца|месяцев|день|дня|дней)\s+назад",
                       re.IGNORECASE)  # fmt: skip
_AGO_UNITS = {"г": "год", "л": "год", "м": "месяц", "д": "день"}


def counted_ago(text: str, q: Quantity) -> Quantity:
    """ "10 лет назад", which the numbers read as a date, as the amount of time it counts:
    a span since the event, like "восемь месяцев назад" (see `_ago`), hedged or bounded as
    the text tells it ("около 14 лет назад")."""
    m = _AGO_DATE.fullmatch(q.text) if q.kind == "date" else None
    if m is None:
        return q
    unit = _AGO_UNITS[m[2][0].lower()]
    comparator, start = comparator_before(text, q.start)
    end = q.start + m.end(2)
    return replace(
        q, start=start, end=end, text=text[start:end], unit=unit, kind="amount",
        comparator=comparator,
    )  # fmt: skip


def is_duration(q: Quantity) -> bool:
    """A number of time units, or a compound adjective of one ("семилетний")."""
    if q.kind == "amount":
        return q.unit in UNITS
    return q.kind in ("age", "attribute") and not q.unit and bool(_COMPOUND.search(q.text))


def duration_claim(ctx: Context, q: Quantity, sent: Span) -> tuple[str, Decimal, str] | None:
    """(metric, value, unit) of a duration the text ties to something that lasts, else None."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    text = ctx.document.text
    if span is None or (
        _PAREN_BEFORE.search(text, max(0, q.start - 30), q.start)
        and _PAREN_AFTER.match(text, q.end)
    ):
        return None
    if q.kind != "amount":
        compound = _COMPOUND.search(q.text)
        if compound is None:  # not a duration (see `is_duration`)
            return None
        unit = _COMPOUND_UNITS[compound[1].lower()]
        adjective = span[-1]
        noun = adjective.head if adjective.dep_ == "amod" else None
        if noun is None and adjective.i + 1 < sent.end:
            noun = adjective.nbor(1)
        metric = _of_noun(noun, sent) if noun is not None and noun.pos_ == "NOUN" else None
        return (metric, q.value, unit) if metric else None
    unit, factor = UNITS[q.unit]
    token = next((t for t in ctx.doc[span.start : min(span.end + 4, sent.end)]
                  if t.lemma_ == q.unit), None)  # fmt: skip
    if token is None or _clock_time(span, token, q.value) or _offset(span, token, sent):
        return None
    metric = _notice(token, sent) or _length_of(span, token, sent)
    metric = metric or _counted_activity(token, sent)
    metric = metric or _time_noun(span, sent)
    metric = metric or _office_term(span, token, sent)
    metric = metric or _since(span, token, sent) or _changed_term(span, token, sent)
    metric = metric or _bounded_sentence(span, token, sent) or _amounted(token)
    if metric is None and _is_term(span, token, sent):
        metric = _metric(token, span, sent)
    metric = metric or _ago(token, sent) or _lasting(token, span) or _how_long(span, token, sent)
    if metric == "срок":
        governor = _governor(token, span)
        deed = _given_deed(governor, token)
        if deed is None and "Inf" in governor.morph.get("VerbForm"):
            deed = governor if governor.head.lemma_ in _ORDERS else None
        # "срок, чтобы покинуть страну": the time an order (claim_words.tsv `order`: "Ему
        # предписано покинуть страну в течение пяти дней") or an ultimatum (`_given_deed`) gives
        # a deed, named by the deed and its object as told: a reader asks "a term for what?"
        metric = deed_as_told(ORDERED_TERM, deed) if deed is not None else metric
        purpose = _given_purpose(governor, token) if deed is None else None
        metric = _purpose_term(purpose) if purpose is not None else metric
    return (metric, q.value * factor, unit) if metric else None


ORDERED_TERM = "срок, чтобы"  # the time an order gives a deed: a target, as the deed is due
_GIVING = {"дать", "давать", "предоставить", "предоставлять", "отвести", "отводить"}


def _given_deed(verb: Token, unit: Token) -> Token | None:
    """The infinitive of a "чтобы"-purpose of a verb of giving whose object the term is: "Дипломату
    дали 72 часа, [чтобы покинуть] страну", "дал послу 72 часа на то, чтобы покинуть страну" —
    the time an ultimatum gives for a deed, as an order's; None for another verb, a term that
    is no object of it, or no such purpose ("дали им два дня на размышление")."""
    if verb.lemma_ not in _GIVING or unit.head.i != verb.i or unit.dep_ != "obj":
        return None
    that = [c for c in verb.children if c.lemma_ == "тот" and preposition(c) == "на"]
    for owner in (verb, *that):  # "на то, чтобы …": the purpose hangs on "то"
        for c in owner.children:
            infinitive = "Inf" in c.morph.get("VerbForm") and c.i > unit.i
            if infinitive and any(m.dep_ == "mark" and m.lower_ == "чтобы" for m in c.children):
                return c
    return None


def _given_purpose(verb: Token, unit: Token) -> Token | None:
    """The noun after "на" a verb of giving gives the term for: "дали 48 часов [на выезд]",
    "на эвакуацию отведено 10 дней"; None for another verb, a term that is no object of it,
    "на то, чтобы …" (a deed, `_given_deed`), or no such noun ("продлили режим на 30 дней")."""
    # "дала Непалу 10 лет на …": the parser may make the bare object an oblique
    given = unit.dep_ in ("obj", "nsubj:pass") or (unit.dep_ == "obl" and not has_preposition(unit))
    if verb.lemma_ not in _GIVING or unit.head.i != verb.i or not given:
        return None
    for c in (*verb.children, *unit.children):
        if c.dep_ not in ("obl", "nmod") or c.pos_ != "NOUN" or c.lemma_ in UNITS:
            continue
        if preposition(c) == "на" and "Acc" in c.morph.get("Case") and not is_animate(c):
            return c
    return None


def _purpose_term(purpose: Token) -> str:
    """ "срок выезда из страны": the term named by what it is given for, with the words the
    text hangs after that noun up to a name ("на эвакуацию граждан Перу" → срок эвакуации
    граждан: whose it is the claim's states tell)."""
    after = purpose.doc[purpose.i + 1 : purpose.right_edge.i + 1]
    tail = list(takewhile(lambda t: t.pos_ != "PROPN", after))
    while tail and tail[-1].pos_ == "ADP":
        tail.pop()
    return " ".join(["срок", _genitive_word(purpose), *(t.text for t in tail)])


_EXPIRY = {"истечение", "окончание"}
_OWNERS = {"его", "её", "ее", "их"}
NOTICE_TERM = "срок уведомления"


def _notice(unit: Token, sent: Span) -> str | None:
    """A time right before "до истечения/окончания срока" of a document in force ("может
    быть расторгнут не позднее трёх месяцев до истечения срока", "за год до окончания срока
    его действия") is the notice one gives ahead of the expiry, "срок уведомления", not the
    document's term; so is one "до его истечения" in a sentence of a document. A term of no
    document ("за 100 дней до истечения срока полномочий", "до истечения моратория") is not."""
    words = [
        t for t in unit.doc[unit.i + 1 : sent.end] if t.lower_ not in _OWNERS and t.lemma_ != "свой"
    ]  # "до истечения его срока", "срока своих полномочий"
    if len(words) < 2 or words[0].lower_ != "до" or words[1].lemma_ not in _EXPIRY:
        return None
    expired = words[2] if len(words) > 2 else None
    if expired is None or expired.lemma_ != "срок":  # "до его истечения": a document's
        bare = expired is None or not is_noun(expired)
        documents = any(_kinds().get(t.lemma_) == "действие" for t in sent)
        return NOTICE_TERM if bare and documents else None
    of = words[3:5]
    if of and of[0].lemma_ == "действие":
        of = of[1:]  # "срока действия договора", "срока его действия"
    if of and is_noun(of[0]) and _kinds().get(of[0].lemma_) != "действие":
        return None
    return NOTICE_TERM


def told_of_a_thing(ctx: Context, q: Quantity) -> bool:
    """A duration adjective of a noun inside another noun's phrase ("работы из [трёхмесячной]
    стажировки") tells what that thing was, so the clause's mood ("можно будет увидеть")
    is no status of it."""
    if q.kind == "amount" or not is_duration(q):
        return False
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    noun = span[-1].head if span is not None and span[-1].dep_ == "amod" else None
    return noun is not None and noun.dep_ == "nmod" and noun.head.pos_ == "NOUN"


def _clock_time(span: Span, unit: Token, value: Decimal) -> bool:
    """ "Около 12 часов у дома … машина пересекла полосу": hours about which one act happened
    are a time of day; how long takes a verb that lasts ("длились около 12 часов",
    "проработал около 10 часов")."""
    verb = unit.head
    return (
        unit.lemma_ == "час"
        and value <= 24
        and span[0].lower_ == "около"
        and verb.pos_ == "VERB"
        and "Perf" in verb.morph.get("Aspect")
        and not verb.lemma_.startswith("про")
    )


def _offset(span: Span, unit: Token, sent: Span) -> bool:
    """Time units a word of earlier or later follows ("Пятью днями ранее посол вручил
    грамоты", "на 10 лет позже, чем планировалось") say how far one event is from another:
    no term of anything the sentence names. A noun's "на N лет" stays its term where the
    word is an adverb on the verb right after it ("Контракт на 30 лет ранее подписали",
    "сроком на 20 лет позднее был продлён"), not where it compares ("контракт на 30 лет
    позже, чем планировалось", "позже запланированного")."""
    doc = unit.doc
    after = doc[unit.i + 1] if unit.i + 1 < sent.end else None
    if after is None or after.lower_ not in _OFFSET_WORDS:
        return False
    verb = doc[after.i + 1] if after.i + 1 < sent.end else None
    on_verb = verb is not None and (verb.pos_ == "AUX" or is_finite(verb))
    return not on_verb or not _noun_term(span, sent)


def _noun_term(span: Span, sent: Span) -> bool:
    """Whether "на" and a noun of something that lasts before it lead the figure:
    "контракт на 30 лет", "сроком на 20 лет" — a term of that noun (term_metrics.tsv, or
    "срок"), where a verb's "на N лет позже" is a shift, and so is one after any other noun
    ("выборы на два года раньше назначил": the elections are no term)."""
    doc, i = span.doc, span.start - 1
    if i <= sent.start or doc[i].lower_ != "на" or doc[i - 1].pos_ != "NOUN":
        return False
    return doc[i - 1].lemma_ == "срок" or doc[i - 1].lemma_ in _counted_kinds()


def _ago(unit: Token, sent: Span) -> str | None:
    """ "срок": how long ago something happened, when the text counts it ("отпустили
    приблизительно восемь месяцев назад", "побег был совершён около двенадцати лет
    назад"): the tuning gold reads a counted time ago as a span since the event. A time
    ahead or after ("через два года", "три десятилетия спустя") stays no claim."""
    after = unit.doc[unit.i + 1] if unit.i + 1 < sent.end else None
    return "срок" if after is not None and after.lower_ == "назад" else None


def _how_long(span: Span, unit: Token, sent: Span) -> str | None:
    """ "срок": how long an act or state the sentence names lasts, where no listed word
    names it: "две недели живёт в транзитной зоне", "занимавший пост в течение 9 лет",
    "после 45 лет брака", "спустя неделю после отставки"; never a time ago ("30 лет
    назад"), nor a time of the calendar ("в ближайшие 10 лет", "в 90-х годах")."""
    doc = unit.doc
    i = span.start - 1
    while i >= sent.start and (
        doc[i].pos_ in ("ADJ", "DET", "NUM") or doc[i].lower_ in {"и", ",", "или"}
    ):  # "в течение [последних] пяти лет", "в 70 [и] 75 лет"
        if _period_word(doc[i]) and not _lasting_till_now(doc[i], unit, sent):
            return None  # "за последние 30 лет", "в ближайшие 10 лет"
        i -= 1
    before = doc[i] if i >= sent.start else None
    after = doc[unit.i + 1] if unit.i + 1 < sent.end else None
    if after is not None and (_period_word(after) and not _spent_over(after) or _of_a_year(after)):
        return None  # "30 лет назад", "три года спустя", "за 5 месяцев этого года"
    if any(_period_word(t) for t in doc[span.end : unit.i]):
        return None  # "в течение двух первых недель": a stretch of the calendar
    if after is not None and after.lemma_ in _EVENTS and "Gen" in after.morph.get("Case"):
        return None  # "три дня визита": how long an event lasts is the event's
    if before is not None and before.pos_ == "ADP" and before.lower_ not in _HOW_LONG_PREP:
        return None  # also "через два года": when, not how long
    if before is not None and before.lemma_ in _ELAPSED:
        return None  # "по прошествии двадцати лет", "по истечении трёх лет": when it was
    head = _governor(unit, span)
    first = before is not None and before.i > sent.start and before.nbor(-1).lemma_ in _FIRST
    if before is not None and before.lower_ == "за" and not first and _sum_on(head, sent):
        return None  # "за 9 месяцев товарооборот составил 6 млрд долларов": its period
    if before is not None and before.lower_ == "за" and _nth_within(head):
        return None  # "второе нападение за три года": the span bounds a count, no term
    if before is not None and before.lower_ == "за" and _became(head):
        return None  # "за 22 года учения превратились в …": a frame of a judgment, no term
    if before is not None and before.lower_ == "за" and not first and _changed(head):
        return None  # "за 12 лет число школ выросло до 40": the span of the change, no term
    if _age(head, unit, span, sent) or any(
        c.dep_ == "nsubj" and c.lemma_ in _EVENTS for c in head.children
    ):
        return None  # "визит продлится три дня": how long an event lasts is the event's
    if head.pos_ in ("VERB", "AUX") or (head.pos_ == "NOUN" and copular(head)):
        return "срок"  # also a state a noun names: "четыре года был послом"
    thing = head.pos_ == "NOUN" and not is_animate(head)
    return "срок" if thing and head.i < unit.i and head.lemma_ not in UNITS else None


def _changed(verb: Token) -> bool:
    """A verb of change (claim_words.tsv `growth`, `fall`, `reduction`): a time "за" on it
    ("за 12 лет число школ выросло до 40", "за пять лет сократилось до 20") is how long the
    change took, the span of the level it reached, no term of anything; a deed counted
    beside the time ("за 12 лет построено 40 школ") keeps its term."""
    return verb.pos_ == "VERB" and verb.lemma_ in _CHANGES


def _became(verb: Token) -> bool:
    """A verb of becoming with what its subject became (claim_words.tsv `becoming`): a "в"
    phrase ("превратились в одно из главных событий", "вырос в крупный центр") or an
    instrumental ("стал одним из крупнейших"). The time "за" it only frames that judgment;
    a change "в три раза" is a figure's, whose time is its period (`_sum_on`)."""
    if verb.lemma_ not in _BECOMING:
        return False
    said = [c for c in verb.children if c.dep_ in ("obl", "xcomp")]
    said += [n for c in verb.children if c.dep_ == "obj" for n in c.children if n.dep_ == "nmod"]
    return any(_became_what(c) for c in said)  # "превратила завод [в лидера]": on the object


def _became_what(word: Token) -> bool:
    """What a verb of becoming made its subject: "в" + accusative, no "раз", or a bare
    instrumental."""
    cases = {c.lower_ for c in word.children if c.dep_ == "case"}
    if cases == {"в"}:
        return "Acc" in word.morph.get("Case") and word.lemma_ != "раз"
    return not cases and "Ins" in word.morph.get("Case")


def _nth_within(head: Token) -> bool:
    """A time "за" on an ordinal past the first ("второе нападение за три года", "в третий
    раз за пять лет"): the span only bounds how many times it happened, no term of anything;
    "первый за 11 лет" stays a term (the tuning gold reads it so)."""
    return any(
        t.lemma_ != "первый" and any("Anum" in p.tag for p in morph().parse(t.lower_))
        for t in (head, *(c for c in head.children if c.dep_ == "amod"))
    )


def _governor(unit: Token, span: Span) -> Token:
    """The word a duration's unit hangs on, past the comparative of its bound, which the
    parser makes its head ("вернуть долг [не позднее] 14 дней", "находиться [не дольше] 30
    дней"): the verb or noun the bounded time is of."""
    head = unit.head
    # a Token is made anew on each access, so the root is told by its index, not `is`
    while span.start <= head.i < span.end and head.head.i != head.i:
        head = head.head
    return head


def _spent_over(after: Token) -> bool:
    """A "за" after a duration with a count of what the time was spent over: "540 дней [за
    три экспедиции]"; "30 лет за кибермошенничество" (a punishment) is none."""
    nxt = after.nbor(1) if after.i + 1 < len(after.doc) else None
    return after.lower_ == "за" and nxt is not None and (nxt.like_num or nxt.pos_ == "NUM")


def _lasting_till_now(word: Token, unit: Token, sent: Span) -> bool:
    """ "живёт в США последние пять лет": a bare "последние N лет" on a verb of the present
    tense says how long a state has lasted; with a preposition ("за последние 30 лет"), on
    a change ("последние пять лет экспорт растёт") or beside a sum it is a stretch of time."""
    verb = unit.head
    if word.lemma_ != "последний" or has_preposition(unit) or verb.pos_ != "VERB":
        return False
    present = "Pres" in verb.morph.get("Tense") and "Imp" in verb.morph.get("Aspect")
    return present and verb.lemma_ not in _CHANGES and not _sum_on(verb, sent)


def _lasting(unit: Token, span: Span) -> str | None:
    """ "Подготовка космонавтов продлится 18 месяцев" → "продолжительность подготовки
    космонавтов": a verb of lasting says how long its subject lasts; an event's own length
    is no claim (`_how_long`), nor a pronoun's ("это займёт 18 месяцев" stays "срок")."""
    verb = _governor(unit, span)
    while verb.pos_ == "NOUN" and verb.dep_ == "obl":  # "в течение [двух] часов"
        verb = verb.head
    if verb.lemma_ not in _LASTING:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_ in _EVENTS:
        return None
    of = _genitive_child(subject)
    words = [_genitive_word(subject)] + (
        [of.text] if of is not None and of.i == subject.i + 1 else []
    )
    return "продолжительность " + " ".join(words)


def _amounted(unit: Token) -> str | None:
    """ "Налёт пилотов составил 1200 часов" → "налёт пилотов": a thing a verb of amounting
    or reaching ("превысил 200 часов") gives a time is what the time measures, not a bare
    "срок"; an event's subject ("визит составил три дня") and an age ("предельный возраст
    составляет 60 лет") are left to `_how_long`."""
    verb = unit.head
    if verb.lemma_ not in GIVING_LEVEL or unit.dep_ != "obj":
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or not is_noun(subject) or subject.lemma_ in _EVENTS | _AGE_WORDS:
        return None  # the tagger reads "Налёт" as an adjective at times
    if subject.lemma_ == "срок" or is_animate(subject) or "Gen" in subject.morph.get("Case"):
        return None  # "срок составил": a term, `_metric`'s; "[Простой] судов": a misparse
    of = _genitive_child(subject)
    return " ".join(
        [subject.lower_] + ([of.text] if of is not None and of.i == subject.i + 1 else [])
    )


def _sum_on(verb: Token, sent: Span) -> bool:
    """Whether a verb's clause gives a sum of money, a percent, a change or a total told
    with a scale word: a bare "за N месяцев" there is the figure's period ("за 9 месяцев
    экспорт вырос на 8 %", "за 8 месяцев посетили 5,1 млн туристов"), while beside a plain
    count it is a term ("за 18 лет в НХЛ сыграл 1200 матчей"). A participle's clause is
    that of the noun it describes ("число туристов, посетивших … за 9 месяцев, достигло")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    inside = {t.idx for t in _described_clause(verb).subtree}
    return any(
        _total(q) and sent.start_char + q.start in inside for q in find_quantities(span_text(sent))
    )


def _described_clause(verb: Token) -> Token:
    """The verb of the clause whose subject a participle describes ("число туристов,
    посетивших …, достигло"), else the noun it describes, which may be the sum itself ("5
    млрд долларов, полученных от Катара за два года", "долг в 8 млрд долларов, набранный за
    четыре года"); a verb that is no participle is itself."""
    if verb.dep_ != "acl" or "Part" not in verb.morph.get("VerbForm"):
        return verb
    noun = verb.head
    while noun.dep_ == "nmod":
        noun = noun.head
    return noun.head if noun.dep_ in SUBJECTS else noun


def _total(q: Quantity) -> bool:
    """A figure that a reporting period frames: money, a percent, a change or a scaled total."""
    return q.unit == "percent" or is_currency(q.unit) or q.kind == "change" or scaled(q)


def _of_a_year(t: Token) -> bool:
    """ "этого", "текущего", "прошлого года", "2024 года" after a count of months: a part
    of the calendar year, the period of a figure, not how long something lasts."""
    if t.lemma_ in ("этот", "это", "текущий"):
        return True
    year = t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_ == "год"
    return year and (re.fullmatch(r"(?:19|20)\d\d", t.text) is not None or t.lemma_ in _YEAR_ADJ)


def _period_word(t: Token) -> bool:
    """ "последних", "ближайших" (which the lemmatizer may give as "близкий"), "назад"."""
    return t.lemma_ in _PERIOD_WORDS or morph().normal_form(t.lower_) in _PERIOD_WORDS


def _age(head: Token, unit: Token, span: Span, sent: Span) -> bool:
    """An age: "исполнится 43 года", "в моём возрасте (60 лет)", "предельный возраст
    составляет 60 лет", "ему было 50 лет", "которому сейчас 23 года", "В. Зубкову уже 70
    лет"."""
    if head.lemma_ in _AGE_WORDS:
        return True
    window = span.doc[max(sent.start, span.start - 4) : span.start]
    if any(t.lemma_ in _AGE_WORDS for t in [*window, *head.children]):
        return True  # also "ему исполнилось уже 86 лет" where the parser hangs the years elsewhere
    if head.lemma_ == "быть" and unit.dep_ == "nsubj":
        return True  # "тогда Рено было 54 года"
    near = []
    for t in reversed(window):
        if t.is_punct:
            break
        near.append(t)
    if any(t.pos_ == "PRON" and "Dat" in t.morph.get("Case") for t in near):
        return True  # "родилась в 1992 году, сейчас ей 26 лет", however the parse hangs it
    if any(_bare_dative(c) for c in unit.children):
        return True  # "главе государства на настоящий момент 86 лет": years of their own clause
    if head.pos_ in ("VERB", "AUX") and head.lemma_ != "быть":
        return False  # "отдала службе более 30 лет"
    return any(
        "Dat" in t.morph.get("Case") and t.pos_ in ("PRON", "PROPN", "NOUN") for t in near
    ) or any("Dat" in c.morph.get("Case") for c in [*head.children, *unit.children])


def _bare_dative(t: Token) -> bool:
    """A person's noun in the dative with no preposition: whose years they are."""
    return (
        t.pos_ in ("NOUN", "PROPN", "PRON")
        and "Dat" in t.morph.get("Case")
        and not has_preposition(t)
    )


def _is_term(span: Span, unit: Token, sent: Span) -> bool:
    """Not a period of time: no "за/через/последние … лет", "… лет назад"."""
    doc = span.doc
    i = span.start - 1
    while i >= sent.start and (doc[i].pos_ == "NUM" or doc[i].lower_ in {"и", ",", "или"}):
        i -= 1  # "на 20 и 10 лет": the second number shares the first's preposition
    before = doc[i] if i >= sent.start else None
    if before is not None and before.lower_ == "в" and _after_term(before, sent):
        return True  # "на срок в пять лет", "сроком в 20 лет"
    if before is not None and before.pos_ == "ADP" and before.lower_ not in _ALLOWED_PREP:
        return False
    if before is not None and before.lower_ == "в":
        return False  # "в ближайшие 10 лет", "в 90-х годах"
    window = [t for t in doc[max(sent.start, span.start - 3) : span.start]]
    after = doc[unit.i + 1] if unit.i + 1 < sent.end else None
    return not (
        any(t.lemma_ in _PERIOD_WORDS for t in [*window, *span])
        or (after is not None and after.lemma_ in _PERIOD_WORDS and not _notice_after(after, sent))
    )


def _notice_after(word: Token, sent: Span) -> bool:
    """Whether `word` opens a notice ahead of an expiry ("продлили соглашение на три года
    [за] месяц до истечения его срока"): that "за" times the act, not the term before it."""
    return word.lower_ == "за" and word.head.i > word.i and _notice(word.head, sent) is not None


def _after_term(prep: Token, sent: Span) -> bool:
    """The preposition right after "срок" ("на срок в пять лет"): its years are a term, where
    a bare "в" before years ("в ближайшие 10 лет") is a time of the calendar."""
    return prep.i > sent.start and prep.nbor(-1).lemma_ == "срок"


def _following_noun(unit: Token, sent: Span) -> Token | None:
    """The word right after a duration's unit, past adjectives: "до пяти лет [тюремного]
    заключения" names the prison term as "до пяти лет тюрьмы" does."""
    i = unit.i + 1
    while i < sent.end - 1 and unit.doc[i].pos_ == "ADJ":
        i += 1
    return unit.doc[i] if i < sent.end else None


def _metric(unit: Token, span: Span, sent: Span) -> str | None:
    """What a duration measures, from the words and dependencies around it."""
    kinds = _counted_kinds()
    doc = unit.doc
    following = _following_noun(unit, sent)
    if following is not None and kinds.get(following.lemma_) == "заключение":
        return PRISON_TERM  # "шесть лет колонии", "годам лишения свободы"
    before = doc[max(sent.start, span.start - 4) : span.start]
    if any(kinds.get(t.lemma_) == "заключение" and t.pos_ == "VERB" for t in before):
        return PRISON_TERM  # "приговорил … к 12 годам", "осуждены на 20 и 10 лет"
    term = next((t for t in [*before[-3:], unit.head] if t.lemma_ == "срок"), None)
    if term is not None:
        return _of_noun(term, sent)
    heads = [_governor(unit, span)]
    if heads[0].dep_ in ("xcomp", "conj"):
        heads.append(heads[0].head)
    verb = _verb_before(span, sent)
    if verb is not None and _past_a_comma(unit):
        heads = [verb]  # "сотрудничал … в течение 3 лет, был приговорён": the collaboration's
    elif verb is not None:
        heads.append(verb)  # the parser may hang "в течение двух лет" on a far verb
    for head in heads:
        if head.pos_ == "NOUN" and head.lemma_ in kinds:
            return _name(head)
        if head.pos_ in ("VERB", "AUX"):
            if kinds.get(head.lemma_) == "заключение":
                return PRISON_TERM
            served = _served_in(head) or _worked(head, sent)
            if served:
                return served
            for child in head.children:
                if child.dep_ in _SUBJECT_OBJECT and child.lemma_ in kinds:
                    return _name(child)
    return None


_BOUNDS = {"от", "до"}
_THREATS = {"грозить", "угрожать"}


def _bounded_sentence(span: Span, unit: Token, sent: Span) -> str | None:
    """A term with a bound ("от 8 до 20 лет", "до 30 лет") that a sentence or its term
    governs: "лишение свободы на срок от 5 до 10 лет", "грозит до 15 лет тюрьмы", "ему грозит
    до 30 лет за заговор" → "срок заключения" (or the term "срок" names); "от 5 до 10 лет" of
    anything else stays no claim ("дети от 7 до 14 лет")."""
    doc = span.doc
    i = span.start - 1
    bounded = False
    while i >= sent.start and (doc[i].lower_ in _BOUNDS or doc[i].like_num):
        bounded = bounded or doc[i].lower_ in _BOUNDS
        i -= 1
    if not bounded or i < sent.start:
        return None
    before = doc[i]
    following = _following_noun(unit, sent)
    if following is not None and _kinds().get(following.lemma_) == "заключение":
        return PRISON_TERM  # "до 15 лет тюрьмы", "до пяти лет тюремного заключения"
    if before.lemma_ == "срок":
        return _of_noun(before, sent)  # "лишение свободы на срок от 8 до 20 лет"
    if _punishment(before):
        return PRISON_TERM  # "карается лишением свободы до пяти лет", "арестом до 15 суток"
    if before.lemma_ in _THREATS or (before.pos_ == "PRON" and before.head.lemma_ in _THREATS):
        return PRISON_TERM  # "ему грозит до 30 лет за заговор"
    if before.text in DASHES_OR_HYPHEN and _aside_on_sentence(doc[sent.start : before.i]):
        return PRISON_TERM  # "… лишением свободы на срок от 5 до 10 лет (сейчас — до 5 лет)"
    return None


def _punishment(word: Token) -> bool:
    """A punishment noun right before a bound ("тюремного заключения до", "колонии от"), or
    the "свободы" of "лишение свободы" (the noun the parser hangs it on, or the word before
    it): the bounded years are its term, where "отсрочку платежей до пяти лет" and "дети до
    14 лет" stay no sentence."""
    kinds = _kinds()
    if is_noun(word) and kinds.get(word.lemma_) == "заключение":
        return True
    if word.lemma_ != "свобода" or word.i == 0:
        return False
    return any(kinds.get(t.lemma_) == "заключение" for t in (word.head, word.nbor(-1)))


def _aside_on_sentence(words: Span) -> bool:
    """Whether `words` end inside brackets opened after a punishment ("лишением свободы …
    (по действующему закону —"): the bracket's bounded term is a sentence too."""
    opened = next((t for t in reversed(words) if t.text in "()"), None)
    if opened is None or opened.text != "(":
        return False
    return any(_kinds().get(t.lemma_) == "заключение" for t in words[: opened.i - words.start])


_ACTIVITY_METRICS = {"работа": "срок", "продолжительность": "продолжительность"}


def _counted_activity(unit: Token, sent: Span) -> str | None:
    """ "за 14 лет работы МУС", "три десятилетия взаимной вражды": the activity or relation
    in the genitive whose length the duration gives ("срок работы МУС", "продолжительность
    взаимной вражды"), its adjectives kept, a relation without its sides; a noun that is its
    own metric right after it is that noun ("20 лет стажа" → "стаж", "10 лет опыта работы")."""
    doc = unit.doc
    k = unit.i + 1
    while k < sent.end - 1 and doc[k].pos_ in ("DET", "ADJ"):
        k += 1  # "6 лет [ее] правления", "20 лет [стратегического] партнёрства"
    nxt = doc[k] if k < sent.end else None
    if nxt is None or "Gen" not in nxt.morph.get("Case") or nxt.head.i != unit.i:
        return None  # "в XXI веке отношения … изменились": a subject, not what lasted
    kind = _kinds().get(nxt.lemma_, "")
    if kind == "сам" and k == unit.i + 1:
        return _of_noun(nxt, sent)  # "более 15 лет стажа" → "стаж", no "срок"
    metric = _ACTIVITY_METRICS.get(kind)
    if metric is None:
        return None
    first = next(i for i in range(unit.i + 1, k + 1) if doc[i].pos_ != "DET")
    adjectives = " ".join(t.text for t in doc[first:k])
    # a relation's sides ("брака с супругой", "вражды между Чили и Перу") are no metric words
    words = _with_complements(nxt, sent) if metric == "срок" else nxt.text
    return " ".join(w for w in (metric, adjectives, words) if w)


_TIME_AMOUNTS = {"налет", "стаж", "выслуга"}  # nouns that are an amount of time themselves
_HEDGES = {"более", "свыше", "около", "почти", "менее", "порядка", "примерно", "не"}


_LENGTH_NOUNS = {"длительность", "продолжительность"}


def _length_of(span: Span, unit: Token, sent: Span) -> str | None:
    """ "видео длительностью около трёх минут" → "длительность видео": a thing's length
    that an instrumental "длительностью/продолжительностью" gives is that noun's metric,
    not the bare "срок" of an act. The length noun is the unit's head, or the word right
    before the figure (past a hedge) where the parser hangs the unit on the verb ("На видео
    длительностью около трёх минут выступает министр"); the thing is the noun the
    attributes before the length qualify, whichever of them the parser hangs it on, or that
    of the word before it where the parser hangs it on a verb or a noun after it ("видео с
    логотипом агентства Amaq длительностью около двух минут выступает молодой человек" →
    длительность видео)."""
    length = unit.head
    if length.lemma_ not in _LENGTH_NOUNS:
        i = span.start - 1
        while i > sent.start and span.doc[i].lower_ in _HEDGES:
            i -= 1
        length = span.doc[i] if i >= sent.start else unit
    if length.lemma_ not in _LENGTH_NOUNS or "Ins" not in length.morph.get("Case"):
        return None
    thing = length.head
    if not (thing.pos_ in ("NOUN", "PROPN") and thing.i < length.i) and length.i > sent.start:
        thing = length.nbor(-1)  # "видео с логотипом МИД Египта длительностью" on the verb
    while (
        thing.dep_ in ("nmod", "appos")
        and thing.head.pos_ in ("NOUN", "PROPN")
        and thing.head.i < thing.i
    ):
        thing = thing.head  # "видео [с логотипом агентства] длительностью": the video's
    if thing.pos_ != "NOUN" or thing.i >= length.i or is_animate(thing):
        return None
    return f"{length.lemma_} {_genitive_word(thing)}"


def _time_noun(span: Span, sent: Span) -> str | None:
    """ "имевший налёт 2500 часов" → "налёт", "с налётом более 10 тысяч часов", "стаж 20
    лет": a noun that is an amount of time right before the figure it governs names it, no
    bare "срок" (as "20 лет стажа" after it does)."""
    doc, i = span.doc, span.start - 1
    while i > sent.start and doc[i].lower_ in _HEDGES:
        i -= 1
    if i < sent.start or doc[i].lemma_.lower().replace("ё", "е") not in _TIME_AMOUNTS:
        return None
    return morph().nominative(doc[i].text).lower()


def _office_term(span: Span, unit: Token, sent: Span) -> str | None:
    """ "генсек на ближайшие два года будет назначен", "избран на пять лет": the term of
    office of the verb's subject."""
    doc = unit.doc
    i = span.start - 1
    while i >= sent.start and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1  # "на ближайшие два года"
    if i < sent.start or doc[i].lower_ != "на":
        return None
    verb = next((t for t in [unit.head, unit.head.head] if _kinds().get(t.lemma_) == "полномочия"),
                None)  # fmt: skip
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return "срок полномочий"
    return f"срок полномочий {_genitive_word(subject)}"


def _changed_term(span: Span, unit: Token, sent: Span) -> str | None:
    """ "срок полномочий президента увеличился с пяти до семи лет": the two ends of a change
    of a term are its values."""
    doc = unit.doc
    if span.start <= sent.start or doc[span.start - 1].lower_ not in ("с", "до"):
        return None
    verb = next((a for a in list(unit.ancestors)[:3] if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ not in _CHANGES:
        return None  # "ему грозит срок до 70 лет" is no change of a term
    term = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_ == "срок"), None)
    term = term or _term_subject(verb, sent)
    return _of_noun(term, sent) if term is not None else None


def _term_subject(verb: Token, sent: Span) -> Token | None:
    """A nominative "срок" before a verb of change with no other verb between, which the
    parser hung elsewhere: "В числе прочих изменений срок полномочий увеличился …"."""
    for t in reversed(verb.doc[sent.start : verb.i]):
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.lemma_ == "срок" and "Nom" in t.morph.get("Case") and not has_preposition(t):
            return t
    return None


def _since(span: Span, unit: Token, sent: Span) -> str | None:
    """A time counted from an event: "через 30 дней после оповещения", "с момента
    оповещения … прошло 30 дней" → "срок после оповещения"."""
    doc = unit.doc
    before = doc[span.start - 1] if span.start > sent.start else None
    after = doc[unit.i + 1] if unit.i + 1 < sent.end else None
    event = None
    later = before is not None and before.lower_ in ("через", "спустя")
    if later and after is not None and after.lower_ == "после" and unit.i + 2 < sent.end:
        # "спустя неделю после [неожиданной] отставки", "через 55 лет после [его] убийства":
        # the event past its adjectives and its owner's pronoun
        event = next(
            (
                t
                for t in doc[unit.i + 2 : min(sent.end, unit.i + 5)]
                if t.pos_ != "ADJ" and not possessive_pronoun(t)
            ),
            None,
        )
    if event is None and unit.head.lemma_ == "пройти":
        moment = next((t for t in doc[sent.start : span.start] if t.lemma_ == "момент"), None)
        event = doc[moment.i + 1] if moment is not None and moment.i + 1 < span.start else None
    if event is None or event.pos_ != "NOUN":
        return None
    return f"срок после {_genitive_word(event)}"


def _with_complements(noun: Token, sent: Span) -> str:
    """A noun and the genitive and prepositional phrases after it, as written: "работы
    МУС", "опыт работы в газовой отрасли"."""
    end = noun.i + 1
    for t in noun.doc[noun.i + 1 : min(sent.end, noun.i + 8)]:
        if _stops_phrase(t):
            break  # also the duration itself: "руководит партией [более 20 лет]"
        if not any(a.i == noun.i for a in t.ancestors):
            break
        end = t.i + 1
    return " ".join(t.text for t in noun.doc[noun.i : end])


def _stops_phrase(t: Token) -> bool:
    """A word that opens another clause or item, not a participle a preposition makes a
    noun of ("траур по [погибшим]")."""
    if t.pos_ == "VERB" and is_participle(t) and has_preposition(t):
        return False
    return t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "NUM", "ADV") or t.like_num


def _genitive_word(noun: Token) -> str:
    """A noun in the genitive, in its number: "генсек" → "генсека"."""
    plural = "Plur" in noun.morph.get("Number")
    parse = next((p for p in morph().parse(noun.lower_) if p.tag.POS == "NOUN"), None)
    form = parse.inflect({"gent", "plur" if plural else "sing"}) if parse else None
    return form.word if form else noun.lower_


def _worked(verb: Token, sent: Span) -> str | None:
    """ "руководит КПРФ более 20 лет" → "срок руководства КПРФ", "в течение пяти лет
    работал в Индии" → "срок работы": how long someone worked or led, with what."""
    kind = _kinds().get(verb.lemma_, "")
    if not kind.startswith("срок "):
        return None
    led = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")
                and not _across_clause(c, verb)), None)  # fmt: skip
    return f"{kind} {_with_complements(led, sent)}" if led is not None else kind


def _across_clause(word: Token, verb: Token) -> bool:
    """A mark between a word and the verb the parse hangs it on: "завод, выпускавший
    аппаратуру, где проработала 35 лет" — the object is another clause's."""
    lo, hi = sorted((word.i, verb.i))
    return any(t.is_punct for t in word.doc[lo:hi])


def _served_in(verb: Token) -> str | None:
    """ "провёл в тюрьме 27 лет": time spent in a place of punishment → "срок в тюрьме"; not a
    place the parse hangs on the verb past a comma ("работал на разведку в течение 8 лет, был
    приговорен к 13 годам в тюрьме": the prison is the sentence's)."""
    for c in verb.children:
        if _across_clause(c, verb):
            continue
        prep = next((x for x in c.children if x.dep_ == "case"), None)
        if _kinds().get(c.lemma_) == "заключение" and prep is not None and prep.lower_ == "в":
            return f"срок в {c.text.lower()}"
    return None


def _past_a_comma(unit: Token) -> bool:
    """A duration the parse hangs on a verb after it past a comma ("сотрудничал с разведкой в
    течение 3 лет, был приговорён к 14 годам"): the verb of its own clause, before it, is what
    lasted, never the later verb (no term of a sentence)."""
    head = unit.head
    return head.i > unit.i and any(t.is_punct for t in unit.doc[unit.i + 1 : head.i])


def _verb_before(span: Span, sent: Span) -> Token | None:
    """The verb of the words right before a duration, when no comma parts them."""
    for t in reversed(span.doc[sent.start : span.start]):
        if t.is_punct:
            return None
        if t.pos_ == "VERB":
            return t
    return None


def _of_noun(noun: Token, sent: Span) -> str | None:
    """The metric of a term noun: "срок" and what it is the term of, or a listed noun."""
    kinds = _kinds()
    if kinds.get(noun.lemma_) == "сам":  # "15-летний опыт работы в газовой отрасли"
        first = morph().nominative(noun.text)
        return " ".join([first, *_with_complements(noun, sent).split()[1:]])
    if noun.lemma_ != "срок":
        return _name(noun) if noun.lemma_ in kinds else None
    if any(kinds.get(t.lemma_) == "заключение" for t in sent):
        return PRISON_TERM  # "отбывает семилетний срок" in a sentence about a conviction
    owner = noun.head
    if owner.i != noun.i and owner.pos_ == "NOUN" and owner.lemma_ in kinds:
        return _name(owner)  # "кредит сроком на 20 лет"
    if owner.pos_ in ("VERB", "AUX"):  # "соглашение подписано сроком на пять лет"
        for child in owner.children:
            if child.dep_ in _SUBJECT_OBJECT and child.lemma_ in kinds:
                return _name(child)
    of = _genitive_child(noun)
    if of is not None and of.lemma_ == "действие":
        of = _genitive_child(of) or of  # "срок действия договора"
    if of is not None and of.lemma_ in kinds:
        return _name(of)
    if of is None:
        return "срок"
    chain = [of.text.lower()]  # "срок полномочий президента": the genitives that follow
    nxt = _genitive_child(of)
    while nxt is not None and nxt.i == of.i + 1 and len(chain) < 3:
        chain.append(nxt.text)
        of, nxt = nxt, _genitive_child(nxt)
    return "срок " + " ".join(chain)


def _genitive_child(noun: Token) -> Token | None:
    """The genitive noun a noun governs: "срок [действия]", "действия [договора]"."""
    return next((t for t in noun.rights if t.pos_ == "NOUN" and "Gen" in t.morph.get("Case")
                 and t.lemma_ not in UNITS), None)  # fmt: skip


def _name(noun: Token) -> str:
    """ "срок действия договора", "срок кредита", "продолжительность сотрудничества"."""
    kind = _kinds()[noun.lemma_]
    if kind == "заключение":
        return PRISON_TERM
    if kind == "сам":  # "стажировка сроком на три месяца"
        return morph().nominative(noun.text)
    # "отношений": the tagger errs on the number, the dictionary does not.
    plural = morph().parse(noun.lower_)[0].tag.number == "plur"
    parse = next((p for p in morph().parse(noun.lemma_) if p.tag.POS == "NOUN"), None)
    form = parse.inflect({"gent", "plur"} if plural else {"gent"}) if parse else None
    genitive = form.word if form else noun.lemma_
    prefix = {"действие": "срок действия", "срок": "срок", "работа": "срок"}.get(kind, kind)
    return f"{prefix} {genitive}"
