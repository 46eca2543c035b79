"""Organizations' identity and Wikidata links on sentences of our own about other states: one
node for a state's body whatever forms of the state and the body news gives, a known body
found under another form of its state or before its state's parent body, and the names that
must not link (a subordinate body "при …", a longer Latin name, a capital's body); and the
links table rows kg/data/build_links.py keeps for them."""

from __future__ import annotations

import pytest
from gazetteer_runs import org_reader, shipped_reader

from kg.data.build_links import build
from kg.data.links_org_names import initials, plain_latin
from kg.data.links_table import Item
from kg.gazetteer import Gazetteer

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q7200001\tМинистерство иностранных дел Исландии\tМИД Исландии\t\tQ7200001
org\torg/Q7200002\tКонгресс Аргентины\t\t\tQ7200002\tARG\tParliament
org\torg/Q7200003\tПалата депутатов Аргентины\t\t\tQ7200003\tARG\tStateBody
org\torg/Q7200004\tСледственный комитет Исландии\t\t\tQ7200004\tISL\tStateBody
org\torg/Q7200005\tНордвижн\tNordvision\t\tQ7200005
org\torg/Q7200006\tСборная Исландии по футболу\tСборная Исландии\t\tQ7200006
"""


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


KAZ_MFA = ("Министерство иностранных дел Казахстана", "")
# the gazetteer's row since the sixtieth pass (h-orgs73), which names the text's full name too
ECOWAS = ("Экономическое сообщество стран Западной Африки", "")
ARG_CONGRESS = ("Конгресс Аргентины", "Q7200002")

CASES = [
    # one body whatever forms of its state and its name news gives: no QID is known for it
    ("МИД Республики Казахстан выразил протест.", {"МИД Республики Казахстан": KAZ_MFA}),
    ("Казахстанский МИД выразил протест.", {"МИД": KAZ_MFA}),
    ("Министерство иностранных дел Казахстана выразило протест.",
     {"Министерство иностранных дел Казахстана": KAZ_MFA}),
    # must not be one "МИД" of every state: each state's own, unlinked
    ("Чилийский МИД вызвал посла Перу.", {"МИД": ("Министерство иностранных дел Чили", "")}),
    ("Немецкое Минобороны сообщило о поставках.",
     {"Минобороны": ("Министерство обороны Германии", "")}),
    # a known body under another form of its state
    ("МИД Республики Исландия выразил протест.",
     {"МИД Республики Исландия": ("Министерство иностранных дел Исландии", "Q7200001")}),
    # a known body named bare in a text that names its state and no other is that state's;
    # its parliament is its one house of kind Parliament (the shipped table's Альтинг)
    ("Премьер-министр Исландии выступил в парламенте. МИД выразил протест.",
     {"МИД": ("Министерство иностранных дел Исландии", "Q7200001"),
      "парламенте": ("Альтинг", "")}),
    # must not: where the text names another state too, only a body known so (StateBody)
    ("Президент Чили посетил Исландию. Премьер-министр Исландии выступил в парламенте. МИД "
     "выразил протест.", {"МИД": ("МИД", "")}),
    # a body before its state's known parent body is that state's
    ("Палата депутатов Конгресса Аргентины одобрила закон.",
     {"Палата депутатов": ("Палата депутатов Аргентины", "Q7200003"),
      "Конгресса Аргентины": ("Конгресс Аргентины", "Q7200002")}),
    # must not link: a subordinate body is another one ...
    # (the state's body it is attached to is one of its own)
    ("Следственный комитет при прокуратуре Исландии возбудил дело.",
     {"Следственный комитет": ("Следственный комитет", ""),
      "прокуратуре Исландии": ("Прокуратура Исландии", "")}),
    ("Следственный комитет Исландии возбудил дело.",
     {"Следственный комитет Исландии": ("Следственный комитет Исландии", "Q7200004")}),
    # ... and so is a Latin name continued by another Latin word
    ("Фильм покажет канал Nordvision Europe.", {"Nordvision Europe": ("Nordvision Europe", "")}),
    ("Об этом сообщил Nordvision.", {"Nordvision": ("Нордвижн", "Q7200005")}),
    # an unknown adjective of a hard stem declines as one
    ("Профессор Юговосточного университета прибыл в Лиму.",
     {"Юговосточного университета": ("Юговосточный университет", "")}),
    # a name after a place's noun is the place's, no body's
    ("Демонстранты прошли по улице General Paz в Буэнос-Айресе.", {}),
    # a span that cuts through a pair of quotes or brackets ends before it, or takes in the
    # quote that closes right after it
    ("Протестующие пришли к зданию Розового дома (Дом правительства) в Буэнос-Айресе.",
     {"Розового дома": ("Розовый дом", "")}),
    ("Следователи провели обыск на Уральском заводе «Вымпел» в Перми.",
     {"Уральском заводе «Вымпел»": ("Уральский завод «Вымпел»", "")}),
    ("Врачи подтвердили газете «Насьон» (La Nacion), что пациент выздоровел.",
     {"Насьон": ("Насьон", ""), "La Nacion": ("Насьон", "")}),
    # must not: a pair closed inside the span stays
    ("Контракт получило ООО «Уралтранс» (дочерняя компания).",
     {"ООО «Уралтранс»": ("ООО «Уралтранс»", "")}),
    # a name in brackets right after an organization's is the same one: one node, under the
    # known key of either
    ("Лидеры Кении и Эфиопии обсудили работу Экономического сообщества западноафриканских "
     "государств (ЭКОВАС).",
     {"Экономического сообщества западноафриканских государств": ECOWAS, "ЭКОВАС": ECOWAS}),
    ("Закон о визах для граждан Чили одобрил Конгресс Аргентины (Congreso de la Nación).",
     {"Конгресс Аргентины": ARG_CONGRESS, "Congreso de la Nación": ARG_CONGRESS}),
    # must not: two known bodies, a state in brackets
    ("Закон одобрили Конгресс Аргентины (Палата депутатов Аргентины) и сенат Чили.",
     {"Конгресс Аргентины": ARG_CONGRESS, "сенат Чили": ("Сенат Чили", ""),
      "Палата депутатов Аргентины": ("Палата депутатов Аргентины", "Q7200003")}),
    ("Компания Equinor (Норвегия) подписала контракт с Данией.",
     {"Equinor": ("Equinor", "")}),
    # a national team by its short name; must not: another sport's team of that state
    ("Норвегия проиграла сборной Исландии со счётом 0:2.",
     {"сборной Исландии": ("Сборная Исландии по футболу", "Q7200006")}),
    ("Сборная Исландии по гандболу обыграла Норвегию.",
     {"Сборная Исландии": ("Сборная Исландии", ""),
      "Сборная Исландии по гандболу": ("Сборная Исландии по гандболу", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_organization_identity_and_links(orgs, text: str, expected: dict) -> None:  # noqa: ANN001
    assert orgs(text) == expected


def test_latin_names_as_news_also_writes_them() -> None:
    assert plain_latin("Diário de Notícias") == ["Diario de Noticias"]
    assert plain_latin("The Nordic Herald") == ["Nordic Herald"]
    assert plain_latin("The Herald") == []  # "Herald" alone opens other papers' names
    assert plain_latin("Нордик Геральд") == []
    _, rows, _ = build([Item("Q60", "ORGANIZATION", "Diário de Notícias", 2, ())], Gazetteer([]))
    assert [(r[2], r[3]) for r in rows] == [("Diário de Notícias", "Diario de Noticias")]


def test_a_quoted_name_shared_with_a_place_only_is_kept() -> None:
    """ "«Севилья»" in quotes is the club, whatever the city's item; a name two organizations
    share stays no one's."""
    items = [
        Item("Q61", "ORGANIZATION", "Севилья", 3, ("Севилья", "Севилью")),
        Item("Q62", "CITY", "Севилья", 4, ("Севилья",)),
        Item("Q63", "ORGANIZATION", "Бергенец", 3, ("Бергенец",)),
        Item("Q64", "ORGANIZATION", "", 1, ("Бергенец",)),
    ]
    _, rows, _ = build(items, Gazetteer([]))
    assert [(r[2], r[5], r[7]) for r in rows] == [("Севилья", "Q61", "QuotedName")]


