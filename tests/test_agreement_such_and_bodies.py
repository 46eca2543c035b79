"""Papers told again or by their sides' bodies (sixty-sixth pass, h-agreements83): "первое
такое соглашение Перу" after a paper names its place among Peru's, no paper of its own; a title
"между Сенатом Чили и Национальным собранием Кореи" runs to the end of its second side, though
the first ends in an undeclined name, and both bodies' states are its parties; a signing of a
bare "Документ" or "Соглашение" named before is labelled by that paper's title. Sentences of
our own about other pairs, with must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows
from fact_reads import of_kind

DAY = "2026-12-05"
FTA = "Соглашение о свободной торговле"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Министры обсудили модернизацию соглашения о свободной торговле, подписанного в 2005 "
         "году, — первого такого соглашения Перу.",
         {(FTA, "signed", (), ())}),
        ("Стороны вспомнили о соглашении о свободной торговле 2010 года — первом таком "
         "соглашении Панамы в Азии.",
         {(FTA, "mentioned", ("state/PAN",), ())}),  # Panama's: no paper of its own
        ("Вьетнам и Япония обсудили продление соглашения об экономическом партнерстве, которое "
         "стало первым таким соглашением Вьетнама.",
         {("Соглашение об экономическом партнерстве", "negotiating",
           ("state/JPN", "state/VNM"), ())}),
        # must-not: "такое же соглашение" is another paper like it, with its own sides
        ("Вьетнам и Япония подписали соглашение об экономическом партнерстве. Вьетнам намерен "
         "подписать такое же соглашение с Индией.",
         {("Соглашение об экономическом партнерстве", "signed", ("state/JPN", "state/VNM"), ()),
          ("Соглашение между Вьетнамом и Индией", "planned", ("state/IND", "state/VNM"), ())}),
        # must-not: a title of its own words keeps them
        ("Монголия и Турция подписали соглашение Монголии и Турции о туризме.",
         {("Соглашение Монголии и Турции о туризме", "signed", ("state/MNG", "state/TUR"),
           ())}),
    ],
)  # fmt: skip
def test_such_a_paper_names_none_of_its_own(analyse, text, rows):
    assert agreement_rows(analyse, text, DAY) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Стороны подписали меморандум о сотрудничестве между Конгрессом Перу и Национальным "
         "собранием Кореи.",
         {("Меморандум о сотрудничестве между Конгрессом Перу и Национальным собранием Кореи",
           "signed", ("state/KOR", "state/PER"), ())}),
        ("Спикеры подписали соглашение о сотрудничестве между Сенатом Чили и Государственной "
         "думой России.",
         {("Соглашение о сотрудничестве между Сенатом Чили и Государственной думой России",
           "signed", ("state/CHL", "state/RUS"), ())}),
        ("Подписан меморандум о взаимопонимании между Сенатом Чили и Парламентом Грузии.",
         {("Меморандум о взаимопонимании между Сенатом Чили и Парламентом Грузии", "signed",
           ("state/CHL", "state/GEO"), ())}),
        # must-not: a state's committee of sport signs for itself, not for its state
        ("Национальный олимпийский комитет Японии и Федерация футбола Испании подписали "
         "меморандум о сотрудничестве.",
         {("Меморандум о сотрудничестве", "signed",
           ("org/federatsiya-futbola-ispanii", "org/natsionalnyy-olimpiyskiy-komitet-yaponii"),
           ())}),
    ],
)  # fmt: skip
def test_bodies_between_two_states(analyse, text, rows):
    assert agreement_rows(analyse, text, DAY) == rows


INVESTMENT = "соглашения о взаимной защите инвестиций между Чехией и Вьетнамом"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Соглашение о взаимной защите инвестиций между Чехией и Вьетнамом вступило в силу в "
         "понедельник. Документ был подписан министрами экономики двух стран в Праге в марте "
         "прошлого года.",
         f"Подписание {INVESTMENT}"),
        ("Соглашение о взаимной защите инвестиций между Чехией и Вьетнамом вступило в силу в "
         "понедельник. Соглашение было подписано министрами экономики двух стран в Праге.",
         f"Подписание {INVESTMENT}"),
        ("Соглашение об отмене виз для граждан Кении и Ганы вступило в силу в среду. Этот "
         "документ подписали министры иностранных дел двух стран в Аккре в мае.",
         "Подписание соглашения об отмене виз для граждан Кении и Ганы"),
        # must-not: a paper titled by its own topic keeps it
        ("Соглашение о туризме между Кенией и Ганой вступило в силу. Стороны также подписали "
         "документ о сотрудничестве в энергетике.",
         "Подписание документа о сотрудничестве в энергетике"),
    ],
)  # fmt: skip
def test_a_bare_papers_signing_takes_its_title(events, text, label):
    assert [e.label for e in of_kind(events(text, DAY), "Signing")] == [label]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Президент Индонезии провел переговоры с президентом Египта в Каире. Подписано семь "
         "документов, в том числе о сотрудничестве в энергетике и о туризме.",
         {("Документ о сотрудничестве в энергетике", "signed", ("state/EGY", "state/IDN"), ()),
          ("Документ о туризме", "signed", ("state/EGY", "state/IDN"), ())}),
        ("Премьер-министр Лаоса провел переговоры с премьер-министром Вьетнама. Подписано пять "
         "документов, в том числе о торговле и об образовании.",
         {("Документ о торговле", "signed", ("state/LAO", "state/VNM"), ()),
          ("Документ об образовании", "signed", ("state/LAO", "state/VNM"), ())}),
        # must-not: papers of an earlier year may be anybody's
        ("В 1995 году было подписано семь документов, в том числе о торговле и о туризме.",
         set()),
    ],
)  # fmt: skip
def test_papers_counted_and_listed_are_the_reports(analyse, text, rows):
    assert agreement_rows(analyse, text, DAY) == rows
