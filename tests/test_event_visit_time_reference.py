"""A visit noun that only tells the time of its sentence's act ("через неделю после визита в
X пройдёт заседание", "после визита в X состоится …"), naming no traveller and no visit told
before, is no visit of its own; the act it dates is read, in the place the parse hung on the
visit noun in the locative, and a sitting ahead is not the talks held before it
(h-events143). Own sentences about other pairs of states, dated 20 May 2025."""

from __future__ import annotations

import pytest

_DAY = "2025-05-20"

_VISITS = {"Visit", "StateVisit"}

# (text, the sitting's (status, place))
REFERENCES = [
    ("Президент Египта Абдель Фаттах ас-Сиси провёл переговоры с королём Иордании Абдаллой "
     "II. Через неделю после визита в Аммане пройдёт заседание совместной комиссии.",
     ("planned", "Амман")),
    ("Президент Индонезии Прабово Субианто провёл переговоры с премьер-министром Малайзии. "
     "Через месяц после визита в Джакарте пройдёт заседание совместной комиссии двух стран.",
     ("planned", "Джакарта")),
    ("Через две недели после визита в Лиме пройдёт заседание межправительственной комиссии "
     "Чили и Перу.",
     ("planned", "Лима")),
    # must not: a visit's own destination, in the accusative, is no place of the sitting
    ("После визита в Куала-Лумпур состоится заседание совместной комиссии Индонезии и "
     "Малайзии.",
     ("planned", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sitting"), REFERENCES)
def test_visit_as_time_reference(events, text: str, sitting: tuple) -> None:
    read = events(text, _DAY)
    assert [e for e in read if e.kind in _VISITS] == []
    assert [(e.status, e.location) for e in read if e.kind == "Meeting"] == [sitting]


# must nots: a visit told before, one that names its traveller, one on whose eve an act is done
KEPT = [
    ("Президент Египта 10 марта прибыл в Амман. После визита в Иорданию египетский лидер "
     "провёл телефонный разговор с президентом Франции.",
     [("occurred", "2025-03-10")]),
    ("Через неделю после визита президента Чили в Перу пройдёт заседание межправительственной "
     "комиссии двух стран.",
     [("planned", "")]),
    ("Накануне визита президента Индонезии в Малайзию министры иностранных дел двух стран "
     "провели консультации.",
     [("planned", "")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), KEPT)
def test_visit_kept(events, text: str, visits: list) -> None:
    read = events(text, _DAY)
    assert [(e.status, e.date) for e in read if e.kind in _VISITS] == visits
