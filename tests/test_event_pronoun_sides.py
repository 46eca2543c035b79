"""An event whose verb's subject is "они" and that names no one ("Днём позже они открыли
бизнес-форум") takes the participants of the one event of the sentence before, where "они"
stands for its subject; not where that sentence tells events of different participants, nor
where "они" stands for others (the press). Sentences of our own about other pairs of
states.

So a visit told of "они" and the two persons the sentence before names: the press that
sentence's plural subject is ("Журналисты спросили X и Y …. Они прибыли в …") travels for
no one (fifty-second pass, h-events142)."""

from __future__ import annotations

import pytest

# text, the forum's participants
CASES = [
    (
        "Президенты Польши и Литвы провели переговоры в Вильнюсе. Днём позже они открыли "
        "бизнес-форум в Каунасе.",
        ["state/LTU", "state/POL"],
    ),
    (
        "Польша и Литва провели переговоры в Вильнюсе. Днём позже они открыли бизнес-форум в "
        "Каунасе.",
        ["state/LTU", "state/POL"],
    ),
    (
        "Премьер-министры Кении и Танзании встретились в Найроби. Затем они открыли бизнес-форум.",
        ["state/KEN", "state/TZA"],
    ),
    # must not: two events of different participants before
    (
        "Президент Чили встретился с президентом Боливии, а министры Перу и Эквадора провели "
        "переговоры. Затем они открыли бизнес-форум.",
        [],
    ),
    # must not: "они" is the press
    (
        "Журналисты освещали переговоры президентов Польши и Литвы. Днём позже они открыли "
        "бизнес-форум в Каунасе.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "sides"), CASES)
def test_they_are_the_sides_of_the_event_before(events, text: str, sides: list[str]) -> None:
    (forum,) = [e for e in events(text, "2025-05-10") if e.kind == "Forum"]
    assert sorted(forum.participants) == sides


# text, the visitors of the visits to Ethiopia
TRAVELLERS = [
    ("Президент Кении Уильям Руто и президент Уганды Йовери Мусевени провели переговоры. Они "
     "прибыли в Аддис-Абебу.", ["person/uilyam-ruto"]),
    # must not: "они" is the press the sentence before has as its subject
    ("Журналисты спросили президента Кении Уильяма Руто и президента Уганды Йовери Мусевени о "
     "переговорах. Они прибыли в Аддис-Абебу.", []),
    ("Президент Кении Уильям Руто и президент Уганды Йовери Мусевени провели переговоры. "
     "Журналисты спросили Руто и Мусевени о торговле. Они прибыли в Аддис-Абебу.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visitors"), TRAVELLERS)
def test_they_travel_only_where_they_are_the_two_before(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    visitors: list[str],
) -> None:
    visits = [e for e in events(text, "2024-05-10") if e.host == "state/ETH"]
    assert [v.visitor for v in visits] == visitors
