"""A visit told only by its noun ("В ходе визита X также встретился с …", "Визит продлится до
субботы", "X завершил визит") after X's talks in another state is his visit there, held, in
the talks' city and on their day; a host's official who "принял" a guest inside a visit's
frame makes no visit of his own; a visit whose preparation a trip is for ("посетит Кампалу в
июне для подготовки визита X") takes no date from that trip, and its state as host. Sentences
of our own about Kenya–Uganda, Egypt–Jordan, Indonesia–Malaysia, Spain–Portugal, with
must-not cases (fifty-fifth pass, h-events165)."""

from __future__ import annotations

import pytest

from kg.extract.events import VISITS

KAMPALA = (
    "Руто и Мусевени обсудили торговлю\n\n"
    "Кампала, 15 мая 2026 года — Президент Кении Уильям Руто провёл в четверг в Государственном "
    "доме переговоры с президентом Уганды Йовери Мусевени. Стороны обсудили строительство "
    "нефтепровода.\n\n"
    "В ходе визита Руто также посетил промышленную зону и встретился с министром финансов "
    "Уганды Матиа Касаиджей. Визит продлится до субботы."
)
CAIRO = (
    "Король Иордании Абдалла II провёл в среду в {place} переговоры с президентом Египта Абдель "
    "Фаттахом ас-Сиси. "
)
NAIROBI = (
    "Президент Кении Уильям Руто провёл в среду в Найроби переговоры с президентом Уганды "
    "Йовери Мусевени. "
)

# document date, text, the visits read: (visitor, host, status, date, place)
TALKS_ABROAD = [
    # the lead's talks in a building, the dateline's city: the visit to Uganda, on their day
    ("2026-05-15", KAMPALA,
     [("person/uilyam-ruto", "state/UGA", "occurred", "2026-05-14", "Кампала")]),
    ("2026-03-12",
     CAIRO.format(place="Каире") + "В ходе визита Абдалла II также встретился с "
     "премьер-министром Египта Мустафой Мадбули. Визит продлится до пятницы.",
     [("person/abdalla-ii", "state/EGY", "occurred", "2026-03-11", "Каир")]),
    ("2026-03-12",
     "Президент Индонезии Прабово Субианто провёл в среду в Куала-Лумпуре переговоры с "
     "премьер-министром Малайзии Анваром Ибрагимом. Прабово завершил визит и вернулся в "
     "Джакарту.",
     [("person/prabowo-subianto", "state/MYS", "occurred", "2026-03-11", "Куала-Лумпур")]),
    # the guest of talks held in the other's capital
    ("2026-03-12",
     NAIROBI + "В ходе визита Мусевени также встретился с министрами правительства Кении.",
     [("person/yoveri-museveni", "state/KEN", "occurred", "2026-03-11", "Найроби")]),
    # one who takes part in something ("принял участие") on the trip is no host receiving
    ("2026-03-12",
     "Президент Кении Уильям Руто провёл в среду в Кампале переговоры с президентом Уганды "
     "Йовери Мусевени. В ходе визита Руто принял участие в бизнес-форуме.",
     [("person/uilyam-ruto", "state/UGA", "occurred", "2026-03-11", "Кампала")]),
    # must not: talks at home, in a third state's city; a visit with a place or a day of its own
    ("2026-03-12",
     NAIROBI + "В ходе визита Руто также встретился с министром финансов Кении.",
     [("person/uilyam-ruto", "", "occurred", "", "")]),
    ("2026-03-12",
     CAIRO.format(place="Женеве") + "В ходе визита Абдалла II также встретился с министром "
     "иностранных дел Египта.",
     [("person/abdalla-ii", "", "occurred", "", "")]),
    ("2026-03-12",
     CAIRO.format(place="Каире") + "В ходе визита в Саудовскую Аравию Абдалла II встретился с "
     "наследным принцем.",
     [("person/abdalla-ii", "state/SAU", "occurred", "", "Саудовская Аравия")]),
    ("2026-03-12",
     CAIRO.format(place="Каире") + "12 марта Абдалла II завершил визит.",
     [("person/abdalla-ii", "", "occurred", "2026-03-12", "")]),
    ("2026-03-12",
     "В ходе визита в Кампалу президент Кении Уильям Руто принял участие в бизнес-форуме.",
     [("person/uilyam-ruto", "state/UGA", "occurred", "2026-03-12", "Кампала")]),
]  # fmt: skip


def _visits(events, text: str, date: str) -> list[tuple[str, str, str, str, str]]:  # noqa: ANN001
    return sorted(
        (e.visitor, e.host, e.status, e.date, e.location)
        for e in events(text, date)
        if e.kind in VISITS
    )


