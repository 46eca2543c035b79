"""A surname alone links to the gazetteer's person news names by it where the table's only
namesakes are of the other sex ("Рейган" is Рональд, not Нэнси): a verb of the other sex,
or the namesake named in full in the text, keeps it off him. And a given name with a
consonant doubled otherwise is the gazetteer's ("Хусейн" of "Мохаммед Хуссейн"), and a
person known by one name is found by it ("Неймар"). Beside a post of many, a surname alone
is only one the gazetteer gives a term of that post at the date
(test_person_post_surnames.py), never a famous namesake ("Спикер парламента Кеннеди")."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def read():
    run = shipped_reader()

    def go(text: str) -> dict[str, str]:
        """Each person mention's text → its entity key where it is a QID's, else ""."""
        return {
            text[m.start : m.end]: m.entity if m.entity.startswith("person/Q") else ""
            for m in run(text)
            if m.type == "Person"
        }

    return go


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        # a surname alone among namesakes of the other sex
        ("Речь Рейгана в Западном Берлине обострила отношения США и ГДР.", "Рейгана",
         "person/Q9960"),
        ("Мугабе прибыл в Пекин на переговоры о кредитах Китая для Зимбабве.", "Мугабе",
         "person/Q10707"),
        ("В 1984 году Тэтчер подписала в Пекине декларацию Великобритании и Китая о "
         "Гонконге.", "Тэтчер", "person/Q7416"),
        # must not: a verb of the other sex is not the man news names by the surname
        ("Рейган заявила журналистам в Лондоне, что поддерживает фонд.", "Рейган", ""),
        # must not: the namesake the text names in full is meant
        ("Нэнси Рейган прибыла в Лондон. Позже Рейган встретилась с премьером "
         "Великобритании.", "Рейган", "person/Q193426"),
        ("Дэнис Тэтчер посетил Кейптаун. Там Тэтчер встретился с министром ЮАР.", "Тэтчер",
         "person/Q46172"),
        # a given name with a consonant doubled otherwise
        ("Маршал Хусейн Тантави принял в Каире посла Ливии.", "Хусейн Тантави",
         "person/Q45917"),
        ("Визит Хусейна Тантави в Хартум укрепил связи Египта и Судана.", "Хусейна Тантави",
         "person/Q45917"),
        # must not: another given name with the surname is someone else
        ("Профессор Хасан Тантави выступил в Каире перед студентами из Туниса.",
         "Хасан Тантави", ""),
        # a person known by one name
        ("Неймар забил два гола в матче сборных Бразилии и Уругвая.", "Неймар",
         "person/Q142794"),
        ("Тренер сборной Парагвая похвалил Неймара после матча в Асунсьоне.", "Неймара",
         "person/Q142794"),
        # must not: another player's name spelled alike stays his
        ("Роналду забил гол в ворота сборной Ганы.", "Роналду", "person/Q11571"),
        # her surname, which never declines, stays hers
        ("Певица Лопес выступила на стадионе в Гаване перед послом Кубы.", "Лопес",
         "person/Q40715"),
        # must not: a post of a state or its body the gazetteer knows the person held in no
        # term is a namesake's, not the one-word alias's (names65)
        ("Посол Кеннеди прибыл в Токио на переговоры Японии и Южной Кореи.", "Кеннеди", ""),
        ("Кеннеди, сотрудник посольства Бразилии в Анголе, заявил, что визит отложен.",
         "Кеннеди", ""),
        ("Министр Лопес заявила, что Куба и Ангола продлят соглашение.", "Лопес", ""),
        # an office holder's role the gazetteer does not list keeps the alias
        ("Президент Кеннеди прибыл в Западный Берлин.", "Кеннеди", "person/Q9696"),
        # a post that one person holds at a time, beside the one-word alias it names
        # (fix38b): a state's minister of a field, a city's mayor, a team's captain or player
        ("Министр обороны России Шойгу прибыл в Ханой на переговоры с Вьетнамом.", "Шойгу",
         "person/Q32024"),
        ("Мэр Москвы Собянин посетил Ереван по приглашению Армении.", "Собянин",
         "person/Q319497"),
        ("Капитан сборной Бразилии Неймар забил гол в ворота сборной Чили.", "Неймар",
         "person/Q142794"),
        ("Форвард сборной Португалии Роналду забил гол в ворота сборной Испании.", "Роналду",
         "person/Q11571"),
        # must not: a post a state fills many times over names none of them (fix38b)
        ("Посол США Кеннеди вручила верительные грамоты в Сеуле.", "Кеннеди", ""),
        # must not: a post of a body every state has, its state unnamed, is one of many
        # (names67)
        ("Спикер парламента Кеннеди заявил, что Ирландия и Исландия подпишут договор.",
         "Кеннеди", ""),
        # ... and so is an official the gazetteer gives no term of that post (links69: the
        # names67 rule linked any one named with a patronymic, "Посол Абрамович" too)
        ("Министр Шойгу прибыл в Ханой на переговоры с Вьетнамом.", "Шойгу", ""),
        ("Посол Чуркин выступил в Совбезе ООН после визита в Дамаск.", "Чуркин", ""),
    ],
)  # fmt: skip
def test_a_name_links_to_the_gazetteers_person(read, text, name, key) -> None:  # noqa: ANN001
    assert read(text).get(name, "") == key
