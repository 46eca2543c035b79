"""Events of no day of their own that take the day and place of one told before them.

"Стороны также подписали меморандум о …", in a paragraph of its own after "… подписали в
среду в Праге контракт …", is one more signing, made at the one told before (its day and
place), as `dating._date_that_day` already read such a signing right after it in its
paragraph; "заявил X на пресс-конференции после церемонии": the press conference follows the
ceremony told before, on its day and at its place. An event the text dates itself ("на
пресс-конференции в понедельник", "меморандум, подписанный в 2019 году") keeps its own day.
The events are read once merged, as a ceremony told bare has its day only from the signing it
joined. Seventieth pass (h-events265). A visit of one day of no day of its own takes the
day its visitor's and host's signing or talks of the report have ("подписали во вторник
декларацию. X прибыл в княжество с однодневным визитом"; seventy-first pass, h-events270).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.common.dates import days_after
from kg.extract.events.dating import signed_as_one_more
from kg.extract.events.fact import Event
from kg.extract.events.hit import Hit
from kg.extract.events.triggers import VISITS
from kg.extract.events.words import is_role
from kg.nlp.deps import preposition

Told = list[tuple[int, Event]]  # each event's trigger tokens, in the text's order


def days_told_before(
    doc: Doc, events: list[Event], told_at: dict[str, set[int]], today: str
) -> None:
    """Gives an undated event told as one more signing or told "после" an event the day
    and, where it names none, the place of that event, and a message to an event's
    participants its day (`told_at`: each event's triggers; `today` the report's day)."""
    told = sorted(((i, e) for e in events for i in told_at.get(e.key, ())), key=lambda p: p[0])
    for event in events:
        triggers = sorted(told_at.get(event.key, ()))
        if not triggers or event.date and event.location:
            continue
        source = None if event.date else _signed_before(doc, event, triggers[0], told, today)
        source = source or _after(doc, event, triggers, told)
        source = source or (None if event.date else _addressed_at(doc, event, triggers, told))
        if source is None or not source.date or source.status != event.status:
            continue
        if not event.date:
            event.date, event.end = source.date, source.end
        if event.date == source.date and event.kind != "Message":  # sent from elsewhere
            event.location = event.location or source.location


def _signed_before(doc: Doc, event: Event, first: int, told: Told, today: str) -> Event | None:
    """The signing told last before a signing told as one more ("Стороны также подписали
    меморандум"), however far back, where that is of the report's year: after one of a year
    before ("В 2019 году стороны подписали …") which of the two "также" joins it to is not
    known; none for one told as of another time ("Ранее стороны также подписали …")."""
    word = doc[first]
    if event.kind != "Signing" or not signed_as_one_more(word):
        return None
    if any(is_role(c, "earlier") or is_role(c, "another_time") for c in word.children):
        return None
    before = [e for i, e in told if i < first and e.kind == "Signing" and e is not event]
    last = before[-1] if before else None
    return None if last is None or today and last.date[:4] < today[:4] else last


def _after(doc: Doc, event: Event, triggers: list[int], told: Told) -> Event | None:
    """The event told last before a word "после" on the event's noun names by its noun ("на
    пресс-конференции после церемонии", "после переговоров"), of another event."""
    after = [c for i in triggers for c in _words_on(doc[i]) if preposition(c) == "после"]
    nouns = [c for c in after if c.pos_ == "NOUN"]
    for noun in nouns:
        named = [e for i, e in told if i < noun.i and doc[i].lemma_ == noun.lemma_]
        named = [e for e in named if e is not event]
        if named:
            return named[-1]
    return None


def _addressed_at(doc: Doc, event: Event, triggers: list[int], told: Told) -> Event | None:
    """The event told elsewhere whose participants a message is sent to ("направил
    участникам церемонии приветственное письмо, которое зачитал X"): read out there, on its
    day. Seventy-first pass (h-events271)."""
    if event.kind != "Message":
        return None
    verb = doc[triggers[0]].head
    to = [g.i for c in verb.children if c.lemma_ == "участник" for g in c.children]
    return next((e for i, e in told if i in to and e is not event), None)


def _words_on(noun: Token) -> list[Token]:
    """The words hung on a noun, and the phrase right after it the parse hung on its verb
    beside it ("заявил на пресс-конференции после переговоров": "после переговоров" on
    "заявил"); all its verb's where it is that verb's object or subject ("После церемонии X
    и Y провели встречу": seventy-first pass, h-events271)."""
    if noun.dep_ in {"obj", "nsubj"}:  # "После церемонии X и Y провели встречу"
        return [*noun.children, *noun.head.children]
    beside = noun.head.children if noun.dep_ == "obl" else ()
    return [*noun.children, *(c for c in beside if c.left_edge.i == noun.right_edge.i + 1)]


_HELD_THERE = frozenset({"Signing", "Talks", "Meeting"})  # what a visit's day is told by
_NEWS_DAYS = 7  # how far before the report a one-day visit it tells may lie


def one_day_visits(events: list[Event], told: dict[str, Hit], today: str) -> None:
    """Gives a visit told as of one day ("с однодневным визитом", `Hit.length`) that has no
    day of its own (none, or only the report's, `today`, no word of the text dating it) the
    one full day of the signings, talks and meetings of the report its visitor and host
    take part in, of its status, within the report's week: the visit was made on the day
    they were held. None where they have none or two."""
    for visit in events:
        folded = told.get(visit.key)
        if visit.kind not in VISITS or folded is None or folded.length != "day":
            continue
        if visit.date and (folded.dated_by_text or visit.date != today):
            continue
        sides = {visit.visitor, visit.host} - {""}
        held = [
            e
            for e in events
            if e.kind in _HELD_THERE and e.status == visit.status and sides <= set(e.participants)
        ]
        # of the report's week: not a signing of a year before by the same two
        week = days_after(today, -_NEWS_DAYS) if today else ""
        days = {e.date for e in held if len(e.date) == 10 and week <= e.date}
        if len(sides) == 2 and len(days) == 1:
            visit.date = days.pop()
