"""One who comments on the outcome of talks or a meeting ("— заявил X, комментируя итоги
переговоров", "прокомментировал итоги встречи") speaks of them and takes no part: no talks of
his come of it, and talks told before keep their own day and sides. Must-nots: a speaker the
phrase names a side ("итоги своих переговоров с президентом Малави") and one who speaks "по
итогам переговоров" stay in them. Sentences of our own about other pairs of states
(seventy-second pass, h-events277)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2025-06-04"
ZAMBIA = "person/khakainde-khichilema"
TOLD = "Министры иностранных дел Кении и Танзании 2 июня провели переговоры в Найроби. "


@pytest.mark.parametrize(
    "text",
    [
        "«Мы довольны», — заявил президент Замбии Хакаинде Хичилема, комментируя итоги "
        "переговоров.",
        "Президент Замбии Хакаинде Хичилема прокомментировал итоги встречи. «Мы довольны», — "
        "сказал он.",
        "Премьер-министр Бельгии Марк Питерс прокомментировал результаты переговоров.",
    ],
)
def test_a_commenter_holds_no_talks(events, text: str) -> None:
    read = events(text, DAY)
    assert not [e for e in read if e.participants], [(e.label, e.participants) for e in read]


@pytest.mark.parametrize(
    "comment",
    [
        "«Это важный шаг», — заявил президент Замбии Хакаинде Хичилема, комментируя итоги "
        "переговоров.",
        "Президент Замбии Хакаинде Хичилема прокомментировал итоги переговоров.",
    ],
)
def test_talks_told_before_keep_their_day_and_sides(events, comment: str) -> None:
    read = events(TOLD + comment, DAY)
    (talks,) = of_kind(read, "Talks")
    assert talks.date == "2025-06-02"
    assert sorted(talks.participants) == ["state/KEN", "state/TZA"]
    assert not [e for e in read if ZAMBIA in e.participants]


@pytest.mark.parametrize(
    "text",
    [
        "Президент Замбии Хакаинде Хичилема прокомментировал итоги своих переговоров с "
        "президентом Малави Лазарусом Чаквера.",
        "По итогам переговоров с президентом Малави президент Замбии Хакаинде Хичилема заявил, "
        "что доволен.",
        "По итогам переговоров президент Замбии Хакаинде Хичилема заявил, что доволен.",
    ],
)
def test_a_side_who_speaks_of_them_stays_in_them(events, text: str) -> None:
    (talks,) = of_kind(events(text, DAY), "Talks")
    assert ZAMBIA in talks.participants
