"""A work's title in Latin letters natasha runs on after a name in Cyrillic ones (fifty-first
pass, h-names104; sentences of our own about Korea–Japan, the Netherlands–France): the
title is no word of the name nor a person of its own; a regnal number, a bracketed or
dashed original spelling stay as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    ("Видео певца Чхве Мин Су Seoul Nights набрало миллион просмотров в Японии.", {"Чхве Мин Су"}),
    ("Видео певца Чхве Мин Су Busan Nights посмотрели в Корее.", {"Чхве Мин Су"}),
    # must-nots: a regnal number is the name's, an original spelling is the same person's
    ("Король Нидерландов Виллем II прибыл во Францию.", {"Виллем II"}),
    ("Ли Мин Хи (Lee Min Hee) прибыла в Японию.", {"Ли Мин Хи"}),
    ("Джонатан Эймс — Jonathan Ames прибыл в Корею.", {"Джонатан Эймс"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_latin_title_after_name(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
