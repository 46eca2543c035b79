"""An event hoped for ("выразил надежду на визит", "рассчитывает на визит"), one told as
soon to come ("скорый визит") or as one that "намечалась" lies ahead; hopes about what
talks already held have brought leave those talks held. Sentences of our own about other
pairs of states."""

from __future__ import annotations

import pytest

# text, kind, status
CASES = [
    (
        "Министр иностранных дел Японии выразил надежду на визит президента Южной Кореи в Токио.",
        "Visit",
        "planned",
    ),
    (
        "Президент Перу рассчитывает на визит президента Чили в Лиму.",
        "Visit",
        "planned",
    ),
    (
        "Стороны обсудили скорый визит президента Египта в Анкару.",
        "Visit",
        "planned",
    ),
    ("В Варшаве намечается встреча премьер-министров Польши и Чехии.", "Meeting", "planned"),
    ("В Праге намечаются переговоры министров обороны Польши и Чехии.", "Talks", "planned"),
    # the meeting a called-off trip was to hold is called off with it (test_event_trips_cut_short)
    (
        "Канцлер Германии отменил поездку в Варшаву, где намечалась встреча с премьер-министром "
        "Польши Дональдом Туском.",
        "Meeting",
        "cancelled",
    ),
    # must not: a hope about what talks held have brought leaves them held
    (
        "Лидеры Вьетнама и Лаоса выразили надежду, что договорённости, достигнутые на "
        "переговорах в Ханое, будут выполнены.",
        "Talks",
        "occurred",
    ),
    (
        "Президент Аргентины, прибывший с визитом в Бразилию, выразил надежду на рост торговли.",
        "Visit",
        "occurred",
    ),
    # must not: talks where the hope was voiced ("на" with the locative) are held
    ("На переговорах в Сантьяго президент Перу надеялся получить кредит.", "Talks", "occurred"),
    ("На встрече в Ханое премьер-министр Лаоса надеется на помощь Вьетнама.", "Meeting",
     "occurred"),
    ("Президент Кении надеется на переговоры с премьер-министром Эфиопии.", "Talks", "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status"), CASES)
def test_a_hoped_for_event_lies_ahead(events, text: str, kind: str, status: str) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.status == status
