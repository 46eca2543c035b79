"""A title with no name beside it goes to the person who held the post at the document's time
(forty-seventh pass, h-titles47; own sentences about Turkey, Egypt, Cyprus, Greece):

- a capitalised deputy's title ("от должности Заместителя Председателя Правительства") is
  the deputy's post, as the lower-case one is: no mention of the head of government;
- an undated headline's title goes to the person the same title in the body stands for,
  else to the one the text names who held the post at the dates the text gives, never to
  one the gazetteer says held it in another period;
- "новому президенту предстоит", "новый президент будет" stand for no incumbent;
- "президент, вице-президент Турецкой ассоциации X": the bare first title shares the body
  of the second, no head of state."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name

from kg.model import Extraction


@pytest.fixture(scope="module")
def undated(extraction: Callable[[str, str], Extraction]) -> Callable[[str], Extraction]:
    return lambda text: extraction(text, "")


def titled(ex: Extraction) -> list[tuple[str, str]]:
    """Each title mention's text and its person's name, in the order of the text."""
    names = {e.key: e.name for e in ex.entities if e.type == "Person"}
    return [
        (m.text, names[m.entity])
        for m in sorted(ex.mentions, key=lambda m: m.start)
        if m.via == "title" and m.entity in names
    ]


# 1. A capitalised deputy's title is the deputy's post.

DEPUTY = (
    "Арынч подал в отставку\n\n8 мая 2013 года Президент Турции Абдулла Гюль подписал указ, "
    "которым освободил Бюлента Арынча от должности {} Турецкой Республики по собственному "
    "желанию."
)


@pytest.mark.parametrize(
    "post",
    [
        "Заместителя Председателя Правительства",
        "заместителя председателя правительства",  # must not: the lower-case one as it was
        "Заместителя Министра иностранных дел",
    ],
)
def test_capitalised_deputy_names_no_head(undated: Callable[[str], Extraction], post: str) -> None:
    ex = undated(DEPUTY.format(post))
    assert titled(ex) == []
    assert "Абдулла Гюль" not in {n for _, n in titled(ex)}
    held = offices_by_name(ex)
    assert "председатель правительства" not in held.get("Абдулла Гюль", set())
    assert any(o.startswith("заместитель") for o in held.get("Бюлент Арынч", set()))


def test_capitalised_head_still_named(extraction: Callable[[str, str], Extraction]) -> None:
    # must not: the head's own capitalised title, no deputy before it, stands for the head
    text = (
        "Председатель Правительства Турецкой Республики прибыл в Каир. Переговоры "
        "продлились три часа."
    )
    assert titled(extraction(text, "2012-05-12"))[:1] == [
        ("Председатель Правительства Турецкой Республики", "Реджеп Тайип Эрдоган")
    ]


# 2. An undated headline's title: the holder at the text's time.


def test_headline_takes_the_bodys_holder(undated: Callable[[str], Extraction]) -> None:
    text = (
        "Турецкий премьер возглавил рейтинг\n\nПо итогам опроса Реджеп Тайип Эрдоган занял первое "
        "место. В прошлом году турецкий премьер был лишь седьмым. Ахмет Давутоглу оказался на "
        "пятом месте."
    )
    found = titled(undated(text))
    assert ("Турецкий премьер", "Реджеп Тайип Эрдоган") in found
    assert all(name == "Реджеп Тайип Эрдоган" for text, name in found if "премьер" in text)


@pytest.mark.parametrize(
    ("body", "holder"),
    [
        ("По итогам опроса 12 мая 2012 года первое место занял Реджеп Тайип Эрдоган. "
         "Ахмет Давутоглу оказался на пятом месте.", "Реджеп Тайип Эрдоган"),
        ("По итогам опроса 10 марта 2015 года первое место занял Ахмет Давутоглу. "
         "Реджеп Тайип Эрдоган оказался на пятом месте.", "Ахмет Давутоглу"),
        # must not: the one holder the text names takes it
        ("По итогам опроса 12 мая 2012 года первое место занял Реджеп Тайип Эрдоган.",
         "Реджеп Тайип Эрдоган"),
    ],
)  # fmt: skip
def test_headline_holder_at_the_texts_dates(
    undated: Callable[[str], Extraction], body: str, holder: str
) -> None:
    ex = undated(f"Турецкий премьер возглавил рейтинг\n\n{body}")
    assert titled(ex)[:1] == [("Турецкий премьер", holder)]
    other = ({"Реджеп Тайип Эрдоган", "Ахмет Давутоглу"} - {holder}).pop()
    assert "премьер-министр" not in offices_by_name(ex).get(other, set())


def test_one_holder_named_keeps_a_title_of_a_historical_text(
    undated: Callable[[str], Extraction],
) -> None:
    # must not: the text's years are all history (a treaty of 1992), the one holder it names
    # speaks today: the years choose among several holders only
    text = (
        "Реджеп Тайип Эрдоган напомнил о договоре 1992 года с Египтом.\n\n«Договор открыл "
        "новую эру», - убежден президент Турции."
    )
    assert ("президент Турции", "Реджеп Тайип Эрдоган") in titled(undated(text))


# 3. "новый президент" with what is to come: no incumbent.

NEW = (
    "В Египте начались выборы президента\n\nНынешний президент Египта Абдель Фаттах ас-Сиси "
    "отказался от участия в выборах. {}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "По сути, новому президенту предстоит выводить экономику страны из кризиса.",
        "Новый президент будет решать проблему внешнего долга.",
    ],
)
def test_new_president_ahead_no_incumbent(run: Callable[[str], Extraction], sentence: str) -> None:
    found = titled(run(NEW.format(sentence)))
    assert not [t for t, _ in found if "резидент" in t and t.lower().startswith(("нов", "прези"))]


def test_present_president_still_incumbent(run: Callable[[str], Extraction]) -> None:
    # must not: a plain title after the incumbent is named stands for him
    found = titled(run(NEW.format("Президент Египта заявил, что выборы пройдут честно.")))
    assert ("Президент Египта", "Абдель Фаттах ас-Сиси") in found


# 4. "президент, вице-президент ассоциации X": the body is shared.


def test_coordinated_titles_share_the_body(run: Callable[[str], Extraction]) -> None:
    text = (
        "Президент Кипра встретился с генетиками. Ставрос Малас родился в 1967 году. "
        "В 2005 году — президент, вице-президент Кипрской ассоциации генетиков."
    )
    ex = run(text)
    assert [t for t, _ in titled(ex) if t == "президент"] == []
    held = offices_by_name(ex, with_state=True).get("Ставрос Малас", set())
    assert "президент " not in held  # no bare post: it keeps the association
    assert any(o.startswith("президент org/") for o in held)


def test_coordinated_state_titles_keep_their_reading(run: Callable[[str], Extraction]) -> None:
    # must not: a title of a state after the bare one gives it no body: it stands for the
    # president named before, as it did
    text = (
        "Президент Кипра Никос Христодулидис прибыл в Афины. Президент, премьер-министр и "
        "министры Греции провели с ним переговоры."
    )
    assert ("Президент", "Никос Христодулидис") in titled(run(text))
