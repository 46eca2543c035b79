"""Several travellers, several places: a verb before its subject ("Посетили X и Y президенты
Z и W": the parser hung Y on Z; its visits are in `test_event_joined_places.py`), a label
that names every traveller ("Визит X и Y в Z"), and a trip whose first place is the
traveller's home ("Глава МИД X посетил <его столицу> и Y": a visit to Y). Sentences of our
own (h-events164)."""

from __future__ import annotations

import pytest

VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}


def test_the_place_after_and_hangs_on_the_place_before(nlp) -> None:
    doc = nlp("Посетили Боливию и Перу президенты Аргентины и Парагвая.")
    words = {t.text: t for t in doc}
    assert words["Перу"].head.text == "Боливию"
    assert words["Парагвая"].head.text == "Аргентины"  # a conjunct hung right stays


# (text, the words the parser's subjects of its first verb are)
SUBJECTS = [
    ("Посетили Кению и Перу президенты Уругвая и Парагвая.", ["президенты"]),
    ("Посетили Уганду и Кигали президенты Кении и Танзании.", ["президенты"]),
    # must not: an accusative object stays; a plural conjunct after "и" of the object stays
    ("Президенты Кении и Танзании посетили Уганду и Кигали.", ["Президенты"]),
    ("Полиция задержала двух обвиняемых и их адвокатов.", ["Полиция"]),
    ("Посетили Уганду и президентов Кении.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subjects"), SUBJECTS)
def test_a_nominative_object_is_the_subject(nlp, text: str, subjects: list[str]) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == subjects


# (text, the labels of its visits)
LABELS = [
    ("Президенты Чили и Перу посетили Кито.", ["Визит Чили и Перу в Эквадор"]),
    ("Посетили Боливию и Перу президенты Аргентины и Парагвая.",
     ["Визит Аргентины и Парагвая в Боливию", "Визит Аргентины и Парагвая в Перу"]),
    # two persons of one state: one visit, both named
    ("Президент Чили Габриэль Борич и министр иностранных дел Чили Альберто ван Кляверен "
     "посетили Лиму.",
     ["Визит Габриэля Борича и Альберто ван Кляверена в Перу"]),
    # must not: a kin names no one, the host's own leader travels to no visit, one traveller
    ("Президент Кении и его супруга посетили Кампалу.", ["Визит Кении в Уганду"]),
    ("Президенты Кении и Уганды посетили Кампалу.", ["Визит Кении в Уганду"]),
    ("Президент Чили посетил Кито.", ["Визит Чили в Эквадор"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), LABELS)
def test_a_visit_label_names_every_traveller(events, text: str, labels: list[str]) -> None:
    visits = [e for e in events(text, "2026-05-12") if e.kind in VISIT_KINDS]
    assert sorted(v.label for v in visits) == labels


# (text, the hosts and places of its visits)
FROM_HOME = [
    ("Министр иностранных дел Перу посетил Лиму и Кито.", [("state/ECU", "Кито")]),
    ("Президент Кении посетил Найроби, Кампалу и Кигали.",
     [("state/RWA", "Кигали"), ("state/UGA", "Кампала")]),
    # must not: two places at home, a place at home and a verb, no visit at all
    ("Президент Кении посетил Найроби и Момбасу.", []),
    ("Президент Перу посетил Лиму и провёл переговоры.", []),
    # the visitor's own state is never a host, first or second
    ("Президент Перу посетил Кито и Лиму.", [("state/ECU", "Кито")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hosts"), FROM_HOME)
def test_a_trip_from_home_visits_the_place_abroad(
    events, text: str, hosts: list[tuple[str, str]]
) -> None:
    visits = [e for e in events(text, "2026-05-12") if e.kind in VISIT_KINDS]
    assert sorted((v.host, v.location) for v in visits) == hosts


def test_the_trip_from_home_keeps_its_visitor_and_day(events) -> None:
    text = "Министр иностранных дел Египта Сами Шукри посетил Каир и Амман во вторник."
    visits = [e for e in events(text, "2026-05-12") if e.kind in VISIT_KINDS]
    assert [(v.host, v.location, v.date) for v in visits] == [("state/JOR", "Амман", "2026-05-12")]
    assert visits[0].label == "Визит Сами Шукри в Иорданию"
    assert "state/EGY" in visits[0].participants
