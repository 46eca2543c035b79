"""A plural title before coordinated names gives each the singular office also across a
mission's seat after the title's states or "двух стран" ("постоянные представители двух
стран при ООН A и B", "послы Ганы и Перу в Японии A и B"): the seat ("при"/"в" and a body's
or place's name) is where they serve, not whom, and names no state of theirs; the states the
title names go to the names in order where the counts match, "двух стран" gives none.
Must-nots: two offices ("министры иностранных дел и обороны"), one name after the title,
more names than states. Own sentences about Uruguay–Mongolia, Kenya–Tanzania, Ghana–Peru,
Chile–Uruguay. Sixty-second pass (h-names140)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

FIELDS = ("office", "state")
REP = "постоянный представитель"
CASES = [
    # "двух стран" and the seat: the office, no state
    ("Уругвай и Монголия установили дипломатические отношения. Совместное коммюнике "
     "подписали постоянные представители двух стран при ООН Рикардо Суарес и Батбаяр "
     "Ганбаатар.",
     {"Суарес": {(REP, "")}, "Ганбаатар": {(REP, "")}}),
    ("Генеральный секретарь встретился с постоянными представителями двух стран при ООН "
     "Рикардо Суаресом и Хорхе Валенсуэлой.",
     {"Суарес": {(REP, "")}, "Валенсуэла": {(REP, "")}}),
    ("Протокол подписали постоянные представители двух стран при Организации Объединенных "
     "Наций Рикардо Суарес и Хорхе Валенсуэла.",
     {"Суарес": {(REP, "")}, "Валенсуэла": {(REP, "")}}),
    ("Протокол подписали постоянные представители двух стран при ЮНЕСКО в Париже Рикардо "
     "Суарес и Хорхе Валенсуэла.",
     {"Суарес": {(REP, "")}, "Валенсуэла": {(REP, "")}}),
    # the states the title names, in order, across the seat
    ("Соглашение подписали постоянные представители Кении и Танзании при ООН Джеймс Мванги "
     "и Хамис Мусса.",
     {"Мванги": {(REP, "state/KEN")}, "Мусса": {(REP, "state/TZA")}}),
    ("Соглашение подписали постоянные представители Танзании и Кении при ООН Джеймс Мванги "
     "и Хамис Мусса.",
     {"Мванги": {(REP, "state/TZA")}, "Мусса": {(REP, "state/KEN")}}),
    ("Меморандум подписали послы Ганы и Перу в Японии Кваме Асанте и Луис Кастильо.",
     {"Асанте": {("посол", "state/GHA")}, "Кастильо": {("посол", "state/PER")}}),
    # must not: more names than states, two offices, one name
    ("Меморандум подписали послы Ганы и Перу в Японии Кваме Асанте, Луис Кастильо и Хорхе "
     "Валенсуэла.",
     {"Асанте": {("посол", "")}, "Валенсуэла": {("посол", "")}}),
    ("Уругвай и Монголия подписали соглашение. Документ подписали министры иностранных дел "
     "и обороны двух стран Рикардо Суарес и Батбаяр Ганбаатар.",
     {"Суарес": set(), "Ганбаатар": set()}),
    ("Уругвай и Монголия подписали соглашение. Документ подписали постоянные представители "
     "двух стран при ООН и Рикардо Суарес.",
     {"Суарес": set()}),
    ("Уругвай и Монголия подписали соглашение. Документ подписали постоянные представители "
     "двух стран при ООН Рикардо Суарес.",
     {"Суарес": set()}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_plural_title_across_seat(extraction_of, text: str, expected: dict) -> None:  # noqa: ANN001
    """Each name's text holdings: the title's office, and its listed state in order."""
    ex = extraction_of(text, "2025-09-25", "offices")
    assert {surname: text_holdings(ex, surname, FIELDS) for surname in expected} == expected
