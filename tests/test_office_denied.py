"""An office the text denies its subject holds ("не является министром", "никогда не был
послом", "не занимает пост") is no office of theirs; one they no longer hold ("больше не
является министром", "уже не занимает пост") is a past one. Own sentences about officials
of Armenia, Chile, Peru, Latvia, Moldova and Switzerland."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def holdings(ex: Extraction, surname: str, office: str) -> set[bool]:
    """Whether each text holding of that surname whose office begins so is a past one."""
    names = {e.key: e.name.split()[-1] for e in ex.entities}
    return {
        h.past
        for h in ex.facts["offices"]
        if h.basis == "text" and names[h.person] == surname and h.office.startswith(office)
    }


DENIED = [
    ("Иван Сидоров не является министром иностранных дел Армении.", "Сидоров",
     "министр иностранных дел", set()),
    ("Хорхе Мендоса никогда не был послом Чили в Перу.", "Мендоса", "посол", set()),
    ("Янис Озолс не занимает пост министра обороны Латвии.", "Озолс", "министр обороны", set()),
    ("Ион Русу больше не является министром финансов Молдавии.", "Русу", "министр финансов",
     {True}),
    ("Хуан Перес уже не занимает пост министра юстиции Перу.", "Перес", "министр юстиции",
     {True}),
    ("Эдуард Бергер давно не является президентом Швейцарии.", "Бергер", "президент", {True}),
    # must-not: an office told, and a denial of something else
    ("Ион Русу является министром финансов Молдавии.", "Русу", "министр финансов", {False}),
    ("Министр финансов Молдавии Ион Русу не является членом партии.", "Русу",
     "министр финансов", {False}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "office", "expected"), DENIED)
def test_denied_office(extraction, text: str, surname: str, office: str,
                       expected: set[bool]) -> None:  # fmt: skip
    """A denied office is none; one no longer held is past; one told is current."""
    assert holdings(extraction(text, "2024-05-15"), surname, office) == expected