def test_a_name_unknown_to_pymorphy_shared_with_a_person_or_place_is_found_in_quotes() -> None:
    """ "«Эвертона»" is the club though annotators also linked "Эвертон" to a footballer and
    "Вильярреал" to the town: pymorphy knows neither word, so only the quotes tell; a name
    another organization shares ("Сельта") stays no one's."""
    items = [
        Item("Q71", "ORGANIZATION", "Эвертон", 3, ("Эвертон", "Эвертона")),
        Item("Q72", "PERSON", "", 1, ("Эвертон",)),
        Item("Q73", "ORGANIZATION", "Вильярреал", 2, ("Вильярреал",)),
        Item("Q74", "CITY", "Вильярреал", 1, ("Вильярреал",)),
        Item("Q75", "ORGANIZATION", "Фулхэм", 2, ("Фулхэм",)),  # its own: a plain name
        Item("Q76", "ORGANIZATION", "Сельта", 2, ("Сельта",)),
        Item("Q77", "ORGANIZATION", "", 1, ("Сельта",)),
    ]
    _, rows, _ = build(items, Gazetteer([]))
    assert [(r[2], r[5], r[7]) for r in rows] == [
        ("Вильярреал", "Q73", "QuotedName"),
        ("Фулхэм", "Q75", ""),
        ("Эвертон", "Q71", "QuotedName"),
    ]


