"""Days counted from another event ("обсудили в Найроби строительство дороги, а на следующий
день открыли бизнес-форум", "… провели переговоры. Днём позже они открыли форум"): the event
of the clause a count of days sets ("на следующий день", "через два дня", "спустя сутки",
"днём позже") is that many days after the one day the events told before it in the sentence
have (else those of the sentence before), where the text gives that day; where it gives
none, the event has no day, not the news day the dateline gives what it reports.

Fifty-first pass (h-events138). An event "накануне" a named one is on the day before that
one's, where the text gives it (`eve_days`, fifty-second pass, h-events144).
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LEMMA
from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.doc_text import token_strings
from kg.extract.common.dates import days_after, months_after
from kg.extract.common.number_words import count_forms
from kg.extract.events.hit import Hit
from kg.extract.events.words import is_role
from kg.nlp.deps import preposition, verb_above

_UNITS = frozenset({"день", "сутки"})
_AFTER = frozenset({"через", "спустя"})  # "через два дня", "спустя сутки"
_NEXT = frozenset({"следующий", "другой"})  # "на следующий день", "на другой день"
_LATER = frozenset({"позже", "позднее", "спустя"})  # "днём позже", "двумя днями позднее"
_VERBS = frozenset({"VERB", "AUX"})
_LAPSES = _UNITS | {"неделя", "месяц", "год"}  # "через неделю после саммита"
_DAYS = {"день": 1, "сутки": 1, "неделя": 7}  # the days of a unit counted from a named event
_MONTH = "месяц"  # counted from a named event in calendar months ("через два месяца после")
_BOUNDED = frozenset({"с", "до", "к"})  # "с момента подписания", "ко дню подписания"
# "провели встречу …, а через два дня после переговоров"; "официальный визит … накануне визита"
_FAMILY = {
    "Meeting": "Talks",
    "StateVisit": "Visit",
    "OfficialVisit": "Visit",
    "WorkingVisit": "Visit",
}


@cache
def _counts() -> dict[str, int]:
    """ "два", "двумя", "трое" … to their value: how many days a count tells."""
    return count_forms(1, 10, ("nomn", "accs", "ablt"))


def counted_days(sent: Sentence, hits: list[Hit], prior: list[Hit]) -> None:
    """Dates the hits of the clause a count of days sets, by the day of the events told
    before it (`hits` of this sentence, else `prior`, those of the sentence before), or of
    the event it names ("через неделю после саммита"); where that is no one day the text
    gives, marks them `counted`: no day at all."""
    if not hits:
        return  # most sentences: no Token made for their words
    doc, lemmas = sent.doc, token_strings(sent.doc, LEMMA)  # a `Token` at a unit's word only
    for unit in (doc[i] for i in range(sent.start, sent.end) if lemmas[i] in _LAPSES):
        verb = unit.head
        named = _named(unit, hits)
        shift = _shift(unit) if named is None and unit.lemma_ in _UNITS else _after(unit, named)
        if shift is None or verb.pos_ not in _VERBS:
            continue
        mine = [h for h in hits if verb_above(sent.doc[h.trigger]) == verb and h is not named]
        earlier = [h for h in hits if h not in mine and h.trigger < unit.i]
        told = (earlier or prior) if named is None else _same_told(named, [*hits, *prior])
        days = {h.date for h in told if h.dated_by_text and len(h.date) == 10}
        yearless = any(h.yearless for h in told if h.date in days)
        later = months_after if named is not None and unit.lemma_ == _MONTH else days_after
        for hit in mine:
            if hit.dated_by_text:
                continue
            if len(days) == 1 and shift:
                hit.date, hit.dated_by_text = later(next(iter(days)), shift), True
                hit.yearless = yearless  # "7 марта …, а через два дня": the year by the tense
            else:
                hit.counted = True


def _named(unit: Token, hits: list[Hit]) -> Hit | None:
    """The event a count of time names as what it counts from ("через неделю после саммита",
    "через два дня после переговоров"): the hit of the noun after "после". Fifty-second pass
    (h-events141)."""
    after = {t.i for t in unit.subtree if preposition(t) == "после"}
    return next((h for h in hits if h.trigger in after), None)


def _after(unit: Token, named: Hit | None) -> int | None:
    """How many days after the named event a count tells ("через неделю", "спустя два дня"),
    or months ("через два месяца": calendar months, h-events146), 0 for some ("через
    несколько дней"), 1 for the next day ("на следующий день после выборов", sixty-first
    pass, h-events206); None where there is no such event or count."""
    if named is None or unit.lemma_ not in {*_DAYS, _MONTH}:
        return None
    if preposition(unit) in _AFTER:
        return _count(unit) * _DAYS.get(unit.lemma_, 1)
    return 1 if unit.lemma_ in _UNITS and _next_day(unit) else None


def _next_day(unit: Token) -> bool:
    """ "на следующий день", "на другой день": the day after another moment."""
    return preposition(unit) == "на" and any(
        c.lemma_ in _NEXT for c in unit.children if c.dep_ == "amod"
    )


def counted_from_event(sent: Sentence) -> bool:
    """The sentence's count of days is from an event it names after "после" ("На следующий
    день после выборов он провёл переговоры"): its day is that event's day and more, not
    the day the text told before (sixty-first pass, h-events206)."""
    return any(t.lemma_ == "после" for u in sent if u.lemma_ in _UNITS for t in u.subtree)


def time_bound(noun: Token) -> bool:
    """The event noun is only the moment another act's time is counted from or to ("через
    месяц после подписания", "в течение десяти дней после подписания", "с момента
    подписания", "до подписания"): an event told elsewhere or still to come, none the clause
    tells; not a bare "после подписания", told as held before the act (sixty-ninth pass,
    h-fixA)."""
    prep = preposition(noun)
    if prep == "до":
        return True
    if prep == "после":
        case = next(c for c in noun.children if c.dep_ == "case" and c.lemma_ == prep)
        return case.i > 0 and noun.doc[case.i - 1].lemma_ in _LAPSES  # "месяц после"
    point = noun.head
    return noun.dep_ == "nmod" and is_role(point, "point") and preposition(point) in _BOUNDED


def _same_told(named: Hit, told: list[Hit]) -> list[Hit]:
    """The events told before of the named event's kind (talks or a meeting as one), it
    too: what a count from it counts from; a named event of no day the text gives (none
    told, or told on two days) gives the counted one none."""
    family = _FAMILY.get(named.kind, named.kind)
    return [h for h in told if _FAMILY.get(h.kind, h.kind) == family]


def tells_lapse(verb: Token) -> bool:
    """A word under the verb counts time after another moment ("через два дня", "на следующий
    день", "днём позже", "через неделю после саммита"): the verb's day is reckoned from that
    moment, not a date told before it (h-events141)."""
    return any(
        c.lemma_ in _LAPSES
        and (preposition(c) in _AFTER or c.lemma_ in _UNITS and _shift(c) is not None)
        for c in verb.children
    )


def _shift(unit: Token) -> int | None:
    """How many days after another moment `unit` ("день", "сутки") tells, 0 for some days
    ("через несколько дней": counted, of no day); None where it counts no days after what
    came before (a day of its own, "через два дня после визита": from the visit)."""
    if any(t.lemma_ == "после" for t in unit.subtree):
        return None
    n = _count(unit)
    prep = preposition(unit)
    if prep in _AFTER:
        return n
    if _next_day(unit):
        return 1
    later = [*unit.children, *(c for c in unit.head.children if c.i == unit.i + 1)]
    if not prep and any(c.lower_ in _LATER and c.i > unit.i for c in later):
        return n  # "днём позже", "двумя днями позже"
    return None


def _count(unit: Token) -> int:
    """How many of `unit` its number tells ("через два дня": 2), 1 where none is given
    ("через неделю"), 0 for "несколько"."""
    counted = [c for c in unit.children if c.dep_.startswith("nummod")]
    return _value(counted[0]) if counted else 1


def _value(count: Token) -> int:
    """A count's number of days, 0 where it gives none ("несколько")."""
    word = count.lower_
    return int(word) if word.isdigit() and len(word) < 3 else _counts().get(word, 0)


def eve_days(sent: Sentence, hits: list[Hit], earlier: list[Hit], doc_date: str) -> None:
    """Dates the hits of the clause "накануне" + an event noun sets ("Накануне визита глава
    МИД провёл телефонный разговор") on the day before the one day the text gives the events
    of the named one's kind told before it (`earlier`: the document's hits so far, and this
    sentence's), where no date of its own dates them; a past verb's eve is never after the
    document's day, a future one's never before it. Where the named event has no one day
    the text gives, they keep none (`Hit.eve`: never the news day). Fifty-second pass
    (h-events144)."""
    if not hits:
        return  # most sentences: no Token made for their words
    for eve in (t for t in sent if t.lower_ == "накануне" and t.dep_ == "case"):
        noun, verb = eve.head, eve.head.head
        named = next((h for h in hits if h.trigger == noun.i), None)
        if named is None or verb.pos_ not in _VERBS:
            continue
        mine = [h for h in hits if verb_above(sent.doc[h.trigger]) == verb and h is not named]
        own = {id(h) for h in mine}
        told = _same_told(named, [h for h in [*earlier, *hits] if id(h) not in own])
        days = {h.date for h in told if h.dated_by_text and len(h.date) == 10}
        if len(days) != 1:
            continue
        (told_day,) = days
        day = days_after(told_day, -1)
        tense = verb.morph.get("Tense")
        if doc_date and (
            tense == ["Past"] and day > doc_date or tense == ["Fut"] and day < doc_date
        ):
            continue
        for hit in mine:
            if not hit.dated_by_text:
                hit.date, hit.dated_by_text = day, True
                hit.yearless = any(h.yearless for h in told if h.date == told_day)
