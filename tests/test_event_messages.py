"""Letters, telegrams and messages between leaders: told by the verb that sends them, by the
one they are addressed to, by a reply; who sends them and to whom. Sentences of our own
about other states."""

from __future__ import annotations

import pytest

# text, who must take part
SENT = [
    # a letter told by whom it is addressed to, whatever verb it hangs on
    ("В письме премьер-министру Нидерландов Марку Рютте канцлер Австрии Карл Нехаммер "
     "предложил провести встречу.", {"person/mark-rutte", "state/NLD", "state/AUT"}),
    # turning to someone with a letter: "к" names the addressee
    ("Президент Чили Габриэль Борич обратился с письмом к президенту Перу.",
     {"person/gabriel-borich", "state/CHL", "state/PER"}),
    # a reply by letter
    ("Король Норвегии Харальд V ответил письмом на послание короля Дании.",
     {"person/Q57287", "state/NOR"}),
    # a congratulation sent
    ("Президент Кении направил поздравление президенту Эфиопии с национальным праздником.",
     {"state/KEN", "state/ETH"}),
    # the addressee the parser hangs on the telegram's content
    ("Президент Польши Анджей Дуда направил телеграмму соболезнования президенту Турции "
     "Реджепу Тайипу Эрдогану.", {"person/recep-tayyip-erdogan", "state/TUR", "state/POL"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), SENT)
def test_a_message_sent_and_its_sides(events, text, who) -> None:
    (message,) = [e for e in events(text) if e.kind == "Message"]
    assert who <= set(message.participants) and message.status == "occurred"


NONE = [
    # private people write for themselves, not for a state
    "Жители города Кордова направили письмо президенту Аргентины.",
    "Ученики одной из школ Лимы написали письмо президенту Перу.",
    "Пенсионеры обратились с письмом к президенту Чили.",
    # a letter no one sends: its words, not an act
    "В письме говорится, что стороны готовы продолжить диалог.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_message(events, text) -> None:
    assert not [e for e in events(text) if e.kind == "Message"]


# text, a state named in a dative beside the letter that is no one it is sent to
NOT_ADDRESSED = [
    ("Согласно латвийским источникам, премьер-министр Эстонии направил письмо в Брюссель.",
     "state/LVA"),
    ("Премьер-министр Эстонии, согласно латвийским данным, направил письмо в Еврокомиссию.",
     "state/LVA"),
    ("Премьер-министр Эстонии направил телеграмму соболезнования, согласно финским СМИ.",
     "state/FIN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "other"), NOT_ADDRESSED)
def test_a_dative_word_that_is_no_object_is_no_addressee(events, text, other) -> None:
    (message,) = [e for e in events(text) if e.kind == "Message"]
    assert other not in message.participants


# text, the message's label (who sends it), an envoy who only hands it over (no side)
HANDED_OVER = [
    ("Посол Японии Хироси Судзуки передал премьер-министру Индии Нарендре Моди письмо "
     "премьер-министра Японии Фумио Кисиды.", "Письмо Фумио Кисиды", ""),
    ("Посол Франции в Египте Эрик Шевалье передал президенту Египта Абдель Фаттаху ас-Сиси "
     "послание президента Франции Эммануэля Макрона.", "Послание Эмманюэля Макрона",
     "person/erik-shevale"),
    # one who receives a letter takes part, its writer sends it
    ("Президент Египта Абдель Фаттах ас-Сиси получил послание президента Франции Эммануэля "
     "Макрона.", "Послание Эмманюэля Макрона", ""),
    # must not change: a letter handed over that names no writer is its subject's
    ("Президент Франции Эммануэль Макрон передал президенту Египта послание.",
     "Послание Эмманюэля Макрона", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "envoy"), HANDED_OVER)
def test_a_letter_handed_over_is_its_writers(events, text, label, envoy) -> None:
    (message,) = [e for e in events(text) if e.kind == "Message"]
    assert message.label == label
    assert envoy not in message.participants


def test_a_letter_sent_and_handed_over_is_one(events) -> None:
    text = ("Президент Франции Эммануэль Макрон направил послание президенту Египта Абдель "
            "Фаттаху ас-Сиси. Посол Франции в Египте Эрик Шевалье передал президенту Египта "
            "послание президента Франции.")  # fmt: skip
    (message,) = [e for e in events(text) if e.kind == "Message"]
    assert message.label == "Послание Эмманюэля Макрона"
