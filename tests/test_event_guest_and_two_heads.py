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


def _talks(read: list[Event]) -> list[str]:
    (talks,) = [e for e in read if e.kind == "Talks"]
    return sorted(p for p in talks.participants if p.startswith("person/"))


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


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (
            KENYA + "Президент Уганды Йовери Мусевени назвал визит историческим. "
            "Лидеры двух стран провели переговоры.",
            ["person/uilyam-ruto", MUSEVENI],
        ),
        (
            CHILE + "Президент Перу Луис Мендоса назвал визит важным. В президентском дворце "
            "состоялись переговоры. Главы государств обсудили торговлю.",
            ["person/andres-soto", MENDOSA],
        ),
        (
            JORDAN + "Президент Египта Абдель Фаттах ас-Сиси назвал визит важным. "
            "Лидеры двух стран провели переговоры.",
            ["person/abdalla-ii", SISI],
        ),
    ],
)
def test_the_heads_of_the_pair_are_the_two_named(events, text: str, heads: list[str]) -> None:
    assert _talks(events(text, "2025-10-22")) == heads


def test_one_head_named_adds_no_one(events) -> None:
    text = CHILE + "Визит продлится два дня. Лидеры двух стран провели переговоры."
    assert _talks(events(text, "2025-10-22")) == ["person/andres-soto"]


def test_heads_of_a_union_are_not_the_pair(events) -> None:
    text = (
        CHILE + "Президент Перу Луис Мендоса назвал визит важным. "
        "Главы государств ЕС обсудили торговлю."
    )
    for e in events(text, "2025-10-22"):
        assert e.kind in VISITS or MENDOSA not in e.participants


def test_ministers_of_the_two_are_the_ministers_never_the_presidents(events) -> None:
    text = (
        CHILE + "Президент Перу Луис Мендоса назвал визит важным. Министр иностранных дел "
        "Перу Хавьер Гонсалес и министр иностранных дел Чили Альберто ван Кларен также "
        "приняли участие. Министры иностранных дел двух стран провели переговоры."
    )
    talks = _talks(events(text, "2025-10-22"))
    assert MENDOSA not in talks and "person/andres-soto" not in talks
    assert talks == ["person/alberto-van-klaren", "person/khaver-gonsales"]
