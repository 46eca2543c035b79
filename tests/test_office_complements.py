"""Offices with a complement that is itself an office, and the office of one replaced, on
sentences about other pairs of states (Egypt–Ghana, Czechia–Poland, Peru–Ecuador): a
deputy, press secretary or chief of staff of an office holds that office's complement, not
the office ("пресс-секретарь генерального секретаря ООН X"), before or after the name; one
a holder replaced in a post held it before."""

from __future__ import annotations

import pytest

from kg.analyze import analyze
from kg.gazetteer import Gazetteer
from kg.model import Document, Extraction
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry


@pytest.fixture(scope="module")
def run():
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def go(text: str) -> Extraction:
        document = Document(id="t", text=text, date="2025-03-10")
        return analyze(document, nlp(text), Registry(gazetteer))

    return go


def held(ex: Extraction, name: str) -> set[tuple[str, str, str]]:
    """(office, state key, date) the text gives the person of that surname (a first name's
    reading is no concern here)."""
    names = {e.key: e.name.split()[-1] for e in ex.entities}
    return {
        (h.office, h.state, h.date)
        for h in ex.facts["offices"]
        if h.basis == "text" and names[h.person] == name.split()[-1]
    }


COMPLEMENTED = [
    # a surname that cannot be genitive: the name is the first title's, not its complement's
    # ("Амина" read as a man's genitive, "Мохаммед" never genitive)
    ("Заместитель генерального секретаря ООН Амина Мохаммед прибыла в Аккру.",
     "Амина Мохаммед", "заместитель генерального секретаря", "org/un", "2025-03-10"),
    # posts the open class lacked, whole
    ("Руководитель аппарата президента Эквадора Хосе Суарес встретился с послом Египта.",
     "Хосе Суарес", "руководитель аппарата президента", "state/ECU", "2025-03-10"),
    ("Постоянный представитель Перу при ООН Луис Угарелли выступил в Совбезе.",
     "Луис Угарелли", "постоянный представитель", "state/PER", "2025-03-10"),
    # after the name and a comma, with its complement
    ("Ян Новак, первый заместитель министра обороны Чехии, прибыл в Варшаву.",
     "Ян Новак", "первый заместитель министра обороны", "state/CZE", "2025-03-10"),
    ("Мария Лопес, советник премьер-министра Перу, заявила, что Лима поддержит Кито.",
     "Мария Лопес", "советник премьер-министра", "state/PER", "2025-03-10"),
    # an accusative title before a genitive one: the name, spelt alike in both cases, is
    # the first title's, whatever case the tagger read it in
    ("Вице-президент Индонезии принял первого заместителя премьер-министра Малайзии Ахмада "
     "Захида Хамиди.", "Ахмад Захид Хамиди", "первый заместитель премьер-министра",
     "state/MYS", "2025-03-10"),
    ("Министр обороны Японии встретил заместителя министра обороны Вьетнама Хоанга Суан "
     "Чиена.", "Хоанг Суан Чиен", "заместитель министра обороны", "state/VNM", "2025-03-10"),
    ("Премьер Словакии уволил пресс-секретаря министра финансов Словакии Петера Ковача.",
     "Петер Ковач", "пресс-секретарь министра финансов", "state/SVK", ""),  # fired: past
    ("Президент Чили принял советника президента Колумбии Хорхе Варгаса.", "Хорхе Варгас",
     "советник президента", "state/COL", "2025-03-10"),
    # a name no word of which declines after a genitive title and its governor of another
    # case: nothing tells it the genitive title's
    ("Министр обороны Японии встретился с советником президента Ганы Кваме Оту.",
     "Кваме Оту", "советник президента", "state/GHA", "2025-03-10"),
    ("Посол Индии провел встречу с заместителем министра иностранных дел Японии Кэнтаро "
     "Сонурой.", "Кэнтаро Сонура", "заместитель министра иностранных дел", "state/JPN",
     "2025-03-10"),
    # a nominative subject's title, a genitive one and a name the tagger reads as a genitive
    # though a word of it is never one and none only one: the subject's ("Чан" reads only
    # as a nominative or accusative, "Нгуен" in no case)
    ("Заместитель генерального секретаря АСЕАН Чан Дык Бинь прибыл в Джакарту.",
     "Чан Дык Бинь", "заместитель генерального секретаря", "org/asean", "2025-03-10"),
    ("Заместитель генерального секретаря АСЕАН Нгуен Ван Тхань заявил, что Ханой и Манила "
     "договорились.", "Нгуен Ван Тхань", "заместитель генерального секретаря", "org/asean",
     "2025-03-10"),
    # not where a word shows the genitive: the name is the genitive title's
    ("Советник министра финансов Польши Анджея Доманского заявил, что Варшава поддержит Киев.",
     "Анджей Доманский", "министр финансов", "state/POL", "2025-03-10"),
    ("Советник министра финансов Польши Анна Новак заявила, что Варшава поддержит Киев.",
     "Анна Новак", "советник министра финансов", "state/POL", "2025-03-10"),
    # a former deputy's office is past, not dated
    ("Бывший заместитель министра финансов Перу Хорхе Ласо прибыл в Кито.",
     "Хорхе Ласо", "заместитель министра финансов", "state/PER", ""),
    # one replaced in a post the text names held it before: past
    ("Новый посол Египта в Гане Ахмед Фарук сменил на посту Хишама Саида.",
     "Хишам Саид", "посол", "state/EGY", ""),
    ("Мария Лопес, министр юстиции Перу, сменила на этом посту Хуана Торреса.",
     "Хуан Торрес", "министр юстиции", "state/PER", ""),
    ("Хорхе Ласо сменил Луиса Торреса на посту министра обороны Эквадора.",
     "Луис Торрес", "министр обороны", "state/ECU", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "state", "date"), COMPLEMENTED)
