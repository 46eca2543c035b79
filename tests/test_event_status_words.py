"""An event's status and date from the words around its trigger: "намерены провести" lies
ahead, "в конце месяца" is the document's month, "по итогам переговоров" tells talks held
whatever the tense of what comes of them, "в понедельник побывал" dates the visit and is no
place; and what is no visit between states nor an event the text tells: a team's trip, a
denied report, a rumour. States of our own choice."""

from __future__ import annotations

import pytest

DAY = "2025-11-21"  # a Friday

TOLD = [
    ("Министры финансов Латвии и Литвы намерены провести переговоры в конце месяца.",
     "Talks", "planned", "2025-11"),
    ("Президент Латвии намерен провести переговоры с президентом Литвы.", "Talks", "planned", ""),
    ("Премьер-министр Хорватии может посетить Словению в начале месяца.",
     "Visit", "planned", "2025-11"),
    ("Премьер-министр Хорватии по итогам переговоров с премьером Словении заявил, что страны "
     "построят газопровод.", "Talks", "occurred", DAY),
    # must-not: the outcome of talks ahead is ahead too
    ("По итогам предстоящих переговоров президенты Хорватии и Словении подпишут соглашение.",
     "Talks", "planned", ""),
    ("Президент Литвы в среду побывал в Риге, где встретился с президентом Латвии.",
     "Visit", "occurred", "2025-11-19"),
    ("Президент Литвы в среду побывал в Риге, где встретился с президентом Латвии.",
     "Meeting", "occurred", "2025-11-19"),
    # a traveller of a delegation is a state's
    ("Делегация Хорватии прибыла в Любляну.", "Visit", "occurred", DAY),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status", "date"), TOLD)
def test_status_and_date_from_the_words_around(
    events, text: str, kind: str, status: str, date: str
) -> None:
    (event,) = [e for e in events(text, DAY) if e.kind == kind]
    assert (event.status, event.date) == (status, date)


NOT_TOLD = [
    ("Сборная Хорватии по футболу прибыла в Любляну.", "Visit"),
    ("Хоккеисты сборной Латвии прибыли в Вильнюс на турнир.", "Visit"),
    ("МИД Литвы опроверг сообщения о предстоящем визите президента в Латвию.", "Visit"),
    ("Премьер Словении опроверг слухи о переговорах с Хорватией.", "Talks"),
    ("Президент Литвы побывал на месте аварии в понедельник.", "Visit"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_TOLD)
def test_no_event_between_states(events, text: str, kind: str) -> None:
    assert not [e for e in events(text, DAY) if e.kind == kind]


def test_a_framing_visit_is_the_one_told_before(events) -> None:
    """ "В ходе визита запланирована встреча с X": the visit told before, not X's."""
    text = (
        "Президент Хорватии на следующей неделе посетит Словению. В ходе визита "
        "запланирована встреча с президентом Словении."
    )
    visits = [e for e in events(text, DAY) if e.kind == "Visit"]
    assert [(v.visitor, v.host, v.status) for v in visits] == [
        ("state/HRV", "state/SVN", "planned")
    ]


SAID_AFTER = [
    ("Министр иностранных дел Турции Хакан Фидан 20 ноября провёл в Каире переговоры с "
     "министром иностранных дел Египта Бадром Абдель Ати. Фидан заявил после переговоров, что "
     "Турция не откажется от сотрудничества с Египтом.", "occurred"),
    ("Вице-президент Еврокомиссии Кая Каллас 20 ноября провела в Белграде переговоры с "
     "президентом Сербии Александром Вучичем. Вучич заявил журналистам после встречи, что "
     "Сербия не откажется от европейского пути.", "occurred"),
    # must-not: talks one refuses are called off
    ("Министр иностранных дел Турции Хакан Фидан отказался от переговоров с министром "
     "иностранных дел Египта Бадром Абдель Ати.", "cancelled"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status"), SAID_AFTER)
def test_what_is_said_after_talks_calls_nothing_off(events, text: str, status: str) -> None:
    """ "заявил после переговоров, что страна не откажется от …": the "что" clause the parse
    hangs on the event noun is what was said, neither a refusal of the talks nor a plan."""
    talks = [e for e in events(text, DAY) if e.kind in {"Talks", "Meeting"}]
    assert [e.status for e in talks] == [status]
