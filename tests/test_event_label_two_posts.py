"""Two posts joined by a spaced hyphen, the second in the first one's case ("назначен
начальником Генерального штаба ВС Перу - первым заместителем министра обороны"): the label
names the first post only, not both fused (`labels._second_post`). Pass forty-four,
h-status46; sentences of our own about Peru, Chile."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("19 июля 2004 года указом президента Хуан Перес был назначен начальником Генерального "
         "штаба Вооруженных сил Перу - первым заместителем Министра обороны.",
         "Назначение Хуана Переса на пост начальника Генерального штаба Вооруженных сил Перу"),
        ("В марте 2019 года Луис Сото был назначен командующим ВМС Чили - заместителем "
         "министра обороны.", "Назначение Луиса Сото на пост командующего ВМС Чили"),
        # must not: one compound title with a spaced hyphen stays whole
        ("В марте 2019 года Мария Гомес была назначена директором - распорядителем ВТО.",
         "Назначение Марии Гомес на пост директора-распорядителя ВТО"),
    ],
)  # fmt: skip
def test_the_label_names_the_first_post(events, text: str, label: str) -> None:
    (appointment,) = [e for e in events(text) if e.kind == "Appointment"]
    assert appointment.label == label
