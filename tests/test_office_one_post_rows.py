"""A person's post named twice is one row ("спикер парламента Эстонии X … Спикер X":
"спикер парламента"; "бывший глава генштаба Турции X … бывший начальник генерального
штаба X": one post by two names; "Наследный принц … Принц X": "наследный принц"), the
fuller name kept (h-offices56, the forty-sixth pass; own sentences about Estonia, Latvia,
Turkey, Egypt). Must-nots: two ministries of one person, a vice-premier and a premier, a
first deputy and a deputy stay two rows."""

from __future__ import annotations

import pytest

DATE = "2024-05-15"

CASES = [
    ("Переговоры провёл нынешний спикер парламента Эстонии Лаури Хуссар. Спикер Хуссар "
     "заявил, что Латвия поддержит проект.",
     "Хуссар", {("спикер парламента", "state/EST", False)}),
    ("В Каир прибыл бывший глава генштаба Турции Ясар Гюлер. Позже бывший начальник "
     "генерального штаба Ясар Гюлер выступил в университете Каира.",
     "Гюлер", {("начальник генерального штаба", "state/TUR", True)}),
    ("Министр Юрген Лиги заявил, что бюджет Эстонии примут. Министр финансов Эстонии Юрген "
     "Лиги подтвердил это.",
     "Лиги", {("министр финансов", "state/EST", False)}),
    ("Наследный принц Бельгии Филипп прибыл в Каир. Принц Филипп встретился с президентом "
     "Египта.",
     "Филипп", {("наследный принц", "state/BEL", False)}),
    # must not: other posts of one person stay apart
    ("Министр финансов Эстонии Юрген Лиги, бывший министр экономики Эстонии, заявил о "
     "бюджете.",
     "Лиги", {("министр финансов", "state/EST", False), ("министр экономики", "state/EST", True)}),
    ("Вице-премьер Латвии Андрис Спрудс заявил, что премьер Латвии Андрис Спрудс не ответит.",
     "Спрудс", {("вице-премьер", "state/LVA", False), ("премьер-министр", "state/LVA", False)}),
]  # fmt: skip


def _holdings(ex, surname: str) -> set[tuple[object, ...]]:  # noqa: ANN001 - an Extraction
    """`fact_reads.text_holdings`, past an entity of no name (main gives "org/" of none for
    "генштаба": not this test's matter)."""
    names = {e.key: (e.name.split() or [""])[-1] for e in ex.entities}
    return {
        (h.office, h.state, h.past)
        for h in ex.facts["offices"]
        if h.basis == "text" and names[h.person] == surname
    }


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_one_post_rows(extraction_of, text: str, surname: str, expected) -> None:
    """One post, one row, of its fuller name."""
    ex = extraction_of(text, DATE, "offices")
    assert _holdings(ex, surname) == expected
