"""An organ of a named body opens with a capital however many words name it ("совет
директоров МВФ", "кафедра Университета Осло" mid-sentence; were lower case); "ВПП" alone is
the World Food Programme, but not beside words of flying (a runway); a plural noun of people
before a body's name of two words or more is no word of it ("Волонтёры Красного Креста
Индонезии" is the Indonesian Red Cross, "Красный Крест", not "Красное"). Sixty-seventh pass,
h-orgs81; own sentences."""

from __future__ import annotations

import pytest
from fact_reads import org_states, org_wikidata


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Вчера совет директоров МВФ одобрил кредит Египту.",
            "совет директоров МВФ",
            "Совет директоров МВФ",
        ),
        (
            "Кредит Гане одобрил совет директоров Всемирного банка.",
            "совет директоров Всемирного банка",
            "Совет директоров Всемирного банка",
        ),
        (
            "Конференцию о Норвегии провела кафедра Университета Осло.",
            "кафедра Университета Осло",
            "Кафедра Университета Осло",
        ),
        (
            "Студентов из Эстонии пригласил факультет Университета Хельсинки.",
            "факультет Университета Хельсинки",
            "Факультет Университета Хельсинки",
        ),
        # must-not: the body itself keeps its own name
        (
            "Конференцию о Норвегии провела кафедра Университета Осло.",
            "Университета Осло",
            "Университет Осло",
        ),
    ],
)
def test_organ_with_words_between_is_capitalised(
    analyse, text: str, mention: str, name: str
) -> None:
    assert (mention, name) in [(m, n) for m, n, _ in org_wikidata(analyse, text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ВПП доставила продовольствие в Судан.", True),
        ("Представители ВПП прибыли в Йемен.", True),
        ("Глава ВПП встретился с президентом Чада.", True),
        # must-nots: the runway
        ("Самолёт выкатился за пределы ВПП в аэропорту Катманду.", False),
        ("Ремонт ВПП аэропорта Тбилиси завершён.", False),
    ],
)
def test_wfp_by_its_initials(analyse, text: str, found: bool) -> None:
    mentions = [(m, n) for m, n, _ in org_wikidata(analyse, text)]
    wfp = ("ВПП", "Всемирная продовольственная программа ООН")
    assert (wfp in mentions) is found
    assert found or not any(m == "ВПП" for m, _ in mentions)


@pytest.mark.parametrize(
    ("text", "mention", "name", "state"),
    [
        (
            "Волонтёры Красного Креста Индонезии помогли жителям Суматры.",
            "Красного Креста Индонезии",
            "Красный Крест Индонезии",
            "state/IDN",
        ),
        (
            "Волонтёры Красного Креста Японии прибыли в Непал.",
            "Красного Креста Японии",
            "Красный Крест Японии",
            "state/JPN",
        ),
        (
            "Представители Всемирной организации здравоохранения прибыли в Чад.",
            "Всемирной организации здравоохранения",
            "Всемирная организация здравоохранения",
            "",
        ),
    ],
)
def test_people_before_a_body_are_not_its_name(
    extraction_of, text: str, mention: str, name: str, state: str
) -> None:
    assert (mention, name, state) in org_states(extraction_of(text, "2026-12-03", "offices"))


def test_plural_before_one_word_stays_a_name(extraction_of) -> None:
    """Must-not: "Свидетели Иеговы" is a body's own name, no people of "Иеговы"."""
    found = org_states(extraction_of("Свидетели Иеговы провели собрание в Чили.", "2026-12-03"))
    assert not any(m == "Иеговы" for m, _, _ in found)
