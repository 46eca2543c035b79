"""A signing's ceremony (sixty-seventh pass, h-events251). Own sentences about pairs of states
other than the corpus's: a bare "Церемония прошла в …" after a signing, a sentence and a
paragraph's break between them too, is that signing told again, no ceremony of its own, and
places the signing where it names no place: a city as it is, a building in the report's
dateline city where that city lies in a state of the signing, else the building."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind

_DAY = "2026-12-03"  # a Thursday

# text, the signing's location
PLACED = [
    # a building a sentence and a paragraph later: the dateline's city
    ("АККРА, 3 декабря. Министр финансов Ганы Кофи Менса и посол Японии в Аккре Кэндзи Ито "
     "подписали в среду меморандум о реструктуризации долга. Документ охватывает займы на "
     "сумму 2 млрд долларов.\n\nЦеремония прошла в здании министерства финансов Ганы.",
     "Аккра"),
    ("ХАНОЙ, 3 декабря. Министры торговли Вьетнама и Лаоса подписали в понедельник "
     "соглашение о свободной торговле.\n\nЦеремония состоялась в здании правительства "
     "Вьетнама.",
     "Ханой"),
    # a city, the next sentence
    ("Министры торговли Вьетнама и Лаоса подписали в понедельник соглашение о свободной "
     "торговле. Церемония прошла в Дананге.",
     "Дананг"),
    # a dateline city of neither state: the building
    ("ЖЕНЕВА, 3 декабря. Министры торговли Вьетнама и Лаоса подписали в понедельник "
     "соглашение о свободной торговле. Церемония прошла в здании ООН.",
     "здание ООН"),
    # the signing's own place stays
    ("Министры торговли Вьетнама и Лаоса подписали во Вьентьяне соглашение о свободной "
     "торговле. Церемония прошла в президентском дворце.",
     "Вьентьян"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "location"), PLACED)
def test_the_ceremony_places_its_signing(events, text, location) -> None:
    found = events(text, _DAY)
    assert one_of_kind(found, "Signing").location == location
    assert not of_kind(found, "Ceremony")


# a ceremony that is no signing's: another event told between them, one named by what it is
# of, one too far after it
OWN = [
    "Министры торговли Вьетнама и Лаоса подписали в понедельник соглашение о свободной "
    "торговле. Затем министры провели переговоры.\n\nЦеремония прошла в Дананге.",
    "Министры торговли Вьетнама и Лаоса подписали в понедельник соглашение о свободной "
    "торговле. Стороны обсудили инвестиции. Церемония открытия форума прошла в Дананге.",
    "Министры торговли Вьетнама и Лаоса подписали в понедельник соглашение о свободной "
    "торговле. Документ вступит в силу в январе. Он снизит пошлины. Товарооборот вырос на "
    "10%. Экспорт риса удвоился.\n\nЦеремония прошла в Дананге.",
]


@pytest.mark.parametrize("text", OWN)
def test_a_ceremony_of_its_own(events, text) -> None:
    found = events(text, _DAY)
    assert one_of_kind(found, "Ceremony").location == "Дананг"
    assert one_of_kind(found, "Signing").location == ""
