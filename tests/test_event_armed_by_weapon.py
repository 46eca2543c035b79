"""An attack by one the text arms with a weapon ("напал с ножом на прохожих", "нападал
с топором"): the weapon makes the attacker an armed side, as "боевики" do; one
who attacks bare-handed, or footballers who "attack", stays no attack. Sentences of our own
about Estonia, Latvia, Egypt (pass forty-three, branch h-events109)."""

from __future__ import annotations

import pytest

from kg.extract.agreements import read_agreements
from kg.extract.events import Event, extract_events
from kg.model import Document


@pytest.fixture
def attacks(analyse):
    def read(text: str) -> list[Event]:
        ctx = analyse(Document(id="t", text=text, date=""))
        return [e for e in extract_events(ctx, read_agreements(ctx)) if e.kind == "Attack"]

    return read


FIRES = [
    "В центре Таллина мужчина напал с ножом на прохожих, ранив двоих.",
    "В Риге мужчина нападал с ножом на прохожих, пока его не задержала полиция.",
    "В Каире неизвестный напал с топором на охранника посольства Латвии.",
]


@pytest.mark.parametrize("text", FIRES)
def test_an_attack_with_a_weapon_is_an_attack(attacks, text: str) -> None:
    assert len(attacks(text)) == 1


KEPT = [  # must not change: no weapon, no armed side; a weapon that is no instrument
    "В центре Таллина мужчина напал на прохожих.",
    "Футболисты Эстонии напали на ворота сборной Латвии.",
    "Полиция Египта изъяла у мужчины нож.",
]


@pytest.mark.parametrize("text", KEPT)
def test_no_weapon_no_attack(attacks, text: str) -> None:
    assert attacks(text) == []
