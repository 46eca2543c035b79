"""Every traveller of a visit, and a visit told by "прибыл в" alone (h-events183).

A visit kept its first traveller only as its visitor, and lost the others where the verb is
singular before a coordinated subject ("В Уганду прибыл президент Кении и президент
Танзании"), where a visit noun hangs on the verb ("прибыли … с официальным визитом"), or
where the noun takes them in the genitive ("визит президентов Кении и Танзании"); a subject
after two verbs that the parser hung as an oblique of the second ("… и встретились с королём
Марокко президенты Сенегала и Мали") was no one's; and an arrival that opens its sentence
with no subject ("X вылетел из Найроби. Прибыл в Кампалу и его встретил …") was no visit.
Sentences of our own about other states."""

from __future__ import annotations

import pytest

from kg.extract.events.rdf import event_quads
from kg.model import Document
from kg.rdf import BRO, FactWriter, node

_DAY = "2026-03-12"
VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}


def _visits(events, text: str) -> list:
    return [e for e in events(text, _DAY) if e.kind in VISIT_KINDS]


def _visitors(visit) -> list[str]:
    """The visit's visitors: the visitor and who travels with them."""
    return sorted([visit.visitor, *getattr(visit, "fellows", [])])


# (text, the visitors of each visit, sorted, and its host)
TRAVELLERS = [
    ("Президенты Кении и Танзании посетили Уганду.",
     [(["state/KEN", "state/TZA"], "state/UGA")]),
    ("Министр обороны Ганы Кваме Асанте и министр финансов Ганы Кофи Менса прибыли в Абуджу.",
     [(["person/kofi-mensa", "person/kvame-asante"], "state/NGA")]),
    ("В Уганду прибыл президент Кении и президент Танзании.",
     [(["state/KEN", "state/TZA"], "state/UGA")]),
    ("Президенты Чили и Перу прибыли в Кито с государственным визитом.",
     [(["state/CHL", "state/PER"], "state/ECU")]),
    ("Визит президентов Кении и Танзании в Уганду состоялся в пятницу.",
     [(["state/KEN", "state/TZA"], "state/UGA")]),
    ("Визит президента Кении и президента Танзании в Уганду состоялся в пятницу.",
     [(["state/KEN", "state/TZA"], "state/UGA")]),
    # must not: a kin who names no one, one person by name and title, two places of one
    # traveller, two travellers of two clauses to two cities
    ("Президент Кении и его супруга прибыли в Уганду.", [(["state/KEN"], "state/UGA")]),
    ("Визит президента Кении Уильяма Руто в Уганду состоялся в пятницу.",
     [(["person/uilyam-ruto"], "state/UGA")]),
    ("Визит президента Кении в Уганду и Танзанию состоялся в пятницу.",
     [(["state/KEN"], "state/UGA"), (["state/KEN"], "state/TZA")]),
    ("Президент Кении посетил Кампалу, а президент Танзании посетил Кигали.",
     [(["state/KEN"], "state/UGA"), (["state/TZA"], "state/RWA")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), TRAVELLERS)
def test_every_traveller_is_a_visitor(events, text: str, visits: list) -> None:
    read = _visits(events, text)
    assert [(_visitors(v), v.host) for v in read] == visits
    for v in read:  # each visitor takes part
        assert set(_visitors(v)) <= set(v.participants)


# (text, the visitors of the visit, sorted, and its host)
SHARED = [
    ("Посетили Рабат и встретились с королём Марокко президенты Сенегала и Мали.",
     ["state/MLI", "state/SEN"], "state/MAR"),
    ("Посетили Кампалу и встретились с президентом Уганды президенты Кении и Танзании.",
     ["state/KEN", "state/TZA"], "state/UGA"),
    # must not change the parse: a subject the parser read as one (its visit kept one
    # visitor before); one traveller, singular
    ("Посетили Лиму и встретились с президентом Перу министры обороны Чили и Эквадора.",
     ["state/CHL", "state/ECU"], "state/PER"),
    ("Посетила Рабат и встретилась с королём Марокко президент Сенегала.",
     ["state/SEN"], "state/MAR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visitors", "host"), SHARED)
def test_a_subject_hung_as_an_oblique_travels(events, text: str, visitors: list, host: str) -> None:
    read = _visits(events, text)
    assert [(_visitors(v), v.host) for v in read] == [(visitors, host)]


# (text, the participants of each visit, sorted)
ARRIVALS = [
    ("Президент Кении Уильям Руто вылетел из Найроби. Прибыл в Кампалу и его встретил "
     "президент Уганды.", [["person/uilyam-ruto", "state/KEN", "state/UGA"]]),
    ("Министр иностранных дел Эквадора Габриэла Соммерфельд провела переговоры в Лиме. Затем "
     "посетила Сантьяго.", [["person/gabriela-sommerfeld", "state/CHL", "state/ECU"]]),
    ("Президент Ганы прибыл в Кампалу, и его встретил премьер-министр Уганды.",
     [["state/GHA", "state/UGA"]]),
    # must not: the greeter before the greeted travels nowhere; a verb of the other gender;
    # a subject the parser hung otherwise ("самолёт"); a trip at home
    ("Президент Кении встретил в аэропорту президента Ганы.", []),
    ("Президент Кении Уильям Руто вылетел из Найроби. Прибыла в Кампалу и её встретил "
     "президент Уганды.", []),
    ("Президент Кении Уильям Руто заявил о поддержке. Прибыл в Кампалу самолёт с гуманитарной "
     "помощью.", []),
    ("Президент Уганды Йовери Мусевени провёл заседание правительства. Прибыл в Энтеббе и его "
     "встретил премьер-министр.", []),
    ("В Уганду прибыли делегации Кении и Танзании.", [["state/KEN", "state/TZA", "state/UGA"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), ARRIVALS)
def test_an_arrival_with_no_subject_is_the_sentence_before_s(
    events, text: str, visits: list
) -> None:
    assert [sorted(v.participants) for v in _visits(events, text)] == visits


def test_each_traveller_is_written_as_a_visitor(events) -> None:
    """The graph names every traveller by `bro:visitor`, not the first alone."""
    (visit,) = _visits(events, "Президенты Кении и Танзании посетили Уганду.")
    triples: list[tuple] = []
    writer = FactWriter(lambda s, p, o: triples.append((s, p, o)), Document(id="t", text=""))
    event_quads(visit, writer)
    visitors = {o for _, p, o in triples if p == BRO.visitor}
    assert visitors == {node("state/KEN"), node("state/TZA")}
