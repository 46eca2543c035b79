"""A wreath or flowers laid ("возложил венок к Могиле Неизвестного солдата") is a ceremony,
labelled "Возложение венка", held where the text says, its layer taking part (events118);
"возложил на себя обязанности" lays no wreath. Sentences of our own (Egypt–Turkey, Chile–Peru,
Estonia–Latvia)."""

from __future__ import annotations

import pytest

LAID = [
    ("Президент Египта Абдул-Фаттах ас-Сиси возложил венок к Могиле Неизвестного солдата в "
     "Анкаре.", "Возложение венка", "Анкара"),
    ("Министр иностранных дел Чили возложил цветы к памятнику Бернардо О’Хиггинсу в Лиме.",
     "Возложение цветов", "Лима"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "place"), LAID)
def test_a_wreath_laid_is_a_ceremony(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    label: str,
    place: str,
) -> None:
    (rite,) = [e for e in events(text, "2023-12-15") if e.kind == "Ceremony"]
    assert rite.label == label
    assert rite.location == place
    assert rite.status == "occurred"


# must keep: duties laid on oneself are no ceremony; the ceremony noun keeps its label
def test_duties_laid_are_none(events) -> None:  # noqa: ANN001
    text = "Президент Латвии Эгилс Левитс возложил на себя обязанности премьера."
    assert not [e for e in events(text, "2023-12-15") if e.kind == "Ceremony"]


def test_the_ceremony_noun_keeps_its_label(events) -> None:  # noqa: ANN001
    text = "Президент Латвии Эгилс Левитс принял участие в церемонии возложения венков в Таллине."
    (rite,) = [e for e in events(text, "2023-12-15") if e.kind == "Ceremony"]
    assert rite.label == "Церемония возложения венков"
