"""A listed West-African first name that never declines ("Махамаду", "Мамаду":
kg/nlp/undeclined_first_names.txt) before a surname in "-ию"/"-ии" read in the accusative
or genitive: the surname is one in "-ия", as beside a first name the dictionary knows in
every case ("Хосе Гарсию"), and the first name stays as written ("сменил министра Махамаду
Гарсию" → Махамаду Гарсия, not "Махамада Гарсию"). Must-nots: a Russian first name
declines with it ("Марию Гарсию" → Мария Гарсия), a surname in another vowel stays
("Кваку Мбеки"), and a dative's "-ию" is a man's "-ий" form, kept as written (sixty-ninth
pass, h-names155; own sentences about Togo, Niger, Mali, Ghana)."""

from __future__ import annotations

import pytest
from fact_reads import assert_named_not

NAMES = [
    ("Президент Того принял посла Мали Махамаду Гарсию.", "Махамаду Гарсия",
     "Махамада Гарсию"),
    ("Премьер Нигера сменил министра обороны Махамуду Мбавию.", "Махамуду Мбавия",
     "Махамуду Мбавию"),
    ("Письмо министра Мали Мамаду Гарсии зачитал посол Сенегала.", "Мамаду Гарсия",
     "Мамаду Гарсии"),
    # must-not: a Russian first name; a surname in another vowel; a dative's "-ию"
    ("Премьер Того поблагодарил министра Марию Гарсию.", "Мария Гарсия", "Марию Гарсию"),
    ("Президент Ганы сменил министра Кваку Мбеки.", "Кваку Мбеки", "Кваку Мбека"),
    ("Президент Нигера позвонил министру Мамаду Бавумию.", "Мамаду Бавумию", "Мамаду Бавумия"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "not_name"), NAMES)
def test_undeclined_first_tells_ia(extraction_of, text: str, name: str, not_name: str) -> None:  # noqa: ANN001
    """The surname in "-ия" in the nominative beside the first name as written."""
    assert_named_not(extraction_of(text, "2026-11-20"), name, not_name)
