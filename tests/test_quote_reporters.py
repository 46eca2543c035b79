"""Quotes an outlet reports after a title ("— передаёт слова кенийского министра РИА
Новости"): the title's holder spoke, never the outlet; and the title serves no outlet."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.resolve.org_naming import org_span
from kg.resolve.titles import find_titles

KENYA = "Министр торговли Кении Ли Кинянжуи провёл переговоры в Аддис-Абебе. "
EGYPT = (
    "Посол Египта в Турции Амр Эль-Хамами встретился с министром иностранных дел Турции "
    "Хаканом Фиданом. "
)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # the outlet the parser hangs on the title is the verb's subject
        (KENYA + "«Кения готова открыть рынок для эфиопского кофе», — передаёт слова "
         "кенийского министра РИА Новости.", "Ли Кинянжуи",
         "Кения готова открыть рынок для эфиопского кофе"),
        (KENYA + "«Мы ждём ответа из Аддис-Абебы», — передаёт слова министра РИА Новости.",
         "Ли Кинянжуи", "Мы ждём ответа из Аддис-Абебы"),
        # a state adjective before the title names its state: the one named as its envoy
        (EGYPT + "«Отношения Египта и Турции вступили в новую фазу», — приводит слова "
         "египетского посла агентство Анадолу.", "Амр Эль-Хамами",
         "Отношения Египта и Турции вступили в новую фазу"),
        (EGYPT + "«Каир и Анкара откроют новые рейсы», — приводит слова египетского дипломата "
         "агентство Анадолу.", "Амр Эль-Хамами", "Каир и Анкара откроют новые рейсы"),
    ],
)  # fmt: skip
def test_an_outlet_reports_the_words_of_the_title_holder(said, text, speaker, quote):
    assert said(text) == [(speaker, quote)]


@pytest.mark.parametrize(
    "text",
    [
        # no one named holds the title: no speaker, and never the outlet
        "«Кения готова открыть рынок для эфиопского кофе», — передаёт слова кенийского "
        "министра РИА Новости.",
        # a minister of another state than the one named
        KENYA + "«Мы ждём ответа соседей», — передаёт слова эфиопского министра РИА Новости.",
    ],
)
def test_no_speaker_for_an_outlet_or_an_unnamed_holder(said, text):
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "served"),
    [
        ("«Мы ждём ответа», — передаёт слова кенийского министра РИА Новости.", "state/KEN"),
        ("«Мы ждём ответа», — приводит слова египетского посла агентство Анадолу.", "state/EGY"),
        # must-not: a body the words' owner serves, an outlet its editor serves, an outlet
        # that does not close the clause
        ("Агентство передаёт слова генерального секретаря ООН.", "org/un"),
        ("Главный редактор РИА Новости заявил о новых планах.", "org/ria-novosti"),
        ("Он приводит слова главного редактора РИА Новости о планах.", "org/ria-novosti"),
    ],
)
def test_a_title_serves_no_outlet_that_reports_it(analyse, text, served):
    ctx = analyse(Document(id="t", text=text))
    orgs = [
        s
        for m in ctx.mentions
        if m.type == "Organization"
        and (s := org_span(ctx.doc, m.start, m.end, m.entity, ctx.gazetteer)) is not None
    ]
    titles = find_titles(ctx.doc, list(ctx.doc.spans.get("states", [])), orgs)
    assert [t.state for t in titles] == [served]
