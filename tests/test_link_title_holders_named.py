"""A title with no name beside it stands for the holder the text names before it: in an
undated text, the subject named before who held that role (the gazetteer's terms of any
year), not the one named after it as an object; a holder yet to come ("при следующем
президенте") or a day the post names ("День присяги короля") is no one (names89,
forty-sixth pass; own sentences about Argentina, Egypt, Jordan)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


@pytest.fixture(scope="module")
def undated(extraction: Callable[[str, str], Extraction]) -> Callable[[str], Extraction]:
    return lambda text: extraction(text, "")


def titled(ex: Extraction) -> dict[str, str]:
    """Each title mention's text → its person's name."""
    names = {e.key: e.name for e in ex.entities if e.type == "Person"}
    return {m.text: names[m.entity] for m in ex.mentions if m.via == "title" and m.entity in names}


def test_undated_subject_before_holds_it(undated: Callable[[str], Extraction]) -> None:
    text = (
        "В 2019 году Маурисио Макри поддержал кандидатуру Альберто Фернандеса на выборах в "
        "Аргентине. Нынешний глава государства заявил, что сосредоточится на работе в партии."
    )
    assert titled(undated(text)).get("глава государства") == "Маурисио Макри"


def test_next_president_no_one(run: Callable[[str], Extraction]) -> None:
    text = (
        "Министру экономики Египта обещали пост премьера при следующем президенте. Президент "
        "Египта Абдель Фаттах ас-Сиси посетил Анкару. Президент заявил, что визит был успешным."
    )
    found = titled(run(text))
    assert "следующем президенте" not in found and "президенте" not in found
    # must not: the president named before still stands for "Президент заявил"
    assert found.get("Президент") == "Абдель Фаттах ас-Сиси"


def test_named_day_no_one(run: Callable[[str], Extraction]) -> None:
    text = (
        "Король Иордании Абдалла II посетил Каир. В Иордании отмечают День присяги короля. "
        "Король заявил, что отношения с Египтом крепнут."
    )
    found = titled(run(text))
    assert "короля" not in found
    assert found.get("Король") == "Абдалла II"  # must not: the king named before
