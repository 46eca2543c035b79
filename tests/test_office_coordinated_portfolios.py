"""A minister's portfolio of coordinated fields ("министр торговли и промышленности",
"министр экономики и финансов") or a field after "по" ("министр по чрезвычайным
ситуациям") is one office of that state; "министр национальной обороны" is kept as written
but is the post "министр обороны" where offices are compared (a person's rows); a foreign
parliament's name in an oblique case takes its nominative on its own noun ("Милли
Меджлиса" → "Милли Меджлис"); a post of no state takes no state from a sentence that
another's post of another state ends the scene of. Own sentences about Malaysia–Vietnam,
Lebanon–Egypt, France–Belgium, Armenia–Georgia, Chile–Peru, Poland–Lithuania,
Azerbaijan–Georgia, Thailand–Cambodia–Oman. Fifty-seventh pass (h-names121)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        # coordinated fields after the field the open class knows alone
        ("Накануне министр торговли и промышленности Малайзии Тенку Зафрул Азиз встретился "
         "с министром иностранных дел Вьетнама Буй Тхань Шоном в Ханое.",
         "Тенку Зафрул Азиз", "министр торговли и промышленности state/MYS"),
        ("Министр иностранных дел и эмиграции Ливана Абдалла Бу Хабиб прибыл в Каир.",
         "Абдалла Бу Хабиб", "министр иностранных дел и эмиграции state/LBN"),
        ("Вчера министр экономики и финансов Франции Бруно Ле Мэр посетил Брюссель.",
         "Бруно Ле Мэр", "министр экономики и финансов state/FRA"),
        # a field after "по", read after the minister's own title
        ("Министр по чрезвычайным ситуациям Армении Андраник Пилоян посетил Грузию.",
         "Андраник Пилоян", "министр по чрезвычайным ситуациям state/ARM"),
        # must-not: one field stays one
        ("Министр торговли Малайзии Тенку Зафрул Азиз встретился с послом Вьетнама.",
         "Тенку Зафрул Азиз", "министр торговли state/MYS"),
    ],
)  # fmt: skip
def test_portfolio(run: Callable[[str], Extraction], text: str, name: str, office: str) -> None:
    assert offices_by_name(run(text), with_state=True).get(name) == {office}


@pytest.mark.parametrize(
    "text",
    [
        # two persons, two offices: not glued into one person's office
        "Министры торговли и финансов Чили встретились с делегацией Перу.",
        "Министр торговли и министр финансов Чили встретились с делегацией Перу.",
        # a phrase of the verb, no field
        "Министр по итогам встречи Армении и Грузии заявил о прогрессе.",
    ],
)
def test_no_glued_portfolio(run: Callable[[str], Extraction], text: str) -> None:
    offices = {o for held in offices_by_name(run(text)).values() for o in held}
    assert not any(" и " in o or "итогам" in o for o in offices)


def test_national_field_is_one_post(run: Callable[[str], Extraction]) -> None:
    text = (
        "Министр национальной обороны Польши Владислав Косиняк-Камыш прибыл в Вильнюс. "
        "Министр обороны Косиняк-Камыш заявил о поддержке Литвы."
    )
    rows = [h for h in run(text).facts["offices"] if h.basis == "text"]
    assert [(h.office, h.state) for h in rows] == [("министр национальной обороны", "state/POL")]


@pytest.mark.parametrize(
    ("text", "org", "not_org"),
    [
        ("Президент Грузии провёл встречу со спикером Милли Меджлиса Сахибой Гафаровой.",
         "Милли Меджлис", "Милль Меджлиса"),
        ("Делегация Милли Меджлиса прибыла в Тбилиси.", "Милли Меджлис", "Милль Меджлиса"),
        # must-nots: an adjective agrees, a body of no parliament's noun stays
        ("Председатель Великого хурала Монголии посетил Сеул.", "Великий хурал Монголии",
         "Великого хурала Монголии"),
        ("Председатель Совета Федерации встретился с послом Перу.", "Совет Федерации",
         "Совета Федерации"),
    ],
)  # fmt: skip
def test_parliament_nominative(
    run: Callable[[str], Extraction], text: str, org: str, not_org: str
) -> None:
    names = {e.name for e in run(text).entities if e.type == "Organization"}
    assert org in names
    assert not_org not in names


def test_speaker_serves_the_parliament(run: Callable[[str], Extraction]) -> None:
    ex = run("Президент Грузии провёл встречу со спикером Милли Меджлиса Сахибой Гафаровой.")
    assert offices_by_name(ex, with_state=True)["Сахиба Гафарова"] == {"спикер org/milli-medzhlis"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # another's post's state ends the scene: no state from the meeting's venue before it
        ("Премьер-министр Камбоджи встретился с президентом Таиланда в Бангкоке. Султан Омана "
         "назначил наследником кронпринца Тейазина. Кронпринц Тейазин посетил Египет.", ""),
        # must-not: a sentence that sets the scene still gives it
        ("Переговоры прошли в Бангкоке. Министр финансов Сомчай Ван заявил о росте.",
         "state/THA"),
    ],
)  # fmt: skip
def test_scene_state(run: Callable[[str], Extraction], text: str, state: str) -> None:
    ex = run(text)
    names = {e.key: e.name for e in ex.entities}
    rows = [
        h
        for h in ex.facts["offices"]
        if h.basis == "text" and h.office in ("кронпринц", "министр финансов")
    ]
    assert rows
    assert all(h.state == state for h in rows), [(names[h.person], h.state) for h in rows]
