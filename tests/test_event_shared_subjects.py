"""Who acts where the parse gives a verb no subject of its own (h-events175). A verb that opens
its clause shares the subject its conjunct after "и" has after itself ("Посетили Уганду и
провели переговоры президенты Кении и Танзании": the parser hangs the presidents on the
last verb, so the visit had no visitor); "они" after persons titled by their states, joined
("Президент Кении и президент Уганды прибыли …. Они провели переговоры …") or plural,
stands for all of them, where the talks kept one. Sentences of our own about other pairs."""

from __future__ import annotations

import pytest

_DAY = "2026-03-12"
VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

# (text, the participants of each visit, sorted)
VISITS = [
    ("Посетили Уганду и провели переговоры президенты Кении и Танзании.",
     [["state/KEN", "state/TZA", "state/UGA"]]),
    ("Прибыли в Найроби и провели переговоры министры иностранных дел Уганды и Танзании.",
     [["state/KEN", "state/TZA", "state/UGA"]]),
    ("В понедельник посетили Лиму и провели переговоры президенты Колумбии и Эквадора.",
     [["state/COL", "state/ECU", "state/PER"]]),
    ("Посетила Белград и провела переговоры премьер-министр Хорватии.",
     [["state/HRV", "state/SRB"]]),
    ("Прибыли в Асунсьон, посетили парламент и провели переговоры президенты Уругвая и Боливии.",
     [["state/BOL", "state/PRY", "state/URY"]]),
    # must not: a subject of its own on the first verb; a clause of contrast, or one after a
    # comma, with a subject of its own; an object before the later verb ("и его встретил"):
    # the greeter is no visitor, the sentence before's subject is (h-events183)
    ("Президент Чили посетил Эквадор и провёл переговоры с президентом Перу.",
     [["state/CHL", "state/ECU"]]),
    ("Посетил Кито, а переговоры провели министры Колумбии и Перу.", [["state/ECU"]]),
    ("Прибыли в Лиму, и переговоры провели министры Колумбии и Эквадора.", []),
    ("Президент Кении Уильям Руто вылетел из Найроби. Прибыл в Кампалу и его встретил "
     "президент Уганды.", [["person/uilyam-ruto", "state/KEN", "state/UGA"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), VISITS)
def test_a_verb_first_shares_the_last_conjunct_s_subject(events, text: str, visits: list) -> None:
    read = [e for e in events(text, _DAY) if e.kind in VISIT_KINDS]
    assert [sorted(v.participants) for v in read] == visits


# (text, the participants of its talks, sorted)
TALKS = [
    ("Президент Кении и президент Уганды прибыли в Кигали. Они провели переговоры с "
     "президентом Руанды.", ["state/KEN", "state/RWA", "state/UGA"]),
    ("Министр обороны Греции и министр обороны Кипра прибыли в Каир. Там они провели "
     "переговоры с министром обороны Египта.", ["state/CYP", "state/EGY", "state/GRC"]),
    ("Президенты Аргентины и Уругвая прибыли в Асунсьон. Они провели переговоры с "
     "президентом Парагвая.", ["state/ARG", "state/PRY", "state/URY"]),
    # must not: one person before "они"; bodies, not persons
    ("Президент Кении прибыл в Кигали. Они провели переговоры с президентом Руанды.",
     ["state/KEN", "state/RWA"]),
    ("МИД Кении и МИД Уганды направили делегации в Кигали. Они провели переговоры с "
     "президентом Руанды.", ["state/RWA"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "participants"), TALKS)
def test_they_after_titled_persons_are_all_of_them(events, text: str, participants: list) -> None:
    talks = [e for e in events(text, _DAY) if e.kind == "Talks"]
    assert [sorted(t.participants) for t in talks] == [participants]
