"""Organizations left over by the forty-fourth pass (forty-fifth pass, h-orgs47), on
sentences of our own about other states, with must-nots: a tribunal's label also linked,
by a slip, to a lesser-known item stays its own, and news' name of it by its seat's
adjective ("Гаагский трибунал") is an alias; the tagger's name before brackets holding a
name the gazetteer knows is a mention of its own."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader

from kg.data.build_links import Item, build
from kg.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def shipped():
    return shipped_reader()


def org_entities(read, text: str) -> dict[str, str]:  # noqa: ANN001
    return {m.text: m.entity for m in read(text) if m.type == "Organization"}


def _rows(items: list[Item]) -> dict[str, tuple[str, list[str]]]:
    _, rows, _ = build(items, Gazetteer([]))
    return {r[5]: (r[2], r[3].split("|") if r[3] else []) for r in rows}


TRIBUNAL = Item(
    "Q901", "ORGANIZATION", "Международный трибунал по делам Тиходонии", 3,
    ("МТТ", "Лимский трибунал", "Лимского трибунала", "Международный трибунал по делам Тиходонии"),
)  # fmt: skip


def test_a_label_linked_by_a_slip_to_a_lesser_item_stays_its_own() -> None:
    slip = Item("Q902", "ORGANIZATION", "Военный трибунал Океании", 1,
                ("Международный трибунал по делам Тиходонии",))  # fmt: skip
    rows = _rows([TRIBUNAL, slip])
    assert rows["Q901"][0] == "Международный трибунал по делам Тиходонии"
    assert "Лимский трибунал" in rows["Q901"][1]


def test_must_not_keep_a_label_an_item_of_more_documents_shares() -> None:
    other = Item("Q903", "ORGANIZATION", "Военный трибунал Океании", 5,
                 ("Международный трибунал по делам Тиходонии",))  # fmt: skip
    assert "Q901" not in _rows([TRIBUNAL, other])


def test_must_not_take_a_seat_adjective_before_another_noun() -> None:
    court = Item("Q904", "ORGANIZATION", "Международный трибунал по делам Тиходонии", 3,
                 ("Лимский суд", "Лимский трибунал"))  # fmt: skip
    assert _rows([court])["Q904"][1] == ["Лимский трибунал"]


def test_the_hague_tribunal_is_one_body_under_three_names(shipped) -> None:  # noqa: ANN001
    found = org_entities(
        shipped,
        "Гаагский трибунал вынес приговор бывшему генералу армии Чили. Международный "
        "трибунал по бывшей Югославии отклонил жалобу Перу. МТБЮ закрыл дело.",
    )
    names = ("Гаагский трибунал", "Международный трибунал по бывшей Югославии", "МТБЮ")
    assert len({found[n] for n in names}) == 1, found


def test_a_name_before_brackets_of_a_known_abbreviation_is_kept(shipped) -> None:  # noqa: ANN001
    found = org_entities(
        shipped,
        "Дело рассмотрят в Международном трибунале по делам бывшей Югославии (МТБЮ), "
        "сообщил посол Чили.",
    )
    assert "Международном трибунале по делам бывшей Югославии" in found
    assert found["Международном трибунале по делам бывшей Югославии"] == found["МТБЮ"]
