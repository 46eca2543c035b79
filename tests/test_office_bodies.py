"""The office of a state's body and a former office, on sentences about other pairs of
states (Cambodia–Laos, Chile–Peru, Portugal–Spain, Armenia, Ecuador): a title before a body
whose name ends with a state's ("председатель Национального собрания Камбоджи") serves that
state, the body's words are the office's; a former title ("бывший президент Перу") is listed
by `offices` but never the person's office in `persons`."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from kg_runs import query_json

from kg.cli import run as run_kg
from kg.extract.context import Context
from kg.extract.offices.extract import extract_offices
from kg.model import Document, Extraction


def held(ctx: Context, name: str) -> set[tuple[str, str, bool]]:
    """(office, state key, past) the text gives the person of that name."""
    return {
        (h.office, h.state, h.past)
        for h in extract_offices(ctx)
        if h.basis == "text" and (e := ctx.entity(h.person)) is not None and e.name == name
    }


BODIES = [
    ("Председатель Национального собрания Камбоджи Кхуон Судари посетила Лаос.",
     "Кхуон Судари", "председатель Национального собрания", "state/KHM", False),
    ("Председатель Центрального банка Чили Росанна Коста выступила в Лиме.",
     "Росанна Коста", "председатель Центрального банка", "state/CHL", False),
    ("Лидер Социалистической партии Португалии Педру Нуну Сантуш посетил Мадрид.",
     "Педру Нуну Сантуш", "лидер Социалистической партии", "state/PRT", False),
    ("Глава Центральной избирательной комиссии Армении Тигран Мукучян объявил итоги.",
     "Тигран Мукучян", "глава Центральной избирательной комиссии", "state/ARM", False),
    # a former one: the same office, past
    ("Бывший председатель Национального собрания Камбоджи Хенг Самрин посетил Ханой.",
     "Хенг Самрин", "председатель Национального собрания", "state/KHM", True),
    # must not: an international body is the one served, a body placed in a state is not
    # that state's, a body in quotes names no state
    ("Генеральный секретарь ООН Антониу Гутерриш прибыл в Каир.",
     "Антониу Гутерриш", "генеральный секретарь", "org/un", False),
    ("Глава представительства Евросоюза в Чили Хуан Перес встретился с министром Перу.",
     "Хуан Перес", "глава представительства", "org/eu", False),
    ("Лидер партии «Свобода Перу» Хуан Перес встретился с послом Чили.",
     "Хуан Перес", "лидер партии", "org/svoboda-peru", False),
    ("Посол Египта в Гане Ахмед Фарук вручил грамоты.", "Ахмед Фарук", "посол", "state/EGY",
     False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "state", "past"), BODIES)
def test_a_state_bodys_office_serves_the_state(
    analyse: Callable[..., Context], text: str, name: str, office: str, state: str, past: bool
) -> None:
    ctx = analyse(Document(id="t", text=text, date="2025-03-10"))
    assert held(ctx, name) == {(office, state, past)}


def test_a_former_office_is_listed_but_not_the_persons(tmp_path, capsys) -> None:  # noqa: ANN001
    """A former title, in an undated or a dated document, gives `offices` a row but
    `persons` no office; a current title of an undated document still wins over a dated
    former one (must not: a past office beating a current one); a state's body's head
    serves the state in both tables."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {
        "a": "Визит\nБывший президент Перу Хуан Перес посетил Кито.\n",
        "b": "Новости\n2024-05-01\nБывший министр обороны Эквадора Луис Гомес прибыл в Лиму.\n",
        "c": "Архив\nПосол Эквадора Луис Гомес вручил грамоты.\n",
        "d": "Банк\nПредседатель Центрального банка Чили Росанна Коста выступила в Лиме.\n",
    }
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    assert run_kg(["--store", str(store), "build", str(corpus)]) == 0  # in this process
    offices = {
        (r["name"], r["office"], r.get("state", ""))
        for r in query_json(store, "offices", capsys)[1]
    }
    assert {("Хуан Перес", "президент", "Перу"),
            ("Луис Гомес", "министр обороны", "Эквадор"),
            ("Росанна Коста", "председатель Центрального банка", "Чили")} <= offices  # fmt: skip
    rows = query_json(store, "persons", capsys)[1]
    persons = {r["name"]: (r.get("office", ""), r.get("state", "")) for r in rows}
    assert persons["Хуан Перес"] == ("", "Перу")
    assert persons["Луис Гомес"] == ("посол", "Эквадор")
    assert persons["Росанна Коста"] == ("председатель Центрального банка", "Чили")
    assert run_kg(["--store", str(store), "validate"]) == 0


# The names step and the offices extractor read one body alike (`noun_bodies`): a body the
# tagger names serves the title in both ("секретарь Совета безопасности" of Iran, a row
# written), a body named by its field is the title's complement in both ("глава комитета");
# must not: a body named by its common noun stays the title's own word.
ALIKE = [
    ("Посол Индии встретился с секретарем Совета безопасности Ирана Али Ларджани в Тегеране.",
     "Али Ларджани", ("секретарь Совета безопасности", "state/IRN")),
    ("Глава МИД Японии встретился с секретарем Совета безопасности Монголии Жадамбаа "
     "Энхбаяром.", "Жадамбаа Энхбаяр", ("секретарь Совета безопасности", "state/MNG")),
    ("В Варшаве побывал глава комитета по вопросам семьи Ян Ковальский.", "Ян Ковальский",
     ("глава комитета", "")),
    ("Президент Франции принял секретаря Совета национальной безопасности Армении Армена "
     "Григоряна.", "Армен Григорян", ("секретарь Совета национальной безопасности", "state/ARM")),
    ("Сотрудник посольства Бразилии Педро Алвес встретился с журналистами в Лиме.",
     "Педро Алвес", ("сотрудник посольства", "state/BRA")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "expected"), ALIKE)
def test_the_person_and_the_row_read_one_office(
    extraction: Callable[[str, str], Extraction], text: str, name: str, expected: tuple[str, str]
) -> None:
    """The person's office (`persons`) is the one row the text writes for them (`offices`)."""
    ex = extraction(text, "2025-03-10")
    names = {e.key: e.name for e in ex.entities}
    rows = {(h.office, h.state) for h in ex.facts["offices"]
            if h.basis == "text" and names[h.person] == name}  # fmt: skip
    person = {(e.office, e.state) for e in ex.entities if e.name == name}
    assert (person, rows) == ({expected}, {expected})
