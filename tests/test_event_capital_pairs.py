"""Talks of "двух стран" after a visit to a capital that alone names the host state ("Министр
обороны Японии прибыл в Манилу. Министры обороны двух стран провели переговоры"): the
visited capital is the pair's second state, and the visitor, holding the office the talks
name, takes part. Sentences of our own about other pairs of states (events83)."""

from __future__ import annotations

import pytest

# text, the talks' participants (None: no talks at all)
CASES = [
    ("Министр обороны Японии Гэн Накатани прибыл в Манилу. 4 февраля министры обороны двух "
     "стран провели переговоры.",
     {"person/gen-nakatani", "state/JPN", "state/PHL"}),
    ("Премьер-министр Вьетнама Фам Минь Тинь прибыл в Токио. 4 февраля главы правительств "
     "двух стран провели переговоры.",
     {"person/fam-min-tin", "state/JPN", "state/VNM"}),
    ("Президент Бразилии Луис Инасиу Лула да Силва прибыл в Буэнос-Айрес. 4 февраля "
     "президенты двух стран провели переговоры.",
     {"person/luiz-inacio-lula-da-silva", "state/ARG", "state/BRA"}),
    ("Глава МИД Индии Субраманьям Джайшанкар прилетел в Каир. Министры иностранных дел двух "
     "стран обсудили двусторонние отношения.",
     {"person/s-jaishankar", "state/EGY", "state/IND"}),
    ("Министр обороны Японии Гэн Накатани прибыл в Манилу. Во вторник министры обороны Японии "
     "и Филиппин провели переговоры.",
     {"person/gen-nakatani", "state/JPN", "state/PHL"}),
    # must not: the visitor in talks of another office's holders
    ("Президент Франции Эмманюэль Макрон прибыл в Нью-Дели. Министры иностранных дел двух "
     "стран провели переговоры.", {"state/FRA", "state/IND"}),
    ("Министр обороны Японии Гэн Накатани прибыл в Манилу. Министры иностранных дел двух стран "
     "провели переговоры.", {"state/JPN", "state/PHL"}),
    # must not: one's own capital names no second state
    ("Президент Японии вернулся в Токио. Министры обороны двух стран провели переговоры.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sides"), CASES)
def test_a_visited_capital_names_the_pair(events, text: str, sides: set[str] | None) -> None:
    talks = [e for e in events(text, "2025-02-04") if e.kind == "Talks"]
    assert [set(e.participants) for e in talks] == ([sides] if sides else [])
