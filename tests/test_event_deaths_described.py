"""Deaths of a person the sentence names only by a noun of what they were; appointments told
by a pronoun, a replacement or a hand-over of duties; releases from prison (forty-fifth pass,
h-events115; sentences of our own about other states than the reviewed texts'):
- a death whose subject is the noun the text named the person by before ("в память о великом
  футболисте — X. Легендарный футболист ушёл из жизни"), whose subject's name follows a dash
  ("скончался предыдущий глава государства — X"), or told by a participle before its noun
  on a finite verb's object ("сменил скончавшегося 13 октября экс-президента Латвии X");
- one person's death told twice, dated once, is one death;
- an appointment to the post "на неё" points back to, to the post of one the appointee
  replaces ("Его заменит Y", "вместо него … возглавит Y") after that one left, or to the
  posts one hands over ("передал полномочия президента Y"); not a stand-in ("заболел. На
  переговорах его заменит Y");
- a release: "вышла из тюрьмы", "вышла на свободу" (not "вышел на пенсию", "вышел из
  партии", nor a visitor walking out of the prison)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.kind == kind]


DEATHS = [
    ("В Чили объявлен трёхдневный траур в память о великом футболисте — Карлосе Кассели. "
     "Легендарный футболист ушёл из жизни в ночь с 4 на 5 января 2014 года в возрасте 72 лет.",
     "person/karlos-kasseli"),
    ("Бывший вице-президент Египта Ахмед Фаузи занял пост главы государства в июле 2012 года, "
     "после того как скончался предыдущий глава государства — Хосни Салем.",
     "person/khosni-salem"),
    # a no-break space before the dash
    ("Бывший вице-президент Египта Ахмед Фаузи занял пост главы государства в июле 2012 года, "
     "после того как скончался предыдущий глава государства\u00a0— Хосни Салем.",
     "person/khosni-salem"),
    ("В звании старейшего политика региона премьер-министр Эстонии Андрус Ансип сменил "
     "скончавшегося 13 октября 89-летнего экс-президента Латвии Гунтиса Улманиса.",
     "person/guntis-ulmanis"),
    # the date hung on the finite verb, the age on another noun
    ("В звании старейшего политика региона президент Чили сменил скончавшегося 13 октября 2016 "
     "года 89-летнего экс-президента Перу Фернандо Белаунде.", "person/fernando-belaunde"),
    ("В звании самого долгоправящего монарха 78-летняя правительница сменила скончавшегося 13 "
     "октября 2016 года 89-летнего короля Таиланда Пхумипона.", "person/pkhumipon"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), DEATHS)
def test_a_death_of_one_described(events, text: str, person: str) -> None:
    (death,) = _of(events(text, "2024-05-10"), "Death")
    assert death.participants == [person]


NO_DEATHS = [
    # another player, not the one named before
    "В Чили объявлен траур в память о великом футболисте — Карлосе Кассели. Другой футболист "
    "ушёл из жизни в ночь на 5 января.",
    # a noun the text named no one by
    "В Чили объявлен траур в память о великом футболисте — Карлосе Кассели. Легендарный "
    "тренер ушёл из жизни в ночь на 5 января.",
]


@pytest.mark.parametrize("text", NO_DEATHS)
def test_no_death_of_one_not_named(events, text: str) -> None:
    assert not _of(events(text, "2024-05-10"), "Death")


def test_a_death_told_dated_and_undated_is_one(events) -> None:
    text = (
        "Бывшая министр юстиции Мексики Мария Лопес долго болела. Она умерла в Мехико. Когда "
        "она умерла 5 сентября 1997 года, всё её имущество состояло из книг."
    )
    (death,) = _of(events(text, "2024-05-10"), "Death")
    assert death.date == "1997-09-05"


# text, who is appointed, the post's words in the label
APPOINTMENTS = [
    ("Президент Турции Реджеп Эрдоган освободил от должности главы компании Botas Мехмета "
     "Конука и назначил на неё Али Йылмаза.", "person/ali-yylmaz", "главы компании Botas"),
    ("Представитель министерства обороны Египта заявил, что начальник разведывательного "
     "управления генерал Ахмед Фаузи уволен с военной службы, а вместо него разведывательное "
     "управление возглавит генерал-майор Хасан Салем.", "person/khasan-salem",
     "начальника разведывательного управления"),
    ("По причине достижения пенсионного возраста уволен в запас командующий войсками Южного "
     "военного округа Перу генерал-полковник Хуан Перес. Его заменит генерал-лейтенант Марио "
     "Лопес.", "person/mario-lopes", "командующего войсками Южного военного округа Перу"),
    # "неё" the tagger reads as an adverb
    ("19 июня 2019 года президент Египта Абдель Фаттах ас-Сиси освободил от должности главы "
     "компании Egyptair Ахмеда Аделя и назначил на неё Рушди Захера.", "person/rushdi-zakher",
     "главы компании Egyptair"),
    # "вместо него" and the one replaced hung on the verb of heading: not his appointment
    ("Представитель министерства обороны Канады Джон Смит подтвердил, что начальник "
     "разведывательного управления Генштаба вооруженных сил Канады генерал-полковник Роберт "
     "Браун уволен с военной службы, а вместо него разведывательное управление возглавит "
     "генерал-майор Дэвид Грин.", "person/devid-grin",
     "начальника разведывательного управления Генштаба вооруженных сил Канады"),
    # the body led named, "вместо него" and the new head hung on the removal: not the speaker
    ("Представитель Минобороны Перу Хорхе Рамос подтвердил, что начальник ГРУ Генштаба "
     "Вооруженных сил Перу генерал-полковник Педро Кастильо уволен с военной службы, а вместо "
     "него Главное разведывательное управление возглавит генерал-майор Луис Гомес.",
     "person/luis-gomes", "главы Главного разведывательного управления"),
    ("Представитель Минобороны Чили Хорхе Рамос подтвердил, что начальник разведки Генштаба "
     "Вооруженных сил Чили генерал-полковник Педро Кастильо уволен с военной службы, а вместо "
     "него Главное разведывательное управление возглавит генерал-майор Луис Гомес.",
     "person/luis-gomes", "главы Главного разведывательного управления"),
    ("Президент Перу Алан Гарсия передал полномочия президента вице-президенту Луису "
     "Хиральдо.", "person/luis-khiraldo", "президента"),
]  # fmt: skip


def test_duties_handed_over_with_posts(events) -> None:
    text = (
        "31 июля 2006 года президент Мексики Висенте Фокс по состоянию здоровья передал "
        "исполнение обязанностей на всех своих ключевых должностях своему заместителю Хорхе "
        "Рамиресу."
    )
    (appointment,) = _of(events(text, "2024-05-10"), "Appointment")
    assert appointment.participants[0] == "person/khorkhe-ramires"


_NOT_HOLDERS = {"person/robert-braun", "person/khorkhe-ramos", "person/pedro-kastilo"}


@pytest.mark.parametrize(("text", "person", "post"), APPOINTMENTS)
def test_an_appointment_told_by_whom_it_replaces(events, text: str, person: str, post: str) -> None:
    (appointment,) = _of(events(text, "2024-05-10"), "Appointment")
    assert person in appointment.participants
    # neither the one replaced nor the speaker who tells it
    assert not _NOT_HOLDERS & set(appointment.participants)
    assert appointment.label.endswith("на пост " + post)


NO_APPOINTMENTS = [
    # a stand-in for one who stays in office
    "Министр обороны Канады Джон Смит заболел. На переговорах его заменит генерал Роберт Браун.",
    # a thing replaced
    "Министр обороны Канады Джон Смит уволен. Новое оборудование заменит старые радары.",
    # "на неё" of no post
    "Президент Мексики осмотрел новую площадь и назначил на неё митинг.",
    # powers of no post, handed to a person or a state
    "Министр иностранных дел Чили передал полномочия по ведению переговоров послу Хорхе Рамиресу.",
    "Президент Египта передал Турции полномочия по охране границы.",
]


@pytest.mark.parametrize("text", NO_APPOINTMENTS)
def test_no_appointment_of_a_stand_in(events, text: str) -> None:
    assert not _of(events(text, "2024-05-10"), "Appointment")


RELEASES = [
    ("Журналистка Ана Рохас вышла утром в среду, 17 мая 2017 года, из тюрьмы в Сантьяго, где "
     "она провела 7 лет.", "person/ana-rokhas"),
    ("Мексиканские власти заявили, что Мария Лопес вышла на свободу.", "person/mariya-lopes"),
    ("Оппозиционер Хорхе Рамирес вышел из колонии в Тумбесе после пяти лет заключения.",
     "person/khorkhe-ramires"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), RELEASES)
def test_a_release_by_walking_out(events, text: str, person: str) -> None:
    (release,) = _of(events(text, "2024-05-10"), "Release")
    assert release.participants == [person]


NO_RELEASES = [
    ("Министр обороны Канады Джон Смит вышел на пенсию.", {"Resignation"}),
    ("Депутат Хорхе Рамирес вышел из партии в знак протеста.", set()),
    ("Президент Чили Мишель Бачелет посетила тюрьму в Сантьяго. Затем Мишель Бачелет вышла из "
     "тюрьмы и направилась в парламент.", set()),
    ("Президент Эстонии вышел на сцену и поздравил сборную Латвии.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), NO_RELEASES)
def test_no_release_out_of_else(events, text: str, kinds: set[str]) -> None:
    found = {e.kind for e in events(text, "2024-05-10")}
    assert "Release" not in found
    assert kinds <= found
