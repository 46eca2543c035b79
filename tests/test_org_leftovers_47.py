"""Organizations left over by the forty-fourth pass (forty-fifth pass, h-orgs47), on
sentences of our own about other states, with must-nots: a tribunal's label also linked,
by a slip, to a lesser-known item stays its own, and news' name of it by its seat's
adjective ("Гаагский трибунал") is an alias; the tagger's name before brackets holding a
name the gazetteer knows is a mention of its own; "СМИ Перу" is no body; a quoted name after
its kind's noun keeps its person's noun ("организация «Доктора Лимы»"); a bare contracted
ministry ("Минобороны", "МИД") is the settled state's; a house by its place ("нижняя палата
парламента Чили") is the house the text names by its name ("Палата депутатов Чили"); a
superlative naming adjective stays in a body's name ("высший административный суд")."""

from __future__ import annotations

import pytest
from gazetteer_runs import named_mentions, shipped_reader

from kg.data.build_links import build
from kg.data.links_table import Item
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


def test_a_short_form_of_a_known_bodys_written_name_joins_it(shipped) -> None:  # noqa: ANN001
    # the gazetteer matched from "Международный"; the text's own name opens with the seat's
    # adjective, and its short form later is that body (h-review47b: a regression of the
    # alias, lead fix)
    found = org_entities(
        shipped,
        "Гаагский Международный трибунал по бывшей Югославии осудил генерала армии Перу. "
        "В 2001 году генерал был обвинён Гаагским Международным трибуналом, сообщил МИД Чили.",
    )
    short = "Гаагским Международным трибуналом"
    assert found[short] == found["Международный трибунал по бывшей Югославии"], found


def test_must_not_join_another_noun_of_the_seat_to_a_known_body(shipped) -> None:  # noqa: ANN001
    found = org_entities(
        shipped,
        "Гаагский Международный трибунал по бывшей Югославии осудил генерала армии Перу. "
        "Спор Чили и Перу рассмотрел Гаагский Международный арбитраж.",
    )
    others = [e for t, e in found.items() if "арбитраж" in t]
    assert others and found["Международный трибунал по бывшей Югославии"] not in others, found


def test_a_name_before_brackets_of_a_known_abbreviation_is_kept(shipped) -> None:  # noqa: ANN001
    found = org_entities(
        shipped,
        "Дело рассмотрят в Международном трибунале по делам бывшей Югославии (МТБЮ), "
        "сообщил посол Чили.",
    )
    assert "Международном трибунале по делам бывшей Югославии" in found
    assert found["Международном трибунале по делам бывшей Югославии"] == found["МТБЮ"]


ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return named_mentions(tmp_path_factory.mktemp("gaz"), ROWS)


def test_a_states_media_are_no_organization(orgs) -> None:  # noqa: ANN001
    assert orgs("СМИ Перу сообщили о визите президента Чили в Лиму.") == []
    assert orgs("По данным СМИ Египта, министр Турции прибыл в Каир.") == []


def test_must_not_drop_a_plural_body_with_its_state(orgs) -> None:  # noqa: ANN001
    found = orgs("ВВС Перу провели учения у границы с Чили.")
    assert [text for text, _ in found] == ["ВВС Перу"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вчера студенческая организация «Доктора Лимы» провела акцию у посольства Чили.",
         "Доктора Лимы"),
        ("Организация «Доктора Лимы» провела акцию у посольства Чили.", "Доктора Лимы"),
        ("Члены студенческой организации «Врачи Каира» выступили против визита министра "
         "Турции.", "Врачи Каира"),
    ],
)  # fmt: skip
def test_a_quoted_name_after_its_kind_keeps_its_person_noun(orgs, text, name) -> None:  # noqa: ANN001
    found = orgs(text)
    assert (name, name) in found
    assert not any(text == "Лимы" for text, _ in found)


def test_must_not_keep_a_speakers_noun_before_a_body(orgs) -> None:  # noqa: ANN001
    found = orgs("Представитель Университета Лимы заявил, что визит министра Чили отменён.")
    assert not any(text.startswith("Представитель") for text, _ in found)


def test_a_contracted_ministry_is_the_one_named_states(orgs) -> None:  # noqa: ANN001
    found = dict(
        orgs(
            "Власти Эстонии обсуждают бюджет. Минфин предложил сократить расходы. МИД "
            "выразил протест. Минобороны сообщило о закупке самолётов."
        )
    )
    assert found["Минфин"] == "Министерство финансов Эстонии"
    assert found["МИД"] == "Министерство иностранных дел Эстонии"
    assert found["Минобороны"] == "Министерство обороны Эстонии"


@pytest.mark.parametrize(
    "text",
    [
        "Эстония и Латвия подписали договор. Минобороны сообщило о закупке самолётов.",
        "Минобороны сообщило об ударах по позициям боевиков в Египте.",
    ],
)
def test_must_not_give_a_ministry_a_state_the_text_does_not_settle(orgs, text) -> None:  # noqa: ANN001
    assert dict(orgs(text))["Минобороны"] == "Минобороны"


def test_must_not_give_one_states_body_to_another(orgs) -> None:  # noqa: ANN001
    found = dict(orgs("В Египте прошли выборы. Госдепартамент приветствовал их итоги."))
    # no Egypt's: the one state's the gazetteer knows one of (h-orgs55)
    assert found["Госдепартамент"] == "Государственный департамент США"


def test_a_house_by_its_place_is_the_house_by_its_name(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Нижняя палата парламента Чили одобрила договор с Перу. Палата депутатов Чили "
        "проголосовала за ратификацию. Сенат Чили отложил голосование. Верхняя палата "
        "парламента Чили рассмотрит его в мае."
    )
    names = dict(found)
    assert names["Нижняя палата парламента Чили"] == "Палата депутатов Чили"
    assert names["Верхняя палата парламента Чили"] == "Сенат Чили"


def test_must_not_join_houses_of_two_states(orgs) -> None:  # noqa: ANN001
    names = dict(
        orgs("Палата депутатов Чили одобрила договор. Нижняя палата парламента Перу отклонила его.")
    )
    assert names["Нижняя палата парламента Перу"] == "Нижняя палата парламента Перу"


def test_must_not_join_a_lower_house_to_an_upper_one(orgs) -> None:  # noqa: ANN001
    names = dict(
        orgs("Сенат Эстонии одобрил договор. Нижняя палата парламента Эстонии отклонила его.")
    )
    assert names["Нижняя палата парламента Эстонии"] == "Нижняя палата парламента Эстонии"


def test_lower_case_naming_adjectives_are_the_bodys_words(orgs) -> None:  # noqa: ANN001
    found = orgs("13 декабря высший административный суд Чили вынес решение по делу посла Перу.")
    assert ("высший административный суд Чили", "Высший административный суд Чили") in found


def test_must_not_take_a_positive_adjective_as_a_naming_one(orgs) -> None:  # noqa: ANN001
    found = orgs("Решение принял высокий суд Чили по делу посла Перу.")
    assert not any(text.startswith("высокий") for text, _ in found)
