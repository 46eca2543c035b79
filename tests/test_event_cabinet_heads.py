"""Talks of a head of government told as "глава кабинета" (events120): "Этот и другие вопросы
глава кабинета обсудил в ходе двухчасовой беседы с Президентом Чили X" are talks of the
premier the text names and X, as "глава правительства" are. Sentences of our own (Chile–Peru,
Estonia–Latvia, Egypt–Turkey), with must-nots."""

from __future__ import annotations

import pytest

TALKS = [
    ("Премьер-министр Перу Густаво Адрианзен прибыл в Сантьяго. Этот и другие вопросы глава "
     "кабинета обсудил в ходе двухчасовой беседы с Президентом Чили Габриэлем Боричем.",
     {"person/gustavo-adrianzen", "person/gabriel-borich"}),
    ("Премьер-министр Эстонии Кристен Михал прибыл в Ригу. Эти вопросы глава кабинета министров "
     "обсудил в ходе беседы с президентом Латвии Эдгаром Ринкевичсом.",
     {"person/kristen-mikhal", "person/edgar-rinkevichs"}),
    # must keep: "глава правительства", the premier named
    ("Премьер-министр Египта Мустафа Мадбули прибыл в Анкару. Эти вопросы глава правительства "
     "обсудил в ходе беседы с президентом Турции Реджепом Эрдоганом.",
     {"person/mustafa-madbuli", "person/recep-tayyip-erdogan"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), TALKS)
def test_the_cabinets_head_talks(events, text: str, people: set[str]) -> None:  # noqa: ANN001
    talks = [e for e in events(text, "2024-05-10") if e.kind in ("Talks", "Meeting")]
    assert any(people <= set(e.participants) for e in talks)


def test_a_cabinets_sitting_is_no_premier(events) -> None:  # noqa: ANN001
    """Must not: the cabinet itself is no title of a person."""
    text = (
        "Премьер-министр Перу Густаво Адрианзен прибыл в Сантьяго. Кабинет министров Перу "
        "одобрил проект бюджета."
    )
    found = events(text, "2024-05-10")
    assert not any(e.kind in ("Talks", "Meeting") for e in found)
    (approval,) = [e for e in found if e.kind == "Approval"]
    assert "person/gustavo-adrianzen" not in approval.participants
