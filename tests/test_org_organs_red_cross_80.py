"""An organ of an international body named by the body's initials is named by the body's
full name with a capital ("совет ИКАО" → "Совет Международной организации гражданской
авиации", was lower case); a state's Red Cross or Red Crescent society is that state's
("Красный Крест Индонезии", "Российский Красный Крест"; was no state); UN OCHA is one node by
its name and initials ("УКГВ ООН"). Sixty-sixth pass, h-orgs80; own sentences."""

from __future__ import annotations

import pytest
from fact_reads import org_states, org_wikidata

from kg.model import Document

_ICAO_COUNCIL = "Совет Международной организации гражданской авиации"
_WHO_BOARD = "Исполнительный совет Всемирной организации здравоохранения"
_OCHA = "Управление ООН по координации гуманитарных вопросов"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Как сообщил совет ИКАО, Белоруссия нарушила правила полётов.",
            "совет ИКАО",
            _ICAO_COUNCIL,
        ),
        ("Вчера совет ИКАО осудил действия Ирана.", "совет ИКАО", _ICAO_COUNCIL),
        ("Совет ИКАО одобрил правила для Непала.", "Совет ИКАО", _ICAO_COUNCIL),
        (
            "Решение принял исполнительный совет ВОЗ по просьбе Чада.",
            "исполнительный совет ВОЗ",
            _WHO_BOARD,
        ),
        (
            "Вчера секретариат АСЕАН одобрил план Вьетнама.",
            "секретариат АСЕАН",
            "Секретариат Ассоциации государств Юго-Восточной Азии",
        ),
        # must-not: the body itself keeps its own node
        (
            "Вчера совет ИКАО осудил действия Ирана.",
            "ИКАО",
            "Международная организация гражданской авиации",
        ),
    ],
)
def test_organ_of_a_body_is_capitalised(analyse, text: str, mention: str, name: str) -> None:
    assert (mention, name) in [(m, n) for m, n, _ in org_wikidata(analyse, text)]


@pytest.mark.parametrize(
    ("text", "mention", "name", "state"),
    [
        (
            "Красный Крест Индонезии доставил воду пострадавшим.",
            "Красный Крест Индонезии",
            "Красный Крест Индонезии",
            "state/IDN",
        ),
        (
            "Вьетнам получил помощь от Красного Креста Японии.",
            "Красного Креста Японии",
            "Красный Крест Японии",
            "state/JPN",
        ),
        (
            "Красный Полумесяц Турции направил в Сирию палатки.",
            "Красный Полумесяц Турции",
            "Красный Полумесяц Турции",
            "state/TUR",
        ),
        (
            "Сотрудники Российского Красного Креста прибыли в Сербию.",
            "Российского Красного Креста",
            "Российский Красный Крест",
            "state/RUS",
        ),
        (
            "Иранский Красный Полумесяц отправил помощь в Ливан.",
            "Иранский Красный Полумесяц",
            "Иранский Красный Полумесяц",
            "state/IRN",
        ),
        # must-nots: the committee, the federation and the movement are no state's
        (
            "Представители Международного комитета Красного Креста посетили Колумбию.",
            "Международного комитета Красного Креста",
            "Международный комитет Красного Креста",
            "",
        ),
        (
            "Международная федерация обществ Красного Креста помогла Индонезии.",
            "Международная федерация обществ Красного Креста",
            "Международная федерация обществ Красного Креста",
            "",
        ),
        ("Красный Крест помог Чаду.", "Красный Крест", "Красный Крест", ""),
    ],
)
def test_red_cross_society_is_its_states(
    extraction_of, text: str, mention: str, name: str, state: str
) -> None:
    assert (mention, name, state) in org_states(extraction_of(text, "2026-11-20", "offices"))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Управление ООН по координации гуманитарных вопросов сообщило о голоде в Сомали.", _OCHA),
        (
            "Эксперты Управления ООН по координации гуманитарных вопросов посетили Судан.",
            "Управления ООН по координации гуманитарных вопросов",
        ),
        ("УКГВ ООН призвало открыть коридоры в Судан.", "УКГВ ООН"),
        (
            "По данным Управления Организации Объединённых Наций по координации гуманитарных"
            " вопросов, в Гаити голод.",
            "Управления Организации Объединённых Наций по координации гуманитарных вопросов",
        ),
    ],
)
def test_ocha_one_node(analyse, text: str, mention: str) -> None:
    ctx = analyse(Document(id="t", text=text, date="2026-11-20"))
    keys = {ctx.entities[m.entity].key for m in ctx.mentions if m.text == mention}
    assert keys == {"org/ocha"}
