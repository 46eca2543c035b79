"""A trip the speaker tells as their own intent ("сообщил, что намерен посетить X"), and a
joint commission's sittings told by the visit made "для участия в" one and by "Последнее
(предыдущее) заседание комиссии прошло в X в <date>". Own sentences about Chile–Peru,
Kenya–Uganda, Ghana–Togo and Vietnam–Laos, with must-nots beside the musts. Sixty-third
pass (h-events226)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, person_keys, state_keys

DAY = "2026-03-12"
VISITS = ("Visit", "StateVisit", "OfficialVisit", "WorkingVisit")
CHL_PER = {"state/CHL", "state/PER"}
GHA_TGO = {"state/GHA", "state/TGO"}


@pytest.mark.parametrize(
    ("text", "visitor", "states", "date"),
    [
        (
            "Президент Кении Уильям Руто сообщил, что намерен посетить Уганду в мае.",
            "person/uilyam-ruto",
            {"state/KEN", "state/UGA"},
            "2026-05",
        ),
        (
            "Министр иностранных дел Ганы Сэмюэл Аблаква сообщил журналистам, что намерен в "
            "июне посетить Того.",
            "person/semyuel-ablakva",
            GHA_TGO,
            "2026-06",
        ),
        (
            "Министр экономики Чили Мария Сото сообщила, что намерена посетить Перу в апреле.",
            "person/mariya-soto",
            CHL_PER,
            "2026-04",
        ),
        # must-nots: the clause's own subject intends the trip, not the one who reports it
        (
            "Министр иностранных дел Перу Хуан Гомес сообщил, что премьер намерен посетить "
            "Чили в марте.",
            "",
            {"state/CHL"},
            "2026-03",
        ),
        (  # a verb of intent was read before
            "Президент Кении Уильям Руто сообщил, что планирует посетить Уганду в мае.",
            "person/uilyam-ruto",
            {"state/KEN", "state/UGA"},
            "2026-05",
        ),
    ],
)
def test_the_speakers_intended_trip(
    events, text: str, visitor: str, states: set[str], date: str
) -> None:
    (visit,) = of_kind(events(text, DAY), *VISITS)
    assert (visit.visitor, state_keys(visit), visit.date) == (visitor, states, date)
    assert visit.status == "planned"


def _sittings(events, text: str) -> list[tuple[str, frozenset[str], str, str]]:
    """The sittings' (date, states, status, place), in date order."""
    found = [e for e in of_kind(events(text, DAY), "Meeting")]
    return sorted((e.date, frozenset(state_keys(e)), e.status, e.location) for e in found)


@pytest.mark.parametrize(
    ("text", "sittings"),
    [
        (
            "Министр экономики Чили Мария Сото сообщила, что намерена посетить Перу в апреле "
            "для участия в заседании межправительственной комиссии. Предыдущее заседание "
            "комиссии прошло в Сантьяго в июне 2025 года.",
            [
                ("2025-06", CHL_PER, "occurred", "Сантьяго"),
                ("2026-04", CHL_PER, "planned", "Перу"),
            ],
        ),
        (
            "Министр торговли Ганы сообщил, что отправится в Того в мае для участия в "
            "заседании смешанной комиссии. Последнее заседание комиссии состоялось в Ломе в "
            "2024 году.",
            [("2024", GHA_TGO, "occurred", "Ломе"), ("2026-05", GHA_TGO, "planned", "Того")],
        ),
        (
            "Президент Вьетнама прибудет в Лаос в мае для участия в заседании совместной комиссии.",
            [("2026-05", {"state/VNM", "state/LAO"}, "planned", "Лаос")],
        ),
        (
            "Министр торговли Ганы вчера прибыл в Того для участия в заседании совместной "
            "комиссии.",
            [("2026-03-11", GHA_TGO, "occurred", "Того")],
        ),
        # must-nots: a body another names ("комиссии ООН") and its bare noun after; one
        # state's government; a joint body's sitting no visit is made for
        (
            "Министр торговли Ганы посетит Того в мае для участия в заседании комиссии ООН. "
            "Последнее заседание комиссии прошло в Аккре в 2024 году.",
            [("2024", set(), "occurred", "Аккра"), ("2026-05", {"state/GHA"}, "planned", "Того")],
        ),
        (
            "Министр торговли Ганы посетит Того в мае для участия в заседании совместной "
            "комиссии. Последнее заседание правительства прошло в Аккре в 2024 году.",
            [("2024", set(), "occurred", "Аккра"), ("2026-05", GHA_TGO, "planned", "Того")],
        ),
        (
            "Министр торговли Ганы посетит Того в мае. Последнее заседание совместной комиссии "
            "прошло в Аккре в 2024 году.",
            [("2024", set(), "occurred", "Аккра")],
        ),
    ],
)
def test_sittings_of_a_visits_pair(events, text: str, sittings: list[tuple]) -> None:
    want = [(d, frozenset(s), status, place) for d, s, status, place in sittings]
    assert _sittings(events, text) == want


def test_the_visitor_takes_part_in_the_sitting(events) -> None:
    text = (
        "Министр экономики Чили Мария Сото сообщила, что намерена посетить Перу в апреле для "
        "участия в заседании межправительственной комиссии."
    )
    (sitting,) = of_kind(events(text, DAY), "Meeting")
    assert person_keys(sitting) == ["person/mariya-soto"]
