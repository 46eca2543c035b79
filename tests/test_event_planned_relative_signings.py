"""A paper whose relative clause plans its signing through an infinitive ("меморандум, который
планируется подписать в мае", "соглашение, которое стороны планируют подписать в июне",
"которое намечено подписать") is signed in that clause, as one "которое будет подписано" is:
a planned Signing of that paper (there was none: only a signing verb hung on the paper
itself found it). Must-nots: a paper whose clause signs something else ("соглашение, которое
позволит подписать контракты") is no signing of that paper, one that "который" does not
object the infinitive ("по которому планируется подписать …") neither, and a refusal stays
cancelled. Own sentences about Kenya–Uganda, India–Japan, Chile–Peru, Argentina–Brazil
(sixtieth pass, h-relations58)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events.fact import Event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # musts: a signing an infinitive in the paper's relative clause plans (was none)
        ("Кения и Уганда обсудили соглашение о транзите, которое стороны планируют подписать "
         "в июне.", {("Подписание соглашения о транзите", "2026-06", "planned")}),
        ("Индия и Япония обсудили меморандум о туризме, который намечено подписать в мае.",
         {("Подписание меморандума о туризме", "2026-05", "planned")}),
        ("Египет и Турция готовят соглашение о туризме, которое предполагается подписать в "
         "апреле.", {("Подписание соглашения о туризме", "2026-04", "planned")}),
        ("Чили и Перу обсудили договор о границе, который стороны отказались подписать в 2024 "
         "году.", {("Подписание договора о границе", "2024", "cancelled")}),
        # must-nots: the clause signs another paper; "который" is no object of the infinitive
        ("Аргентина и Бразилия одобрили соглашение о торговле, которое позволит подписать "
         "контракты на поставку газа.",
         {("Подписание контрактов на поставку газа", "", "planned")}),
        ("Аргентина и Бразилия обсудили меморандум о газе, по которому планируется подписать "
         "контракты в мае.", {("Подписание контрактов", "2026-05", "planned")}),
        # must-not: the passive clause was read before
        ("Чили и Перу готовят соглашение о дипломах, которое будет подписано в мае.",
         {("Подписание соглашения о дипломах", "2026-05", "planned")}),
    ],
)  # fmt: skip
def test_a_relative_clause_planning_the_papers_signing(
    events: Callable[..., list[Event]], text: str, expected: set[tuple[str, str, str]]
) -> None:
    signings = {
        (e.label, e.date, e.status) for e in events(text, "2026-03-12") if e.kind == "Signing"
    }
    assert signings == expected
