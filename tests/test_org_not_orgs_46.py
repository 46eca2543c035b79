"""Words that are no organization or a malformed one, left over by the forty-sixth review,
on sentences of our own about other states (forty-sixth pass, h-orgs46): a quoted title in
a list after a film's noun and a colon, each with its year in brackets ("сняты фильмы:
«Воры» (1988 год), «Кармелита» (ожидается 2016 год)"), is a title; a hall before a body's
name ("в Атриуме юридического факультета Университета Тарту") is no word of the body's
name, though the parser reads the capitalised noun as an adjective. With must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import org_reader

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


def test_dated_titles_in_a_list_after_a_colon(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "На фестивале в Лиме покажут фильмы: «Воры» (1988 год), «Анды» (1989 год), "
        "«Кармелита» (ожидается 2016 год). Посол Чили посетил показ."
    )
    assert "Кармелита" not in found


def test_must_not_take_a_company_after_a_dated_film(orgs) -> None:  # noqa: ANN001
    found = orgs("Награды получили фильм «Воры» (1988 год), компания «Кармелита» и посол Чили.")
    assert "Кармелита" in found


def test_a_hall_is_no_word_of_the_faculty(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Встреча министров Эстонии и Латвии прошла в Атриуме юридического факультета "
        "Университета Тарту."
    )
    assert not any("трием" in words for words in found)
    assert "юридического факультета Университета Тарту" in found


def test_must_not_drop_a_faculty_named_by_its_adjective(orgs) -> None:  # noqa: ANN001
    found = orgs("Лекция министра Эстонии прошла на Юридическом факультете Университета Тарту.")
    assert "Юридическом факультете Университета Тарту" in found


# a quoted name right after its kind's noun is in apposition, in the nominative as written
# (not "Юнкер ТГУ" of a genitive reading); must not: one hanging on another noun declines
QUOTED = [
    (
        "В акции приняли участие студенческая организация «Юнкера ТГУ» и посол Латвии.",
        "Юнкера ТГУ",
        "Юнкера ТГУ",
    ),
    ("Сотрудник «Российской газеты» посетил Латвию.", "Российской газеты", "Российская газета"),
]


@pytest.mark.parametrize(("text", "words", "name"), QUOTED)
def test_a_quoted_name_after_its_kind(orgs, text: str, words: str, name: str) -> None:  # noqa: ANN001
    assert orgs(text)[words][0] == name


def test_a_persons_genitive_before_a_common_noun(orgs) -> None:  # noqa: ANN001
    found = orgs(
        'Сторонники партии уже успели назвать правительство Кальвика кабинетом "друзей '
        'президента Ильвеса". Ильвес посетил Латвию.'
    )
    assert not any("абинет" in words for words in found)


def test_must_not_drop_an_undeclined_name_before_its_kind(orgs) -> None:  # noqa: ANN001
    found = orgs("Кредит выдан Тинькофф банком, сообщил посол Латвии.")
    assert "Тинькофф банком" in found


# a known name capitalised only as its sentence's first words, which the text writes
# elsewhere all in lower case, is the common phrase; must not: the name where the text
# never writes it so
PHRASE_ROWS = ROWS + "org\torg/Q999\tПравая оппозиция\t\t\tQ999\t\t\n"


@pytest.fixture(scope="module")
def phrase_orgs(tmp_path_factory):
    return org_reader(tmp_path_factory.mktemp("gaz"), PHRASE_ROWS)


def test_a_known_name_the_text_writes_as_a_common_phrase(phrase_orgs) -> None:  # noqa: ANN001
    found = phrase_orgs(
        "В Латвии работают две силы: коалиция и правая оппозиция. Правая оппозиция желает "
        "проведения досрочных выборов."
    )
    assert found.get("Правая оппозиция", ("", ""))[1] != "Q999"


def test_must_not_drop_a_known_name_at_a_sentence_start(phrase_orgs) -> None:  # noqa: ANN001
    found = phrase_orgs(
        "В Латвии работают две силы. Правая оппозиция желает проведения досрочных выборов."
    )
    assert found["Правая оппозиция"][1] == "Q999"
