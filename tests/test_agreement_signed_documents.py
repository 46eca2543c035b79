"""A "документ о <topic>" two sides sign is a paper titled by its topic (agr29): not only a
pointer back to one named before. It stays a pointer, or nothing, where one side signs it,
no signing word is over it, it has no topic, or the pointer rule finds an earlier paper.
Sentences of our own about other pairs, with must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties) of each agreement kg reads."""
    return lambda text: {row[:3] for row in agreement_rows(analyse, text, "2025-05-14")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Подписанный в Душанбе документ о прекращении огня между Таджикистаном и Киргизией "
         "вступил в силу в полночь.",
         {("Документ о прекращении огня между Таджикистаном и Киргизией", "signed",
           ("state/KGZ", "state/TJK"))}),
        ("Египет и Судан подписали в Каире документ о разграничении морских границ.",
         {("Документ о разграничении морских границ", "signed", ("state/EGY", "state/SDN"))}),
        ("Министры иностранных дел Армении и Азербайджана парафировали документ о мирном "
         "урегулировании.",
         {("Документ о мирном урегулировании", "negotiating", ("state/ARM", "state/AZE"))}),
        ("Вьетнам и Япония заключили документ о сотрудничестве в сфере энергетики.",
         {("Документ о сотрудничестве в сфере энергетики", "signed",
           ("state/JPN", "state/VNM"))}),
        ("Между Индией и Бангладеш был подписан документ о совместном использовании вод реки "
         "Ганг.",
         {("Документ о совместном использовании вод реки Ганг", "signed",
           ("state/BGD", "state/IND"))}),
        ("Президенты Бразилии и Аргентины подписали документ по вопросам энергетической "
         "безопасности.",
         {("Документ по вопросам энергетической безопасности", "signed",
           ("state/ARG", "state/BRA"))}),
        ("ЕС и Сербия подписали документ об упрощении визового режима.",
         {("Документ об упрощении визового режима", "signed", ("org/eu", "state/SRB"))}),
        # one paper: "Документ предусматривает" after it points back to it
        ("Франция и Индия в понедельник подписали документ о сотрудничестве в области ядерной "
         "энергетики. Документ предусматривает строительство шести реакторов.",
         {("Документ о сотрудничестве в области ядерной энергетики", "signed",
           ("state/FRA", "state/IND"))}),
        # must not: the pointer rule first, a paper named before is the one signed
        ("Турция и Египет в среду подписали соглашение о поставках сжиженного газа. "
         "Подписанный сторонами документ о поставках рассчитан на десять лет.",
         {("Соглашение о поставках сжиженного газа", "signed", ("state/EGY", "state/TUR"))}),
        ("Египет и Судан подписали соглашение о поставках газа. Египет и Судан также "
         "подписали документ о строительстве газопровода.",
         {("Соглашение о поставках газа", "signed", ("state/EGY", "state/SDN"))}),
        # must not: "по" of a signing's occasion is no topic
        ("Президенты Кении и Уганды подписали документ по случаю юбилея.", set()),
        # must not: no signing word, no topic, one side, papers of goods
        ("Документ предусматривает создание совместной рабочей группы.", set()),
        ("В документе говорится о необходимости прекращения огня.", set()),
        ("Лидеры стран G20 приняли итоговый документ саммита о климате.", set()),
        ("Документ, подписанный министром финансов Греции, о реструктуризации долга направлен "
         "в парламент.", set()),
        ("Министр иностранных дел Перу подписал документ о присоединении к конвенции.", set()),
        ("Делегации Чили и Перу провели переговоры в Лиме. Подписанный документ о "
         "рыболовстве вступит в силу в июне.", set()),
        ("Таможенная служба Турции потребовала от Ирана документы о происхождении товара.",
         set()),
    ],
)  # fmt: skip
def test_a_signed_document_of_a_topic_is_a_paper(read, text, found):
    assert read(text) == found
