"""Monarchs, emirs and princes on sentences of our own about other states (Oman, Brunei,
Luxembourg, the UAE, Egypt, Saudi Arabia, Korea, China, Qatar, the UK, Kenya, Japan, Chile,
Sweden, Vietnam): a sultan's and a grand duke's title is an office; "шейх" is a form of address,
never an office, so the office before it stays the holder's, and so is a knight's "сэр"; a
monarch's rank opening a sentence before a given name is the holder's title, no word of the name
("Король Абдалла"); the rank before the sultan's given name is no first name ("Султан Хейсам" is
the sultan), though a man named Султан keeps his; a name after a woman's rank is a woman's, in
the rank's case, though the dictionary knows the word only as a man's name's form or a common
noun ("королева Максима", "королеве Максиме", not "Максим"); "бин" and "бен" spell one Arabic
"son of", so a curated name written with the other is still that person; the gazetteer's
monarchs are found by name in any case and by their title alone."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from kg.model import Extraction


@pytest.fixture(scope="module")
def read(extraction: Callable[[str, str], Extraction]) -> Callable[[str], Extraction]:
    return lambda text: extraction(text, "2024-05-02")


OFFICES = [
    # a sultan and a grand duke hold their state's office
    ("Султан Омана Хейсам бен Тарик прибыл с визитом в Тегеран.", "Хейсам бен Тарик",
     {("султан", "state/OMN")}),
    ("Премьер-министр Индии встретился с султаном Брунея Хассаналом Болкиахом.",
     "Хассанал Болкиах", {("султан", "state/BRN")}),
    ("Великий герцог Люксембурга Анри прибыл с визитом в Токио.", "Анри",
     {("великий герцог", "state/LUX")}),
    # "шейх" between the office and the name is a form of address: the office stays
    ("Президент ОАЭ шейх Мухаммед бен Заид Аль Нахайян прибыл в Сеул. Шейх Мухаммед обсудил "
     "с делегацией Кореи поставки нефти.", "Мухаммед бен Заид Аль Нахайян",
     {("президент", "state/ARE")}),
    # ... and alone it is no office at all
    ("Шейх Ахмед ат-Тайеб выступил в Каире перед студентами.", "Ахмед ат-Тайеб", set()),
    # nor is a knight's "сэр", opening the sentence or after an office (names57)
    ("Сэр Ричард Брэнсон прибыл в Найроби на переговоры с правительством Кении.",
     "Ричард Брэнсон", set()),
    ("Посол Великобритании в Японии сэр Джулия Лонгботтом вручила грамоты.",
     "Джулия Лонгботтом", {("посол", "state/GBR")}),
    ("Министр иностранных дел Великобритании сэр Дэвид Лэмми прибыл в Варшаву.",
     "Дэвид Лэмми", {("министр иностранных дел", "state/GBR")}),
    # a monarch's rank opening the sentence is the holder's title (names57)
    ("Королеве Сильвии вручили орден в Хельсинки.", "Сильвия", {("королева", "")}),
    # the host receiving in his capital is its king (h-offices54's sentence setting)
    ("Король Абдалла принял в Эр-Рияде делегацию Египта.", "Абдалла", {("король", "state/SAU")}),
    # a ruler's rank opening the sentence before its state's genitive, though the tagger
    # reads them as the name's first words (names59)
    ("Султан Брунея Хассанал Болкиах провёл переговоры с президентом Вьетнама.",
     "Хассанал Болкиах", {("султан", "state/BRN")}),
    # must not: a capitalised word inside a sentence before a first name and a surname may
    # be her surname written first ("Королёва")
    ("Президент Вьетнама встретился с Королевой Анной Ивановой.", "Анна Иванова", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "expected"), OFFICES)
def test_royal_offices(read, text: str, name: str, expected: set[tuple[str, str]]) -> None:  # noqa: ANN001
    """The person of that name holds, by the text, the offices expected, and `persons`
    shows that office."""
    ex = read(text)
    names = {e.key: e.name for e in ex.entities}
    assert {
        (h.office, h.state)
        for h in ex.facts["offices"]
        if h.basis == "text" and names[h.person] == name
    } == expected
    shown = {e.office for e in ex.entities if e.name == name}
    assert shown == {office for office, _ in expected} or {""}


NAMES = [
    # the sultan named again by title and given name is the sultan, not "Султан Хейсам"
    ("Султан Омана Хейсам бен Тарик посетил Тегеран. Султан Хейсам пригласил делегацию Ирана "
     "в Маскат.", {"Хейсам бен Тарик": 2}),
    ("Делегация Египта встретилась с султаном Омана Хейсамом бен Тариком. Султан Хейсам "
     "поддержал позицию Каира.", {"Хейсам бен Тарик": 2}),
    # a name right after a woman's rank is a woman's, in the rank's case
    ("Король Таиланда Маха Вачиралонгкорн и королева Сутхида прибыли в Пекин.",
     {"Маха Вачиралонгкорн": 1, "Сутхида": 1}),
    ("Король Нидерландов Виллем-Александр и королева Максима посетили Японию.",
     {"Виллем-Александр": 1, "Максима": 1}),
    # ... though the dictionary knows the word only as a form of a man's name or a common
    # noun, and with the rank opening the sentence (names57)
    ("Президент Чили встретился в Сантьяго с королевой Максимой.", {"Максима": 1}),
    ("Президент Чили вручил королеве Максиме орден Заслуг.", {"Максима": 1}),
    ("Королеве Сильвии вручили орден в Хельсинки.", {"Сильвия": 1}),
    ("Король Абдалла принял в Эр-Рияде делегацию Египта.", {"Абдалла": 1}),
    ("Королева Елизавета II прибыла в Оттаву.", {"Елизавета II": 1}),
    # must not: a man's name after a woman's rank it is not hung on (review32)
    ("Вместе с принцессой Андрей Иванов посетил школу в Монако.", {"Андрей Иванов": 1}),
    # a ruler's rank and its state's genitive are no words of a name (names59)
    ("Султан Брунея Хассанал Болкиах провёл переговоры с президентом Вьетнама.",
     {"Хассанал Болкиах": 1}),
    # ... the title alone stands for the sultan at the date, as "Король Иордании" for the
    # king (sixtieth pass, h-names130: "султан" has the head of state's role)
    ("Султан Омана прибыл с визитом в Пакистан.", {"Хейсам бен Тарик": 1}),
    # must not: a man whose given name is Султан keeps it, opening the sentence too
    ("Султан Ахмедов прибыл в Азербайджан на переговоры с делегацией Грузии.",
     {"Султан Ахмедов": 1}),
    ("Делегация Азербайджана встретилась в Баку с Султаном Ахмедовым.",
     {"Султан Ахмедов": 1}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_royal_names(read, text: str, expected: dict[str, int]) -> None:  # noqa: ANN001
    """Each person's name → how many mentions name them."""
    ex = read(text)
    names = {e.key: e.name for e in ex.entities if e.type == "Person"}
    assert dict(Counter(names[m.entity] for m in ex.mentions if m.entity in names)) == expected


