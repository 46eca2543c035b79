"""A name the parse hangs in apposition to the subject's title across that title's verb
("Министр … Анналена Бербок провела переговоры с министром … Ван И": "Ван" on the first
"Министр") is no subject and takes no gender from that verb, so "она" / "по её словам" after
it stays the woman who was the subject, and a woman named as the object keeps her own gender
(quotes35)."""

from __future__ import annotations

import pytest

WORDS = "Наши страны откроют новую страницу в отношениях"


@pytest.mark.parametrize(
    ("lead", "said_as", "speaker"),
    [
        ("Министр иностранных дел Германии Анналена Бербок провела переговоры с министром "
         "иностранных дел Китая Ван И.", "«{}», — сказала она.", "Анналена Бербок"),
        ("Министр иностранных дел Австралии Пенни Вонг провела телефонный разговор с "
         "министром иностранных дел Китая Ван И.", "По ее словам, «{}».", "Пенни Вонг"),
        ("Министр иностранных дел Японии Ёко Камикава провела переговоры с министром "
         "иностранных дел Китая Ван И.", "«{}», — заявила она.", "Ёко Камикава"),
        ("Премьер-министр Индии Нарендра Моди принял в Нью-Дели председателя Еврокомиссии "
         "Урсулу фон дер Ляйен.", "«{}», — сказала она.", "Урсула фон дер Ляйен"),
    ],
)  # fmt: skip
def test_a_name_hung_past_the_verb_is_no_subject(said, lead, said_as, speaker):
    assert said(f"{lead} {said_as.format(WORDS)}") == [(speaker, WORDS)]
