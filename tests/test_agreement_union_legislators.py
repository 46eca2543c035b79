"""Members of a union's legislature who ratify (fiftieth pass, h-agreements38), on sentences
of our own about the EU with Chile: "Депутаты Европарламента ратифицировали" makes the union
whose body their genitive names a party, as "Европарламент ратифицировал" does. Not
deputies who only discuss the paper, nor members of a body of no union."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Депутаты Европарламента ратифицировали соглашение о свободной торговле с Чили.",
         {("Соглашение о свободной торговле", ("org/eu", "state/CHL"))}),
        ("Депутаты Европейского парламента ратифицировали соглашение о торговле с Чили.",
         {("Соглашение о торговле", ("org/eu", "state/CHL"))}),
        # must-nots: deputies who discuss it are no side; a body of no union is none
        ("Депутаты Европарламента обсудили соглашение о свободной торговле с Чили.",
         {("Соглашение о свободной торговле", ("state/CHL",))}),
        ("Депутаты ПАСЕ ратифицировали соглашение о торговле с Чили.",
         {("Соглашение о торговле", ("state/CHL",))}),
    ],
)  # fmt: skip
def test_union_legislators_ratify_for_the_union(analyse, text, found):
    assert {(r[0], r[2]) for r in agreement_rows(analyse, text, "2025-04-02")} == found
