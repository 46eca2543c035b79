"""The days of a visit's parts (fifty-ninth pass, h-events191). Sentences of our own about
other pairs of states (Ghana–Uganda, Norway–Finland), with must-nots beside.

- a stop or talks told by a weekday during a visit of a day the text gives are read within
  the visit's days, not from the report's date alone (`frames.visit_weekday`);
- "По прибытии в X Y заявил …" is an arrival in the tense of the verb it hangs on;
- a meeting of the visitor with the host's leader, paragraphs after a visit of one day, takes
  the visit's day (`Frame.meets_host`).
"""

from __future__ import annotations

import pytest

from kg.extract.events import Event

VISITS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}
AHEAD = "Президент Ганы Джон Махама прибудет в Уганду 12 марта с трёхдневным визитом. "
DONE = "Президент Ганы Джон Махама прибыл в Уганду 12 марта с трёхдневным визитом. "


def _at(read: list[Event], place: str) -> Event:
    (event,) = [e for e in read if e.kind in VISITS and e.location == place]
    return event


@pytest.mark.parametrize(
    ("text", "date", "day", "status", "label"),
    [
        # a visit to come: the Friday of its days, not the one after the dateline
        (
            AHEAD + "В пятницу президент посетит Мбарару.",
            "2024-03-05",
            "2024-03-15",
            "planned",
            "Визит Джона Махамы в Уганду (Мбарара)",
        ),
        # a visit done, told a week and more later: the Friday of its days, not the last one
        (
            DONE + "В пятницу он посетил Мбарару.",
            "2024-03-25",
            "2024-03-15",
            "occurred",
            "Визит Джона Махамы в Уганду (Мбарара)",
        ),
        # must-not: a weekday in a text of no visit counts from the report's date
        (
            "В пятницу президент Ганы Джон Махама посетил Мбарару.",
            "2024-03-25",
            "2024-03-22",
            "occurred",
            "Визит Джона Махамы в Уганду",
        ),
        # must-not: a visit of a month gives no day to count from; no stop of it
        (
            "Президент Ганы Джон Махама посетит Уганду в апреле. В пятницу он посетит Мбарару.",
            "2024-03-05",
            "2024-03-08",
            "planned",
            "Визит Джона Махамы в Уганду",
        ),
        # must-not: a trip after a visit told cancelled is no stop of it
        (
            "Визит президента Ганы Джона Махамы в Уганду 12 марта не состоится. "
            "В пятницу он посетит Мбарару.",
            "2024-03-05",
            "2024-03-08",
            "planned",
            "Визит Джона Махамы в Уганду",
        ),
    ],
)
def test_a_stop_told_by_a_weekday_falls_within_the_visit(
    events, text: str, date: str, day: str, status: str, label: str
) -> None:
    stop = _at(events(text, date), "Мбарара")
    assert (stop.date, stop.status, stop.label) == (day, status, label)


def test_talks_told_by_a_weekday_fall_within_the_visit_done(events) -> None:
    read = events(DONE + "В пятницу прошли переговоры президентов.", "2024-03-25")
    (talks,) = [e for e in read if e.kind == "Talks"]
    assert talks.date == "2024-03-15"


@pytest.mark.parametrize(
    ("text", "day", "status"),
    [
        (
            "По прибытии в Кампалу президент Ганы Джон Махама заявил, что рассчитывает на "
            "укрепление связей.",
            "2024-03-12",
            "occurred",
        ),
        (
            "По приезде в Хельсинки министр иностранных дел Норвегии Эспен Барт Эйде сообщил "
            "журналистам, что Норвегия увеличит поставки газа.",
            "2024-03-12",
            "occurred",
        ),
        # must-not: the day the sentence before gives the arrival stays its own
        (
            "Президент Ганы Джон Махама 11 марта прибыл в Уганду. По прибытии в Кампалу он "
            "заявил, что рассчитывает на укрепление связей.",
            "2024-03-11",
            "occurred",
        ),
        # must-not: told ahead, the arrival is ahead
        (
            "Министр иностранных дел Норвегии Эспен Барт Эйде по прибытии в Хельсинки "
            "проведёт переговоры с главой МИД Финляндии Элиной Валтонен.",
            "",
            "planned",
        ),
    ],
)
def test_an_arrival_upon_which_one_acts_takes_the_verb_tense(
    events, text: str, day: str, status: str
) -> None:
    (visit,) = [e for e in events(text, "2024-03-12") if e.kind in VISITS]
    assert (visit.date, visit.status) == (day, status)


_TALKS = (
    " Он провёл переговоры с главой МИД Финляндии Элиной Валтонен.\n\nСтороны обсудили "
    "безопасность в Арктике. По словам Валтонен, Финляндия заинтересована в норвежском газе. "
    "Министры договорились расширить сотрудничество в энергетике. Эйде отметил, что Норвегия "
    "готова увеличить поставки.\n\n"
)
_EIDE = "Министр иностранных дел Норвегии Эспен Барт Эйде 12 марта "


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            _EIDE + "посетил Хельсинки." + _TALKS + "Также Эйде встретился с президентом "
            "Финляндии Александром Стуббом.",
            "2024-03-12",
            "Хельсинки",
        ),
        # must-not: a visit of days leaves what it frames undated (events74)
        (
            _EIDE + "прибыл в Хельсинки с трёхдневным визитом." + _TALKS + "Также Эйде "
            "встретился с президентом Финляндии Александром Стуббом.",
            "",
            "Хельсинки",
        ),
        # must-not: a meeting told after another trip is of that trip
        (
            _EIDE + "посетил Хельсинки." + _TALKS + "17 марта Эйде прибыл в Стокгольм. Там "
            "он встретился с президентом Финляндии Александром Стуббом.",
            "2024-03-17",
            "Стокгольм",
        ),
    ],
)
def test_a_meeting_with_the_host_paragraphs_on_is_of_the_visit(
    events, text: str, day: str, place: str
) -> None:
    (meeting,) = [e for e in events(text, "2024-03-20") if e.kind == "Meeting"]
    assert "person/aleksandr-stubb" in meeting.participants
    assert (meeting.date, meeting.location) == (day, place)
