"""Private papers of named firms, clubs and persons (agr31): a licence or a sponsorship deal
is a paper of its named sides, as a settlement and a lease are (the gold counts private
contracts, tests/gold/README.md); an airline is a firm by its noun; a firm its noun names
stays a side where it extends or leaves a paper. Sentences of our own about other firms and
states, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties, signatories) of each agreement kg reads."""
    return lambda text: {
        (a.title, a.status, tuple(a.parties), tuple(a.signatories))
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a licence of named firms is their paper, titled with its adjective
        ("Компания Nokia и компания Ericsson подписали лицензионное соглашение о патентах.",
         {("Лицензионное соглашение о патентах", "signed", ("org/Q1418", "org/ericsson"),
           ())}),
        ("Индийская компания Cipla заключила лицензионное соглашение с американской компанией "
         "Pfizer о производстве вакцины.",
         {("Лицензионное соглашение о производстве вакцины", "signed",
           ("org/cipla", "org/pfizer"), ())}),
        # a sponsorship deal of a firm and a club, or of a named player and a firm
        ("Компания Adidas подписала спонсорский контракт с клубом «Бенфика».",
         {("Спонсорский контракт", "signed", ("org/Q131499", "org/adidas"), ())}),
        ("Футболист Лукас Мартинес подписал спонсорский контракт с компанией Nike.",
         {("Спонсорский контракт", "signed", ("org/nike",), ("person/lukas-martines",))}),
        # a person's sponsorship: the firm the one party, he its signatory, no party (agr33)
        ("Теннисист Рафаэль Надаль заключил спонсорский контракт с компанией Kia.",
         {("Спонсорский контракт", "signed", ("org/kia",), ("person/Q10132",))}),
        ("Нападающий Килиан Мбаппе подписал спонсорское соглашение с компанией Adidas.",
         {("Спонсорское соглашение", "signed", ("org/adidas",), ("person/kilian-mbappe",))}),
        # must not: sides unnamed, or an advertising contract (still one's own)
        ("Компания подписала лицензионное соглашение с университетом.", set()),
        ("Клуб подписал спонсорское соглашение с крупным банком.", set()),
        ("Певица подписала рекламный контракт с производителем косметики.", set()),
    ],
)  # fmt: skip
def test_licence_and_sponsorship_are_papers_of_named_sides(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an airline is a firm by its noun: the name after it is the side
        ("Авиакомпания Emirates и авиакомпания Qantas подписали соглашение о код-шеринге.",
         {("Соглашение о код-шеринге", "signed", ("org/emirates", "org/qantas"), ())}),
        ("Компания Embraer заключила контракт с авиакомпанией American Airlines на поставку "
         "самолётов.",
         {("Контракт на поставку самолётов", "signed",
           ("org/american-airlines", "org/embraer"), ())}),
        # must not: an airline unnamed
        ("Авиакомпания подписала контракт на поставку самолётов.", set()),
    ],
)  # fmt: skip
def test_an_airline_is_a_firm_by_its_noun(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a firm or club its noun names extends or leaves a paper for itself
        ("Компания Adidas и клуб «Реал Мадрид» продлили спонсорское соглашение до 2034 года.",
         {("Спонсорское соглашение", "mentioned", ("org/Q8682", "org/adidas"), ())}),
        ("Компания Toyota и компания VinFast продлили контракт на поставку аккумуляторов.",
         {("Контракт на поставку аккумуляторов", "mentioned", ("org/Q53268", "org/vinfast"),
           ())}),
        ("Компания Siemens вышла из соглашения с компанией Alstom о производстве поездов.",
         {("Соглашение о производстве поездов", "mentioned", ("org/alstom", "org/siemens"),
           ())}),
        # a state's body that ratifies still stands for its state
        ("Парламент Эстонии ратифицировал соглашение с Латвией о границе.",
         {("Соглашение о границе", "signed", ("state/EST", "state/LVA"), ())}),
    ],
)  # fmt: skip
def test_a_firm_by_its_noun_extends_or_leaves_for_itself(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the firms' statement a report cites is no paper; the paper it tells stays
        ("Компания Nokia и компания Ericsson подписали соглашение о патентах, говорится в "
         "совместном заявлении компаний.",
         {("Соглашение о патентах", "signed", ("org/Q1418", "org/ericsson"), ())}),
        ("Авиакомпания Emirates и авиакомпания Qantas продлили соглашение о партнёрстве, "
         "говорится в совместном заявлении перевозчиков.",
         {("Соглашение о партнёрстве", "mentioned", ("org/emirates", "org/qantas"), ())}),
        ("Соглашение о поставках газа вступит в силу в июне, говорится в совместном заявлении "
         "компаний.",
         {("Соглашение о поставках газа", "signed", (), ())}),
        # a statement of states stays a paper
        ("Египет и Турция приняли совместное заявление о сотрудничестве.",
         {("Совместное заявление о сотрудничестве", "signed", ("state/EGY", "state/TUR"),
           ())}),
    ],
)  # fmt: skip
def test_a_statement_of_unnamed_firms_is_no_paper(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a sum paid under a settlement: it is reached, the payer and the payee its sides
        ("Компания Apple выплатит компании Masimo 300 млн долларов по мировому соглашению о "
         "патентном споре.",
         {("Мировое соглашение о патентном споре", "signed", ("org/Q312", "org/masimo"), ())}),
        ("Банк ING заплатит 775 млн евро по мировому соглашению с прокуратурой Нидерландов.",
         {("Мировое соглашение", "signed", ("org/ing", "state/NLD"), ())}),
        ("Корпорация Toyota согласилась выплатить 1,2 млрд долларов по мировому соглашению с "
         "Министерством юстиции США.",
         {("Мировое соглашение", "signed", ("org/Q53268", "state/USA"), ())}),
        # must not: sides unnamed, a payment not made, another paper paid under
        ("Истец получит 5 млн долларов по мировому соглашению.", set()),
        ("Певица выплатит продюсеру 2 млн долларов по мировому соглашению.", set()),
        ("Компания Boeing не выплатила компенсацию по мировому соглашению.", set()),
        ("Греция выплатит кредиторам 2 млрд евро по соглашению 2010 года.", set()),
    ],
)  # fmt: skip
def test_a_settlement_paid_under_is_reached(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a quoted club or firm a state's adjective qualifies is the side, not that state
        ("Полузащитник Матиас Гомес подписал контракт с итальянским «Ювентусом».",
         {("Контракт с Ювентусом", "signed", ("org/Q1422",), ("person/matias-gomes",))}),
        ("Нападающий Диего Рохас подписал контракт с мексиканской «Америкой».",
         {("Контракт с Америкой", "signed", ("org/amerika",), ("person/diego-rokhas",))}),
        ("Вьетнам подписал соглашение о поставках газа с российским «Газпромом».",
         {("Соглашение о поставках газа", "signed", ("org/gazprom", "state/VNM"), ())}),
        ("Кения заключила контракт на строительство порта с китайской «Синохайдро».",
         {("Контракт на строительство порта", "signed", ("org/sinokhaydro", "state/KEN"),
           ())}),
        # a club by its noun keeps its name, as before
        ("Защитник Пьер Дюран подписал контракт с французским клубом «Марсель».",
         {("Контракт с Марселем", "signed", ("org/marsel",), ("person/per-dyuran",))}),
    ],
)  # fmt: skip
def test_a_quoted_firm_a_state_adjective_qualifies_is_the_side(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a named player's contract with a named club he or it extends: the club's, mentioned,
        # the player its signer, the term no date
        ("Полузащитник Матиас Гомес продлил контракт с «Ювентусом».",
         {("Контракт с Ювентусом", "mentioned", ("org/Q1422",), ("person/matias-gomes",))}),
        ("Полузащитник Матиас Гомес продлил контракт с итальянским «Ювентусом» до 2028 года.",
         {("Контракт с Ювентусом", "mentioned", ("org/Q1422",), ("person/matias-gomes",))}),
        ("Тренер Луис Сантос продлил контракт с клубом «Галатасарай» на два года.",
         {("Контракт с Галатасараем", "mentioned", ("org/Q495299",), ("person/luis-santos",))}),
        ("Клуб «Бенфика» продлил контракт с защитником Пьером Дюраном до 2029 года.",
         {("Контракт с Бенфика", "mentioned", ("org/Q131499",), ("person/per-dyuran",))}),
        # must not: a player unnamed, a role of no sport, a contract ended
        ("Полузащитник продлил контракт с «Ювентусом» до 2028 года.", set()),
        ("Инженер Маркус Вебер продлил контракт с компанией Siemens.", set()),
        ("Защитник Пьер Дюран расторг контракт с «Марселем».", set()),
    ],
)  # fmt: skip
def test_a_players_contract_extended_is_his_clubs(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a firm noun's coordinated names before a plural verb all sign, though the tagger
        # reads the noun as a singular genitive
        ("Компании Toyota и VinFast подписали соглашение о поставках аккумуляторов.",
         {("Соглашение о поставках аккумуляторов", "signed", ("org/Q53268", "org/vinfast"),
           ())}),
        ("Авиакомпании Lufthansa и Air India подписали соглашение о код-шеринге.",
         {("Соглашение о код-шеринге", "signed", ("org/air-india", "org/lufthansa"), ())}),
        # must not: firms unnamed
        ("Компании подписали соглашение о поставках аккумуляторов.", set()),
    ],
)  # fmt: skip
def test_a_firm_nouns_names_before_a_plural_verb_sign(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "с новым клубом" of a contract the moved player signs: the club he moved to
        ("Португальская «Бенфика» объявила о переходе нападающего Жоау Мендеша в английский "
         "«Челси». Сумма трансфера составила 60 млн евро. Мендеш подписал с лондонским клубом "
         "контракт до 2030 года.",
         {("Контракт с Челси", "signed", ("org/Q9616",), ("person/zhoau-mendesh",))}),
        ("Нападающий Карлос Ортис перешёл из «Боки Хуниорс» в бразильский «Фламенго». Игрок "
         "подписал контракт с новым клубом на четыре года.",
         {("Контракт с Фламенго", "signed", ("org/flamengo",), ("person/karlos-ortis",))}),
        # a club's name that also reads as another word's oblique case ("Боку": "бок")
        ("Нападающий Марко Росси перешёл в «Боку Хуниорс». Игрок подписал контракт с новым "
         "клубом на четыре года.",
         {("Контракт с Боку Хуниорс", "signed", ("org/boku-khuniors",), ("person/marko-rossi",))}),
        # a club named after its common noun ("в клуб «Вердер»"): agr42
        ("Нападающий Томас Кляйн перешёл в немецкий клуб «Вердер». Игрок подписал контракт с "
         "новым клубом на три года.",
         {("Контракт с Вердером", "signed", ("org/verder",), ("person/tomas-klyayn",))}),
        ("Полузащитник Лукас Мартинес перешёл из аргентинского клуба «Ривер Плейт» в "
         "мексиканский клуб «Америка». Мартинес подписал с новым клубом контракт до 2029 года.",
         {("Контракт с Америкой", "signed", ("org/amerika",), ("person/lukas-martines",))}),
        # must not: the club he left; another player signs, no club the move names, a club's
        # sponsor
        ("Нападающий Томас Кляйн перешёл из немецкого клуба «Вердер». Игрок подписал контракт "
         "с новым клубом на три года.", set()),
        ("Нападающий Томас Кляйн перешёл в немецкий клуб «Вердер». Защитник Ян Новак подписал "
         "контракт с новым клубом на три года.", set()),
        ("Нападающий Карлос Ортис перешёл из «Боки Хуниорс» в бразильский «Фламенго». "
         "Защитник Марко Росси подписал контракт с новым клубом на четыре года.", set()),
        ("Клубы договорились о трансфере полузащитника Эрика Ланге. Ланге подписал контракт с "
         "новым клубом.", set()),
        ("Нападающий Карлос Ортис перешёл из «Боки Хуниорс» в бразильский «Фламенго». Клуб "
         "подписал контракт с новым спонсором.", set()),
    ],
)  # fmt: skip
def test_a_moved_players_new_club_is_the_one_he_moved_to(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # a club where the player was ("игравший в клубе «Вердер»": a locative of another
        # verb) is not where he moved: his contract "с новым клубом" names no club
        "Нападающий Томас Кляйн, ранее игравший в клубе «Вердер», перешёл в английский клуб. "
        "Игрок подписал контракт с новым клубом до 2027 года.",
        "Полузащитник Марек Соучек, выступавший в клубе «Спарта», перешёл в итальянский клуб. "
        "Игрок подписал контракт с новым клубом на три года.",
        "Нападающий Марко Росси, игравший в «Вердере», перешёл в английский клуб. Игрок "
        "подписал контракт с новым клубом на три года.",
    ],
)
def test_a_club_played_in_is_not_the_one_moved_to(read, text):
    assert read(text) == set()
