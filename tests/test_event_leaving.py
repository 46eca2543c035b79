"""Changes of office told in more ways: the news present of leaving ("покидает свой пост"),
leaving "по собственному желанию", a paper handed in ("написал заявление об отставке"),
an acting post ("исполняющим обязанности главы МИД назначена"); the participants are the
persons and the states they act for, not the body the office names; a relative clause
dates its own event ("X, который написал заявление об отставке в феврале"); the holder is
named on the body or the post a noun goes to ("до избрания в Сенат X"); who leads a company
leaves it, also by its name ("гендиректор X покинул компанию", "ушёл из Nokia"; not "инженер
X", "ушёл в компанию"); a change listed after a colon under a word of demand is asked for
("Среди требований: «отставка мэра X»"); a monarch abdicates
("отрёкся от престола"). Sentences of our own about other states, with cases that must
and must not fire."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

# text → kind, its participants exactly, status
FIRES = [
    ("Министр финансов Кении Генри Ротич покидает свой пост.", "Resignation",
     {"person/genri-rotich", "state/KEN"}, "occurred"),
    ("Министр обороны Египта Мохамед Заки подаёт в отставку.", "Resignation",
     {"person/mokhamed-zaki", "state/EGY"}, "occurred"),
    ("Министр обороны Египта Мохамед Заки ушёл по собственному желанию.", "Resignation",
     {"person/mokhamed-zaki", "state/EGY"}, "occurred"),
    ("Министр финансов Дании Николай Ваммен написал заявление об отставке.", "Resignation",
     {"person/nikolay-vammen", "state/DNK"}, "occurred"),
    ("Министр обороны Египта Мохамед Заки подал рапорт об отставке.", "Resignation",
     {"person/mokhamed-zaki", "state/EGY"}, "occurred"),
    ("Исполняющим обязанности главы МИД Кении назначена Мария Ваирегу.", "Appointment",
     {"person/mariya-vairegu", "state/KEN"}, "occurred"),
    ("Президент Кении Уильям Руто назначил Мусалию Мудавади главой МИД Кении.", "Appointment",
     {"person/uilyam-ruto", "person/musaliya-mudavadi", "state/KEN"}, "occurred"),
    # the holder the parser hangs on the body or the post the noun goes to
    ("До избрания в Сенат Переса он работал министром.", "Election",
     {"person/peres"}, "occurred"),
    ("После назначения на пост министра обороны Хуана Переса в Перу начались протесты.",
     "Appointment", {"person/khuan-peres", "state/PER"}, "occurred"),
    ("Хуан Перес написал заявление об отставке на имя министра культуры Хосе Гавидии.",
     "Resignation", {"person/khuan-peres"}, "occurred"),
    # who leads a company leaves it: an office no state's
    ("Вице-президент компании Toyota Акио Тоёда покинул корпорацию.", "Resignation",
     {"person/akio-toeda"}, "occurred"),
    ("Генеральный директор Petrobras Мария Граса Фостер покидает компанию.", "Resignation",
     {"person/mariya-grasa-foster"}, "occurred"),
    # a company's post serves no state, though the company's adjective or the text names one
    ("Генеральный директор бразильской компании Embraer Паулу Силва покидает компанию. "
     "Причины отставки Паулу Силвы не называются.", "Resignation", {"person/paulu-silva"},
     "occurred"),
    ("Президент японской компании Toyota Акио Тоёда ушёл в отставку.", "Resignation",
     {"person/akio-toeda"}, "occurred"),
    # a state's body named without its state is no company: the text's state is the post's
    ("Глава МИД Акио Тоёда ушёл в отставку. Япония ищет замену.", "Resignation",
     {"person/akio-toeda", "state/JPN"}, "occurred"),
    # a company left by its name, or by the word after "из", by who leads it
    ("Генеральный директор Nokia Стивен Элоп ушёл из Nokia в 2014 году.", "Resignation",
     {"person/Q983111"}, "occurred"),
    ("Уход генерального директора Nokia Стивена Элопа из Nokia стал неожиданностью.",
     "Resignation", {"person/Q983111"}, "occurred"),
    ("Президент компании Samsung Ли Гон Хи уходит из компании.", "Resignation",
     {"person/li-gon-khi"}, "occurred"),
    # a demand met after the colon does not silence the change told before it
    ("Министр обороны Кении Генри Ротич подал в отставку: требование оппозиции выполнено.",
     "Resignation", {"person/genri-rotich", "state/KEN"}, "occurred"),
    # a monarch abdicates: leaves the throne
    ("Королева Дании Маргрете II отреклась от трона в январе 2024 года.", "Resignation",
     {"person/margrete-ii", "state/DNK"}, "occurred"),
    # a dismissal: one's own ("уволился"), another's ("увольнял"), a noun with its holder
    ("Министр финансов Перу Хуан Перес уволился из министерства.", "Resignation",
     {"person/khuan-peres", "state/PER"}, "occurred"),
    ("Совет директоров увольнял Хуана Переса.", "Resignation", {"person/khuan-peres"},
     "occurred"),
    ("Генпрокурор Чили Хорхе Варгас подал рапорт об увольнении из ведомства.", "Resignation",
     {"person/khorkhe-vargas", "state/CHL"}, "occurred"),
    ("Президент Чили подписал указ об увольнении министра Хорхе Варгаса.", "Resignation",
     {"person/khorkhe-vargas", "state/CHL"}, "occurred"),
    # taking office by its noun opening the sentence, which the tagger reads as a verb
    ("Вступление в должность Хорхе Варгаса состоялось в Сантьяго.", "Appointment",
     {"person/khorkhe-vargas"}, "occurred"),
]  # fmt: skip

# text → the kind it must not tell: a habit, who speaks of a paper, duties kept
SILENT = [
    ("Каждый год министр финансов Кении покидает свой пост.", "Resignation"),
    ("Министры Кении часто уходят в отставку.", "Resignation"),
    ("Пресс-секретарь Мария Захарова опровергла заявление об отставке министра.",
     "Resignation"),
    ("Мария Ваирегу продолжит исполнять обязанности министра иностранных дел Кении.",
     "Appointment"),
    # a body or a post with no one named; other senses of "снять", "избранный"
    ("После назначения на пост министра обороны Перу начались протесты.", "Appointment"),
    ("Избрание в парламент Перу прошло спокойно.", "Election"),
    ("Режиссёр Пабло Ларраин снял фильм о Чили.", "Resignation"),
    ("США сняли санкции с Венесуэлы.", "Resignation"),
    ("Вышли избранные произведения Габриэля Гарсиа Маркеса.", "Election"),
    # staff leave a company, and a company of people is none
    ("Инженер Ким Чен Хо покинул компанию.", "Resignation"),
    ("Писатель Хуан Перес отрёкся от своих взглядов.", "Resignation"),
    ("Президент Бразилии Лула да Силва покинул компанию друзей.", "Resignation"),
    # a change listed after a colon under a word of demand is asked for, not done
    ("Среди требований протестующих: «немедленная отставка премьер-министра Перу Хуана "
     "Переса».", "Resignation"),
    # a company one joins, staff, a state's body or an alliance one leaves
    ("Генеральный директор Nokia Стивен Элоп ушёл в компанию Samsung.", "Resignation"),
    ("Инженер Nokia Стивен Элоп ушёл из Nokia в 2014 году.", "Resignation"),
    ("Генеральный директор Nokia Стивен Элоп ушёл из НАТО.", "Resignation"),
    ("Президент Чили Габриэль Борич ушёл из парламента.", "Resignation"),
    # dismissals of no one named, and care ("уход за больными") is no leaving
    ("Компания Газпром уволила сотрудников.", "Resignation"),
    ("Компания объявила об увольнении тысячи сотрудников.", "Resignation"),
    ("Министру Перу Хуану Пересу грозят последствия вплоть до увольнения.", "Resignation"),
    ("Президент Перу утвердил сроки увольнения в запас военнослужащих.", "Resignation"),
    ("Медсестра Мария Лопес осуществляет уход за больными.", "Resignation"),
    ("Министр Перу Хуан Перес отказался уволиться.", "Resignation"),
]  # fmt: skip

# text → kind and status: a relative clause dates its own event; what one prepares for
# lies ahead
STATUS = [
    ("Новый министр должен будет сменить Генри Ротича, который написал заявление об отставке "
     "в феврале 2024 года.", "Resignation", "occurred"),
    ("Ожидается, что президент Египта посетит Турцию, которая готовится к саммиту.", "Summit",
     "planned"),
]  # fmt: skip


# text → kind, the participants of each change: one change of office per holder, each with
# who dismisses and the state of their own post, none of another holder's
EACH = [
    ("Ранее компанию Petrobras покинули генеральный директор Мария Граса Фостер, а также "
     "вице-президент компании Жозе Карлус Косенза.", "Resignation",
     [{"person/mariya-grasa-foster"}, {"person/zhoze-karlus-kosenza"}]),
    ("Министр обороны Перу Хуан Перес и министр финансов Чили Хорхе Варгас подали в отставку.",
     "Resignation", [{"person/khuan-peres", "state/PER"}, {"person/khorkhe-vargas", "state/CHL"}]),
    ("Министры Кении Генри Ротич и Джеймс Мачария назначены послами.", "Appointment",
     [{"person/genri-rotich", "state/KEN"}, {"person/dzheyms-machariya", "state/KEN"}]),
    # one holder stays one change, with who appoints
    ("Президент Кении Уильям Руто назначил Мусалию Мудавади главой МИД Кении.", "Appointment",
     [{"person/uilyam-ruto", "person/musaliya-mudavadi", "state/KEN"}]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "changes"), EACH)
def test_one_change_of_office_per_holder(events, text, kind, changes) -> None:
    found = [set(e.participants) for e in of_kind(events(text), kind)]
    assert sorted(found, key=sorted) == sorted(changes, key=sorted)


@pytest.mark.parametrize(("text", "kind", "participants", "status"), FIRES)
def test_changes_of_office_told_in_more_ways(events, text, kind, participants, status) -> None:
    (event,) = of_kind(events(text), kind)
    assert set(event.participants) == participants
    assert event.status == status


@pytest.mark.parametrize(("text", "kind"), SILENT)
def test_no_change_of_office(events, text: str, kind: str) -> None:
    assert not of_kind(events(text), kind)


@pytest.mark.parametrize(("text", "kind", "status"), STATUS)
def test_the_clause_dates_its_event(events, text: str, kind: str, status: str) -> None:
    (event,) = of_kind(events(text), kind)
    assert event.status == status


def test_leaving_in_the_news_present_joins_the_leaving_ahead(events) -> None:
    text = (
        "Глава МИД Египта Омар Салех покидает свой пост. "
        "Омар Салех покинет свой пост в следующем месяце."
    )
    (resignation,) = of_kind(events(text), "Resignation")
    assert resignation.status == "planned"


def test_a_rumoured_resignation_then_told_done_is_one(events) -> None:
    text = (
        "В СМИ появлялись слухи о скорой отставке министра энергетики Норвегии Терье "
        "Риис-Йохансона. Министр энергетики Норвегии Терье Риис-Йохансон ушел в отставку."
    )
    (resignation,) = of_kind(events(text), "Resignation")
    assert resignation.status == "occurred"