def test_office_with_its_complement(
    run, text: str, name: str, office: str, state: str, date: str
) -> None:
    assert held(run(text), name) == {(office, state, date)}


MUST_NOT = [
    # a declined name after a genitive title holds that title, not the press secretary's
    ("Пресс-секретарь министра обороны Чехии Петра Дворжака заявила о визите.", "Петр Дворжак",
     "пресс-секретарь министра обороны"),
    # no post noun: a replacing verb gives the object nothing
    ("Посол Египта Ахмед Фарук сменил в Аккре Хишама Саида.", "Хишам Саид", "посол"),
    ("Министр обороны Чехии Ян Новак сменил тон в разговоре с Петром Дворжаком.",
     "Петр Дворжак", "министр обороны"),
    # an accusative title before a genitive one whose office the named person is known to
    # hold: the name is the second title's complement
    ("Президент Египта принял помощника президента Франции Эммануэля Макрона.",
     "Эммануэль Макрон", "помощник президента"),
    # one the holder will replace holds the post still: no past office from the verb
    ("Министр юстиции Перу Мария Лопес сменит на этом посту Хуана Торреса.", "Хуан Торрес",
     "министр юстиции"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office"), MUST_NOT)
def test_office_not_given(run, text: str, name: str, office: str) -> None:
    assert office not in {o for o, _, _ in held(run(text), name)}


def holders(ex: Extraction, office: str) -> set[str]:
    """The surnames of those the text gives that office."""
    names = {e.key: e.name.split()[-1] for e in ex.entities}
    rows = ex.facts["offices"]
    return {names[h.person] for h in rows if h.basis == "text" and h.office == office}


# A name after a governor and its genitive title that is the genitive title's holder: one
# the gazetteer knows to hold that office, whatever case the tagger read the name in, or
# one a word of which reads only as a genitive singular. The governor is not named.
GENITIVE_NAMES = [
    ("Советник президента Египта Абдель Фаттаха ас-Сиси прибыл в Анкару.",
     "ас-Сиси", "президент", "советник президента"),
    ("Помощник премьер-министра Японии Сигэру Исибы сообщил, что Токио и Ханой подпишут "
     "соглашение.", "Исиба", "премьер-министр", "помощник премьер-министра"),
    ("Советник президента Индонезии Прабово Субианто прибыл в Ханой.",
     "Субианто", "президент", "советник президента"),
    ("Пресс-секретарь министра иностранных дел Бразилии Мауро Виейры сообщил о визите в "
     "Буэнос-Айрес.", "", "", "пресс-секретарь министра иностранных дел"),
    ("Советник премьер-министра Таиланда Сретты Тхависина прибыл в Ханой.",
     "", "", "советник премьер-министра"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "governor"), GENITIVE_NAMES)
def test_genitive_name_holds_the_genitive_title(
    run, text: str, name: str, office: str, governor: str
) -> None:
    ex = run(text)
    assert not holders(ex, governor)
    if name:
        assert name in holders(ex, office)


# A short form as another title's complement is the office spelled out, as it is before a
# name (kg/resolve/short_offices.tsv): one office whichever form the text used.
SHORT_COMPLEMENTS = [
    ("Заместитель генсека АСЕАН Чан Дык Бинь прибыл в Джакарту.",
     "Чан Дык Бинь", "заместитель генерального секретаря", "org/asean"),
    ("Пресс-секретарь генсека ООН Стефан Дюжаррик заявил, что Нью-Дели и Исламабад должны "
     "проявить сдержанность.", "Стефан Дюжаррик", "пресс-секретарь генерального секретаря",
     "org/un"),
    ("Советник главы МИД Египта Ахмед Саид встретился с послом Турции.",
     "Ахмед Саид", "советник министра иностранных дел", "state/EGY"),
    ("Помощник главы минфина Бразилии Педро Алвес прибыл в Буэнос-Айрес.",
     "Педро Алвес", "помощник министра финансов", "state/BRA"),
    ("Пресс-секретарь замглавы МИД Египта Ахмед Саид заявил журналистам, что Каир ждет "
     "ответа Анкары.", "Ахмед Саид", "пресс-секретарь заместителя министра иностранных дел",
     "state/EGY"),
    ("Советник постпреда Индии при ООН Раджеш Кумар выступил на заседании.",
     "Раджеш Кумар", "советник постоянного представителя", "state/IND"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "state"), SHORT_COMPLEMENTS)
def test_short_complement_spelled_out(run, text: str, name: str, office: str, state: str) -> None:
    assert held(run(text), name) == {(office, state, "2025-03-10")}
