"""Quote speakers named where the parse misses them: a name after a comma closing the
verb's title subject ("сказал директор музея, X."), "эти слова X … цитирует агентство",
"«…». Эти слова X приводит агентство" in the next sentence,
a jubilee's hero named only in the dative ("X-у исполнилось 40 лет. … Сам юбиляр"), a
title repeated from one with a party and an age before the name ("кандидат в президенты
… от партии 67-летняя X"), a subject past a paper's name in quotation marks, "—
отреагировал X", "В поздравлении говорится" after "X поздравил", the owner's words
right after "слова X «…»", "Тот"/"Та" for the one named before other than the subject,
a name whose first word the dictionary reads in every case after "посол X в Y", or whose
case the tagger copied from "в Y" (not the agent after a passive's "в Y"), the delegate
named after his patron's name ("советник премьера X Y" is Y, "адвокат актрисы X" no one,
never the patron X); and the must-nots of each."""

from __future__ import annotations

import pytest

WORDS = "«Мы готовы продолжить переговоры с Перу»"
JUBILEE = "Сам юбиляр скромно признаётся: «Сегодня у меня обычный рабочий день»."
CANDIDATE = "Кандидат в президенты Аргентины от оппозиционной партии 67-летняя Патрисия Буллрич"
FEELS = "«Я чувствую себя прекрасно и скоро вернусь»"
TALK = (
    "«Мы продолжим диалог с Перу по всем вопросам», — отметил в беседе с корреспондентом "
    "газеты «Тьемпо»"
)
BORIC = "Президент Чили Габриэль Борич"
VALUE = "«Ваш вклад в дружбу наших народов бесценен»"
GONZALEZ = "слова министра Перу Хавьера Гонсалеса"
TOUR = "«Мы отменяем гастроли в Чили и Перу до осени»"
OPEN = "«граница останется открытой для торговли»"
ENVOY = "Посол Дании в Норвегии Ханс Ольсен прибыл в Осло."
STORE = "Премьер-министр Норвегии Йонас Гар Стёре"
FUTURE = "«наши страны ждёт большое будущее»"
TALKS = "«Мы рассчитываем на скорое продолжение переговоров с Индией»"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name after a comma closing the title's phrase and the sentence
        (
            "«Это случается очень редко, я живу здесь давно», сказал директор музея и археолог "
            "из Лимы, Хорхе Кастро.",
            "Хорхе Кастро",
        ),
        # an Arabic compound name after "По словам" keeps its first name ("Абдель" declines
        # in no case, so no case break)
        (
            "По словам министра иностранных дел Египта Мустафы Абдель Кадера, «Каир готов к "
            "диалогу с Анкарой».",
            "Мустафа Абдель Кадер",
        ),
        # words a demonstrative points back with, whatever quotes or reports them
        (
            f"{WORDS}, — эти слова министра иностранных дел Чили Альберто ван Кларена, "
            "сказанные им накануне визита, цитирует агентство Рейтер.",
            "Кларен",
        ),
        (
            f"{WORDS}, — такие слова премьер-министра Перу Густаво Адриансена приводит газета "
            "«Комерсио».",
            "Адриансен",
        ),
        # the next sentence's reporting verb points back at them ("Эти слова X приводит …")
        (
            "«Польша не допустит эскалации на границе с Белоруссией». Эти слова "
            "премьер-министра Польши Дональда Туска приводит агентство PAP.",
            "Дональд Туск",
        ),
        (
            "«Турция готова к переговорам с Египтом о границах». Эти слова министра "
            "иностранных дел Турции Хакана Фидана передаёт агентство Anadolu.",
            "Хакан Фидан",
        ),
        # the jubilee's hero, named only in the dative, past a person only named
        (
            "В субботу президенту Чили Габриэлю Боричу исполнилось 40 лет. Праздник пройдёт "
            f"по сценарию Надежды Птушкиной. {JUBILEE}",
            "Борич",
        ),
        # a title repeated from one with a party and an age before the name
        (
            f"{CANDIDATE} отменила поездку в Чили. Через пару часов кандидат в президенты "
            f"Аргентины вышла к журналистам, объявила: {FEELS} и уехала.",
            "Буллрич",
        ),
        # a subject past a paper's name in quotation marks, past the interviewer too
        (f"{TALK} президент Чили Габриэль Борич.", "Борич"),
        (f"{TALK} Хуаном Пересом президент Чили Габриэль Борич.", "Борич"),
        # a verb of reacting
        (f"{WORDS}, — отреагировал президент Чили Габриэль Борич.", "Борич"),
        # the text the verb before sent, a genitive hung on its subject no apposition
        (
            f"{BORIC} поздравил народ Перу с Днём независимости. {VALUE}, — говорится в "
            "поздравлении.",
            "Борич",
        ),
        (
            "С 60-летием министра иностранных дел Перу Хавьера Гонсалеса поздравил президент "
            f"Чили Габриэль Борич. В поздравлении, в частности, говорится: {VALUE}.",
            "Борич",
        ),
        # a name in apposition to a title, a word of it undeclined
        (f"Менеджер певицы Анна Нетребко сказала: {TOUR}.", "Нетребко"),
        (f"{TOUR}, — сказала певица Анна Нетребко.", "Нетребко"),
        # words right after their owner's name are the owner's, not the commenter's
        (f"{BORIC} не прокомментировал {GONZALEZ} {WORDS}.", "Гонсалес"),
        (f"{BORIC} никак не отреагировал на {GONZALEZ} {WORDS}.", "Гонсалес"),
        # what the subject calls the words is the subject's
        (f"{BORIC} назвал {GONZALEZ} «провокацией, которая вредит региону».", "Борич"),
        # "Тот"/"Та": the one the sentence before names other than its subject, by name or
        # by a title the one named earlier holds
        (
            "Президент Перу Дина Болуарте пригласила президента Чили Габриэля Борича посетить "
            f"Лиму. Тот ответил, что {OPEN}.",
            "Борич",
        ),
        (
            f"{STORE} пригласил канцлера Германии Ангелу Меркель посетить Осло. Та ответила, "
            f"что {OPEN}.",
            "Меркель",
        ),
        (f"{ENVOY} {STORE} встретился с послом. Тот заверил премьера, что {OPEN}.", "Ольсен"),
        # a describing noun's office in the title before an undeclined name, the title in
        # the instrumental or accusative ("с министром иностранных дел … Ретно Марсуди")
        (
            "Министр иностранных дел Египта Самех Шукри провёл переговоры с министром "
            f"иностранных дел Индонезии Ретно Марсуди. {WORDS}, — сказала глава "
            "индонезийского МИД.",
            "Марсуди",
        ),
        (
            "Президент Египта Абдель Фаттах ас-Сиси принял министра иностранных дел Индонезии "
            f"Ретно Марсуди. {WORDS}, — сказала глава МИД Индонезии.",
            "Марсуди",
        ),
        # a name after a title with "в"+locative, its first word the tagger puts in that
        # locative though the dictionary reads it in every case ("Мэри", "Люси")
        (f"{FUTURE}, — заявила посол Кении в Эфиопии Мэри Кариуки.", "Мэри Кариуки"),
        (f"По словам посла Кении в Эфиопии Люси Ваитити, {FUTURE}.", "Люси Ваитити"),
        (f"{FUTURE}, — заявила посол Индонезии в Австралии Люси Ваитити.", "Люси Ваитити"),
        # a locative the tagger copies from "в + place" onto a name that declines, or any
        # case onto words that never do: neither tells the name's case
        (f"{FUTURE}, — заявила посол Лаоса во Вьетнаме Кхамла Сисават.", "Кхамла Сисават"),
        (f"{FUTURE}, — сказала посол Нигерии в Гане Нгози Адеойе.", "Нгози Адеойе"),
        (f"{FUTURE}, — сказала посол ЮАР в Намибии Нокуфа Дламини.", "Нокуфа Дламини"),
        (f"{FUTURE}, — заявила посол Филиппин во Вьетнаме Дженни Сантос.", "Дженни Сантос"),
        # the agent of a passive participle after its place is not the title's name: the
        # title names the one named before
        (
            f"Посол Японии в Индии Кэндзи Сато прибыл в Дели. {FUTURE}, — заявил посол, "
            "принятый в президентском дворце Нарендрой Моди.",
            "Кэндзи Сато",
        ),
        # a name after a patron's one-word name in the genitive, which does not decline
        # itself, is the subject, whatever case the tagger copied onto it
        (f"Адвокат футболиста Неймара Пау Молинс заявил: {TOUR}.", "Пау Молинс"),
        (f"Агент футболиста Халка Жозе Матос сообщил: {TOUR}.", "Жозе Матос"),
        # two names hung on a delegate's title with a patron: the first is the patron's
        (
            f"Советник премьер-министра Дании Метте Фредериксен Мартин Расмуссен заявил: {TALKS}.",
            "Мартин Расмуссен",
        ),
        (
            f"По словам советника премьера Дании Метте Фредериксен Мартина Расмуссена, {TALKS}.",
            "Мартин Расмуссен",
        ),
        (f"{TALKS}, — сказал адвокат футболиста Криштиану Роналду Карлос Осорио.", "Осорио"),
        (
            f"Представитель президента ЮАР Сирила Рамафосы Винсент Магвенья заявил: {TALKS}.",
            "Магвенья",
        ),
        (f"Адвокат актрисы Кристин Стюарт Марк Геррагос заявил: {TALKS}.", "Геррагос"),
        (
            f"Советник президента Франции Эмманюэля Макрона Эмманюэль Бонн заявил: {TALKS}.",
            "Эмманюэль Бонн",
        ),
        # the head title's holder named right after it speaks
        (f"Пресс-секретарь президента Бразилии Паулу Пиментел заявил: {TALKS}.", "Пиментел"),
        (f"Пресс-секретарь генсека ООН Стефан Дюжаррик заявил: {TALKS}.", "Дюжаррик"),
        (f"Президент Франции Эмманюэль Макрон заявил: {TALKS}.", "Макрон"),
        (f"Премьер-министр Дании Метте Фредериксен заявила: {TALKS}.", "Фредериксен"),
    ],
)
def test_speaker_found(said, text: str, speaker: str) -> None:
    quotes = said(text)
    assert len(quotes) == 1 and speaker in quotes[0][0], quotes


