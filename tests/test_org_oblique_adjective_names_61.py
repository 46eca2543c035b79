"""A body's name of an adjective and a noun in an oblique case is a name (h-orgs61): "с
Демократической партией", "в Национальной ассамблее" were dropped as a person's genitive
before a common noun ("правительство Кальвика кабинетом"), the feminine or plural adjective
reading as a genitive too. An adjective agreeing with the noun is the name's own word.
Must-not: a surname's genitive before a noun in another case stays no name. Sentences of our
own about Peru–Ecuador, Kenya–Uganda, Japan–Korea."""

from __future__ import annotations

import pytest
from gazetteer_runs import named_mentions

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return named_mentions(tmp_path_factory.mktemp("gaz"), ROWS)


# text, the words of the name, its entity's name (None: no such organization)
CASES = [
    (
        "Президент Эквадора договорился о коалиции с Народной партией.",
        "Народной партией",
        "Народная партия",
    ),
    (
        "Лидер консерваторов Перу объявил о коалиции с Либерально-демократической партией.",
        "Либерально-демократической партией",
        "Либерально-демократическая партия",
    ),
    ("Правительство Перу поспорило со Счётной палатой.", "Счётной палатой", "Счётная палата"),
    (
        "Премьер Уганды выступил перед Законодательной ассамблеей.",
        "Законодательной ассамблеей",
        "Законодательная ассамблея",
    ),
    (
        "Представитель Японии в Контактной группе поддержал план Кореи.",
        "Контактной группе",
        "Контактная группа",
    ),
    # must not: a surname's genitive before a noun in another case
    ("Министр Перу назвал правительство Мендосы кабинетом.", "Мендосы кабинетом", None),
    ("Посол Кении назвал правительство Кальвика кабинетом.", "Кальвика кабинетом", None),
]


@pytest.mark.parametrize(("text", "words", "name"), CASES)
def test_oblique_adjective_names(orgs, text: str, words: str, name: str | None) -> None:
    assert dict(orgs(text)).get(words) == name
