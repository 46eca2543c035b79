"""Initialling (sixty-seventh pass, h-events251). Own sentences about pairs of states other
than the corpus's: a treaty's text initialled is an event of its own kind, Initialling,
between those who initial and their states, dated and placed by its sentence; it signs
nothing (the paper stays negotiating, no signing event links it); a verb the tagger reads as
an adverb after a month ("в июле парафировали") is read as the verb it is."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, person_keys, state_keys

from kg.extract.agreements import read_agreements
from kg.extract.events import extract_events
from kg.model import Document

_DAY = "2026-12-05"  # a Saturday

# text, the states, how many persons, label, status, date, location
INITIALLED = [
    # the text of a treaty, after a month the tagger reads the verb as an adverb in
    ("Президент Кении Уильям Руто и президент Танзании Самиа Сулуху Хасан в июле "
     "парафировали в Аддис-Абебе текст договора о границе. Договор пока не подписан.",
     {"state/KEN", "state/TZA"}, 2, "Парафирование договора о границе", "occurred",
     "2026-07", "Аддис-Абеба"),
    # the paper itself, a weekday
    ("Министры иностранных дел Сербии и Хорватии парафировали соглашение о границе в "
     "Брюсселе в среду.",
     {"state/HRV", "state/SRB"}, 0, "Парафирование соглашения о границе", "occurred",
     "2026-12-02", "Брюссель"),
    # by the noun, the sides the paper's
    ("Парафирование договора о границе между Эфиопией и Кенией состоялось в Найроби во "
     "вторник.",
     {"state/ETH", "state/KEN"}, 0, "Парафирование договора о границе между Эфиопией и Кенией",
     "occurred", "2026-12-01", "Найроби"),
    # a draft, in the passive
    ("Проект соглашения между Монголией и Вьетнамом был парафирован в Ханое в пятницу.",
     {"state/MNG", "state/VNM"}, 0, "Парафирование соглашения между Монголией и Вьетнамом",
     "occurred", "2026-12-04", "Ханой"),
    # ahead
    ("Глава МИД Вьетнама заявил, что стороны намерены парафировать соглашение о торговле с "
     "Лаосом в марте.",
     {"state/LAO", "state/VNM"}, 0, "Парафирование соглашения о торговле с Лаосом", "planned",
     "2027-03", ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "states", "persons", "label", "status", "day", "location"), INITIALLED
)
def test_a_text_initialled(events, text, states, persons, label, status, day, location) -> None:
    initialled = one_of_kind(events(text, _DAY), "Initialling")
    assert state_keys(initialled) == states
    assert len(person_keys(initialled)) == persons
    assert (initialled.label, initialled.status, initialled.date) == (label, status, day)
    assert initialled.location == location


def test_initialling_signs_nothing(analyse) -> None:
    text = (
        "Президент Кении Уильям Руто и президент Танзании Самиа Сулуху Хасан в июле "
        "парафировали в Аддис-Абебе текст договора о границе."
    )
    ctx = analyse(Document(id="t", text=text, date=_DAY))
    reading = read_agreements(ctx)
    (paper,) = reading.facts
    assert paper.status == "negotiating"
    found = extract_events(ctx, reading)
    assert one_of_kind(found, "Initialling").signs == []
    assert not of_kind(found, "Signing")
    assert all(not e.signs for e in found)


MUST_NOT = [
    # a paper initialled before is signed now: the signing's, no initialling
    "Президенты Чили и Перу подписали в Лиме парафированный в мае текст договора о границе.",
    # no paper between states
    "Министры юстиции Литвы и Латвии парафировали поправки к закону.",
    "Парафированный текст соглашения между Монголией и Вьетнамом опубликован.",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_initialling(events, text) -> None:
    assert not of_kind(events(text, _DAY), "Initialling")


@pytest.mark.parametrize(
    "text",
    [
        "Лидеры в августе парафировали текст.",
        "Президенты Кении и Танзании в июле парафировали договор.",
    ],
)
def test_a_verb_read_as_an_adverb_is_a_verb(nlp, text) -> None:
    (verb,) = [t for t in nlp(text) if t.lower_ == "парафировали"]
    assert verb.pos_ == "VERB"
    assert verb.morph.get("Tense") == ["Past"]
    assert verb.morph.get("Number") == ["Plur"]
