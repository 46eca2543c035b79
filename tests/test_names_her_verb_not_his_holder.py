"""A bare title whose verb is in the feminine is no man's: the office's holder the gazetteer
lists under a man's first name is then no one it stands for, and kg links none rather than
him ("Премьер-министр Японии провела …" in 2025 is not Сигэру Исиба). Men's first names the
dictionary lacks or reads as a woman's are listed (`mens_names.txt`: "Сигэру", "Цзиньпин").
A masculine verb tells nothing: it may agree with the title alone ("Премьер-министр …
заявил" of a woman) (seventy-first pass, h-names160; own sentences about Japan, China,
Vietnam, Mexico)."""

from __future__ import annotations

import pytest
from fact_reads import mention_persons

BARE = [
    ("Премьер-министр Японии в среду приняла в Токио делегацию Вьетнама.", "2025-03-02",
     "Премьер-министр Японии", None),
    ("Председатель КНР в понедельник приняла в Пекине делегацию Вьетнама.", "2017-03-02",
     "Председатель КНР", None),
    # must not change: the verb in the masculine, or a woman in office
    ("Премьер-министр Японии в среду принял в Токио делегацию Вьетнама.", "2025-03-02",
     "Премьер-министр Японии", "Сигэру Исиба"),
    ("Председатель КНР в понедельник принял в Пекине делегацию Вьетнама.", "2017-03-02",
     "Председатель КНР", "Си Цзиньпин"),
    ("Премьер-министр Японии в среду приняла в Токио делегацию Вьетнама.", "2025-11-20",
     "Премьер-министр Японии", "Санаэ Такаити"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "title", "holder"), BARE)
def test_feminine_verb_rules_out_a_listed_man(
    extraction_of, text: str, date: str, title: str, holder: str | None
) -> None:
    """The title stands for the holder of its sex, or for no one."""
    assert mention_persons(extraction_of(text, date, "offices")).get(title) == holder
