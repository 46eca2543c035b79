"""A name after a title's chain of genitives that the parse hangs on a word of the chain,
not on the title (fifty-fourth pass, h-names112; sentences of our own about Vietnam–Laos,
Cambodia–Laos, Thailand–Laos): the title right before the chain tells the case a word of
the name shows ("с генеральным секретарём Центрального комитета Народно-революционной
партии Лаоса X-ом": the instrumental, so the person is named in the nominative), and an
adjective the tagger gave no case before a genitive noun ("Народно-революционной") is of
the chain. Must-nots: a name in the genitive after a genitive chain stays as read."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

# sentence → the persons' names
NAMES = {
    "Вьетнамская делегация встретилась с генеральным секретарём Центрального комитета "
    "Народно-революционной партии Лаоса Тхонглуном Сисулитом.": {"Тхонглун Сисулит"},
    "Премьер Камбоджи встретился с заместителем председателя правительства Лаоса "
    "Сонексаем Сипхандоном.": {"Сонексай Сипхандон"},
    "Министр встретился с первым заместителем председателя Национального собрания Лаоса "
    "Сомсаватом Ленгсаватом.": {"Сомсават Ленгсават"},
    "Посол Таиланда встретился с советником министра иностранных дел Лаоса Тонгсаватом "
    "Ленгсаватом.": {"Тонгсават Ленгсават"},
    # must-not: a genitive name after a genitive chain
    "Визит генерального секретаря Центрального комитета Народно-революционной партии Лаоса "
    "Тхонглуна Сисулита в Ханой завершился.": {"Тхонглун Сисулит"},
}


@pytest.mark.parametrize("text", NAMES)
def test_name_after_chained_title(run: Callable[[str], Extraction], text: str) -> None:
    assert person_names(run(text)) == NAMES[text]
