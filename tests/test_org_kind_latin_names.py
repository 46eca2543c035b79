"""An organization whose name is a kind noun and a Latin name ("Партия Pro Patria", "Компания
Nordvik Energy") is found by the Latin name alone, bare or quoted after the noun in any case,
and gets its QID; not a Russian name after the noun ("Банк Эстонии" is no "Эстонии"), nor a
Latin name two rows open so. Sentences of our own (forty-third pass, h-links72)."""

from __future__ import annotations

import pytest
from gazetteer_runs import org_reader

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q7300001\tПартия Pro Patria\t\t\tQ7300001
org\torg/Q7300002\tКомпания Nordvik Energy\t\t\tQ7300002
org\torg/Q7300003\tБанк Эстонии\t\t\tQ7300003
org\torg/Q7300004\tКомпания Andes Mining\t\t\tQ7300004
org\torg/Q7300005\tХолдинг Andes Mining\t\t\tQ7300005
"""

PATRIA = ("Партия Pro Patria", "Q7300001")
NORDVIK = ("Компания Nordvik Energy", "Q7300002")

CASES = [
    # the Latin name quoted in a list after the plural kind noun, and bare
    (
        "В парламент Эстонии прошли депутаты от партий «Союз Отечества» и «Pro Patria».",
        {"Pro Patria": PATRIA},
    ),
    ("Партия реформ Эстонии создала коалицию с Pro Patria.", {"Pro Patria": PATRIA}),
    ("Лидер партии «Pro Patria» посетил Ригу.", {"Pro Patria": PATRIA}),
    ("Контракт с Перу подписала компания «Nordvik Energy».", {"Nordvik Energy": NORDVIK}),
    # the full name keeps its reading
    ("Компания Nordvik Energy подписала контракт с Чили.", {"Компания Nordvik Energy": NORDVIK}),
]


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):  # noqa: ANN001, ANN201
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_latin_name_after_a_kind_noun_is_the_row_s(orgs, text: str, expected: dict) -> None:  # noqa: ANN001
    found = orgs(text)
    assert {k: found.get(k) for k in expected} == expected


def test_must_not_after_a_noun_of_another_kind(orgs) -> None:  # noqa: ANN001
    """A think tank that bears the party's Latin name is another organization."""
    found = orgs("Как сообщает чилийский аналитический центр «Pro Patria», Перу усилит флот.")
    assert found.get("Pro Patria", ("", ""))[1] == ""


def test_must_not_a_russian_name_or_a_latin_name_of_two_rows(orgs) -> None:  # noqa: ANN001
    """A state's name after the kind noun is the state's; a Latin name a company and a
    holding both open with is neither's."""
    found = orgs("Делегация Эстонии прибыла в Чили. Компания «Andes Mining» открыла рудник.")
    assert all(qid != "Q7300003" for _, qid in found.values())
    assert found.get("Andes Mining", ("", ""))[1] == ""
