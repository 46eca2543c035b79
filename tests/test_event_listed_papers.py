"""A trigger inside a quoted paper's name listed with another name (events98): "подписали
«Совместное заявление по итогам переговоров» и «Меморандум о …»" names a paper whose name
tells the talks held, which stay an event; a work's title listed so ("фильмы «Трудные
переговоры» и «Зимний сад»") tells none. Sentences of our own about Chile, Peru, Estonia,
Latvia, with must-nots."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Президенты Чили и Перу подписали «Совместное заявление по итогам переговоров» и "
            "«Меморандум о сотрудничестве в области образования».",
            {"state/CHL", "state/PER"},
        ),
        (
            "Министры Эстонии и Латвии подписали «Меморандум о торговле» и «Совместное "
            "заявление по итогам переговоров министров иностранных дел».",
            {"state/EST", "state/LVA"},
        ),
    ],
)
def test_talks_a_listed_papers_name_tells_stay(events, text: str, states: set[str]) -> None:
    (talks,) = [e for e in events(text) if e.kind == "Talks"]
    assert states <= set(talks.participants)


@pytest.mark.parametrize("works", ["фильмы «Трудные переговоры»", "«Трудные переговоры»"])
def test_a_listed_works_title_tells_no_talks(events, works: str) -> None:
    # must-not: a work's title listed with another, with or without a work noun
    text = f"Известность актёру из Чили принесли {works} и «Зимний сад»."
    assert not [e for e in events(text) if e.kind == "Talks"]
