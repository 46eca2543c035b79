"""A military rank after a complete title (one that names its state) before a name, in the
genitive after the title's animate accusative, is the person's rank, not the title's
complement: "приговорил бывшего командира армии Перу генерала Хуана Переса" gave
"командир генерала" and no state (h-offices53, the forty-sixth pass; own sentences about
Chile–Peru, Egypt–Turkey, Estonia–Latvia). Must-nots: a rank after a title of no state is
its complement ("с помощником адмирала X"), and an appointed office keeps the appointee's
rank apart as before."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str, bool]  # office, state, past


CASES = [
    ("Суд Сантьяго приговорил бывшего командира армии Перу генерала Хуана Переса к 20 годам "
     "лишения свободы.",
     "Перес", {("командир", "state/PER", True), ("генерал", "state/PER", True)}),
    ("Суд Каира заочно приговорил бывшего командующего ВМС Турции адмирала Мехмета Озтюрка "
     "к пяти годам заключения.",
     "Озтюрк", {("командующий ВМС", "state/TUR", True), ("адмирал", "state/TUR", True)}),
    ("Полиция Таллина задержала начальника штаба армии Латвии полковника Андриса Озолса.",
     "Озолс", {("начальник штаба", "state/LVA", False)}),
    # must not: the nominative keeps its reading
    ("Бывший командир армии Перу генерал Хуан Перес прибыл в Сантьяго.",
     "Перес", {("командир", "state/PER", True), ("генерал", "state/PER", True)}),
    # must not: a title of no state governs the rank ("с помощником адмирала": whose aide)
    ("Министр обороны Чили встретился с помощником адмирала Хорхе Сото.",
     "Сото", {("помощник адмирала", "", False)}),
    # must not: the appointed office and the appointee's rank
    ("Президент Перу назначил министром обороны генерала Хорхе Чавеса.",
     "Чавес", {("министр обороны", "state/PER", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_rank_after_governor(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The office and the rank of a name after a complete title and a rank."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname) == expected
