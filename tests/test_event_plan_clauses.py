"""A word of planning makes an event planned only where it governs the event or stands in
its own clause: not in a clause below it with a subject of its own ("встреча, где он
заявил, что правительство должно …"). "Собраться в отставку" is a plan; a vote for holding
elections plans them and dates the vote, not them; an event "назначена на" a day lies ahead.
States and persons of our own choice."""

from __future__ import annotations

import pytest

STATUSES = [
    # a plan word in a reported or relative clause of another subject: the event took place
    ("Президент Чехии провёл встречу с премьером Словакии в Праге, где он заявил, что "
     "правительство должно сократить расходы.", "Meeting", "occurred"),
    ("Вскоре после встречи с премьером Словакии в Праге президента Чехии поздравил канцлер "
     "Австрии, который в телефонном разговоре пригласил его посетить Вену этим летом.",
     "Meeting", "occurred"),
    # must-nots: the plan word governs the event, or its clause speaks of the event
    ("Президент Чехии должен посетить Словакию.", "Visit", "planned"),
    ("Премьер Словакии намерен провести переговоры с президентом Чехии.", "Talks", "planned"),
    ("Президент Чехии рассказал о встрече с премьером Словакии, которая запланирована на "
     "май.", "Meeting", "planned"),
    ("Президент Чехии рассказал о переговорах, на которые его пригласил премьер Словакии.",
     "Talks", "planned"),
    # one who means to leave has not yet left
    ("Премьер Словакии Роберт Фицо, собравшийся в отставку, выступил в парламенте.",
     "Resignation", "planned"),
    ("Премьер Словакии Роберт Фицо, собравшийся уйти в отставку, выступил в парламенте.",
     "Resignation", "planned"),
    ("Премьер Словакии Роберт Фицо ушёл в отставку.", "Resignation", "occurred"),
    # a vote for holding elections plans them; a vote for a dismissal enacts it
    ("Парламент Чехии проголосовал за самороспуск и проведение новых выборов.", "Election",
     "planned"),
    ("За отставку правительства премьера Словакии Роберта Фицо проголосовало большинство "
     "депутатов.", "Resignation", "occurred"),
    # an event set for a day lies ahead
    ("Встреча президентов Чехии и Словакии назначена на 5 мая.", "Meeting", "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status"), STATUSES)
def test_a_plan_counts_in_the_events_own_clause(events, text: str, kind: str, status: str) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.status == status


def test_gathering_for_an_event_is_no_plan(events) -> None:
    text = "Президенты Чехии и Словакии собрались на саммит в Праге."
    assert all(e.status != "planned" for e in events(text))


def test_a_vote_for_elections_dates_the_vote_not_them(events) -> None:
    text = "30 мая 2019 года парламент Чехии проголосовал за проведение досрочных выборов."
    (election,) = [e for e in events(text) if e.kind == "Election"]
    assert election.status == "planned"
    assert not election.date
