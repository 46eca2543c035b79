"""Claims: what a count counts where the noun is left out or set apart: "подряд" between a
number and its noun, a bare number coordinated with a counted noun, an infinitive saying
what counted attempts were for, a bare number voting "против" after a count of voters or
where a vote is told (also past a semicolon)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # "подряд" between the number and what it counts
            "После двух подряд неудачных попыток дипломаты Чили покинули Перу.",
            [("неудачные попытки", Decimal(2), "попытка")],
        ),
        (  # the state is the claim's, not metric words
            "Сборная Бразилии одержала пять подряд побед над Аргентиной.",
            [("победы", Decimal(5), "победа")],
        ),
        (  # a bare number coordinated with counted things counts them too
            "Певец из Греции записал 12 сольных альбомов и два в составе группы с Кипра.",
            [("альбомы", Decimal(2), "альбом"), ("сольные альбомы", Decimal(12), "альбом")],
        ),
        (
            "Армия Индии получила 40 танков и 12 из Франции.",
            [("танки", Decimal(12), "танк"), ("танки", Decimal(40), "танк")],
        ),
        (  # an infinitive says what the attempts were for, cut at a state
            "После двух неудачных попыток вернуться в НХЛ нападающий из Канады завершил карьеру.",
            [("неудачные попытки вернуться в НХЛ", Decimal(2), "попытка")],
        ),
        (
            "Полиция Чили сорвала три попытки вывезти оружие в Перу.",
            [("попытки вывезти оружие", Decimal(3), "попытка")],
        ),
        (  # a bare "против" of a verb of voting after a count of voters
            "Поправку к соглашению с Эстонией поддержали 70 сенаторов Польши, 12 проголосовали"
            " против.",
            [
                ("голоса против", Decimal(12), "сенатор"),
                ("сенаторы, поддержавшие Поправку", Decimal(70), "сенатор"),
            ],
        ),  # fmt: skip
        (  # … also past a semicolon, where the splitter ends a sentence
            "В парламенте Латвии за договор с Литвой проголосовали 60 из 100 депутатов; 25"
            " высказались против.",
            [
                ("голоса за договор", Decimal(60), "депутат"),
                ("голоса против", Decimal(25), "депутат"),
                ("депутаты", Decimal(100), "депутат"),
            ],
        ),  # fmt: skip
        (  # a vote told in the sentence before the count of people, or voters counted
            "В Сенате Чили прошло голосование о договоре с Перу. В зале было 50 человек; 12"
            " высказались против.",
            [("голоса против", Decimal(12), "человек"), ("люди", Decimal(50), "человек")],
        ),  # fmt: skip
        (
            "Договор с Перу обсудили 40 членов совета Чили, 9 высказались против.",
            [
                ("голоса против", Decimal(9), "член"),
                ("члены совета, обсудившие Договор", Decimal(40), "член"),
            ],
        ),
        # must-nots: those against in a poll or at a meeting with no vote cast no votes
        (
            "В опросе жителей Перу участвовали 800 граждан; 200 высказались против.",
            [("граждане", Decimal(800), "гражданин")],
        ),
        (
            "На встречу с послом Чили пришли 500 студентов, 120 выступили против.",
            [("студенты", Decimal(500), "студент")],
        ),
        # must-nots: years, "one of", a stance against a named thing, a bare number past a
        # semicolon with no vote, a dangling preposition of a state
        ("Выборы в Чили прошли в 2010 и 2013 годах.", []),
        (
            "Премьер Бельгии встретился с двумя министрами Нидерландов и одним из Люксембурга.",
            [("министры", Decimal(2), "министр")],
        ),
        (
            "В Сейме Литвы 141 депутат, 20 выступили против закона о Польше.",
            [("депутаты", Decimal(141), "депутат")],
        ),
        ("В Сейме Литвы 60 депутатов; 25 из них молчат.", [("депутаты", Decimal(60), "депутат")]),
        (
            "Министры Перу обсудили 3 проекта с Чили, 2 отклонили.",
            [("проекты", Decimal(3), "проект")],
        ),
    ],
)
def test_elided_count(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a measure whose verb and goods a contrast leaves out is the figure's before it
        (
            "В феврале Вьетнам импортировал из Японии 2 млн тонн угля, а в марте 3 млн тонн.",
            [
                ("импорт угля", Decimal(2_000_000), "тонна"),
                ("импорт угля", Decimal(3_000_000), "тонна"),
            ],
        ),
        (
            "В январе Япония закупила во Вьетнаме 300 тысяч тонн риса, а в феврале 250 тысяч тонн.",
            [
                ("закупки риса", Decimal(250_000), "тонна"),
                ("закупки риса", Decimal(300_000), "тонна"),
            ],
        ),
        (
            "Бразилия экспортировала в Аргентину 4 млн тонн сои, а Уругвай — 1 млн тонн.",
            [
                ("экспорт сои", Decimal(1_000_000), "тонна"),
                ("экспорт сои", Decimal(4_000_000), "тонна"),
            ],
        ),
        (
            "Турция добыла в январе 3 млн баррелей нефти, а в феврале — 4 млн баррелей.",
            [
                ("добыча нефти", Decimal(3_000_000), "баррель"),
                ("добыча нефти", Decimal(4_000_000), "баррель"),
            ],
        ),
        # a dash for the verb before, goods of its own: the verb's deed of those goods
        (
            "Бразилия добыла 90 млн тонн нефти, а Аргентина — 3 млн тонн угля.",
            [
                ("добыча нефти", Decimal(90_000_000), "тонна"),
                ("добыча угля", Decimal(3_000_000), "тонна"),
            ],
        ),
        (
            "Индия экспортировала 10 млн тонн риса, а Вьетнам — 7 млн тонн кофе.",
            [
                ("экспорт кофе", Decimal(7_000_000), "тонна"),
                ("экспорт риса", Decimal(10_000_000), "тонна"),
            ],
        ),
        (
            "Египет импортировал 12 млн тонн пшеницы, а Алжир — 8 млн тонн кукурузы.",
            [
                ("импорт кукурузы", Decimal(8_000_000), "тонна"),
                ("импорт пшеницы", Decimal(12_000_000), "тонна"),
            ],
        ),
        (  # … in another unit too
            "Катар добыл 90 млн тонн нефти, а Туркмения — 70 млрд кубометров газа.",
            [
                ("добыча газа", Decimal(70_000_000_000), "кубометр"),
                ("добыча нефти", Decimal(90_000_000), "тонна"),
            ],
        ),
        # must-nots: a measured noun after the dash, a verb of its own, another unit, a
        # thing the dash names
        (
            "Бразилия добыла 90 млн тонн нефти, а экспорт — 30 млн тонн.",
            [
                ("добыча нефти", Decimal(90_000_000), "тонна"),
                ("экспорт", Decimal(30_000_000), "тонна"),
            ],
        ),
        (
            "Египет импортировал 2 млн тонн удобрений, а весь импорт страны составил 10 млн тонн.",
            [
                ("импорт страны", Decimal(10_000_000), "тонна"),
                ("импорт удобрений", Decimal(2_000_000), "тонна"),
            ],
        ),
        (
            "Вьетнам импортировал 2 млн тонн угля, а население страны составляет 100 млн человек.",
            [
                ("импорт угля", Decimal(2_000_000), "тонна"),
                ("население страны", Decimal(100_000_000), "человек"),
            ],
        ),
        ("Ноутбук из Японии весит 2 килограмма, а планшет — 1 килограмм.", []),
    ],
)
def test_elided_measure(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)
