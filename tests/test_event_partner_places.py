"""A country the parse hangs on the other side's title ("встретился с президентом Бразилии
в Бразилии") is where they met, as a city there already was; an envoy's post ("с послом
Бразилии в Аргентине") and a topic ("о ситуации в Судане") stay no place. Sentences of our
own (events84)."""

from __future__ import annotations

import pytest

# (text, the event's kind, its place)
MET_THERE = [
    ("Министр иностранных дел Индии встретился с президентом Бразилии в Бразилии.", "Meeting",
     "Бразилия"),
    ("Премьер-министр Греции провёл переговоры с премьер-министром Кипра на Кипре.", "Talks",
     "Кипр"),
    ("Министр обороны Японии провёл переговоры с министром обороны Филиппин на Филиппинах.",
     "Talks", "Филиппины"),
    ("Президент Кении принял министра иностранных дел Индии в Кении.", "Meeting", "Кения"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "place"), MET_THERE)
def test_a_country_on_the_partner_is_the_place(events, text: str, kind: str, place: str) -> None:
    assert [e.location for e in events(text) if e.kind == kind] == [place]


# must not: an envoy's post, a topic, a call (held nowhere)
NO_PLACE = [
    "Министр иностранных дел Индии встретился с послом Бразилии в Аргентине.",
    "Премьер-министр Греции встретился с консулом Кипра в Египте.",
    "Президент Кении принял посла Индии в Кении.",
    "Президент Кении провёл переговоры с президентом Уганды о ситуации в Судане.",
    "Премьер-министр Индии поговорил по телефону с президентом Бразилии в Бразилии.",
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_place_from_a_post_a_topic_or_a_call(events, text: str) -> None:
    assert [e.location for e in events(text)] == [""]


# the verb's own place wins over a post the partner's title holds (review34)
OWN_PLACE = [
    ("Министр иностранных дел Турции встретился с координатором ООН в Ливане Иманой Франк в "
     "Анкаре.", "Анкара"),
    ("Президент Франции встретился с координатором ООН в Ливане в Париже.", "Париж"),
    ("Министр иностранных дел Индии встретился с советником президента Бразилии в Бразилии в "
     "Дели.", "Дели"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), OWN_PLACE)
def test_the_verbs_own_place_wins(events, text: str, place: str) -> None:
    assert [e.location for e in events(text) if e.kind == "Meeting"] == [place]
