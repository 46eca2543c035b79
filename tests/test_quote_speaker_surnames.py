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


def test_a_surname_the_reader_declined_renames_no_one(said):
    """must-not: a bare "Рама" the reader turns into "Рам" is no surname written alone, so
    "Эди Рама" keeps his "-а"."""
    text = (
        "Председатель Совета министров Италии Джорджа Мелони провела в Риме переговоры с "
        "премьер-министром Албании Эди Рамой. Рама, в свою очередь, назвал Италию «ближайшим "
        "другом Албании в ЕС»."
    )
    assert said(text) == [("Эди Рама", "ближайшим другом Албании в ЕС")]
