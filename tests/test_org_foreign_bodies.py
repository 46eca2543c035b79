"""Other states' bodies as news names them (orgs19): a bare "Конгресс" or "Рада" is the body
of the one state of the text the gazetteer knows it for, never matched anywhere; a state's
adjective the tagger took into a known body's span; "внешнеполитическое ведомство" of a
state is its foreign ministry; a lower-case ministry whose field has an adjective; an
abbreviation read as one state's body is no other state's by its initials; a state's
parliament by its common noun is its one known house; a state's air force or navy by its
abbreviation after the state's adjective is that state's; in a text of several states a name
one state's body alone bears ("Госдепартамент") is that state's where it is the one state
near it with such a body, and a bare parliament's noun ("Сенат", "парламент") the state's its
own sentence names where neither it nor the one before names another state or capital
(orgs20). Sentences of our own about other states, with must-nots: two candidate states in
reach leave the body stateless. A seat of power names the body seated there ("Белый дом
заявил", "Пентагон", "Елисейский дворец", "Даунинг-стрит", as "Кремль"; orgs21), never the
building's QID; must not: the building as a place ("у Белого дома прошла акция", "экскурсия
по Кремлю", "Делегация посетила Кремль"; orgs22), though the owner of what "у" has is the
body ("у Кремля нет сведений") and so is the seat a verb of saying with no subject has
after "в"/"на" ("На Даунинг-стрит заявили"; orgs22). A bare "Кореи" or "Конго" is the one
of its states the text named before, by its capital as a place too ("Переговоры прошли в
Сеуле. … Кореи"; orgs22), where the bare name is written for it: not the North (h-orgs61)."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader

US_CONGRESS, RADA = "org/us-congress", "org/verkhovna-rada"
MFA_TURKEY = "org/ministerstvo-inostrannykh-del-turtsii"
MFA_EGYPT = "org/ministerstvo-inostrannykh-del-egipta"
STATE_DEPARTMENT = "org/Q789915"
WHITE_HOUSE, PENTAGON, KREMLIN = "org/Q1355327", "org/Q11209", "org/Q2060629"
ELYSEE, DOWNING = "org/elysee-palace", "org/downing-street"

# text, {mention text: its entity key, or None where the text must have no such mention}
CASES = [
    # a bare "Конгресс" of a text naming the US and states with no known Congress
    ("Президент США Дональд Трамп призвал Конгресс ускорить рассмотрение бюджета. Демократы"
     " в Конгрессе выступили против сокращения помощи Мексике.",
     {"Конгресс": US_CONGRESS, "Конгрессе": US_CONGRESS}),
    # a state's adjective the tagger took into a known body's span
    ("Американский Конгресс одобрил пакет помощи Израилю. Премьер-министр Израиля Биньямин"
     " Нетаньяху поблагодарил Конгресс за поддержку.",
     {"Американский Конгресс": US_CONGRESS, "Конгресс": US_CONGRESS}),
    # must not: no US, another congress named, lower case (an event); Peru's, the one state
    # its sentence names, none other before it (orgs20)
    ("Президент Перу распустил Конгресс. Посол Чили выразил обеспокоенность.",
     {"Конгресс": "org/kongress-peru"}),
    ("Индийский национальный конгресс проиграл выборы. Лидер Конгресса Рахул Ганди"
     " встретился с послом США.",
     {"Конгресса": None}),
    ("Национальный конгресс Бразилии одобрил договор. Позже Конгресс одобрил соглашение с США.",
     {"Конгресс": None}),
    # must not: another state with a congress beside the US near the noun
    ("Президент Перу посетил США. Через неделю Конгресс одобрил закон о пенсиях.",
     {"Конгресс": None}),
    # must not: the US only in the sentence before, another congress in lower case before
    ("В Перу продолжается политический кризис. Посол США призвал стороны к диалогу. Конгресс"
     " проголосовал за отстранение президента.",
     {"Конгресс": None}),
    ("Президент США выступил в Чикаго. На конгрессе кардиологов он говорил о медицине."
     " Конгресс продлится три дня.",
     {"Конгресс": None}),
    ("Делегация США прибыла в Барселону на Всемирный мобильный конгресс. На конгрессе"
     " обсудили связь с Испанией.",
     {"конгрессе": None}),
    # a bare "Рада" in a text naming Ukraine, before or after it
    ("Рада приняла закон о мобилизации. Министерство обороны Украины заявило об этом.",
     {"Рада": RADA}),
    ("Рада приняла закон о мобилизации. Председатель Верховной рады Руслан Стефанчук подписал"
     " документ, сообщило Министерство обороны Украины.",
     {"Рада": RADA, "Верховной рады": RADA}),
    # must not: no Ukraine named, a woman's name, a board
    ("Рада приняла закон о мобилизации, сообщили в Польше.", {"Рада": None}),
    ("Рада Аджубей рассказала о поездке во Францию.", {"Рада": None}),
    ("Рада сообщила, что вернётся во Францию. Президент Украины прибыл в Париж.",
     {"Рада": None}),
    ("Рада директоров компании из Франции собралась в среду.", {"Рада": None}),
    # must not: an adjective before no known body
    ("Американская торговая палата приветствовала решение Египта.",
     {"Американская торговая палата": "org/amerikanskaya-torgovaya-palata"}),
    # "внешнеполитическое ведомство" of a state: its foreign ministry, one node with "МИД"
    ("МИД Турции заявил протест. Внешнеполитическое ведомство Турции вызвало посла Египта.",
     {"МИД Турции": MFA_TURKEY, "Внешнеполитическое ведомство Турции": MFA_TURKEY}),
    ("Оборонное ведомство Японии опубликовало доклад о Китае.",
     {"Оборонное ведомство Японии": "org/ministerstvo-oborony-yaponii"}),
    # the state's adjective before the field's (orgs21)
    ("Турецкое внешнеполитическое ведомство вызвало посла Греции.",
     {"Турецкое внешнеполитическое ведомство": MFA_TURKEY}),
    ("МИД Египта заявил протест. Позже египетское внешнеполитическое ведомство вызвало посла"
     " Турции.", {"МИД Египта": MFA_EGYPT, "египетское внешнеполитическое ведомство": MFA_EGYPT}),
    ("Японское оборонное ведомство опубликовало доклад о Китае.",
     {"Японское оборонное ведомство": "org/ministerstvo-oborony-yaponii"}),
    # must not: the adjective of no ministry
    ("Египетское налоговое ведомство сообщило о дефиците.",
     {"Египетское налоговое ведомство": None}),
    # must not: an adjective of no ministry is no ministry, the body its own name (orgs21:
    # the sentence-opening adjective was cut, "Ведомство Египта")
    ("Налоговое ведомство Египта сообщило о дефиците.",
     {"Налоговое ведомство Египта": "org/nalogovoe-vedomstvo-egipta"}),
    # a lower-case ministry whose field has an adjective
    ("Ранее министерство иностранных дел Турции сообщало о визите в Египет.",
     {"министерство иностранных дел Турции": MFA_TURKEY}),
    ("Делегация Индии встретилась с министерством сельского хозяйства Египта.",
     {"министерством сельского хозяйства Египта": "org/ministerstvo-selskogo-khozyaystva-egipta"}),
    # must not: a minister is a person, no body
    ("Министр иностранных дел Турции прибыл в Египет.",
     {"Министр иностранных дел Турции": None, "иностранных дел Турции": None}),
    # an abbreviation a state's adjective settled stays that state's body
    ("МИД Египта вызвал посла Турции. Как говорится в сообщении египетского МИД, Каир считает"
     " это вмешательством. Министерство иностранных дел Турции сообщало о визите.",
     {"МИД": MFA_EGYPT, "Министерство иностранных дел Турции": MFA_TURKEY}),
    # must not: an abbreviation of no state is still the full name's
    ("Министерство экономического развития Чили подписало договор с Перу. МЭР сообщило о"
     " росте.",
     {"МЭР": "org/ministerstvo-ekonomicheskogo-razvitiya-chili"}),
    # a state's parliament by its common noun: its one known house
    ("Турецкий парламент ратифицировал соглашение с Египтом. Великое национальное собрание"
     " Турции поддержало документ.",
     {"Турецкий парламент": "org/grand-national-assembly-of-turkey",
      "Великое национальное собрание Турции": "org/grand-national-assembly-of-turkey"}),
    ("Парламент Израиля одобрил закон о призыве, сообщили в Египте.",
     {"Парламент Израиля": "org/knesset"}),
    # must not: a state with two known houses, one with none
    ("Парламент Казахстана одобрил соглашение с Китаем.",
     {"Парламент Казахстана": "org/parlament-kazakhstana"}),
    ("Парламент Франции одобрил соглашение с Индией.",
     {"Парламент Франции": "org/parlament-frantsii"}),
    # a state's adjective before its air force's or navy's abbreviation: that state's, one
    # node with the abbreviation before its name
    ("ВВС Индии получили истребители из Франции. Позже индийские ВВС провели учения.",
     {"ВВС Индии": "org/voenno-vozdushnye-sily-indii", "ВВС": "org/voenno-vozdushnye-sily-indii"}),
    ("Корабли японских ВМС провели учения с флотом Филиппин.",
     {"ВМС": "org/voenno-morskie-sily-yaponii"}),
    # must not: a known state's air force keeps its node, two states' stay two
    ("Израильские ВВС нанесли удар по целям в Сирии.", {"ВВС": "org/Q462211"}),
    ("ВВС Индии и ВВС Франции провели учения.",
     {"ВВС Индии": "org/voenno-vozdushnye-sily-indii",
      "ВВС Франции": "org/voenno-vozdushnye-sily-frantsii"}),
    # must not: a singular adjective qualifies no plural force: the BBC (review20)
    ("Как сообщает британская ВВС, переговоры прошли в Каире.", {"ВВС": "org/vvs"}),
    # a name one state's body alone bears, that state in the sentence or the one before
    ("Президент США принял премьера Израиля. Госдепартамент сообщил о новых договорённостях.",
     {"Госдепартамент": STATE_DEPARTMENT}),
    ("Госсекретарь США провёл переговоры с министром иностранных дел Египта. Госдепартамент"
     " сообщил, что стороны обсудили ситуацию в Газе.",
     {"Госдепартамент": STATE_DEPARTMENT}),
    ("Госдепартамент сообщил, что госсекретарь США посетит Египет и Израиль.",
     {"Госдепартамент": STATE_DEPARTMENT}),
    # no state with such a body near it: the one state the gazetteer knows one of (h-orgs55)
    ("Президент Египта посетил Израиль. Госдепартамент выразил обеспокоенность.",
     {"Госдепартамент": STATE_DEPARTMENT}),
    # must not: a name every state's body bears
    ("Президент России принял премьера Израиля. МИД сообщил о новых договорённостях.",
     {"МИД": "org/mid"}),
    # a bare parliament's noun: the one state its sentence names, none other near it
    ("Премьер Греции прибыл в Анкару. Переговоры продлились три часа. Вечером президент"
     " Турции выступил в парламенте.",
     {"парламенте": "org/grand-national-assembly-of-turkey"}),
    ("Президент Аргентины посетил Бразилию в марте. Стороны подписали пять соглашений."
     " Президент Аргентины заявил, что Сенат одобрит их до конца года.",
     {"Сенат": "org/senat-argentiny"}),
    ("Премьер Японии прибыл в Сеул. Переговоры прошли в закрытом режиме. Президент США в тот"
     " же день призвал Сенат одобрить помощь.",
     {"Сенат": "org/Q66096"}),
    # must not: another state or its capital in the sentence or the one before
    ("Президент Польши прибыл в Вашингтон для переговоров с президентом США. Сенат одобрил"
     " соглашение о военном сотрудничестве.",
     {"Сенат": None}),
    ("Посол США в Мексике заявил, что Сенат одобрит соглашение.", {"Сенат": None}),
    ("Президент Турции принял премьера Греции. Позже президент Турции выступил в парламенте.",
     {"парламенте": None}),
    ("Госсекретарь США прибыл в Каир. Сенат одобрил помощь.", {"Сенат": None}),
    # must not: the text's main state named after the noun, another in the sentence before
    ("КАИР, 8 марта. /Интерфакс/. Президент Египта встретился с госсекретарём США. Сенат"
     " одобрил выделение Египту 1,3 млрд долларов. Министерство иностранных дел Египта"
     " приветствовало решение. Центральный банк Египта сообщил о росте резервов.",
     {"Сенат": None}),
    # must not: the state only as the adjective of an outlet its sentence names
    ("Президент Аргентины прибыл в Бразилию. Стороны подписали соглашение. Аргентинская газета"
     " Clarin сообщила, что Сенат рассмотрит его в феврале.", {"Сенат": None}),
    # a bare "Кореи", "Конго" after a body: the one of the states sharing it named before
    # (orgs21)
    ("Президент Южной Кореи прибыл в Токио с визитом. Министерство торговли Кореи сообщило"
     " о росте экспорта в Японию.",
     {"Министерство торговли Кореи": "org/ministerstvo-torgovli-yuzhnoy-korei"}),
    ("Президент Демократической Республики Конго прибыл в Кигали. Министерство горнорудной"
     " промышленности Конго подписало соглашение с Руандой.",
     {"Министерство горнорудной промышленности Конго":
      "org/ministerstvo-gornorudnoy-promyshlennosti-demokraticheskoy-respubliki-kongo"}),
    # must not: both named before; the North alone (a bare "Корея" is written for
    # the South, h-orgs61: tests/test_org_bare_korea_61.py)
    ("Лидер КНДР посетил Пекин. Министерство иностранных дел Кореи осудило учения США.",
     {"Министерство иностранных дел Кореи": "org/ministerstvo-inostrannykh-del-korei"}),
    ("Президент Южной Кореи и лидер КНДР встретились в Пханмунджоме. Министерство"
     " объединения Кореи сообщило об итогах.",
     {"Министерство объединения Кореи": "org/ministerstvo-obedineniya-korei"}),
    # a bare "Кореи" in a text naming no North Korea is the South's (h-claims110)
    ("Министерство торговли Кореи сообщило о росте экспорта в Японию.",
     {"Министерство торговли Кореи": "org/ministerstvo-torgovli-yuzhnoy-korei"}),
    # a capital named before as a place settles it too (orgs22)
    ("Переговоры прошли в Сеуле. Министерство торговли Кореи сообщило о росте экспорта во"
     " Вьетнам.", {"Министерство торговли Кореи": "org/ministerstvo-torgovli-yuzhnoy-korei"}),
    ("Премьер Японии прилетел в Сеул. Министерство обороны Кореи опровергло сообщения СМИ.",
     {"Министерство обороны Кореи": "org/ministerstvo-oborony-yuzhnoy-korei"}),
    ("Президент Анголы прибыл в Браззавиль. Министерство нефти Конго сообщило о новом"
     " контракте.", {"Министерство нефти Конго": "org/ministerstvo-nefti-respubliki-kongo"}),
    # must not: both capitals named before, or the North's
    ("Делегация Китая прибыла в Пхеньян. Министерство иностранных дел Кореи осудило учения"
     " США.", {"Министерство иностранных дел Кореи": "org/ministerstvo-inostrannykh-del-korei"}),
    ("Делегация из Сеула прибыла в Пхеньян. Министерство иностранных дел Кореи сообщило об"
     " итогах.", {"Министерство иностранных дел Кореи": "org/ministerstvo-inostrannykh-del-korei"}),
    # ... but the South's capital only after it, the North named nowhere, leaves it the South's
    # (h-claims110)
    ("Министерство торговли Кореи сообщило о росте экспорта. Переговоры прошли в Сеуле.",
     {"Министерство торговли Кореи": "org/ministerstvo-torgovli-yuzhnoy-korei"}),
    # a seat of power names the body seated there, as "Кремль" does (orgs21)
    ("Белый дом заявил, что США не поддержат резолюцию по Венесуэле.",
     {"Белый дом": WHITE_HOUSE}),
    ("Пресс-секретарь Белого дома сообщила о визите президента Кении в Вашингтон.",
     {"Белого дома": WHITE_HOUSE}),
    ("Пентагон сообщил о переброске двух эсминцев к берегам Йемена.", {"Пентагон": PENTAGON}),
    ("Представитель Пентагона заявил, что США продолжат поставки оружия Тайваню.",
     {"Пентагона": PENTAGON}),
    ("Елисейский дворец опроверг сообщения о визите президента Франции в Алжир.",
     {"Елисейский дворец": ELYSEE}),
    ("Даунинг-стрит отказалась комментировать переговоры с Ирландией.",
     {"Даунинг-стрит": DOWNING}),
    # the owner of what "у" has is the body
    # ... and what a statement did not pass by ("не прошло мимо"): the body noticed it (fix38h)
    ("Заявление Сеула не прошло мимо Белого дома.", {"Белого дома": WHITE_HOUSE}),
    ("У Кремля нет сведений о визите президента Турции в Сирию.", {"Кремля": KREMLIN}),
    ("У Белого дома есть вопросы к правительству Мексики.", {"Белого дома": WHITE_HOUSE}),
    # must not: the building as a place
    ("У Белого дома прошла акция протеста против поставок оружия Израилю.",
     {"Белого дома": None}),
    # ... after the older "пред" and "позади" (links66)
    ("Фермеры из Перу провели пикет пред Белым домом в Вашингтоне.", {"Белым домом": None}),
    ("Пикет против поставок оружия Чили прошёл позади Кремля.", {"Кремля": None}),
    ("Туристы из Китая отправились на экскурсию по Кремлю.", {"Кремлю": None}),
    ("Президент Аргентины провёл переговоры в Белом доме.", {"Белом доме": None}),
    ("Президент Египта прибыл в Елисейский дворец на переговоры.", {"Елисейский дворец": None}),
    ("Перед Пентагоном собрались ветераны войны во Вьетнаме.", {"Пентагоном": None}),
    ("Президент Кении выступил на лужайке Белого дома.", {"Белого дома": None}),
    ("Сотни людей собрались на Даунинг-стрит, требуя отставки премьера.",
     {"Даунинг-стрит": None}),
    # the seat after "в"/"на" that a verb of saying in the plural with no subject hangs on
    # is the body speaking (orgs22)
    ("На Даунинг-стрит заявили, что Великобритания не поддержит санкции против Индии.",
     {"Даунинг-стрит": DOWNING}),
    ("В Белом доме сообщили, что президент Бразилии посетит Вашингтон в мае.",
     {"Белом доме": WHITE_HOUSE}),
    ("В Пентагоне заявили о переброске войск в Польшу.", {"Пентагоне": PENTAGON}),
    ("В Елисейском дворце подчеркнули, что визит премьера Индии во Францию готовится.",
     {"Елисейском дворце": ELYSEE}),
    ("В Кремле пока не комментируют визит президента Египта.", {"Кремле": KREMLIN}),
    # must not: a speaker of its own, a verb of no saying; a visit's object is the building
    ("В Белом доме президент Кении заявил, что поддерживает сделку с США.",
     {"Белом доме": None}),
    ("В Белом доме выступили представители Мексики и Канады.", {"Белом доме": None}),
    ("Делегация Вьетнама посетила Кремль.", {"Кремль": None}),
    ("Делегация Японии посетила Пентагон в рамках визита в США.", {"Пентагон": None}),
    ("Президент Кении посетил Белый дом в среду.", {"Белый дом": None}),
    ("Министр обороны Индии посетил Даунинг-стрит.", {"Даунинг-стрит": None}),
    # "отметили", "считали" say something only with a clause after them (review24)
    ("В Белом доме отметили День независимости.", {"Белом доме": None}),
    ("В Елисейском дворце считали голоса до утра.", {"Елисейском дворце": None}),
    ("В Кремле отметили, что визит президента Египта готовится.", {"Кремле": KREMLIN}),
]  # fmt: skip


@pytest.fixture(scope="module")
def org_keys():
    read = shipped_reader()
    return lambda text: {m.text: m.entity for m in read(text) if m.type == "Organization"}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_foreign_bodies(org_keys, text: str, expected: dict[str, str | None]) -> None:
    keys = org_keys(text)
    assert {text: keys.get(text) for text in expected} == expected
