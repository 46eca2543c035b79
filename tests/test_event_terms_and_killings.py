"""A label's post ends before the term of office ("главой МВФ на пятилетний срок"); a name
hung by the parse on a post told first ("Председателем … банка Кайдо Тамм назначен") is
declined as the subject's; one post by its short and its full name ("ЦБ", "центральный
банк"; "МИД", "Минобороны") is one appointment; talks a future copula judges ("будут
трудными") lie ahead; "убийство X произошло" and "X был застрелен" are deaths. Sentences of
our own about Chile–Peru, Estonia–Latvia, Canada–Mexico (pass forty-two, branch h-events105)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event
from kg.model import Document
from kg.resolve.gender import told_gender


def _kind(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Хуан Перес станет главой МВФ на пятилетний срок.",
        "Хуан Перес назначен на пост главы МВФ на пятилетний срок.",
        "Хуан Перес стал главой МВФ на второй срок.",
    ],
)
def test_a_label_ends_at_the_post_not_its_term(events, text) -> None:
    (appointment,) = _kind(events(text), "Appointment")
    assert appointment.label == "Назначение Хуана Переса на пост главы МВФ"


def test_a_label_ends_at_the_post_not_the_proposal(events) -> None:
    for text in (
        "Хуан Перес назначен главой МВФ по предложению Чили.",
        "Хуан Перес назначен главой МВФ по представлению президента Чили.",
    ):
        (appointment,) = _kind(events(text), "Appointment")
        assert appointment.label == "Назначение Хуана Переса на пост главы МВФ"


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        # must-not: a post's own "по" and a term told of by a gathering's name stay
        ("Хуан Перес назначен министром Перу по делам женщин на пятилетний срок.",
         "Appointment", "Назначение Хуана Переса на пост министра Перу по делам женщин"),
        ("В Лиме прошёл саммит по продлению срока действия соглашения между Чили и Перу.",
         "Summit", "Саммит по продлению срока действия соглашения между Чили и Перу"),
    ],
)  # fmt: skip
def test_a_posts_own_words_and_a_named_term_stay(events, text, kind, label) -> None:
    (event,) = _kind(events(text), kind)
    assert event.label == label


def test_a_name_after_a_post_told_first_is_declined(events) -> None:
    text = (
        "В среду Кайдо Тамм был назначен главой ЦБ Эстонии. Председателем центрального банка "
        "Эстонии Кайдо Тамм назначен впервые."
    )
    (appointment,) = _kind(events(text), "Appointment")
    assert appointment.label.startswith("Назначение Кайдо Тамма ")


@pytest.mark.parametrize(
    "text",
    [
        "Президент Чили встретился с министром иностранных дел Перу Метте Гонсалес.",
        "Главой центрального банка Перу Метте Гонсалес назначена впервые.",
    ],
)
def test_a_womans_name_under_an_oblique_title_stays_hers(analyse, text) -> None:
    ctx = analyse(Document(id="t", text=text))
    (key,) = [k for k, e in ctx.entities.items() if e.type == "Person"]
    assert told_gender(ctx.doc, ctx.mentions, key, ctx.entities[key].name) == "femn"


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("главой ЦБ Эстонии", "председателем центрального банка Эстонии"),
        ("главой МИД Эстонии", "главой министерства иностранных дел Эстонии"),
        ("главой Минобороны Латвии", "главой министерства обороны Латвии"),
    ],
)
def test_one_post_by_its_short_and_full_name_is_one_appointment(events, short, full) -> None:
    text = (
        f"В марте 2019 года Кайдо Тамм был назначен {short}. Кайдо Тамм, назначенный в "
        f"марте 2019 года {full}, прибыл в Ригу."
    )
    assert len(_kind(events(text), "Appointment")) == 1


def test_other_posts_stay_apart(events) -> None:
    text = (
        "В марте 2019 года Кайдо Тамм был назначен главой ЦБ Эстонии. В марте 2019 года "
        "Кайдо Тамм был назначен главой министерства обороны Эстонии."
    )
    assert len(_kind(events(text), "Appointment")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "«Переговоры с Мексикой будут трудными», — сказал премьер-министр Канады Джастин Трюдо.",
        "Переговоры Канады и Мексики будут трудными.",
        "Переговоры Канады и Мексики станут непростыми.",
    ],
)
def test_talks_a_future_copula_judges_lie_ahead(events, text) -> None:
    (talks,) = _kind(events(text), "Talks")
    assert talks.status == "planned"


def test_talks_a_past_copula_judges_were_held(events) -> None:
    (talks,) = _kind(events("Переговоры Канады и Мексики были трудными."), "Talks")
    assert talks.status == "occurred"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Убийство Хуана Переса произошло в Сантьяго 5 марта 2019 года.", "2019-03-05"),
        ("Убийство Хуана Переса было совершено в Лиме 5 марта 2019 года.", "2019-03-05"),
        ("Бывший министр Перу Хуан Перес был застрелен в Лиме 5 марта 2019 года.", "2019-03-05"),
        (
            "Убийство бывшего министра Перу Хуана Переса произошло в день, когда президент "
            "Чили прибыл в Лиму.",
            "",
        ),
    ],
)
def test_a_killing_told_is_a_death(events, text, date) -> None:
    (death,) = _kind(events(text), "Death")
    assert death.label == "Смерть Хуана Переса" and death.date == date
    assert death.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "Полиция Перу задержала подозреваемого в убийстве Хуана Переса.",
        "Расследование убийства Хуана Переса продолжается.",
        "Президент Чили осудил убийство Хуана Переса.",
        "Хуан Перес застрелил грабителя в Лиме.",
    ],
)
def test_a_killing_only_named_or_a_nameless_victim_is_no_death(events, text) -> None:
    assert _kind(events(text), "Death") == []
