"""Talks the sides agree to open or take up again ("договорились начать переговоры о …",
"возобновить переговоры") are negotiations ahead, a process, not a round of the talks a
visit told beside them holds; a negated agreement to open them tells none; and an
interview or article a lead tells in the past by the verb of saying it hangs on ("X
рассказал в интервью газете …") is of the report's day, as the lead's talks are.
Sentences of our own about other pairs of states (sixtieth pass, h-events202)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

_VISIT = "Президент Кении посетит Уганду в мае. В ходе визита лидеры проведут переговоры."


def _talks(read: list[Event]) -> list[tuple[str, str]]:
    return sorted((e.date, e.status) for e in read if e.kind == "Talks")


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        # opened or taken up again beside a visit's talks: two, the negotiations undated
        (
            "Кения и Уганда договорились начать переговоры о соглашении о транзите. " + _VISIT,
            [("", "planned"), ("2026-05", "planned")],
        ),
        (
            "Кения и Уганда договорились возобновить переговоры о соглашении о транзите. " + _VISIT,
            [("", "planned"), ("2026-05", "planned")],
        ),
        (
            "Президент Чили посетит Перу в мае. Кроме того, стороны договорились начать "
            "переговоры об обновлении соглашения о свободной торговле. В ходе визита лидеры "
            "проведут переговоры.",
            [("", "planned"), ("2026-05", "planned")],
        ),
        # must-nots: talks agreed to be held are the visit's; begun talks held; a denial
        (
            "Кения и Уганда договорились провести переговоры. " + _VISIT,
            [("2026-05", "planned")],
        ),
        (
            "Переговоры Кении и Уганды о соглашении о транзите начались в Найроби.",
            [("2026-03-12", "occurred")],
        ),
        ("Кения и Уганда не договорились начать переговоры о соглашении о транзите.", []),
        (
            "Кения и Уганда договорились начать переговоры о соглашении о транзите.",
            [("", "planned")],
        ),
    ],
)
def test_talks_agreed_to_open(events, text: str, talks: list[tuple[str, str]]) -> None:
    assert _talks(events(text, "2026-03-12")) == talks


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Посол Чили в Перу Хуан Перес рассказал в интервью газете «Комерсио» о подготовке "
            "визита президента.",
            "2026-03-12",
        ),
        (
            "Президенты Ганы и Того провели переговоры в Аккре. Министр иностранных дел Ганы "
            "Самуэль Аблаква заявил в интервью агентству Рейтер, что стороны подпишут "
            "соглашение.",
            "2026-03-12",
        ),
        # must-nots: a year of its own; told ahead, no day
        (
            "Посол Чили в Перу Хуан Перес в интервью 2019 года рассказал газете «Комерсио» о "
            "торговле.",
            "2019",
        ),
        (
            "Посол Чили в Перу Хуан Перес расскажет в интервью газете «Комерсио» о подготовке "
            "визита президента.",
            "",
        ),
    ],
)
def test_lead_interview_dated(events, text: str, date: str) -> None:
    read = [e for e in events(text, "2026-03-12") if e.kind == "Publication"]
    assert [e.date for e in read] == [date]
