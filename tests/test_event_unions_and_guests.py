"""Unions of states as sides, guests received by two hosts, a ceremony's guests and a city a
visitor "также посетит": sentences of our own, about pairs of our own choice; must-nots beside."""

from __future__ import annotations

import pytest

# an official of a union of states acts for it: the union takes part in their talks
UNION_OFFICIALS = [
    ("Председатель Еврокомиссии Урсула фон дер Ляйен провела в Нью-Дели переговоры с "
     "премьер-министром Индии Нарендрой Моди.", "Talks", "org/eu", True),
    ("Генеральный секретарь АСЕАН Као Ким Хорн провел в Токио переговоры с министром "
     "иностранных дел Японии Такеси Ивая.", "Talks", "org/asean", True),
    ("Председатель Европейского совета Антониу Кошта встретился в Ереване с премьер-министром "
     "Армении Николом Пашиняном.", "Meeting", "org/eu", True),
    # must not: one of a state in a talks with the union's official brings no other union in
    ("Премьер-министр Индии Нарендра Моди провел в Нью-Дели переговоры с президентом Франции "
     "Эммануэлем Макроном.", "Talks", "org/eu", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "union", "there"), UNION_OFFICIALS)
def test_a_unions_official_brings_the_union(
    events, text: str, kind: str, union: str, there: bool
) -> None:
    (event,) = [e for e in events(text, "2025-04-03") if e.kind == kind]
    assert (union in event.participants) is there


# an office the text gives in a union or its body decides the side, not the state of the
# gazetteer's other term at the date nor the person's nationality
BODY_OFFICES = [
    ("Генеральный секретарь НАТО Марк Рютте провёл переговоры с премьер-министром Японии "
     "Фумио Кисидой.", "2024-06-20", "org/nato", "state/NLD"),
    ("Глава Евросовета Антониу Кошта встретился с президентом Вьетнама Лыонг Кыонгом в Ханое.",
     "", "org/eu", "state/PRT"),
    ("Председатель Европейского совета Антониу Кошта провёл встречу с премьером Индии "
     "Нарендрой Моди.", "2024-09-14", "org/eu", "state/PRT"),
    # must not: the same person with a state's title acts for the state
    ("Премьер-министр Португалии Антониу Кошта провёл встречу с премьером Индии Нарендрой "
     "Моди.", "2019-05-10", "state/PRT", "org/eu"),
    ("Премьер-министр Нидерландов Марк Рютте провёл переговоры с премьер-министром Японии "
     "Фумио Кисидой.", "2024-06-20", "state/NLD", "org/nato"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "side", "not_side"), BODY_OFFICES)
def test_an_office_in_a_unions_body_is_the_side(
    events, text: str, date: str, side: str, not_side: str
) -> None:
    (event,) = [e for e in events(text, date) if e.kind in ("Talks", "Meeting")]
    assert side in event.participants
    assert not_side not in event.participants


# a visit to a city where the visitor meets only a union's officials is the union's
UNION_HOSTS = [
    ("Президент Сербии Александар Вучич во вторник посетил Брюссель. Вучич провел переговоры с "
     "председателем Еврокомиссии Урсулой фон дер Ляйен.", "org/eu"),
    ("Премьер-министр Армении Никол Пашинян прибыл с визитом в Брюссель, где встретился с "
     "председателем Европейского совета Антониу Коштой.", "org/eu"),
    # must not: one who meets the state's own head too, or visits the state by its name
    ("Министр иностранных дел Египта Бадр Абдель Аты прибыл в Брюссель, где встретился с "
     "председателем Еврокомиссии Урсулой фон дер Ляйен. Он также провел переговоры с "
     "премьер-министром Бельгии Бартом де Вевером.", "state/BEL"),
    ("Президент Сербии Александар Вучич посетил Бельгию. Вучич провел переговоры с "
     "председателем Еврокомиссии Урсулой фон дер Ляйен.", "state/BEL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host"), UNION_HOSTS)
