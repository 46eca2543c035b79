"""The office of a state's body and a former office, on sentences about other pairs of
states (Cambodia–Laos, Chile–Peru, Portugal–Spain, Armenia, Ecuador): a title before a body
whose name ends with a state's ("председатель Национального собрания Камбоджи") serves that
state, the body's words are the office's; a former title ("бывший президент Перу") is listed
by `offices` but never the person's office in `persons`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable

import pytest

from kg.extract.context import Context
from kg.extract.offices.extract import extract_offices
from kg.model import Document

KG = [sys.executable, "-m", "kg"]


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
     "Хуан Перес", "лидер", "", False),
    ("Посол Египта в Гане Ахмед Фарук вручил грамоты.", "Ахмед Фарук", "посол", "state/EGY",
     False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "state", "past"), BODIES)
def test_a_state_bodys_office_serves_the_state(
    analyse: Callable[..., Context], text: str, name: str, office: str, state: str, past: bool
) -> None:
    ctx = analyse(Document(id="t", text=text, date="2025-03-10"))
    assert held(ctx, name) == {(office, state, past)}


def _rows(store, name: str) -> list[dict[str, str]]:
    out = json.loads(subprocess.run(
        [*KG, "--store", str(store), "query", name, "--format", "json"],
        check=True, capture_output=True, text=True,
    ).stdout)  # fmt: skip
    return [{k: v["value"] for k, v in row.items()} for row in out["results"]["bindings"]]


def test_a_former_office_is_listed_but_not_the_persons(tmp_path) -> None:
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
    subprocess.run([*KG, "--store", str(store), "build", str(corpus)], check=True,
                   capture_output=True)  # fmt: skip
    offices = {(r["name"], r["office"], r.get("state", "")) for r in _rows(store, "offices")}
    assert {("Хуан Перес", "президент", "Перу"),
            ("Луис Гомес", "министр обороны", "Эквадор"),
            ("Росанна Коста", "председатель Центрального банка", "Чили")} <= offices  # fmt: skip
    rows = _rows(store, "persons")
    persons = {r["name"]: (r.get("office", ""), r.get("state", "")) for r in rows}
    assert persons["Хуан Перес"] == ("", "Перу")
    assert persons["Луис Гомес"] == ("посол", "Эквадор")
    assert persons["Росанна Коста"] == ("председатель Центрального банка", "Чили")
    check = subprocess.run([*KG, "--store", str(store), "validate"], capture_output=True)
    assert check.returncode == 0, check.stdout
