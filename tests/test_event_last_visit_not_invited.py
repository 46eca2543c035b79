"""A visit told as the last one ("Последний раз X побывал в …") or dated before the news's
month is not the visit an undated offer of the news invites to ("пригласил X посетить …"):
the invitation stays a planned visit of its own. Must-nots: a visit told after an offer of
its own earlier day ("10 мая пригласил … В сентябре прибыл"), or counted from it ("Через
месяц прибыл"), is the offer accepted, held; "в последний раз посетит" lies ahead. Sentences
of our own about other pairs of states (fifty-third pass, h-events150)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

INVITED = "Президент Чили Андрес Сото пригласил президента Перу Луиса Мендосу посетить Чили. "
INVITED_JORDAN = (
    "Президент Египта Абдель Фаттах ас-Сиси пригласил короля Иордании Абдаллу II посетить Египет. "
)


def _visits(read: list[Event]) -> list[tuple[str, str]]:
    return sorted((e.status, e.date) for e in read if e.kind == "Visit")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (INVITED + "Последний раз президент Перу побывал в Сантьяго.", ""),
        (INVITED + "Президент Перу побывал в Сантьяго в марте 2024 года.", "2024-03"),
        (INVITED_JORDAN + "Последний раз король Иордании посетил Каир в 2023 году.", "2023"),
        (INVITED_JORDAN + "Король Иордании посещал Каир в феврале.", "2025-02"),
    ],
)
def test_a_visit_told_before_is_not_the_one_invited_to(events, text: str, held: str) -> None:
    assert _visits(events(text, "2025-10-22")) == [("occurred", held), ("planned", "")]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Президент Чили Андрес Сото 10 мая пригласил президента Перу Луиса Мендосу посетить "
            "Чили. В сентябре президент Перу прибыл в Сантьяго.",
            "2025-09",
        ),
        (INVITED + "Через месяц президент Перу прибыл в Сантьяго.", "2025-10-22"),
    ],
)
def test_the_invited_visit_told_held_is_one(events, text: str, held: str) -> None:
    assert _visits(events(text, "2025-10-22")) == [("occurred", held)]


def test_a_last_visit_ahead_is_no_visit_before(events) -> None:
    text = INVITED + "В последний раз в качестве президента Мендоса посетит Сантьяго в декабре."
    assert [s for s, _ in _visits(events(text, "2025-10-22"))] == ["planned"]
