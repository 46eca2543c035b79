"""A paper's topic the text quotes after "о" ("декларацию об «усиленном стратегическом
партнёрстве» между двумя странами") is its title as told, marks kept, where it was dropped
("Декларация между …"); the level it states is still read, an exceptional partnership too.
Must-nots: a quoted head keeps its name ("«дорожную карту»"), a quoted organization after
"с" or "о" is no topic. Sentences of our own about other pairs (h-agreements49)."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, KEN_UGA, SRB_HUN


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Президенты Чили и Перу подписали декларацию об «усиленном стратегическом "
         "партнёрстве» между двумя странами.",
         {("Декларация об «усиленном стратегическом партнёрстве»", CHL_PER)}),
        ("Премьер-министры Сербии и Венгрии подписали декларацию об «исключительном "
         "партнёрстве».", {("Декларация об «исключительном партнёрстве»", SRB_HUN)}),
        ("Кения и Уганда подписали меморандум о «зелёном коридоре» для экспорта чая.",
         {("Меморандум о «зелёном коридоре» для экспорта чая", KEN_UGA)}),
        ("Сербия и Венгрия подписали соглашение о „безвизовом режиме“.",
         {("Соглашение о „безвизовом режиме“", SRB_HUN)}),
        # must-nots: a quoted head keeps its name; a quoted organization is no topic
        ("Министры Кении и Уганды подписали «дорожную карту» между двумя странами.",
         {("Дорожная карта", KEN_UGA)}),
        ("Чили и Перу подписали соглашение с «Газпромом».",
         {("Соглашение между Газпромом, Перу и Чили", ("org/gazprom", *CHL_PER))}),
    ],
)  # fmt: skip
def test_a_quoted_topic_is_the_title(titled_papers, text, papers):
    assert titled_papers(text) == papers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Президенты Чили и Перу подписали декларацию об «усиленном стратегическом "
         "партнёрстве» между двумя странами.",
         {("state/CHL", "state/PER", "стратегическое партнерство")}),
        ("Премьер-министры Сербии и Венгрии подписали декларацию об «исключительном "
         "партнёрстве».", {("state/HUN", "state/SRB", "исключительное партнерство")}),
        ("Кения и Уганда подписали декларацию о «привилегированном партнёрстве».",
         {("state/KEN", "state/UGA", "привилегированное партнерство")}),
        # must-nots: the adjective alone or of no level noun
        ("Сербия и Венгрия договорились о границах исключительной экономической зоны.", set()),
        ("Кения и Уганда подписали декларацию об «исключительной важности» сотрудничества.",
         set()),
    ],
)  # fmt: skip
def test_the_quoted_level_is_read(levels, text, found):
    assert levels(text) == found
