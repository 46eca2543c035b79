"""A stop of a visit whose visitor's name does not decline ("После этого Моди посетил
Монреаль"): the parser may make the name an object of the verb (or the place after it its
subject), and the stop fused with the visit and moved its place; the name before the verb is
its subject (`nominative_objects.mend_core_pair`). A stop's label names its place ("Визит X в
Y (Монреаль)"), two stops are two rows, and a stop in the visit's own city is the visit told
again. Sentences of our own about India–Canada and Italy–Canada (fifty-sixth pass,
h-events177)."""

from __future__ import annotations

import pytest

# (sentence, the name before the verb, the word after it, their relations)
PARSES = [
    ("Моди посетил Ванкувер.", "Моди", "Ванкувер", ("nsubj", "obj")),
    ("После этого Моди посетил Монреаль.", "Моди", "Монреаль", ("nsubj", "obj")),
    ("После этого Мелони посетила Торонто.", "Мелони", "Торонто", ("nsubj", "obj")),
    # must not: two persons, which the parse cannot tell apart by animacy, stay as parsed
    ("Затем Моди встретил Карни.", "Моди", "Карни", ("obj", "obj")),
    # must not: a place before the verb is no subject the rule makes
    ("Ванкувер посетил Моди.", "Ванкувер", "Моди", ("nsubj", "obj")),
]


@pytest.mark.parametrize(("text", "first", "second", "deps"), PARSES)
def test_the_name_before_the_verb_is_its_subject(
    nlp,  # noqa: ANN001 - the conftest fixture
    text: str,
    first: str,
    second: str,
    deps: tuple[str, str],
) -> None:
    by_text = {t.text: t.dep_ for t in nlp(text)}
    assert (by_text[first], by_text[second]) == deps


_CANADA = (
    "Оттава, 12 марта 2026 года. Премьер-министр Индии Нарендра Моди прибыл в четверг в {} с "
    "двухдневным визитом. Стороны обсудили торговлю.\n\n"
)

# (text, {the visit's place: its label})
STOPS = [
    (_CANADA.format("Канаду") + "После этого Моди посетил Монреаль.",
     {"Канада": "Визит Нарендры Моди в Канаду",
      "Монреаль": "Визит Нарендры Моди в Канаду (Монреаль)"}),
    (_CANADA.format("Канаду") + "Затем Моди посетил Ванкувер.",
     {"Канада": "Визит Нарендры Моди в Канаду",
      "Ванкувер": "Визит Нарендры Моди в Канаду (Ванкувер)"}),
    # two stops: two rows, each of its place
    (_CANADA.format("Канаду") + "После этого Моди посетил Монреаль. Моди также посетил Ванкувер.",
     {"Канада": "Визит Нарендры Моди в Канаду",
      "Монреаль": "Визит Нарендры Моди в Канаду (Монреаль)",
      "Ванкувер": "Визит Нарендры Моди в Канаду (Ванкувер)"}),
    # must not: a stop in the visit's own city is the visit told again
    (_CANADA.format("Монреаль") + "После этого Моди посетил Монреаль.",
     {"Монреаль": "Визит Нарендры Моди в Канаду"}),
    (_CANADA.format("Монреаль") + "Затем Моди также посетил Монреаль.",
     {"Монреаль": "Визит Нарендры Моди в Канаду"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), STOPS)
def test_a_stop_is_a_row_of_its_place(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    labels: dict[str, str],
) -> None:
    visits = [e for e in events(text, "2026-03-12") if e.kind.endswith("Visit")]
    assert {v.location: v.label for v in visits} == labels
    assert len(visits) == len(labels)
