"""Events told just after another take its day and place (sixty-fourth pass, h-events237).

"После церемонии президенты провели переговоры", "По завершении форума министры
встретились" are held on the day the anchor is told on and, with no place of their own, in
its city; a signing of "Стороны" right after such talks is made at them, on their day, not
on the first day of the visit they are part of. "Через неделю после церемонии" is never the
anchor's day. Sentences of our own (Ghana–Senegal, Chile–Peru)."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind

VISIT = "Президент Ганы Джон Махама 5 ноября прибыл в Сенегал. "
RITE = (
    "7 ноября он и президент Сенегала Бассиру Диомай Фай приняли участие в церемонии "
    "открытия моста в Дакаре. "
)
NAMED_RITE = RITE.replace("он и президент", "президент Ганы Джон Махама и президент")
FORUM = "12 ноября в Сантьяго открылся форум министров экономики Чили и Перу. "

ANCHORED = [
    (NAMED_RITE + "После церемонии президенты провели переговоры.", "Talks", "2026-11-07", "Дакар"),
    (VISIT + RITE + "После церемонии президенты провели переговоры.", "Talks", "2026-11-07",
     "Дакар"),
    (VISIT + RITE + "После церемонии президенты провели переговоры. Стороны подписали "
     "меморандум о сотрудничестве в энергетике.", "Signing", "2026-11-07", "Дакар"),
    (FORUM + "По завершении форума министры встретились.", "Meeting", "2026-11-12", "Сантьяго"),
    (FORUM + "По окончании форума министры встретились. Стороны подписали меморандум о "
     "сотрудничестве.", "Signing", "2026-11-12", "Сантьяго"),
    (VISIT + "7 ноября он и президент Сенегала Бассиру Диомай Фай провели переговоры в Дакаре. "
     "Стороны подписали меморандум о сотрудничестве в энергетике.", "Signing", "2026-11-07",
     "Дакар"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "day", "place"), ANCHORED)
def test_the_next_event_takes_the_anchors_day(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    kind: str,
    day: str,
    place: str,
) -> None:
    event = one_of_kind(events(text, "2026-11-20"), kind)
    assert (event.date, event.location) == (day, place)


# must-nots: a week or a year after is not the anchor's day; others' signing keeps the visit's
NOT_ANCHORED = [
    (NAMED_RITE + "Через неделю после церемонии президенты провели переговоры.", "Talks"),
    (FORUM + "Через год после форума министры провели переговоры.", "Talks"),
    (VISIT + "7 ноября он и президент Сенегала Бассиру Диомай Фай провели переговоры. "
     "Министры энергетики подписали меморандум о сотрудничестве.", "Signing"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), NOT_ANCHORED)
def test_a_later_event_keeps_its_own_day(events, text: str, kind: str) -> None:  # noqa: ANN001
    event = one_of_kind(events(text, "2026-11-20"), kind)
    assert event.date not in {"2026-11-07", "2026-11-12"}
