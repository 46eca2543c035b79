"""Organizations' names left over by the forty-fifth review, on sentences of our own about
other states (forty-fifth pass, h-orgs45): a links table's name with a soft hyphen inside a
word is the name without it; a name in capitals longer than an abbreviation is kept as
written, never declined ("ФИПРЕССИ"); an adjective before a body's noun agrees with it, not
read as the noun it can also be ("полицейского управления" → "Полицейское управление"); each
capitalised part of a hyphenated adjective stays capitalised ("Саяно-Шушенская ГЭС"); a text
ending right after a body's noun is read; an adjective the parse hangs on another noun
agrees with its own ("Военную академию имени …"). With must-nots."""

from __future__ import annotations

from pathlib import Path

import pytest
from gazetteer_runs import org_reader

from kg.data.links_table import read_table
from kg.resources import DATA_DIR

HEAD = "qid\ttype\tcanonical_name\tdocs\tsurface_forms\n"


def test_a_soft_hyphen_is_no_part_of_a_name(tmp_path: Path) -> None:
    table = tmp_path / "links.tsv"
    table.write_text(
        HEAD
        + "Q7400201\tORGANIZATION\tРи\u00adга Капитал\t1\tРи\u00adга Капитал | Riga Capital\n"
        + "Q7400202\tORGANIZATION\tТал\u200bлин Порт\t1\tТаллин-Порт\n",
        encoding="utf-8",
    )
    items = {i.qid: (i.canonical, i.forms) for i in read_table(table)}
    assert items == {
        "Q7400201": ("Рига Капитал", ("Рига Капитал", "Riga Capital")),
        "Q7400202": ("Таллин Порт", ("Таллин-Порт",)),  # must not: a real hyphen stays
    }


def test_the_shipped_tables_hold_no_invisible_characters() -> None:
    for name in ("orgs_nerel.tsv", "persons_nerel.tsv"):
        text = (DATA_DIR / name).read_text(encoding="utf-8")
        assert "\u00ad" not in text and "\u200b" not in text, name


ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


NAMES = [
    ("Жюри ФИПРЕССИ присудило приз фильму из Эстонии.", "ФИПРЕССИ", "ФИПРЕССИ"),
    ("Фильм из Латвии получил приз жюри ФИПРЕССИ.", "ФИПРЕССИ", "ФИПРЕССИ"),
    (
        "Представитель полицейского управления Риги заявил, что посол Эстонии задержан.",
        "полицейского управления Риги",
        "Полицейское управление Риги",
    ),
    (
        "Авария на Саяно-Шушенской ГЭС произошла в 2009 году, сообщили в Латвии.",
        "Саяно-Шушенской ГЭС",
        "Саяно-Шушенская ГЭС",
    ),
    (
        "Сото родился в 1947 году. В 1970г. окончил Военное училище Чили, в 1980г. - Военную "
        "академию имени Бернардо, в 1990г. - Военную академию генштаба Вооруженных сил Чили.",
        "Военную академию имени Бернардо",
        "Военная академия имени Бернардо",
    ),
    # must not: an abbreviation with a case ending is still its body; a lower-case second
    # part stays so
    (
        "Представитель МИДа Латвии заявил протест послу Эстонии.",
        "МИДа Латвии",
        "Министерство иностранных дел Латвии",
    ),
    (
        "Глава Русско-эстонской торговой палаты посетил Ригу.",
        "Русско-эстонской торговой палаты",
        "Русско-эстонская торговая палата",
    ),
    (
        "Делегация Эстонско-Латвийской торговой палаты прибыла в Ригу.",
        "Эстонско-Латвийской торговой палаты",
        "Эстонско-Латвийская торговая палата",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMES)
def test_the_nominative_name(orgs, text: str, words: str, name: str) -> None:  # noqa: ANN001
    assert orgs(text)[words][0] == name


def test_a_text_ending_after_a_bodys_noun(orgs) -> None:  # noqa: ANN001
    assert "Балтика" in orgs("В банке «Балтика» ввели временную администрацию")
