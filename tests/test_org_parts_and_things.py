"""A short name that ends a longer organization's name of the text, or opens it before a
field ("«Блюз»" of "«Сент-Луис Блюз»", "сборную Перу" of "сборной Перу по волейболу"), is
that organization; a quoted name in apposition to a substance or a work ("«Новичком» —
тем же веществом") is none; and a state's adjective before a language service of an
outlet ("Испанской службе «Голоса Америки»") names no state's body (forty-second pass,
h-names74; sentences of our own about Chile, Peru, Mexico, Canada, Estonia, Latvia)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


def orgs(ex: Extraction) -> dict[str, list[str]]:
    """Each organization's name → the texts of its mentions."""
    return {
        e.name: [m.text for m in ex.mentions if m.entity == e.key]
        for e in ex.entities
        if e.type == "Organization"
    }


def test_tail_joins_the_longer_name(run: Callable[[str], Extraction]) -> None:
    got = orgs(run("Нападающий из Чили Хуан Перес перешёл в клуб «Сент-Луис Блюз». Генеральный "
                   "менеджер «Блюз» заявил, что доволен."))  # fmt: skip
    assert got == {"Сент-Луис Блюз": ["Сент-Луис Блюз", "Блюз"]}


def test_tail_of_two_stays_apart(run: Callable[[str], Extraction]) -> None:
    """must not: a tail two organizations share names neither"""
    got = orgs(run("Клуб «Сент-Луис Блюз» и клуб «Монреаль Блюз» сыграли в Канаде. Менеджер "
                   "«Блюз» недоволен."))  # fmt: skip
    assert set(got) == {"Сент-Луис Блюз", "Монреаль Блюз", "Блюз"}


def test_tail_past_an_adjective_stays_apart(run: Callable[[str], Extraction]) -> None:
    """must not: a court below the higher one its name ends"""
    got = orgs(run("Решение Высшего земельного суда Вены обжаловал гражданин Чили. Ранее "
                   "Земельный суд Вены оправдал гражданина Перу."))  # fmt: skip
    assert set(got) == {"Высший земельный суд Вены", "Земельный суд Вены"}


def test_name_before_its_field(run: Callable[[str], Extraction]) -> None:
    got = orgs(run("Сборная Перу по волейболу проиграла Чили. Тренер сборной Перу ушёл в "
                   "отставку."))  # fmt: skip
    assert got["Сборная Перу по волейболу"] == ["Сборная Перу по волейболу", "сборной Перу"]
    # must not: the short name nested in the long one's mention stays a node of its own
    assert got["Сборная Перу"] == ["Сборная Перу"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Полиция Чили утверждает, что двое граждан Перу были отравлены «Новичком» — тем же "
         "веществом, которым был отравлен дипломат.", {"Полиция Чили"}),
        ("Поэт из Эстонии издал в Латвии «Ветер», сборник стихов о войне.", set()),
        ("В интервью Испанской службе «Голоса Америки» министр Перу заявил, что переговоры "
         "продолжатся.", {"Голос Америки"}),
        # must not: a newspaper of that name, an organization's noun in apposition
        ("Газета «Новичок» сообщила, что министр Перу прибыл в Чили.", {"Новичок"}),
        ("Издательство «Вектор» — крупная компания из Перу, сообщила газета «Эль Комерсио».",
         {"Издательство «Вектор»", "Эль Комерсио"}),
        # must not: a person's name after a state's body
        ("Мексиканское правительство Андреса Мануэля Лопеса Обрадора выслало посла Перу.",
         {"Правительство Мексики"}),
    ],
)  # fmt: skip
def test_things_and_services(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert set(orgs(run(text))) == names


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        ("Кредитные карты", {"Суд Торонто", "Власти Канады"}),
        # must not: (as before) a caption read as no organization
        ("Банковские карты", {"Суд Торонто", "Власти Канады"}),
    ],
)
def test_caption_adjective(run: Callable[[str], Extraction], caption: str, names: set[str]) -> None:
    """An adjective alone that natasha tags an organization (a caption's first word)."""
    text = (
        f"Мексиканец, обвиняемый в краже данных, заявил о своей невиновности\n{caption}\n"
        "35-летний Хуан Лопес заявил о своей невиновности на слушаниях в суде Торонто, "
        "сообщили власти Канады."
    )
    assert set(orgs(run(text))) == names


def test_adjective_of_a_named_body_stays(run: Callable[[str], Extraction]) -> None:
    """must not drop the first word of a body named in full elsewhere, alone: it is that body
    (forty-fifth pass, h-orgs48; before, a node "Большое" of its own)"""
    text = (
        "Директор Большого театра прибыл в Лиму на гастроли в Перу. Задержан ведущий "
        "солист Большого, гражданин Чили."
    )
    found = orgs(run(text))
    assert "Большое" not in found
    assert "Большого" in next(texts for texts in found.values() if "Большого театра" in texts)