LINKS = [
    # "бин" in the text, "бен" in the gazetteer: one person, the gazetteer's
    ("Наследный принц Саудовской Аравии Мухаммед бин Сальман прибыл в Сеул.",
     "Мухаммед бен Сальман", "Q3099982"),
    ("Председатель КНР принял Мухаммеда бин Сальмана в Пекине.", "Мухаммед бен Сальман",
     "Q3099982"),
    # ... and "бен" in the text, "бин" in the table
    ("Эмир Катара Тамим бен Хамад Аль Тани прибыл в Каир.", "Тамим бин Хамад Аль Тани",
     "Q1855372"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "qid"), LINKS)
def test_son_of_spellings(read, text: str, name: str, qid: str) -> None:  # noqa: ANN001
    """The person the text names is the gazetteer's, with its name and QID."""
    last = name.split()[-1]
    persons = {(e.name, e.wikidata) for e in read(text).entities if last in e.name.split()}
    assert persons == {(name, qid)}


GAZETTEER = [
    # the gazetteer's monarchs: a regnal name in any case, another spelling, a title alone
    ("Королеве Дании Маргрете II вручили награду в Рейкьявике.", {"Маргрете II"}),
    ("Король Испании Фелипе VI посетил Чили. Президент Мексики встретилась с королем Испании "
     "Филиппом VI.", {"Филипп VI"}),
    ("Делегация Египта встретилась с королем Иордании в Аммане.", {"Абдалла II"}),
    # must not: a queen who abdicated is not the one a later text names by the title alone
    ("Королева Дании приняла делегацию Исландии.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GAZETTEER)
def test_gazetteer_monarchs(read, text: str, expected: set[str]) -> None:  # noqa: ANN001
    """The persons of the text (on 2 May 2024) are the gazetteer's monarchs, once each."""
    assert {e.name for e in read(text).entities if e.type == "Person"} == expected


STATES = [
    # the state after a ruler's rank opening the sentence is mentioned (names59)
    ("Султан Брунея Хассанал Болкиах провёл переговоры с президентом Вьетнама.",
     {"state/BRN", "state/VNM"}),
    ("Султан Омана прибыл с визитом в Пакистан.", {"state/OMN", "state/PAK"}),
    # must not: a man named Султан with a surname in no state's genitive
    ("Султан Ахмедов прибыл в Азербайджан на переговоры с делегацией Грузии.",
     {"state/AZE", "state/GEO"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATES)
def test_ruler_states(read, text: str, expected: set[str]) -> None:  # noqa: ANN001
    """The states the text mentions."""
    ex = read(text)
    states = {e.key for e in ex.entities if e.type == "State"}
    assert {m.entity for m in ex.mentions if m.entity in states} == expected
