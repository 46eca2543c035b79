"""The state of an arrest is the one whose authorities arrest, or where it happens, never the
state the one detained is a citizen or a native of: "X находится под арестом в Лиме" is held
in Peru whatever X's own state, and "иммигрант из Египта X … После ареста X заявил" tells no
state of the arrest (the text's only state is his origin). Sentences of our own (events99)."""

from __future__ import annotations

import pytest

# (text, states the arrest must have, states it must not have)
ARRESTS = [
    # held "под арестом": the verb's subject is the one held, not who holds them
    ("Бывший министр обороны Чили Хорхе Варгас, который находится под арестом в Лиме, "
     "отказался от дачи показаний.", {"state/PER"}, set()),
    ("Министр обороны Чили Хорхе Варгас находится под арестом в Перу.", {"state/PER"}, set()),
    # the text's state is only the origin or citizenship of the one arrested
    ("Иммигрант из Египта Ахмед Салех напал на прохожих в Стамбуле. После ареста Салех "
     "заявил, что действовал один.", set(), {"state/EGY"}),
    ("Уроженец Перу Хуан Перес напал на полицейского. После ареста Перес заявил, что не "
     "виновен.", set(), {"state/PER"}),
    ("Гражданин Германии Ханс Мюллер ранил полицейского. После ареста Мюллер признал вину.",
     set(), {"state/DEU"}),
    # a city the gazetteer places in a state tells where, as a capital does
    ("Гражданин Египта задержан в аэропорту Стамбула.", {"state/TUR"}, {"state/EGY"}),
    ("Гражданка Латвии Анна Озола была задержана в Гданьске.", {"state/POL"}, {"state/LVA"}),
    ("Полиция задержала гражданина Перу Хуана Переса в Антофагасте.", {"state/CHL"},
     {"state/PER"}),
    ("Гражданин Канады задержан в Монтеррее.", {"state/MEX"}, {"state/CAN"}),
    # must keep: the authorities' state, the place's, the text's where no citizenship is told
    ("Полиция Германии задержала гражданина Польши.", {"state/DEU"}, {"state/POL"}),
    ("Власти Венесуэлы арестовали двух граждан США.", {"state/VEN"}, {"state/USA"}),
    ("В Иране задержан гражданин Франции.", {"state/IRN"}, {"state/FRA"}),
    ("Власти Перу взяли Хуана Переса под стражу.", {"state/PER"}, set()),
    ("Полиция задержала 15-летнего Яна Тамма 22 января. Премьер-министр Эстонии "
     "прокомментировал инцидент.", {"state/EST"}, set()),
    ("Бывший премьер-министр Эстонии Анна Тамм была арестована в 2011 году. Эстония объявила "
     "о начале процесса.", {"state/EST"}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "must", "must_not"), ARRESTS)
def test_an_arrest_is_the_state_that_arrests(events, text, must, must_not) -> None:
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert must <= set(arrest.participants)
    assert not must_not & set(arrest.participants)


def test_one_held_under_arrest_is_its_target(events) -> None:
    text = "Гражданка Эстонии Анна Тамм находится под арестом в Риге."
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert "person/anna-tamm" in arrest.participants
    assert "state/EST" not in arrest.participants


# (text, who is arrested, who is not): "он" after a sentence that asks for an act on a person
# is that person, not the one who asks; after an act done, the subject before as ever
PRONOUNS = [
    ("Президент Чили Габриэль Борич потребовал освободить Хуана Переса. Он был задержан в Перу "
     "в январе.", "person/khuan-peres", "person/gabriel-borich"),
    ("Министр иностранных дел Канады Мелани Жоли призвала к освобождению Джона Смита. Он был "
     "арестован в Мексике.", "person/dzhon-smit", "person/melanie-joly"),
    ("После ареста Хуана Переса в 2001 году Хорхе Варгас скрылся. Он скрывался десять лет и "
     "был арестован в Чили.", "person/khorkhe-vargas", "person/khuan-peres"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "held", "other"), PRONOUNS)
def test_he_arrested_is_whom_the_sentence_before_asks_for(events, text, held, other) -> None:
    arrests = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    last = arrests[-1]
    assert held in last.participants and other not in last.participants
