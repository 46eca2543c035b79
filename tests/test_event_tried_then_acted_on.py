"""An act told in a clause of its own joined to a verb of trying ("X попытался попасть в
посольство …, чтобы забрать какие-то вещи, однако полиция его задержала", "…, однако был
задержан пограничниками") was done, to the one who tried, however late in a long sentence
the pronoun stands; what was only tried ("Полиция пыталась задержать X, но он скрылся") stays
no arrest. Sentences of our own about Estonia, Latvia, Egypt, Turkey, Mexico (pass
forty-fourth, branch h-events112)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _arrests(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Arrest"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("30 октября эстонский депутат Марко Михкельсон попытался попасть в здание посольства "
         "Латвии в Таллине, чтобы забрать какие-то вещи, однако полиция его задержала.",
         "person/marko-mikhkelson"),
        ("Египетский журналист Ахмед Саид попытался пересечь границу Турции, однако пограничники "
         "его задержали.", "person/akhmed-said"),
        ("Египетский журналист Ахмед Саид попытался пересечь границу Турции, однако был задержан "
         "пограничниками.", "person/akhmed-said"),
    ],
)  # fmt: skip
def test_an_act_after_an_attempt_was_done(events, text: str, person: str) -> None:
    (arrest,) = _arrests(events(text))
    assert person in arrest.participants
    assert arrest.status == "occurred"


def test_an_arrest_only_tried_is_none(events) -> None:
    assert (
        _arrests(events("Полиция Мексики пыталась задержать Хоакина Гусмана, но он скрылся.")) == []
    )
