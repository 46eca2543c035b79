"""A sentence that opens with "На следующий день" tells of the day after the one day the
sentence before gives, and talks told so during a visit are still the visit's, in its
place. Sentences of our own about other pairs of states, with cases that must not take a
day."""

from __future__ import annotations

import pytest

# text, kind, (date, location)
CASES = [
    (
        "Министр иностранных дел Индии Субраманьям Джайшанкар 18 августа 2025 года прибыл в "
        "Москву с рабочим визитом. На следующий день он провёл переговоры с министром "
        "иностранных дел России Сергеем Лавровым.",
        "Talks",
        ("2025-08-19", "Москва"),
    ),
    (
        "Премьер-министр Вьетнама прибыл в Сингапур 31 июля 2025 года. На другой день он "
        "встретился с премьер-министром Сингапура Лоуренсом Вонгом.",
        "Meeting",
        ("2025-08-01", "Сингапур"),
    ),
    (
        "Президент Кении Уильям Руто 3 марта 2025 года провёл переговоры с президентом Уганды. "
        "На следующий день министры двух стран подписали соглашение о строительстве дороги.",
        "Signing",
        ("2025-03-04", ""),
    ),
    # must not: a month before gives no day, a next week or year is no next day
    (
        "Президент Чили прибыл в Лиму в мае 2025 года. На следующий день он провёл переговоры "
        "с президентом Перу.",
        "Talks",
        ("2025-05", "Лима"),
    ),
    (
        "Президент Чили прибыл в Лиму 3 мая 2025 года. На следующей неделе он проведёт "
        "переговоры с президентом Эквадора в Кито.",
        "Talks",
        ("", "Кито"),
    ),
    (
        "Президент Чили провёл переговоры с президентом Перу 3 мая 2025 года. На следующий год "
        "стороны планируют подписать соглашение о торговле.",
        "Signing",
        ("", ""),
    ),
]


@pytest.mark.parametrize(("text", "kind", "told"), CASES)
def test_the_next_day_is_the_day_after_the_one_before(
    events, text: str, kind: str, told: tuple[str, str]
) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert (event.date, event.location) == told
