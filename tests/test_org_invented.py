"""Words natasha tags as an organization that name no one body: a plural of a kind of body
with a state's genitive or an adjective is a group of bodies ("Правящие партии Эстонии"),
not a body's name, and a person's surname the text names in full is that person again.
Named bodies stay ("Партия регионов", "Клуб любителей истории", "«Боинга»").
Own sentences about Estonia, Moldova, Sweden, Ukraine, Belarus, Norway, Latvia. A city's name
alone is the city, not a body, unless a club plays a match or the name is quoted."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_runs import organization_names
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.analyze import analyze
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"

CASES = [
    ("Правящие партии Эстонии подписали коалиционное соглашение.", []),
    ("Оппозиционные партии Молдавии провели митинг в Кишиневе.", []),
    ("Крупные банки Швеции повысили ставки, сообщил премьер Норвегии.", []),
    # must not: a body's own name, a singular kind with its name after it
    ("Партия регионов выиграла выборы на Украине.", [("Партия регионов", "Партия регионов")]),
    ("Клуб любителей истории провел встречу в Белоруссии.",
     [("Клуб любителей истории", "Клуб любителей истории")]),
    ("Ассоциация пенсионных фондов Латвии выступила против реформы.",
     [("Ассоциация пенсионных фондов Латвии", "Ассоциация пенсионных фондов Латвии")]),
    ("Вооруженные силы Норвегии провели учения.",
     [("Вооруженные силы Норвегии", "Вооруженные силы Норвегии")]),
]  # fmt: skip


def test_a_plural_of_a_kind_of_body_names_no_body(tmp_path: Path) -> None:
    got = organization_names(tmp_path, ROWS, [text for text, _ in CASES])
    assert got == dict(CASES)


SURNAMES = [
    # (text, the word natasha is made to tag ORG, whether it is an organization); own sentences
# about Ireland–Norway, Latvia, the USA–Canada, Norway–Denmark
    ("Открытия Томаса Ричардса из Ирландии признали в Норвегии. Ричардс начал свои "
     "исследования ещё в 1960-х годах.", "Ричардс", False),
    ("Следователи Латвии просили отправить Андриса Калниньша в СИЗО. По словам собеседника, "
     "Калниньш не появлялся на работе неделю.", "Калниньш", False),
    # must not: a body named after its founder in quotes, a word no person's name
    ("Эрик Ларсен родился в Норвегии. Позже Статойл открыл офис в Дании.", "Статойл", True),
    ("Уильям Боинг родился в США. Акции «Боинга» выросли в Канаде.", "Боинга", True),
]  # fmt: skip


def _tagged_org(nlp: Language, text: str, word: str) -> Doc:
    """The text read with natasha's tag on the last `word` made ORG, as the tagger may read
    a lone surname in a longer text."""
    doc = nlp(text)
    at = max(t.i for t in doc if t.text == word)
    doc.ents = [e for e in doc.ents if not (e.start <= at < e.end)] + [Span(doc, at, at + 1, "ORG")]
    return doc


CITIES = [
    # (text, the word natasha is made to tag ORG, whether it is an organization); own sentences
    # about Norway, Finland, India, Spain, Brazil (orgs31)
    ("Мурманск носил на руках певца из Норвегии.", "Мурманск", False),
    ("Архангельск встретил артистов из Финляндии овацией.", "Архангельск", False),
    ("Северодвинск встретил подлодку из Индии.", "Северодвинск", False),
    # must not: a club named by its city in a match, a name in quotes
    ("Ростов обыграл «Спартак» со счётом 2:1, а посол Испании посетил матч.", "Ростов", True),
    ("Клуб «Краснодар» купил игрока из Бразилии.", "Краснодар", True),
]  # fmt: skip


@pytest.mark.parametrize("cases", [SURNAMES, CITIES], ids=["surnames", "cities"])
def test_a_surname_of_a_person_named_or_a_city_alone_is_no_body(
    tmp_path: Path, cases: list[tuple[str, str, bool]]
) -> None:
    """A lone surname of a person the text names, a city's name alone: no organization."""
    path = tmp_path / "gazetteer.tsv"
    path.write_text(ROWS, encoding="utf-8")
    gazetteer = Gazetteer.load([path])
    nlp = build_pipeline((str(path),))
    for text, word, body in cases:
        doc = _tagged_org(nlp, text, word)
        ex = analyze(Document(id="t", text=text, date="2024-05-02"), doc, Registry(gazetteer))
        orgs = {e.key for e in ex.entities if e.type == "Organization"}
        named = {m.text for m in ex.mentions if m.entity in orgs}
        assert (word in named) == body, text
