"""A press conference is its speaker's; a joint one is held by both sides: those its
sentence names, a pronoun's person, else those the sentence before has meet. Sentences of
our own about other states."""

from __future__ import annotations

import pytest

# text, who must take part
JOINT = [
    ("Президент Латвии Эдгарс Ринкевичс и президент Эстонии Алар Карис провели в Риге "
     "совместную пресс-конференцию.",
     {"person/edgars-rinkevichs", "state/LVA", "state/EST"}),
    # "он": the subject of the sentence before, the one woman before it fitting no "он"
    ("Премьер-министр Дании Метте Фредериксен приняла в Копенгагене премьер-министра Норвегии "
     "Йонаса Гара Стёре. После переговоров с Фредериксен на совместной пресс-конференции он "
     "заявил, что страны построят газопровод.", {"person/yonas-gar-stere", "state/NOR",
                                                  "state/DNK"}),
    # "они": those the sentence before has meet
    ("Президент Египта Абдель Фаттах ас-Сиси принял в Каире короля Иордании Абдаллу II. На "
     "совместной пресс-конференции они сообщили о создании совместного фонда.",
     {"person/abdel-fattah-el-sisi", "person/abdalla-ii", "state/EGY", "state/JOR"}),
    ("Президент Финляндии Саули Ниинистё встретился в Хельсинки с президентом Эстонии Аларом "
     "Карисом. На совместной пресс-конференции Ниинистё заявил о новых учениях.",
     {"person/alar-karis", "state/FIN", "state/EST"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), JOINT)
def test_a_joint_press_conference_is_both_sides(events, text, who) -> None:
    (press,) = [e for e in events(text) if e.kind == "Publication"]
    assert who <= set(press.participants)


# a minister's own press conference at home: the minister's state only
ALONE = [
    ("Министр финансов Австралии Джим Чалмерс провёл пресс-конференцию в Канберре.", "state/NZL"),
    ("Президент Финляндии Саули Ниинистё встретился с президентом Эстонии Аларом Карисом. На "
     "пресс-конференции Ниинистё заявил о новых учениях.", "state/EST"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "other"), ALONE)
def test_a_press_conference_of_one_is_its_speakers(events, text, other) -> None:
    (press,) = [e for e in events(text) if e.kind == "Publication"]
    assert other not in press.participants


# text, the speakers, whom they speak of (no side)
SPOKEN_OF = [
    ("На совместной пресс-конференции с президентом Литвы Гитанасом Науседой президент Польши "
     "Анджей Дуда осудил Лукашенко.",
     {"person/andzhey-duda", "person/gitanas-nauseda"}, "person/alexander-lukashenko"),
    ("После переговоров с президентом Литвы Гитанасом Науседой на совместной пресс-конференции "
     "президент Польши Анджей Дуда осудил Лукашенко.",
     {"person/andzhey-duda", "person/gitanas-nauseda"}, "person/alexander-lukashenko"),
    ("Президент Франции Эммануэль Макрон и канцлер Германии Олаф Шольц провели совместную "
     "пресс-конференцию, на которой осудили Си Цзиньпина.",
     {"person/Q3052772", "person/olaf-scholz"}, "person/Q15031"),
    ("На совместной пресс-конференции с премьер-министром Японии Фумио Кисидой президент США "
     "Джо Байден обвинил Ким Чен Ына в провокациях.",
     {"person/Q6279", "person/fumio-kishida"}, "person/Q56226"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speakers", "other"), SPOKEN_OF)
def test_a_joint_press_conference_is_its_speakers_not_whom_they_speak_of(
    events, text, speakers, other
) -> None:
    (press,) = [e for e in events(text) if e.kind == "Publication"]
    assert speakers <= set(press.participants)
    assert other not in press.participants


# text, the label: a joint press conference names both who hold it, one's own its speaker
LABELS = [
    ("Президент Индонезии Прабово Субианто и премьер-министр Австралии Энтони Албанезе 15 ноября "
     "провели совместную пресс-конференцию в Дарвине.",
     "Пресс-конференция Прабово Субианто и Энтони Албанезе"),
    ("Президент Чили Габриэль Борич встретился в Сантьяго с президентом Перу Диной Болуарте. На "
     "совместной пресс-конференции они сообщили о новом коридоре.",
     "Пресс-конференция Габриэля Борича и Дины Болуарте"),
    # must not: a press conference of one names its speaker alone
    ("Президент Чили Габриэль Борич встретился в Сантьяго с президентом Перу Диной Болуарте. На "
     "пресс-конференции Борич заявил о новом коридоре.",
     "Пресс-конференция Габриэля Борича"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_a_joint_press_conference_label_names_both_sides(events, text, label) -> None:
    (press,) = [e for e in events(text) if e.kind == "Publication"]
    assert press.label == label
