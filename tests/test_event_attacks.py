"""Attacks: sentences of our own about other states, with the mentions of one attack that
must be one event, attacks that must stay two, and words that tell no attack."""

from __future__ import annotations

import pytest
from fact_reads import state_keys

from kg.extract.agreements import read_agreements
from kg.extract.events import Event, extract_events
from kg.model import Document


@pytest.fixture
def attacks(analyse):
    """Text → the attacks kg reads from it (`analyse`: the shared pipeline, conftest.py)."""

    def read(text: str) -> list[Event]:
        ctx = analyse(Document(id="t", text=text, date=""))
        return [e for e in extract_events(ctx, read_agreements(ctx)) if e.kind == "Attack"]

    return read


@pytest.mark.parametrize(
    ("text", "states", "location"),
    [
        (
            "Вооружённые силы Азербайджана обстреляли позиции армянских военных в Тавушской "
            "области Армении.",
            {"state/AZE", "state/ARM"},
            None,
        ),
        (
            "Когда сирийская армия обстреляла повстанцев в Иордании, погибли двое.",
            {"state/SYR", "state/JOR"},
            "Иордания",
        ),
        (
            "Турция нанесла авиаудар по позициям курдских боевиков в Ираке.",
            {"state/TUR", "state/IRQ"},
            None,
        ),
        (
            "Боевики напали на посольство Франции в Бамако 13 мая 2019 года.",
            {"state/FRA"},
            "Бамако",
        ),
        ("Смертник напал на колонну военных вблизи села Марджа.", set(), "Марджа"),
        # one who opens fire is armed, whoever they are
        (
            "Ночью 1 октября в Сантьяго Луис Гомес открыл огонь из автомата по толпе "
            "посетителей фестиваля.",
            set(),
            None,
        ),
        ("Боевики открыли огонь по колонне армии Мали.", {"state/MLI"}, None),
        # an attempt on one's life is armed, whoever makes it
        (
            "Джон Смит, совершивший покушение на жизнь президента Перу Хуана Переса, вышел на "
            "свободу.",
            {"state/PER"},
            None,
        ),
    ],
)
def test_an_attack_its_sides_and_place(attacks, text: str, states: set, location) -> None:
    (attack,) = attacks(text)
    assert state_keys(attack) == states and attack.status == "occurred"
    assert location is None or attack.location == location


# a border the target lies at: the states it divides are no target, the target's own are
@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Боевики напали на военную базу у границы с Ливаном.", set()),
        ("Боевики атаковали блокпост армии Мали у границы с Нигером.", {"state/MLI"}),
        ("Армия Турции обстреляла позиции курдов на границе Сирии с Ираком.", {"state/TUR"}),
        (
            "Армия Индии обстреляла посты армии Пакистана на границе с Китаем.",
            {"state/IND", "state/PAK"},
        ),
        ("Армия Израиля обстреляла позиции армии Ливана.", {"state/ISR", "state/LBN"}),
    ],
)
def test_a_border_names_no_target(attacks, text: str, states: set) -> None:
    assert {s for attack in attacks(text) for s in state_keys(attack)} == states


def test_the_mentions_of_one_attack_are_one(attacks) -> None:
    text = (
        "Смертник атаковал колонну бронемашин НАТО. Нападение произошло 15 сентября. "
        "Смертник напал вблизи села Марджа в провинции Гильменд. Талибы взяли на себя "
        "ответственность за атаку."
    )
    (attack,) = attacks(text)
    assert attack.location == "Марджа"
    text = (
        "Армия Израиля нанесла удар по Газе. Армия Израиля атаковала цели в Газе 5 мая 2021 года."
    )
    (attack,) = attacks(text)
    assert attack.date == "2021-05-05"


def test_attacks_at_two_places_are_two(attacks) -> None:
    text = (
        "Боевики напали на блокпост вблизи села Марджа. Через час другая группа боевиков "
        "напала на базу вблизи города Лашкаргах."
    )
    assert len(attacks(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Футболисты «Спартака» атаковали ворота соперника в Москве.",
        "Сборная Бразилии нанесла удар по воротам Аргентины.",
        "Министр нанёс удар по репутации правительства Перу.",
        "Власти Турции подозревают военных в нападении на отель в Анталье.",
        "Премьер-министр Израиля пригрозил атаковать базы боевиков в Ливане.",
        "Армия Израиля не атаковала цели в Ливане.",
        # fire one only threatens, one of words, an opening of another thing
        "Полиция Перу пригрозила открыть огонь по демонстрантам в Лиме.",
        "Президент Перу открыл огонь критики по оппозиции.",
        "В Лиме открыли Вечный огонь в память о погибших солдатах Перу.",
        "Президент Чили открыл выставку в Сантьяго.",
        # an attempt only spoken of or foiled
        "Следствие считает Педро Гомеса заказчиком покушения на министра Перу Хуана Переса.",
        "Педро Гомес обвиняется в покушении на убийство мэра Лимы.",
        "Полиция Перу предотвратила покушение на президента Хуана Переса.",
    ],
)
def test_no_attack(attacks, text: str) -> None:
    assert not attacks(text)


