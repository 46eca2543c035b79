"""One body as several organizations and words that are no organization, left over by the
forty-fifth review, on sentences of our own about other states (forty-fifth pass,
h-orgs45): names of one company that differ only by its legal form ("АКБ X", "АКБ X АО",
"X Акционерное общество") are one; an adjective and its noun that open exactly one longer
name of the text going on with whose body it is ("Генеральный штаб" of "Генеральный штаб
Вооруженных сил Чили") are that body; "Совбез" is the Security Council; a capitalised act
opening a body's name ("Приказом Банка Чили") and an act's number ("ОД 3628") are no part
of an organization; an abbreviation before a person's surname ("КВН Маслякова") is no body
named after the person. With must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import org_reader

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


def test_a_companys_legal_forms_are_one_company(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Приказом Банка Эстонии назначена временная администрация по управлению "
        "Акционерным коммерческим банком БАЛТИКА Акционерное общество. Полномочия органов "
        "АКБ БАЛТИКА АО приостановлены. Выплаты вкладчикам АКБ БАЛТИКА начнутся в мае."
    )
    names = {found[w][0] for w in ("БАЛТИКА Акционерное общество", "АКБ БАЛТИКА АО", "АКБ БАЛТИКА")}
    assert names == {"АКБ БАЛТИКА"}


def test_must_not_join_companies_of_other_words(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Акции АО «Балтика Энерджи» выросли. Выплаты вкладчикам АКБ «Балтика» начнутся в мае."
    )
    assert len({e for e in found.values()}) == 2


# an adjective and its noun that open exactly one longer name of the text going on with a
# capitalised name are that body; must not: one with whose body right after it, a longer
# name going on in lower case (another body)
PREFIXES = [
    (
        "Сото был освобождён от должности начальника Генерального штаба Вооруженных сил "
        "Чили. Затем он освобождён от должности начальника Генерального штаба и назначен "
        "послом в Перу.",
        "Генерального штаба",
        "Генеральный штаб Вооруженных сил Чили",
    ),
    (
        "Сото был освобождён от должности начальника Генерального штаба Вооруженных сил "
        "Чили. В 2010 году он вернулся в Генеральный штаб.",
        "Генеральный штаб",
        "Генеральный штаб Вооруженных сил Чили",
    ),
    (
        "Национальный банк развития Чили выдал кредит. Национальный банк сообщил, что Перу "
        "последует примеру.",
        "Национальный банк",
        "Национальный банк",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), PREFIXES)
def test_a_bodys_opening_words(orgs, text: str, words: str, name: str) -> None:  # noqa: ANN001
    assert orgs(text)[words][0] == name


def test_must_not_join_a_body_named_with_another_state(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Делегация Генерального штаба Вооруженных сил Чили и Генерального штаба Вооруженных "
        "сил Перу встретилась в Лиме."
    )
    assert found.get("Генерального штаба", ("",))[0] != "Генеральный штаб Вооруженных сил Чили"


def test_the_security_councils_contraction(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Совбез Эстонии собрался в среду. Совет безопасности Эстонии обсудил отношения с Латвией."
    )
    assert found["Совбез Эстонии"] == found["Совет безопасности Эстонии"]


NAMES = [
    ("Приказом Банка Эстонии от 21 10 2016 ОД 3628 назначена администрация.", "Банка Эстонии"),
    ("Приказом Банка Чили от 21.10.2016 № ОД-3628 назначена администрация.", "Банка Чили"),
    (
        "Одновременно Приказом Банка Чили от 21 10 2016 года ОД 3629 введен мораторий.",
        "Банка Чили",
    ),
    ("Приказ Банка Чили опубликован в Перу.", "Банка Чили"),
    # must not: a body's own noun opening the name, in any case
    ("Министерством Обороны Чили принято решение о визите в Перу.", "Министерством Обороны Чили"),
    ("Университетом Лимы принято решение о визите в Чили.", "Университетом Лимы"),
    ("Члены комитета похвалили студентов Университета Лимы из Чили.", "Университета Лимы"),
]


@pytest.mark.parametrize(("text", "words"), NAMES)
def test_an_act_is_no_part_of_the_body(orgs, text: str, words: str) -> None:  # noqa: ANN001
    found = orgs(text)
    assert words in found
    assert not any(w.startswith("ОД") or w.startswith("Приказ") for w in found)


def test_must_not_drop_an_abbreviation_after_no_date(orgs) -> None:  # noqa: ANN001
    assert "ЦСКА" in orgs("На прошлой неделе ЦСКА 2 раза обыграл клуб из Перу.")


def test_an_abbreviation_before_a_persons_surname(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Президент Чили наградил ведущего КВН Маслякова орденом. Указ о награждении "
        "ведущего КВН Александра Маслякова подписан."
    )
    assert not any("Маслякова" in w for w in found)


# a quoted name opening a stage company's quoted name whose kind follows a hyphen is that
# company; must not: a company's name after a hyphen, a holding's
STAGE = [
    (
        "Художественный руководитель «Сантьяго-оперы» Хуан Перес заявил, что «Сантьяго» "
        "откроет сезон в Перу.",
        ["Сантьяго-оперы", "Сантьяго"],
        True,
    ),
    (
        "Акции «Андес» выросли, а «Андес-Медиа» отчиталась о прибыли в Перу.",
        ["Андес", "Андес-Медиа"],
        False,
    ),
    (
        "Акции «Андес» выросли, а «Андес-холдинг» отчитался о прибыли в Перу.",
        ["Андес", "Андес-холдинг"],
        False,
    ),
]


@pytest.mark.parametrize(("text", "names", "same"), STAGE)
def test_a_stage_companys_short_name(orgs, text: str, names: list, same: bool) -> None:  # noqa: ANN001
    found = orgs(text)
    assert (len({found[n] for n in names}) == 1) is same


# a kind's abbreviation alone is the one body of the text its capitalised adjective names;
# must not: where two such bodies are named
STATIONS = [
    (
        "Авария на Нарвской ГЭС произошла в 2009 году, сообщили в Латвии. Из десяти "
        "гидроагрегатов ГЭС семь были разрушены.",
        "Нарвская ГЭС",
    ),
    (
        "Авария на Нарвской ГЭС произошла в 2009 году. Позже авария случилась на Рижской ГЭС. "
        "Из десяти гидроагрегатов ГЭС семь были разрушены.",
        "ГЭС",
    ),
]


@pytest.mark.parametrize(("text", "name"), STATIONS)
def test_a_kinds_abbreviation_alone(orgs, text: str, name: str) -> None:  # noqa: ANN001
    assert orgs(text)["ГЭС"][0] == name
