"""What the words around an event noun say of its time beyond its verb's tense: scheduled
events lie ahead, events told with a participle of taking place took place, a candidacy's
verb is not the vote's time, a passive under a modal ("могут быть проведены") lies ahead,
a negated verb said of another is no cancellation, a cancelling verb of an outer clause is
not the event's, and the possibility of holding an event is none. Sentences of our own
about other states, with cases that must and must not fire."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _one(events: list[Event], kind: str) -> Event:
    (event,) = [e for e in events if e.kind == kind]
    return event


# text → kind and status of its one event of that kind
STATUS = [
    # scheduled: the participle of "назначить", the date set, the announcement
    (
        "Президент Кении выдвинут кандидатом на выборах, назначенных на 9 августа 2027 года.",
        "Election",
        "planned",
    ),
    (
        "Встреча президентов Египта и Турции, назначенная на воскресенье, под угрозой срыва.",
        "Meeting",
        "planned",
    ),
    ("Президент Вьетнама назначил дату внеочередных парламентских выборов.", "Election", "planned"),
    ("Президент Перу объявил о досрочных президентских выборах.", "Election", "planned"),
    ("Президент Египта объявил о визите в Турцию.", "Visit", "planned"),
    # a participle of taking place
    (
        "В Норвегии на состоявшихся парламентских выборах победила Рабочая партия.",
        "Election",
        "occurred",
    ),
    (
        "На прошедших выборах в Дании социал-демократы набрали четверть голосов.",
        "Election",
        "occurred",
    ),
    # a candidacy's verb is not the vote's; a relative clause on the vote still is
    (
        "Лидер оппозиции Аргентины стал кандидатом на президентских выборах, которые состоятся "
        "в октябре.",
        "Election",
        "planned",
    ),
    # a passive under a modal lies ahead
    ("В Кении в ближайшие месяцы могут быть проведены досрочные выборы.", "Election", "planned"),
    ("Переговоры президентов Египта и Турции могут быть проведены в Каире.", "Talks", "planned"),
    # must not: a negated verb said of another than the event; a cancelling verb above
    # the event's clause
    (
        "Действующий президент Кении Ухуру Кениата во второй тур выборов не прошел.",
        "Election",
        "occurred",
    ),
    (
        "Суд отменил решения, согласно которым политик не мог баллотироваться на выборах в "
        "Аргентине.",
        "Election",
        "occurred",
    ),
    # must stay: what was called off, what was done
    ("Выборы в Кении не состоялись.", "Election", "cancelled"),
    ("Встреча президентов Египта и Турции не состоялась.", "Meeting", "cancelled"),
    ("Визит президента Бразилии в Аргентину отменён.", "Visit", "cancelled"),
    (
        "Президент Аргентины в 2019 году баллотировался на выборах в Аргентине и победил.",
        "Election",
        "occurred",
    ),
]

# text → label of its one election: a participle is no part of its name
LABELS = [
    (
        "В Норвегии на состоявшихся парламентских выборах победила Рабочая партия.",
        "Парламентские выборы в Норвегии",  # the country they are held in (events118)
    ),
    (
        "Оппозиция Кении готовится к предстоящим президентским выборам.",
        "Президентские выборы в Кении",
    ),
]

# the possibility of holding an event is no event
POSSIBLE = [
    "Парламент Кении принял закон, устанавливающий возможность проведения досрочных выборов.",
    "Эксперты оценили возможность проведения встречи президентов Египта и Турции.",
    "Конституция Аргентины предусматривает возможность проведения досрочных выборов.",
]


@pytest.mark.parametrize(("text", "kind", "status"), STATUS)
def test_status_from_the_words_around_the_event(events, text: str, kind: str, status: str):
    assert _one(events(text), kind).status == status


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_a_participle_is_no_part_of_an_election_name(events, text: str, label: str) -> None:
    assert _one(events(text), "Election").label == label


@pytest.mark.parametrize("text", POSSIBLE)
def test_the_possibility_of_holding_an_event_is_none(events, text: str) -> None:
    assert not [e for e in events(text) if e.kind in {"Election", "Talks", "Meeting"}]
