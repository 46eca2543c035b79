"""Numeric claims: metric, value, unit, comparator, period, status, speaker, states."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.corpus import iter_documents
from kg.extract.claims import extract_claims, link_claims
from kg.extract.context import Context
from kg.gazetteer import Gazetteer
from kg.model import Claim, Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry, resolve

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset" / "articles"


@pytest.fixture(scope="module")
def analyse():
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def make(document: Document) -> Context:
        doc = nlp(document.text)
        entities, mentions = resolve(doc, document, Registry(gazetteer))
        return Context(doc, document, mentions, {e.key: e for e in entities})

    return make


def _claims(analyse, text: str, date: str = "") -> list[Claim]:
    return extract_claims(analyse(Document(id="t", text=text, date=date)))


def _row(c: Claim) -> tuple:
    return (c.metric, c.value, c.unit, c.comparator, c.period, c.status, tuple(c.states))


def test_growth_and_level_of_trade(analyse):
    claims = _claims(
        analyse,
        "Товарооборот между Узбекистаном и Турцией в 2023 году вырос на 12 процентов "
        "и достиг 3,1 миллиарда долларов, сообщил министр.",
    )
    states = ("state/TUR", "state/UZB")
    assert sorted(map(_row, claims)) == sorted(
        [
            ("рост товарооборота", Decimal(12), "percent", "eq", "2023", "actual", states),
            ("товарооборот", Decimal(3100000000), "USD", "eq", "2023", "actual", states),
        ]
    )
    assert all(c.speaker == "" for c in claims)


def test_target(analyse):
    [claim] = _claims(
        analyse, "Китай планирует довести объем торговли с Казахстаном до 40 млрд долларов."
    )
    assert _row(claim) == (
        "товарооборот",
        Decimal(40000000000),
        "USD",
        "eq",
        "",
        "target",
        ("state/CHN", "state/KAZ"),
    )


def test_forecast_and_comparator_and_speaker(analyse):
    claims = _claims(
        analyse,
        "Ожидается, что к 2030 году товарооборот между Россией и Индией может составить "
        "около 100 млрд долларов, заявил Сергей Лавров.",
    )
    [claim] = claims
    assert (claim.status, claim.comparator, claim.period) == ("forecast", "approx", "2030")
    assert "Лавров" in claim.quote and claim.speaker


def test_counts_are_their_own_metric(analyse):
    [claim] = _claims(
        analyse, "В Турции обучаются более 5 тыс. студентов из Узбекистана, отметил министр."
    )
    assert (claim.metric, claim.unit, claim.comparator, claim.value) == (
        "студенты",
        "студент",
        "gt",
        Decimal(5000),
    )


def test_years_durations_parties_and_anniversaries_are_not_claims(analyse):
    text = (
        "В 2022 году две страны отметили 30-летие дипотношений. Более трех десятилетий "
        "Бразилия и Аргентина развивают 5-й раунд переговоров по пункту 3 статьи 15."
    )
    assert _claims(analyse, text) == []


def test_links_agree_and_conflict():
    def claim(key: str, value: str) -> Claim:
        return Claim(key, "товарооборот", Decimal(value), "USD", "eq", "actual", "2023",
                     states=["state/KAZ", "state/RUS"])  # fmt: skip

    links = link_claims([claim("a", "24.5e9"), claim("b", "24.0e9"), claim("c", "30e9")])
    assert ("a", "agrees", "b") in links
    assert ("a", "conflicts", "c") in links and ("b", "conflicts", "c") in links


@pytest.fixture(scope="module")
def corpus_claims(analyse):
    out = []
    for d in iter_documents([CORPUS], lambda *a: None):
        ctx = analyse(d)
        out += [(c, ctx.entities[c.speaker].name if c.speaker else "") for c in extract_claims(ctx)]
    return out


@pytest.mark.parametrize(
    ("metric", "value", "unit", "comparator", "status", "speaker"),
    [
        ("товарооборот", "24500000000", "USD", "eq", "actual", "Касым-Жомарт Токаев"),
        ("товарооборот", "30000000000", "USD", "eq", "target", "Касым-Жомарт Токаев"),
        ("совместные проекты", "170", "проект", "gt", "actual", "Касым-Жомарт Токаев"),
        ("инвестиции", "50000000000", "USD", "gt", "actual", "Касым-Жомарт Токаев"),
        ("компании с российским капиталом", "20000", "компания", "gt", "actual",
         "Касым-Жомарт Токаев"),
        ("население", "32000000", "человек", "approx", "actual", "Касым-Жомарт Токаев"),
        ("доля товарооборота", "50", "percent", "gt", "actual", "Владимир Путин"),
    ],
)  # fmt: skip
def test_sample_corpus_claims(corpus_claims, metric, value, unit, comparator, status, speaker):
    found = [
        (c, s)
        for c, s in corpus_claims
        if (c.metric, c.value, c.unit, c.comparator) == (metric, Decimal(value), unit, comparator)
    ]
    assert len(found) == 1
    claim, name = found[0]
    assert (claim.status, name) == (status, speaker)
    assert claim.states == ["state/KAZ", "state/RUS"]


def test_no_bare_numbers_in_sample_corpus(corpus_claims):
    assert all(c.unit and c.metric for c, _ in corpus_claims)
    assert not any(c.unit in {"год", "десятилетие", "страна", "народ"} for c, _ in corpus_claims)


@pytest.mark.skipif(not DEVSET.is_dir(), reason="devset absent")
def test_devset_votes_are_counted_claims(analyse):
    text = (DEVSET / "d01.txt").read_text(encoding="utf-8")
    rows = {(c.value, c.unit) for c in _claims(analyse, text)}
    assert {(Decimal(71), "сенатор"), (Decimal(26), "сенатор")} <= rows
    assert not any(unit == "" for _, unit in rows)
