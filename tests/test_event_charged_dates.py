"""What a person is suspected, accused or guilty of ("подозреваемый в гибели X задержан 12
апреля") is not dated by what is done to that person: the arrest's day is not the death's.
The arrest keeps its day, and an event the verb itself tells keeps the verb's. States and
people of our own choice (Slovakia, Chile–Peru)."""

from __future__ import annotations

import pytest

DAY = "2019-04-20"

CHARGED = [
    ("12 апреля 2019 года подозреваемый в гибели журналиста Яна Куцяка бизнесмен Иван Новак "
     "задержан полицией Словакии."),
    "В пятницу, 12 апреля, полиция Словакии задержала подозреваемого в гибели журналиста Яна "
    "Куцяка.",
    "12 апреля задержан обвиняемый в гибели журналиста Яна Куцяка Иван Новак.",
]  # fmt: skip


@pytest.mark.parametrize("text", CHARGED)
def test_a_charge_is_not_dated_by_the_arrest(events, text: str) -> None:
    found = events(text, DAY)
    assert [e.date for e in found if e.kind == "Arrest"] == ["2019-04-12"]
    assert "2019-04-12" not in [e.date for e in found if e.kind == "Death"]


def test_participants_of_talks_act_on_their_day(events) -> None:
    """must-not: who takes part in an event acts at it ("участники переговоров подписали")."""
    text = "Участники переговоров Чили и Перу 12 апреля подписали соглашение."
    assert [e.date for e in events(text, DAY) if e.kind == "Talks"] == ["2019-04-12"]


CHARGED_OF = [
    "Виновник гибели журналиста Яна Куцяка Иван Новак задержан 12 апреля.",
    "В пятницу заказчик убийства журналиста Яна Куцяка Иван Новак был задержан в Братиславе.",
]


@pytest.mark.parametrize("text", CHARGED_OF)
def test_whom_the_charge_befell_is_not_arrested(events, text: str) -> None:
    (arrest,) = [e for e in events(text, DAY) if e.kind == "Arrest"]
    assert "person/ivan-novak" in arrest.participants
    assert "person/yan-kutsyak" not in arrest.participants
