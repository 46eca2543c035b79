"""An event told as the cause of what its verb says ("из-за переизбрания X ей предстоит
столкнуться с трудностями"): it came first, so the future or plan of that verb is not its
time; its own words still set it ahead ("из-за предстоящих выборов", "из-за выборов,
которые пройдут в мае"), and one not told as a cause keeps its verb's. Sentences of our own
about other states (events94)."""

from __future__ import annotations

import pytest

# text → the statuses of its elections
CASES = [
    (
        "Жительница Сантьяго убеждена, что из-за переизбрания Габриэля Борича ее семье "
        "предстоит столкнуться со многими трудностями.",
        ["occurred"],
    ),
    (
        "Аналитики считают, что вследствие переизбрания Луиса Абинадера Доминиканской "
        "Республике предстоит пересмотреть бюджет.",
        ["occurred"],
    ),
    # must not: its own words set it ahead; not a cause
    (
        "Из-за выборов, которые пройдут в мае, правительству Чили предстоит отложить реформу.",
        ["planned"],
    ),
    ("Президенту Чили Габриэлю Боричу предстоит переизбрание в 2029 году.", ["planned"]),
    # must not: a cause of what its verb will do lies ahead with it (fix38e)
    ("Из-за выборов президента Перу в Лиме закроют школы.", ["planned"]),
    ("Вследствие выборов в Парагвае в Асунсьоне усилят меры безопасности.", ["planned"]),
    # a past main verb leaves it held
    ("Из-за выборов президента Перу в Лиме закрыли школы.", ["occurred"]),
]


@pytest.mark.parametrize(("text", "statuses"), CASES)
def test_a_cause_takes_no_time_from_its_verb(events, text: str, statuses: list) -> None:
    assert [e.status for e in events(text) if e.kind == "Election"] == statuses
