"""Quote owners the text names in other ways: the person an outlet cites in the accusative
after a long title ("цитирует EFE директора … Марию Сантос"), "Слова X в беседе с …:
«…»", a wife named again as "супруга", a capitalised "Папа" mid-sentence, a first-person
story after a colon that tells what the speaker was told ("брат сказал мне, что …"), the
person an outlet cites whatever the parse hangs him on ("— цитирует газета «Кларин»
президента X"), one who cites his own words ("процитировал своё заявление: «…»"); not
one who cites a document or a body's statement ("процитировал указ: «…»"), not a
husband's words given to his wife nor a wife's to her husband, a widow of someone else, a
"Папа" where no pope was named, a quoted topic after "слова X о", nor an outlet's report
("заявил нашему корреспонденту") after a colon."""

from __future__ import annotations

import pytest

SANTOS = "Корпорация Siemens подала заявку на участие в тендере. "
MEETING = "«В Бразилии мы встречались с министерством экономики, когда обсуждали наш проект»"
VIEIRA = "Министр иностранных дел Бразилии Мауро Виейра побывал в Лиме. "
BORDER = "Бразилия и Перу подпишут договор о границе весной"
LOPEZ = "Жена осуждённого в Перу гражданина Чили Мария Лопес приехала в Лиму. "
VISITS = "не реже одного раза в неделю и не менее часа"
CHURCH = "это церковь всех людей и «которая поёт единую песнь во имя Господа»."
STORY = (
    "Когда я был молод, я мечтал об идеальной девушке. Мой брат сказал мне, что знает одну "
    "модель из Мадрида. Он сказал, что она должна мне понравиться."
)
SANCTIONS = "Сербия не введёт санкции против России, пока я президент"
FALKLANDS = "Аргентина вернёт Фолклендские острова мирным путём"
ODINGA = "Министр культуры Кении Питер Одинга сказал журналистам:\n"


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # the accusative the parse tags a genitive ("директора") is in apposition to the name
        (
            f"{SANTOS}{MEETING}, — цитирует агентство EFE директора по развитию бизнеса Siemens "
            "в Бразилии Марию Сантос.",
            "Мария Сантос",
            MEETING.strip("«»"),
        ),
        # "Слова X" and where they were said, a colon leading into them
        (f"{VIEIRA}Слова Виейры в беседе с журналистами: «{BORDER}».", "Мауру Виейра", BORDER),
        # a wife named again
        (
            f"{LOPEZ}«Мне разрешили свидание с мужем», — рассказала Мария Лопес. Тем не менее "
            f"супруга убеждена, что встречи должны проходить «{VISITS}».",
            "Мария Лопес",
            VISITS,
        ),
        # a capitalised title mid-sentence is the one pope named
        (
            "Папа Римский Франциск назначил новых епископов. В ходе церемонии Папа подчеркнул "
            f"единство церкви, напомнив о том, что {CHURCH}",
            "Франциск",
            "которая поёт единую песнь во имя Господа",
        ),
        # a story in the first person that tells what the speaker was told
        (
            f"Певец Хулио Иглесиас рассказал однажды, как познакомился с женой:\n{STORY}",
            "Хулио Иглесиас",
            STORY,
        ),
        # the person an outlet cites whatever the parse hangs him on: on the outlet's name,
        # on the verb the quotation holds ("цитирует газета «Кларин» президента X")
        (
            f"«{SANCTIONS}», — цитирует агентство Танюг президента Сербии Александра Вучича.",
            "Александр Вучич",
            SANCTIONS,
        ),
        (
            f"«{FALKLANDS}», — цитирует газета «Кларин» президента Аргентины Хавьера Милея.",
            "Хавьер Милей",
            FALKLANDS,
        ),
        (
            f"«{FALKLANDS}», — цитирует издание Hürriyet министра иностранных дел Турции "
            "Хакана Фидана.",
            "Хакан Фидан",
            FALKLANDS,
        ),
        # one who cites his own words ("своё заявление", "свои слова") speaks them
        (
            f"Президент Сербии Александр Вучич процитировал своё давнее заявление: «{SANCTIONS}».",
            "Александр Вучич",
            SANCTIONS,
        ),
        (
            f"Президент Аргентины Хавьер Милей процитировал свои слова: «{FALKLANDS}».",
            "Хавьер Милей",
            FALKLANDS,
        ),
        (
            f"Премьер-министр Перу Густаво Адриансен процитировал своё обещание: «{BORDER}».",
            "Густаво Адриансен",
            BORDER,
        ),
    ],
)
def test_quote_owner(said, text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in said(text)


@pytest.mark.parametrize(
    "text",
    [
        # the husband named before is no "супруга", a widow of someone else no one named
        f"Посол Чили Педро Рамос приехал в Лиму. Его супруга убеждена, что встречи должны "
        f"проходить «{VISITS}».",
        "Министр Перу Ана Гомес встретилась с послом Чили. Вдова посла Эквадора заявила, что "
        f"встречи должны проходить «{VISITS}».",
        # no pope named: "Папа" is not the cardinal
        f"Кардинал Пьетро Паролин прибыл в Лиму. В ходе церемонии Папа напомнил, что {CHURCH}",
        # a quoted topic after "слова X о"
        f"{VIEIRA}Слова Мауро Виейры о «Бразилии и Перу» не понравились оппозиции.",
        # the outlet's "нашему корреспонденту" is the narrator's report
        f"{ODINGA}Эфиопский посол Абебе Гирма заявил нашему корреспонденту, что фестиваль "
        "перенесут.",
        # an editor who cites a document does not speak its words
        f"Главный редактор газеты «Политика» Жарко Ракич процитировал указ: «{SANCTIONS}».",
        # nor one who cites a body's statement, not his own
        f"Посол Аргентины Карлос Перес процитировал давнее заявление МИД: «{FALKLANDS}».",
    ],
)
def test_no_quote_owner(said, text: str) -> None:
    assert said(text) == []


def test_husband_is_not_the_wife(said) -> None:
    """A masculine noun of kin is no woman named before, though she spoke last."""
    text = (
        f"{LOPEZ}«Мне разрешили свидание с мужем», — рассказала Мария Лопес. Супруг заявил, что "
        f"встречи должны проходить «{VISITS}»."
    )
    assert [q for _, q in said(text)] == ["Мне разрешили свидание с мужем"]
