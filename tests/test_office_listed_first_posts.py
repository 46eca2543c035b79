"""The first of two posts a comma joins before one name is that person's too, where the name
is the subject of a verb in the singular ("Вице-президент Международной федерации волейбола,
глава Национального олимпийского комитета Перу Андрес Перес выставил…"; "депутат парламента
Египта от Партии …, председатель партии «…» X"); a bare post a comma joins before a named
body's post is of that body, no head of state ("президент, вице-президент Турецкой ассоциации
рекламодателей"); a title after a name's comma past a bracketed aside is the name's
("Ахмеда Шафика (''на илл.''), лидера партии «…»") (h-offices59, the forty-seventh pass;
own sentences about Peru, Chile, Egypt, Turkey)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Вице-президент Международной федерации волейбола, глава Национального олимпийского "
     "комитета Перу Андрес Перес выставил свою кандидатуру.",
     "Перес", {("вице-президент", "org/mezhdunarodnaya-federatsiya-voleybola"),
               ("глава Национального олимпийского комитета", "state/PER")}),
    ("В сентябре 2013 года депутат парламента Египта от Партии свободы и справедливости, "
     "председатель партии «Аль-Вафд» Ахмед Саид выступил инициатором законопроекта.",
     "Саид", {("депутат парламента", "state/EGY"), ("председатель партии", "org/al-vafd")}),
    ("По опросам, наибольшие шансы стать президентом у 66-летнего Ахмеда Шафика (''на "
     "илл.''), лидера правой партии «Национальное движение».",
     "Шафик", {("лидер партии", "org/natsionalnoe-dvizhenie")}),
    # must not: two people before a plural verb; a bare president beside a body's post is
    # no head of state
    ("Премьер-министр Перу, президент Чили Габриэль Борич встретились в Лиме.",
     "Борич", {("президент", "state/CHL")}),
    ("В 1992 году — президент, вице-президент Турецкой ассоциации рекламодателей Бюлент Арынч.",
     "Эрдоган", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_listed_first_posts(extraction_of, text: str, surname: str, expected: set) -> None:
    """Both posts before the name are its holder's; none is another's."""
    got = text_holdings(extraction_of(text, "2024-05-15", "offices"), surname, ("office", "state"))
    assert got == expected
