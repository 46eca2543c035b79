"""A bare "Корея" in a text that names neither Korea anywhere (by name, adjective or capital)
is the Republic of Korea, the one Russian news writes it for (h-claims110): "Товарооборот
Вьетнама с Японией и Кореей" names South Korea, was no state. A text that names the North,
before or after the bare name, leaves it unsettled. A bare "Конго", written for either Congo,
was no state here; since the seventy-second pass (h-events278) it is DR Congo where the text
names neither Congo otherwise. Own sentences about Korea with Vietnam, Japan, India, Australia."""

from __future__ import annotations

import pytest

KOR = "state/KOR"
CASES = [
    ("Товарооборот Вьетнама с Японией и Кореей в 2025 году вырос на 8 %.", "Кореей", KOR),
    ("Корея и Индия подписали соглашение о свободной торговле.", "Корея", KOR),
    ("Австралия увеличила поставки угля в Корею на 12 %.", "Корею", KOR),
    # must-nots: the North named after or before, the South named before; a bare "Конго" is
    # DR Congo alone (h-events278)
    ("Австралия увеличила поставки угля в Корею. КНДР провела пуск ракеты.", "Корею", ""),
    ("Северная Корея провела пуск ракеты. Корея выразила протест.", "Корея", ""),
    ("Пхеньян провёл учения. Корея выразила протест Японии.", "Корея", ""),
    ("Индия увеличила поставки риса в Конго на 10 %.", "Конго", "state/COD"),
    ("Президент Южной Кореи прибыл в Ханой. Корея и Вьетнам подписали 5 соглашений.", "Корея", KOR),
]


@pytest.mark.parametrize(("text", "word", "state"), CASES)
def test_bare_korea_alone(extraction_of, text: str, word: str, state: str) -> None:
    ex = extraction_of(text, "2025-05-15", "offices")
    read_as = {m.entity for m in ex.mentions if m.type == "State" and m.text == word}
    assert read_as == ({state} - {""})
