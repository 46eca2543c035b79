"""An organization's name that ends in a state's name in the genitive, hung on its noun
right after it or past lower-case genitives of its field, names its state ("Экспортно-
импортный банк Индии", "Банк развития Бразилии"); a union of states news names by its
capitals is an organization wherever the tagger takes it for a place ("Страны ЭКОВАС");
a council, commission or committee the states after it name is one at its sentence's
start too ("Межправительственная комиссия Египта и Судана соберётся …"). Sixtieth pass,
h-orgs73; own sentences about India–Kenya, Brazil–Argentina, Egypt–Sudan, Ghana–Togo,
Niger, Peru–Chile. Must-nots: a state a noun of help governs ("Фонд поддержки Украины"),
a place that is no state ("Банк развития Латинской Америки"), a joint body of one state
named ("Межправительственная комиссия Кении"), a state past a preposition ("Посольство
Чили в Перу"), a body of no state after it ("Совет Федерации", "Комиссия по торговле")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import org_states

from kg.model import Extraction

_ECOWAS = "Экономическое сообщество стран Западной Африки"

CASES = [
    # a name ending in its state
    ("Экспортно-импортный банк Индии выделил Кении кредит.",
     [("Экспортно-импортный банк Индии", "Экспортно-импортный банк Индии", "state/IND")]),
    ("Банк развития Бразилии профинансирует дорогу в Аргентине.",
     [("Банк развития Бразилии", "Банк развития Бразилии", "state/BRA")]),
    ("Кредит Кении выделил Экспортно-импортный банк Индии.",
     [("Экспортно-импортный банк Индии", "Экспортно-импортный банк Индии", "state/IND")]),
    # must not: help for a state, a place no state, a joint body, a state past "в"
    ("Фонд поддержки Украины собрал средства в Польше.",
     [("Фонд поддержки Украины", "Фонд поддержки Украины", "")]),
    ("Банк развития Латинской Америки выделил кредит Перу.",
     [("Банк развития Латинской Америки", "Банк развития Латинской Америки", "")]),
    ("Межправительственная комиссия Кении заседала в Найроби.",
     [("Межправительственная комиссия Кении", "Межправительственная комиссия Кении", "")]),
    ("Посольство Чили в Перу выступило с заявлением.",
     [("Посольство Чили", "Посольство Чили", "state/CHL")]),
    # a union by its capitals
    ("Страны ЭКОВАС ввели санкции против Нигера.", [("ЭКОВАС", _ECOWAS, "")]),
    ("Гана и Того входят в ЭКОВАС.", [("ЭКОВАС", _ECOWAS, "")]),
    # a commission of the states after it, at its sentence's start
    ("Министры обсудили торговлю. Межправительственная комиссия Египта и Судана соберётся "
     "в мае.",
     [("Межправительственная комиссия Египта и Судана",
       "Межправительственная комиссия Египта и Судана", "")]),
    ("Совместная комиссия Ганы и Того проведёт заседание в Ломе.",
     [("Совместная комиссия Ганы и Того", "Совместная комиссия Ганы и Того", "")]),
    # a joint committee is no committee of the first state ("Комитет Кении" before)
    ("Министры обсудили торговлю. Совместный комитет Кении и Уганды проведёт заседание "
     "осенью.",
     [("Совместный комитет Кении и Уганды", "Совместный комитет Кении и Уганды", "")]),
    # must not: no state after the noun; what the tagger gave stays
    ("Комиссия по торговле заседала в Каире.",
     [("Комиссия по торговле", "Комиссия по торговле", "")]),
    ("Смешанный комитет Перу и Чили собрался в Лиме.",
     [("Смешанный комитет Перу и Чили", "Смешанный комитет Перу и Чили", "")]),
    ("Совет Федерации одобрил договор с Чили.",
     [("Совет Федерации", "Совет Федерации", "state/RUS")]),
    ("Комитет Кении по энергетике одобрил проект.",
     [("Комитет Кении по энергетике", "Комитет Кении по энергетике", "state/KEN")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_org_states_and_unions(
    run: Callable[[str], Extraction], text: str, orgs: list[tuple[str, str, str]]
) -> None:
    assert org_states(run(text)) == orgs


def _persons(ex: Extraction) -> list[tuple[str, str, str]]:
    """(name, office, state) of the extraction's persons."""
    return sorted((e.name, e.office, e.state) for e in ex.entities if e.type == "Person")


# A known parliament of one state named by its own word after a chair's title: the chair
# is of that state, the body's words the office's, not the body as the state served.
PARLIAMENT_CASES = [
    ("Председатель стортинга Масуд Гарахани встретился с послом Швеции.",
     ("Масуд Гарахани", "председатель стортинга", "state/NOR")),
    ("Спикер кнессета Амир Охана посетил Грецию.",
     ("Амир Охана", "спикер кнессета", "state/ISR")),
    # must not: the state in the body's name (the chamber kept as "кнессета" is, sixty-sixth
    # pass, h-names148); a known chair keeps the gazetteer's office
    ("Спикер Сейма Латвии Дайга Миериня прибыла в Эстонию.",
     ("Дайга Миериня", "спикер Сейма", "state/LVA")),
    ("Председатель Госдумы Вячеслав Володин встретился с послом Швеции.",
     ("Вячеслав Володин", "председатель Государственной думы", "state/RUS")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), PARLIAMENT_CASES)
def test_parliament_chair_state(
    run: Callable[[str], Extraction], text: str, person: tuple[str, str, str]
) -> None:
    assert person in _persons(run(text))
