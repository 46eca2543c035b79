"""One verb of a trip to places of two states joined by "и" ("посетил Кампалу и Кигали",
"побывал в Лиссабоне и Рабате", "совершил визиты в Португалию и Марокко") is a visit to each,
placed and with its host; two cities of one state are one visit to it, placed in the first;
a plural subject's states all travel on each. Sentences of our own (h-events154)."""

from __future__ import annotations

import pytest

VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

# (text, the hosts and places of its visits)
TRIPS = [
    ("Президент Кении посетил Кампалу и Кигали.",
     [("state/RWA", "Кигали"), ("state/UGA", "Кампала")]),
    ("Президент Чили совершил поездку в Лиму и Кито.",
     [("state/ECU", "Кито"), ("state/PER", "Лима")]),
    ("Министр иностранных дел Испании побывал в Лиссабоне и Рабате.",
     [("state/MAR", "Рабат"), ("state/PRT", "Лиссабон")]),
    ("Министр иностранных дел Испании совершил визиты в Португалию и Марокко.",
     [("state/MAR", "Марокко"), ("state/PRT", "Португалия")]),
    ("Президент Кении 10 мая посетил Кампалу, Кигали и Дар-эс-Салам.",
     [("state/RWA", "Кигали"), ("state/TZA", "Дар-эс-Салам"), ("state/UGA", "Кампала")]),
    # must not: two cities of one state (one visit, in the first), a city of the visitor's
    # own state, another verb joined, visits in the plural to one place, a habit or a count, talks
    ("Президент Кении посетил Кампалу и Энтеббе.", [("state/UGA", "Кампала")]),
    ("Президент Перу посетил Сантьяго и Лиму.", [("state/CHL", "Сантьяго")]),
    ("Президент Кении прибыл в Кампалу и провёл переговоры.", [("state/UGA", "Кампала")]),
    ("Президент Кении совершил визиты в Уганду.", []),
    ("Президент Кении регулярно совершает визиты в Уганду и Руанду.", []),
    ("За год президент Кении совершил пять визитов в Уганду и Руанду.", []),
    ("Министр иностранных дел Испании провёл переговоры в Лиссабоне и Рабате.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hosts"), TRIPS)
def test_a_visit_to_each_place_joined(events, text: str, hosts: list[tuple[str, str]]) -> None:
    visits = [e for e in events(text, "2024-05-12") if e.kind in VISIT_KINDS]
    assert sorted((v.host, v.location) for v in visits) == hosts


def test_the_visits_are_two_events_of_one_visitor_and_day(events) -> None:
    text = "Президент Кении Уильям Руто 10 мая посетил Кампалу и Кигали."
    visits = [e for e in events(text, "2024-05-12") if e.kind in VISIT_KINDS]
    assert len({v.key for v in visits}) == 2
    assert {v.visitor for v in visits} == {"person/uilyam-ruto"}
    assert {v.date for v in visits} == {"2024-05-10"}
    assert sorted(sorted(v.participants) for v in visits) == [
        ["person/uilyam-ruto", "state/KEN", "state/RWA"],
        ["person/uilyam-ruto", "state/KEN", "state/UGA"],
    ]


# (text, the states of each visit, by host)
TRAVELLERS = [
    ("В мае посетили Перу и Эквадор президенты Чили и Боливии.",
     {"state/PER": ["state/BOL", "state/CHL", "state/PER"],
      "state/ECU": ["state/BOL", "state/CHL", "state/ECU"]}),
    ("Премьер-министры Испании и Португалии посетили Рабат.",
     {"state/MAR": ["state/ESP", "state/MAR", "state/PRT"]}),
    ("Рабат посетили премьер-министры Испании и Португалии.",
     {"state/MAR": ["state/ESP", "state/MAR", "state/PRT"]}),
    # the verb before its subject, where the parser hung the second place on the first
    # state of the subject (fifty-fifth pass, h-events164, `mend_backward_conjuncts`)
    ("Посетили Боливию и Перу президенты Аргентины и Парагвая.",
     {"state/BOL": ["state/ARG", "state/BOL", "state/PRY"],
      "state/PER": ["state/ARG", "state/PER", "state/PRY"]}),
    ("Посетили Марокко и Мали президенты Сенегала и Ганы.",
     {"state/MAR": ["state/GHA", "state/MAR", "state/SEN"],
      "state/MLI": ["state/GHA", "state/MLI", "state/SEN"]}),
    # and where it made the subject a second object, or a conjunct of the first place
    # (`mend_nominative_objects`)
    ("Посетили Кению и Перу президенты Уругвая и Парагвая.",
     {"state/KEN": ["state/KEN", "state/PRY", "state/URY"],
      "state/PER": ["state/PER", "state/PRY", "state/URY"]}),
    ("Посетили Уганду и Кигали президенты Кении и Танзании.",
     {"state/RWA": ["state/KEN", "state/RWA", "state/TZA"],
      "state/UGA": ["state/KEN", "state/TZA", "state/UGA"]}),
    ("Посетили Аргентину, Перу и Чили президенты Бразилии и Уругвая.",
     {"state/ARG": ["state/ARG", "state/BRA", "state/URY"],
      "state/CHL": ["state/BRA", "state/CHL", "state/URY"],
      "state/PER": ["state/BRA", "state/PER", "state/URY"]}),
    # must not: one traveller's kin names no state, the host's president is at home, a verb
    # joined instead of a place is one visit
    ("Президенты Чили и Перу посетили Эквадор и провели переговоры.",
     {"state/ECU": ["state/CHL", "state/ECU", "state/PER"]}),
    ("Президент Кении и его супруга посетили Кампалу.",
     {"state/UGA": ["state/KEN", "state/UGA"]}),
    ("Президенты Кении и Уганды посетили Кампалу.",
     {"state/UGA": ["state/KEN", "state/UGA"]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), TRAVELLERS)
def test_each_state_of_a_plural_subject_travels(
    events, text: str, states: dict[str, list[str]]
) -> None:
    visits = [e for e in events(text, "2024-05-12") if e.kind in VISIT_KINDS]
    got = {v.host: sorted(k for k in v.participants if k.startswith("state/")) for v in visits}
    assert got == states
