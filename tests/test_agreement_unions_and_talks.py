"""A union of states that ratifies, extends, suspends or leaves a paper is a party to it, as a
state is ("ЕС и Марокко продлили соглашение о рыболовстве"), not a body whose state is sought,
and its body acts for it ("Европарламент ратифицировал"); talks resumed, extended or joined go
on ("возобновили переговоры о соглашении" is `negotiating`), talks left or broken off do not; a
signing one side proposes is `planned` ("выступила с предложением о заключении договора").
Sentences of our own about other pairs, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def sides(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties) of each agreement kg reads."""
    return lambda text: {
        (a.title, a.status, tuple(a.parties))
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-03-06")))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a union beside a state, or alone with a "с"-side, keeps, leaves or ratifies for itself
        ("ЕС и Марокко в прошлом году продлили соглашение о рыболовстве ещё на четыре года.",
         {("Соглашение о рыболовстве", "mentioned", ("org/eu", "state/MAR"))}),
        ("Меркосур и Боливия продлили соглашение о торговле.",
         {("Соглашение о торговле", "mentioned", ("org/Q4264", "state/BOL"))}),
        ("Европейский союз приостановил действие соглашения о партнёрстве с Нигером.",
         {("Соглашение о партнёрстве", "mentioned", ("org/eu", "state/NER"))}),
        ("Евросоюз ратифицировал соглашение о свободной торговле с Новой Зеландией.",
         {("Соглашение о свободной торговле", "signed", ("org/eu", "state/NZL"))}),
        # must not: a body of no union of states (a bank, the UN) is still no party
        ("Всемирный банк и Кения продлили соглашение о финансировании.",
         {("Соглашение о финансировании", "mentioned", ("state/KEN",))}),
        ("ООН и Мали продлили соглашение о статусе миссии.",
         {("Соглашение о статусе миссии", "mentioned", ("state/MLI",))}),
    ],
)  # fmt: skip
def test_a_union_is_a_party_to_what_it_ratifies_or_leaves(sides, text, found):
    assert sides(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a side the parse hung as a conjunct on a body's genitive or a firm's name signs beside
        # the body ("Правительство Вьетнама и ЕС": the EU under "Вьетнама")
        ("Министерство финансов Греции и ЕС продлили соглашение о кредитной поддержке.",
         {("Соглашение о кредитной поддержке", "mentioned", ("org/eu", "state/GRC"))}),
        ("Правительство Вьетнама и ЕС подписали соглашение о защите инвестиций.",
         {("Соглашение о защите инвестиций", "signed", ("org/eu", "state/VNM"))}),
        # a body of a state with a plural name ("Филиппины": the genitive's lemma is it)
        ("Сенат Филиппин и Евросоюз ратифицировали соглашение о партнёрстве.",
         {("Соглашение о партнёрстве", "signed", ("org/eu", "state/PHL"))}),
        ("Парламент Сербии и Евросоюз одобрили соглашение о реадмиссии.",
         {("Соглашение о реадмиссии", "signed", ("org/eu", "state/SRB"))}),
        ("Правительство Японии и АСЕАН подписали соглашение о всеобъемлющем партнёрстве.",
         {("Соглашение о всеобъемлющем партнёрстве", "signed", ("org/asean", "state/JPN"))}),
        ("Компания Airbus и Индия продлили соглашение о поставках.",
         {("Соглашение о поставках", "mentioned", ("org/airbus", "state/IND"))}),
        ("Концерн Siemens и Египет подписали соглашение о строительстве электростанции.",
         {("Соглашение о строительстве электростанции", "signed", ("org/siemens", "state/EGY"))}),
        # must not: a genitive conjunct is the body's second state, not a side of its own
        ("Министерство обороны Индии и Франции подписали соглашение о поставках истребителей.",
         {("Соглашение о поставках истребителей", "signed", ("state/FRA", "state/IND"))}),
        ("Правительства Японии и Вьетнама подписали соглашение о воздушном сообщении.",
         {("Соглашение о воздушном сообщении", "signed", ("state/JPN", "state/VNM"))}),
    ],
)  # fmt: skip
def test_a_side_hung_on_a_bodys_genitive_signs_beside_it(sides, text, found):
    assert sides(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a union's body acts for the union, as a state's parliament acts for the state
        ("Европейский парламент ратифицировал соглашение о партнёрстве с Кенией.",
         {("Соглашение о партнёрстве", "signed", ("org/eu", "state/KEN"))}),
        ("Европарламент одобрил соглашение о свободной торговле с Новой Зеландией.",
         {("Соглашение о свободной торговле", "signed", ("org/eu", "state/NZL"))}),
        ("Совет ЕС утвердил соглашение о рыболовстве с Сенегалом.",
         {("Соглашение о рыболовстве", "signed", ("org/eu", "state/SEN"))}),
        ("Еврокомиссия подписала соглашение о сотрудничестве с Египтом.",
         {("Соглашение о сотрудничестве", "signed", ("org/eu", "state/EGY"))}),
        # must not: a bank of no union's is still itself, a state's parliament its state
        ("Европейский инвестиционный банк подписал соглашение о кредите с Египтом.",
         {("Соглашение о кредите", "signed",
           ("org/evropeyskiy-investitsionnyy-bank", "state/EGY"))}),
        ("Парламент Кении ратифицировал соглашение о партнёрстве с ЕС.",
         {("Соглашение о партнёрстве", "signed", ("org/eu", "state/KEN"))}),
    ],
)  # fmt: skip
def test_a_unions_body_acts_for_the_union(sides, text, found):
    assert sides(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # talks resumed, extended or joined are still talks
        ("Индия и ЕС возобновили переговоры о соглашении о свободной торговле.",
         {("Соглашение о свободной торговле", "negotiating", ("org/eu", "state/IND"))}),
        ("Египет и Турция в марте возобновили переговоры по соглашению о свободной торговле.",
         {("Соглашение о свободной торговле", "negotiating", ("state/EGY", "state/TUR"))}),
        ("Малайзия присоединилась к переговорам о соглашении о партнёрстве с ЕС.",
         {("Соглашение о партнёрстве", "negotiating", ("org/eu", "state/MYS"))}),
        # must not: talks left or broken off, a paper itself resumed
        ("Индия вышла из переговоров о соглашении о торговле с АСЕАН.",
         {("Соглашение о торговле", "mentioned", ("org/asean", "state/IND"))}),
        ("Канада и Индия прервали переговоры о соглашении о свободной торговле.",
         {("Соглашение о свободной торговле", "mentioned", ("state/CAN", "state/IND"))}),
        ("Турция и Египет возобновили действие соглашения о свободной торговле.",
         {("Соглашение о свободной торговле", "mentioned", ("state/EGY", "state/TUR"))}),
    ],
)  # fmt: skip
def test_talks_resumed_go_on_and_talks_left_do_not(sides, text, found):
    assert sides(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a signing proposed by a noun is planned, as "предложил заключить" is
        ("Индия выступила с предложением о заключении договора о взаимной правовой помощи с "
         "Египтом.",
         {("Договор о взаимной правовой помощи", "planned", ("state/EGY", "state/IND"))}),
        ("Турция выдвинула инициативу подписания соглашения о свободной торговле с Азербайджаном.",
         {("Соглашение о свободной торговле", "planned", ("state/AZE", "state/TUR"))}),
        ("Президент Бразилии предложил Китаю заключить соглашение о торговле в национальных "
         "валютах.", {("Соглашение о торговле в национальных валютах", "planned",
                      ("state/BRA", "state/CHN"))}),
        # must not: a paper signed at one side's proposal is signed
        ("Бразилия и Китай по инициативе Пекина подписали соглашение о торговле в национальных "
         "валютах.", {("Соглашение о торговле в национальных валютах", "signed",
                      ("state/BRA", "state/CHN"))}),
    ],
)  # fmt: skip
def test_a_signing_proposed_is_planned(sides, text, found):
    assert sides(text) == found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # talks the text goes on to say a signing follows are over: the paper is planned
        ("Индия и Вьетнам завершили переговоры о соглашении о защите инвестиций, документ "
         "будет подписан в марте.", "planned"),
        ("Египет и Турция завершили переговоры по соглашению о свободной торговле, документ "
         "будет подписан осенью.", "planned"),
        ("Бразилия и Аргентина завершили переговоры о договоре об энергетике. Документ будет "
         "подписан в ближайшее время.", "planned"),
        # must not: talks alone go on; a signing planned before the talks are told stays
        # negotiated; a paper signed stays signed
        ("Египет и Турция продолжают переговоры о соглашении о свободной торговле.",
         "negotiating"),
        ("Подписание соглашения о свободной торговле между Египтом и Турцией планировалось на "
         "май, но стороны продолжают переговоры о соглашении о свободной торговле.",
         "negotiating"),
        ("Индия и Вьетнам после долгих переговоров о соглашении о защите инвестиций подписали "
         "документ в марте.", "signed"),
    ],
)  # fmt: skip
def test_talks_a_signing_follows_are_planned(sides, text, status):
    assert {s for _, s, _ in sides(text)} == {status}
