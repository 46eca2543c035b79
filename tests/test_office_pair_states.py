"""The states of two persons a title of "двух стран" gives one office: where the document
names just that pair of states and an earlier title tells one's state, the other holds the
office of the other state; else none, never by the order of the names (h-offices62, the
fifty-first pass; own sentences about Poland–Lithuania, Chile–Peru, Kenya–Uganda). A capital
the states table names counts as its state for the pair, and the place the sentence is set
in is not both holders' state (h-offices63, the fifty-second pass; own sentences about
Israel–Jordan, Poland–Lithuania, Kenya–Uganda: `CAPITALS`). A state post's holder takes the
state of the capital the sentence is set in also where the dictionary misreads its oblique
case ("В Кампале", "В Абудже": `capital_in_any_case`, lead, fifty-second pass: `SET_IN`)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

FIELDS = ("office", "state")
CASES = [
    ("Министр иностранных дел Польши Радослав Сикорский прибыл в Литву. Документ подписали "
     "министры иностранных дел двух стран Радослав Сикорский и Габриэлюс Ландсбергис.",
     "Ландсбергис", {("министр иностранных дел", "state/LTU")}),
    ("Министр иностранных дел Польши Радослав Сикорский прибыл в Литву. Документ подписали "
     "министры иностранных дел двух стран Габриэлюс Ландсбергис и Радослав Сикорский.",
     "Ландсбергис", {("министр иностранных дел", "state/LTU")}),
    ("Министр торговли Чили Хуан Перес прибыл в Перу. Соглашение подписали министры торговли "
     "двух стран Хуан Перес и Луис Кастро.",
     "Кастро", {("министр торговли", "state/PER")}),
    # must not: neither's state told, a third state named, a pair the known one is not of
    ("Кения и Уганда подписали соглашение. Документ подписали министры энергетики двух стран "
     "Джон Камау и Питер Окелло.",
     "Окелло", {("министр энергетики", "")}),
    ("Министр торговли Чили Хуан Перес прибыл в Перу, затем в Эквадор. Соглашение подписали "
     "министры торговли двух стран Хуан Перес и Луис Кастро.",
     "Кастро", {("министр торговли", "")}),
    ("Министр торговли Чили Хуан Перес прибыл в Перу. Соглашение подписали министры торговли "
     "двух стран Луис Кастро и Мигель Рохас.",
     "Рохас", {("министр торговли", "")}),
]  # fmt: skip
CAPITALS = [
    ("Министр торговли Израиля Нир Баркат прибыл в Амман. Соглашение подписали министры "
     "торговли двух стран Нир Баркат и Юсеф Шамали.",
     "Шамали", {("министр торговли", "state/JOR")}),
    ("Министр иностранных дел Польши Радослав Сикорский прибыл в Вильнюс. Документ подписали "
     "министры иностранных дел двух стран Габриэлюс Ландсбергис и Радослав Сикорский.",
     "Ландсбергис", {("министр иностранных дел", "state/LTU")}),
    ("Министр торговли Кении Джон Камау прибыл в Кампалу. Соглашение подписали министры "
     "торговли двух стран Джон Камау и Питер Окелло.",
     "Окелло", {("министр торговли", "state/UGA")}),
    ("Министр торговли Уганды Питер Окелло прибыл в Кению. В Найроби министры торговли двух "
     "стран Джон Камау и Питер Окелло подписали соглашение.",
     "Камау", {("министр торговли", "state/KEN")}),
    # must not: a third capital, the sentence's place as both holders' state
    ("Министр торговли Израиля Нир Баркат прибыл в Амман, затем в Каир. Соглашение подписали "
     "министры торговли двух стран Нир Баркат и Юсеф Шамали.",
     "Шамали", {("министр торговли", "")}),
    ("В Вильнюсе министры иностранных дел двух стран Збигнев Рау и Габриэлюс Ландсбергис "
     "подписали соглашение.",
     "Рау", {("министр иностранных дел", "")}),
    ("В Найроби министры торговли двух стран Джон Камау и Питер Окелло подписали соглашение.",
     "Окелло", {("министр торговли", "")}),
]  # fmt: skip


SET_IN = [
    ("В Кампале министр торговли Питер Окелло принял коллегу из Кении.",
     "Окелло", {("министр торговли", "state/UGA")}),
    ("В Абудже министр обороны Джон Адамс встретился с делегацией Ганы.",
     "Адамс", {("министр обороны", "state/NGA")}),
    # must not: a capital the dictionary reads keeps its reading
    ("В Лиме министр финансов Хосе Перес принял коллегу из Чили.",
     "Перес", {("министр финансов", "state/PER")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES + CAPITALS + SET_IN)
def test_office_pair_states(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """The second holder's state, told by the pair and the first one's."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
