"""Organizations left over by the forty-fifth pass's reviews 47 and 48 (h-orgs48), on
sentences of our own about other states, with must-nots: a body's name with its kind's
contraction ("Евразийский ЦБ") is the body the text names in full; an adjective alone
("солист Большого") is the body whose name it opens, named in full in the text; a tagged
institution keeps its "№ N"; a straight quote the span closes is in the name too, and a
company after the body it owns ("Совет директоров ОАО …") stays the company; a prize, a
network and "СП" are no bodies; a body's noun and field is its full name; a Cyrillic name
spelling a Latin one of the text by sound is that body; an undeclined city after a body
is its genitive ("суд Сантьяго"); "Лимского суда" is "Суд Лимы"."""

from __future__ import annotations

import pytest
from gazetteer_runs import named_mentions

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q7480001\tТихоокеанский центральный банк\tТЦБ\t\tQ7480001
org\torg/Q7480002\tБольшой театр Лимы\t\t\tQ7480002
org\torg/Q7480003\tKondorwagen\t\t\tQ7480003
"""


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return named_mentions(tmp_path_factory.mktemp("gaz"), ROWS)


def test_a_contracted_kind_is_the_body_named_in_full(orgs) -> None:  # noqa: ANN001
    found = dict(
        orgs(
            "Лидеры Чили и Перу назначили перуанца Хулио Веларде главой Тихоокеанского "
            "центрального банка (ТЦБ). Веларде станет первым перуанцем во главе "
            "Тихоокеанского ЦБ."
        )
    )
    assert found["Тихоокеанского ЦБ"] == "Тихоокеанский центральный банк", found


def test_must_not_join_two_states_central_banks(orgs) -> None:  # noqa: ANN001
    found = dict(orgs("Центральный банк Чили снизил ставку. ЦБ Перу оставил её прежней."))
    assert found["ЦБ Перу"] != found["Центральный банк Чили"], found


def test_an_adjective_alone_is_the_body_it_opens(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Ведущий солист Большого театра Лимы Луис Рамос задержан в Сантьяго. Солист "
        "Большого был арестован по запросу Чили."
    )
    assert ("Большого", "Большой театр Лимы") in found, found
    assert not any(name == "Большое" for _, name in found)


def test_must_not_make_an_adjective_alone_a_body(orgs) -> None:  # noqa: ANN001
    found = orgs("Солист Большого Луис Рамос задержан в Лиме по запросу Чили.")
    assert not any(text == "Большого" for text, _ in found), found


def test_a_tagged_institution_keeps_its_number(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Посла Перу госпитализировали в Инфекционную больницу № 2 Сантьяго. "
        "Инфекционная больница № 2 сообщила о его состоянии."
    )
    names = {name for _, name in found}
    assert names == {"Инфекционная больница № 2"}, found


def test_must_not_number_an_institution_named_without_one(orgs) -> None:  # noqa: ANN001
    found = dict(
        orgs(
            "Посла Перу госпитализировали в Инфекционную больницу. Главврач больницы № 2 "
            "сообщил о визите министра Чили."
        )
    )
    assert found["Инфекционную больницу"] == "Инфекционная больница", found


def test_a_closed_straight_quote_is_in_the_name(orgs) -> None:  # noqa: ANN001
    found = orgs(
        'Директор ОАО "Корпорация Андес" посетил Перу. Совет директоров ОАО "Корпорация '
        'Андес" одобрил сделку с Чили.'
    )
    assert ('ОАО "Корпорация Андес"', 'ОАО "Корпорация Андес"') in found, found
    assert ('Совет директоров ОАО "Корпорация Андес"',
            'Совет директоров ОАО "Корпорация Андес"') in found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "В Торонто прошла церемония вручения премий «Эмми» за лучшие сериалы Канады и Мексики.",
        "Соглашение Мексики и Канады по работе СП было продлено ещё на пять лет.",
        "Запрет касается информации в глобальной сети «Интернет», заявил министр Египта.",
    ],
)
def test_a_prize_a_network_and_a_kinds_abbreviation_are_no_bodies(orgs, text) -> None:  # noqa: ANN001
    assert orgs(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Торговая сеть «Кедр» открыла магазины в Эстонии и Латвии.", "Кедр"),
        ("Лауреатом премии фонда «Андес» стал посол Чили в Перу.", "Андес"),
        ("Чилийско-перуанское СП «Андес» открыло завод в Лиме.", "СП «Андес»"),
    ],
)
def test_must_not_drop_a_chain_a_prizes_founder_or_a_named_venture(orgs, text, name) -> None:  # noqa: ANN001
    assert any(found.endswith(name) for found, _ in orgs(text)), orgs(text)


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Решение ранее принял Национальный Комитет по Оценке СМИ Чили. Тем не менее Комитет "
         "по Оценке СМИ решил опротестовать решение суда Перу.",
         "Национальный Комитет по Оценке СМИ Чили"),
        ("Решение ранее принял Национальный Федеральный Комитет по Оценке СМИ. Тем не менее "
         "Комитет по Оценке СМИ решил опротестовать решение суда Перу.",
         "Национальный Федеральный Комитет по Оценке СМИ"),
    ],
)  # fmt: skip
def test_a_bodys_noun_and_field_is_the_body_named_in_full(orgs, text, full) -> None:  # noqa: ANN001
    found = dict(orgs(text))
    assert found["Комитет по Оценке СМИ"] == full, found


def test_must_not_join_a_court_past_its_adjective(orgs) -> None:  # noqa: ANN001
    found = dict(
        orgs(
            "Административный суд Лимы снял запрет. Суд Лимы счёл его необоснованным, "
            "сообщил посол Чили."
        )  # fmt: skip
    )
    assert found.get("Суд Лимы") != "Административный суд Лимы", found


@pytest.mark.parametrize(
    ("text", "cyrillic", "latin"),
    [
        ("Компания Kondorwagen открыла завод в Мексике. Концерн «Кондорваген» инвестирует в "
         "Канаду.", "Кондорваген", "Kondorwagen"),
        ("Компания Andesmotors открыла завод в Чили. Концерн «Андесмоторс» инвестирует в Перу.",
         "Андесмоторс", "Andesmotors"),
    ],
)  # fmt: skip
def test_a_cyrillic_name_by_sound_is_the_latin_one(orgs, text, cyrillic, latin) -> None:  # noqa: ANN001
    found = dict(orgs(text))
    assert found[cyrillic] == found[latin] == latin, found


def test_must_not_join_other_consonants_by_sound(orgs) -> None:  # noqa: ANN001
    found = dict(
        orgs(
            "Компания Kondorwagen открыла завод в Мексике. Банк «Кондорбанк» инвестирует в Канаду."
        )
    )
    assert found["Кондорбанк"] == "Кондорбанк", found


def test_an_undeclined_city_after_a_body_is_its_genitive(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Административный суд Сантьяго снял с последнего альбома чилийской группы все "
        "ограничения, введённые по жалобе посольства Перу."
    )
    assert ("Административный суд Сантьяго", "Административный суд Сантьяго") in found, found


def test_must_not_take_a_declined_nominative_after_a_body(orgs) -> None:  # noqa: ANN001
    found = orgs("Верховный суд Чили оправдал его. Лима выразила протест.")
    assert ("Верховный суд Чили", "Верховный суд Чили") in found, found
    assert not any("Лима" in text for text, _ in found)


@pytest.mark.parametrize(
    ("text", "adjective", "genitive"),
    [
        ("Суд Лимы счёл запрет необоснованным. Комитет решил опротестовать решение Лимского "
         "суда, сообщил посол Чили.", "Лимского суда", "Суд Лимы"),
        ("Суд Сантьяго счёл запрет необоснованным. Комитет решил опротестовать решение "
         "Сантьягского суда.", "Сантьягского суда", "Суд Сантьяго"),
    ],
)  # fmt: skip
def test_a_body_by_its_citys_adjective_is_the_one_by_its_genitive(
    orgs,
    text,
    adjective,
    genitive,  # noqa: ANN001
) -> None:
    found = dict(orgs(text))
    assert found[adjective] == found[genitive] == genitive, found


def test_must_not_join_a_city_adjective_to_a_longer_courts_name(orgs) -> None:  # noqa: ANN001
    found = dict(
        orgs(
            "Административный суд Лимы снял запрет. Комитет решил опротестовать решение "
            "Лимского суда, сообщил посол Чили."
        )  # fmt: skip
    )
    assert found["Лимского суда"] != found["Административный суд Лимы"], found


def test_an_abbreviation_joins_its_quoted_company(orgs) -> None:  # noqa: ANN001
    # the closing quote kept in the name, the short name still joins it (h-fix45b)
    found = orgs(
        'Директор ОАО "Корпорация ПЕК" Хуан Перес посетил Лиму. Его перевод в ПЕК '
        "одобрили власти Перу."
    )
    assert ("ПЕК", 'ОАО "Корпорация ПЕК"') in found, found
    assert ('ОАО "Корпорация ПЕК"', 'ОАО "Корпорация ПЕК"') in found, found


def test_must_not_join_an_abbreviation_to_another_quoted_company(orgs) -> None:  # noqa: ANN001
    found = orgs(
        'Директор ОАО "Корпорация ПЕК" Хуан Перес посетил Лиму. Его перевод в ЧАК '
        "одобрили власти Чили."
    )
    assert not any(m == "ЧАК" and name == 'ОАО "Корпорация ПЕК"' for m, name in found), found
