"""A trip cut short took place and is its traveller's; one turned back on the way did not
take place; a plane turned back with no visit named is no event. Sentences of our own
about other states."""

from __future__ import annotations

import pytest

# text, status, who must take part
TRIPS = [
    ("Президент Аргентины Хавьер Милей прервал визит в Испанию и вернулся в Буэнос-Айрес.",
     "occurred", {"person/javier-milei", "state/ARG", "state/ESP"}),
    ("Премьер-министр Канады Джастин Трюдо сократил визит в Японию.", "occurred",
     {"person/justin-trudeau", "state/CAN", "state/JPN"}),
    ("Президент Боливии Луис Арсе, направлявшийся с визитом в Испанию, развернул самолёт над "
     "Атлантикой.", "cancelled", {"state/BOL", "state/ESP"}),
    ("Премьер-министр Индии Нарендра Моди отменил визит в Бангладеш уже в пути.", "cancelled",
     {"person/narendra-modi", "state/IND", "state/BGD"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status", "who"), TRIPS)
def test_a_trip_cut_short_or_turned_back(events, text, status, who) -> None:
    (visit,) = [e for e in events(text) if e.kind == "Visit"]
    assert visit.status == status and who <= set(visit.participants)


NONE = [
    "Самолёт авиакомпании Qantas, следовавший из Сиднея в Окленд, развернулся над Тасмановым "
    "морем из-за грозы.",
    "Пилот развернул самолёт над Атлантикой из-за непогоды.",
]


@pytest.mark.parametrize("text", NONE)
def test_a_plane_turned_back_is_no_visit(events, text) -> None:
    assert not [e for e in events(text) if e.kind == "Visit"]


# a meeting in the clause of "где" on a called-off trip's place is called off with it,
# whatever verb of intent stands between, and keeps the traveller's side; one on the place of
# a trip made, or told in a sentence of its own, is not
WHERE_CLAUSES = [
    ("Министр иностранных дел Японии отменил поездку в Ханой, где планировал встретиться с "
     "премьер-министром Вьетнама.", "Meeting", "cancelled", {"state/JPN", "state/VNM"}),
    ("Президент Египта отменил визит в Анкару, где намеревался провести переговоры с "
     "президентом Турции Реджепом Тайипом Эрдоганом.", "Talks", "cancelled",
     {"state/EGY", "state/TUR"}),
    # must not
    ("Президент Египта совершил поездку в Анкару, где планировал провести переговоры с "
     "президентом Турции.", "Talks", "planned", {"state/EGY", "state/TUR"}),
    ("Президент Египта отменил поездку в Анкару. В Каире он провёл переговоры с президентом "
     "Турции.", "Talks", "occurred", {"state/TUR"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status", "who"), WHERE_CLAUSES)
def test_a_meeting_where_a_called_off_trip_went_is_called_off(
    events, text: str, kind: str, status: str, who: set[str]
) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.status == status and who <= set(event.participants)


# text, the visits told as (status, place): a trip made and another called off in the same
# sentence are two, each at its place; a trip called off told twice is one
MADE_AND_CALLED_OFF = [
    ("Премьер-министр Японии Сигэру Исиба 20 мая прибыл в Ханой, где планировал провести "
     "переговоры с премьер-министром Вьетнама Фам Минь Тьинем, и отменил поездку в Дананг из-за "
     "тайфуна.", {("occurred", "Ханой"), ("cancelled", "Дананг")}),
    ("Президент Филиппин Фердинанд Маркос 9 сентября прибыл в Токио, где провёл переговоры с "
     "премьер-министром Японии Сигэру Исибой, и отменил поездку в Осаку.",
     {("occurred", "Токио"), ("cancelled", "Осака")}),
    # must not: one trip called off, told twice
    ("Президент Чили Габриэль Борич отменил визит в Перу. Поездку в Лиму Борич отменил из-за "
     "протестов.", {("cancelled", "Лима")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), MADE_AND_CALLED_OFF)
def test_a_trip_made_and_one_called_off_are_two(events, text: str, visits: set) -> None:
    told = {(e.status, e.location) for e in events(text) if e.kind == "Visit"}
    assert told == visits
