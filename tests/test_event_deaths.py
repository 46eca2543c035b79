"""Deaths: anyone's death the text tells (a writer's as a president's), the person who died
alone, where the text says; not one that could have been, was narrowly escaped, is rumoured
or denied, nor of someone the text does not name. Sentences of our own about other states."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _deaths(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind == "Death"]


# text, who died, where, date
FIRES = [
    ("Писатель Габриэль Гарсиа Маркес скончался в Мехико.", "person/gabriel-garsia-markes",
     "Мехико", ""),
    ("3 августа 2014 года в Берлине умерла Мария Сантос, мать бывшего министра Бразилии.",
     "person/mariya-santos", "Берлин", "2014-08-03"),
    ("Её супруг и предшественник Нестор Киршнер скончался в 2010 году.", "person/Q170899", "",
     "2010"),
    # the nephew died, not the billionaire whose nephew he was
    ("В Найроби погиб племянник кенийского миллиардера Криса Кирубы 29-летний Джон Кируба.",
     "person/dzhon-kiruba", "Найроби", ""),
    ("Президент Египта выразил соболезнования в связи со смертью певца Карлоса Сантаны.",
     "person/karlos-santana", "", ""),
    # the wife named after her husband and his apposition
    ("На 96-м году жизни умерла жена Хуана Переса, создатель сериала «Лима», Мария Перес.",
     "person/mariya-peres", "", ""),
    # the lawyer named after whose lawyer he was
    ("Адвокат Хуана Переса Луис Гомес найден мёртвым в Лиме.", "person/luis-gomes", "Лима", ""),
    # idioms of dying: leaving life, taking one's own, being found dead
    ("Легендарный футболист Хуан Перес ушёл из жизни в ночь на 5 января 2014 года.",
     "person/khuan-peres", "", "2014-01-05"),
    ("Бывший министр Перу Хуан Перес покончил с собой в Лиме.", "person/khuan-peres", "Лима",
     ""),
    ("Бывший министр Перу Хуан Перес повесился в Лиме.", "person/khuan-peres", "Лима", ""),
    ("Бывшего министра Перу Хуана Переса нашли мёртвым в Лиме.", "person/khuan-peres", "Лима",
     ""),
    ("Бывший министр Перу Хуан Перес был найден мёртвым в Лиме.", "person/khuan-peres", "Лима",
     ""),
    # the subject after its verb, which the parser hangs on it as a clause of its own
    ("Умер Мигель Торрес — автор романа «Долгая зима»", "person/migel-torres", "", ""),
    ("В 2019 году в Сантьяго скончался чилийский и аргентинский кинорежиссёр, продюсер и "
     "художник, автор известного фильма «Дом у моря» Хорхе Варгас.",
     "person/khorkhe-vargas", "Сантьяго", "2019"),
    # an execution is a death: the one executed, by a verb or a noun told as happening
    ("Бывший министр Перу Хуан Перес был казнён в Лиме.", "person/khuan-peres", "Лима", ""),
    ("В 2015 году власти Ирана казнили гражданина Перу Хуана Переса.", "person/khuan-peres",
     "", "2015"),
    ("Казнь гражданина Чили Хорхе Варгаса состоялась в Тегеране.", "person/khorkhe-vargas",
     "Тегеран", ""),
    # the subject after its verb, which the parser hangs on it as a noun's complement
    ("Скончалась Хиллари Джонс", "person/khillari-dzhons", "", ""),
    # a participle before the title of who died, in a phrase of something else
    ("Тело скончавшегося президента Перу Хуана Переса доставили в Лиму.",
     "person/khuan-peres", "", ""),
    ("Похороны скончавшегося накануне министра Чили Хорхе Варгаса прошли в Сантьяго.",
     "person/khorkhe-vargas", "", ""),  # the funeral's place, not the death's
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "place", "date"), FIRES)
def test_a_named_death_is_an_event(events, text, person, place, date) -> None:
    (death,) = _deaths(events(text))
    assert death.participants == [person]
    assert death.location == place and death.date == date and death.status == "occurred"


SILENT = [
    "Премьер Кении заявил, что министр обороны Кении Джон Кируба мог погибнуть при взрыве.",
    "Врачи опасаются, что президент Бразилии Лула да Силва может умереть.",  # may come
    "Посол Вьетнама Нгуен Ван Тхань едва не погиб в аварии.",  # escaped
    "Посол Вьетнама Нгуен Ван Тхань чуть было не умер.",
    "По Каиру поползли слухи о смерти президента Египта Абдель Фаттаха ас-Сиси.",  # a rumour
    "МИД опроверг сообщения о смерти президента Египта Абдель Фаттаха ас-Сиси.",  # denied
    "Президент Бразилии Лула да Силва не умер, сообщил его пресс-секретарь.",
    "В Вене скончалась мать австрийского канцлера Карла Нехаммера.",  # not the chancellor
    "В результате ДТП в Кении погибли 12 человек.",  # no one named
    "Бывший министр Перу Хуан Перес ушёл из политической жизни в 2010 году.",  # a field left
    "Бывший министр Перу Хуан Перес ушёл из жизни партии после скандала.",
    "Правительство Перу Хуана Переса покончило с коррупцией.",
    "Министр Перу Хуан Перес нашёл мёртвую птицу в саду.",  # the finder is alive
    "Умерла певица — новость потрясла Перу.",  # no one named
    # whose lawyer: the lawyer died, and is not named
    "Бывший адвокат Хуана Переса и Луиса Гомеса найден мёртвым в Лиме.",
    # an execution sentenced, feared, asked to be stopped or denied is none
    "Суд Ирана приговорил гражданина Перу Хуана Переса к смертной казни.",
    "Правозащитники опасаются казни гражданина Перу Хуана Переса.",
    "Президент Перу потребовал отменить казнь Хуана Переса.",
    "Гражданина Перу Хуана Переса могут казнить в Иране.",
    "Гражданин Перу Хуан Перес не был казнён.",
    "В Кабуле скончался от ран солдат.",  # no one named
    "Вдова погибшего солдата Мария Лопес получила пенсию.",  # the widow lives
    "Свидетелем выступает дочь погибшей Мария.",  # the daughter lives
]


@pytest.mark.parametrize("text", SILENT)
def test_no_death_told(events, text) -> None:
    assert not _deaths(events(text))


# text, the deaths it tells (person, date): a person dies once whatever days the text
# gives, but two persons' deaths are two
ONCE = [
    ("26 ноября 2016 года умер бывший президент Бразилии Жуан Силва. По словам его сына, "
     "Силва умер в 23:00 25 ноября 2016 года по местному времени.",
     {("person/zhuan-silva", "2016-11-26")}),
    ("Министр Жуан Силва умер 3 мая 2015 года. Его брат Педру Силва умер 5 мая 2015 года.",
     {("person/zhuan-silva", "2015-05-03"), ("person/pedru-silva", "2015-05-05")}),
]  # fmt: skip


# text, the document's date, the date of the one death: a clause ", что …" after the verb
# dates what it tells, not the death (though the parse hangs its date on the verb: the
# decade would make the second mention an earlier death, the news undated); the
# death's own date before such a clause, or one inside the clause with the death, is its own;
# "Он умер …" after it tells the same death again, with its day (events96)
CLAUSED = [
    ("В Бразилии умер создатель «Капитанов песка» Жоржи Амаду\n\nВ Бразилии в возрасте 88 "
     "лет скончался Жоржи Амаду (), известный тем, что в начале 1930-х годов придумал "
     "«Капитаны песка».\nОн умер в четверг, 6 августа 2001 года, в городе Салвадор.", "",
     "2001-08-06"),
    ("Жоржи Амаду скончался 6 августа 2001 года, что стало ударом для всей Бразилии.",
     "", "2001-08-06"),
    ("Агентство сообщило, что 6 августа 2001 года скончался писатель Жоржи Амаду.",
     "", "2001-08-06"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "date"), CLAUSED)
def test_a_clause_after_the_death_dates_its_own_act(events, text, day, date) -> None:
    (death,) = _deaths(events(text, day))
    assert death.date == date


@pytest.mark.parametrize(("text", "told"), ONCE)
def test_one_death_of_one_person(events, text, told) -> None:
    deaths = _deaths(events(text))
    assert len(deaths) == len(told)
    assert {(d.participants[0], d.date) for d in deaths} == told


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Президент Кении Иван Петров прибыл в Осло. Его сын погиб в аварии. Министр Олег "
         "Сидоров скончался 1 мая 2016 года. Он умер в больнице в Бергене.",
         "person/oleg-sidorov"),
        # "она" passes over the man named before it in its own sentence
        ("Писательница Мария Сидорова скончалась 1 мая 2016 года. Её муж Олег Сидоров "
         "сообщил, что она умерла в больнице в Бергене.", "person/mariya-sidorova"),
    ],
)  # fmt: skip
def test_a_death_told_again_by_a_pronoun_gives_its_place(events, text: str, who: str) -> None:
    # must not: "его сын погиб" is no death of the president the pronoun stands for
    (death,) = _deaths(events(text))
    assert death.participants == [who]
    assert (death.location, death.date) == ("Берген", "2016-05-01")
