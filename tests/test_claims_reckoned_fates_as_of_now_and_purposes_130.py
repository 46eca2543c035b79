"""Claims (h-claims130): a count of named people a verb of reckoning classes by a fate has that
fate ("20 военнослужащих считаются погибшими" → погибшие военнослужащие, "признаны/признали
погибшими"); a date a sentence closes on as the day it is told as of ("(на 6 ноября)", ",
по состоянию на 5 ноября") dates every clause's figure; a part of a ", а" contrast told of
now ("а сейчас их 2,5 млн", "а сейчас — 6 млрд") has none of the first part's date, and "их"
with no verb counts what the count before counted; a term a verb of giving gives "на" a noun
is that noun's ("дали 48 часов на выезд" → срок выезда); a gapped sum after "тогда как"/"в
то время как" keeps its own noun. Own sentences about Turkey–Iraq, Peru–Chile, Nepal–India,
Oman–India, Egypt–Sudan, Laos–Vietnam, India–UAE, Syria–Turkey."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

FIELDS = ("metric", "value", "unit")
DATED = ("metric", "value", "period")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Более 20 турецких военнослужащих считаются погибшими после атаки в Ираке.",
            [("погибшие военнослужащие", 20, "военнослужащий")],
        ),
        ("Около 15 перуанских солдат числятся погибшими.", [("погибшие солдаты", 15, "солдат")]),
        ("Около 30 чилийских солдат признаны погибшими.", [("погибшие солдаты", 30, "солдат")]),
        (
            "Власти Ирака признали погибшими 12 турецких военнослужащих.",
            [("погибшие военнослужащие", 12, "военнослужащий")],
        ),
        (
            "По данным Непала, 40 человек погибли, ещё 12 признаны погибшими.",
            [("погибшие", 12, "человек"), ("погибшие", 40, "человек")],
        ),
        # must-nots: a verb of fate itself, a verb of reckoning with no fate
        ("Погибли 5 военнослужащих.", [("погибшие военнослужащие", 5, "военнослужащий")]),
        (
            "Около 15 военнослужащих признаны виновными.",
            [("военнослужащие", 15, "военнослужащий")],
        ),
        (
            "Около 15 военнослужащих считаются лучшими специалистами страны.",
            [("военнослужащие", 15, "военнослужащий")],
        ),
    ],
)
def test_people_reckoned_by_a_fate(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В результате наводнения в Непале погибли 48 человек, ещё 17 пропали без вести "
            "(данные на 4 ноября).",
            [("погибшие", 48, "2025-11-04"), ("пропавшие без вести", 17, "2025-11-04")],
        ),
        (
            "В результате оползня в Перу погибли 25 человек, 40 получили ранения, по состоянию "
            "на 5 ноября.",
            [("погибшие", 25, "2025-11-05"), ("раненые", 40, "2025-11-05")],
        ),
        # must-nots: a date of the first clause's own, no date
        (
            "В результате урагана погибли 25 человек (на 6 ноября), ещё 10 пропали без вести.",
            [("погибшие", 25, "2025-11-06"), ("пропавшие без вести", 10, "")],
        ),
        (
            "Погибли 25 человек, ещё 10 пропали без вести.",
            [("погибшие", 25, ""), ("пропавшие без вести", 10, "")],
        ),
    ],
)
def test_a_closing_as_of_date_dates_every_clause(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, DATED, date="2025-11-06") == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В 2022 году в ОАЭ проживали 3 млн индийцев, а сейчас их уже 3,5 млн.",
            [("индийцы", 3000000, "2022"), ("индийцы", 3500000, "")],
        ),
        (
            "В 2021 году в Турции находились 4 млн сирийцев, а теперь их около 3 млн.",
            [("сирийцы", 3000000, ""), ("сирийцы", 4000000, "2021")],
        ),
        (
            "В 2023 году товарооборот Омана и Индии составил 5 млрд долларов, а сейчас — 6 млрд.",
            [("товарооборот", 5000000000, "2023"), ("товарооборот", 6000000000, "")],
        ),
        # must-nots: a year of each part's own, a contrast of another measure at the same time
        (
            "В 2023 году товарооборот Омана и Индии составил 5 млрд долларов, а в 2024 году — "
            "6 млрд долларов.",
            [("товарооборот", 5000000000, "2023"), ("товарооборот", 6000000000, "2024")],
        ),
        (
            "В 2023 году товарооборот Египта и Судана составил 5 млрд долларов, а инвестиции — "
            "2 млрд долларов.",
            [("инвестиции", 2000000000, "2023"), ("товарооборот", 5000000000, "2023")],
        ),
    ],
)
def test_a_part_told_of_now_has_no_earlier_date(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, DATED, date="2025-11-06") == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Непальским рабочим дали 48 часов на выезд из страны.",
            [("срок выезда из страны", 48, "час")],
        ),
        ("Властям Лаоса дали 10 дней на ответ.", [("срок ответа", 10, "день")]),
        ("На эвакуацию граждан Перу отведено 10 дней.", [("срок эвакуации граждан", 10, "день")]),
        # must-nots: a term with no purpose noun, a deed's term, a loan's term
        ("Перу продлило режим ЧС на 30 дней.", [("срок", 30, "день")]),
        ("Посольство Индии в Непале закрыли на 48 часов.", [("срок", 48, "час")]),
        (
            "Египет дал послу Италии 72 часа на то, чтобы покинуть страну.",
            [("срок, чтобы покинуть страну", 72, "час")],
        ),
        ("Индия дала Непалу кредит на 10 лет.", [("срок кредита", 10, "год")]),
    ],
)
def test_a_term_given_for_a_purpose_is_named_by_it(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Экспорт Турции в Ирак составил 12 млрд долларов, тогда как импорт — 3 млрд.",
            [("импорт", 3000000000, "USD"), ("экспорт", 12000000000, "USD")],
        ),
        (
            "Экспорт Вьетнама в Лаос составил 700 млн долларов, в то время как импорт — около "
            "300 млн долларов.",
            [("импорт", 300000000, "USD"), ("экспорт", 700000000, "USD")],
        ),
    ],
)
def test_a_gapped_contrast_keeps_its_noun(analyse, text: str, rows: list[tuple]) -> None:
    # already so before this pass: a guard for the brief's fifth class
    assert claim_rows(analyse, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В 2022 году в ОАЭ проживали 3 млн индийцев, а сейчас их уже 3,5 млн. Большинство "
            "работает в строительстве.",
            [("индийцы", 3000000, "индиец"), ("индийцы", 3500000, "индиец")],
        ),
        (
            "За кандидата правящей партии Шри-Ланки проголосовали 49 тыс. избирателей, а за его "
            "соперника — 44 тыс. Явка составила 60%.",
            [("избиратели", 44000, "избиратель"), ("избиратели", 49000, "избиратель"),
             ("явка", 60, "percent")],
        ),
        # must-not: a noun of the gapped part's own in its sentence
        (
            "Проголосовали 49 тыс. избирателей, а число наблюдателей — 3 тыс. Явка составила 60%.",
            [("избиратели", 49000, "избиратель"), ("наблюдатели", 3000, "наблюдатель"),
             ("явка", 60, "percent")],
        ),
    ],
)  # fmt: skip
def test_a_gapped_count_ends_with_its_sentence(analyse, text: str, rows: list[tuple]) -> None:
    # a scale's stop ("тыс.", "млн.") ends the sentence: the next one's nouns are not the part's
    assert claim_rows(analyse, text, FIELDS) == rows
