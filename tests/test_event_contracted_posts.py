"""A post named by a deputy's contracted title ("от должности замсекретаря Совета безопасности
Эстонии", "замглавы МИД Канады") is a post: a dismissal from it, undated, is not the dated
dismissal of the same person from another post a later sentence recounts; the same post told
twice, once dated and once by its short names ("замминистра обороны", "Совбеза"), stays one
event. Sentences of our own about Estonia, Egypt, Canada, Chile (pass forty-fourth, branch
h-events112)."""

from __future__ import annotations

from kg.extract.events import Event


def _resignations(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Resignation"]


def test_an_undated_dismissal_from_another_post_stays_apart(events) -> None:
    text = (
        "Президент Эстонии Алар Карис освободил Тоомаса Кясса от должности замсекретаря Совета "
        "безопасности Эстонии. Т.Кясс родился в 1960 году в Тарту. 5 мая 2015 г. освобождён от "
        "должности командующего сухопутными войсками и назначен заместителем секретаря Совета "
        "безопасности Эстонии."
    )
    now, then = _resignations(events(text))
    assert "замсекретаря" in now.label and now.date == ""
    assert "person/alar-karis" in now.participants
    assert then.date == "2015-05-05" and "командующего" in then.label
    assert "person/alar-karis" not in then.participants  # who dismisses now did not then


def test_a_contracted_title_of_a_ministry_is_a_post(events) -> None:
    text = (
        "Премьер-министр Канады Джастин Трюдо освободил Марка Гарно от должности замглавы МИД "
        "Канады. В 2019 году Гарно ушёл в отставку с поста министра транспорта Канады."
    )
    now, then = _resignations(events(text))
    assert now.date == "" and "замглавы" in now.label
    assert then.date == "2019" and "person/justin-trudeau" not in then.participants


def test_one_post_told_twice_once_dated_stays_one(events) -> None:
    text = (
        "Президент Египта Абдель Фаттах ас-Сиси освободил Ахмеда Фаруха от должности замминистра "
        "обороны Египта. Ахмед Фарух был освобождён от должности замминистра обороны 3 июня 2019 "
        "года."
    )
    (one,) = _resignations(events(text))
    assert one.date == "2019-06-03"


def test_a_headline_by_short_names_is_the_dismissal_it_heads(events) -> None:
    text = (
        "Президент Чили снял с должности замсекретаря Совбеза Х.Переса\n\n"
        "Президент Чили Габриэль Борич освободил Хорхе Переса от должности заместителя "
        "секретаря Совета безопасности Чили."
    )
    (one,) = _resignations(events(text))
    assert "Переса" not in one.label.split("с поста")[-1]  # the name ends the post
