"""Pass forty-five (h-status47), sentences of our own about other pairs of states.

An act told by an infinitive on a noun of deciding ("может принять решение освободить X"):
the noun's verb tells its status, so under a modal or a future it lies ahead, not done;
"отпустить его тренировать сборную" (the infinitive the parse hangs beside the release, on
the same noun) lets one go to work, no release. A person's surname that natasha reads as a
place ("Лагос" is also Nigeria's city), alone as the subject of a verb after the document
named them in full, is that person: the visitor of "Во время визита в Перу Лагос
встречался …" and a side of the meeting."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2019-03-01"

DECIDED = [
    # text, the status of its release
    ("Власти Эстонии могут принять решение освободить журналиста Андреса Тамма.", "planned"),
    ("Суд Египта может принять решение освободить журналиста Ахмеда Салеха.", "planned"),
    ("Власти Латвии примут решение освободить журналиста Андреса Тамма.", "planned"),
    # must not: a modal on the release itself, and a decision taken, keep their reading
    ("Власти Эстонии могут освободить журналиста Андреса Тамма.", "planned"),
    ("Власти Эстонии приняли решение освободить журналиста Андреса Тамма.", "occurred"),
    ("Власти Эстонии освободили журналиста Андреса Тамма.", "occurred"),
]


@pytest.mark.parametrize(("text", "status"), DECIDED)
def test_a_release_a_decision_may_make_lies_ahead(events, text: str, status: str) -> None:
    (release,) = of_kind(events(text, DAY), "Release")
    assert release.status == status


LET_GO = [
    "Клуб «Коло-Коло» не располагает информацией о том, что Хорхе Гарсес ведёт переговоры с "
    "перуанским клубом, однако может принять решение отпустить его тренировать сборную Перу.",
    "Клуб «Коло-Коло» может принять решение отпустить его тренировать сборную Перу.",
]


@pytest.mark.parametrize("text", LET_GO)
def test_letting_one_go_to_work_is_no_release(events, text: str) -> None:
    assert of_kind(events(text, DAY), "Release") == []


def test_letting_a_prisoner_go_stays_a_release(events) -> None:  # must not
    text = "Власти Турции отпустили журналиста Ахмеда Салеха."
    assert len(of_kind(events(text, DAY), "Release")) == 1


FRAMED = [
    # text, the visitor, the host, a person the meeting must have
    ("Рикардо Лагос — президент Чили с 2000 по 2006 год. Во время визита в Перу Лагос "
     "встречался с президентом Перу Аланом Гарсией.",
     "person/rikardo-lagos", "state/PER", "person/rikardo-lagos"),
    ("Бывший президент Чили Рикардо Лагос прибыл в Лиму. Во время визита в Перу Лагос "
     "встречался с президентом Аланом Гарсией.",
     "person/rikardo-lagos", "state/PER", "person/rikardo-lagos"),
    # must not: a surname natasha reads as a person keeps its reading
    ("Тоомас Ильвес — президент Эстонии с 2006 по 2016 год. Во время визита в Латвию Ильвес "
     "встречался с президентом Латвии Валдисом Затлерсом.",
     "person/toomas-ilves", "state/LVA", "person/toomas-ilves"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visitor", "host", "met"), FRAMED)
def test_a_framed_visit_has_the_subject_as_visitor(
    events, text: str, visitor: str, host: str, met: str
) -> None:
    found = events(text, DAY)
    (visit,) = of_kind(found, "Visit", "StateVisit")
    assert (visit.visitor, visit.host) == (visitor, host)
    (meeting,) = of_kind(found, "Meeting")
    assert met in meeting.participants


def test_a_city_named_after_a_person_stays_a_city(extraction) -> None:  # must not
    text = (
        "Рикардо Лагос — президент Чили с 2000 по 2006 год. Во время визита в Нигерию он "
        "посетил Лагос."
    )
    ex = extraction(text, DAY)
    persons = {m.text for m in ex.mentions if m.type == "Person"}
    assert persons == {"Рикардо Лагос"}
