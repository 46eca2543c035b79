"""The visitor told as a guest after the visit ("X прибыл в Кампалу. В аэропорту высокого
гостя встретил президент Уганды Y"): the host who met them takes part, as after "Его
встретил"; and plural heads of the pair told after a visit that names only its visitor
("Президент Уганды Y назвал визит историческим. Лидеры двух стран провели переговоры") are
the two heads the text names. Must-nots: guests of a forum, guests met by the press, a
text naming one head, heads of a union, ministers who are no presidents. Sentences of our
own about other pairs of states (fifty-fourth pass, h-events156)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

KENYA = "Президент Кении Уильям Руто во вторник прибыл в Кампалу с государственным визитом. "
CHILE = "Президент Чили Андрес Сото в понедельник прибыл в Лиму с рабочим визитом. "
JORDAN = "Король Иордании Абдалла II во вторник прибыл в Каир с официальным визитом. "
VISITS = frozenset({"StateVisit", "WorkingVisit", "OfficialVisit", "Visit"})
MUSEVENI, MENDOSA = "person/yoveri-museveni", "person/luis-mendosa"
SISI = "person/abdel-fattah-el-sisi"


def _visit(read: list[Event]) -> Event:
    (visit,) = [e for e in read if e.kind in VISITS]
    return visit


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (KENYA + "В аэропорту высокого гостя встретил президент Уганды Йовери Мусевени.", MUSEVENI),
        (CHILE + "В аэропорту гостей встретил президент Перу Луис Мендоса.", MENDOSA),
        (
            CHILE + "У трапа самолёта высоких гостей приветствовал президент Перу Луис Мендоса.",
            MENDOSA,
        ),
        (
            JORDAN + "В аэропорту делегацию встречал президент Египта Абдель Фаттах ас-Сиси.",
            SISI,
        ),
    ],
)
def test_the_host_who_met_the_guest_takes_part_in_the_visit(events, text: str, host: str) -> None:
    assert host in _visit(events(text, "2025-10-22")).participants


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # guests of another gathering, not the visitor
        (CHILE + "Гостей форума приветствовал президент Перу Луис Мендоса.", MENDOSA),
        # the press is no side
        (JORDAN + "Журналисты встретили гостя у трапа.", SISI),
    ],
)
def test_guests_of_a_forum_or_met_by_the_press_add_no_one(events, text: str, host: str) -> None:
    assert host not in _visit(events(text, "2025-10-22")).participants


def test_guests_met_with_no_visit_told_add_no_one(events) -> None:
    text = "Гостей форума встретил мэр Кампалы. Президент Уганды Йовери Мусевени выступил с речью."
    assert all(e.kind not in VISITS for e in events(text, "2025-10-22"))
