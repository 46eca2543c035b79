"""Names natasha reads as persons that are no one (forty-ninth pass, h-names97; own
sentences about Belarus–Poland, Serbia–Hungary, Chile–Argentina): a first name that is also
a noun before a place's genitive ("Вера Европы", "Надежда Африки": the faith, the hope of
it), the title of a film, a show or a ship after its noun or as the subject of a release
("посмотрел фильм Анна Каренина", "… вышла в прокат"), a village after "с." ("в с.
Мокрин")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

DROPPED = [
    ("Вера Европы в Белоруссию ослабла, заявил министр Польши.", "Вера Европы"),
    ("Надежда Африки на помощь Сербии не оправдалась.", "Надежда Африки"),
    ("Любовь Парижа к Венгрии известна.", "Любовь Парижа"),
    ("Премьер Сербии посмотрел фильм Анна Каренина в Будапеште.", "Анна Каренина"),
    ("В Белграде показали спектакль Анна Каренина, на премьеру пришел посол Венгрии.",
     "Анна Каренина"),
    ("В сериале Анна Каренина снялись актеры из Сербии и Венгрии.", "Анна Каренина"),
    ("Анна Каренина вышла в прокат в Чили и Аргентине.", "Анна Каренина"),
    ("Картина Илья Муромец вышла на экраны Сербии и Венгрии.", "Илья Муромец"),
    ("Президент Сербии родился в с. Мокрин, а министр Венгрии - в пос. Тисафюред.", "Мокрин"),
    ("Министр Чили родился в с.Куракави, а его брат - в пос.Ла-Плата.", "Куракави"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), DROPPED)
def test_no_person(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name not in person_names(run(text))


# must not: a woman whose first name is a noun, by her surname; a man's name in a case a noun
# shares, of no place; an author's or a subject's genitive after a film's or a painting's
# noun, a foreign author's undeclined name after a novel's; a subject after a film's noun; a
# name after a plural noun of works; a senior researcher's "с. н. с."; "г-н"
KEPT = [
    ("Вера Иванова заявила, что Польша и Белоруссия договорились.", "Вера Иванова"),
    ("Надежда Савченко заявила, что Сербия поддержит Венгрию.", "Надежда Савченко"),
    ("Любовь Соболь раскритиковала власти Белоруссии.", "Любовь Соболь"),
    ("Министр Чили похвалил фильм Никиты Михалкова о дружбе с Аргентиной.", "Никита Михалков"),
    ("В фильме Никита Михалков сыграл посла Чили в Аргентине.", "Никита Михалков"),
    ("Посол Польши купил картину Ильи Репина в Минске.", "Илья Репин"),
    ("Посол Аргентины поблагодарил Марка Гранта за помощь Чили.", "Марк Грант"),
    ("В Белграде вышел роман Джоан Ханнафорд о Венгрии.", "Джоан Ханнафорд"),
    ("На приеме у посла Сербии была звезда сериалов Мария Петрова.", "Мария Петрова"),
    ("Об этом сообщил с.н.с. Петров, эксперт по Чили и Аргентине.", "Петров"),
    ("Г-н Петров заявил, что Чили и Аргентина подписали договор.", "Петров"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_person_kept(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
