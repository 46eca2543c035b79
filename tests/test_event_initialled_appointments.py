"""Appointments told with initialled names and of bodies named by an acronym (forty-eighth
pass, h-events126): "Президент Чили Х.Перес назначил П.Гомеса министром финансов", with or
without a space after the dot, where the parser hangs the title on the initialled appointee
as its apposition, the appointer's initial on the verb as an adverb, the appointee's
surname on the title as its adjective, or the title on a later clause's verb; "главой SEC",
"главой ANH": the post of the body an acronym names, of the state the text or a source gives it.
Must-nots: a name that only reports ("по словам Х.Переса"), an initial that numbers a list's
item, a Latin word that is no acronym, a title after a preposition. And a date an event is
"назначен на" is its planned date, with the year the text or the document gives, none
without. Sentences of our own about Chile–Peru, Colombia, Estonia–Latvia, Egypt–Turkey, the United
States–Estonia."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _appointments(read: list[Event]) -> list[tuple[str, list[str]]]:
    return [(e.label, sorted(e.participants)) for e in read if e.kind == "Appointment"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # the title hung on the initialled appointee as its apposition
        ("Президент Чили Х.Перес назначил П.Гомеса министром финансов.",
         [("Назначение Гомеса на пост министра финансов",
           ["person/gomes", "person/peres", "state/CHL"])]),
        ("Президент Чили Х. Перес назначил П. Гомеса министром финансов.",
         [("Назначение Гомеса на пост министра финансов",
           ["person/gomes", "person/peres", "state/CHL"])]),
        # the appointer natasha leaves untagged without a title (h-names95): still who appoints
        ("К.Михал назначил М.Тсахкну главой комиссии.",
         [("Назначение Тсахкну на пост главы комиссии", ["person/mikhal", "person/tsakhknu"])]),
        # the appointer's initial hung on the verb as an adverb: still who appoints
        ("Б.Обама назначил П.Гомеса главой комиссии.",
         [("Назначение Гомеса на пост главы комиссии",
           ["person/Q76", "person/gomes", "state/USA"])]),
        ("Б.Обама назначил М.Тсахкну послом в Эстонии.",
         [("Назначение Тсахкну на пост посла в Эстонии",
           ["person/Q76", "person/tsakhknu", "state/USA"])]),
        # …or as a second object: who appoints, not another appointee
        ("В Лиме Х. Перес назначил П. Гомеса министром финансов Перу.",
         [("Назначение Гомеса на пост министра финансов Перу",
           ["person/gomes", "person/peres", "state/PER"])]),
        # the appointee's surname the parser hung on the title is no part of the post
        ("Президент Египта А.Сиси назначил М.Мадбули премьер-министром.",
         [("Назначение Мадбули на пост премьер-министра",
           ["person/madbuli", "person/sisi", "state/EGY"])]),
        # the title hung on the verb of a later clause
        ("Президент Перу назначил Х.Переса главой комиссии четыре года назад, когда доверие "
         "инвесторов к государственным рыночным регуляторам было подорвано финансовым "
         "кризисом 2008г.",
         [("Назначение Переса на пост главы комиссии", ["person/peres", "state/PER"])]),
        # a body's acronym in Latin letters: its head's post, of the state the text gives
        ("Президент Колумбии назначил Хуана Переса главой ANH.",
         [("Назначение Хуана Переса на пост главы ANH", ["person/khuan-peres", "state/COL"])]),
        ("Правительство Эстонии назначило Тийта Рийсало главой ERR.",
         [("Назначение Тийта Рийсало на пост главы ERR",
           ["person/tiyt-riysalo", "state/EST"])]),
        ("Р.Эрдоган назначил Х.Фидана главой MIT десять лет назад, когда доверие военных к "
         "разведке было подорвано попыткой переворота.",
         [("Назначение Хакана Фидана на пост главы MIT",
           ["person/hakan-fidan", "person/recep-tayyip-erdogan", "state/TUR"])]),
        # …and where the text names none, the state a source gives the body (the SEC's
        # source name writes "США" inside it: h-orgs57, forty-ninth pass)
        ("Совет директоров назначил Мэри Шапиро главой SEC.",
         [("Назначение Мэри Шапиро на пост главы SEC", ["person/meri-shapiro", "state/USA"])]),
        # must not: a name that reports, a list's initial, no acronym, a title after "с"
        ("По словам Х.Переса, назначение министра финансов Чили состоится в мае.", []),
        ("В. Отставка правительства Перу. Президент назначил новых министров.", []),
        ("Компания назначила Хуана Переса главой iPhone-отдела.", []),
        ("Х.Перес назначил встречу с главой МИД Перу на понедельник.", []),
    ],
)  # fmt: skip
def test_an_appointment_by_initialled_names_and_acronyms(events, text: str, told: list) -> None:
    assert _appointments(events(text, "2025-06-05")) == told


@pytest.mark.parametrize(
    ("text", "date", "told"),
    [
        ("Досрочные выборы в парламент Перу назначены на 5 мая.", "2025-03-01",
         ("Election", "planned", "2025-05-05")),
        ("Досрочные выборы в парламент Перу назначены на 5 мая 2026 года.", "",
         ("Election", "planned", "2026-05-05")),
        # no year in the text nor the document: no date, never a guessed one
        ("Досрочные выборы в парламент Перу назначены на 5 мая.", "",
         ("Election", "planned", "")),
        ("Референдум в Египте назначен на 20 апреля.", "2025-06-05",
         ("Election", "planned", "2026-04-20")),
        ("Переговоры министров иностранных дел Эстонии и Латвии назначены на 12 сентября.",
         "2025-06-05", ("Talks", "planned", "2025-09-12")),
    ],
)  # fmt: skip
def test_a_day_an_event_is_set_for_is_its_planned_date(
    events, text: str, date: str, told: tuple
) -> None:
    assert [(e.kind, e.status, e.date) for e in events(text, date)] == [told]


# Who appoints given as "<title> <state> <initials> <surname>" ("Президент Нигера М. Иссуфу
# назначил Б. Рафини премьер-министром"), and the initialled appointee the tagger reads in
# another case ("П" of "П. Гомеса" a nominative, "С. Джайшанкара" an instrumental): the
# person appoints, the appointee is the object (forty-ninth pass, h-events127). Must-nots: a
# name a title serves ("помощник Педро Санчеса"), a name after "с". Argentina, India,
# Niger, Pakistan.
@pytest.mark.parametrize(
    ("text", "told"),
    [
        # the appointee's initial read as a nominative, after an appointer the tagger misread
        ("Президент Аргентины Х. Милей назначил П. Гомеса главой МИД.",
         [("Назначение Гомеса на пост главы МИД",
           ["person/gomes", "person/javier-milei", "state/ARG"])]),
        ("Президент Аргентины Х. Милей назначил П. Гомеса министром обороны.",
         [("Назначение Гомеса на пост министра обороны",
           ["person/gomes", "person/javier-milei", "state/ARG"])]),
        # …and its surname read as an instrumental
        ("Премьер-министр Индии Н. Моди назначил С. Джайшанкара министром иностранных дел.",
         [("Назначение Субраманьяма Джайшанкара на пост министра иностранных дел",
           ["person/narendra-modi", "person/s-jaishankar", "state/IND"])]),
        # the appointer's name after the title's state, its surname read as a genitive
        ("Президент Нигера М. Иссуфу назначил Б. Рафини премьер-министром.",
         [("Назначение Рафини на пост премьер-министра",
           ["person/issufu", "person/rafini", "state/NER"])]),
        ("Президент Пакистана А. А. Зардари назначил Ш. Шарифа премьер-министром.",
         [("Назначение Шарифа на пост премьер-министра",
           ["person/sharif", "person/zardari", "state/PAK"])]),
        # must not: whom a title serves appoints no one; a title after "с" is no post
        ("Помощник Педро Санчеса назначил Х. Переса главой комиссии.",
         [("Назначение Переса на пост главы комиссии", ["person/peres"])]),
        ("Х. Милей назначил встречу с П. Гомесом на понедельник.", []),
    ],
)  # fmt: skip
def test_an_initialled_appointer_and_appointee(events, text: str, told: list) -> None:
    assert _appointments(events(text, "2025-06-05")) == told
