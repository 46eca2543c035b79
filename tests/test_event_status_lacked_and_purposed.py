"""Events a text does not tell as held (pass forty-four, h-status46): one in the "о том, что"
clause of information a speaker says they lack ("не располагает информацией о том, что X
ведёт переговоры", "нет данных о том, что …") is none, as a denied one is, and so are talks
told by their light verb in a denied clause ("опроверг, что X ведёт переговоры"); an event that
is the purpose ("чтобы …") of a trip the next words, opened by "но"/"однако", tell stopped by
an arrest or a refusal of entry ("прибыла в Перу, чтобы взять интервью. Однако её задержали")
was cancelled. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

LACKED = [
    ("МИД Чили не располагает информацией о том, что президент Перу Дина Болуарте ведёт "
     "переговоры с президентом Боливии Луисом Арсе.", "Talks"),
    ("Правительство Эстонии не располагает сведениями о том, что премьер-министр Латвии "
     "встречался с президентом Литвы.", "Meeting"),
    ("У МИД Египта нет данных о том, что министр иностранных дел Турции провёл переговоры с "
     "министром иностранных дел Ирана.", "Talks"),
    ("МИД Египта опроверг, что министр иностранных дел Турции ведёт переговоры с министром "
     "иностранных дел Ирана.", "Talks"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), LACKED)
def test_an_event_of_lacked_information_is_none(events, text: str, kind: str) -> None:
    assert not [e for e in events(text) if e.kind == kind]


# must not: information one has; a lack of another thing beside the event; an admission
HELD = [
    ("МИД Чили располагает информацией о том, что президент Перу Дина Болуарте провела "
     "переговоры с президентом Боливии Луисом Арсе.", "Talks"),
    ("МИД Чили не располагает информацией о сроках поставок, но президент Перу Дина Болуарте "
     "провела переговоры с президентом Боливии Луисом Арсе.", "Talks"),
    ("Министр иностранных дел Турции не отрицал, что провёл переговоры с министром иностранных "
     "дел Египта.", "Talks"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), HELD)
def test_an_event_told_or_admitted_is_held(events, text: str, kind: str) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.status == "occurred"


STOPPED = [
    "В сентябре 2023 года чилийская журналистка Мария Гонсалес прибыла в Перу по приглашению "
    "президента Педро Кастильо, чтобы взять у него интервью. Однако перуанские пограничники "
    "её задержали на таможенном посту и не допустили на территорию Перу.",
    "В мае 2022 года эстонский журналист Яан Тамм приехал в Латвию, чтобы взять интервью у "
    "премьер-министра Латвии. Но латвийские пограничники не пустили его в страну.",
]


@pytest.mark.parametrize("text", STOPPED)
def test_the_purpose_of_a_trip_stopped_is_cancelled(events, text: str) -> None:
    (interview,) = [e for e in events(text) if e.kind == "Publication"]
    assert interview.status == "cancelled"


# must not: the purpose of a trip not stopped keeps its reading; an interview taken, then an
# arrest
KEPT = [
    "В сентябре 2023 года чилийская журналистка Мария Гонсалес взяла интервью у президента "
    "Перу Педро Кастильо. Однако позднее перуанская полиция её задержала.",
    "В сентябре 2023 года чилийская журналистка Мария Гонсалес прибыла в Перу, чтобы взять "
    "интервью у президента Педро Кастильо. Однако встреча прошла не в Лиме, а в Куско.",
]


@pytest.mark.parametrize("text", KEPT)
def test_an_interview_not_stopped_stays(events, text: str) -> None:
    (interview,) = [e for e in events(text) if e.kind == "Publication"]
    assert interview.status == "occurred"
