"""The identity rule across documents (`kg.extract.identity`, `Identity.key`): short
documents of our own, each with its own date, about other pairs of states, and whether the
events of one kind they tell are one node or several. Decided before running kg: the same
visit told by two outlets on consecutive days is one, and so are a visit announced for a
month and the visit held in it; a trip called off is never the visit held days before or
after it, nor is a visit of another month the one planned; a call and talks in person of one
day, two years' forums, two summits of one name in one year, history a present document
recalls and undated talks of one pair of states are two."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.agreements import read_agreements
from kg.extract.context import Context
from kg.extract.events import extract_events
from kg.model import Document

VISITS = frozenset({"Visit", "StateVisit", "OfficialVisit", "WorkingVisit"})
CALLS, TALKS = frozenset({"PhoneCall"}), frozenset({"Talks", "Meeting"})
SUMMITS, FORUMS = frozenset({"Summit"}), frozenset({"Forum"})

ALIEV_IN_TURKEY = "Президент Азербайджана Ильхам Алиев прибыл в Турцию с рабочим визитом."
SISI_IN_TURKEY = "Президент Египта Абдель Фаттах ас-Сиси прибыл в Турцию с визитом."
MACRON_CALLS_SCHOLZ = (
    "Президент Франции Эмманюэль Макрон провёл телефонный разговор с канцлером Германии "
    "Олафом Шольцем."
)
ERDOGAN_CALLS_ALIEV = (
    "Президент Турции Реджеп Тайип Эрдоган провёл телефонный разговор с президентом "
    "Азербайджана Ильхамом Алиевым."
)
FORUM = (
    "В Нью-Дели прошёл индийско-японский бизнес-форум. Премьер-министр Индии Нарендра Моди "
    "выступил на форуме."
)
EU_SUMMIT = "В Брюсселе открылся саммит Евросоюза. Канцлер Германии Олаф Шольц прибыл в Брюссель."
NORDIC_TALKS = (
    "Отношения Норвегии и Швеции остаются дружескими. Ранее Норвегия и Швеция провели "
    "переговоры по вопросам {}."
)
MEETING_IN_NEW_YORK = (
    "В Нью-Йорке президент Турции Реджеп Тайип Эрдоган встретился с президентом Египта "
    "Абдель Фаттахом ас-Сиси."
)

# (why, kinds, documents as (date, text)): their events of those kinds are one node
ONE = [
    (
        "one visit, two outlets on consecutive days",
        VISITS,
        [
            (
                "2024-03-12",
                "Президент Азербайджана Ильхам Алиев прибыл в Турцию с официальным визитом.",
            ),  # fmt: skip
            (
                "2024-03-13",
                "Президент Турции Реджеп Тайип Эрдоган провёл переговоры с президентом "
                "Азербайджана Ильхамом Алиевым, находящимся в Турции с официальным "
                "визитом.",
            ),  # fmt: skip
        ],
    ),
    (
        "one visit, told the next day by the visitor's side",
        VISITS,
        [
            (
                "2024-08-20",
                "Премьер-министр Индии Нарендра Моди прибыл в Японию с официальным визитом.",
            ),  # fmt: skip
            (
                "2024-08-21",
                "Премьер-министр Индии Нарендра Моди, находящийся с официальным "
                "визитом в Японии, провёл переговоры с премьер-министром Японии "
                "Фумио Кисидой.",
            ),  # fmt: skip
        ],
    ),
    (
        "a visit planned for next month, and the visit held in it",
        VISITS,
        [
            (
                "2024-02-10",
                "Президент Египта Абдель Фаттах ас-Сиси посетит Турцию в следующем "
                "месяце, сообщил МИД Египта.",
            ),  # fmt: skip
            ("2024-03-14", SISI_IN_TURKEY),
        ],
    ),
    (
        "a visit planned for its day, and the visit held that day",
        VISITS,
        [
            ("2024-09-01", "Президент Франции Эмманюэль Макрон посетит Германию 5 сентября."),
            ("2024-09-05", "Президент Франции Эмманюэль Макрон прибыл в Германию."),
        ],
    ),
    (
        "a plan for the month, the visit, the next day's report",
        VISITS,
        [
            ("2024-06-20", "Президент Аргентины Хавьер Милей посетит Бразилию в июле."),
            ("2024-07-06", "Президент Аргентины Хавьер Милей прибыл в Бразилию."),
            (
                "2024-07-07",
                "Президент Аргентины Хавьер Милей, находящийся с визитом в Бразилии, "
                "встретился с бизнесменами.",
            ),  # fmt: skip
        ],
    ),
    (
        "a plan, the visit, and 'накануне' the day after",
        VISITS,
        [
            ("2024-05-06", "Президент Франции Эмманюэль Макрон посетит Италию 14 мая."),
            ("2024-05-14", "Президент Франции Эмманюэль Макрон прибыл в Италию."),
            ("2024-05-15", "Накануне президент Франции Эмманюэль Макрон прибыл в Италию."),
        ],
    ),
    (
        "one trip called off, told by two outlets",
        VISITS,
        [
            (
                "2024-05-13",
                "Президент Франции Эмманюэль Макрон отменил визит в Германию, "
                "запланированный на 20 мая.",
            ),  # fmt: skip
            (
                "2024-05-14",
                "Президент Франции Эмманюэль Макрон отменил визит в Германию, "
                "запланированный на 20 мая.",
            ),  # fmt: skip
        ],
    ),
    ("one call, two outlets", CALLS, [("2024-06-12", MACRON_CALLS_SCHOLZ)] * 2),
    (
        "one call, told the next day with its date",
        CALLS,
        [
            (
                "2024-06-20",
                "Премьер-министр Индии Нарендра Моди провёл телефонный разговор с "
                "премьер-министром Японии Фумио Кисидой.",
            ),  # fmt: skip
            (
                "2024-06-21",
                "20 июня премьер-министр Индии Нарендра Моди провёл телефонный "
                "разговор с премьер-министром Японии Фумио Кисидой.",
            ),  # fmt: skip
        ],
    ),
    (
        "one summit, opened and closed",
        SUMMITS,
        [
            ("2024-11-18", "В Рио-де-Жанейро открылся саммит «Большой двадцатки»."),
            ("2024-11-19", "В Рио-де-Жанейро завершился саммит «Большой двадцатки»."),
        ],
    ),
]

# (why, kinds, documents as (date, text)): each tells another event of those kinds
APART = [
    (
        "a visit, then a trip of that month called off three days on",
        VISITS,
        [
            ("2024-05-10", "Президент Франции Эмманюэль Макрон прибыл в Германию с визитом."),
            (
                "2024-05-13",
                "Президент Франции Эмманюэль Макрон отменил визит в Германию, "
                "запланированный на 20 мая.",
            ),  # fmt: skip
        ],
    ),
    (
        "a visit, then a trip next week called off",
        VISITS,
        [
            (
                "2024-04-03",
                "Президент Турции Реджеп Тайип Эрдоган прибыл в Азербайджан с официальным визитом.",
            ),  # fmt: skip
            (
                "2024-04-06",
                "Президент Турции Реджеп Тайип Эрдоган отменил поездку в "
                "Азербайджан, запланированную на следующую неделю.",
            ),  # fmt: skip
        ],
    ),
    (
        "a trip called off, and the visit held months later",
        VISITS,
        [
            (
                "2024-02-01",
                "Президент Бразилии Луис Инасиу Лула да Силва отменил визит в "
                "Аргентину, запланированный на февраль.",
            ),  # fmt: skip
            (
                "2024-07-08",
                "Президент Бразилии Луис Инасиу Лула да Силва прибыл в Аргентину с визитом.",
            ),  # fmt: skip
        ],
    ),
    (
        "a plan, then the trip called off",
        VISITS,
        [
            (
                "2024-05-02",
                "Президент Бразилии Луис Инасиу Лула да Силва посетит Аргентину 20 мая.",
            ),  # fmt: skip
            (
                "2024-05-15",
                "Президент Бразилии Луис Инасиу Лула да Силва отменил визит в "
                "Аргентину, запланированный на 20 мая.",
            ),  # fmt: skip
        ],
    ),
    (
        "a plan for June, and the visit held in September",
        VISITS,
        [
            ("2024-06-03", "Премьер-министр Японии Фумио Кисида посетит Египет 10 июня."),
            ("2024-09-17", "Премьер-министр Японии Фумио Кисида прибыл в Египет с визитом."),
        ],
    ),
    (
        "a plan of one day, and a visit months later",
        VISITS,
        [
            ("2024-03-01", "Президент Египта Абдель Фаттах ас-Сиси посетит Турцию 15 марта."),
            ("2024-09-04", SISI_IN_TURKEY),
        ],
    ),
    (
        "two visits of one year",
        VISITS,
        [("2024-03-05", ALIEV_IN_TURKEY), ("2024-11-20", ALIEV_IN_TURKEY)],
    ),
    (
        "a visit and the return visit",
        VISITS,
        [
            ("2024-05-05", "Президент Азербайджана Ильхам Алиев прибыл в Турцию."),
            ("2024-05-06", "Президент Турции Реджеп Тайип Эрдоган прибыл в Азербайджан."),
        ],
    ),
    (
        "a present visit, and the earlier one a document recalls",
        VISITS,
        [
            ("2024-02-14", "Президент Турции Реджеп Тайип Эрдоган прибыл в Египет с визитом."),
            (
                "2024-02-15",
                "Как напомнили в администрации, предыдущий визит Реджепа Тайипа "
                "Эрдогана в Египет состоялся в 2012 году.",
            ),  # fmt: skip
        ],
    ),
    (
        "a call and talks in person of one day",
        CALLS | TALKS,
        [
            ("2024-07-11", MACRON_CALLS_SCHOLZ),
            (
                "2024-07-11",
                "Президент Франции Эмманюэль Макрон и канцлер Германии Олаф Шольц "
                "провели переговоры в Берлине.",
            ),  # fmt: skip
        ],
    ),
    (
        "two calls, two days",
        CALLS,
        [("2024-04-10", ERDOGAN_CALLS_ALIEV), ("2024-04-25", ERDOGAN_CALLS_ALIEV)],
    ),
    ("a yearly forum, two years", FORUMS, [("2023-07-14", FORUM), ("2024-07-12", FORUM)]),
    (
        "two summits of one name in one year",
        SUMMITS,
        [("2024-03-21", EU_SUMMIT), ("2024-06-27", EU_SUMMIT)],
    ),
    (
        "meetings of one place a year apart",
        TALKS,
        [("2023-09-20", MEETING_IN_NEW_YORK), ("2024-09-24", MEETING_IN_NEW_YORK)],
    ),
    (
        "undated talks of one pair of states",
        TALKS,
        [
            ("2024-03-01", NORDIC_TALKS.format("границы")),
            ("2024-10-01", NORDIC_TALKS.format("рыболовства")),
        ],
    ),
]


def _keys(
    analyse: Callable[..., Context], kinds: frozenset[str], docs: list[tuple[str, str]]
) -> list[str]:
    """The node key of each document's one event of those kinds."""
    keys = []
    for n, (date, text) in enumerate(docs):
        ctx = analyse(Document(id=f"d{n}", text=text, date=date))
        (key,) = {e.key for e in extract_events(ctx, read_agreements(ctx)) if e.kind in kinds}
        keys.append(key)
    return keys


@pytest.mark.parametrize(("why", "kinds", "docs"), ONE, ids=[c[0] for c in ONE])
def test_must_merge_across_documents(analyse, why: str, kinds, docs) -> None:
    assert len(set(_keys(analyse, kinds, docs))) == 1, why


@pytest.mark.parametrize(("why", "kinds", "docs"), APART, ids=[c[0] for c in APART])
def test_must_not_merge_across_documents(analyse, why: str, kinds, docs) -> None:
    assert len(set(_keys(analyse, kinds, docs))) == len(docs), why
