"""A short passive participle that opens a sentence (a headline: "Арестован X") is read as
a verb with its subject, on sentences of our own about other states; a name that opens one
stays a name."""

from __future__ import annotations

import pytest

from kg.extract.agreements import read_agreements
from kg.extract.context import Context
from kg.extract.events import extract_events
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.resolve import Registry, resolve


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Арестован Абий Ахмед", "арестовать"),  # read as a proper noun
        ("Задержана Дина Болуарте", "задержать"),  # read as an adjective
        ("Задержан Гедион Тимотеос", "задержать"),  # the name parsed as the agent
        ("Задержан бывший премьер-министр Перу Педро Кастильо", "задержать"),
        ("Освобождены граждане Кении", "освободить"),
    ],
)
def test_an_opening_participle_is_a_verb_with_its_subject(nlp, text, lemma) -> None:
    doc = nlp(text)
    assert (doc[0].pos_, doc[0].lemma_) == ("VERB", lemma)
    assert [t.dep_ for t in doc[0].children if t.pos_ in {"PROPN", "NOUN"}][0] == "nsubj:pass"


@pytest.mark.parametrize(
    "text",
    [
        "Иванов прибыл в Найроби",  # a surname that opens the sentence
        "Ратко Младич скрывался в Сербии",
        "Уругвай отозвал посла из Аргентины",
    ],
)
def test_a_name_that_opens_a_sentence_stays_a_name(nlp, text) -> None:
    assert nlp(text)[0].pos_ != "VERB"


@pytest.mark.parametrize(
    ("text", "who"),
    [("Арестован Абий Ахмед", "person/abiy-akhmed"),
     ("Задержан Ратко Младенович", "person/ratko-mladenovich")],
)  # fmt: skip
def test_the_headline_tells_an_arrest(nlp, text, who) -> None:
    doc = nlp(text)
    document = Document(id="t", text=text, date="2024-05-10")
    entities, mentions = resolve(doc, document, Registry(Gazetteer.load()))
    ctx = Context(doc, document, mentions, {e.key: e for e in entities})
    (arrest,) = [e for e in extract_events(ctx, read_agreements(ctx)) if e.kind == "Arrest"]
    assert any(p.startswith(who) for p in arrest.participants)
