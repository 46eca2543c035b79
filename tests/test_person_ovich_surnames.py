"""A word in "-ович"/"-евич" after a first name that is the surname of the person it names
("Синиша Михайлович", "Бранислав Иванович", "Роман Абрамович") is read "name", not
"patronymic"; a real patronymic in address stays one (names87, forty-sixth pass; own
sentences about Serbia, Georgia, Turkey, Estonia)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


def _vias(ex: Extraction) -> dict[str, str]:
    persons = {e.key for e in ex.entities if e.type == "Person"}
    return {m.text: m.via for m in ex.mentions if m.entity in persons}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Тренер сборной Сербии Синиша Михайлович прибыл в Тбилиси.", "Синиша Михайлович"),
        (
            "Защитник сборной Сербии Бранислав Иванович прибыл в Анкару. Иванович забил гол.",
            "Бранислав Иванович",
        ),
        ("Владелец клуба Роман Абрамович прибыл в Стамбул.", "Роман Абрамович"),
    ],
)
def test_ovich_surname_via_name(run: Callable[[str], Extraction], text: str, mention: str) -> None:
    assert _vias(run(text))[mention] == "name"


def test_patronymic_in_address_kept(run: Callable[[str], Extraction]) -> None:
    # must not: a first name and patronymic without the surname stay a patronymic
    text = (
        "Министр экономики Эстонии Пётр Ковальчук остался в совете. Пётр Николаевич, вы "
        "человек достаточно молодой."
    )
    assert _vias(run(text))["Пётр Николаевич"] == "patronymic"
