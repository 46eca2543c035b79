"""An envoy's post in a city the tagger runs on over his name ("посол Китая в [Лусаке Ду
Сяохуэй]") ends before the name, which keeps the title's office and state; a minister's
fields listed with a comma keep the text's spacing ("министр торговли, промышленности и
энергетики", no space before the comma). Sixty-seventh pass (h-names150); own sentences
about China, Japan, India and Zambia, Korea, Japan and Poland."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str]  # office, state

ENVOYS = [
    ("Посол Китая в Лусаке Ду Сяохуэй прибыл в министерство.", "Сяохуэй",
     {("посол", "state/CHN")}),
    ("Посол Китая в Лусаке Ван Ган прибыл в министерство.", "Ган", {("посол", "state/CHN")}),
    ("Встреча с послом Японии в Лусаке Кэндзи Ямадой прошла в среду.", "Ямада",
     {("посол", "state/JPN")}),
    # must not lose what was read: a city the tagger ends itself, a state as the post's place
    ("Посол Индии в Дар-эс-Саламе Рамеш Кумар прибыл в министерство.", "Кумар",
     {("посол", "state/IND")}),
    ("Посол Индии в Замбии Рамеш Кумар прибыл в министерство.", "Кумар",
     {("посол", "state/IND")}),
]  # fmt: skip

FIELDS = [
    ("Министр торговли, промышленности и энергетики Республики Корея Ким Чон Хун прибыл "
     "в Варшаву.", "Хун", {("министр торговли, промышленности и энергетики", "state/KOR")}),
    ("Министр сельского хозяйства, лесного хозяйства и рыболовства Японии Кэндзи Ямада "
     "прибыл в Варшаву.", "Ямада",
     {("министр сельского хозяйства, лесного хозяйства и рыболовства", "state/JPN")}),
    # must not: fields joined by "и" alone keep their one space
    ("Министр промышленности и торговли Польши Ян Ковальский прибыл в Сеул.", "Ковальский",
     {("министр промышленности и торговли", "state/POL")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), ENVOYS + FIELDS)
def test_envoy_city_and_listed_fields(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    got = text_holdings(extraction_of(text, "2026-12-03", "offices"), surname, ("office", "state"))
    assert got == expected
