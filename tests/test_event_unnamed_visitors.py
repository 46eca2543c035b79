"""A visit whose traveller is a noun that names no one ("визит иностранного лидера в
Индию", "главы государства", "зарубежных гостей") is no fact alone: only the visit of one
the text names as visiting, the subject of its verb or the visit the sentence before tells,
with which it is one. Nor does one who acts during it travel ("в ходе визита иностранного
лидера … министр X заявил"). Fifty-first pass (h-events137). Must-nots: a traveller named
by a state or its adjective, a bare "визит в X", and a visit merged with the named one stay.
Sentences of our own about India–Nepal, Vietnam–Laos, Bolivia–Peru. Nor do tourists,
citizens, migrants, pilgrims or students who visit a place, counted or told as a crowd
(sixty-eighth pass, h-events259: Vietnam–Korea, Egypt–Russia, Belarus–Kazakhstan)."""

from __future__ import annotations

import pytest

from kg.extract.events.triggers import VISITS

_DAY = "2019-05-14"

# (text, the states of its one visit; None: no visit)
VISITORS = [
    ("Это первый визит иностранного лидера в Индию после выборов.", None),
    ("Это первый визит главы государства во Вьетнам за последние пять лет.", None),
    ("Визит зарубежных гостей в Лаос запланирован на осень.", None),
    ("В ходе визита иностранного лидера в Индию министр обороны Непала заявил о готовности к "
     "сотрудничеству.", None),
    # must-nots: the visit named before, the verb's subject, a state's traveller, no genitive
    ("Премьер-министр Непала прибыл в Нью-Дели. Это первый визит иностранного лидера в Индию "
     "после выборов.", {"state/NPL", "state/IND"}),
    ("Президент Перу Мартин Вискарра прибыл в Ла-Пас. Это первый визит главы государства в "
     "Боливию с 2015 года.", {"state/PER", "state/BOL"}),
    ("Президент Боливии Эво Моралес совершил первый визит главы государства в Перу за десять "
     "лет.", {"state/BOL", "state/PER"}),
    ("Президент Лаоса прибыл во Вьетнам. Это первый визит лаосского лидера во Вьетнам за "
     "десять лет.", {"state/LAO", "state/VNM"}),
    ("Визит президента Вьетнама в Лаос запланирован на осень.", {"state/VNM", "state/LAO"}),
    ("Визит в Лаос запланирован на осень.", {"state/LAO"}),
    # tourists, citizens, migrants, pilgrims, students, counted or not: no visitors; a
    # delegation counted in people and an official are (sixty-eighth pass, h-events259)
    ("В прошлом году Ханой посетили более 300 тысяч туристов из Южной Кореи.", None),
    ("Число российских туристов, посетивших Египет в 2025 году, выросло на 10 процентов.", None),
    ("Сотни паломников из Египта посетили Иерусалим.", None),
    ("По словам мэра, в прошлом году Минск посетили 420 тысяч туристов.", None),
    ("Граждане Белоруссии посетили Казахстан.", None),
    ("Студенты из Казахстана посетили Минск.", None),
    ("Делегация из 20 человек из Белоруссии посетила Астану.", {"state/BLR", "state/KAZ"}),
    ("Делегация Белоруссии посетила Астану.", {"state/BLR", "state/KAZ"}),
    ("Министр иностранных дел Белоруссии посетил Астану.", {"state/BLR", "state/KAZ"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), VISITORS)
def test_unnamed_visitor(events, text: str, states: set[str] | None) -> None:  # noqa: ANN001
    visits = [e for e in events(text, _DAY) if e.kind in VISITS]
    if states is None:
        assert visits == []
    else:
        (visit,) = visits
        assert {k for k in visit.participants if k.startswith("state/")} == states
