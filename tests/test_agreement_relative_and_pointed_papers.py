"""Papers told by a relative clause of their topic, and papers a word points back with after
a change of relations (sixty-second pass, h-agreements74).

"Стороны обсудили строительство моста между двумя странами, соглашение о котором было
подписано в феврале" gave no paper: the "о котором" stands for the phrase the clause hangs on
(`relative_topics.relative_topic`), which titles the paper, and the pair that phrase is
between, or the "стороны" discussing it, are its sides. "Соответствующее совместное
коммюнике" after "Кения и Фиджи установили дипломатические отношения" had no parties (its
signers only) and its signing's label kept "соответствующего": a word that points back is no
word of a label, and the paper takes the two states of the sentence before, else the pair
"двух стран" its signers are of (`parties._sides_pointed_back`), and "представители двух
стран при ООН" are the pair's, not the UN's (`subjects.read_subject`).

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, agreement_rows, dated_rows
from fact_reads import of_kind

DAY = "2027-05-14"
HOSTS = "Президент Чили принял министра иностранных дел Перу. "


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        (f"{HOSTS}Стороны обсудили строительство моста между двумя странами, соглашение о "
         "котором было подписано в феврале.", DAY,
         {("Соглашение о строительстве моста", "signed", "2027-02", CHL_PER)}),
        # a month after the report's day is of the year before
        (f"{HOSTS}Стороны обсудили строительство моста между двумя странами, соглашение о "
         "котором было подписано в феврале.", "2027-01-20",
         {("Соглашение о строительстве моста", "signed", "2026-02", CHL_PER)}),
        (f"{HOSTS}Стороны обсудили поставки газа, соглашение о которых было подписано в марте.",
         DAY, {("Соглашение о поставках газа", "signed", "2027-03", CHL_PER)}),
        # must-nots: talks about a project are no paper; "о котором" of a verb of saying
        # names no topic of the paper; a topic no side discusses is no paper of the pair
        (f"{HOSTS}Стороны обсудили проект моста, переговоры о котором идут с прошлого года.",
         DAY, set()),
        (f"{HOSTS}Журналисты обсудили строительство моста, соглашение о котором было подписано "
         "в 1990 году.", DAY, {("Соглашение о строительстве моста", "signed", "1990", ())}),
    ],
)  # fmt: skip
def test_a_paper_titled_by_its_relative_clause(analyse, text, day, rows):
    assert dated_rows(analyse, text, day) == rows


def test_about_which_of_a_verb_of_saying_gives_no_title(analyse):
    text = f"{HOSTS}Стороны обсудили соглашение, о котором говорил министр."
    titles = {r[0] for r in agreement_rows(analyse, text, DAY)}
    assert not any(t.startswith("Соглашение о") for t in titles)


KEN_FJI = ("state/FJI", "state/KEN")
URY_MNG = ("state/MNG", "state/URY")
SIGNERS = ("person/dzhon-mvangi", "person/sakiasi-ratu")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Кения и Фиджи установили дипломатические отношения. Соответствующее совместное "
         "коммюнике подписали в среду постоянные представители двух стран при ООН Джон Мванги "
         "и Сакиаси Рату. Ранее Кения открыла посольство в Индонезии.",
         {("Совместное коммюнике", "signed", KEN_FJI, SIGNERS)}),
        ("Уругвай и Монголия установили дипломатические отношения. Данный совместный протокол "
         "подписали в среду в Нью-Йорке постоянные представители при ООН Карлос Перес и "
         "Батбаяр Ганбаатар.",
         {("Совместный протокол", "signed", URY_MNG,
           ("person/batbayar-ganbaatar", "person/karlos-peres"))}),
        # "представители двух стран при ООН": the pair, not the UN's member states
        ("Кения и Фиджи установили дипломатические отношения. Соответствующее совместное "
         "коммюнике подписали в среду постоянные представители двух стран при ООН.",
         {("Совместное коммюнике", "signed", KEN_FJI, ())}),
        # must-nots: the leaders of a union's states sign for it; a pointed paper names its
        # own sides; one no word points back with
        ("Лидеры стран АСЕАН приняли декларацию о морской безопасности.",
         {("Декларация о морской безопасности", "signed", ("org/asean",), ())}),
        # after the change has none
        ("Кения и Фиджи установили дипломатические отношения. Соответствующее соглашение между "
         "ЕС и Чили вступит в силу в мае.",
         {("Соглашение между ЕС и Чили", "signed", ("org/eu", "state/CHL"), ())}),
        ("Кения и Фиджи установили дипломатические отношения. Совместное коммюнике подписали в "
         "среду постоянные представители при ООН Джон Мванги и Сакиаси Рату. Ранее Кения "
         "открыла посольство в Индонезии.",
         {("Совместное коммюнике", "signed", (), SIGNERS)}),
    ],
)  # fmt: skip
def test_a_pointed_paper_takes_the_sides_pointed_at(analyse, text, rows):
    assert agreement_rows(analyse, text, DAY) == rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Кения и Фиджи установили дипломатические отношения. Соответствующее совместное "
         "коммюнике подписали в среду постоянные представители двух стран при ООН.",
         "Подписание совместного коммюнике"),
        (f"{HOSTS}Стороны обсудили строительство моста между двумя странами, соглашение о "
         "котором было подписано в феврале.",
         "Подписание соглашения о строительстве моста"),
        # must-not: an adjective of the paper's own stays
        ("Кения и Фиджи установили дипломатические отношения. Совместное коммюнике подписали "
         "в среду постоянные представители двух стран при ООН.",
         "Подписание совместного коммюнике"),
    ],
)  # fmt: skip
def test_a_signings_label_drops_the_pointing_word(events, text, label):
    assert [e.label for e in of_kind(events(text, DAY), "Signing")] == [label]
