"""The host who met a visitor takes part in the visit and is no visitor in its label: also
where the visit is told in the present ("находится с визитом в …. В аэропорту его встретил
Y") and where two joined verbs share him as subject ("его тепло встретил и приветствовал
Y"). Must-nots: "её" for a man in the present, the press, a minister who met him. Sentences
of our own about other pairs of states (seventy-second pass, h-events277)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

VISITS = {"Visit", "OfficialVisit", "WorkingVisit", "StateVisit"}
GHANA = "Президент Ганы Джон Махама прибыл в Уагадугу. "
GHANA_NOW = "Президент Ганы Джон Махама в среду находится с визитом в Буркина-Фасо. "
INDIA = "Премьер-министр Индии Шарма Кумар прибыл в Катманду. "
TRAORE = "person/ibragim-traore"


def _visit(read: list[Event]) -> Event:
    (visit,) = [e for e in read if e.kind in VISITS]
    return visit


@pytest.mark.parametrize(
    ("text", "host", "label"),
    [
        (
            GHANA_NOW + "В аэропорту Уагадугу его встретил президент Буркина-Фасо Ибрагим Траоре.",
            TRAORE,
            "Визит Джона Махамы в Буркина-Фасо",
        ),
        (
            "Президент Перу Дина Болуарте в среду находится с визитом в Чили. В аэропорту "
            "Сантьяго её встретил президент Чили Габриэль Борич.",
            "person/gabriel-borich",
            "Визит Дины Болуарте в Чили",
        ),
        (
            INDIA + "В аэропорту его тепло встретил и приветствовал премьер-министр Непала "
            "Рам Прасад.",
            "person/ram-prasad",
            "Визит Шармы Кумара в Непал",
        ),
        (
            GHANA + "В аэропорту гостя радушно встретил и приветствовал президент Буркина-Фасо "
            "Ибрагим Траоре.",
            TRAORE,
            "Визит Джона Махамы в Буркина-Фасо",
        ),
    ],
)
def test_the_host_takes_part_but_is_no_visitor(events, text: str, host: str, label: str) -> None:
    visit = _visit(events(text, "2025-06-04"))
    assert host in visit.participants
    assert visit.label == label


@pytest.mark.parametrize(
    "text",
    [
        # "её" is not the man who is on a visit
        GHANA_NOW + "В аэропорту Уагадугу её встретил президент Буркина-Фасо Ибрагим Траоре.",
        GHANA + "В аэропорту его встретили и приветствовали журналисты.",  # the press is no side
    ],
)
def test_no_host_where_the_object_or_subject_is_no_fit(events, text: str) -> None:
    visit = _visit(events(text, "2025-06-04"))
    assert [p for p in visit.participants if p.startswith("person/")] == ["person/dzhon-makhama"]


def test_a_minister_who_met_him_stays_a_participant(events) -> None:
    text = INDIA + "В аэропорту его встретил министр иностранных дел Непала Арзу Деуба."
    visit = _visit(events(text, "2025-06-04"))
    assert "person/arzu-deuba" in visit.participants
    assert visit.label == "Визит Шармы Кумара в Непал"
