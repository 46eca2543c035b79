"""One body by its full name and its short one, where the text ties them (forty-ninth pass,
h-orgs56), on sentences of our own about Ukraine–Poland, Kenya–Tanzania and the USA–Canada:
a short name in brackets after the full one, after "(далее —" or after ", или" is that body,
and so is every other mention of the short name in the text ("По данным Госстата" after
"… Украины (Госстат)"); two known bodies, and other short names, stay apart. A kind with
its field before a quoted name is none of its own, and a Latin name is its whole run of
capitalised Latin words ("Google Cloud Platform"), not its known first word."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gazetteer_runs import shipped_reader

# (mention text, entity key)
Found = list[tuple[str, str]]


@pytest.fixture(scope="module")
def found() -> Callable[[str], Found]:
    """Text → its organization mentions (text, key), by the shipped pipeline and gazetteer."""
    read = shipped_reader()

    def organizations(text: str) -> Found:
        return [(m.text, m.entity) for m in read(text) if m.type == "Organization"]

    return organizations


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Государственная служба статистики Украины (Госстат) опубликовала данные о "
            "торговле с Польшей. По данным Госстата, экспорт вырос.",
            ("Государственная служба статистики Украины", "Госстата"),
        ),
        (
            "Агентство пограничной службы Канады, или CBSA, задержало гражданина США. "
            "Сотрудники CBSA проверили груз.",
            ("Агентство пограничной службы Канады", "CBSA"),
        ),
        (
            "Министерство иностранных дел Канады, или Global Affairs Canada, выразило протест "
            "США. Global Affairs Canada сообщило об этом.",
            ("Министерство иностранных дел Канады", "Global Affairs Canada"),
        ),
        # the tagger left the bracketed name (or took it into its place's span)
        (
            "Государственная авиационная служба Украины (Госавиаслужба) приостановила рейсы в "
            "Польшу. Госавиаслужба сообщила об этом.",
            ("Государственная авиационная служба Украины", "Госавиаслужба"),
        ),
        (
            "Пограничная служба Польши (Straż Graniczna) задержала граждан Украины. Straż "
            "Graniczna сообщила об этом.",
            ("Пограничная служба Польши", "Straż Graniczna"),
        ),
        (
            "Акционерное общество «Украинская почта» («Укрпочта») открыло отделение в Польше. "
            "Укрпочта сообщила о рейсах.",
            ("Акционерное общество «Украинская почта»", "Укрпочта"),
        ),
        (
            "Национальная полиция Польши, или Policja, задержала гражданина Украины. "
            "Представитель Policja сообщил об этом.",
            ("Национальная полиция Польши", "Policja"),
        ),
    ],
)
def test_a_short_name_the_text_ties_to_the_full_one_is_that_body_throughout(
    found: Callable[[str], Found], text: str, names: tuple[str, str]
) -> None:
    """Both names are read, and every mention by either is one node."""
    keyed: dict[str, set[str]] = {}
    for mention, key in found(text):
        keyed.setdefault(mention, set()).add(key)
    assert set(names) <= set(keyed)
    assert len(keyed[names[0]] | keyed[names[1]]) == 1


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # another short name of a body of the same state stays its own
        (
            "Государственная авиационная служба Украины (Госавиаслужба) приостановила рейсы в "
            "Польшу. Госпогранслужба сообщила о проверках.",
            ("Госавиаслужба", "Госпогранслужба"),
        ),
        # two states' port authorities, each by its own initials
        (
            "Кенийское управление портов (КПА) и Управление портов Танзании (ТПА) подписали "
            "меморандум. КПА сообщило об этом.",
            ("КПА", "Управление портов Танзании"),
        ),
        # a city in brackets is where the bank is, no name of it
        (
            "Банк развития Украины (Киев) и Банк Польши (Варшава) подписали меморандум.",
            ("Банк развития Украины", "Банк Польши"),
        ),
        # two known companies after ", или" stay two, and so do two listed by "и"
        ("Компании Amazon и Google, или Alphabet, инвестируют в Кению.", ("Google", "Alphabet")),
        ("Компании Amazon и Google, или Alphabet, инвестируют в Кению.", ("Amazon", "Google")),
    ],
)
def test_other_bodies_stay_apart(
    found: Callable[[str], Found], text: str, apart: tuple[str, str]
) -> None:
    keys = dict(found(text))
    assert keys[apart[0]] != keys[apart[1]]
    assert not {"Киев", "Варшава"} & set(keys)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the kind's words alone ("Государственная корпорация") were a node every text shared
        (
            "Государственная корпорация по космической деятельности «Укркосмос» подписала "
            "соглашение с Польшей.",
            ["Укркосмос"],
        ),
        (
            "Национальная корпорация по космической деятельности «Кенкосмос» подписала "
            "соглашение с Танзанией.",
            ["Кенкосмос"],
        ),
        (
            "Государственная корпорация по авиационной деятельности «Укравиа» подписала "
            "соглашение с Польшей.",
            ["Укравиа"],
        ),
        # the whole name the tagger read in one span stays whole
        (
            "Государственная корпорация по оборонной промышленности «Укроборонпром» подписала "
            "соглашение с Польшей.",
            ["Государственная корпорация по оборонной промышленности «Укроборонпром»"],
        ),
        # a body named by its field and the state, no quoted name after it, stays
        (
            "Государственное агентство по туризму Кении и компания «Сафари Тур» подписали "
            "меморандум.",
            ["Государственное агентство по туризму Кении", "Сафари Тур"],
        ),
    ],
)
def test_a_kind_before_its_field_and_quoted_name_is_none_of_its_own(
    found: Callable[[str], Found], text: str, names: list[str]
) -> None:
    assert [mention for mention, _ in found(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Директор компании «Сафари Тур» (Джон Мбити) прилетел в Танзанию.",
        "Директор компании «Сафари Тур» (Мбити) прилетел в Танзанию.",
        "Министерство обороны Кении (2019) подписало меморандум с Танзанией.",
    ],
)
def test_a_person_or_a_year_in_brackets_is_no_name_of_the_body(
    found: Callable[[str], Found], text: str
) -> None:
    assert len({key for _, key in found(text)}) == 1
    assert not any("(" in mention or "Мбити" in mention for mention, _ in found(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a known first word inside a longer Latin run: the run, without the first word's QID
        (
            "Логотип Google Cloud Platform появился на стенде в Варшаве.",
            [("Google Cloud Platform", "org/google-cloud-platform")],
        ),
        (
            "Логотип Microsoft Azure Stack появился на выставке в Танзании.",
            [("Microsoft Azure Stack", "org/microsoft-azure-stack")],
        ),
        # a run that ends its line (a caption)
        (
            "Логотип Google Cloud Platform\nКомпания открыла центр в Кении.",
            [("Google Cloud Platform", "org/google-cloud-platform")],
        ),
        # must-nots: names a Russian word or a mark parts stay apart; a known run keeps its QID
        (
            "Компании Amazon и Google инвестируют в Кению.",
            [("Amazon", "org/Q3884"), ("Google", "org/Q95")],
        ),
        (
            "Amazon, Google и Microsoft открыли офисы в Найроби.",
            [("Amazon", "org/Q3884"), ("Google", "org/Q95"), ("Microsoft", "org/Q2283")],
        ),
        (
            "Со ссылкой на The New York Times газета сообщает о визите премьера Канады.",
            [("The New York Times", "org/Q9684")],
        ),
    ],
)
def test_a_latin_name_is_its_whole_run_of_capitalised_words(
    found: Callable[[str], Found], text: str, names: list[tuple[str, str]]
) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    ("text", "one"),
    [
        (
            "Компания Microsoft Corporation открыла центр в Кении. Microsoft инвестирует в "
            "Танзанию.",
            ("Microsoft Corporation", "Microsoft"),
        ),
        (
            "Банк JPMorgan Chase Holdings повысил прогноз для Канады. Аналитики JPMorgan Chase "
            "считают иначе.",
            ("JPMorgan Chase Holdings", "JPMorgan Chase"),
        ),
        (
            "Компании Andes Mining и Andes Mining Group подписали контракт с Перу.",
            ("Andes Mining", "Andes Mining Group"),
        ),
    ],
)
def test_a_latin_company_with_its_legal_form_is_the_company(
    found: Callable[[str], Found], text: str, one: tuple[str, str]
) -> None:
    keys = dict(found(text))
    assert keys[one[0]] == keys[one[1]]


def test_latin_companies_of_other_words_stay_two(found: Callable[[str], Found]) -> None:
    text = "Компании Andes Mining Group и Andes Energy Group подписали контракт с Перу."
    keys = dict(found(text))
    assert keys["Andes Mining Group"] != keys["Andes Energy Group"]
