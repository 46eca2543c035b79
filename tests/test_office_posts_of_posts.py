"""Offices on our own news sentences (Czechia–Poland, Chile–Peru, Egypt–Turkey,
Estonia–Latvia; names70, forty-first pass): a post of a post is its own office, never the
head's, where the name's first name shows the nominative and its surname reads as some
genitive too ("Советник президента Чехии Петр Черны"); a diplomat's short title opening a
sentence before a surname alone ("Постпред Небензя сказал"), "генконсул", "временный
поверенный"; an organization head's office after a genitive title, also before a foreign
name the tagger reads as a locative with no preposition ("главы ЮНЕСКО Одре Азуле")."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

HOLDINGS = [
    ("Советник президента Чехии Петр Черны заявил, что Прага поддержит Варшаву.", "Черны",
     {("советник президента", "state/CZE", False)}),
    ("Советник президента Чехии Ян Черны заявил, что Прага поддержит Варшаву.", "Черны",
     {("советник президента", "state/CZE", False)}),
    ("Советник президента Чехии Петр Новак заявил, что Прага поддержит Варшаву.", "Новак",
     {("советник президента", "state/CZE", False)}),
    ("Помощник министра обороны Египта Ахмед Саид посетил Анкару.", "Саид",
     {("помощник министра обороны", "state/EGY", False)}),
    ("Пресс-секретарь президента Мексики Хесус Рамирес заявил, что Мехико ответит Оттаве.",
     "Рамирес", {("пресс-секретарь президента", "state/MEX", False)}),
    ("Заместитель председателя правительства Эстонии Тоомас Кивимяги прибыл в Ригу.",
     "Кивимяги", {("заместитель председателя правительства", "state/EST", False)}),
    # must not: a name in the genitive after the genitive title is the head's
    ("Пресс-секретарь министра обороны Чехии Петра Дворжака заявила, что Прага готова.",
     "Дворжак", {("министр обороны", "state/CZE", False)}),
    # a diplomat's title before a surname alone, with its state where given
    ("Постпред Небензя сказал, что Эстония и Латвия нарушили договор.", "Небензя",
     {("постоянный представитель", "", False)}),
    ("Постпред Сото заявил, что Лима поддержит Сантьяго.", "Сото",
     {("постоянный представитель", "", False)}),
    ("Постпред Перу при ООН Сото заявил, что Лима поддержит Сантьяго.", "Сото",
     {("постоянный представитель", "state/PER", False)}),
    ("Посол Иванов заявил, что Чили и Перу договорятся.", "Иванов", {("посол", "", False)}),
    ("Посол России в Чили Иванов заявил, что Москва поддерживает Сантьяго.", "Иванов",
     {("посол", "state/RUS", False)}),
    ("Временный поверенный в делах США в Перу Джон Смит вручил ноту МИД Перу.", "Смит",
     {("временный поверенный в делах", "state/USA", False)}),
    ("Временный поверенный Сото заявил, что Лима поддержит Сантьяго.", "Сото",
     {("временный поверенный в делах", "", False)}),
    ("Вчера генконсул Сото заявил, что Лима поддержит Сантьяго.", "Сото",
     {("генеральный консул", "", False)}),
    ("Генконсул Перу Карлос Сото заявил, что Лима поддержит Сантьяго.", "Сото",
     {("генеральный консул", "state/PER", False)}),
    ("Генконсул Сото заявил, что Лима поддержит Сантьяго.", "Сото",
     {("генеральный консул", "", False)}),
    # a capital's word apposed to the office is its holder's surname
    ("Министр обороны Гвинеи Сану заявил, что Конакри поддержит Дакар.", "Сану",
     {("министр обороны", "state/GIN", False)}),
    # must not: a common word opening a sentence before a place is no title
    ("Соколов Игорь заявил, что Таллин сблизится с Ригой.", "Игорь", set()),
    # an organization head's office after a genitive title
    ("Министр здравоохранения Чили встретился с делегацией главы ВОЗ Тедроса Гебрейесуса.",
     "Гебрейесус", {("глава", "org/who", False)}),
    ("Президент Эстонии процитировал слова генсека НАТО Марка Рютте о безопасности Латвии.",
     "Рютте", {("генеральный секретарь", "org/nato", False)}),
    ("Премьер Египта выслушал доклад главы ЮНЕСКО Одре Азуле.", "Азуле",
     {("глава", "org/unesco", False)}),
    # must not: a wife's name after her husband's genitive title is not his
    ("Жена посла Перу Ана Мария Рубио прибыла в Сантьяго.", "Рубио", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), HOLDINGS)
def test_holding(extraction, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-05-15"), surname) == expected
