"""The post a name's own verb gives it stays where a clause after the name tells another
("Новым министром экономики Латвии назначен 34-летний X, который ранее занимал пост
заместителя министра финансов": the minister of the economy now, the deputy minister
before) or tells none ("…, который ранее работал в банке") (h-offices56, the forty-sixth
pass; own sentences about Latvia, Egypt, Chile). Must-nots: a clause's post of a name whose
verb gives none, and a clause of no post."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

DATE = "2024-05-15"

CASES = [
    ("Новым министром экономики Латвии назначен 34-летний Янис Берзиньш, который ранее "
     "занимал пост заместителя министра финансов.",
     "Берзиньш", {("министр экономики", "state/LVA", False),
                  ("заместитель министра финансов", "state/LVA", True)}),
    ("Новым министром финансов Египта назначен 48-летний Ахмед Хасан, который ранее занимал "
     "пост заместителя министра финансов.",
     "Хасан", {("министр финансов", "state/EGY", False),
               ("заместитель министра финансов", "state/EGY", True)}),
    ("Министром экономики Латвии назначен 34-летний Янис Берзиньш, который ранее работал в "
     "банке.",
     "Берзиньш", {("министр экономики", "state/LVA", False)}),
    ("Новым министром иностранных дел Чили стал Хуан Перес, ранее занимавший пост посла Чили "
     "в Перу.",
     "Перес", {("министр иностранных дел", "state/CHL", False), ("посол", "state/CHL", True)}),
    # must not: the clause's post alone where the verb gives none; no post, no row
    ("Хуан Перес, который был послом Чили в Перу, заявил журналистам о переговорах.",
     "Перес", {("посол", "state/CHL", True)}),
    ("Хуан Перес, который ранее работал в банке, заявил журналистам о переговорах.",
     "Перес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_clause_besides(extraction_of, text: str, surname: str, expected) -> None:
    """The verb's post and the clause's are both held, each of its own time."""
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname) == expected
