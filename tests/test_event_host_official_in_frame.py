"""A host's official acting inside a bare visit frame after a guest's arrival ("Президент
Кении прибыл в Кампалу. В ходе визита министр финансов Уганды X провёл встречу с кенийскими
бизнесменами") makes no visit of his own: where his acts in that sentence name no state but
the visit's two, the frame is the guest's visit told again and he takes part in it
(sixty-fifth pass, h-events242). Must-not: talks with a third state stay his own, as
h-events234 left them. Sentences of our own about other pairs of states."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import of_kind

from kg.extract.events import Event

ARRIVED = "Президент Кении Уильям Руто прибыл в Кампалу 3 марта. В ходе визита "


@pytest.mark.parametrize(
    ("text", "visitors"),
    [
        (
            "министр иностранных дел Уганды Генри Одонго провёл переговоры с кенийской делегацией.",
            ["Визит Уильяма Руто в Уганду"],
        ),
        (
            "министр финансов Уганды Матиа Касаиджа провёл встречу с кенийскими бизнесменами.",
            ["Визит Уильяма Руто в Уганду"],
        ),
        (
            "министр иностранных дел Уганды Генри Одонго подписал с кенийским коллегой "
            "меморандум о торговле.",
            ["Визит Уильяма Руто в Уганду"],
        ),
        # must not: talks with a third state's minister stay his own (h-events234)
        (
            "министр иностранных дел Уганды Генри Одонго провёл переговоры с министром "
            "иностранных дел Танзании Махмудом Комбо.",
            ["Визит Уильяма Руто в Уганду", "Визит Генри Одонго"],
        ),
    ],
)
def test_host_official_in_frame(
    events: Callable[..., list[Event]], text: str, visitors: list[str]
) -> None:
    visits = of_kind(events(ARRIVED + text, "2026-03-05"), "Visit")
    assert [v.label for v in visits] == visitors


def test_frame_acts_take_visit_day(events: Callable[..., list[Event]]) -> None:
    text = ARRIVED + "министр финансов Уганды Матиа Касаиджа подписал с кенийским коллегой "
    text += "меморандум о торговле."
    (signing,) = of_kind(events(text, "2026-03-05"), "Signing")
    assert (signing.date, signing.location) == ("2026-03-03", "Кампала")
