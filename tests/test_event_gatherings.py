"""Issue 8, events recall: gatherings (a conference, congress, party congress, festival,
a meeting called "совещание", a summit) told as held, and a press release or statement whose
words the text gives ("говорится", "поясняется"). Sentences of our own about other states,
with cases that must not fire: a gathering only described or named as a body, a report or
release only cited, a legislature, a turn off a road."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

from kg.extract.agreements import read_agreements
from kg.extract.events import extract_events
from kg.model import Document

# text, kind, status, place
HELD = [
    ("Участники конференции ООН по климату в Шарм-эш-Шейхе одобрили итоговое заявление.",
     "Forum", "occurred", "Шарм-эш-Шейх"),
    ("Следующий конгресс ФИФА пройдёт 16 марта 2023 года в Кигали.",
     "Forum", "planned", "Кигали"),
    ("Съезд партии «Фидес» открылся в Будапеште в субботу.", "Forum", "occurred", "Будапешт"),
    ("Международный фестиваль театров пройдёт в Тбилиси с 5 по 9 октября.",
     "Forum", "planned", "Тбилиси"),
    ("Премьер-министр Индии Нарендра Моди провёл совещание с членами правительства.",
     "Meeting", "occurred", ""),
    ("Министр иностранных дел Чили участвовал в конференции в Лиме.", "Forum", "occurred",
     "Лима"),
    ("Фото Педро Санчеса во время пресс-конференции на Венецианском кинофестивале в 2019 году.",
     "Forum", "occurred", ""),
    ("Делегаты предстоящего съезда партии «Фидес» не знали, за кого голосовать.", "Forum",
     "planned", ""),
    # a forum opened at a place that is no site, a ceremony after a sentence of no marriage
    ("На площадке Экспоцентра в Лиме открылся форум министров Перу и Чили.", "Forum",
     "occurred", "Лима"),
    ("Министр Перу вступил в брак в мае. Церемония открытия саммита прошла в Лиме.",
     "Ceremony", "occurred", "Лима"),
    # a forum held online: a gathering of no place, no forum of a site
    ("Форум Индии и Бразилии прошёл в интернете.", "Forum", "occurred", ""),
    ("Форум министров Перу и Чили состоялся в интернете 5 мая.", "Forum", "occurred", ""),
    # one who acts for a state takes part in a body's session: a meeting
    ("Министр иностранных дел Перу Хавьер Гонсалес участвовал в заседании правительства.",
     "Meeting", "occurred", ""),
    # what a gathering's participants do tells no plan of it: it was held; an invitation to
    # it does
    ("Участники саммита Африканского союза в Аддис-Абебе в феврале 2023 года пригласили "
     "Марокко в комиссию.", "Summit", "occurred", "Аддис-Абеба"),
    ("Египет пригласил Судан на саммит Африканского союза в Аддис-Абебе.", "Summit",
     "planned", "Аддис-Абеба"),
    # a post in one's blog, its author a pronoun for the one named before
    ("Премьер-министр Норвегии Йонас Стёре прибыл в Хельсинки. Он написал в своём блоге, что "
     "переговоры прошли успешно.", "Publication", "occurred", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status", "place"), HELD)
def test_gathering_held(events, text, kind, status, place) -> None:
    (event,) = of_kind(events(text), kind)
    assert (event.status, event.location) == (status, place)


# a gathering's name is its own phrase, not when it falls ("предстоящий", "следующий")
NAMES = [
    ("Делегаты предстоящего съезда партии «Фидес» не знали, за кого голосовать.",
     "Съезд партии «Фидес»"),
    ("Следующий конгресс ФИФА пройдёт 16 марта 2023 года в Кигали.", "Конгресс ФИФА"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), NAMES)
def test_gathering_name(events, text, label) -> None:
    (event,) = of_kind(events(text), "Forum")
    assert event.label == label


SILENT = [
    ("Фестиваль призван привлечь внимание к кино Ирана.", "Forum"),  # described
    ("Каннский фестиваль — международный кинематографический смотр.", "Forum"),
    ("Он был делегатом XII съезда партии «Фидес».", "Forum"),  # a role, no gathering told
    ("Конгресс США одобрил помощь Израилю.", "Forum"),  # a legislature
    ("Сенатор выступил в Конгрессе с речью о Тайване.", "Forum"),
    ("Водитель совершил съезд с дороги под Варшавой.", "Forum"),  # a turn off a road
    ("На официальном сайте мэрии Лимы открылся форум под названием «Сто лет Перу».", "Forum"),
    ("Совещательный орган при президенте Чили собрался в Сантьяго.", "Meeting"),
    ("По данным доклада ООН, число беженцев из Судана выросло.", "Publication"),
    ("По данным пресс-релиза, в учениях участвовали военные Чили и Перу.", "Publication"),
    # the one the words tell of is no author, and no other is named
    ("Луис Арсе уже провёл в Брюсселе три дня, говорится в пресс-релизе.", "Publication"),
    ("Министр иностранных дел Чили Педро Гомес ведёт блог о кулинарии.", "Publication"),
    # a session or a meeting where no one acts for a state or a body: a private appointment
    ("Участница группы Анна Смирнова запретила адвокатам участвовать в заседании.", "Meeting"),
    ("Когда мне было плохо, я встречался с Аркадием Петровым.", "Meeting"),
    # people who practise a trade (an actress, a lawyer, a blogger) act for no state: their
    # meetings and trips are private, whatever states the document is about
    ("Через месяц после первой встречи актриса Анна Смирнова сопровождала режиссёра Олега "
     "Маркова на премьере в Каннах.", "Meeting"),
    ("В мае видеоблогер Луис Гомес женился на Марии Котовой, с которой встречался пять лет.",
     "Meeting"),
    ("Режиссёр Олег Марков прилетел в Бразилию на съёмки фильма.", "Visit"),
    ("Несколько дней назад радиоведущий Олег Марков вылетел в Бразилию.", "Visit"),
    ("Клавишник группы «Кондор» Олег Марков основал её после случайной встречи с Луисом "
     "Гомесом в Куско.", "Meeting"),
    ("Олигарх Олег Марков обсуждал по телефону с женой Марией Котовой переезд в Чили.",
     "PhoneCall"),
    ("Пианист Луис Гомес прибыл в Перу на гастроли.", "Visit"),
    ("Певица Мария Котова прибыла в Аргентину на гастроли.", "Visit"),
    ("Журналистка Мария Котова прибыла в Чили по приглашению президента, чтобы взять у него "
     "интервью.", "Visit"),
    # a wedding's ceremony, by its own words or a marriage told in or before its sentence
    ("Три года назад было объявлено о браке певицы с бизнесменом Олегом Марковым, но "
     "церемонию отменили.", "Ceremony"),
    ("Актриса вышла замуж за музыканта Олега Маркова в мае 2015 года. Торжественная "
     "церемония состоялась в особняке актрисы в Майами.", "Ceremony"),
    ("Свадебная церемония певицы Марии Котовой прошла в Риме.", "Ceremony"),
    # an event noun in the quoted title of a work
    ("Президент Перу посмотрел фильм «Встреча с президентом Чили» в кинотеатре Лимы.",
     "Meeting"),
    ("Министр иностранных дел Чили представил книгу «Визит в Перу» в Сантьяго.", "Visit"),
    ("Президент Чили прочитал книгу «Переговоры с Перу» на отдыхе в Вальпараисо.", "Talks"),
    ("Олег Марков женился на Марии Котовой в июне. Церемония прошла в соборе Лимы.",
     "Ceremony"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), SILENT)
def test_no_gathering(events, text, kind) -> None:
    assert not of_kind(events(text), kind)


# must not change: one who acts for a state meets, calls or travels with one of a trade
WITH_A_TRADE = [
    ("Президент Перу Дина Болуарте встретилась с олигархом Олегом Марковым в Лиме.", "Meeting"),
    ("Министр культуры Чили Кароля Вальехо прибыла в Перу вместе с пианистом Луисом Гомесом.",
     "Visit"),
    ("Министр культуры Чили поговорила по телефону с дирижёром Луисом Гомесом.", "PhoneCall"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), WITH_A_TRADE)
def test_one_who_acts_for_a_state_meets_one_of_a_trade(events, text, kind) -> None:
    assert of_kind(events(text), kind)


# a press release or statement whose words the text gives, or that a state put out, is its
# publication
RELEASES = [
    ("«Переговоры будут продолжены», — говорится в пресс-релизе МИД Перу.", ["state/PER"]),
    # a defence ministry speaks for itself, with its state (h-misc41)
    ("Министерство обороны Чили распространило пресс-релиз о визите делегации Бразилии.",
     ["org/ministerstvo-oborony-chili", "state/CHL"]),
    # who the words tell of is not who says them
    ("Президент Кении Уильям Руто прибыл в Аддис-Абебу, говорится в заявлении МИД Кении.",
     ["state/KEN"]),
    # a statement whose words "поясняется" gives, as "говорится"
    ("В официальном заявлении МИД Перу поясняется, что эта мера связана с выборами.",
     ["state/PER"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "participants"), RELEASES)
def test_release_or_statement(events, text, participants) -> None:
    (event,) = of_kind(events(text), "Publication")
    assert event.participants == participants and event.status == "occurred"


def test_gatherings_of_one_year_stay_apart(analyse) -> None:
    """Gatherings of no side told in one year in two documents are two, told apart by
    their names: the same year alone does not make a festival a conference."""
    keys = []
    for doc, text in [
        ("a", "Фестиваль театров «Золотая маска» прошёл в Тбилиси в 2019 году."),
        ("b", "Конференция «Цифровой шёлковый путь» прошла в 2019 году."),
    ]:
        ctx = analyse(Document(id=doc, text=text))
        keys += [e.key for e in extract_events(ctx, read_agreements(ctx)) if e.kind == "Forum"]
    assert len(set(keys)) == 2


# who speaks at a ceremony takes part; one told not to act at it is named in no part, so
# the ceremony he is told absent from is the one the text told before
CEREMONY_SPEAKERS = [
    ("Министр иностранных дел Перу Хавьер Гонсалес выступил на церемонии в Лиме.",
     1),
    ("Министр иностранных дел Перу Хавьер Гонсалес на церемонии не выступал.", 0),
    ("Министр иностранных дел Перу Хавьер Гонсалес не пришёл на церемонию в Лиме.", 0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons"), CEREMONY_SPEAKERS)
def test_a_ceremonys_speaker(events, text: str, persons: int) -> None:
    (ceremony,) = of_kind(events(text), "Ceremony")
    assert sum(p.startswith("person/") for p in ceremony.participants) == persons


def test_one_told_absent_from_a_ceremony_tells_no_other(events) -> None:
    text = (
        "Выступая на церемонии в Лиме, президент Перу Дина Болуарте назвала Хавьера Гонсалеса "
        "лучшей кандидатурой. Хавьер Гонсалес на церемонии не выступал."
    )
    assert len(of_kind(events(text), "Ceremony")) == 1


# a gathering's participants noun lists who takes part, after a dash or as the subject of
# "стать"; not a list a verb stands before, nor the object of what they do
ROSTERS = [
    ("Участники встречи в андском формате — Чили, Перу и Боливия — собрались в Лиме.",
     "Meeting",
     {"state/CHL", "state/PER", "state/BOL"}),
    ("Участниками саммита в Аккре стали Гана, Того и Бенин.", "Summit",
     {"state/GHA", "state/TGO", "state/BEN"}),
    ("Участники саммита в Аккре пригласили Бенин — соседа Ганы.", "Summit", set()),
    ("Участники саммита в Аккре — их было двадцать — пригласили Бенин.", "Summit", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "states"), ROSTERS)
def test_a_roster_of_participants(events, text: str, kind: str, states: set[str]) -> None:
    (event,) = of_kind(events(text), kind)
    assert {k for k in event.participants if k.startswith("state/")} == states


# text, kind, the participants the next sentence adds to a gathering by a pronoun for it
# ("в нём", "в его работе" of the gathering that is its sentence's subject)
JOINED_AFTER = [
    ("Саммит Ассоциации государств Юго-Восточной Азии пройдёт 10-11 октября во Вьентьяне. В "
     "нём примут участие лидеры Индонезии, Малайзии и Вьетнама.",
     "Summit", {"state/IDN", "state/MYS", "state/VNM"}),
    ("В Нью-Дели 15 января открылся индийско-французский бизнес-форум. В его работе принял "
     "участие министр экономики Франции Брюно Ле Мэр.",
     "Forum", {"person/bryuno-le-mer", "state/FRA", "state/IND"}),
    ("Саммит АСЕАН открылся в Маниле. В его заседаниях приняли участие лидеры Вьетнама и "
     "Лаоса.", "Summit", {"state/LAO", "state/VNM"}),
    # must not: a pronoun of another gender, another subject, or the next paragraph
    # must not: a "в" on the verb that is no part in the gathering ("в его преддверии")
    ("Саммит ЕС пройдёт в Брюсселе. В его преддверии военные Польши приняли участие в "
     "учениях.", "Summit", set()),
    ("Форум АСЕАН откроется в Маниле. В его честь министры Вьетнама приняли участие в "
     "параде.", "Forum", set()),
    ("В Джакарте открылась выставка к саммиту АСЕАН. В ней приняли участие компании Малайзии.",
     "Summit", set()),
    ("Саммит АСЕАН пройдёт во Вьентьяне.\n\nВ нём примут участие лидеры Индонезии и Малайзии.",
     "Summit", set()),
    # the gathering's own noun again, with no name of its own (events80)
    ("Саммит НАТО пройдёт 24–25 июня в Гааге. По словам генсека альянса, в саммите примет "
     "участие президент США Дональд Трамп.", "Summit", {"person/Q22686", "state/USA"}),
    ("Саммит АСЕАН пройдёт в октябре в Куала-Лумпуре. В саммите примут участие премьер-министры "
     "Японии и Индии.", "Summit", {"state/IND", "state/JPN"}),
    # must not: another gathering's noun, or the noun with a name of its own
    ("Саммит ЕС пройдёт в июне в Брюсселе. В саммите G7 примет участие президент США Дональд "
     "Трамп.", "Summit", set()),
    ("Саммит ЕС пройдёт в июне в Брюсселе. В форуме примет участие президент США Дональд "
     "Трамп.", "Summit", set()),
    # ... nor the noun of another time's gathering (review26)
    ("Саммит НАТО пройдёт в Гааге в конце июня. В прошлогоднем саммите приняли участие лидеры "
     "Швеции и Финляндии.", "Summit", set()),
    ("Саммит АСЕАН пройдёт в октябре в Маниле. В предыдущем саммите приняли участие "
     "премьер-министры Японии и Индии.", "Summit", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "parts"), JOINED_AFTER)
def test_who_takes_part_in_it_next_is_a_participant(events, text: str, kind: str, parts) -> None:
    # the gathering the first sentence tells; another the next one names ("в саммите G7")
    # may have its own participants (events89)
    first = [e for e in of_kind(events(text), kind) if any(s.start == 0 for s in e.evidence)]
    assert {p for e in first for p in e.participants} == parts
