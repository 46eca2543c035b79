"""Titles whose topic goes on in a participle clause after a comma ("Конвенция о
водно-болотных угодьях, имеющих международное значение"): the clause qualifies a noun of the
topic, so it is the title's. Not a participle of signing, ratifying or another act on the
paper, one of the paper's head noun, nor a relative clause. Sentences of our own about other
pairs of states, with must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import dated_rows


@pytest.fixture(scope="module")
def titled(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, date) of each agreement kg reads, in a report of 2025-03-14."""
    return lambda text: {(r[0], r[2]) for r in dated_rows(analyse, text, "2025-03-14")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a participle that agrees with a noun of the topic, which the parse hangs it on
        ("Гана присоединилась к Конвенции о водно-болотных угодьях, имеющих международное "
         "значение.", {("Конвенция о водно-болотных угодьях, имеющих международное значение", "")}),
        ("Чили и Перу обсудили выполнение конвенции о защите мигрантов, находящихся в уязвимом "
         "положении.",
         {("Конвенция о защите мигрантов, находящихся в уязвимом положении", "")}),
        ("Бразилия и Аргентина подписали соглашение о защите рыбных запасов, мигрирующих между "
         "их водами.",
         {("Соглашение о защите рыбных запасов, мигрирующих между их водами", "")}),
        ("Монголия ратифицировала Конвенцию о борьбе с опустыниванием в странах, испытывающих "
         "серьёзную засуху.",
         {("Конвенция о борьбе с опустыниванием в странах, испытывающих серьёзную засуху",
           "")}),
        # the parse may hang it on the last noun of the topic, whose form it does not share
        ("Индонезия и Малайзия подписали конвенцию о торговле видами птиц и рыб, находящимися "
         "под охраной.",
         {("Конвенция о торговле видами птиц и рыб, находящимися под охраной", "")}),
        # must not: a participle of signing is the paper's history, even where its form agrees
        # with the topic's noun; one of the paper's head; a relative clause
        # (signed in a May told in March: last year's, as its signing event's date)
        ("Чили и Перу обсудили выполнение соглашений о кредитах, подписанных в мае.",
         {("Соглашение о кредитах", "2024-05")}),
        ("Бразилия и Аргентина ратифицировали договор о границе, подписанный в 2020 году.",
         {("Договор о границе", "2020")}),
        ("Египет и Судан соблюдают соглашение о водах Нила, действующее с 1959 года.",
         {("Соглашение о водах Нила", "")}),
        ("Вьетнам и Лаос подписали соглашение о поставках риса, которые начнутся в мае.",
         {("Соглашение о поставках риса", "")}),
    ],
)  # fmt: skip
def test_a_participle_of_the_topic_ends_the_title(titled, text, found):
    assert titled(text) == found
