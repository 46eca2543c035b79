"""An appointment whose post the verb's own phrase leaves out: the candidacy the sentences
before name the appointee for ("назвал имя своего кандидата в премьер-министры. Им оказался
X. Президент назначил X …": the premiership). Forty-fourth pass (h-events113), sentences of
our own about other states."""

from __future__ import annotations

import pytest

_NAMED = (
    "25 июня 2019 года президент Египта Абдул-Фаттах ас-Сиси назвал имя своего кандидата в "
    "премьер-министры. Им оказался Мустафа Мадбули. "
)

# text, the label of its appointment (None: no appointment)
CANDIDATES = [
    (_NAMED + "Ас-Сиси назначил Мадбули под предлогом, что новый премьер - хороший экономист.",
     "Назначение Мустафы Мадбули на пост премьер-министра"),
    ("Президент Турции выдвинул своего кандидата на пост премьер-министра - Бинали Йылдырыма. "
     "Через неделю президент назначил Йылдырыма.",
     "Назначение Бинали Йылдырыма на пост премьер-министра"),
    # must not: a candidacy of someone else gives the appointee no post
    ("Президент Египта назвал своего кандидата в премьер-министры - Мустафу Мадбули. "
     "Министр назначил Ахмеда Шафика под предлогом, что он хороший экономист.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), CANDIDATES)
def test_appointed_to_the_candidacy(events, text: str, told: str | None) -> None:
    found = [e.label for e in events(text, "2024-07-01") if e.kind == "Appointment"]
    assert found == ([told] if told else [])
