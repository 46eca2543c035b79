"""Three readings of the fifty-sixth pass (h-agreements58), on sentences of our own about
other pairs of states.

A state after "с" or in the genitive two levels below a topic of standing by a state ("о
поддержке усилий по примирению с Колумбией") and the state whose right a topic recognises
("о признании права Палестины на …") are what the paper is about, no party; a "с" before
the topic ("соглашение с Колумбией о поддержке …") or under any other topic noun keeps its
state a side.

A paper due to be signed ("Соглашение должно быть подписано в июне", "стороны должны
подписать") is planned; one that was due ("должно было быть подписано ещё в прошлом году,
но …") is no plan: mentioned.

A paper a verb signs with no date of its own takes the day of its signing event ("Президент
Аргентины подписал соглашение …": one signer, the report's day); one ratified by a law whose
signing the text dates stays undated; "… от 12 мая 2010 года" dates the older paper, and the
one signed takes its signing's day, the report's (fifty-eighth pass).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.agreements import read_agreements
from kg.extract.context import Context
from kg.extract.events import extract_events
from kg.model import Document

CHL_PER = ("state/CHL", "state/PER")
EGY_JOR = ("state/EGY", "state/JOR")
KEN_UGA = ("state/KEN", "state/UGA")


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Чили и Перу подписали декларацию о поддержке усилий по примирению с Колумбией.",
         {("Декларация о поддержке усилий по примирению с Колумбией", CHL_PER)}),
        ("Кения и Уганда приняли декларацию о поддержке усилий по восстановлению Сомали.",
         {("Декларация о поддержке усилий по восстановлению Сомали", KEN_UGA)}),
        ("Египет и Иордания подписали соглашение о признании права Палестины на "
         "самоопределение.",
         {("Соглашение о признании права Палестины на самоопределение", EGY_JOR)}),
        # must-nots: a "с" before the topic, or under a topic of no standing by, is a side
        ("Чили подписала соглашение с Колумбией о поддержке фермеров.",
         {("Соглашение о поддержке фермеров", ("state/CHL", "state/COL"))}),
        ("Кения и Уганда подписали соглашение о поддержке торговли с Танзанией.",
         {("Соглашение о поддержке торговли", ("state/KEN", "state/TZA", "state/UGA"))}),
    ],
)  # fmt: skip
def test_state_deep_in_a_topic_is_no_party(
    titled_papers: Callable[[str], set[tuple[str, tuple[str, ...]]]],
    text: str,
    papers: set[tuple[str, tuple[str, ...]]],
) -> None:
    assert titled_papers(text) == papers


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        ("Соглашение о поставках газа между Египтом и Иорданией должно быть подписано в июне.",
         "planned", "2025-06"),
        ("Кения и Уганда завершили переговоры о соглашении о торговле. Документ должен быть "
         "подписан до конца года.", "planned", ""),
        ("Соглашения о торговле между Марокко и Тунисом должны быть ратифицированы "
         "парламентами.", "planned", ""),
        ("Вьетнам и Лаос должны подписать меморандум о торговле в сентябре.",
         "planned", "2025-09"),
        # must-nots: a plan of the past, a negated one, a paper due to come into force
        ("Договор о дружбе между Польшей и Чехией должен был быть подписан ещё в прошлом "
         "году, но этого не произошло.", "mentioned", ""),
        ("Вьетнам и Лаос должны были подписать меморандум о торговле ещё в прошлом году, но "
         "этого не произошло.", "mentioned", ""),
        ("Соглашение о торговле между Марокко и Тунисом не должно быть подписано до выборов.",
         "mentioned", ""),
        ("Соглашение о свободной торговле между Марокко и Тунисом должно вступить в силу в "
         "июле.", "mentioned", ""),
    ],
)  # fmt: skip
def test_paper_due_to_be_signed_is_planned(
    analyse: Callable[..., Context], text: str, status: str, date: str
) -> None:
    ctx = analyse(Document(id="t", text=text, date="2025-03-06"))
    [paper] = read_agreements(ctx).facts
    assert (paper.status, paper.date) == (status, date)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Президент Аргентины подписал соглашение о торговле с Уругваем.", "2026-05-15"),
        ("Египет и Иордания подписали соглашение о поставках газа.", "2026-05-15"),
        # kept: a signing framed by the talks, which the paper took before
        ("Президенты Кении и Танзании провели в среду переговоры в Найроби. По итогам "
         "переговоров президент Кении подписал меморандум о рыболовстве.", "2026-05-13"),
        # must-not: the signing told is the ratifying law's, not the paper's
        ("Президент Чили ратифицировал пенсионное соглашение с Перу\n\nЗакон от 03.05.2026 № "
         "53 3 мая 2026 года Президент Чили Габриэль Борич подписал закон о ратификации "
         "соглашения между Чили и Перу о повышении пенсий гражданам Чили, проживающим в Перу.",
         ""),
        # must-not: the older paper's day is not the signing's: the event, and so the
        # protocol, take the report's day (h-agreements63; before, the event read 2010)
        ("Президент Чили подписал протокол к соглашению о торговле с Перу от 12 мая 2010 года.",
         "2026-05-15"),
    ],
)  # fmt: skip
def test_signed_paper_takes_its_signings_day(
    analyse: Callable[..., Context], text: str, day: str
) -> None:
    ctx = analyse(Document(id="t", text=text, date="2026-05-15"))
    reading = read_agreements(ctx)
    events = extract_events(ctx, reading)
    [paper] = reading.facts
    assert paper.date == day
    if day:
        [signing] = [e for e in events if paper.key in e.signs]
        assert signing.date == day
