"""A visit framing a past act ("Во время визита в Пекин в декабре премьер-министр Таиланда X
договорился с премьером Госсовета КНР Y …", in a January report) was made: its visitor is
the clause's subject, not the partner the parser hangs beside him (the host's state is the
frame's city's), its month later than the report's is last year's, and "договорился с Y"
during it is talks between X and Y. Must-nots: a future act keeps the visit ahead, and
"договорился с" with no visit is no talks. Sixty-eighth pass (h-events259); sentences of our
own about Korea–Vietnam, Kazakhstan–Belarus, Thailand–China."""

from __future__ import annotations

import pytest

from kg.extract.events.triggers import VISITS

_DAY = "2027-01-16"

# (text, visit's (date, status, visitor person), talks' persons or None)
FRAMED = [
    ("Во время визита в Ханой в ноябре президент Южной Кореи Ли Чжэ Мён договорился с "
     "премьер-министром Вьетнама Фам Минь Чинем расширить торговлю.",
     ("2026-11", "occurred", "person/lee-jae-myung"),
     {"person/lee-jae-myung", "person/fam-min-chin"}),
    ("Во время визита в Пекин в декабре премьер-министр Таиланда Анутин Чанвиракун "
     "договорился с премьером Госсовета КНР Ли Цяном увеличить число прямых рейсов.",
     ("2026-12", "occurred", "person/anutin-chanvirakun"),
     {"person/anutin-chanvirakun", "person/li-qiang"}),
    ("В ходе визита в Минск в ноябре президент Казахстана Касым-Жомарт Токаев заявил о "
     "расширении торговли.",
     ("2026-11", "occurred", "person/kassym-jomart-tokayev"), None),
    # must-not: a future act: the visit ahead
    ("В ходе визита в Ханой в марте президент Южной Кореи Ли Чжэ Мён обсудит торговлю.",
     ("2027-03", "planned", "person/lee-jae-myung"), None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visit", "talks"), FRAMED)
def test_framed_visit(events, text: str, visit: tuple, talks: set[str] | None) -> None:  # noqa: ANN001
    found = events(text, _DAY)
    (made,) = [e for e in found if e.kind in VISITS]
    assert (made.date, made.status) == visit[:2]
    assert visit[2] in made.participants
    held = [e for e in found if e.kind == "Talks"]
    if talks is None:
        assert held == []
    else:
        (one,) = held
        assert {k for k in one.participants if k.startswith("person/")} == talks


def test_agreed_with_no_visit_is_no_talks(events) -> None:  # noqa: ANN001
    text = "Премьер-министр Таиланда договорился с премьером Госсовета КНР увеличить число рейсов."
    assert [e for e in events(text, _DAY) if e.kind == "Talks"] == []
