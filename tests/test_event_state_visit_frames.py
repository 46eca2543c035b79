"""What a state visit frames: a trip ahead of its visitor, told by "она"/"он", to a city of its
host (a stop of it), a signing told "в ходе визита" (the visit's day), a joint press
conference (of both leaders, on the visit's day). Sentences of our own, about pairs of our own
choice; must-nots beside (h-events189)."""

from __future__ import annotations

import pytest

_MEXICO = (
    "Премьер-министр Италии Джорджа Мелони приняла в среду в Риме президента Мексики Клаудию "
    "Шейнбаум, прибывшую в страну с двухдневным официальным визитом.\n\n"
)
_JAPAN = (
    "Президент Вьетнама Лыонг Кыонг принял в среду в Ханое премьер-министра Японии Санаэ "
    "Такаити, прибывшую в страну с двухдневным официальным визитом.\n\n"
)
_JORDAN = (
    "Президент Египта Абдель Фаттах ас-Сиси принял во вторник в Каире короля Иордании Абдаллу "
    "II, прибывшего в страну с двухдневным государственным визитом.\n\n"
    "«Мы обсудили ситуацию в регионе», - заявил ас-Сиси"
)
_CHILE = (
    "Президент Чили Габриэль Борич принял в среду в Сантьяго президента Мексики Клаудию "
    "Шейнбаум, прибывшую в страну с двухдневным государственным визитом.\n\n"
    "Как сообщила пресс-служба чилийского президента, главы государств обсудили торговлю "
    "медью.\n\n«Мы сняли 14 из 46 барьеров», - заявил Борич"
)

# (text, the trip's place, its visitor, the visit it is a stop of: its label's place)
STOPS = [
    (_MEXICO + "Это первый визит Шейнбаум в Италию. В четверг она посетит Милан.", "Милан",
     "person/claudia-sheinbaum", "(Милан)"),
    (_JAPAN + "Это первый визит Такаити во Вьетнам. В четверг она посетит Хошимин, где "
     "осмотрит порт.", "Хошимин", "person/sanae-takaichi", "(Хошимин)"),
    (_MEXICO + "Это первый визит Шейнбаум в Италию. В четверг Шейнбаум посетит Милан.", "Милан",
     "person/claudia-sheinbaum", "(Милан)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "visitor", "stop"), STOPS)
def test_a_trip_ahead_to_a_city_of_the_host_is_a_stop(
    events, text: str, place: str, visitor: str, stop: str
) -> None:
    (trip,) = [e for e in events(text, "2026-12-02") if e.location == place]
    assert trip.visitor == visitor
    assert trip.label.endswith(stop)


# must not: a third state after the visit is a visit of its own, and one of its own year no stop
APART = [
    (_JAPAN + "Это первый визит Такаити во Вьетнам. После визита она посетит Камбоджу.",
     "Камбоджа", "Визит Санаэ Такаити в Камбоджу", ""),
    (_MEXICO + "Это первый визит Шейнбаум в Италию. В следующем году она посетит Милан.",
     "Милан", "Визит Клаудии Шейнбаум в Италию", "2027"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "label", "date"), APART)
def test_a_trip_apart_is_a_visit_of_its_own(
    events, text: str, place: str, label: str, date: str
) -> None:
    (trip,) = [e for e in events(text, "2026-12-02") if e.location == place]
    assert (trip.label, trip.date) == (label, date)


def test_two_women_named_give_her_no_visitor(events) -> None:
    text = (
        _MEXICO + "Это первый визит Шейнбаум в Италию, заявила Мелони. В четверг она посетит Милан."
    )
    assert not [e for e in events(text, "2026-12-02") if e.visitor and e.location == "Милан"]


# (text, the signing's paper, its date): "в ходе визита" gives the visit's day; its own year stays
SIGNINGS = [
    (_JORDAN + ".\n\nВ рамках визита министры торговли двух стран подписали протокол о "
     "сотрудничестве в области логистики.", "протокола", "2026-12-01"),
    (_CHILE + ".\n\nВ ходе визита министры энергетики двух стран подписали меморандум о "
     "сотрудничестве в области энергетики.", "меморандума", "2026-12-02"),
    (_JORDAN + ".\n\nВ ходе визита в 2019 году министры торговли двух стран подписали протокол "
     "о сотрудничестве в области логистики.", "протокола", "2019"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "paper", "date"), SIGNINGS)
def test_a_signing_within_a_visit_takes_its_day(events, text: str, paper: str, date: str) -> None:
    (signing,) = [e for e in events(text, "2026-12-05") if e.kind == "Signing"]
    assert paper in signing.label
    assert signing.date == date


# (text, the press conference's persons, its date): a joint one is the visit's leaders'
PRESS = [
    (_JORDAN + " на совместной пресс-конференции.", ["person/abdalla-ii",
     "person/abdel-fattah-el-sisi"], "2026-12-01"),
    (_CHILE + " на совместной пресс-конференции.", ["person/claudia-sheinbaum",
     "person/gabriel-borich"], "2026-12-02"),
    (_JORDAN + " на своей пресс-конференции.", ["person/abdel-fattah-el-sisi"], ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons", "date"), PRESS)
def test_a_joint_press_conference_is_of_the_visit(
    events, text: str, persons: list[str], date: str
) -> None:
    (press,) = [e for e in events(text, "2026-12-05") if e.kind == "Publication"]
    assert sorted(p for p in press.participants if p.startswith("person/")) == persons
    assert press.date == date
