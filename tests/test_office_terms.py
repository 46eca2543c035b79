"""What a text tells of an office's term beyond its dates, on sentences about officials of
other states (Chile, Estonia, Norway, Egypt, Peru, Denmark, Japan, Czechia, Argentina,
Poland, Finland, the United States): a re-election or a renewed appointment is no start; an
acting holder holds the acting office, not the title's; one who leaves or is removed holds a
past office; an envoy serves the state that sends him; a nominee holds nothing yet."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str, str, str, bool]  # office, state, start, end, past


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person with that surname."""
    fields = ("office", "state", "start", "end", "past")
    return text_holdings(ex, surname, fields)  # type: ignore[return-value]


TERMS = [
    # a renewal: the office began before, on a day the text does not tell
    ("Томас Линд вновь избран президентом Эстонии 3 апреля.", "Линд",
     {("президент", "state/EST", "", "", False)}),
    ("В мае Ахмед Саллам был повторно назначен министром обороны Египта.", "Саллам",
     {("министр обороны", "state/EGY", "", "", False)}),
    ("Педро Салинас был переизбран президентом Чили в декабре 2023 года.", "Салинас",
     {("президент", "state/CHL", "", "", False)}),
    ("Эрик Ольсен в 2021 году был избран премьер-министром Норвегии на второй срок.", "Ольсен",
     {("премьер-министр", "state/NOR", "", "", False)}),
    # ... not a first election, which starts it
    ("Эрик Ольсен в 2021 году был избран премьер-министром Норвегии.", "Ольсен",
     {("премьер-министр", "state/NOR", "2021", "", False)}),
    # acting: the acting office, held now, or recounted as past
    ("Исполняющий обязанности президента Перу Хуан Перес посетил Лиму.", "Перес",
     {("исполняющий обязанности президента", "state/PER", "", "", False)}),
    ("Анна Берг исполняла обязанности министра юстиции Дании с 2019 по 2020 год.", "Берг",
     {("исполняющий обязанности министра юстиции", "state/DNK", "2019", "2020", True)}),
    # leaving of one's own accord, or removed: a past office, ended then
    ("Министр финансов Чили Карлос Мендоса ушёл в отставку с поста 3 марта.", "Мендоса",
     {("министр финансов", "state/CHL", "", "2024-03-03", True)}),
    ("Премьер-министр Японии Кенджи Ямада отправлен в отставку парламентом 7 апреля.", "Ямада",
     {("премьер-министр", "state/JPN", "", "2024-04-07", True)}),
    ("Президент Чили 4 апреля отправил в отставку министра обороны Чили Хуана Переса.", "Перес",
     {("министр обороны", "state/CHL", "", "2024-04-04", True)}),
    # ... not one who removes another, nor one who only threatens to leave
    ("Президент Чили Габриэль Рохас 4 апреля отправил в отставку министра обороны.", "Рохас",
     {("президент", "state/CHL", "", "", False)}),
    ("Министр финансов Чили Карлос Мендоса пригрозил уйти в отставку.", "Мендоса",
     {("министр финансов", "state/CHL", "", "", False)}),
    # an envoy serves the state that sends him, not the one he is sent to
    ("Правительство Мексики назначило Хосе Рамиреса послом в Аргентине.", "Рамирес",
     {("посол", "state/MEX", "", "", False)}),
    ("Кенджи Ямада, посол Японии в Индии, вручил верительные грамоты.", "Ямада",
     {("посол", "state/JPN", "", "", False)}),
    # a nominee holds nothing yet
    ("Правящая партия Чили выдвинула Педро Салинаса кандидатом на пост президента.",
     "Салинас", set()),
    ("Кандидат на пост президента Аргентины Луис Гомес посетил Кордову.", "Гомес", set()),
    ("Президент США выдвинул Джона Миллера на должность посла в Японии.", "Миллер", set()),
    ("Претендент на пост премьер-министра Финляндии Томас Линд провёл консультации.", "Линд",
     set()),
    # ... until confirmed
    ("Сенат утвердил Джона Миллера в должности посла США в Японии.", "Миллер",
     {("посол", "state/USA", "", "", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), TERMS)
def test_office_terms(extraction, text: str, surname: str, expected: set[Holding]) -> None:
    """The person's holdings are the ones the text tells, with their term; a must-not
    gives none."""
    assert holdings_of(extraction(text, "2024-05-15"), surname) == expected
