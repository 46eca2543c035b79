"""A sentence opening "Затем" or "Потом" (`next_step`) tells the next step of what the sentence
before told, as "После этого" does: its events with no day of their own take the day of an
event told there ("В понедельник министры подписали соглашение. Затем министры провели
переговоры": Monday, not the report's day). Not a step still ahead, nor a day of no event kg
reads. Sixty-seventh pass (h-events255), sentences of our own."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-11-20"  # a Friday

# text, kind, the days of the events of that kind
STEPS = [
    (
        "В понедельник министры иностранных дел Ганы и Того подписали соглашение о "
        "безвизовом режиме. Затем министры провели переговоры о торговле.",
        "Talks",
        ["2026-11-16"],
    ),
    (
        "Во вторник в Лиме президенты Перу и Эквадора провели переговоры. Потом президенты "
        "подписали меморандум о сотрудничестве в энергетике.",
        "Signing",
        ["2026-11-17"],
    ),
    (
        "18 ноября премьер-министры Латвии и Эстонии открыли в Риге бизнес-форум. Затем "
        "премьер-министры провели переговоры.",
        "Talks",
        ["2026-11-18"],
    ),
    # must not: a day of no event kg reads is the report's
    (
        "Работа посольства Румынии в Молдавии была приостановлена 10 ноября. Затем министры "
        "Румынии и Молдавии провели переговоры.",
        "Talks",
        [_DAY],
    ),
    # must not: a step still ahead has no day
    (
        "В понедельник министры обороны Польши и Литвы подписали соглашение о военном "
        "сотрудничестве. Затем министр обороны Польши посетит Вильнюс.",
        "Visit",
        [""],
    ),
]


@pytest.mark.parametrize(("text", "kind", "days"), STEPS)
def test_a_next_step_takes_the_day_before(events, text: str, kind: str, days: list[str]) -> None:
    found = of_kind(events(text, _DAY), kind)
    assert [e.date for e in found] == days
