"""A summit "двух/наших стран" is the document's pair's, read from the parse
(kg.extract.common.pair.named_pair): "наших" was no pair when the label was matched by a
regex, and is none in a text about three states."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event

TWO = "Президент Чили прибыл в Перу. Чили и Перу обсудили торговлю. "
THREE = (
    "Президент Чили прибыл в Перу. Чили, Перу и Эквадор обсудили торговлю. Эквадор и Чили "
    "подписали меморандум. Перу поддержал Эквадор. "
)
SUMMIT = "Следующий саммит {} пройдёт в Лиме в мае, сказал он."


@pytest.mark.parametrize(
    ("text", "both", "pair"),
    [
        (TWO, "двух стран", ["state/CHL", "state/PER"]),
        (TWO, "обоих государств", ["state/CHL", "state/PER"]),
        (TWO, "наших стран", ["state/CHL", "state/PER"]),  # was none
        (THREE, "двух стран", ["state/CHL", "state/PER"]),  # the two mentioned most
        (THREE, "наших стран", []),  # all three are "наши"
        (TWO, "стран региона", []),
    ],
)
def test_summit_of_both(
    events: Callable[..., list[Event]], text: str, both: str, pair: list[str]
) -> None:
    summit = next(e for e in events(text + SUMMIT.format(both)) if e.kind == "Summit")
    assert summit.participants == pair


@pytest.mark.parametrize("both", ["наши страны", "наши государства"])  # "государства": was none
def test_our_states_hold_talks(events: Callable[..., list[Event]], both: str) -> None:
    text = f"Чили и Перу — соседи, Перу покупает медь Чили. Вчера {both} провели переговоры."
    talks = [e for e in events(text) if e.kind == "Talks"]
    assert [e.participants for e in talks] == [["state/CHL", "state/PER"]]
