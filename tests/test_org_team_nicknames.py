"""A team the gazetteer names by its place and a Latin plural nickname ("Ванкувер Кэнакс",
"Vancouver Canucks") is named by the Latin nickname alone too ("Canucks вышли в финал", "у
Penguins"), as sports news writes it, where no other row's Latin name ends so. Not a Latin
name's last word that is no plural ("Press" of "Associated Press", "Watch" of "Human Rights
Watch"), nor one that ends several rows' names ("Times"), nor the word inside a longer Latin
name. Sentences of our own about other states (forty-fourth pass, h-links73), read with the
shipped gazetteer."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader

CANUCKS = "org/Q192890"
PENGUINS = "org/Q193643"
OILERS = "org/Q205973"
LAKERS = "org/Q121783"


@pytest.fixture(scope="module")
def keys():  # noqa: ANN201
    read = shipped_reader()
    return lambda text: {m.text: m.entity for m in read(text) if m.type == "Organization"}


@pytest.mark.parametrize(
    ("text", "word", "key"),
    [
        ("Canucks обыграли сборную Мексики в товарищеском матче в Канаде.", "Canucks", CANUCKS),
        ("Нападающий из Чили подписал контракт с Penguins на два года.", "Penguins", PENGUINS),
        ("Игрок из Эстонии перешёл в Oilers после сезона в Латвии.", "Oilers", OILERS),
        ("Защитник Lakers родом из Египта, его отец живёт в Турции.", "Lakers", LAKERS),
    ],
)
def test_a_teams_latin_nickname_alone(keys, text: str, word: str, key: str) -> None:  # noqa: ANN001
    assert keys(text).get(word) == key


def test_must_not_a_latin_word_that_is_no_nickname(keys) -> None:  # noqa: ANN001
    """ "Press" ends "Associated Press", "Watch" "Human Rights Watch": no plural nickname."""
    found = keys("Газета Press и сайт Watch написали о визите президента Перу в Чили.")
    assert "org/Q40469" not in found.values()
    assert "org/Q187052" not in found.values()


def test_must_not_a_word_that_ends_several_names(keys) -> None:  # noqa: ANN001
    """ "Times" ends the names of several newspapers: it names none of them alone."""
    found = keys("По данным Times, Канада и Мексика договорились о пошлинах.")
    assert "org/Q188515" not in found.values()
    assert "org/Q221986" not in found.values()


def test_must_not_inside_another_latin_name(keys) -> None:  # noqa: ANN001
    """ "Penguins" of another Latin name is that name's word, not the Pittsburgh team."""
    found = keys("Фонд Linux Penguins Foundation открыл офис в Латвии и Эстонии.")
    assert PENGUINS not in found.values()


def test_must_not_a_state_bodys_latin_word(keys) -> None:  # noqa: ANN001
    """ "Majlis" ends "Oliy Majlis", Uzbekistan's parliament; Iran's is called so too."""
    found = keys("Majlis Ирана одобрил соглашение с Турцией и Египтом.")
    assert "org/oliy-majlis" not in found.values()
