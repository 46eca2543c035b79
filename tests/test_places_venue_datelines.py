"""An event at a venue told by its quoted name alone ("в выставочном центре «Баку Экспо»
открылась выставка") in a report datelined in a city of one of its states is held in that
city, as a ceremony in a building is; the venue stays the place where no dateline gives a
city or where it gives another state's. Sixty-eighth pass (h-places71); reports of our own
about pairs other than the corpus's."""

from __future__ import annotations

import pytest

_DAY = "2026-12-02"

HEAD = "Открылась выставка {goods} товаров\n\n"
BODY = (
    "Во вторник в выставочном центре «{venue}» открылась выставка «{show}», в которой "
    "участвуют более 80 {firms} компаний."
)

# dateline, venue, show, goods, firms, the exhibition's place
CASES = [
    ("БАКУ, 2 декабря. ", "Баку Экспо", "Турция-Экспо Азербайджан 2026", "турецких",
     "турецких", "Баку"),
    ("ТАШКЕНТ, 2 декабря. ", "Узэкспоцентр", "Индия-Экспо Узбекистан 2026", "индийских",
     "индийских", "Ташкент"),
    ("СТАМБУЛ, 2 декабря. ", "Тюяп", "Азербайджан-Экспо Турция 2026", "азербайджанских",
     "азербайджанских", "Стамбул"),
    # must not: no dateline; a dateline of a state not taking part
    ("", "Баку Экспо", "Турция-Экспо Азербайджан 2026", "турецких", "турецких",
     "выставочный центр «Баку Экспо»"),
    ("ПАРИЖ, 2 декабря. ", "Баку Экспо", "Турция-Экспо Азербайджан 2026", "турецких",
     "турецких", "выставочный центр «Баку Экспо»"),
]  # fmt: skip


@pytest.mark.parametrize(("dateline", "venue", "show", "goods", "firms", "place"), CASES)
def test_a_venue_in_a_dateline_city_of_a_side_is_that_city(
    events, dateline: str, venue: str, show: str, goods: str, firms: str, place: str
) -> None:
    body = BODY.format(venue=venue, show=show, firms=firms)
    text = HEAD.format(goods=goods) + dateline + body
    shows = [e for e in events(text, _DAY) if e.kind == "Exhibition" and show in e.label]
    assert [e.location for e in shows] == [place]
