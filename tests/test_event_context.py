"""Participants and places an event takes from its context: talks or a meeting told as
lying ahead in a begun visit's next days take its visitor and city, unless the text sets
them elsewhere ("Затем в Орхусе …"); "саммит двух стран" is the pair of a short report;
the speaker of a transcript's "я провёл переговоры" meets a person, not a moderator's
colleagues; a capital natasha tags as a person is still the city visited. Sentences of
our own about other pairs of states than the corpus's, with cases that must not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import one_of_kind

from kg.extract.events import Event

DAY = "2026-03-12"  # a Thursday

Read = Callable[..., list[Event]]


AHEAD = [
    (
        "Президент Эстонии Алар Карис прибыл вчера в Вильнюс с официальным визитом. Сегодня "
        "пройдут его переговоры с президентом Литвы Гитанасом Науседой.",
        "Вильнюс",
        "2026-03-12",
    ),
    (
        "Премьер-министр Хорватии Андрей Пленкович прибыл в Любляну. Переговоры с "
        "премьер-министром Словении Робертом Голобом пройдут в пятницу.",
        "Любляна",
        "2026-03-13",
    ),
    (
        "Президент Ганы Джон Махама прибыл в Ломе. Его встреча с президентом Того Фором "
        "Гнассингбе состоится в субботу.",
        "Ломе",
        "2026-03-14",
    ),
    (
        "Президент Чили Габриэль Борич прибыл в Лиму с государственным визитом. Переговоры с "
        "президентом Перу пройдут завтра.",
        "Лима",
        "2026-03-13",
    ),
]


@pytest.mark.parametrize(("text", "place", "day"), AHEAD)
def test_talks_in_a_begun_visits_next_days_take_its_visitor_and_city(
    events: Read, text: str, place: str, day: str
) -> None:
    read = events(text, DAY)
    visit = one_of_kind(read, "Visit", "OfficialVisit", "StateVisit")
    talks = one_of_kind(read, "Talks", "Meeting")
    assert visit.visitor in talks.participants
    assert (talks.status, talks.date, talks.location) == ("planned", day, place)


ELSEWHERE = [
    (  # another city of the same visit
        "Президент Эстонии Алар Карис прибыл в Вильнюс. Затем в Каунасе он встретится с "
        "президентом Литвы Гитанасом Науседой.",
        "Каунас",
        True,
    ),
    (  # "Орхусе" the tagger reads accusative after "Затем": the form is only locative
        "Премьер-министр Норвегии Йонас Гар Стёре прибыл в Копенгаген. Затем в Орхусе он "
        "встретится с премьер-министром Дании Метте Фредериксен.",
        "Орхус",
        True,
    ),
    (  # a later trip's talks: neither its visitor nor its city
        "Премьер-министр Хорватии Андрей Пленкович прибыл в Любляну. Переговоры с "
        "премьер-министром Словении Робертом Голобом пройдут в мае.",
        "",
        False,
    ),
]


@pytest.mark.parametrize(("text", "place", "framed"), ELSEWHERE)
def test_talks_the_text_sets_elsewhere_keep_their_own_place(
    events: Read, text: str, place: str, framed: bool
) -> None:
    read = events(text, DAY)
    visit = one_of_kind(read, "Visit")
    talks = one_of_kind(read, "Talks", "Meeting")
    assert talks.location == place
    assert (visit.visitor in talks.participants) is framed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Лидеры Ганы и Того встретились в Аккре. Саммит двух стран может пройти в ноябре.",
            ["state/GHA", "state/TGO"],
        ),
        (
            "Президенты Чили и Перу провели переговоры в Арике. Следующий саммит двух стран "
            "пройдёт в Лиме в 2027 году.",
            ["state/CHL", "state/PER"],
        ),
        (  # three states: which two is not said
            "Лидеры Ганы, Того и Бенина встретились в Аккре. Саммит двух стран может пройти в "
            "ноябре.",
            [],
        ),
    ],
)
def test_a_summit_of_both_in_a_short_report_is_its_two_states(
    events: Read, text: str, pair: list[str]
) -> None:
    summit = one_of_kind(events(text, DAY), "Summit")
    assert [p for p in summit.participants if p.startswith("state/")] == pair


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Заявления для прессы\nТАЛЛИН, 12 марта 2026.\nА.Карис: Сегодня я провёл "
            "переговоры с Президентом Литвы Гитанасом Науседой. Мы обсудили оборону.\n"
            "Г.Науседа: Спасибо за приём.",
            True,
        ),
        (  # a moderator's colleagues are no side of talks between states
            "Пресс-конференция\nТАЛЛИН, 12 марта 2026.\nЯ.Тамм (модератор): Я провела "
            "переговоры с коллегами из Литвы, вопросы задаются по очереди.\nА.Карис: "
            "Спасибо, начнём.",
            False,
        ),
    ],
)
def test_the_speaker_of_talks_in_the_first_person_meets_a_person(
    events: Read, text: str, speaker: bool
) -> None:
    talks = [e for e in events(text, DAY) if e.kind == "Talks"]
    speakers = {"person/karis", "person/tamm"}
    assert any(speakers & set(e.participants) for e in talks) is speaker


@pytest.mark.parametrize(
    "text",
    [
        "Президент Гамбии Адама Бэрроу вчера посетил Нуакшот.",
        "Президент Гамбии Адама Бэрроу вчера посетил Нуакшот. Он провел переговоры с "
        "президентом Мавритании Мохамедом ульд Газуани.",
    ],
)
def test_a_capital_tagged_as_a_person_is_the_city_visited(events: Read, text: str) -> None:
    visit = one_of_kind(events(text, DAY), "Visit")
    assert (visit.location, visit.host, visit.date) == ("Нуакшот", "state/MRT", "2026-03-11")
