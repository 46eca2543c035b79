"""A bare minister's title after "во главе с" takes the field of the ministry named right
before the phrase ("делегация министерства энергетики Кении во главе с министром X":
"министр энергетики"). Sixty-seventh pass (h-names150); own sentences about Kenya–Ethiopia,
Indonesia–Philippines, Uzbekistan–Kyrgyzstan, Egypt–Jordan."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str]  # office, state

LED = [
    ("Делегация министерства энергетики Кении во главе с министром Джоном Мбуги прибыла "
     "в Эфиопию.", "Мбуги", {("министр энергетики", "state/KEN")}),
    ("Делегация Министерства сельского хозяйства Индонезии во главе со своим министром "
     "Сури Прабово посетила Манилу.", "Прабово", {("министр сельского хозяйства", "state/IDN")}),
    ("Делегация министерства водного хозяйства Узбекистана во главе с министром Шавкатом "
     "Хамраевым прибыла в Бишкек.", "Хамраев", {("министр водного хозяйства", "state/UZB")}),
    # must not: no ministry before the phrase, or a title with its own field
    ("Делегация Узбекистана во главе с министром Шавкатом Хамраевым прибыла в Бишкек.",
     "Хамраев", {("министр", "state/UZB")}),
    ("Делегация министерства торговли Египта во главе с министром финансов Мухаммедом "
     "Маитом прибыла в Амман.", "Маит", {("министр финансов", "state/EGY")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), LED)
def test_minister_of_the_led_ministry(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    got = text_holdings(extraction_of(text, "2026-12-04", "offices"), surname, ("office", "state"))
    assert got == expected
