"""A relative named by the first name alone, in apposition to kin ("его супруга Мишель"),
after a person the text names with a surname: the gazetteer's one person of that first
name and that family's surname, in either sex's form; no one where the gazetteer has no
such person, or the name stands apart from kin."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def read():
    run = shipped_reader()

    def go(text: str) -> list[tuple[str, str]]:
        """Each person mention's text → its entity key, in text order."""
        return [(text[m.start : m.end], m.entity) for m in run(text) if m.type == "Person"]

    return go


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Барак Обама прилетел в Берлин вместе с супругой Мишель.", "Мишель", "person/Q13133"),
        ("Дональд Трамп посетил Токио, его сопровождала дочь Иванка.", "Иванка",
         "person/Q239411"),
        ("Экс-президент Перу Альберто Фухимори заявил, что его дочь Кейко продолжит борьбу.",
         "Кейко", "person/Q235137"),
        # the woman's form of the family's surname: "Лолла Каримова" of "Ислам Каримов"
        ("Президент Узбекистана Ислам Каримов принял делегацию Франции вместе с дочерью "
         "Лоллой.", "Лоллой", "person/Q58336"),
        ("Бывший премьер Таиланда Таксин Чинават заявил, что его сестра Йинглак вернётся в "
         "Бангкок.", "Йинглак", "person/Q57670"),
        # the table's label-less row named by its nominative ("Юлия", not "Юлии")
        ("Бывший офицер Сергей Скрипаль и его дочь Юлия прилетели в Лиссабон.", "Юлия",
         "person/Q50559234"),
        # must not: a daughter the gazetteer does not know is a person of her own
        ("Дональд Трамп посетил Токио, его сопровождала дочь Тиффани.", "Тиффани", ""),
        # must not: a first name alone, no kin beside it, is no one's relative
        ("Барак Обама прилетел в Берлин. Мишель встретилась с учениками школы.", "Мишель", ""),
    ],
)  # fmt: skip
def test_a_relative_by_first_name_takes_the_familys_surname(read, text, name, key) -> None:  # noqa: ANN001
    got = dict(read(text)).get(name, "")
    assert (got if got.startswith("person/Q") else "") == key
