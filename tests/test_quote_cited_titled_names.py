"""A report of a title holder's words ("приводит слова главы Еврокомиссии Урсулы фон дер
Ляйен"): the name in the genitive after the title and its body, whatever the parse hangs it
on (the body's noun), is the speaker in the nominative, particles and all; not the outlet.
A woman's first name in an oblique case the dictionary reads several ways ("Зои", "Марии",
"Натальи") after a genitive title is the title holder's, so she speaks; not after a
subject's title, whose patron she is ("Пресс-секретарь Марии X сказал")."""

from __future__ import annotations

import pytest

WORDS = "«Мы будем сотрудничать с Канадой и Мексикой»"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Агентство Reuters приводит слова главы Еврокомиссии Урсулы фон дер Ляйен: {WORDS}.",
         "Урсула фон дер Ляйен"),
        (f"{WORDS}, — приводит слова главы Еврокомиссии Урсулы фон дер Ляйен агентство "
         "Reuters.", "Урсула фон дер Ляйен"),
        (f"Газета El Comercio приводит слова главы МИД Чили Альберто ван Клаверена: {WORDS}.",
         "Альберто ван Клаверен"),
        (f"Агентство Anadolu приводит слова генсека ОПЕК Хайсама аль-Гайса: {WORDS}.",
         "Хайсам аль-Гайс"),
        (f"Газета La Tercera приводит слова главы МИД Перу Эльмера Шиалера: {WORDS}.",
         "Эльмер Шиалер"),
        # a woman's first name of several oblique readings after a genitive title
        (f"По словам вице-премьера Молдавии Зои Кругловой, {WORDS}.", "Зоя Круглова"),
        (f"{WORDS}, — приводит слова министра культуры Латвии Марии Петерсоне агентство LETA.",
         "Мария Петерсоне"),
        (f"Агентство Andina приводит слова министра иностранных дел Перу Натальи Гарсии: {WORDS}.",
         "Наталья Гарсия"),
        (f"{WORDS}, — сказала министр культуры Чили Зоя Мендес.", "Зоя Мендес"),
    ],
)  # fmt: skip
def test_cited_title_holder(said, text: str, speaker: str) -> None:
    found = [who for who, words in said(text) if "сотрудничать" in words]
    assert found == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # her press secretary speaks, not named
        f"Пресс-секретарь Марии Петерсоне сказал: {WORDS}.",
        # the patron of the title in the genitive is not its holder
        f"Агентство Reuters приводит слова советника главы Еврокомиссии Урсулы фон дер "
        f"Ляйен: {WORDS}.",
    ],
)
def test_no_title_holder(said, text: str) -> None:
    found = [who for who, words in said(text) if "сотрудничать" in words]
    assert not any("Ляйен" in w or "Петерсоне" in w for w in found), found