def test_a_union_hosts_a_visit_to_its_officials(events, text: str, host: str) -> None:
    (visit,) = [e for e in events(text, "2025-06-17") if e.kind == "Visit"]
    assert visit.host == host
    assert ({"state/BEL", "org/eu"} - {host}).isdisjoint(visit.participants)


# two hosts receive a guest, whose name the parser hangs on the second host
TWO_HOSTS = [
    ("Президент Египта Абдель Фаттах ас-Сиси и премьер-министр Египта Мустафа Мадбули приняли "
     "в Каире министра иностранных дел Турции Хакана Фидана.", "person/hakan-fidan"),
    ("Президент Египта Абдель Фаттах ас-Сиси и министр иностранных дел Египта Бадр Абдель Аты "
     "приняли в Каире президента Кипра Никоса Христодулидиса.", "state/CYP"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "guest"), TWO_HOSTS)
def test_two_hosts_receive_a_guest(events, text: str, guest: str) -> None:
    (meeting,) = [e for e in events(text) if e.kind == "Meeting"]
    assert guest in meeting.participants


def test_the_guest_of_two_hosts_names_no_place(events) -> None:
    text = (
        "Президент Франции Эмманюэль Макрон и министр иностранных дел Франции Жан-Ноэль Барро "
        "приняли в Елисейском дворце премьер-министра Индии Нарендру Моди. Стороны обсудили "
        "поставки истребителей Rafale."
    )
    (meeting,) = [e for e in events(text) if e.kind == "Meeting"]
    assert meeting.location == "Елисейский дворец"


@pytest.mark.parametrize(
    "text",
    [  # must not: two who adopt a law or take part receive no one
        "Президент Египта и премьер-министр Египта приняли участие в форуме в Каире.",
        "Парламент Египта и правительство Египта приняли закон о бюджете.",
    ],
)
def test_two_who_adopt_receive_no_one(events, text: str) -> None:
    assert not [e for e in events(text) if e.kind == "Meeting"]


# one at a ceremony told just before ("На церемонии присутствовал X") takes part in it
CEREMONY_GUESTS = [
    ("В Варшаве прошла церемония вступления в должность президента Польши Кароля Навроцкого. "
     "На церемонии присутствовали президент Литвы Гитанас Науседа и президент Чехии Петр Павел.",
     {"state/POL", "state/LTU", "state/CZE"}),
    ("В Вашингтоне состоялась церемония вступления в должность президента США Дональда Трампа. "
     "На церемонии присутствовал президент Аргентины Хавьер Милей.",
     {"state/USA", "person/javier-milei", "state/ARG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "part"), CEREMONY_GUESTS)
def test_a_ceremonys_guests_take_part_in_it(events, text: str, part: set[str]) -> None:
    (ceremony,) = [e for e in events(text, "2025-08-06") if e.kind == "Ceremony"]
    assert part <= set(ceremony.participants)


# "также посетит" a city of no other known state: a part of the visit told before, its host
ALSO_VISITED = [
    ("Премьер-министр Индии Нарендра Моди прибыл 10 февраля с визитом во Францию. Моди также "
     "посетит Марсель.", "Марсель", "state/FRA"),
    ("Президент Франции Эммануэль Макрон совершил визит в Индию. Макрон также посетил Мумбаи.",
     "Мумбаи", "state/IND"),
    # must not: a city of another state is a visit to that state
    ("Премьер-министр Индии Нарендра Моди прибыл 10 февраля с визитом во Францию. Моди также "
     "посетит Берлин.", "Берлин", "state/DEU"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "host"), ALSO_VISITED)
def test_a_city_also_visited_is_a_part_of_the_visit(
    events, text: str, place: str, host: str
) -> None:
    visits = [e for e in events(text, "2025-02-11") if e.kind == "Visit"]
    assert len(visits) == 2
    (part,) = [v for v in visits if v.location == place]
    assert part.host == host
