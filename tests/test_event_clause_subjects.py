"""A clause after ", а" / ", но" with a subject of its own is its own event with its own
sides, even where the parser hung a name of its subject on the first clause's subject
("Президенты X и Y провели переговоры, а министры Z и W подписали соглашение"); a clause
with no subject of its own shares the first's. Sentences of our own about other pairs of
states."""

from __future__ import annotations

import pytest

# text, {kind: sides}
CASES = [
    (
        "Президенты Чили и Боливии провели переговоры, а министры Перу и Эквадора подписали "
        "соглашение.",
        {"Talks": {"state/CHL", "state/BOL"}, "Signing": {"state/PER", "state/ECU"}},
    ),
    (
        "Президенты Польши и Литвы провели переговоры, а министры Латвии и Эстонии подписали "
        "меморандум.",
        {"Talks": {"state/POL", "state/LTU"}, "Signing": {"state/LVA", "state/EST"}},
    ),
    (
        "Премьер-министры Кении и Танзании провели встречу, но министры Уганды и Руанды "
        "подписали соглашение.",
        {"Meeting": {"state/KEN", "state/TZA"}, "Signing": {"state/UGA", "state/RWA"}},
    ),
    # must not: a clause with no subject of its own shares the first's sides
    (
        "Президенты Чили и Боливии провели переговоры, а затем подписали соглашение.",
        {"Talks": {"state/CHL", "state/BOL"}, "Signing": {"state/CHL", "state/BOL"}},
    ),
    (
        "Президенты Польши и Литвы провели переговоры и подписали меморандум.",
        {"Talks": {"state/POL", "state/LTU"}, "Signing": {"state/POL", "state/LTU"}},
    ),
]


@pytest.mark.parametrize(("text", "told"), CASES)
def test_clause_of_its_own_subject_is_its_own_event(
    events, text: str, told: dict[str, set[str]]
) -> None:
    read = {e.kind: set(e.participants) for e in events(text) if e.kind in told}
    assert read == told


# text (in a document of 10 May 2025), the dates read: "kind day" by ", "
DATED = [
    ("Президенты Польши и Литвы провели переговоры, а 4 мая открыли форум.",
     "Talks 2025-05-10, Forum 2025-05-04"),
    ("Премьер-министры Кении и Танзании провели встречу, а 6 мая открыли бизнес-форум в Найроби.",
     "Meeting 2025-05-10, Forum 2025-05-06"),
    # must not: a date before both clauses stays the first's
    ("Президенты Польши и Литвы 4 мая провели переговоры, а затем открыли форум.",
     "Talks 2025-05-04"),
    ("4 мая президенты Чили и Боливии провели переговоры, а затем открыли форум.",
     "Talks 2025-05-04"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates"), DATED)
def test_date_of_a_later_clause_is_its_own(events, text: str, dates: str) -> None:
    told = dict(pair.split() for pair in dates.split(", "))
    read = {e.kind: e.date for e in events(text, "2025-05-10") if e.kind in told}
    assert read == told
