"""Relation levels in the wordings news uses: a level proposed or called for, partners in a
cause, partners of a body of no named state (rel29's own agency paragraphs)."""

from __future__ import annotations

import pytest
from relation_runs import level_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    return lambda text: level_rows(analyse, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a level one side proposes, calls for or speaks up for is not yet
        ("Министр иностранных дел Марокко принял испанского коллегу. Он предложил поднять "
         "отношения двух стран до уровня стратегического партнёрства.", set()),
        ("Президент Филиппин призвал вывести отношения с Вьетнамом на уровень "
         "стратегического партнёрства.", set()),
        ("Индия предложила Египту установить отношения всеобъемлющего стратегического "
         "партнёрства.", set()),
        ("Бразилия выступила за повышение уровня отношений с Мексикой до стратегического "
         "партнёрства.", set()),
        # must: a level in force one calls to strengthen, one reached told after a speech
        ("Президент Филиппин призвал укреплять стратегическое партнёрство с Вьетнамом.",
         {("state/PHL", "state/VNM", "стратегическое партнерство")}),
        ("Выступая в парламенте, министр напомнил, что Бразилия и Мексика стали "
         "стратегическими партнёрами.",
         {("state/BRA", "state/MEX", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_level_proposed_or_called_for_is_not_yet(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: partners in one cause ("в деле …") are no level of the relations
        ("Франция и Сенегал — стратегические партнёры в деле обеспечения безопасности в "
         "Сахеле, заявил Макрон.", set()),
        ("Африканский союз и Египет являются стратегическими партнёрами в деле мира на "
         "континенте.", set()),
        # must: "на деле", in fact, says nothing of a cause
        ("На деле Египет и Турция остаются стратегическими партнёрами.",
         {("state/EGY", "state/TUR", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_partners_in_a_cause_are_no_level(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: partners or allies of a body that names no state are the body's
        ("Турция и Катар являются союзниками правительства национального единства, тогда как "
         "ОАЭ и Египет поддерживают маршала Хафтара.", set()),
        ("Президент Кении посетил Аддис-Абебу. Стороны обсудили положение в Сомали, где "
         "Турция и Катар являются стратегическими партнёрами федерального правительства.",
         set()),
        # must: allies of a state, and a body that only says who spoke
        ("Южная Корея и Япония — союзники США.",
         {("state/JPN", "state/USA", "союзничество"), ("state/KOR", "state/USA", "союзничество")}),
        ("Армения и Франция — стратегические партнёры, заявило правительство.",
         {("state/ARM", "state/FRA", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_partners_of_a_body_of_no_named_state_are_no_level(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must: a participle of becoming on the subjects tells a level reached, whatever
        # they plan next
        ("Индия и Египет, ставшие в 2023 году стратегическими партнёрами, планируют "
         "расширить торговлю.", {("state/EGY", "state/IND", "стратегическое партнерство")}),
        ("Чили и Перу, установившие стратегическое партнёрство, намерены увеличить "
         "товарооборот.", {("state/CHL", "state/PER", "стратегическое партнерство")}),
        # must-not: a becoming only planned
        ("Чили и Перу планируют установить стратегическое партнёрство.", set()),
    ],
)  # fmt: skip
def test_a_participle_of_becoming_is_a_level_reached(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a level one is only ready for, or refuses to grant
        ("Брюссель пока не готов предоставить Еревану статус стратегического партнёра, "
         "сообщил источник в Еврокомиссии.", set()),
        ("Египет и Турция готовы стать стратегическими партнёрами, заявил министр.", set()),
        ("Мексика и Бразилия готовы к установлению стратегического партнёрства.", set()),
        ("ЕС отказался предоставить Грузии статус стратегического партнёра.", set()),
        # must: a level one is ready to develop, a status granted
        ("Индия и Египет готовы развивать стратегическое партнёрство.",
         {("state/EGY", "state/IND", "стратегическое партнерство")}),
        ("Евросоюз предоставил Армении статус стратегического партнёра.",
         {("org/eu", "state/ARM", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_level_only_ready_for_or_refused_is_not_yet(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a level whose own adjective is negated, or that "нельзя" names
        ("Премьер-министр Австралии заявил, что Австралия и Китай больше не стратегические "
         "партнёры.", set()),
        ("Отношения Индии и Китая нельзя назвать стратегическим партнёрством, заявил "
         "министр.", set()),
        # must: "не только", "не просто" say more, not less
        ("Индия и Франция — не только стратегические партнёры, но и друзья.",
         {("state/FRA", "state/IND", "стратегическое партнерство")}),
        ("Бразилия и Аргентина не просто стратегические партнёры.",
         {("state/ARG", "state/BRA", "стратегическое партнерство")}),
        # must: "нельзя" that does not name the level denies nothing
        ("Нельзя недооценивать стратегическое партнёрство Индии и Японии.",
         {("state/IND", "state/JPN", "стратегическое партнерство")}),
        ("Нельзя забывать, что Вьетнам и Япония — стратегические партнёры.",
         {("state/JPN", "state/VNM", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_level_denied_by_its_adjective_or_by_nelzya_is_none(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a change one played a role in or furthered has come
        (
            "Посол сыграл видную роль в восстановлении дипломатических отношений между Францией "
            "и Вьетнамом.",
            {("state/FRA", "state/VNM", "восстановление дипломатических отношений")},
        ),
        (
            "Визит министра способствовал улучшению отношений Чили и Перу.",
            {("state/CHL", "state/PER", "улучшение отношений")},
        ),
        # must-nots: a role or a help only possible or ahead
        (
            "Посол может сыграть роль в восстановлении дипломатических отношений между Францией "
            "и Вьетнамом.",
            set(),
        ),
        ("Визит министра будет способствовать улучшению отношений Чили и Перу.", set()),
        ("Визит министра должен способствовать улучшению отношений Чили и Перу.", set()),
    ],
)
def test_a_change_one_played_a_role_in_has_come(read, text, found):  # noqa: ANN001, ANN201
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a role played or a help given still going on (a present, a participle, a
        # gerund, an infinitive) tells no change come
        ("Бразилия играет ключевую роль в нормализации отношений между Чили и Перу.", set()),
        ("Посол играл видную роль в восстановлении дипломатических отношений между Францией "
         "и Вьетнамом.", set()),
        ("Египет содействует нормализации отношений между Эфиопией и Суданом.", set()),
        ("Египет продолжает содействовать нормализации отношений между Ганой и Того.", set()),
        ("Стороны подписали меморандум, способствующий нормализации отношений между Ганой и "
         "Того.", set()),
        ("Евросоюз выделил средства, способствуя нормализации отношений между Ганой и Того.",
         set()),
        ("По мнению экспертов, торговля способствует улучшению отношений между Чили и Перу.",
         set()),
        ("Это способствует обострению отношений между Эфиопией и Суданом.", set()),
        # must: one furthered told in the finite past
        ("Визит президента Бразилии способствовал улучшению отношений между Бразилией и Чили.",
         {("state/BRA", "state/CHL", "улучшение отношений")}),
        ("Египет содействовал нормализации отношений между Эфиопией и Суданом.",
         {("state/ETH", "state/SDN", "нормализация отношений")}),
    ],
)  # fmt: skip
def test_a_role_or_a_help_going_on_tells_no_change_come(read, text, found):  # noqa: ANN001, ANN201
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a past participle or a past gerund of playing a role or furthering: the change came
        ("Лула, сыгравший ключевую роль в нормализации отношений между Чили и Перу, прибыл в "
         "Лиму.", {("state/CHL", "state/PER", "нормализация отношений")}),
        ("Алжир, содействовавший восстановлению дипломатических отношений между Ганой и Того, "
         "приветствовал визит.",
         {("state/GHA", "state/TGO", "восстановление дипломатических отношений")}),
        ("Сыграв важную роль в восстановлении отношений между Эфиопией и Суданом, Кения "
         "укрепила позиции.", {("state/ETH", "state/SDN", "восстановление отношений")}),
        ("Бразилия, способствовавшая улучшению отношений между Чили и Перу, приветствовала "
         "визит.", {("state/CHL", "state/PER", "улучшение отношений")}),
        ("Рамафоса, сыгравший ключевую роль в нормализации отношений между Эфиопией и Сомали, "
         "прибыл в Аддис-Абебу.", {("state/ETH", "state/SOM", "нормализация отношений")}),
        # must-nots: a present participle or gerund tells a help still going on
        ("Алжир, содействующий восстановлению дипломатических отношений между Ганой и Того, "
         "приветствовал визит.", set()),
        ("Бразилия, способствующая улучшению отношений между Чили и Перу, приветствовала "
         "визит.", set()),
        ("Содействуя восстановлению отношений между Эфиопией и Суданом, Кения укрепила "
         "позиции.", set()),
    ],
)  # fmt: skip
def test_a_past_participle_or_gerund_of_furthering_tells_the_change_come(read, text, found):  # noqa: ANN001, ANN201
    assert read(text) == found


_CUT = "нет дипломатических отношений"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # relations of no kind a state breaks off are the diplomatic ones (agrrel34)
        ("Эквадор разорвал отношения с Мексикой после штурма посольства.",
         {("state/ECU", "state/MEX", _CUT)}),
        ("Эквадор и Мексика разорвали отношения.", {("state/ECU", "state/MEX", _CUT)}),
        ("Отношения между Колумбией и Венесуэлой были разорваны.",
         {("state/COL", "state/VEN", _CUT)}),
        ("Эквадор разорвал все отношения с Мексикой и Кубой.",
         {("state/ECU", "state/MEX", _CUT), ("state/CUB", "state/ECU", _CUT)}),
        # must-nots: relations of a domain, of a body, a person or a firm; with a firm;
        # a cut threatened or denied; relations suspended
        ("Эквадор разорвал торговые отношения с Мексикой.", set()),
        ("Футбольная федерация Эквадора разорвала отношения с Мексикой.", set()),
        ("Актёр из Эквадора разорвал отношения с Мексикой.", set()),
        ("Эквадор разорвал отношения с компанией из Мексики.", set()),
        ("Эквадор разорвал отношения с Газпромом.", set()),
        ("Эквадор пригрозил разорвать отношения с Мексикой.", set()),
        ("Эквадор не стал разрывать отношения с Мексикой.", set()),
        ("Эквадор и Мексика прервали отношения на время переговоров.", set()),
    ],
)  # fmt: skip
def test_relations_broken_off_are_the_diplomatic_ones(read, text, found):  # noqa: ANN001, ANN201
    assert read(text) == found
