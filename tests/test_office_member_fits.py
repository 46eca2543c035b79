"""A member's post, a led body and a party, read as what they are (pass forty-six, h-fix46a;
sentences of our own). A senator sits in a senate, a congress or a parliament, never in a
lower house the sentence names ("внесенные в сейм Польши сенатором X": no house; "депутатом"
keeps the house the bill went into). "во главе с X" after a genitive complement of a common
noun ("члены коллегии Министерства обороны Эстонии во главе с X", "делегация Университета
Чили во главе с Y") leads the group, not the body. A party's member holds no post of the
party's state ("член Социалистической партии Португалии X"): no office, his other post
stays."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    # a senator is no member of a lower house the bill was brought into
    ("Поправки, внесенные в сейм Польши сенатором Яном Ковальским, приняты.", "Ковальский",
     {("сенатор", "state/POL", False)}),
    # must-not: a senator of the senate named, a deputy of the house the bill went into
    ("Поправки, внесенные в Сенат Чили сенатором Хуаном Пересом, приняты.", "Перес",
     {("сенатор", "org/senat-chili", False)}),
    ("Поправки, внесенные в сейм Польши депутатом Яном Ковальским, приняты.", "Ковальский",
     {("депутат", "org/seym-polshi", False)}),
    # "во главе с" after a group's genitive complement leads the group
    ("В церемонии приняли участие члены коллегии Министерства обороны Эстонии во главе с "
     "Мартином Херемом, командующим Силами обороны.", "Херем",
     {("командующий", "org/sily-oborony", False)}),
    ("Делегация Университета Чили во главе с Хуаном Пересом прибыла в Лиму.", "Перес", set()),
    # must-not: a body named right before the phrase is led by the name
    ("Национальный союз горняков Чили (НСГ) во главе с Карлосом Мендосой объявил забастовку.",
     "Мендоса", {("глава", "org/natsionalnyy-soyuz-gornyakov-chili", False)}),
    # a party's member holds no post; his other post stays
    ("Директор Европейского инвестиционного банка Антониу Силва - член Социалистической партии "
     "Португалии и рассматривается как возможный кандидат в президенты.", "Силва",
     {("директор", "org/evropeyskiy-investitsionnyy-bank", False)}),
    ("Юри Ратас - член Центристской партии Эстонии, он выступил против закона.", "Ратас", set()),
    # must-not: a member of a state's body holds its seat
    ("Член Сейма Латвии Янис Озолс прибыл в Таллин.", "Озолс",
     {("член сейма", "state/LVA", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_member_led_or_party_post(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
