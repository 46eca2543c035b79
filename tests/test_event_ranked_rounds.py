"""A planned round "на уровне министров" that the sides agree on after a meeting of persons
of other ranks: the rank names who hold it, so it takes the pair's states and none of the
persons "стороны" stands for; and "осенью" of a planned event in a dated document is the
year of that season ahead, as a past season is its year (fiftieth pass, h-events135).
Must-nots: a round with no rank keeps those who talked; no document date, no date. A winter
ahead is the year of its January (fifty-first pass, h-events137). Sentences of our own
about Vietnam–Laos, Peru–Bolivia, Belgium–the Netherlands."""

from __future__ import annotations

import pytest

MET = {
    "VNM": "Министр иностранных дел Вьетнама Фам Ван Лок накануне встречался с послом Лаоса "
    "Бунтхавоном Сисаватом. ",
    "PER": "Министр иностранных дел Перу Хуан Перес накануне встречался с послом Боливии "
    "Карлосом Мендосой. ",
}
ROUNDS = [
    # (meeting, agreed sentence, document date, states, persons (None: any), date)
    ("VNM", "Стороны договорились, что следующий раунд консультаций на уровне министров "
     "пройдёт в Ханое осенью.", "2019-05-14", {"state/VNM", "state/LAO"}, set(), "2019"),
    ("PER", "Стороны договорились, что следующий раунд консультаций на уровне министров "
     "пройдёт в Лиме осенью.", "2019-12-10", {"state/PER", "state/BOL"}, set(), "2020"),
    # must not: no rank keeps those who talked; a winter (its January's year); no document date
    ("PER", "Стороны договорились, что следующий раунд консультаций пройдёт в Лиме осенью.",
     "2019-05-14", {"state/PER", "state/BOL"}, None, "2019"),
    ("VNM", "Стороны договорились, что следующий раунд консультаций на уровне министров "
     "пройдёт в Ханое зимой.", "2019-05-14", {"state/VNM", "state/LAO"}, None, "2020"),
    ("VNM", "Стороны договорились, что следующий раунд консультаций на уровне министров "
     "пройдёт в Ханое осенью.", "", {"state/VNM", "state/LAO"}, set(), ""),
]  # fmt: skip


@pytest.mark.parametrize(("met", "agreed", "on", "states", "persons", "date"), ROUNDS)
def test_ranked_round(  # noqa: ANN001
    events, met: str, agreed: str, on: str, states: set[str], persons: set[str] | None, date: str
) -> None:
    (talks,) = [e for e in events(MET[met] + agreed, on) if e.status == "planned"]
    assert states <= set(talks.participants)
    if persons is not None:
        assert {k for k in talks.participants if k.startswith("person/")} == persons
    assert talks.date == date
