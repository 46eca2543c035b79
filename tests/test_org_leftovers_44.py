"""Organizations left over by the forty-fourth review, on sentences of our own about other
states: a poison named as the instrument of poisoning or held in a vessel ("отравлен
«Новичком»", "бутылку с «Новичком»") and a generic institution's abbreviation alone ("в
СИЗО") are no organization; a body's name ending in its state is one body whichever form
names the state ("… Чили" / "… Чилийской республики"); a capitalised contraction the tagger
leaves is found ("Погранслужба будет …"); an organization's assembly before its abbreviation
is a body ("Генеральное собрание ООН"); a quoted short name of a club is the club
("«Лимы»" of "«Лима Альянса»"). With must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import org_reader

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q90000001\tВременный военный совет Чилийской республики\tВВСЧ\t\tQ90000001\t\t
"""


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


NOT_ORGS = [
    # a poison: the instrumental of a verb of poisoning, quoted
    ("Бывший офицер разведки Чили был отравлен «Новичком» в Лиме.", "Новичком"),
    ("Полиция Перу считает, что журналиста отравили «Новичком».", "Новичком"),
    ("Полиция Перу нашла бутылку с «Новичком».", "Новичком"),
    ("Отравленный «Новичком» дипломат Эстонии выжил.", "Новичком"),
    # a generic institution's abbreviation alone
    ("Бывшего министра Перу поместили в СИЗО. Адвокат посетил его в СИЗО.", "СИЗО"),
]


@pytest.mark.parametrize(("text", "word"), NOT_ORGS)
def test_no_organization(orgs, text: str, word: str) -> None:  # noqa: ANN001
    assert word not in orgs(text)


KEPT = [
    # must not: another case after a verb of poisoning is the body it is
    ("Чили отравила отношения с «Газпромом».", "Газпромом"),
    ("Встреча с «Газпромом» прошла в Лиме.", "Газпромом"),
    # must not: the institution named by its place
    ("СИЗО Лимы переполнен, сообщил министр Перу.", "СИЗО Лимы"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_kept_organization(orgs, text: str, word: str) -> None:  # noqa: ANN001
    assert word in orgs(text)


# a body's name ending in its state is one body whatever form names the state; must not:
# the same body's name of two states stays two
STATE_FORMS = [
    (
        "Национальный совет Чили одобрил закон. Члены Национального совета Чилийской "
        "республики отклонили поправки Перу.",
        "Национальный совет Чили",
        "Национального совета Чилийской республики",
        True,
    ),
    (
        "Высший Военный Совет Египта заявил о выборах. Представители Высшего военного совета "
        "Египта встретились с послом Турции.",
        "Высший Военный Совет Египта",
        "Высшего военного совета Египта",
        True,
    ),
    (
        "Национальный совет Чили одобрил закон. Национальный совет Перу отклонил его.",
        "Национальный совет Чили",
        "Национальный совет Перу",
        False,
    ),
]


@pytest.mark.parametrize(("text", "one", "other", "same"), STATE_FORMS)
def test_one_body_by_state(orgs, text: str, one: str, other: str, same: bool) -> None:  # noqa: ANN001
    found = orgs(text)
    assert (found[one] == found[other]) is same


# a capitalised contraction of a state's body's name the tagger leaves is found, in the
# nominative too, and is the body of the text it contracts; must not: one in lower case
CONTRACTIONS = [
    (
        "Канада ужесточила правила въезда. Погранслужба будет проверять визу каждого студента.",
        {"Погранслужба"},
    ),
    (
        "Министерство внутренних дел Канады поручило проверять визы. Погранслужба Канады "
        "будет проверять статус визы каждого студента.",
        {"Министерство внутренних дел Канады", "Погранслужба Канады"},
    ),
    (
        "Министерство внутренних дел Канады поручило проверять визы. По данным погранслужбы, "
        "проверка займёт день.",
        {"Министерство внутренних дел Канады"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACTIONS)
def test_a_contraction_left_untagged(orgs, text: str, expected: set) -> None:  # noqa: ANN001
    assert set(orgs(text)) == expected


def test_a_contraction_is_the_body_it_contracts(orgs) -> None:  # noqa: ANN001
    found = orgs("Пограничная служба Чили задержала судно. Погранслужба сообщила об этом.")
    assert found["Погранслужба"] == found["Пограничная служба Чили"]


# an organization's assembly named by a capitalised adjective and its noun before the
# organization's abbreviation is a body of its own; must not: a meeting in lower case, or
# with no adjective
ASSEMBLIES = [
    ("Генеральное собрание ООН приняло резолюцию по Чили.", "Генеральное собрание ООН", True),
    (
        "Представитель Перу выступил на Парламентской ассамблее ОБСЕ.",
        "Парламентской ассамблее ОБСЕ",
        True,
    ),
    ("На общем собрании ОБСЕ выступил министр Чили.", "общем собрании ОБСЕ", False),
    ("Перу созвало собрание ООН по климату.", "собрание ООН", False),
]


@pytest.mark.parametrize(("text", "words", "found"), ASSEMBLIES)
def test_an_assembly_of_an_organization(orgs, text: str, words: str, found: bool) -> None:  # noqa: ANN001
    got = orgs(text)
    assert (words in got) is found
    assert ("ООН" in got or "ОБСЕ" in got) is True


# a quoted name opening one longer quoted name of the text, its words in order, or spelt by
# "е" for "э", is that club; must not: a name two longer ones open, a longer name with a
# word in lower case (another company), the city outside quotes
CLUBS = [
    (
        "Полузащитник «Лимы» Иван Петров забил гол. Клуб «Лима Гринлэнд Альянса» выиграл "
        "кубок. «Лима Альянса» обыграла «Коло-Коло».",
        ["Лимы", "Лима Гринлэнд Альянса", "Лима Альянса"],
        True,
    ),
    (
        "«Таллин Шеньхуа» проиграл «Риге». Клуб «Таллин Шэньхуа» уволил тренера.",
        ["Таллин Шеньхуа", "Таллин Шэньхуа"],
        True,
    ),
    (
        "Полузащитник «Лимы» забил гол. Клуб «Лима Альянса» обыграл «Лима Юнайтед».",
        ["Лимы", "Лима Альянса"],
        False,
    ),
    (
        "Акции «Тартубанка» выросли. Компания «Тартубанк лизинг» отчиталась о прибыли.",
        ["Тартубанка", "Тартубанк лизинг"],
        False,
    ),
]


@pytest.mark.parametrize(("text", "names", "same"), CLUBS)
def test_a_quoted_short_name_is_the_club(orgs, text: str, names: list, same: bool) -> None:  # noqa: ANN001
    found = orgs(text)
    assert (len({found[n] for n in names}) == 1) is same


def test_the_city_outside_quotes_stays_a_city(orgs) -> None:  # noqa: ANN001
    found = orgs("Полузащитник «Лимы» забил гол в Лиме. Клуб «Лима Альянса» выиграл кубок.")
    assert "Лиме" not in found


# a known body named with its state's adjective and "республики" is the one the text names
# with the state's name; must not: the same words of another state
def test_a_known_body_by_its_states_name(orgs) -> None:  # noqa: ANN001
    found = orgs("Временный военный совет Чили распустил парламент. Временный военный совет "
                 "Перу осудил это.")  # fmt: skip
    assert found["Временный военный совет Чили"][1] == "Q90000001"
    assert found["Временный военный совет Перу"][1] == ""
