"""The winner of elections told in the next sentence of the paragraph ("Победу одержал X")
runs in them; not one of elections ahead, of another contest, or a party's leader. Sentences
of our own about other states."""

from __future__ import annotations

import pytest

# text, the participants of its one election
WINNERS = [
    ("В воскресенье в Аргентине прошли президентские выборы. Победу одержал Хавьер Милей.",
     {"person/javier-milei", "state/ARG"}),
    ("Президентские выборы в Бразилии прошли 30 октября. Победу на них одержал Луис Инасиу "
     "Лула да Силва.", {"person/luiz-inacio-lula-da-silva", "state/BRA"}),
    ("В Турции 28 мая состоялся второй тур президентских выборов. Победу одержал Реджеп "
     "Тайип Эрдоган, набравший 52% голосов.", {"person/recep-tayyip-erdogan", "state/TUR"}),
    # must not: a party's win is not its leader's; another contest; elections ahead; another
    # paragraph
    ("Парламентские выборы в Нидерландах прошли в среду. Партия Герта Вилдерса одержала "
     "победу.", {"state/NLD"}),
    ("В Польше прошли парламентские выборы. В воскресенье футболист Роберт Левандовский "
     "победил в споре с Португалией.", set()),
    ("Президентские выборы в Чили пройдут в ноябре. Победу одержит Габриэль Борич.",
     {"state/CHL"}),
    ("В Колумбии прошли президентские выборы.\n\nПобеду одержал Густаво Петро.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), WINNERS)
def test_the_winner_told_next_runs(events, text: str, who: set[str]) -> None:
    (election,) = [e for e in events(text) if e.kind == "Election"]
    assert set(election.participants) == who
