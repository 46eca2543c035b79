"""A state's body named by what it governs in common nouns ("администрации президента")
that the gazetteer knows as the text's state's, named bare (kind StateBody): that body with
its QID; sentences of our own about Ukraine, Georgia, Belarus and Moldova."""

from __future__ import annotations

import pytest
from gazetteer_runs import org_reader

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q7300001\tАдминистрация президента Украины\t\t\tQ7300001\tUKR\tStateBody
"""

UKRAINE_OFFICE = ("Администрация президента Украины", "Q7300001")

CASES = [
    # a text of Ukraine alone: the body the gazetteer knows bare as Ukraine's
    ("Президент Украины подписал указ. В администрации президента сообщили, что документ "
     "вступит в силу в июне.", {"администрации президента": UKRAINE_OFFICE}),
    ("Киев и Брюссель продолжат переговоры, заявили в администрации президента Украины.",
     {"администрации президента Украины": UKRAINE_OFFICE}),
    ("Делегация Украины прибыла в Брюссель. По мнению администрации президента, визит "
     "укрепит экономику страны.", {"администрации президента": UKRAINE_OFFICE}),
    # must not: a text of another state, whose body the gazetteer does not know
    ("Президент Белоруссии подписал указ. В администрации президента сообщили, что документ "
     "вступит в силу в июне.", {"администрации президента": ("Администрация президента", "")}),
    # must not: two states named as often, the text does not say whose
    ("Президент Грузии встретился с президентом Украины. В администрации президента "
     "сообщили, что встреча прошла успешно.",
     {"администрации президента": ("Администрация президента", "")}),
    # must not: a visitor's state named most, the host's body (review35)
    ("Министр иностранных дел Украины прибыл в Тбилиси. Он встретился с главой администрации "
     "президента. Украина поставит Грузии зерно, а Украина и Польша обсудят транзит.",
     {"администрации президента": ("Администрация президента", "")}),
    # must not: a body of a city stays the text's own
    ("Премьер-министр Украины посетил Одессу. В администрации города сообщили о ремонте "
     "порта.", {"администрации города": ("Администрация города", "")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_body_named_by_what_it_governs_is_the_texts_states_known_one(
    orgs,  # noqa: ANN001
    text: str,
    expected: dict,
) -> None:
    assert orgs(text) == expected
