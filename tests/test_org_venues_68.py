"""Palaces, residences and houses named where something happens are places, not organizations
(fifty-sixth pass, h-orgs68; own sentences about Mexico–Guatemala, Ghana–Togo,
Hungary–Austria, Spain–Morocco):

- A name the tagger calls an organization whose head noun is a building's (group `venue` of
  kg/nlp/seats.txt: "дворец", "резиденция", "особняк", "дом"), in the locative after
  "в"/"во"/"на", is the building, as a seat of power's
  name is (`venue`, `building_as_place` in kg/nlp/seats.py): "в Национальном дворце
  состоялись переговоры", "в Доме правительства", "во Дворце спорта «Лужники»" (a sports
  palace is a building where a match is held, as NEREL tags such names FACILITY).
- Must-nots: the name acting ("Национальный дворец заявил"), spoken from by a plural verb
  with no subject ("В Национальном дворце заявили, что …": the body, as "в Кремле
  сообщили"), a firm's kind (group `firm`: "в Торговом доме «Ромашка»"), and the seats of
  power as before ("Белый дом заявил", "Кремль сообщил")."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader

# each text, and whether kg reads each span as an organization
CASES = [
    ("Во вторник в Национальном дворце состоялись переговоры президентов Мексики и "
     "Гватемалы.", {"Национальном дворце": False}),
    ("Переговоры министров Ганы и Того прошли в Доме правительства.",
     {"Доме правительства": False}),
    ("Встреча королей Испании и Марокко прошла в Королевском дворце.",
     {"Королевском дворце": False}),
    ("Матч сборных Венгрии и Австрии прошёл во Дворце спорта «Лужники».",
     {"Дворце спорта «Лужники»": False}),
    # must-nots: a venue acting or spoken from, a firm's kind, the seats of power
    ("Национальный дворец заявил, что визит президента Гватемалы отложен.",
     {"Национальный дворец": True}),
    ("В Национальном дворце заявили, что визит президента Гватемалы отложен.",
     {"Национальном дворце": True}),
    ("Посол Перу работал в Торговом доме «Ромашка».", {"Торговом доме «Ромашка»": True}),
    ("Белый дом заявил, что сделка с Мексикой важна.", {"Белый дом": True}),
    ("Кремль сообщил о звонке президенту Чили.", {"Кремль": True}),
]  # fmt: skip


@pytest.fixture(scope="module")
def org_texts():
    read = shipped_reader()
    return lambda text: {m.text for m in read(text) if m.type == "Organization"}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_venue_is_place(org_texts, text: str, expected: dict[str, bool]) -> None:  # noqa: ANN001
    """Each span is an organization's mention exactly where the case says so."""
    found = org_texts(text)
    assert {span: span in found for span in expected} == expected