def test_a_convocation_does_not_make_a_body_a_kind() -> None:
    items = [
        Item("Q65", "ORGANIZATION", "Национальная скупщина", 3, ("Национальной скупщины",)),
        Item("Q66", "ORGANIZATION", "Национальная скупщина VII созыва", 1, ()),
    ]
    _, rows, _ = build(items, Gazetteer([]))
    assert ("Национальная скупщина", "Q65") in [(r[2], r[5]) for r in rows]


def test_a_state_body_under_its_initials_with_its_state() -> None:
    """ "ВВС Перу" of "Военно-воздушные силы Перу": written only with the state, never bare,
    and not for a name of two words ("Центральный банк") or with a proper name in it."""
    assert initials("Военно-воздушные силы") == "ВВС"
    assert initials("Служба по делам беженцев") == "СДБ"
    assert initials("Центральный банк") == ""
    assert initials("Театр имени Евгения Вахтангова") == ""
    _, rows, _ = build(
        [Item("Q67", "ORGANIZATION", "Военно-воздушные силы Перу", 2, ("ВВС Перу",))],
        Gazetteer.load(),
    )
    assert rows[0][3].split("|") == ["ВВС Перу", "ВВС Республики Перу",
                                     "Военно-воздушные силы Республики Перу"]  # fmt: skip
    assert "ВВС" not in rows[0][3].split("|")  # alone: no one state's body


def test_a_national_team_under_the_state_name_its_forms_give() -> None:
    """ "сборная Эквадора по футболу", lower case as Wikidata labels it, is one team, capitalised,
    under "Сборная Эквадора" that a form gives; not a short name annotators gave two teams
    ("сборной Перу": football and hockey), nor words after "сборная" that are no state's."""
    items = [
        Item("Q81", "ORGANIZATION", "сборная Эквадора по футболу", 2, ("сборной Эквадора",)),
        Item("Q82", "ORGANIZATION", "сборная Перу по футболу", 2, ("сборной Перу",)),
        Item("Q83", "ORGANIZATION", "сборная Перу по хоккею с шайбой", 2,
             ("сборной Перу", "сборную Перу по хоккею")),
        Item("Q84", "ORGANIZATION", "сборная мира по футболу", 2, ("сборной мира",)),
    ]  # fmt: skip
    _, rows, _ = build(items, Gazetteer.load())
    assert [(r[2], r[3], r[5]) for r in rows] == [
        ("Сборная Перу по футболу", "", "Q82"),
        ("Сборная Перу по хоккею с шайбой", "Сборная Перу по хоккею", "Q83"),
        ("Сборная Эквадора по футболу", "Сборная Эквадора", "Q81"),
    ]


def test_a_state_body_under_the_standard_name_its_forms_give() -> None:
    """ "Прокуратура Перу" that annotators also wrote "Генпрокуратуру Перу" and "Генеральной
    прокуратуры" is "Генпрокуратура Перу" too, which news writes; must not: a body whose own
    word the standard name lacks ("МИД" an annotator gave the embassy) gets none of it."""
    items = [
        Item("Q68", "ORGANIZATION", "Прокуратура Перу", 2,
             ("Прокуратура Перу", "Генпрокуратуру Перу", "Генеральной прокуратуры")),
        Item("Q69", "ORGANIZATION", "Посольство Перу", 2, ("Посольство Перу", "МИД")),
    ]  # fmt: skip
    _, rows, _ = build(items, Gazetteer.load())
    names = {r[2]: r[3].split("|") for r in rows}
    assert {"Генпрокуратура Перу", "Генеральная прокуратура Перу"} <= set(names["Прокуратура Перу"])
    assert {"МИД Перу", "Министерство иностранных дел Перу"}.isdisjoint(names["Посольство Перу"])


