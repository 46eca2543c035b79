"""An arrest told in a clause coordinated after another, with no place of its own ("В Лиме
прошла акция протеста, полиция задержала 40 человек"), or after the event it was during
("Во время протестов в Лиме полиция задержала …"): the place opening the sentence or that
event's is the arrest's, and the state it is in takes part (fiftieth pass, h-events133).
Must-nots: a clause with a place of its own ("а в Ла-Пасе полиция задержала") keeps it, a
police of another city named keeps its state, a place deeper in what it was during is a
topic.

During a visit (fifty-first pass, h-events136): "Во время визита в Каир полиция задержала
…" is an arrest where the visit went, and that place's state takes part. Must-nots: a place
of the arrest's own, a police of another state, a visit it was told before or after ("Накануне
визита", "После визита"). Sentences of our own about Peru–Bolivia, Egypt–Sudan, Laos–Vietnam,
Honduras–Mexico."""

from __future__ import annotations

import pytest

ARRESTS = [
    # (text, the place, states that must take part, states that must not)
    ("В Лиме прошла акция протеста, полиция задержала 40 человек.", "Лима", {"state/PER"},
     set()),
    ("В Лиме прошла акция протеста, и полиция задержала 40 человек.", "Лима", {"state/PER"},
     set()),
    ("В Лиме прошла акция протеста, полиция задержала активиста Хуана Переса.", "Лима",
     {"state/PER"}, set()),
    ("В Каире прошли протесты, полиция задержала двух граждан Судана.", "Каир", {"state/EGY"},
     {"state/SDN"}),
    # the event it was during, told by "во время", "в ходе"
    ("Во время протестов в Лиме полиция задержала 40 человек.", "Лима", {"state/PER"}, set()),
    ("В ходе протестов в Каире полиция задержала активиста Ахмеда Махера.", "Каир",
     {"state/EGY"}, set()),
    # must not: a place deeper in what it was during is a topic
    ("В ходе переговоров по ситуации в Судане полиция Египта задержала 40 человек.", "",
     {"state/EGY"}, {"state/SDN"}),
    # the visit it was during: where the visit went (h-events136)
    ("Во время визита в Каир полиция задержала журналиста.", "Каир", {"state/EGY"}, set()),
    ("Во время визита в Тегусигальпу полиция задержала журналиста Хуана Переса.",
     "Тегусигальпа", {"state/HND"}, set()),
    ("В ходе визита министра Египта в Хартум полиция задержала двух граждан Египта.",
     "Хартум", {"state/SDN"}, {"state/EGY"}),
    ("Во время поездки президента Лаоса в Ханой полиция задержала 15 человек.", "Ханой",
     {"state/VNM"}, {"state/LAO"}),
    # must not: a place of the arrest's own, a police of another state
    ("Во время визита президента Судана в Каир в Хартуме полиция задержала 20 человек.",
     "Хартум", {"state/SDN"}, {"state/EGY"}),
    ("Во время визита президента Гондураса в Мехико полиция Гондураса задержала 30 человек.",
     None, {"state/HND"}, {"state/MEX"}),
    # must not: a police of another city keeps its city's state
    ("В Каире прошли протесты, полиция Хартума задержала 20 человек.", None, {"state/SDN"},
     {"state/EGY"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "wanted", "unwanted"), ARRESTS)
def test_the_sentences_place(  # noqa: ANN001
    events, text: str, place: str | None, wanted: set[str], unwanted: set[str]
) -> None:
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert place is None or event.location == place
    assert wanted <= set(event.participants)
    assert not unwanted & set(event.participants)


def test_a_place_of_its_own(events) -> None:  # noqa: ANN001
    """Must not: a clause with its own "в" keeps it, never the opening place's state."""
    text = "В Лиме прошла акция протеста, а в Ла-Пасе полиция задержала 40 человек."
    assert all("state/PER" not in e.participants for e in events(text) if e.kind == "Arrest")


@pytest.mark.parametrize(
    "text",
    [
        "Накануне визита в Каир полиция задержала журналиста Ахмеда Хасана.",
        "После визита в Тегусигальпу полиция задержала 20 человек.",
    ],
)
def test_no_place_of_a_visit_not_during(events, text: str) -> None:  # noqa: ANN001
    """Must not: a visit told before or after the arrest places it nowhere (h-events136)."""
    assert all(not e.location for e in events(text) if e.kind == "Arrest")
