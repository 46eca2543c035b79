"""A state's title with no name beside it ("Премьер Израиля заявил") stands for the person a
dated source gives at the document's date (the gazetteer's term covering it) or one the text
names in that office; not a person whose gazetteer terms of it all fall outside the date, nor
one another document of the corpus named in it, whose date that naming does not carry
(h-offices63, the fifty-second pass; own sentences about Israel–Jordan, Kenya–Uganda,
Poland–Lithuania)."""

from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry, resolve


@pytest.fixture(scope="module")
def holder():
    """(earlier documents, text, date, title) → the name of the person the title stands
    for, "" for none; the earlier documents are read first into the same registry."""
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def go(earlier: list[tuple[str, str]], text: str, date: str, title: str) -> str:
        registry = Registry(gazetteer)
        for n, (before, when) in enumerate(earlier):
            resolve(nlp(before), Document(id=f"e{n}", text=before, date=when), registry)
        entities, mentions = resolve(nlp(text), Document(id="t", text=text, date=date), registry)
        names = {e.key: e.name for e in entities}
        start = text.index(title)
        keys = [m.entity for m in mentions if m.start == start and m.type == "Person"]
        return names.get(keys[0], keys[0]) if keys else ""

    return go


CASES = [
    # the gazetteer's term at the date; the holder the text names
    ([], "Премьер Израиля посетил Иорданию.", "2024-05-15", "Премьер Израиля",
     "Биньямин Нетаньяху"),
    ([], "Биньямин Нетаньяху выступил в кнессете. Премьер Израиля заявил о поддержке Иордании.",
     "2015-06-01", "Премьер Израиля", "Биньямин Нетаньяху"),
    ([], "Премьер-министр Израиля Нафтали Беннет прибыл в Амман. Премьер Израиля заявил о "
     "поддержке.", "2022-01-15", "Премьер Израиля заявил", "Нафтали Беннет"),
    ([], "Премьер Польши прибыл в Вильнюс.", "2024-05-15", "Премьер Польши", "Дональд Туск"),
    # must not: another document's holder, whatever its date
    ([("Премьер-министр Израиля Нафтали Беннет прибыл в Амман.", "2021-08-01")],
     "Премьер Израиля заявил о поддержке Иордании.", "2022-03-01", "Премьер Израиля", ""),
    ([("Премьер-министр Израиля Нафтали Беннет прибыл в Амман.", "2021-08-01")],
     "Премьер Израиля заявил о поддержке Иордании.", "1985-03-01", "Премьер Израиля", ""),
    ([("Премьер-министр Кении Раила Одинга прибыл в Кампалу.", "2010-05-01")],
     "Премьер Кении заявил о поддержке Уганды.", "2024-05-01", "Премьер Кении", ""),
    ([("Премьер-министр Литвы Ингрида Шимоните прибыла в Варшаву.", "2022-04-01")],
     "Премьер Литвы прибыл в Варшаву.", "2025-02-01", "Премьер Литвы", ""),
    # must not: one the text names whose gazetteer terms of the office miss the date
    ([], "Биньямин Нетаньяху выступил в кнессете. Премьер Израиля заявил о поддержке Иордании.",
     "2022-01-15", "Премьер Израиля", ""),
    ([], "Дональд Туск выступил в сейме. Премьер Польши заявил о поддержке Литвы.",
     "2017-06-01", "Премьер Польши", ""),
]  # fmt: skip


@pytest.mark.parametrize(("earlier", "text", "date", "title", "expected"), CASES)
def test_title_holder_at_the_date(holder, earlier, text, date, title, expected) -> None:  # noqa: ANN001
    """The person the bare title stands for, or none."""
    assert holder(earlier, text, date, title) == expected
