"""A national team named by its short name ("сборная Мексики") is the gazetteer's team of
the sport its name says ("Сборная Мексики по футболу") only where the text does not name
other sports and never that one: in a hockey report it is another team of that state, no
QID. Sentences of our own (Mexico–Canada; forty-third pass, h-offices43)."""

from __future__ import annotations

import pytest

FOOTBALL_TEAM = "Q164089"  # Сборная Мексики по футболу
CASES = [
    ("Хоккеисты сборной Мексики обыграли канадцев со счётом 3:2.", set()),
    ("Сборная Мексики по хоккею обыграла Канаду. Хоккеисты сборной Мексики забросили три "
     "шайбы.", set()),
    # must not: the text names the team's own sport, or none
    ("Футболисты сборной Мексики обыграли канадцев со счётом 3:2.", {FOOTBALL_TEAM}),
    ("Сборная Мексики обыграла Канаду со счётом 3:2.", {FOOTBALL_TEAM}),
    ("Сборная Мексики обыграла Канаду в футбольном матче, а хоккеисты Канады взяли реванш.",
     {FOOTBALL_TEAM}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "qids"), CASES)
def test_a_team_takes_the_sport_the_text_names(extraction, text: str, qids: set[str]) -> None:  # noqa: ANN001
    ex = extraction(text, "2025-03-10")
    linked = {e.wikidata for e in ex.entities if e.type == "Organization" and e.wikidata}
    assert linked == qids
