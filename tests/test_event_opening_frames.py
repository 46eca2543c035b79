"""An arrest told in a clause "в ходе которых" on an event noun that opens the sentence
("Протесты 2018 года в X, в ходе которых 12 мая полиция задержала …"), which the parser
reads as the subject (or object) of the clause's verb made the root: the noun is still the
frame, so the arrest takes its year and its place (fiftieth pass, h-events135). Must-nots:
the clause's own subject ("полиция") is no frame; no year anywhere and no document date,
no date; a document's year only where the event has none. Sentences of our own about the
Netherlands, Laos, Vietnam, Belgium, Peru."""

from __future__ import annotations

import pytest

ARRESTS = [
    # (text, document date, the place, the date, the state that takes part)
    ("Протесты 2018 года в Гааге, в ходе которых 12 мая полиция задержала 40 человек, "
     "продолжаются.", "", "Гаага", "2018-05-12", "state/NLD"),
    ("Протесты 2018 года в Гааге, в ходе которых 12 мая полиция задержала 40 человек.", "",
     "Гаага", "2018-05-12", "state/NLD"),
    ("Протесты 2019 года во Вьентьяне, во время которых 3 марта были задержаны 20 человек, "
     "завершились.", "", "Вьентьян", "2019-03-03", "state/LAO"),
    ("Акции протеста 2020 года в Ханое, во время которых 4 июня полиция задержала 15 "
     "человек, осудили в ООН.", "", "Ханой", "2020-06-04", "state/VNM"),
    ("Митинг 2018 года в Брюсселе, в ходе которого 12 мая полиция задержала 40 человек, "
     "продолжается.", "2021-06-01", "Брюссель", "2018-05-12", "state/BEL"),
    # the place of a noun with no year; no year anywhere, no date
    ("Протесты в Лиме, в ходе которых 5 апреля были задержаны 40 человек, продолжаются.", "",
     "Лима", "", "state/PER"),
    ("Протесты в Лиме, в ходе которых 5 апреля были задержаны 40 человек, продолжаются.",
     "2021-06-01", "Лима", "2021-04-05", "state/PER"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "on", "place", "date", "state"), ARRESTS)
def test_opening_frame(  # noqa: ANN001
    events, text: str, on: str, place: str, date: str, state: str
) -> None:
    (event,) = [e for e in events(text, on) if e.kind == "Arrest"]
    assert (event.location, event.date) == (place, date)
    assert state in event.participants


def test_no_arrest_of_things(events) -> None:  # noqa: ANN001
    text = "Переговоры 2019 года в Ханое, в ходе которых 3 марта были задержаны 20 рейсов."
    assert not [e for e in events(text) if e.kind == "Arrest"]


def test_not_the_main_verbs_year(events) -> None:  # noqa: ANN001
    text = (
        "Протесты в Лиме, в ходе которых 5 апреля были задержаны 40 человек, продолжались до "
        "2020 года."
    )
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert not event.date.startswith("2020")