def test_a_state_body_under_the_noun_news_writes_after_its_state_adjective() -> None:
    """ "Вооружённые силы Перу" that annotators also wrote "перуанской армии" is "Армия Перу"
    too, and "Армия национальной обороны Эквадора" written "эквадорская армия" "Армия
    Эквадора": the noun the label opens with; must not: a noun of the label's own after an
    adjective ("перуанский суд" of the Constitutional Court is any court), another state's
    adjective, nor a name another item was linked under in any case (the land army "Армия
    Чили" beside "чилийская армия" of the armed forces)."""
    items = [
        Item("Q81", "ORGANIZATION", "Вооружённые силы Перу", 2,
             ("Вооружённые силы Перу", "перуанской армии")),
        Item("Q82", "ORGANIZATION", "Конституционный суд Перу", 2,
             ("Конституционный суд Перу", "перуанский суд")),
        Item("Q83", "ORGANIZATION", "Вооружённые силы Боливии", 2,
             ("Вооружённые силы Боливии", "перуанская армия")),
        Item("Q84", "ORGANIZATION", "Вооружённые силы Чили", 2,
             ("Вооружённые силы Чили", "чилийская армия")),
        Item("Q85", "ORGANIZATION", "Армия Чили", 2, ("армии Чили",)),
        # the label's own noun where the label opens with it: one army of the state
        Item("Q86", "ORGANIZATION", "Армия национальной обороны Эквадора", 2,
             ("Армии национальной обороны Эквадора", "эквадорская армия")),
    ]  # fmt: skip
    _, rows, _ = build(items, Gazetteer.load())
    names = {r[2]: r[3].split("|") for r in rows}
    assert "Армия Перу" in names["Вооружённые силы Перу"]
    assert "Армия Эквадора" in names["Армия национальной обороны Эквадора"]
    assert "Суд Перу" not in names["Конституционный суд Перу"]
    assert not [n for n in names["Вооружённые силы Боливии"] if n.startswith("Армия")]
    assert not [n for n in names["Вооружённые силы Чили"] if n.startswith("Армия")]


SHIPPED = [
    # a state's body the table labels otherwise, under the standard name with its state ...
    ("Генпрокуратура России запросила документы у Финляндии.",
     {"Генпрокуратура России": "org/Q2387440"}),
    # ... and bare in a text that names its state alone
    ("Президент России подписал указ. Генпрокуратура опротестовала приговор.",
     {"Генпрокуратура": "org/Q2387440"}),
    # the armed forces under the noun news writes after the state's adjective
    ("Сирийская армия заняла город у границы с Турцией.",
     {"Сирийская армия": "org/Q849180"}),
    # ... also where that noun opens the label ("Армия обороны Израиля")
    ("Израильская армия нанесла удар по позициям у границы с Ливаном.",
     {"Израильская армия": "org/Q58967"}),
    # a body under its own noun and its seat in the genitive, as news writes it
    ("В Администрации Кремля обсудили визит президента Египта в Турцию.",
     {"Администрации Кремля": "org/Q2060629"}),
    # must not: another state's
    ("Генпрокуратура Украины направила запрос в Польшу.",
     {"Генпрокуратура Украины": "org/generalnaya-prokuratura-ukrainy"}),
    ("Президент Эстонии подписал указ. Генпрокуратура опротестовала приговор.",
     {"Генпрокуратура": "org/genprokuratura"}),
    ("Российский суд арестовал гражданина Эстонии.", {"Российский суд": "org/sud-rossii"}),
    # must not: a rebel army whose name holds the state's adjective and the noun
    ("Боевики Свободной сирийской армии заняли город у границы с Турцией.",
     {"Свободной сирийской армии": "org/svobodnaya-siriyskaya-armiya"}),
    # a kind of party bare in a text that names its state most: the curated state's party
    ("Президент США выступил в Конгрессе США. Представители Демократической партии"
     " поддержали законопроект о помощи Мексике.",
     {"Конгрессе США": "org/us-congress", "Демократической партии": "org/democratic-party-usa"}),
    ("Премьер-министр Великобритании заявил в Лондоне, что Лейбористская партия продолжит"
     " переговоры с Ирландией о торговле с Великобританией.",
     {"Лейбористская партия": "org/labour-party-uk"}),
    # must not: another state's party of the kind, named or by the text's state
    ("Демократическая партия Японии проиграла выборы. Премьер Японии ушёл в отставку.",
     {"Демократическая партия Японии": "org/demokraticheskaya-partiya-yaponii"}),
    ("Премьер Австралии выступил в Канберре. Лейбористская партия победила на выборах в"
     " Австралии, сообщили в Великобритании.",
     {"Лейбористская партия": "org/leyboristskaya-partiya"}),
    # a text that names no state, only cities of one: that state's party (links64)
    ("Мэром Сиэтла избран бизнесмен, представитель Демократической партии.",
     {"Демократической партии": "org/democratic-party-usa"}),
    # must not: cities of two states; a city of a state with no such known party
    ("Мэры Сиэтла и Торонто, члены Демократической партии, обсудили торговлю.",
     {"Демократической партии": "org/demokraticheskaya-partiya"}),
    ("В Мюнхене Демократическая партия провела съезд.",
     {"Демократическая партия": "org/demokraticheskaya-partiya"}),
    # must not: a city where something happens, not one a mayor heads (fix37g)
    ("Лидер Демократической партии выступил в Чикаго перед избирателями.",
     {"Демократической партии": "org/demokraticheskaya-partiya"}),
    ("Лидер Республиканской партии Серж Саргсян встретился с армянской диаспорой в"
     " Лос-Анджелесе. В Лос-Анджелесе проживают сотни тысяч армян.",
     {"Республиканской партии": "org/respublikanskaya-partiya"}),
    # a body one state alone has, named bare in a text of no state: the one in reach (fix37g)
    ("Госсекретарь прибыл в Каир из Вашингтона. Госдепартамент сообщил о переговорах.",
     {"Госдепартамент": "org/Q789915"}),
    # must not: a curated body's two-letter abbreviation, which names other bodies too
    # (the Northern Fleet's "СФ"); only one of three letters or more is filled (fix38h)
    ("Командующий СФ провёл учения у берегов Норвегии.", {"СФ": "org/sf"}),  # its own
    # the ships' owner in the genitive: its own body too, not the Federation Council's
    ("Корабли СФ зашли в порт Исландии.", {"СФ": "org/sf"}),
    # must not: a party's Latin name borne by an organization of another kind (fix37g)
    ("Как сообщает польский аналитический центр «Res Publica», Варшава и Вильнюс усилят"
     " сотрудничество.", {"Res Publica": "org/res-publica"}),
]  # fmt: skip


