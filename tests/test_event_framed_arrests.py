"""An arrest told in a relative clause "в ходе которых", "во время которых" on the event it
happened within: placed and dated by the clause's own words first, then by the event noun's
and the verb of its happening (fiftieth pass, h-events133), the noun found where the parser
hung the clause on a place or a year after it, or as a parataxis. Must-nots: the date of a
main verb that tells of the event later, a place of the clause's own, people or things that
no one arrests. Sentences of our own about Egypt, Peru.

Wherever the parser hangs the clause (fifty-first pass, h-events136): "которых" under the main
verb after the clause, that verb a parataxis of the clause's verb made the root, the words
between the noun and the clause under the main verb, the noun read as a genitive singular
("Демонстрации"). Must-nots: the main verb's place and date after the clause ("вызвали
осуждение в Египте", "осудили в 2021 году"), "года" as the event noun. Sentences of our own
about Laos–Vietnam, Egypt–Sudan, Honduras–Mexico, Ecuador."""

from __future__ import annotations

import pytest

ARRESTS = [
    # (text, the place, the date, the state that takes part)
    ("В марте 2019 года в Каире прошли протесты, во время которых полиция задержала 300 "
     "человек.", "Каир", "2019-03", "state/EGY"),
    ("Массовые протесты в Каире в марте 2019 года, во время которых были задержаны 300 "
     "человек, осудили в ООН.", "Каир", "2019-03", "state/EGY"),
    ("В Лиме прошли протесты, во время которых полиция задержала активиста Хуана Переса.",
     "Лима", "", "state/PER"),
    ("Протесты в Лиме, во время которых полиция задержала 40 человек, продолжаются.", "Лима",
     "", "state/PER"),
    # must not: the main verb's later date; the clause's own place
    ("Протесты 2019 года в Лиме, в ходе которых полиция задержала 40 человек, вспоминали в "
     "2021 году.", "Лима", "2019", "state/PER"),
    ("В 2021 году президент Перу вспомнил протесты 2019 года в Лиме, в ходе которых полиция "
     "задержала 40 человек.", "Лима", "2019", "state/PER"),
    ("Протесты в Лиме, во время которых полиция задержала 40 человек, продолжались до 2020 "
     "года.", "Лима", "", "state/PER"),
    ("В 2019 году в Каире прошли протесты, в ходе которых в Александрии были задержаны 300 "
     "человек.", "Александрия", "2019", "state/EGY"),
    # the clause, "которых" or the words before the clause hung on a later main verb; a noun
    # read as a genitive singular (h-events136)
    ("Демонстрации в Тегусигальпе, в ходе которых были задержаны 20 человек, осудили в "
     "Мехико.", "Тегусигальпа", "", "state/HND"),
    ("Забастовки в Ханое, во время которых были задержаны 15 человек, осудили в 2021 году.",
     "Ханой", "", "state/VNM"),
    ("Протесты 2018 года в Хартуме, в ходе которых 12 мая полиция задержала 40 человек, "
     "осудили в 2021 году.", "Хартум", "2018-05-12", "state/SDN"),
    ("Протесты в Ханое, в ходе которых в марте 2020 года были задержаны 40 человек, вызвали "
     "осуждение в Лаосе.", "Ханой", "2020-03", "state/VNM"),
    ("Протесты в Кито в марте 2019 года, в ходе которых были задержаны 40 человек, осудили в "
     "2021 году.", "Кито", "2019-03", "state/ECU"),
    # must not: "года" between the noun and the clause is no event noun
    ("Демонстрации 2019 года в Хартуме, в ходе которых были задержаны 20 человек, осудили в "
     "Каире.", "Хартум", "2019", "state/SDN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "date", "state"), ARRESTS)
def test_framed_arrest(events, text: str, place: str, date: str, state: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert (event.location, event.date) == (place, date)
    assert state in event.participants


NONE = [
    "В Каире прошли переговоры, в ходе которых были задержаны 300 рейсов.",
    "Протесты в Лиме, в ходе которых могут быть задержаны 40 человек, продолжаются.",
    # the main verb's place after the clause is not the arrest's (h-events136)
    "Протесты, в ходе которых были задержаны 40 человек, вызвали осуждение в Египте.",
    "Переговоры в Каире, в ходе которых были задержаны 20 рейсов, осудили в Хартуме.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_arrest(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text) if e.kind == "Arrest"]


def test_not_the_main_verbs_state(events) -> None:  # noqa: ANN001
    """The state of a place the main verb after the clause names takes no part (h-events136)."""
    text = (
        "Протесты в Ханое, в ходе которых в марте 2020 года были задержаны 40 человек, "
        "вызвали осуждение в Лаосе."
    )
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert "state/LAO" not in event.participants
