"""Private contracts are agreements, as the gold counts them (tests/gold/README.md): named
organizations that sign a paper are its parties ("Toyota и VinFast заключили контракт"), and a
named player's contract with a club is the club's, the player its signer, and named sides'
settlements are theirs. Settlements of unnamed sides, employment contracts, purchases of a
firm, transfers of a player and a paper whose sides go unnamed stay none.
Sentences of our own about other firms and states, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, kind, status, parties, signatories) of each agreement kg reads."""
    return lambda text: {
        (a.title, a.kind, a.status, tuple(a.parties), tuple(a.signatories))
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # firms that sign a paper are its parties, by their names
        ("Компания Embraer и индийская корпорация Mahindra подписали соглашение о производстве "
         "самолётов.",
         {("Соглашение о производстве самолётов", "Agreement", "signed",
           ("org/embraer", "org/mahindra"), ())}),
        ("Японская Toyota и вьетнамская VinFast заключили контракт на поставку аккумуляторов.",
         {("Контракт на поставку аккумуляторов", "Agreement", "signed",
           ("org/Q53268", "org/vinfast"), ())}),
        ("Turkish Airlines и EgyptAir подписали меморандум о код-шеринге.",
         {("Меморандум о код-шеринге", "Memorandum", "signed",
           ("org/egyptair", "org/turkish-airlines"), ())}),
        # an executive signs for the firm his title names
        ("Генеральный директор Airbus Гийом Фори подписал контракт с компанией IndiGo.",
         {("Контракт между Airbus и IndiGo", "Agreement", "signed",
           ("org/airbus", "org/indigo"), ("person/giyom-fori",))}),
        ("Генеральный директор компании Embraer Франсиско Гомес подписал контракт с компанией "
         "Qantas.",
         {("Контракт между Embraer и Qantas", "Agreement", "signed",
           ("org/embraer", "org/qantas"), ("person/fransisko-gomes",))}),
        # a named player's contract with a club: the club's, not his team's
        ("Нападающий сборной Бразилии Карлос Силва подписал контракт с клубом «Бенфика».",
         {("Контракт с Бенфика", "Agreement", "signed", ("org/Q131499",),
           ("person/karlos-silva",))}),
        ("Защитник Пьер Дюран заключил двухлетний контракт с «Марселем».",
         {("Контракт с Марселем", "Agreement", "signed", ("org/marsel",),
           ("person/per-dyuran",))}),
        ("Нападающий Марко Росси подписал контракт с клубом «Бенфика».",
         {("Контракт с Бенфика", "Agreement", "signed", ("org/Q131499",),
           ("person/marko-rossi",))}),
        # a club named by its name alone that extends its contract with a named player or
        # coach is its side, as where it signs one (agr40)
        ("«Севилья» договорилась о продлении контракта с нападающим Лукасом Перейрой.",
         {("Контракт с Севильей", "Agreement", "mentioned", ("org/sevilya",),
           ("person/lukas-pereyra",))}),
        ("Лиссабонская «Бенфика» продлила контракт с тренером Жоржем Жезушем ещё на два года.",
         {("Контракт с Бенфика", "Agreement", "mentioned", ("org/Q131499",),
           ("person/zhorzh-zhezush",))}),
        # must not: an unnamed coach, or a named person of no sportsman's role
        ("«Бенфика» продлила контракт с тренером.", set()),
        ("Компания Siemens продлила контракт с инженером Маркусом Вебером.", set()),
        # a named player's or coach's contract with a named club he has is the club's (agr40)
        ("У защитника Пьера Дюрана есть контракт с клубом «Бенфика» до 2027 года.",
         {("Контракт с Бенфика", "Agreement", "mentioned", ("org/Q131499",),
           ("person/per-dyuran",))}),
        ("У нападающего Лукаса Перейры был действующий контракт с «Севильей».",
         {("Контракт с Севильей", "Agreement", "mentioned", ("org/sevilya",),
           ("person/lukas-pereyra",))}),
        # must not: an unnamed player, a person of no sportsman's role
        ("У нападающего был контракт с «Бенфикой».", set()),
        ("У инженера Маркуса Вебера был контракт с компанией Siemens.", set()),
        # a club named after its league is the side, not the league (agr40)
        ("Защитник Пьер Дюран заключил с клубом Серии А «Аталанта» двухлетний контракт.",
         {("Контракт с Аталанта", "Agreement", "signed", ("org/atalanta",),
           ("person/per-dyuran",))}),
        ("Нападающий Марко Росси подписал контракт с клубом Серии А «Аталанта».",
         {("Контракт с Аталанта", "Agreement", "signed", ("org/atalanta",),
           ("person/marko-rossi",))}),
        ("Клуб МЛС «Интер Майами» подписал контракт с нападающим Марко Росси.",
         {("Контракт с Интер Майами", "Agreement", "signed", ("org/inter-mayami",),
           ("person/marko-rossi",))}),
        # a named club's contract with a named player: the club's, the player its signer
        # (agr30)
        ("Испанская «Севилья» подписала контракт с бразильским нападающим Лукасом Перейрой до "
         "2029 года.",
         {("Контракт с Севильей", "Agreement", "signed", ("org/sevilya",),
           ("person/lukas-pereyra",))}),
        ("Клуб «Бенфика» заключил контракт с защитником Пьером Дюраном.",
         {("Контракт с Бенфика", "Agreement", "signed", ("org/Q131499",),
           ("person/per-dyuran",))}),
        # a transfer of something else stays an arrangement of its sides
        ("Армения и Грузия договорились о переходе на расчёты в национальных валютах.",
         {("Договорённость о переходе на расчёты в национальных валютах", "Agreement",
           "signed", ("state/ARM", "state/GEO"), ())}),
        # a crossing of people is no transfer of a player
        ("Чили и Перу подписали соглашение о переходе рабочих через границу.",
         {("Соглашение о переходе рабочих через границу", "Agreement", "signed",
           ("state/CHL", "state/PER"), ())}),
        ("Армения и Грузия договорились о переходе паломников через границу.",
         {("Договорённость о переходе паломников через границу", "Agreement",
           "signed", ("state/ARM", "state/GEO"), ())}),
        ("Вьетнам и Лаос подписали соглашение о переходе граждан через границу.",
         {("Соглашение о переходе граждан через границу", "Agreement",
           "signed", ("state/LAO", "state/VNM"), ())}),
        # a settlement of named sides is their paper, as the gold counts one (agr30)
        ("Toyota и VinFast заключили мировое соглашение по патентному спору.",
         {("Мировое соглашение по патентному спору", "Agreement", "signed",
           ("org/Q53268", "org/vinfast"), ())}),
        ("Компания Barclays заключила мировое соглашение с Управлением по финансовому "
         "регулированию Великобритании.",
         {("Мировое соглашение", "Agreement", "signed", ("org/barclays", "state/GBR"), ())}),
        ("Корпорация Boeing заключила мировое соглашение с Министерством юстиции США по делу "
         "о катастрофах.",
         {("Мировое соглашение по делу о катастрофах", "Agreement", "signed",
           ("org/boeing", "state/USA"), ())}),
        # must not: an organization's name, a settlement of unnamed sides, an employment
        # contract
        ("Генсек Организации Договора о коллективной безопасности прибыл в Ереван.", set()),
        ("Истец и ответчик заключили мировое соглашение в суде Лондона.", set()),
        ("Суд утвердил мировое соглашение между сторонами.", set()),
        ("Певица заключила мировое соглашение с продюсером.", set()),
        ("Завод заключил трудовой договор с инженером из Индии.", set()),
        # must not: firms unnamed, a purchase of a firm, an unnamed coach or player
        ("Норвежские компании и датские банки подписали соглашение о кредитовании.", set()),
        ("Компания Yahoo подписала договор о покупке компании Tumblr.", set()),
        # must not: an executive's paper of his firm alone
        ("Генеральный директор Airbus Гийом Фори подписал дорожную карту по расширению "
         "завода.", set()),
        # must not: a transfer of a player between clubs, as a purchase of a firm
        ("Клуб «Аякс» и клуб «Порту» договорились о переходе защитника Луиса Диаса.", set()),
        ("Клуб «Лион» и клуб «Порту» подписали контракт о переходе защитника Марко Росси.",
         set()),
        ("Клуб продлил контракт с тренером ещё на два года.", set()),
        ("Клуб «Наполи» подписал контракт с тренером на два года.", set()),
        ("Полузащитник подписал контракт с клубом «Бенфика» на три года.", set()),
        # must not: a firm's contract with a named person of no sportsman's role (review20)
        ("Компания Siemens подписала контракт с инженером Маркусом Вебером на строительство "
         "завода в Египте.", set()),
        # must not: one body of no state with its other side unnamed
        ("Мэрия Лиссабона и городские власти Порту подписали соглашение о побратимстве.", set()),
        # must not: a signer who acts for the one party, or a state's official
        ("Министр энергетики Узбекистана Журабек Мирзамахмудов подписал дорожную карту по "
         "газификации Ферганской области.", set()),
        ("Министр финансов Ганы Кваме Асанте подписал дорожную карту по электрификации "
         "северных районов.", set()),
        ("Бывший министр обороны Перу Хосе Гонсалес заключил сделку со следствием.", set()),
        ("Бывший президент Эквадора Луис Мендоса заключил сделку со следствием.", set()),
        ("Губернатор Техаса Грег Эбботт подписал контракт на строительство стены на границе с "
         "Мексикой.", set()),
        ("Губернатор Аляски Майк Данливи подписал контракт на строительство порта на границе с "
         "Канадой.", set()),
    ],
)  # fmt: skip
def test_private_contracts_are_their_named_sides(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Госдепартамент США продлил сделку с Ираном об обмене заключёнными.",
         ["state/IRN", "state/USA"]),
        ("Белый дом продлил сделку с Китаем о торговле.", ["state/CHN", "state/USA"]),
    ],
)  # fmt: skip
def test_a_state_body_extending_a_deal_extends_its_states(read, text, parties):
    """A state's body acts for its state in a deal it extends (review35); a club or firm is
    its own side (above)."""
    assert [sorted(a[3]) for a in read(text)] == [parties]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a lease of named sides is a paper, as the gold counts one
        ("Джибути и Япония подписали договор аренды участка для военной базы.",
         {("Договор аренды участка для военной базы", "Treaty", "signed",
           ("state/DJI", "state/JPN"), ())}),
        ("Шри-Ланка и Китай заключили договор аренды порта Хамбантота на 99 лет.",
         {("Договор аренды порта Хамбантота", "Treaty", "signed", ("state/CHN", "state/LKA"),
           ())}),
        # must not: a home rent, or a lease whose sides go unnamed
        ("Семья подписала договор аренды квартиры в центре Мадрида.", set()),
        ("Арендатор расторг договор аренды досрочно.", set()),
        ("Правительство Киргизии продлило арендный договор с владельцем здания.", set()),
        # a paper's topic word is no settlement's: one side is enough (review20)
        ("Вьетнам присоединится к соглашению о стабилизации мировой торговли продовольствием.",
         {("Соглашение о стабилизации мировой торговли продовольствием", "Agreement",
           "mentioned", ("state/VNM",), ())}),
    ],
)  # fmt: skip
def test_a_lease_is_a_paper_of_its_named_sides(read, text, found):
    assert read(text) == found
