"""A discussion told as one more ("Лидеры также обсудили …", "Стороны также обсудили …")
paragraphs after a telephone call of the same persons or sides is what else they discussed
in the call, not talks of their own; the meeting they agreed on keeps its place. Own
sentences about Kenya–Tanzania, Spain–Portugal (seventy-first pass, h-events270)."""

from __future__ import annotations

import pytest

# (text, the kinds of events read with their status and place, sorted)
ALSO_DISCUSSED = [
    ("Президент Кении Уильям Руто во вторник провёл телефонный разговор с президентом "
     "Танзании Самией Сулуху Хасан. Руто выразил соболезнования в связи с гибелью людей при "
     "наводнении.\n\nПо данным властей, жертвами стихии стали 40 человек, ещё 12 числятся "
     "пропавшими без вести.\n\nЛидеры также обсудили строительство железной дороги и "
     "договорились встретиться на полях саммита Африканского союза в Аддис-Абебе.",
     [("Meeting", "planned", "Аддис-Абеба"), ("PhoneCall", "occurred", ""),
      ("Summit", "planned", "Аддис-Абеба")]),
    ("Премьер-министр Испании Педро Санчес в среду провёл телефонный разговор с "
     "премьер-министром Португалии Луисом Монтенегру. Санчес поблагодарил португальскую "
     "сторону за помощь в тушении лесных пожаров.\n\n«Португалия всегда рядом с Испанией», "
     "— написал Санчес в соцсети X.\n\nСтороны также обсудили подготовку к "
     "межправительственному саммиту и договорились провести встречу в Лиссабоне.",
     [("Meeting", "planned", "Лиссабон"), ("PhoneCall", "occurred", ""),
      ("Publication", "occurred", ""), ("Summit", "planned", "")]),
    # must not: a discussion of other persons is talks of their own
    ("Президент Кении Уильям Руто во вторник провёл телефонный разговор с президентом "
     "Танзании Самией Сулуху Хасан. Руто выразил соболезнования в связи с гибелью людей при "
     "наводнении.\n\nПо данным властей, жертвами стихии стали 40 человек.\n\nМинистры "
     "иностранных дел Кении и Уганды Мусалия Мудавади и Джедже Одонго также обсудили "
     "строительство железной дороги.",
     [("PhoneCall", "occurred", ""), ("Talks", "occurred", "")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), ALSO_DISCUSSED)
def test_discussed_also_in_the_call(events, text: str, kinds) -> None:
    read = events(text, "2025-06-05")
    assert sorted((e.kind, e.status, e.location) for e in read) == kinds
