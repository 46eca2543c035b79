"""A plural title whose form is also a genitive singular ("главы МИД") stands for no one
person where the tagger read it singular but no genitive stands there: the subject of a
verb in the plural, or the remnant of a gapped clause that takes its subject's place;
a genitive of a noun or of a gapped clause whose subject is another remnant, and the
singular title, stay the holder named before (h-names107, the fifty-second pass; own
sentences about Oman–Qatar, Indonesia–Malaysia, India–UAE)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction

OMAN = "Министр иностранных дел Омана Бадр Хамад прибыл в Доху. "
INDONESIA = "Делегацию Малайзии встретил министр иностранных дел Индонезии Ретно Сари. "
INDIA = "Министр иностранных дел Индии Арун Капур прибыл в Абу-Даби. "

CASES = [
    (OMAN + "Помимо этого, главы МИД двух стран провели отдельную встречу.", "главы МИД", ""),
    (INDONESIA + "Меморандум подписали министры торговли, а протокол - главы МИД.",
     "главы МИД", ""),
    (INDIA + "Декларацию приняли министры, а заявление — главы МИД.", "главы МИД", ""),
    # must not: a noun's genitive, a gapped clause's genitive, the singular title
    (OMAN + "Министры договорились о визите главы МИД в Маскат.", "главы МИД", "Бадр Хамад"),
    (INDONESIA + "Депутаты потребовали отставки министра торговли, а оппозиция — главы МИД.",
     "главы МИД", "Ретно Сари"),
    (INDONESIA + "Позже глава МИД Индонезии провёл брифинг.", "глава МИД Индонезии",
     "Ретно Сари"),
]  # fmt: skip


def titled(ex: Extraction) -> dict[str, str]:
    """Each title mention's text → its person's name."""
    names = {e.key: e.name for e in ex.entities if e.type == "Person"}
    return {m.text: names[m.entity] for m in ex.mentions if m.via == "title" and m.entity in names}


@pytest.mark.parametrize(("text", "title", "person"), CASES)
def test_plural_title_form(
    extraction_of: Callable[..., Extraction], text: str, title: str, person: str
) -> None:
    """The person the title stands for, "" for no one."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert titled(ex).get(title, "") == person
