"""A speaker's full name whose surname the reader kept in the genitive or accusative
("принял министра … Херардо Вертейна": the first name never declines) takes the surname the
text also writes alone with no ending ("Позднее Вертейн сказал") (quotes35)."""

from __future__ import annotations

import pytest

WORDS = "Наши страны договорились о строительстве нового моста"
HOST = "Президент Бразилии Луис Инасиу Лула да Силва принял в столице "


@pytest.mark.parametrize(
    ("guest", "surname", "speaker"),
    [
        ("министра иностранных дел Аргентины Херардо Вертейна", "Вертейн", "Херардо Вертейн"),
        ("министра иностранных дел Аргентины Родриго Пасена", "Пасен", "Родриго Пасен"),
    ],
)
def test_surname_written_alone_names_the_speaker(said, guest, surname, speaker):
    text = f"{HOST}{guest}. Позднее {surname} сказал журналистам: «{WORDS}»."
    assert said(text) == [(speaker, WORDS)]
