"""An agreement's kind where its first name does not tell it: a "договор" of no side that
private persons sign is their contract, of kind Agreement, and a "документ" titled by its
topic takes the kind of a reference that says what it is. Sentences of our own about other
states and people, with must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import kind_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, kind, parties) of each agreement kg reads."""
    return lambda text: kind_rows(analyse, text, "2025-04-02")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a sportsman, a coach or a businessman signs a "договор" for himself: a contract
        ("Нападающий Пьер Дюран подписал новый договор на три года.",
         {("Договор", "Agreement", ())}),
        ("Тренер Марко Росси заключил новый договор сроком на два года.",
         {("Договор", "Agreement", ())}),
        ("Бизнесмен Иван Сидоров подписал договор о поставке оборудования.",
         {("Договор о поставке оборудования", "Agreement", ())}),
        ("Главный тренер Марко Росси подписал новый договор на два года.",
         {("Договор", "Agreement", ())}),
        ("Генеральный директор Иван Сидоров подписал договор о поставке оборудования.",
         {("Договор о поставке оборудования", "Agreement", ())}),
        ("Инвестор Карлос Мендоса подписал договор о покупке акций.",
         {("Договор о покупке акций", "Agreement", ())}),
        # must not: an official signs for a state; a person named alone may be its signer;
        # a treaty nobody is said to sign keeps its word's kind
        ("Посол Марко Росси подписал договор о границе.", {("Договор о границе", "Treaty", ())}),
        ("Пьер Дюран подписал новый договор на три года.", {("Договор", "Treaty", ())}),
        ("Министр иностранных дел Ганы подписал договор о дружбе.",
         {("Договор о дружбе", "Treaty", ("state/GHA",))}),
        ("Был подписан договор о ненападении.", {("Договор о ненападении", "Treaty", ())}),
    ],
)  # fmt: skip
def test_a_sideless_contract_private_persons_sign_is_an_agreement(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a reference that names the kind of a "документ о …" gives it that kind
        ("Уругвай и Парагвай подписали документ о сотрудничестве в энергетике. Меморандум "
         "вступит в силу в мае.",
         {("Документ о сотрудничестве в энергетике", "Memorandum",
           ("state/PRY", "state/URY"))}),
        ("Гана и Того подписали в Аккре документ о сотрудничестве. Декларация вступит в силу "
         "в мае.", {("Документ о сотрудничестве", "Declaration", ("state/GHA", "state/TGO"))}),
        # one a determiner points back with, or signed as the document was, is that paper
        ("Чили и Перу подписали документ о рыболовстве. Данный меморандум рассчитан на пять "
         "лет.", {("Документ о рыболовстве", "Memorandum", ("state/CHL", "state/PER"))}),
        ("Чили и Перу подписали документ о рыболовстве. Меморандум был подписан в Лиме.",
         {("Документ о рыболовстве", "Memorandum", ("state/CHL", "state/PER"))}),
        # must not: an "соглашение" says no more; a memorandum of other sides or of another
        # year is another paper, and the document stays of no kind but Agreement
        ("Гана и Того подписали в Аккре документ о сотрудничестве. Соглашение вступит в силу "
         "в мае.", {("Документ о сотрудничестве", "Agreement", ("state/GHA", "state/TGO"))}),
        ("Уругвай и Парагвай подписали документ о сотрудничестве. Парагвай и Боливия подписали "
         "меморандум.",
         {("Документ о сотрудничестве", "Agreement", ("state/PRY", "state/URY")),
          ("Меморандум между Боливией и Парагваем", "Memorandum", ("state/BOL", "state/PRY"))}),
        ("Уругвай и Парагвай подписали документ о сотрудничестве. Меморандум 2010 года утратил "
         "силу.", {("Документ о сотрудничестве", "Agreement", ("state/PRY", "state/URY"))}),
    ],
)  # fmt: skip
def test_a_documents_kind_is_the_one_a_reference_names(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a state's officer, of a title no office list has, signs a "договор" for his state:
        # it keeps Treaty; a person is private only where the text gives a private role
        ("Генпрокурор Анна Варданян подписала договор о правовой помощи.",
         {("Договор о правовой помощи", "Treaty", ())}),
        ("Монарх Карл Густав подписал договор о дружбе.", {("Договор о дружбе", "Treaty", ())}),
        ("Адмирал Ахмед Халиль подписал договор о сотрудничестве.",
         {("Договор о сотрудничестве", "Treaty", ())}),
        ("Верховный комиссар Ахмед Халиль подписал договор о сотрудничестве.",
         {("Договор о сотрудничестве", "Treaty", ())}),
        ("Судья Ахмед Халиль подписал договор о сотрудничестве.",
         {("Договор о сотрудничестве", "Treaty", ())}),
        ("Королева Анна подписала договор о союзе.", {("Договор о союзе", "Treaty", ())}),
        ("Прокурор Олег Бойко подписал договор о выдаче.", {("Договор о выдаче", "Treaty", ())}),
    ],
)  # fmt: skip
def test_an_officer_of_an_unlisted_title_signs_a_treaty(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bare "меморандум" the sides prepare, plan or sign as one more after a "документ"
        # of no kind is another paper: the document keeps its kind
        ("Гана и Того подписали документ о сотрудничестве в энергетике. Стороны также готовят "
         "меморандум.",
         {("Документ о сотрудничестве в энергетике", "Agreement", ("state/GHA", "state/TGO")),
          ("Меморандум между Ганой и Того", "Memorandum", ("state/GHA", "state/TGO"))}),
        ("Гана и Того подписали документ о сотрудничестве в энергетике. Кроме того, стороны "
         "договорились подписать меморандум.",
         {("Документ о сотрудничестве в энергетике", "Agreement", ("state/GHA", "state/TGO")),
          ("Меморандум между Ганой и Того", "Memorandum", ("state/GHA", "state/TGO"))}),
        ("Чили и Перу подписали документ о рыболовстве. Стороны также подписали меморандум.",
         {("Документ о рыболовстве", "Agreement", ("state/CHL", "state/PER")),
          ("Меморандум между Перу и Чили", "Memorandum", ("state/CHL", "state/PER"))}),
        ("Чили и Перу подписали документ о рыболовстве. Стороны планируют подписать "
         "меморандум.",
         {("Документ о рыболовстве", "Agreement", ("state/CHL", "state/PER")),
          ("Меморандум между Перу и Чили", "Memorandum", ("state/CHL", "state/PER"))}),
    ],
)  # fmt: skip
def test_a_memorandum_still_to_sign_or_one_more_is_another_paper(read, text, found):
    assert read(text) == found
