"""Offices on our own news sentences about other states and bodies (Egypt–Turkey,
Serbia–EU, Japan–Vietnam, Czechia–Poland): professions opening a sentence, party leaders,
offices of a body after its name, posts named in the sentence before (offices13); the
office an appointment gives one named after a rank or profession (offices14); an office
yet to be taken or only sought is held by no one (offices15), one a future verb addresses is
held (offices16); a former body's head holds its office unmarked, and one named after the genitive
holder of the office his title governs holds that title (offices21); an office before a verb of
becoming is the name's after its rank or profession (offices24); a class rank is read whole
(names67)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

# A profession opening a sentence, which the tagger reads as a name's first word before a
# first name ("Политолог Игорь"), is still the person's title.
OPENERS = [
    ("Политолог Игорь Семенов считает, что Каир сблизится с Анкарой.", "Семенов",
     {("политолог", "", False)}),
    ("Каир и Анкара восстановили диалог. Эксперт Игорь Петров заявил, что это важно.",
     "Петров", {("эксперт", "", False)}),
    # must not: a surname before the first name is no title
    ("Соколов Игорь заявил, что Каир сблизится с Анкарой.", "Игорь", set()),
]  # fmt: skip


# A title's one-noun complement before the organization it names ("лидер партии «Фидес»"):
# the noun is the office's, the organization is served, before or after the name.
NAMED_BODIES = [
    ("Лидер партии «Фидес» Виктор Орбан выступил в Будапеште.", "Орбан",
     {("лидер партии", "org/fides", False)}),
    ("Алис Вайдель, лидер партии «Альтернатива для Германии», выступила в Берлине.",
     "Вайдель", {("лидер партии", "org/alternativa-dlya-germanii", False)}),
    ("Президент клуба «Фламенго» Родолфо Ландим прибыл в Буэнос-Айрес.", "Ландим",
     {("президент клуба", "org/flamengo", False)}),
    # must not: no organization named, or a state's leader
    ("Лидер консерваторов Кеми Баденок выступила в Лондоне.", "Баденок",
     {("лидер", "", False)}),
    ("Лидер оппозиции Венесуэлы Мария Корина Мачадо выступила в Каракасе.", "Мачадо",
     {("лидер оппозиции", "state/VEN", False)}),
]  # fmt: skip


# One an appointment names after a rank or a profession takes the appointed office, not
# the rank: the name read genitive after an accusative rank, or the passive between. A
# military rank stays a second office row of the same state (offices17), a profession none.
APPOINTED_RANKS = [
    ("Президент Перу назначил министром обороны генерала Хорхе Чавеса.", "Чавес",
     {("министр обороны", "state/PER", False)}),
    ("Президент Аргентины назначил министром экономики экономиста Луиса Капуто.", "Капуто",
     {("министр экономики", "state/ARG", False)}),
    # ... of the appointer's state where it names none (offices15)
    ("Президент Колумбии назначил министром внутренних дел юриста Армандо Суареса.", "Суарес",
     {("министр внутренних дел", "state/COL", False)}),
    ("Король Иордании назначил премьер-министром экономиста Джафара Хасана.", "Хасан",
     {("премьер-министр", "state/JOR", False)}),
    # must not: no state's appointer, a body named, a passive with no appointer
    ("Совет директоров назначил генеральным директором инженера Карлоса Мендеса.", "Мендес",
     {("генеральный директор", "", False)}),
    ("Президент Перу назначил главой компании Petroperu инженера Оскара Варгаса.", "Варгас",
     {("глава компании", "org/petroperu", False)}),
    ("Министром обороны назначен генерал Рикардо Мартинес.", "Мартинес",
     {("министр обороны", "", False)}),
    ("Послом Индии во Франции назначен карьерный дипломат Санджив Сингла.", "Сингла",
     {("посол", "state/IND", False)}),
    ("Главным тренером сборной Бразилии назначен 60-летний специалист Карлос Мендес.",
     "Мендес", {("главный тренер", "", False)}),
    ("Главным тренером сборной Перу был назначен 45-летний специалист Хорхе Фоссати.",
     "Фоссати", {("главный тренер", "", False)}),
    # must not: a denied appointment, nor a rank the passive does not appoint
    ("Послом Индии во Франции не назначен карьерный дипломат Санджив Сингла.", "Сингла",
     {("дипломат", "", False)}),
    ("Послом Индии стал Раджив Кумар, а назначен карьерный дипломат Санджив Сингла.",
     "Сингла", {("дипломат", "", False)}),
]  # fmt: skip


# An instrumental office before a verb of becoming whose subject after it is a rank or a
# profession before the name ("Министром обороны Перу стал генерал X"): the office is the
# name's, as after a passive appointment (offices24).
BECOMING = [
    ("Министром обороны Перу в 2024 году стал генерал Хорхе Чавес.", "Чавес",
     {("министр обороны", "state/PER", False)}),
    ("Новым послом Японии во Вьетнаме стал дипломат Кэндзи Сато.", "Сато",
     {("посол", "state/JPN", False)}),
    ("Премьер-министром Вьетнама стал экономист Фам Минь Тхань.", "Тхань",
     {("премьер-министр", "state/VNM", False)}),
    # must not: an office yet to be taken, or denied
    ("Министром обороны Перу станет генерал Хорхе Чавес.", "Чавес", {("генерал", "", False)}),
    ("Министром обороны Перу не стал генерал Хорхе Чавес.", "Чавес", {("генерал", "", False)}),
    # must not: an office that names no state or body ("председатель" alone is a state's role)
    ("Фестиваль пройдёт в Бразилии. Председателем жюри стал аргентинский продюсер Хуан Перес.",
     "Перес", {("продюсер", "", False)}),
]  # fmt: skip


# A former title and the one now held, joined by ", а ныне": both the person's, the former
# past, a state the former names not its own taken from the other.
THEN_NOW = [
    ("Бывший министр обороны Египта, а ныне советник президента Мохамед Закки прибыл в "
     "Анкару.", "Закки",
     {("министр обороны", "state/EGY", True), ("советник президента", "", False)}),
    ("Бывший посол Франции в Индии, а теперь сенатор Жан Дюваль заявил о поддержке Дели.",
     "Дюваль", {("посол", "state/FRA", True), ("сенатор", "state/FRA", False)}),
    ("Экс-министр финансов, а ныне посол Аргентины в Бразилии Мартин Гусман выступил в "
     "Сан-Паулу.", "Гусман",
     {("министр финансов", "state/ARG", True), ("посол", "state/ARG", False)}),
    ("Жоау Силва, бывший министр иностранных дел Бразилии, а ныне сенатор, посетил "
     "Буэнос-Айрес.", "Силва",
     {("министр иностранных дел", "state/BRA", True), ("сенатор", "state/BRA", False)}),
    # must not: a first title not former is no other office of the name's
    ("Министр обороны Египта, а ныне советник президента Мохамед Закки прибыл в Анкару.",
     "Закки", {("советник президента", "", False)}),
]  # fmt: skip


# A name with a title before it and another between commas after it holds both.
ASIDES = [
    ("Экс-премьер Японии Фумио Кисида, ныне депутат парламента, посетил Ханой.", "Кисида",
     {("премьер-министр", "state/JPN", True), ("депутат парламента", "state/JPN", False)}),
    ("Посол Египта Амр Хамами, бывший заместитель министра иностранных дел, прибыл в Анкару.",
     "Хамами", {("посол", "state/EGY", False),
                ("заместитель министра иностранных дел", "state/EGY", True)}),
    ("Министр иностранных дел Турции Хакан Фидан, бывший глава разведки, прибыл в Каир.",
     "Фидан", {("министр иностранных дел", "state/TUR", False), ("глава разведки", "", True)}),
    # must not: the title after the comma is the next name's in a list
    ("Президент Сербии Александр Вучич, премьер-министр Милош Вучевич и министр финансов "
     "Синиша Мали прибыли в Брюссель.", "Вучич", {("президент", "state/SRB", False)}),
    ("На встрече были президент Египта Абдель Фаттах ас-Сиси, министр иностранных дел Бадр "
     "Абдель Ати и посол Турции.", "ас-Сиси", {("президент", "state/EGY", False)}),
    # must not: a title another unnamed title or "и" and one follow is one of a list
    ("Канцлер Германии Олаф Шольц, премьер-министр Испании, президент Польши и глава "
     "Еврокомиссии обсудили помощь беженцам.", "Шольц", {("канцлер", "state/DEU", False)}),
    ("Президент Турции Реджеп Тайип Эрдоган, премьер-министр Греции, и президент Кипра "
     "обсудили спор о шельфе.", "Эрдоган", {("президент", "state/TUR", False)}),
    # but a former one is an aside, whatever follows it
    ("Министр иностранных дел Индии Субраманьям Джайшанкар, бывший посол в Китае, министр "
     "торговли Пиюш Гоял и глава МИД Японии провели встречу.", "Джайшанкар",
     {("министр иностранных дел", "state/IND", False), ("посол", "state/IND", True)}),
    # an envoy's post abroad, of no state of its own, serves the state the name's title
    # before it does (offices16); not an organization's, nor with no title before the name
    ("Министр обороны Чили Хуан Перес, бывший посол в Аргентине, прибыл в Лиму.", "Перес",
     {("министр обороны", "state/CHL", False), ("посол", "state/CHL", True)}),
    ("Генеральный секретарь ОАГ Хуан Перес, бывший посол в Аргентине, прибыл в Лиму.",
     "Перес", {("генеральный секретарь", "org/oas", False), ("посол", "", True)}),
    ("Хуан Перес, бывший посол в Аргентине, прибыл в Лиму.", "Перес", {("посол", "", True)}),
]  # fmt: skip


# An office the text tells is yet to be taken (a future, an infinitive under a verb not
# past) or only sought is held by no one, nor stands for whoever holds it now; one taken
# ("назначен", "избрана", "вступил в должность", "стал") is held.
YET_TO_TAKE = [
    ("Премьером Словении станет Марко Новак, сообщили в парламенте.", "Новак", set()),
    ("Ожидается, что Андрес Молина станет министром обороны Чили.", "Молина", set()),
    ("По данным источников, Ион Попеску будет назначен министром обороны Румынии.", "Попеску",
     set()),
    ("Президент Кении назначит Питера Каманду министром финансов.", "Каманда", set()),
    ("Президент Кении назначит министром финансов Питера Каманду.", "Каманда", set()),
    ("Президент Бразилии может назначить Жоана Сантоса послом в Аргентине.", "Сантос", set()),
    ("Хуан Рамирес, который станет послом Мексики в Испании, прибыл в Мадрид.", "Рамирес",
     set()),
    ("Послом Мексики в Испании будет назначен Хуан Рамирес.", "Рамирес", set()),
    ("Хосе Сантос вступит в должность президента Чили 11 марта.", "Сантос", set()),
    ("Пак Чон Хо будет премьер-министром Южной Кореи.", "Хо", set()),
    ("Бывший посол Индии Раджеш Шарма станет новым министром иностранных дел.", "Шарма",
     {("посол", "state/IND", True)}),
    # ... nor is the future title the present holder's mention
    ("Ли Чжэ Мён станет президентом Южной Кореи, если победит на выборах.", "Ёль", set()),
    ("Таро Коно претендует на пост премьер-министра Японии.", "Исиба", set()),
    # must: an office taken, kept or decided is held
    ("Ян Ковач назначен министром обороны Словакии.", "Ковач",
     {("министр обороны", "state/SVK", False)}),
    ("Премьером Словении стал Марко Новак.", "Новак", {("премьер-министр", "state/SVN", False)}),
    ("Жоао Перейра вступил в должность министра иностранных дел Португалии.", "Перейра",
     {("министр иностранных дел", "state/PRT", False)}),
    ("Андрес Молина назначен министром обороны Чили и приступит к работе в понедельник.",
     "Молина", {("министр обороны", "state/CHL", False)}),
    ("Президент Кении решил назначить Джеймса Отиено министром энергетики.", "Отиено",
     {("министр энергетики", "state/KEN", False)}),
    ("Пак Чон Хо останется премьер-министром Южной Кореи.", "Хо",
     {("премьер-министр", "state/KOR", False)}),
]  # fmt: skip


# A title only a preposition's object under a verb of taking or holding, future or an
# infinitive, is no office taken: one worked with holds it now. Yet to be taken are only
# the verb's predicate (an instrumental, "в качестве"), or a title through "на пост".
WORKED_WITH = [
    ("Правительство Перу готово работать с президентом Эквадора Даниэлем Нобоа.", "Нобоа",
     {("президент", "state/ECU", False)}),
    ("Мы продолжим работать с министром иностранных дел Кении Мусалией Мудавади.",
     "Мудавади", {("министр иностранных дел", "state/KEN", False)}),
    ("Делегация Непала будет работать с послом Индии Навином Шриваставой.", "Шривастава",
     {("посол", "state/IND", False)}),
    # must not: the verb's predicate, yet to be taken
    ("Даниэль Нобоа будет работать министром иностранных дел Эквадора.", "Нобоа", set()),
    ("Навин Шривастава будет назначен на пост посла Индии в Непале.", "Шривастава", set()),
    ("Мусалия Мудавади будет работать в качестве советника президента Кении.", "Мудавади",
     set()),
]  # fmt: skip


# A title in a case no predicate takes (a dative one addressed, an accusative object) under
# a future verb of taking or holding is held now by the name after it (offices16); the
# verb's instrumental predicate is yet to be taken.
ADDRESSED = [
    ("Посол Кении принесёт извинения президенту Уганды Йовери Мусевени.", "Мусевени",
     {("президент", "state/UGA", False)}),
    # (the genitive: "Роберу Дюсе" reads "Робер Дюса" by form, a dative surname in "-е"
    # after a consonant being one in "-а" four times in five in the sources' persons)
    ("Делегация Ганы будет служить посредником по просьбе министра иностранных дел Того "
     "Робера Дюсе.",
     "Дюсе", {("министр иностранных дел", "state/TGO", False)}),
    ("Новый посол Кубы сменит посла Кубы в Мексике Марсело Гонсалеса.", "Гонсалес",
     {("посол", "state/CUB", False)}),
    # must not: the future verb's predicate
    ("Робер Дюсе станет послом Того в Гане.", "Дюсе", set()),
    ("Президент Уганды назначит Джона Мулиндву послом в Кении.", "Мулиндва", set()),
]  # fmt: skip


# A former head of a body ("экс-председатель Еврокомиссии") holds the body's office, past,
# worded as a present holder's: no "экс-" in it, as none in a state's (offices21).
FORMER_OF_BODIES = [
    ("Экс-председатель Еврокомиссии Жан-Клод Юнкер прибыл в Белград.", "Юнкер",
     {("председатель", "org/european-commission", True)}),
    ("Экс-председатель Европарламента Давид Сассоли критиковал Сербию.", "Сассоли",
     {("председатель", "org/european-parliament", True)}),
    # must: a present holder's office has no former mark; a state's former office as before
    ("Председатель Еврокомиссии Урсула фон дер Ляйен прибыла в Белград.", "Ляйен",
     {("председатель", "org/european-commission", False)}),
    ("Экс-президент Бразилии Жаир Болсонаро прибыл в Буэнос-Айрес.", "Болсонаро",
     {("президент", "state/BRA", True)}),
]  # fmt: skip


# A state's office, its holder's genitive name and a second name right after it: the
# second holds the governing title, the office its complement (offices21).
SERVED_STATE = [
    ("Советник премьер-министра Индии Нарендры Моди Амит Кхаре прибыл в Париж.", "Кхаре",
     {("советник премьер-министра", "state/IND", False)}),
    ("Пресс-секретарь президента Турции Эрдогана Ибрагим Калын сообщил о визите в Каир.",
     "Калын", {("пресс-секретарь президента", "state/TUR", False)}),
    ("Пресс-секретарь президента Франции Эмманюэля Макрона Жюльен Дюваль сообщил о визите.",
     "Дюваль", {("пресс-секретарь президента", "state/FRA", False)}),
    ("Пресс-секретарь президента Франции Эмманюэля Макрона Жюльен Дюваль сообщил о визите.",
     "Макрон", {("президент", "state/FRA", False)}),
    # must not: a noun of no title before the genitive one, no second name, one not agreeing
    ("Сестра президента Аргентины Хавьера Милея Карина Милей прибыла в Бразилиа.", "Милей",
     {("президент", "state/ARG", False)}),
    ("Советник премьер-министра Индии Нарендры Моди заявил о визите в Париж.", "Моди",
     {("премьер-министр", "state/IND", False)}),
    ("Делегацию президента Бразилии Лулы да Силвы Мауро Виейра встретил в аэропорту.",
     "Виейра", set()),
]  # fmt: skip


# A state's long official name in the genitive ("Республики Корея": its own noun in the
# nominative) is the state the title serves, not "республики" a word of the title
# (offices22).
LONG_NAMES = [
    ("Министр иностранных дел Республики Корея Ким Сон Хо прибыл в Ханой.", "Хо",
     {("министр иностранных дел", "state/KOR", False)}),
    ("Премьер-министр Республики Индия Раджив Шарма прибыл в Каир.", "Шарма",
     {("премьер-министр", "state/IND", False)}),
    ("Президент Республики Польша Анджей Новак прибыл в Прагу.", "Новак",
     {("президент", "state/POL", False)}),
    # must not: "республики" of no state named, or of a region, stays the title's
    ("Премьер республики Эрик Ли прибыл в Каир.", "Ли", {("премьер-министр", "", False)}),
    ("Глава Республики Татарстан Рустам Минниханов прибыл в Каир.", "Минниханов",
     {("глава республики", "", False)}),
]  # fmt: skip


# A former title opening a sentence that the tagger reads as a name ("Экс-посол") is the
# title, though the dictionary also reads its noun as a thing ("посол" salting) (offices22).
FORMER_OPENERS = [
    ("Экс-посол Японии во Вьетнаме Кэндзи Сато выступил в Ханое.", "Сато",
     {("посол", "state/JPN", True)}),
    ("Экс-посол Индии Раджив Шарма выступил в Каире.", "Шарма",
     {("посол", "state/IND", True)}),
    # must not: a former rank that is no office
    ("Экс-чемпион мира Ян Новак прибыл в Прагу.", "Новак", set()),
]  # fmt: skip


# A union's post is named with its field after "по", after the union or in an "евро-"
# title ("Комиссар ЕС по вопросам расширения"), as the union names it; a state's envoy
# keeps none (offices22).
# A former envoy's post abroad is his title's, as a serving envoy's is, so the name after the
# place holds it ("экс-посла Японии в Нью-Дели Оно Кэйити") (offices23).
FORMER_POSTED = [
    ("Премьер-министр Индии принял экс-посла Японии в Нью-Дели Оно Кэйити.", "Кэйити",
     {("посол", "state/JPN", True)}),
    ("Президент Аргентины принял экс-посла Бразилии в Буэнос-Айресе Жулио Бителли.",
     "Бителли", {("посол", "state/BRA", True)}),
    ("Министр иностранных дел Египта встретился с экс-послом Турции в Каире Мехметом Йылмазом.",
     "Йылмаз", {("посол", "state/TUR", True)}),
    # must not: a former title held at home has no post abroad
    ("Президент Аргентины принял экс-министра Бразилии в Буэнос-Айресе Жулио Бителли.",
     "Бителли", set()),
]  # fmt: skip


# A sentence's first title the tagger reads as a genitive no reading of its form has
# ("Экс-посол", "Экс-спикер") is in the dictionary's case, so the name after it holds it
# (offices23).
GENITIVE_OPENERS = [
    ("Экс-посол Франции в Индии Пьер Мартен выступил в Дели.", "Мартен",
     {("посол", "state/FRA", True)}),
    ("Экс-посол Польши в Чехии Ян Ковальский выступил в Праге.", "Ковальский",
     {("посол", "state/POL", True)}),
    ("Экс-спикер парламента Сербии Ана Петрович выступила на конференции.", "Петрович",
     {("спикер парламента", "state/SRB", True)}),
    ("Экс-спикер парламента Грузии Нино Гелашвили выступила на конференции.", "Гелашвили",
     {("спикер парламента", "state/GEO", True)}),
    # must keep: a genitive the form has stays one; must not: a former rank is no office
    ("Экс-министра обороны Сербии Ненада Поповича задержали в Белграде.", "Попович",
     {("министр обороны", "state/SRB", True)}),
    ("Экс-чемпион Франции Пьер Мартен выступил в Дели.", "Мартен", set()),
]  # fmt: skip


UNION_FIELDS = [
    ("Комиссар ЕС по вопросам расширения Ян Новак прибыл в Белград.", "Новак",
     {("комиссар по вопросам расширения", "org/eu", False)}),
    ("Верховный представитель ЕС по иностранным делам и политике безопасности Анна Ковач "
     "посетила Кишинев.", "Ковач",
     {("верховный представитель по иностранным делам и политике безопасности", "org/eu",
       False)}),
    ("Еврокомиссар по энергетике Ларс Йенсен заявил, что Сербия получит газ.", "Йенсен",
     {("еврокомиссар по энергетике", "org/eu", False)}),
    ("Комиссар Евросоюза по вопросам миграции Мария Санчес встретилась с премьером Туниса.",
     "Санчес", {("комиссар по вопросам миграции", "org/eu", False)}),
    # must not: a state's envoy's field, nor a union's title with none
    ("Спецпосланник Индии по Ближнему Востоку Раджив Шарма прибыл в Доху.", "Шарма",
     {("специальный посланник", "state/IND", False)}),
    ("Еврокомиссар Ева Вирта прибыла в Белград.", "Вирта", {("еврокомиссар", "org/eu", False)}),
    # must not: an occasion after "по" (review24), and a place's name keeps its capitals
    ("Верховный представитель ЕС по прибытии в Киев Анна Ковач заявила о поддержке.", "Ковач",
     {("верховный представитель", "org/eu", False)}),
    ("Председатель Еврокомиссии по итогам саммита Анна Ковач заявила о поддержке.", "Ковач",
     {("председатель", "org/european-commission", False)}),
    ("Спецпредставитель ЕС по Ближнему Востоку Ян Новак прибыл в Амман.", "Новак",
     {("спецпредставитель по Ближнему Востоку", "org/eu", False)}),
]  # fmt: skip


# A class rank of prosecutors or a tax or customs service before a name is that rank, as a
# general's is, never the adviser "советник" its head word alone names (names67).
CLASS_RANKS = [
    ("Государственный советник юстиции 2-го класса Марек Новак прибыл в Прагу.", "Новак",
     {("государственный советник юстиции", "", False)}),
    ("Старший советник юстиции Томаш Дворжак встретился с коллегами из Варшавы.", "Дворжак",
     {("старший советник юстиции", "", False)}),
    ("Советник таможенной службы Ян Коваль прибыл в Варшаву.", "Коваль",
     {("советник таможенной службы", "", False)}),
    # must not: an adviser of a state's head stays one
    ("Советник президента Чехии Иржи Прохазка прибыл в Варшаву.", "Прохазка",
     {("советник президента", "state/CZE", False)}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surname", "expected"),
    OPENERS
    + NAMED_BODIES
    + APPOINTED_RANKS
    + BECOMING
    + THEN_NOW
    + ASIDES
    + YET_TO_TAKE
    + WORKED_WITH
    + ADDRESSED
    + FORMER_OF_BODIES
    + SERVED_STATE
    + LONG_NAMES
    + FORMER_OPENERS
    + UNION_FIELDS
    + FORMER_POSTED
    + GENITIVE_OPENERS
    + CLASS_RANKS,
)
def test_offices_on_unseen_news(extraction_of, text: str, surname: str, expected) -> None:  # noqa: ANN001
    """The person holds the offices the text gives; a must-not gives none or another."""
    assert holdings_of(extraction_of(text, "2025-03-10", "offices"), surname) == expected
