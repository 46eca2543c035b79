"""A gathering one speaks at, or at whose opening or closing ("выступил на закрытии
бизнес-форума"), told in the past with no time of its own, is the news of the report's day,
as one taken part in is ("принял участие в закрытии"): the verb's tense tells its status.
And a compound gathering ("бизнес-форум") told by a past participle of taking place with no
date ("на полях прошедшего в Лиме бизнес-форума") was held before the news, as a "форум" is
(`triggers.hosts` reads the compound's head). Own sentences (fifty-sixth pass, h-events176)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

DAY = "2026-03-05"


def _forums(read: list[Event]) -> list[tuple[str, str]]:
    return [(e.status, e.date) for e in read if e.kind == "Forum"]


ACTED_AT = [
    # (text, the forum's status and date)
    ("Президент Кении Уильям Руто выступил на открытии бизнес-форума Кении и Танзании в Найроби.",
     ("occurred", DAY)),
    ("Президент Чили Габриэль Борич выступил на закрытии бизнес-форума Чили и Аргентины.",
     ("occurred", DAY)),
    ("Премьер-министр Вьетнама Фам Минь Тинь выступил на бизнес-форуме Вьетнама и Лаоса во "
     "Вьентьяне.", ("occurred", DAY)),
    # must-nots: one ahead, one told as done before, one of its own year keep their reading
    ("Президент Чили Габриэль Борич выступит на закрытии бизнес-форума Чили и Аргентины.",
     ("planned", "")),
    ("Президент Чили Габриэль Борич ранее выступал на бизнес-форуме Чили и Аргентины.",
     ("occurred", "")),
    ("Президент Чили Габриэль Борич выступил на закрытии бизнес-форума Чили и Аргентины в 2024 "
     "году.", ("occurred", "2024")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "forum"), ACTED_AT)
def test_the_verb_one_acts_at_a_gathering_by_tells_its_time(
    events, text: str, forum: tuple[str, str]
) -> None:
    assert _forums(events(text, DAY)) == [forum]


def test_standing_against_a_forum_tells_none(events) -> None:
    text = "Президент Чили Габриэль Борич выступил против проведения бизнес-форума Чили и Перу."
    assert _forums(events(text, DAY)) == []


MEETING = "Президент Перу Хосе Хери встретился с президентом Эквадора Даниэлем Нобоа на полях {}."

SIDELINES = [
    ("прошедшего в Лиме бизнес-форума", ""),  # held before the news, on a day not given
    ("прошедшего в Лиме форума", ""),
    # must-nots: a day of its own, or no participle: as before
    ("прошедшего 3 марта бизнес-форума", "2026-03-03"),
    ("бизнес-форума в Лиме", DAY),
]


@pytest.mark.parametrize(("where", "day"), SIDELINES)
def test_a_compound_gathering_gone_by_is_no_news_of_the_day(events, where: str, day: str) -> None:
    (meeting,) = [e for e in events(MEETING.format(where), DAY) if e.kind == "Meeting"]
    assert meeting.date == day
