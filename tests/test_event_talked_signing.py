"""A signing noun a verb of talk or readying takes ("обсудили подписание соглашения",
"готовят подписание") tells a signing ahead, not one held; one held ("состоялось
подписание", "по итогам переговоров … подписание") or of which an outcome is talked of
("обсудили итоги подписания") stays held. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

# text, whether a signing held is read
CASES = [
    ("Чили и Боливия обсудили подписание соглашения о транзите.", False),
    ("Польша и Литва готовят подписание соглашения о транзите.", False),
    ("Президенты Кении и Танзании обсуждают подписание договора о границе.", False),
    ("Министры Перу и Чили рассмотрели подписание соглашения о рыболовстве.", False),
    ("На повестке — подписание соглашения о транзите между Польшей и Литвой.", False),
    # must not: held
    ("В Вильнюсе состоялось подписание соглашения о транзите между Польшей и Литвой.", True),
    (
        "По итогам переговоров президентов Кении и Танзании состоялось подписание "
        "соглашения о транзите.",
        True,
    ),
    ("Президенты Кении и Танзании обсудили итоги подписания соглашения о транзите.", True),
]


@pytest.mark.parametrize(("text", "held"), CASES)
def test_a_signing_talked_of_is_not_held(events, text: str, held: bool) -> None:
    statuses = {e.status for e in events(text, "2025-05-10") if e.kind == "Signing"}
    assert ("occurred" in statuses) == held
