"""A woman's surname that declines as an adjective, in "-ой" ("пакет Яровой", "с Натальей
Луговой"), labelled in her nominative "-ая", not as a possessive's "-а" (fiftieth pass,
h-names101; sentences of our own about Poland–Lithuania, France–Belgium, Brazil–Angola).
Must-nots: a possessive surname keeps "-а" ("Петровой", "Ивановой", and "Дубовой", whose
adjective is "дубовый"), and a man's adjective surname stays his ("закон Ярового")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    # a law's eponym, and a woman's surname after her first name, in "-ой"
    ("Сейм Литвы обсуждал пакет Яровой о границе с Польшей.", {"Яровая"}),
    ("Депутаты Польши спорили о законе Боровой.", {"Боровая"}),
    ("Министр Франции встретился с Натальей Луговой в Бельгии.", {"Наталья Луговая"}),
    ("Визит Натальи Яровой в Бельгию завершился.", {"Наталья Яровая"}),
    ("Министр Бразилии встретился с Анной Толстой в Анголе.", {"Анна Толстая"}),
    # must-nots: a possessive surname keeps "-а"; a man's genitive stays his
    ("Депутаты Польши спорили о законе Петровой.", {"Петрова"}),
    ("Депутаты Польши спорили о законе Дубовой.", {"Дубова"}),
    ("Министр Бразилии встретился с Анной Ивановой в Анголе.", {"Анна Иванова"}),
    ("Сейм Литвы обсуждал закон Ярового о границе с Польшей.", {"Яровой"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_adjective_women_surnames(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
