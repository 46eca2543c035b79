"""Who takes part where a text names offices in the plural, and who travels where a state's
adjective makes the title (fifty-seventh pass, h-events182; own sentences about Chile–Peru,
Kenya–Ethiopia, Jordan–Egypt, Morocco–Egypt).

A plural office with no state of its own ("министры обороны двух стран", "главы МИД",
"министры торговли обеих стран") is its holders of the document's pair: the two persons
the text names with that office, else no one, never the leaders of the sentence that
frames it ("стороны договорились, что министры обороны двух стран встретятся"). A title
with a state's adjective ("визит иорданского короля в Каир", "иорданского монарха") is
that state's holder of the office, the person the text or the gazetteer names, not the
state; a title whose holder no one names leaves the state ("визит кенийского президента").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_keys, state_keys

from kg.extract.events import Event
from kg.extract.events.triggers import VISITS

_DAY = "2026-03-12"
_CHILE_PERU = (
    "Президент Чили Габриэль Борич провел телефонный разговор с президентом Перу Диной Болуарте. "
)
_KENYA_ETHIOPIA = (
    "Президент Кении Уильям Руто провел телефонный разговор с премьер-министром Эфиопии "
    "Абием Ахмедом. "
)
_MINISTERS = (
    " Министр обороны Чили Мая Фернандес и министр обороны Перу Вальтер Астудильо уже "
    "обсуждали совместные учения в прошлом году."
)
_CHILE = {"state/CHL", "state/PER"}

# (text, the planned event's number of persons, its states)
PLANNED = [
    (_CHILE_PERU + "По данным канцелярии, стороны договорились, что министры обороны двух "
     "стран встретятся в августе в Лиме.", 0, _CHILE),
    (_KENYA_ETHIOPIA + "Лидеры договорились, что главы МИД двух стран проведут переговоры в "
     "мае.", 0, {"state/KEN", "state/ETH"}),
    (_KENYA_ETHIOPIA + "Стороны договорились, что министры иностранных дел двух стран "
     "встретятся в мае в Найроби.", 0, {"state/KEN", "state/ETH"}),
    (_CHILE_PERU + "Стороны договорились, что министры торговли обеих стран встретятся в "
     "сентябре.", 0, _CHILE),
    ("Президент Чили Габриэль Борич и президент Перу Дина Болуарте договорились, что "
     "министры обороны двух стран встретятся в августе в Лиме.", 0, _CHILE),
    # the holders the text names, after the sentence that frames the meeting
    (_CHILE_PERU + "Стороны договорились, что министры обороны двух стран встретятся в "
     "августе в Лиме." + _MINISTERS, 2, _CHILE),
    # must-nots: holders named with their office; presidents the text names; one minister
    (_CHILE_PERU + "Стороны договорились, что министры обороны Чили и Перу Мая Фернандес и "
     "Вальтер Астудильо встретятся в августе.", 2, _CHILE),
    (_CHILE_PERU + "Стороны договорились, что президенты двух стран встретятся в августе в "
     "Лиме.", 2, _CHILE),
    (_KENYA_ETHIOPIA + "Стороны также договорились, что лидеры двух стран встретятся в мае в "
     "Найроби.", 2, {"state/KEN", "state/ETH"}),
    ("Министр обороны Чили Мая Фернандес прибыла в Лиму. Министр обороны Чили встретится с "
     "коллегой в пятницу.", 1, {"state/CHL"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons", "states"), PLANNED)
def test_plural_office_holders(
    events: Callable[..., list[Event]], text: str, persons: int, states: set[str]
) -> None:
    (planned,) = [e for e in events(text, _DAY) if e.status == "planned"]
    assert len(person_keys(planned)) == persons
    assert state_keys(planned) == states
    if persons == 2 and "Фернандес" in text:
        assert all("borich" not in k and "boluarte" not in k for k in person_keys(planned))


# (text, a word of the visitor's name in the visit's label; "": no person travels, its state)
TRAVELLERS = [
    ("Король Иордании Абдалла II провел переговоры с президентом Египта. Визит иорданского "
     "короля в Каир продлится два дня.", "Абдаллы"),
    ("Король Иордании Абдалла II прибыл в Каир. Визит иорданского монарха продлится два "
     "дня.", "Абдаллы"),
    ("Король Марокко Мухаммед VI провел переговоры с президентом Египта. Визит "
     "марокканского монарха в Каир продлится два дня.", "Мухаммеда"),
    # must-nots: a title whose holder no one names leaves the state
    ("Визит кенийского президента в Аддис-Абебу начнется в понедельник.", ""),
    ("Визит чилийского лидера в Лиму продлится два дня.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), TRAVELLERS)
def test_state_adjective_titles(events: Callable[..., list[Event]], text: str, name: str) -> None:
    visits = [e for e in events(text, _DAY) if e.kind in VISITS]
    assert visits
    for visit in visits:
        if name:
            assert visit.visitor.startswith("person/")
            assert name in visit.label
        else:
            assert visit.visitor.startswith("state/")
            assert person_keys(visit) == []
