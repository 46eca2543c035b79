"""Removals told with a pronoun object whose person the text named paragraphs back, and
the one who came to power in "после прихода к власти X" (forty-fourth pass, h-events113):
a sentence that drops its subject goes on with the subject of the one before it ("X
родился … . В армии командовал дивизией. … министр отстранил его": X), and X "came to
power", no one removed. Sentences of our own about other states."""

from __future__ import annotations

import pytest

_NAMED = (
    "Президент Мексики Андрес Мануэль Лопес Обрадор назначил начальником Генерального штаба "
    "вооруженных сил Мексики генерала Луиса Сандоваля.\n\n"
)
_BORN = (
    "Сандоваль родился 3 января 1960 года в Пуэбле, в 1982 году окончил военное училище. "
    "В мексиканской армии командовал дивизией.\n\n"
)

_CAME_TO_POWER = ("person/enrique-pena-nieto", "person/Q4631")

# text, the label of its one removal (None: no removal): "его" is the subject of the
# sentences before, over one that drops its subject; the one who came to power is not
# removed
REMOVALS = [
    (_NAMED + _BORN + "В 2012 году тогдашний министр обороны Мексики Гильермо Гальван отстранил "
     "его от исполнения обязанностей, обвинив в коррупции.",
     "Отставка Луиса Сандоваля"),
    (_NAMED + _BORN + "В 2012 году, после прихода к власти Энрике Пеньи Ньето, тогдашний министр "
     "обороны Гильермо Гальван отстранил его от исполнения обязанностей, обвинив в коррупции.",
     "Отставка Луиса Сандоваля"),
    ("В 2012 году, после прихода к власти Энрике Пеньи Ньето, тогдашний министр обороны Мексики "
     "Гильермо Гальван отстранил генерала Луиса Сандоваля от исполнения обязанностей.",
     "Отставка Луиса Сандоваля"),
    (_NAMED + "Сандоваль родился 3 января 1960 года в Пуэбле. В мексиканской армии прошёл все "
     "ступени от комвзвода до командира дивизии.\n\nВ 2012 году тогдашний министр обороны "
     "Мексики Гильермо Гальван отстранил его от исполнения обязанностей.",
     "Отставка Луиса Сандоваля"),
    # must stay: a sentence before that names another person is no dropped subject's; one
    # removed "от власти" is removed; one who leaves on his own after X came to power
    (_NAMED + "Сандоваль родился 3 января 1960 года в Пуэбле. В 1982 году встретил в Канаде "
     "генерала Карлоса Рамиреса.\n\nВ 2012 году министр обороны Мексики Гильермо Гальван "
     "отстранил его от исполнения обязанностей.", None),
    ("В 2013 году армия Египта отстранила от власти президента Египта Мухаммеда Мурси.",
     "Отставка Мухаммеда Мурси"),
    ("В 2013 году, после прихода к власти Мухаммеда Мурси, министр обороны Египта Хусейн "
     "Тантави ушёл в отставку.", "Отставка Мохаммеда Хуссейна Тантави"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), REMOVALS)
def test_removed_one_named_before(events, text: str, told: str | None) -> None:
    found = [e for e in events(text, "2024-07-01") if e.kind == "Resignation"]
    assert [e.label for e in found] == ([told] if told else [])
    came = _CAME_TO_POWER if "прихода к власти" in text else ()
    assert not any(k in e.participants for e in found for k in came)


def test_a_plural_dropped_subject_is_anyones(events) -> None:
    """ "В ООН выразили соболезнования": a plural verb with no subject is anyone's, and "его
    смертью" goes back to no one over it."""
    text = (
        "Соболезнования выразил президент Мексики Андрес Мануэль Лопес Обрадор. В ООН "
        "выразили соболезнования в связи с кончиной мексиканского дипломата. «Мы шокированы "
        "его внезапной смертью», — сказал представитель ООН."
    )
    deaths = [e for e in events(text, "2024-07-01") if e.kind == "Death"]
    assert not any("Обрадор" in e.label for e in deaths)
