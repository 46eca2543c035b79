"""Hand-built extractions for the RDF, ontology and query tests.

Two documents: a Belarus–China visit and a Turkey–Uzbekistan treaty. They
share one agreement key, so fusion across documents is exercised.
"""

from __future__ import annotations

from decimal import Decimal

from pyoxigraph import Store

from kg.derived import table_cells
from kg.extract.agreements import Agreement
from kg.extract.claims import Claim
from kg.extract.events import Event
from kg.extract.quotes import Quote
from kg.extract.relations import RelationLevel
from kg.model import Document, Entity, Extraction, Mention, Span
from kg.rdf import entity_quads, extraction_quads

TEXT_A = (
    "Президент Беларуси Александр Лукашенко прибыл в Китай с государственным визитом. "
    "Си Цзиньпин сказал: «Мы друзья навсегда». "
    "Товарооборот в 2022 году составил около 3,1 млрд долларов. "
    "Стороны готовят Программу торгового сотрудничества. "
    "Отношения вышли на уровень всепогодного всеобъемлющего стратегического партнерства. "
    "БелАЗ поставит самосвалы."
)
TEXT_B = (
    "Президенты Турции и Узбекистана Реджеп Тайип Эрдоган и Шавкат Мирзиёев подписали "
    "Договор о стратегическом партнерстве. "
    "Также подписана Программа торгового сотрудничества."
)


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def mention(text: str, part: str, entity: str, type_: str, via: str = "name") -> Mention:
    s = span(text, part)
    return Mention(s.start, s.end, part, entity, type_, via)  # type: ignore[arg-type]


ENTITIES = [
    Entity("state/BLR", "State", "Республика Беларусь", "Belarus", "Q184"),
    Entity("state/CHN", "State", "Китайская Народная Республика", "China", "Q148"),
    Entity("state/TUR", "State", "Турецкая Республика", "Turkey", "Q43"),
    Entity("state/UZB", "State", "Республика Узбекистан", "Uzbekistan", "Q265"),
    Entity(
        "person/aleksandr-lukashenko",
        "Person",
        "Александр Лукашенко",
        office="президент",
        state="state/BLR",
        aliases=["Лукашенко"],
    ),
    Entity(
        "person/Q15031",
        "Person",
        "Си Цзиньпин",
        "Xi Jinping",
        "Q15031",
        "председатель КНР",
        "state/CHN",
    ),
    Entity(
        "person/Q39259",
        "Person",
        "Реджеп Тайип Эрдоган",
        "Recep Tayyip Erdoğan",
        "Q39259",
        "президент",
        "state/TUR",
    ),
    Entity(
        "person/shavkat-mirziyoyev",
        "Person",
        "Шавкат Мирзиёев",
        office="президент",
        state="state/UZB",
    ),
    Entity("org/belaz", "Organization", "БелАЗ", "BelAZ", state="state/BLR"),
]

SHARED = "agreement/trade-programme"


def doc_a() -> Extraction:
    t = TEXT_A
    return Extraction(
        document=Document(
            "docA",
            t,
            "Лукашенко в Китае",
            "2023-03-01",
            "https://example.org/a",
            "БелТА",
            sha256="a" * 64,
        ),
        entities=ENTITIES[:2] + ENTITIES[4:6] + ENTITIES[8:],
        mentions=[
            mention(t, "Беларуси", "state/BLR", "State", "adjective"),
            mention(t, "Александр Лукашенко", "person/aleksandr-lukashenko", "Person"),
            mention(t, "Китай", "state/CHN", "State"),
            mention(t, "Си Цзиньпин", "person/Q15031", "Person"),
            mention(t, "БелАЗ", "org/belaz", "Organization"),
        ],
        facts={
            "events": [
                Event(
                    "event/blr-chn-visit",
                    "StateVisit",
                    "Государственный визит Александра Лукашенко в Китай",
                    "occurred",
                    "2023-03-01",
                    "Пекин",
                    participants=["person/aleksandr-lukashenko", "person/Q15031"],
                    visitor="person/aleksandr-lukashenko",
                    host="state/CHN",
                    evidence=[span(t, "прибыл в Китай с государственным визитом")],
                )
            ],
            "claims": [
                Claim(
                    "claim/blr-chn-trade-2022",
                    "товарооборот",
                    Decimal("3.1E+9"),
                    "USD",
                    "approx",
                    "actual",
                    "2022",
                    speaker="",
                    states=["state/BLR", "state/CHN"],
                    quote="Товарооборот в 2022 году составил около 3,1 млрд долларов.",
                    evidence=[span(t, "около 3,1 млрд долларов")],
                )
            ],
            "quotes": [
                Quote(
                    "quote/xi-friends",
                    "person/Q15031",
                    "Мы друзья навсегда",
                    [span(t, "Мы друзья навсегда")],
                )
            ],
            "relations": [
                RelationLevel(
                    "relation/blr-chn",
                    "state/CHN",
                    "state/BLR",
                    "всепогодное всеобъемлющее стратегическое партнерство",
                    "2023-03",
                    evidence=[span(t, "всепогодного всеобъемлющего стратегического партнерства")],
                )
            ],
            "agreements": [
                Agreement(
                    SHARED,
                    "Программа торгового сотрудничества",
                    "Programme",
                    "planned",
                    evidence=[span(t, "Программу торгового сотрудничества")],
                )
            ],
        },
    )


def doc_b() -> Extraction:
    t = TEXT_B
    return Extraction(
        document=Document("docB", t, "Турция и Узбекистан", "2022-03", sha256="b" * 64),
        entities=ENTITIES[2:4] + ENTITIES[6:8],
        mentions=[
            mention(t, "Турции", "state/TUR", "State", "adjective"),
            mention(t, "Узбекистана", "state/UZB", "State"),
            mention(t, "Реджеп Тайип Эрдоган", "person/Q39259", "Person"),
            mention(t, "Шавкат Мирзиёев", "person/shavkat-mirziyoyev", "Person"),
        ],
        facts={
            "agreements": [
                Agreement(
                    "agreement/tur-uzb-treaty",
                    "Договор о стратегическом партнерстве",
                    "Treaty",
                    "signed",
                    "1992",
                    parties=["state/UZB", "state/TUR"],
                    signatories=["person/shavkat-mirziyoyev", "person/Q39259"],
                    evidence=[span(t, "подписали Договор о стратегическом партнерстве")],
                ),
                Agreement(
                    SHARED,
                    "Программа торгового сотрудничества",
                    "Programme",
                    "signed",
                    "2022-03",
                    parties=["state/TUR", "state/UZB"],
                    evidence=[span(t, "Программа торгового сотрудничества")],
                ),
            ],
        },
    )


def extractions() -> list[Extraction]:
    return [doc_a(), doc_b()]


def all_quads() -> list:
    exs = extractions()
    quads = [q for ex in exs for q in extraction_quads(ex)]
    return quads + entity_quads(e for ex in exs for e in ex.entities)


def store() -> Store:
    """The samples with the table cells (counts, ranks, offices…) a build derives from them."""
    s = Store()
    s.extend(all_quads())
    s.extend(table_cells(s.query))
    return s
