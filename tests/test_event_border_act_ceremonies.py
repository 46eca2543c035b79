"""The ceremony of an act on a border ("Во вторник открылся мост на границе Индии и
Бангладеш. На церемонии открытия присутствовал …") is both states' whose border it is: the
sides the border's genitive and its conjunct or "с" phrase name (`act_ceremonies.border_sides`),
though neither is the act's subject. Sixty-ninth pass (h-places72); sentences of our own
about India–Bangladesh, Chile–Argentina, Kazakhstan, Bolivia–Chile, with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

_AFTER = " На церемонии открытия присутствовали губернаторы пограничных провинций."

CEREMONIES = [
    ("Во вторник открылся мост через реку Фени на границе Индии и Бангладеш.", {"IND", "BGD"}),
    ("Во вторник на границе Чили с Аргентиной открыли новый мост.", {"CHL", "ARG"}),
    # must-nots: a border of no named sides, an act on no border
    ("Во вторник Казахстан открыл новый пункт пропуска на границе.", {"KAZ"}),
    ("Во вторник Боливия открыла новую школу в Оруро.", {"BOL"}),
]


@pytest.mark.parametrize(("text", "states"), CEREMONIES)
def test_a_border_act_ceremony_is_both_sides(events, text: str, states: set[str]) -> None:
    (ceremony,) = of_kind(events(text + _AFTER, "2026-02-03"), "Ceremony")
    assert {k.removeprefix("state/") for k in state_keys(ceremony)} == states
