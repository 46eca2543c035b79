"""Who speaks where an outlet passes words on "со ссылкой на" (fix38d): the person whose words
("слова X") it quotes, whichever of the two comes first; no one where the source is unnamed
sources, an entourage or a press service ("на источники в администрации президента X"), or a
reporter ("на своего корреспондента Y"); and a body's statement in a "в котором" clause is not
the person in the body's genitive."""

from __future__ import annotations

import pytest

GAS = "Анкара готова увеличить поставки газа в Грецию"
ERDOGAN = "президента Турции Реджепа Тайипа Эрдогана"
FIDAN = "министра иностранных дел Турции Хакана Фидана"


@pytest.mark.parametrize(
    "source",
    [
        f"слова {ERDOGAN} со ссылкой на {FIDAN}",
        f"со ссылкой на {FIDAN} слова {ERDOGAN}",
    ],
)
def test_the_words_owner_speaks_not_the_source(said, source: str) -> None:
    assert said(f"«{GAS}», — приводит агентство Anadolu {source}.") == [
        ("Реджеп Тайип Эрдоган", GAS)
    ]


OIL = "Лиссабон готов увеличить закупки нефти у Анголы"
PORTUGAL = "президента Португалии Марселу Ребелу ди Созы"


@pytest.mark.parametrize(
    "source",
    [
        f"источники в администрации {PORTUGAL}",
        f"источник в окружении {PORTUGAL}",
        f"пресс-службу {PORTUGAL}",
    ],
)
def test_sources_near_a_person_are_not_the_person(said, source: str) -> None:
    assert said(f"«{OIL}», — передаёт агентство Lusa со ссылкой на {source}.") == []


@pytest.mark.parametrize(
    "source",
    [
        "журналистку Айше Демир, которая взяла интервью у Реджепа Тайипа Эрдогана",
        "своего корреспондента Мехмета Йылмаза",
    ],
)
def test_a_reporter_is_no_speaker(said, source: str) -> None:
    assert said(f"«{GAS}», — передаёт агентство Anadolu со ссылкой на {source}.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        f"Пресс-служба президента Греции Кириакоса Мицотакиса заявила: «{GAS}».",
        "Пресс-служба президента Греции Кириакоса Мицотакиса опубликовала коммюнике, в котором "
        f"сообщила: «{GAS}».",
        "Канцелярия премьер-министра Греции Кириакоса Мицотакиса опубликовала заявление, в "
        "котором призвала к «немедленному прекращению огня».",
    ],
)
def test_a_bodys_statement_is_not_its_patrons(said, sentence: str) -> None:
    assert said(sentence) == []
