"""A visit whose noun the parser hangs across the clause it is told in ("во время своего
визита в Пекин … бразильский дипломат выразил надежду, что … его поддержит председатель КНР
X", the visit put on "поддержит" over "выразил"): the verb crossed is the visit's, so who
expressed the hope travels, in the past, and who will support him does not. Sentences of
our own about other states (events94)."""

from __future__ import annotations

import pytest

# text → the visit's participants exactly, its status
CASES = [
    (
        "Стоит напомнить, что во время своего визита в Пекин в апреле нынешнего года "
        "бразильский дипломат выразил надежду, что на следующих выборах генерального "
        "директора ВТО его поддержит председатель КНР Си Цзиньпин.",
        {"state/BRA", "state/CHN"},
        "occurred",
    ),
    (
        "Напомним, что во время своего визита в Токио в марте прошлого года аргентинский "
        "дипломат выразил уверенность, что на выборах главы ВОЗ его поддержит "
        "премьер-министр Японии Фумио Кисида.",
        {"state/ARG", "state/JPN"},
        "occurred",
    ),
    # must not: a parse with no crossing keeps who travels by name
    (
        "Во время своего визита в Пекин в апреле президент Бразилии Лула выразил надежду, "
        "что его поддержит председатель КНР Си Цзиньпин.",
        {"person/luiz-inacio-lula-da-silva", "state/BRA", "state/CHN"},
        "occurred",
    ),
]


@pytest.mark.parametrize(("text", "participants", "status"), CASES)
def test_the_crossed_verb_is_the_visits(events, text: str, participants: set, status: str) -> None:
    visits = [e for e in events(text) if e.kind == "Visit"]
    assert [(set(e.participants), e.status) for e in visits] == [(participants, status)]