@pytest.fixture(scope="module")
def shipped():
    return shipped_reader()


@pytest.mark.parametrize(("text", "expected"), SHIPPED)
def test_shipped_links_of_a_state_body(shipped, text: str, expected: dict) -> None:  # noqa: ANN001
    assert {m.text: m.entity for m in shipped(text) if m.type == "Organization"} == expected


CLUB_TAILS = [
    # a gazetteer club by its name of two words after its city (orgs25)
    ("В финале Кубка Стэнли Ред Уингз уступили клубу из Канады.", {"Ред Уингз": "org/Q194116"}),
    # must not: a one-word Latin tail is a thing's name as well (review30)
    ("Компания Honor представила смартфон Magic в Пекине.", {"Honor": "org/honor"}),
    # must not: another club whose name ends with a word of a known one, a phone's name
    ("Шотландский «Рейнджерс» обыграл «Селтик» в Глазго.",
     {"Рейнджерс": "org/reyndzhers", "Селтик": "org/Q19593"}),
    ("Samsung представила новый смартфон Гэлакси в Сеуле.", {"Samsung": "org/Q20716"}),
    # the bare seat is the department, not the building's item
    ("Пентагон объявил о поставках оружия Польше.", {"Пентагон": "org/Q11209"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLUB_TAILS)
def test_a_club_by_its_name_after_its_city(shipped, text: str, expected: dict) -> None:  # noqa: ANN001
    assert {m.text: m.entity for m in shipped(text) if m.type == "Organization"} == expected


def test_the_noun_of_its_members_names_a_movement() -> None:
    """The links table's lower-case animate noun of the members, of the name's stem, is an
    other name of the organization; a nickname of another stem is not (orgs26)."""
    items = [
        Item("Q7300001", "ORGANIZATION", "Хизбан", 3, ("хизбанов", "Хизбан", "хизбаны")),
        Item("Q7300002", "ORGANIZATION", "Торпедо", 3, ("Торпедо", "автозаводцы")),
        Item("Q7300003", "ORGANIZATION", "Зелёный альянс", 2, ("зеленоальянсовцев",)),
    ]
    _, orgs, _ = build(items, Gazetteer([]))
    assert {r[2]: r[3] for r in orgs} == {"Хизбан": "", "Торпедо": "", "Зелёный альянс": ""}
    items[0] = Item("Q7300001", "ORGANIZATION", "Талибан", 3, ("талибов", "Талибан", "талибы"))
    _, orgs, _ = build(items, Gazetteer([]))
    assert {r[2]: r[3] for r in orgs}["Талибан"] == "талибы"


MEMBERS = [
    # the movement by its members, in any case, linked (orgs26)
    ("Таджикистан закрыл границу из-за угрозы со стороны афганских талибов.",
     {"талибов": "org/Q42418"}),
    ("Талибы провели переговоры с делегацией Узбекистана в Термезе.", {"Талибы": "org/Q42418"}),
    ("Единороссы поддержали ратификацию договора с Арменией.",
     {"Единороссы": "org/united-russia"}),
    # must not: a nickname of a club's players, of another stem, names no club
    ("Москвичи обыграли гостей из Минска со счётом 2:1.", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_shipped_movements_named_by_their_members(shipped, text: str, expected: dict) -> None:  # noqa: ANN001
    assert {m.text: m.entity for m in shipped(text) if m.type == "Organization"} == expected


INITIALLED = [
    # the full name of a row the links table labels by its initials, and the initials (orgs26)
    ("Инспекторы Организации по запрещению химического оружия прибыли в Ливию из Туниса. "
     "ОЗХО направила их по просьбе Египта.",
     {"Организации по запрещению химического оружия": "org/Q842490", "ОЗХО": "org/Q842490"}),
    # must not: a kind of body by its initials, which every state has
    ("Конституционный суд (КС) Молдавии отклонил жалобу Румынии.",
     {"Конституционный суд": "org/konstitutsionnyy-sud", "КС": "org/konstitutsionnyy-sud"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INITIALLED)
def test_shipped_names_of_a_row_labelled_by_initials(shipped, text: str, expected: dict) -> None:  # noqa: ANN001
    assert {m.text: m.entity for m in shipped(text) if m.type == "Organization"} == expected


PARTS_APART = [
    # a hyphenated name of capitalised parts, as news also writes it apart (orgs26)
    ("В интервью «Спорт Экспрессу» тренер сборной Сербии похвалил Черногорию.",
     {"Спорт Экспрессу": "org/Q974931", "сборной Сербии": "org/Q182740"}),
    ("Боевики Аль Каиды напали на посольство Франции в Мали.",
     {"Аль Каиды": "org/Q34490", "посольство Франции": "org/posolstvo-frantsii"}),
    # must not: a numeric part stays joined: "Россия 1" is no row's ("Россия-1" is)
    ("Посол Сербии дал интервью каналу Россия 1.", {"Россия 1": "org/rossiya-1"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTS_APART)
def test_shipped_names_with_their_parts_apart(shipped, text: str, expected: dict) -> None:  # noqa: ANN001
    assert {m.text: m.entity for m in shipped(text) if m.type == "Organization"} == expected


CAPITALS_RUN = [
    # must not: a dictionary word in a headline written in capitals is the word, not the
    # abbreviation a gazetteer row shares with it (fix38b)
    ("ТУРЦИЯ НАНЕСЛА УДАР ПО СИРИИ", {}),
    ("ПАКИСТАН НАНЕС ОТВЕТНЫЙ УДАР ПО ИНДИИ", {}),
    # ... but an abbreviation of a row with a full name is that row's in a headline too
    # (fix38h)
    ("ВОЗ ОБЪЯВИЛА О ВСПЫШКЕ ХОЛЕРЫ В МАЛАВИ", {"ВОЗ": "org/who"}),
    ("ОПЕК СОКРАТИТ ДОБЫЧУ НЕФТИ ВМЕСТЕ С АНГОЛОЙ", {"ОПЕК": "org/opec"}),
    # the abbreviation written in capitals in a sentence in lower case is still the row's
    ("Партия УДАР провела съезд во Львове, заявив о поддержке Польши.",
     {"УДАР": "org/Q290441"}),
    ("Делегация ФИФА прибыла в Аккру по приглашению Ганы.", {"ФИФА": "org/Q253414"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CAPITALS_RUN)
def test_shipped_word_in_a_headline_of_capitals(shipped, text: str, expected: dict) -> None:  # noqa: ANN001
    assert {m.text: m.entity for m in shipped(text) if m.type == "Organization"} == expected
