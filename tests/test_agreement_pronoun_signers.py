"""Papers "они", "оба министра", "министры" or "главы МИД двух стран" sign after a sentence
that names one person of each side ("Министр иностранных дел Египта X встретился в Аммане с
министром иностранных дел Иордании Y. Они подписали меморандум о …"): the two persons sign
it, their states are its parties, as "Стороны подписали" stands for the sides the sentence
before names; a title signs by the persons of its office. Must-nots: "они" after a sentence
naming no one, or persons of one state, or a plural subject of others ("Журналисты"); "Их"
as the papers, the object; a title of another office. Sentences of our own about other
pairs (h-agreements48)."""

from __future__ import annotations

import pytest
from fact_reads import papers_and_signings

from kg.extract.agreements import read_agreements
from kg.model import Document

EGY_JOR = ("state/EGY", "state/JOR")
CHL_PER = ("state/CHL", "state/PER")
SRB_HUN = ("state/HUN", "state/SRB")

EGYPT_JORDAN = (
    "Министр иностранных дел Египта Бадр Абдель Ати встретился в Аммане с министром "
    "иностранных дел Иордании Айманом Сафади."
)
CHILE_PERU = (
    "Министр иностранных дел Чили Альберто ван Клаверен встретился в Лиме с министром "
    "иностранных дел Перу Хавьером Гонсалесом-Олаэчеа."
)
SERBIA_HUNGARY = (
    "Министр иностранных дел Сербии Марко Джурич встретился в Будапеште с министром "
    "иностранных дел Венгрии Петером Сийярто."
)


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → {(title, parties, signatories)} of the papers kg reads in it."""

    def rows(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        ctx = analyse(Document(id="t", text=text, date="2025-03-06"))
        return {
            (a.title, tuple(sorted(a.parties)), tuple(sorted(a.signatories)))
            for a in read_agreements(ctx).facts
        }

    return rows


def _persons(text: str, read) -> set[str]:  # noqa: ANN001 - the fixture
    return {p for _, _, signers in read(text) for p in signers}


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        (EGYPT_JORDAN + " Они подписали меморандум о сотрудничестве в области водных ресурсов.",
         {("Меморандум о сотрудничестве в области водных ресурсов", EGY_JOR,
           ("person/ayman-safadi", "person/badr-abdel-ati"))}),
        (CHILE_PERU + " Оба министра подписали соглашение о безвизовом режиме.",
         {("Соглашение о безвизовом режиме", CHL_PER,
           ("person/alberto-van-klaveren", "person/khaver-gonsales-olaechea"))}),
        (SERBIA_HUNGARY + " Министры подписали соглашение о транзите газа.",
         {("Соглашение о транзите газа", SRB_HUN,
           ("person/marko-dzhurich", "person/peter-siyyarto"))}),
        # the title after a paper of no signer: the holders of its office the text names
        (SERBIA_HUNGARY + " По итогам встречи было подписано соглашение о транзите газа. "
         "Документ подписали главы МИД двух стран.",
         {("Соглашение о транзите газа", SRB_HUN,
           ("person/marko-dzhurich", "person/peter-siyyarto"))}),
    ],
)  # fmt: skip
def test_signers_the_sentence_before_names(read, text, papers):
    assert read(text) == papers


@pytest.mark.parametrize(
    "text",
    [
        # a sentence naming no one
        "В Будапеште прошёл экономический форум. Они подписали соглашение о транзите газа.",
        # a plural subject of others: "они" are the journalists
        "Журналисты спросили министра иностранных дел Египта Бадра Абдель Ати и министра "
        "иностранных дел Иордании Аймана Сафади о переговорах. Они подписали меморандум о "
        "сотрудничестве в области водных ресурсов.",
        # persons of one state
        "Министр иностранных дел Сербии Марко Джурич встретился в Белграде с министром "
        "экономики Сербии Адрияной Месарович. Они подписали соглашение о транзите газа.",
        # "Их" is the papers, the object, not the signers
        SERBIA_HUNGARY + " Стороны подготовили соглашение о транзите газа и протокол о "
        "пограничном контроле. Их подписали в понедельник.",
        # a title of another office than the persons'
        CHILE_PERU + " Министры энергетики подписали соглашение о безвизовом режиме.",
        # a plural title of an earlier year: that year's holders, not today's (fifty-fourth
        # pass, lead, `_of_an_earlier_year`)
        CHILE_PERU + " В 2019 году министры иностранных дел двух стран подписали соглашение о "
        "безвизовом режиме.",
        EGYPT_JORDAN + " Пять лет назад оба министра подписали меморандум о сотрудничестве.",
    ],
)
def test_no_signers_from_the_sentence_before(read, text):
    assert _persons(text, read) == set()


def test_signing_event_takes_the_signers(analyse):
    """The signing's participants are the paper's signers and parties."""
    text = CHILE_PERU + " Оба министра подписали соглашение о безвизовом режиме."
    signing = papers_and_signings(analyse, text, "2025-03-06")[1]
    assert [sorted(e.participants) for e in signing] == [
        ["person/alberto-van-klaveren", "person/khaver-gonsales-olaechea", *CHL_PER]
    ]