# text, the target's states: a pronoun target stands for the last thing of its gender and
# number the sentence before names with a state in its phrase, or for the person before
PRONOUN_TARGETS = [
    ("У здания посольства Турции в Могадишо прогремел взрыв. Боевики атаковали его из "
     "миномётов.", {"state/TUR"}),
    ("Колонна армии Мали двигалась к Гао. Боевики обстреляли её из засады.", {"state/MLI"}),
    ("Премьер-министр Ливии Абдель Хамид Дбейба прибыл в Бенгази. Боевики напали на него у "
     "здания аэропорта.", {"state/LBY"}),
    # a time before the pronoun is no thing it stands for: the person is
    ("Министр обороны Сомали Абдулкадир Нур прибыл в Кисмайо во вторник. Боевики атаковали "
     "его у здания аэропорта.", {"state/SOM"}),
    ("Премьер-министр Мали Шогель Майга прибыл в Гао в конце прошлой недели. Боевики напали "
     "на него у здания аэропорта.", {"state/MLI"}),
    ("Премьер-министр Чада Саксес Масра прибыл в Абеше. Утром боевики напали на него.",
     {"state/TCD"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), PRONOUN_TARGETS)
def test_a_pronoun_target_stands_for_the_thing_before(attacks, text: str, states: set) -> None:
    (attack,) = attacks(text)
    assert state_keys(attack) == states


@pytest.mark.parametrize(
    "text",
    [
        # must not: a thing of another gender, or one whose phrase names no state,
        "Посольство Турции в Могадишо закрыто. Вечером боевики атаковали её из миномётов.",
        "В Могадишо прогремел взрыв. Боевики атаковали его из миномётов.",
        # nor the person beside a thing that names no one
        "Президент Турции Реджеп Тайип Эрдоган покинул отель незадолго до того, как его "
        "штурмовала группа военных.",
    ],
)
def test_a_pronoun_target_of_nothing_named(attacks, text: str) -> None:
    assert not any(state_keys(a) for a in attacks(text))


# text (dated 2024-05-17), the dates of its attacks on the French embassy (a blast at it is
# one of them)
AGAIN = [
    ("7 мая у здания посольства Франции в Бамако прогремел взрыв. Позже боевики атаковали его.",
     {"2024-05-07"}),
    ("12 мая экстремисты напали на посольство Франции в Бамако. Затем боевики обстреляли его "
     "из миномётов.",
     {"2024-05-12"}),
    # must not: a day of its own, or another target, is no carry
    ("7 мая у здания посольства Франции в Бамако прогремел взрыв. 9 мая боевики атаковали его.",
     {"2024-05-07", "2024-05-09"}),
    ("7 мая в Бамако прогремел взрыв. Позже боевики атаковали посольство Франции.",
     {"2024-05-17"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "days"), AGAIN)
def test_an_attack_on_it_again_is_of_the_day_before(analyse, text: str, days: set) -> None:
    """ "Позже боевики атаковали его": the attack on what the dated sentence before told of
    is of that sentence's day, not the dateline's."""
    ctx = analyse(Document(id="t", text=text, date="2024-05-17"))
    events = extract_events(ctx, read_agreements(ctx))
    assert {e.date for e in events if e.kind == "Attack" and "state/FRA" in e.participants} == days


# text, the (date, states) of its attacks: "они" stands for the armed side named before it
# in its paragraph, and "на неё" (tagged ADV) for the thing before
TOLD_BACK = [
    ("3 июня 2021 года боевики атаковали военную базу Чада у озера Чад. 6 июня они снова "
     "напали на неё.",
     {("2021-06-03", frozenset({"state/TCD"})), ("2021-06-06", frozenset({"state/TCD"}))}),
    ("Боевики группировки «Аш-Шабааб» вошли в пригород Найроби. Вечером они атаковали "
     "посольство Великобритании.",
     {("", frozenset({"state/GBR"}))}),
    ("Военные Эфиопии заняли позиции у границы. 4 мая 2020 года они обстреляли лагерь "
     "повстанцев.",
     {("2020-05-04", frozenset({"state/ETH"}))}),
    # must not: fans, fishermen, the last side before is unarmed, or another paragraph's
    ("Болельщики окружили автобус сборной Чили. Они атаковали его камнями.", set()),
    ("Рыбаки Франции заблокировали порт. Они атаковали суда Великобритании краской.", set()),
    ("Военные Чада покинули город, и жители вернулись домой. Они атаковали посольство "
     "Франции.", set()),
    ("Боевики захватили город на севере Мали.\n\nВечером они атаковали посольство Франции.",
     set()),
    # a bomb that goes off at a state's mission, and a mission's building named bare after
    # the mission was named with its state
    ("3 марта 2022 года у посольства Индии в Кабуле сработало взрывное устройство.",
     {("2022-03-03", frozenset({"state/IND"}))}),
    ("Возле консульства Бразилии в Асунсьоне взорвалась бомба.",
     {("", frozenset({"state/BRA"}))}),
    ("У посольства Индии в Кабуле прогремел взрыв. Через час боевики обстреляли здание "
     "посольства.",
     {("", frozenset({"state/IND"}))}),
    # must not: what goes off is no device, a device that did not or may go off, a mission
    # named bare with no state before it, or one of another paragraph
    ("У посольства Индии в Кабуле сработала сигнализация.", set()),
    ("Взрывное устройство у посольства Индии не сработало.", set()),
    ("Сапёры обезвредили взрывное устройство у посольства Индии.", set()),
    ("Полиция сообщила, что у консульства Бразилии может взорваться бомба.", set()),
    ("Боевики обстреляли здание посольства в Кабуле.", {("", frozenset())}),
    ("Посольство Индии в Кабуле закрыто.\n\nБоевики обстреляли здание посольства.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TOLD_BACK)
def test_attacks_told_by_pronouns_devices_and_missions(attacks, text: str, expected: set) -> None:
    """Each attack's (date, states): "они" as the armed side before, a bomb gone off at a
    mission, a mission's building named bare after the mission was named with its state."""
    assert {(a.date, frozenset(state_keys(a))) for a in attacks(text)} == expected


# text, states, place of a bomb or blast at a thing: the thing's owners are attacked, the
# city it stands in is the place; a blast rings out as an attack only at a thing of a state
AT_A_THING = [
    ("Взрыв прогремел у посольства Египта в Триполи.", {"state/EGY"}, "Триполи"),
    ("У посольства Египта в Триполи сработало взрывное устройство.", {"state/EGY"}, "Триполи"),
    ("Возле здания посольства Турции в Кабуле взорвалась бомба.", {"state/TUR"}, "Кабул"),
    ("Возле рынка в Багдаде взорвалась бомба.", set(), "Багдад"),
    ("Бомба взорвалась около отеля в Могадишо, где жил посол Кении.", set(), "Могадишо"),
    ("Возле посольства Нигерии взорвалась бомба.", {"state/NGA"}, ""),
    # a blast of a bomb (a mined car too) is still one
    ("У посольства Египта в Триполи прогремел взрыв бомбы.", {"state/EGY"}, "Триполи"),
    (
        "Возле посольства Турции в Кабуле прогремел взрыв заминированного автомобиля.",
        {"state/TUR"},
        "Кабул",
    ),
]


@pytest.mark.parametrize(("text", "states", "location"), AT_A_THING)
def test_a_bomb_at_a_thing_attacks_its_owners_in_its_city(
    attacks, text: str, states: set, location: str
) -> None:
    (attack,) = attacks(text)
    assert (state_keys(attack), attack.location) == (states, location)


@pytest.mark.parametrize(
    "text",
    [
        "В Кабуле прогремел взрыв.",
        "Взрыв прогремел у рынка в Багдаде.",
        "У посольства Египта в Триполи прогремели выстрелы.",
        # a blast of what is no bomb: gas, a boiler
        "У посольства Египта в Триполи прогремел взрыв бытового газа.",
        "Возле консульства Турции в Кабуле прогремел взрыв котла.",
        # a border is no state's thing: it attacks neither state it divides
        "Взрыв прогремел у границы Ирака с Сирией.",
        "У границы Мали с Нигером прогремел взрыв.",
    ],
)
def test_a_blast_at_no_state_s_thing_is_no_attack(attacks, text: str) -> None:
    assert not attacks(text)