@pytest.mark.parametrize(
    "text",
    [
        # a name after a comma in a clause of its own, or a preposition's
        f"{WORDS}, — заявил министр, а Альберто ван Кларен промолчал.",
        f"{WORDS}, — сказал посол, обращаясь к Хорхе Кастро.",
        f"{WORDS}, — сказал посол, который встретился с Хорхе Кастро.",
        # words of a later sentence are not the quotation's
        f"{WORDS}, — цитирует агентство Рейтер. Эти слова министра иностранных дел Чили "
        "Альберто ван Кларена вызвали споры.",
        # a title two persons hold, a verb that shows no gender ("заявил" is Масса's: the
        # name hung on Буллрич's title past "встретилась" takes no gender from it, quotes35)
        f"{CANDIDATE} встретилась с кандидатом в президенты Аргентины Серхио Массой. {FEELS}, "
        "— заявляет кандидат в президенты Аргентины.",
        # an unnamed speaker past the interviewer's name
        f"{TALK} Хуаном Пересом один из дипломатов.",
        # one who speaks for a person named in the genitive, a word of the name undeclined
        # ("Беллуччи" the tagger calls nominative)
        "Агент Моники Беллуччи сказал: «Мы отменяем съёмки в Чили и Перу до осени».",
        # a text received is not the receiver's
        f"{BORIC} получил поздравление от президента Перу. {VALUE}, — говорится в поздравлении.",
        # "Тот"/"Та" for the subject, one of the other gender, or someone no one named
        f"{ENVOY} Тот заявил, что {OPEN}.",
        "Президент Перу Дина Болуарте пригласила президента Чили Габриэля Борича посетить "
        f"Лиму. Та ответила, что {OPEN}.",
        f"{STORE} встретился с журналистом. Тот написал, что {OPEN}.",
        # a heading with no full stop is no title of the name in the paragraph after it
        "Виейра провёл переговоры с главой МИД Аргентины\n\nМинистр иностранных дел "
        f"Бразилии Мауро Виейра прибыл в Буэнос-Айрес.\n\n{WORDS}, — сказал глава МИД "
        "Аргентины.",
        # a genitive name after "в + place" still tells its case: the aide speaks, not him
        f"{FUTURE}, — сказал помощник посла Нигерии в Гане Джеймса Окафора.",
        f"{FUTURE}, — сказала помощница посла Нигерии в Гане Марии Ивановой.",
        # an instrumental after a passive participle's place is its agent, not the speaker
        f"{FUTURE}, — заявил посол, принятый в Анкаре Реджепом Тайипом Эрдоганом.",
        f"{FUTURE}, — заявил министр, назначенный в Вашингтоне Джо Байденом.",
        # one man's long genitive name declines all its words: the lawyer speaks, not him
        f"Адвокат президента Мексики Андреса Мануэля Лопеса Обрадора заявил: {TOUR}.",
        f"{FUTURE}, — заявил министр, награждённый в Пекине Си Цзиньпином.",
        # a delegate unnamed: his patron's name in the genitive after a nominative title,
        # or undeclined with a woman's first name where the verb is a man's
        f"Представитель президента Египта Абдель Фаттаха ас-Сиси заявил: {TALKS}.",
        f"Советник президента Кении Уильяма Руто заявил: {TALKS}.",
        f"Адвокат актрисы Кристин Стюарт заявил: {TALKS}.",
        f"Агент певицы Мэри Джей Блайдж заявил: {TALKS}.",
    ],
)
def test_no_speaker(said, text: str) -> None:
    assert said(text) == []


def test_dative_object_of_a_person_is_no_topic(said) -> None:
    """The one a person calls is acted on, not what the clause is about."""
    text = (
        "Президент Чили Габриэль Борич позвонил премьер-министру Перу Густаво Адриансену. "
        f"Праздник пройдёт по сценарию Надежды Птушкиной. {JUBILEE}"
    )
    assert [s for s, _ in said(text)] == ["Габриэль Борич"]
