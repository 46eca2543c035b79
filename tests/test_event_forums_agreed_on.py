"""A forum agreed on through the noun of holding it ("договорились о проведении
бизнес-форума") or through "организовать" ("условились организовать в Кампале форум") is
a planned forum of the pair (h-events145). Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

_DAY = "2026-05-10"

# (text, the forums read: (status, place, participants))
FORUMS = [
    ("Министры Кении и Уганды договорились о проведении бизнес-форума.",
     [("planned", "", ["state/KEN", "state/UGA"])]),
    ("Министры экономики Чили и Перу договорились о проведении совместного инвестиционного "
     "форума.",
     [("planned", "", ["state/CHL", "state/PER"])]),
    ("Министры Кении и Уганды условились организовать в Кампале бизнес-форум.",
     [("planned", "Кампала", ["state/KEN", "state/UGA"])]),
    ("Египет и Иордания договорились организовать в Аммане экономический форум.",
     [("planned", "Амман", ["state/EGY", "state/JOR"])]),
    # must-nots: a forum one stands against is none to be held; one agreed at is no plan
    ("Министры Кении и Уганды выступили против проведения бизнес-форума.", []),
    ("Министры Египта и Иордании выступили против организации экономического форума.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "forums"), FORUMS)
def test_a_forum_agreed_on_is_planned(events, text: str, forums: list) -> None:
    read = events(text, _DAY)
    assert [(e.status, e.location, sorted(e.participants)) for e in read if e.kind == "Forum"] == (
        forums
    )