@pytest.mark.parametrize(("date", "text", "visits"), TALKS_ABROAD)
def test_a_visit_told_by_its_noun_after_talks_abroad(
    events,  # noqa: ANN001 - the conftest fixture
    date: str,
    text: str,
    visits: list[tuple[str, str, str, str, str]],
) -> None:
    assert _visits(events, text, date) == visits


# text, the visits read (visitor, host), the persons of the meeting
RECEIVED = [
    ("Король Иордании Абдалла II прибыл в Каир с официальным визитом. В ходе визита министр "
     "иностранных дел Египта Бадр Абдель Ати принял иорданского коллегу Аймана Сафади.",
     [("person/abdalla-ii", "state/EGY")], ["person/ayman-safadi", "person/badr-abdel-ati"]),
    ("Премьер-министр Испании Педро Санчес прибыл в Лиссабон. В ходе визита премьер-министр "
     "Португалии Луиш Монтенегру принял испанского гостя в своей резиденции.",
     [("person/pedro-sanches", "state/PRT")], ["person/luish-montenegru", "person/pedro-sanches"]),
    # must not: a host's "принял" outside any visit's frame, one received in the passive
    ("Министр иностранных дел Египта Бадр Абдель Ати принял иорданского коллегу Аймана Сафади.",
     [], ["person/ayman-safadi", "person/badr-abdel-ati"]),
    ("Король Иордании Абдалла II прибыл в Каир с официальным визитом. В ходе визита министр "
     "иностранных дел Иордании Айман Сафади был принят министром иностранных дел Египта Бадром "
     "Абдель Ати.",
     [("person/abdalla-ii", "state/EGY")], ["person/ayman-safadi", "person/badr-abdel-ati"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits", "met"), RECEIVED)
def test_the_host_who_receives_makes_no_visit(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    visits: list[tuple[str, str]],
    met: list[str],
) -> None:
    read = events(text, "2026-03-12")
    assert sorted((e.visitor, e.host) for e in read if e.kind in VISITS) == visits
    meetings = [e for e in read if e.kind == "Meeting"]
    assert [sorted(p for p in e.participants if p.startswith("person/")) for e in meetings] == [met]


# text, the prepared visit's (visitor, host, status, date, place)
PREPARED = [
    ("Стороны договорились, что министр иностранных дел Кении Мусалия Мудавади посетит Кампалу "
     "в июне для подготовки визита Уильяма Руто.",
     ("person/uilyam-ruto", "state/UGA", "planned", "", "")),
    ("Министр иностранных дел Испании Хосе Мануэль Альбарес посетит Лиссабон в мае для "
     "подготовки визита Педро Санчеса.",
     ("person/pedro-sanches", "state/PRT", "planned", "", "")),
    # must not: a day or a place of its own
    ("Министр иностранных дел Кении Мусалия Мудавади посетит Кампалу в июне для подготовки "
     "визита Уильяма Руто в июле.",
     ("person/uilyam-ruto", "state/UGA", "planned", "2026-07", "")),
    ("Министр иностранных дел Кении Мусалия Мудавади посетит Кампалу в июне для подготовки "
     "визита Уильяма Руто в Руанду.",
     ("person/uilyam-ruto", "state/RWA", "planned", "", "Руанда")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visit"), PREPARED)
def test_a_visit_prepared_by_a_trip(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    visit: tuple[str, str, str, str, str],
) -> None:
    visits = _visits(events, text, "2026-03-12")
    assert [v for v in visits if v[0] == visit[0]] == [visit]


# text, the visit's (status, date), the date of the meeting told during it
LASTING = [
    # a visit lasting to a later day: the meeting during it is on one of its days
    ("Президент Кении Уильям Руто прибыл в Кампалу в среду. Визит продлится до пятницы. В ходе "
     "визита он встретился с министром финансов Уганды.", ("occurred", "2026-03-11"), ""),
    # must not: a visit ahead stays ahead; one of no told length dates what it frames
    ("Президент Кении Уильям Руто прибудет в Кампалу в пятницу. Визит продлится до воскресенья.",
     ("planned", "2026-03-13"), None),
    ("Президент Кении Уильям Руто прибыл в Кампалу в среду. В ходе визита он встретился с "
     "министром финансов Уганды.", ("occurred", "2026-03-11"), "2026-03-11"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visit", "met"), LASTING)
def test_a_visit_told_to_last(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    visit: tuple[str, str],
    met: str | None,
) -> None:
    read = events(text, "2026-03-12")
    assert [(e.status, e.date) for e in read if e.kind in VISITS] == [visit]
    assert [e.date for e in read if e.kind == "Meeting"] == ([] if met is None else [met])
