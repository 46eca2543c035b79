"""An abbreviated scale word's full stop ends no title: "контракт на поставку 800 тыс. тонн
пшеницы" is "Контракт на поставку пшеницы" (was "… 800 тыс": the parse reads "тыс" as an
adjective or a complement of the title word, and "тонн" as a parataxis), as "800 тысяч тонн"
was; a sum written so keeps its words. Must-nots: an amount after "на" still ends the title,
a figure the sentence's full stop closes adds nothing. Sentences of our own about other pairs
(seventieth pass, h-agreements88)."""

from __future__ import annotations

import pytest
from agreement_runs import EGY_JOR

DZA_FRA = ("state/DZA", "state/FRA")
PER_CHL = ("state/CHL", "state/PER")
IND_FRA = ("state/FRA", "state/IND")
VNM_THA = ("state/THA", "state/VNM")
ARG_BRA = ("state/ARG", "state/BRA")


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Алжир и Франция подписали контракт на поставку 800 тыс. тонн пшеницы.",
         {("Контракт на поставку пшеницы", DZA_FRA)}),
        ("Перу и Чили подписали контракт на поставку 300 тыс. кубометров газа в год.",
         {("Контракт на поставку газа", PER_CHL)}),
        ("Вьетнам и Таиланд подписали соглашение о поставке 2 млн. тонн риса.",
         {("Соглашение о поставке риса", VNM_THA)}),
        ("Бразилия и Аргентина подписали соглашение о поставке до 1,2 млрд. кубометров газа.",
         {("Соглашение о поставке газа", ARG_BRA)}),
        ("Индия и Франция подписали контракт на поставку 26 тыс. новых винтовок.",
         {("Контракт на поставку новых винтовок", IND_FRA)}),
        ("Индия и Франция подписали соглашение о выделении 500 млн. евро на строительство "
         "дорог.",
         {("Соглашение о выделении 500 млн. евро на строительство дорог", IND_FRA)}),
        # must-nots: the amount after "на" ends it; the sentence's own full stop after a scale
        ("Египет и Иордания подписали кредитное соглашение на 500 млн. долларов.",
         {("Кредитное соглашение между Египтом и Иорданией", EGY_JOR)}),
        ("Египет и Иордания подписали соглашение о сотрудничестве в энергетике. Его стоимость "
         "превысит 5 млн. Документ подписан в Аммане.",
         {("Соглашение о сотрудничестве в энергетике", EGY_JOR)}),
    ],
)  # fmt: skip
def test_an_abbreviated_scale_ends_no_title(titled_papers, text, papers):
    assert titled_papers(text) == papers
