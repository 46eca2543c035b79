"""Who a verb of helping helps does the infinitive's act (pass forty-third, h-events107):
"X помог Y занять пост вице-премьера" is Y's appointment, not X's; a promise to someone
("пообещал Y уйти в отставку") is still the subject's own act. Sentences of our own about
other states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

# text → kind, the person whose office changes, a person who must not take part
HELPED = [
    ("Ранее Хасан помог экс-главе МВД по Каиру Омару Саиду занять пост вице-премьера Египта.",
     "Appointment", "person/omar-", "person/khasan"),
    ("Президент Перу Педро Кастильо помог министру обороны Хорхе Чавесу стать "
     "вице-президентом Перу.", "Appointment", "person/khorkhe-chaves", "person/pedro-kastilo"),
    # must not: a promise is the subject's own
    ("Президент Перу Педро Кастильо пообещал министру обороны Хорхе Чавесу уйти в отставку.",
     "Resignation", "person/pedro-kastilo", "person/khorkhe-chaves"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "holder", "other"), HELPED)
def test_the_helped_takes_the_post(events, text: str, kind: str, holder: str, other: str) -> None:
    (event,) = of_kind(events(text), kind)
    assert any(p.startswith(holder) for p in event.participants)
    assert not any(p.startswith(other) for p in event.participants)
