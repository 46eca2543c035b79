"""The airport city of a greeting refines the place of a visit whose visitor is a state's
title the text names no one by, taken up by a pronoun ("Президент Лаоса прибыл во Вьетнам.
В аэропорту Ханоя его встретил …"). Own sentences about Laos–Vietnam (sixty-second pass,
h-events220)."""

from __future__ import annotations

import pytest

_GREETER = " встретил премьер-министр Вьетнама Фам Минь Тинь."

# (the text, the visit's place)
GREETED = [
    ("Президент Лаоса прибыл во Вьетнам. В аэропорту Ханоя его" + _GREETER, "Ханой"),
    ("Премьер-министр Лаоса прибыл во Вьетнам с официальным визитом. В аэропорту Хошимина его"
     + _GREETER, "Хошимин"),
    # must not: a pronoun of another gender; an airport of another state
    ("Президент Лаоса прибыл во Вьетнам. В аэропорту Ханоя её" + _GREETER, "Вьетнам"),
    ("Президент Лаоса прибыл во Вьетнам. В аэропорту Бангкока его" + _GREETER, "Вьетнам"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), GREETED)
def test_the_airport_city_places_a_titled_visitor(events, text: str, place: str) -> None:
    (visit,) = [e for e in events(text, "2026-05-14") if "Visit" in e.kind]
    assert visit.location == place
