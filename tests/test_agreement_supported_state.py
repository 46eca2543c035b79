"""A state a declaration's topic stands by ("о поддержке Палестины", "о солидарности с
Перу", "о признании Сомалиленда") is what the paper is about, kept in its title and no
party: the parties are the adopters the sentence names. Must-nots: "декларация о
сотрудничестве с X" and "договор о дружбе с X" keep X, the paper's other side; a title
that names its sides ("соглашение между X и Y о поддержке …") keeps both. Sentences of our
own about other pairs (h-agreements56). One genitive further down ("о признании
независимости X", "о поддержке территориальной целостности X", "о поддержке усилий X") X is
no party either; any other noun there ("о поддержке экспорта X", "о признании дипломов X")
keeps X a side (h-agreements57)."""

from __future__ import annotations

import pytest

HUN_SRB = ("state/HUN", "state/SRB")
TZA_UGA = ("state/TZA", "state/UGA")
CHL_PER = ("state/CHL", "state/PER")
KEN_UGA = ("state/KEN", "state/UGA")


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Сербия и Венгрия приняли декларацию о поддержке Палестины.",
         {("Декларация о поддержке Палестины", HUN_SRB)}),
        ("Уганда и Танзания подписали совместное заявление о солидарности с Кенией.",
         {("Совместное заявление о солидарности с Кенией", TZA_UGA)}),
        ("Парламент Ганы одобрил декларацию о солидарности с Нигерией.",
         {("Декларация о солидарности с Нигерией", ("state/GHA",))}),
        ("Парламент Уганды принял декларацию о признании Сомалиленда.",
         {("Декларация о признании Сомалиленда", ("state/UGA",))}),
        # must-nots: a "с" or genitive of any other topic is a side; sides the title names
        ("Министры иностранных дел Ганы и Нигерии подписали декларацию о сотрудничестве с "
         "Нигерией.",
         {("Декларация о сотрудничестве", ("state/GHA", "state/NGA"))}),
        ("Венгрия подписала договор о дружбе с Сербией.",
         {("Договор о дружбе", HUN_SRB)}),
        ("Подписано соглашение между Угандой и Танзанией о поддержке фермеров.",
         {("Соглашение между Угандой и Танзанией о поддержке фермеров", TZA_UGA)}),
    ],
)  # fmt: skip
def test_supported_state_is_no_party(titled_papers, text, papers):
    assert titled_papers(text) == papers


BOL = "Боливии"


@pytest.mark.parametrize(
    ("text", "title", "parties"),
    [
        ("Чили и Перу приняли совместное заявление о поддержке суверенитета " + BOL,
         "Совместное заявление о поддержке суверенитета " + BOL, CHL_PER),
        ("Кения и Уганда подписали декларацию о признании независимости Южного Судана.",
         "Декларация о признании независимости Южного Судана", KEN_UGA),
        ("Кения и Уганда подписали декларацию о поддержке территориальной целостности Сомали.",
         "Декларация о поддержке территориальной целостности Сомали", KEN_UGA),
        ("Кения и Уганда подписали декларацию о поддержке усилий Эфиопии по урегулированию.",
         "Декларация о поддержке усилий Эфиопии по урегулированию", KEN_UGA),
        # must-nots: another noun under the topic keeps its state a side
        ("Чили и Перу подписали соглашение о поддержке экспорта Перу в Чили.",
         "Соглашение о поддержке экспорта Перу", CHL_PER),
        ("Чили и Перу подписали соглашение о признании дипломов " + BOL,
         "Соглашение о признании дипломов " + BOL, ("state/BOL", *CHL_PER)),
    ],
)  # fmt: skip
def test_state_one_genitive_below_is_no_party(titled_papers, text, title, parties):
    """h-agreements57: what of the state the topic stands by, one genitive down."""
    assert titled_papers(text) == {(title, parties)}
