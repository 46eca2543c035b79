"""Claims (h-claims96): "объявила о направлении 2 млрд долларов" is an announced act of sending
money, a target, where "направление" governs a sum (it is a direction too: "в направлении
границы"); a denied announcement ("не объявила о выделении 500 млн евро") is no claim; an act
announced of an earlier month of the document's year ("сообщила о выделении … в феврале" in a
text of March) is past, actual; an outlet or agency cited as the source gives no speaker, nor
does the person named before the figure."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

from kg.extract.claims import extract_claims
from kg.extract.common.dates import ended_before
from kg.model import Document

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status", "states")
_DATE = "2026-03-12"  # a text of March 2026: January and February are past


def _row(metric: str, value: int, unit: str, status: str, states: list, period: str = "") -> tuple:
    return (metric, Decimal(value), unit, "eq", period, status, states)


_SENT = [
    # a sum "направление" governs is money sent, announced: a plan
    ("Правительство Японии объявило о направлении 2 млрд долларов на восстановление Вьетнама.",
     [_row("выделенные средства", 2_000_000_000, "USD", "target",
           ["state/JPN", "state/VNM"])]),
    ("Египет объявил о направлении Иордании 90 млн долларов.",
     [_row("выделенные средства", 90_000_000, "USD", "target", ["state/EGY", "state/JOR"])]),
    ("Египет объявил о направлении кредита в размере 95 млн долларов Иордании.",
     [_row("кредит", 95_000_000, "USD", "target", ["state/EGY", "state/JOR"])]),
    ("Турция объявила о направлении 2 млрд долларов на восстановление Ливии в прошлом году.",
     [_row("выделенные средства", 2_000_000_000, "USD", "actual",
           ["state/LBY", "state/TUR"], "2025")]),
    # must-not: troops sent are no money; a direction governs no sum
    ("Египет объявил о направлении 500 военных в Иорданию.",
     [_row("военные", 500, "военный", "actual", ["state/EGY", "state/JOR"])]),
    ("Колонна Перу двигалась в направлении границы Чили, где Перу построила 12 км стены.",
     [_row("стена", 12, "километр", "actual", ["state/CHL", "state/PER"])]),
    ("По направлению к границе Чили Аргентина проложила 300 км дороги.",
     [_row("дорога", 300, "километр", "actual", ["state/ARG", "state/CHL"])]),
]  # fmt: skip
_DENIED = [
    # an announcement denied: no one says the sum is spent or meant
    ("Германия не объявила о выделении новых 500 млн евро Польше.", []),
    ("Венгрия не заявила о вложении 400 млн евро в порт Сербии.", []),
    ("Египет не сообщал о перечислении Иордании 70 млн долларов.", []),
    # must-not: "не только … но и" denies nothing; an announcement and a sum not given stay
    ("Польша не только объявила о выделении 200 млн евро Литве, но и перечислила их.",
     [_row("выделенные средства", 200_000_000, "EUR", "target",
           ["state/LTU", "state/POL"])]),
    ("Германия объявила о выделении новых 500 млн евро Польше.",
     [_row("выделенные средства", 500_000_000, "EUR", "target",
           ["state/DEU", "state/POL"])]),
    ("Германия не выделила Польше 500 млн евро.",
     [_row("выделенные средства", 500_000_000, "EUR", "target",
           ["state/DEU", "state/POL"])]),
]  # fmt: skip
_EARLIER_MONTH = [
    # an act announced of a month before the document's: past, actual
    ("Япония сообщила о выделении Вьетнаму 200 млн долларов в феврале.",
     [_row("выделенные средства", 200_000_000, "USD", "actual",
           ["state/JPN", "state/VNM"], "2026-02")]),
    ("В январе Турция объявила о направлении 3 млрд долларов Ливии.",
     [_row("выделенные средства", 3_000_000_000, "USD", "actual",
           ["state/LBY", "state/TUR"], "2026-01")]),
    ("Китай сообщил о вложении 400 млн долларов в порт Пакистана в январе.",
     [_row("инвестиции", 400_000_000, "USD", "actual", ["state/CHN", "state/PAK"],
           "2026-01")]),
    # must-not: the document's own month or year may be still to come; a deed stays actual
    ("Чили сообщила о выделении Перу 50 млн долларов в 2026 году.",
     [_row("выделенные средства", 50_000_000, "USD", "target",
           ["state/CHL", "state/PER"], "2026")]),
    ("Япония сообщила о выделении Вьетнаму 200 млн долларов в марте.",
     [_row("выделенные средства", 200_000_000, "USD", "target",
           ["state/JPN", "state/VNM"], "2026-03")]),
    ("В январе Япония выделила Вьетнаму 300 млн долларов.",
     [_row("выделенные средства", 300_000_000, "USD", "actual",
           ["state/JPN", "state/VNM"], "2026-01")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), [*_SENT, *_DENIED, *_EARLIER_MONTH])
def test_announced_sending(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS, _DATE) == rows


_SOURCES = [
    # an outlet or agency cited, before or after the figure: no speaker, though a person is
    # named before it
    ("Премьер-министр Японии Кэндзи Сато прибыл в Ханой. По данным Bloomberg, Япония "
     "выделила Вьетнаму 300 млн долларов.", ""),
    ("Посол Египта Ахмед Саид прибыл в Амман. Товарооборот Египта и Иордании составил 800 млн "
     "долларов. Такие данные приводит агентство Reuters.", ""),
    ("Во время визита президента Сербии Марко Петровича товарооборот Сербии и Венгрии "
     "составил 3 млрд евро, такие данные приводит агентство Reuters.", ""),
    ("По данным Bloomberg, министр финансов Индии Рахул Шарма одобрил выделение Непалу "
     "70 млн долларов.", ""),
    # must-not: a person who says it, or whose figures are cited, is its speaker
    ("По данным агентства Bloomberg, Сербия инвестировала в Венгрию 600 млн евро, заявил "
     "министр Марко Петрович.", "Марко Петрович"),
    ("По данным Рахула Шармы, Индия выделила Непалу 70 млн долларов.", "Рахул Шарма"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), _SOURCES)
def test_cited_outlet_is_no_speaker(analyse, text: str, speaker: str) -> None:
    ctx = analyse(Document(id="t", text=text, date=_DATE))
    [claim] = extract_claims(ctx)
    entity = ctx.entity(claim.speaker) if claim.speaker else None
    name = entity.name if entity is not None else ""
    assert name.endswith(speaker) if speaker else name == ""


@pytest.mark.parametrize(
    ("period", "before"),
    [
        ("2026-01", True),  # a month before the document's
        ("2025", True),  # a year before
        ("2026-03-05", True),  # a day before, in the document's month
        ("2025-11/2026-02", True),  # a range that ended before
        ("2026-03", False),  # the document's own month may be still to come
        ("2026", False),  # and its own year
        ("2025/2026", False),  # a range by its end
        ("", False),
    ],
)
def test_ended_before(period: str, before: bool) -> None:
    assert ended_before(period, _DATE) is before
