"""Changes of office (appointment, resignation, election to an office) and votes of a body:
sentences of our own about other states, with cases that must fire, must not fire and must
not merge."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

# text, kind, participants it must have, ones it must not have, date, status
FIRES = [
    # who appoints and whom, and the state where the post is
    # an ambassador acts for the state that sends her, not for the one she is posted in
    ("Президент Чили Габриэль Борич назначил Марию Лопес послом в Аргентине.", "Appointment",
     {"person/gabriel-borich", "person/mariya-lopes", "state/CHL"}, {"state/ARG"}, "",
     "occurred"),
    # a change made by a decree in a clause with no subject is its issuer's, on its day; not
    # where the clause names its own subject and date
    ("12 марта 2021 года президент Перу Франсиско Сагасти подписал указ, которым назначил Хуана "
     "Переса министром обороны Перу.", "Appointment",
     {"person/fransisko-sagasti", "person/khuan-peres", "state/PER"}, set(), "2021-03-12",
     "occurred"),
    ("12 марта 2021 года президент Перу Франсиско Сагасти подписал указ, которым отправил "
     "министра обороны Перу Хуана Переса в отставку.", "Resignation",
     {"person/khuan-peres", "state/PER"}, set(), "2021-03-12", "occurred"),
    ("12 марта 2021 года президент Перу Франсиско Сагасти отменил указ, которым Мартин Вискарра "
     "в 2019 году назначил Хуана Переса министром обороны Перу.", "Appointment",
     {"person/martin-viskarra", "person/khuan-peres"}, {"person/fransisko-sagasti"}, "2019",
     "occurred"),
    # a gerund's act is its verb's subject's: who appoints, who resigns
    ("Президент Кении Уильям Руто удивил парламент, назначив Мусалию Мудавади министром "
     "иностранных дел.", "Appointment",
     {"person/uilyam-ruto", "person/musaliya-mudavadi", "state/KEN"}, set(), "", "occurred"),
    ("Премьер-министр Италии Марио Монти восстановил равновесие, назначив Энрико Летту на пост "
     "министра финансов.", "Appointment",
     {"person/mario-monti", "person/enrico-letta", "state/ITA"}, set(), "", "occurred"),
    ("Ана Гомес назначена послом Португалии в Марокко.", "Appointment",
     {"person/ana-gomes", "state/PRT"}, {"state/MAR"}, "", "occurred"),
    ("Марио Драги был назначен премьер-министром Италии в феврале 2021 года.", "Appointment",
     {"person/mario-draghi", "state/ITA"}, set(), "2021-02", "occurred"),
    ("Риши Сунак занял пост премьер-министра Великобритании в 2022 году.", "Appointment",
     {"person/rishi-sunak", "state/GBR"}, set(), "2022", "occurred"),
    ("Джорджа Мелони стала премьер-министром Италии в 2022 году.", "Appointment",
     {"person/giorgia-meloni", "state/ITA"}, set(), "2022", "occurred"),
    ("Кир Стармер возглавил правительство Великобритании в 2024 году.", "Appointment",
     {"person/keir-starmer", "state/GBR"}, set(), "2024", "occurred"),
    ("Клаудия Шейнбаум вступила в должность президента Мексики 1 октября 2024 года.",
     "Appointment", {"person/claudia-sheinbaum", "state/MEX"}, set(), "2024-10-01", "occurred"),
    # intention: planned
    ("Президент Ирана Масуд Пезешкиан намерен назначить Аббаса Аракчи министром иностранных "
     "дел.", "Appointment", {"person/abbas-araghchi", "state/IRN"}, set(), "", "planned"),
    # a post of a state without the state ("вице-премьером"); "должен стать" lies ahead
    ("Лидер либералов Франции Рафаэль Глюксман должен стать вице-премьером.", "Appointment",
     {"person/rafael-glyuksman"}, set(), "", "planned"),
    ("Министерство иностранных дел Кении возглавит Мусалия Мудавади.", "Appointment",
     {"person/musaliya-mudavadi", "state/KEN"}, set(), "", "planned"),
    # a ministry by its short name, the name parsed as a second subject
    ("МИД Норвегии возглавит Эспен Барт Эйде.", "Appointment",
     {"person/espen-bart-eyde", "state/NOR"}, set(), "", "planned"),
    ("МИД Египта возглавит посол Сами Шукри.", "Appointment",
     {"person/sami-shukri", "state/EGY"}, set(), "", "planned"),
    # two who died together, joined by "и"; one wounded beside one who died does not die
    ("В авиакатастрофе погибли министр обороны Кении Фрэнсис Огола и генерал Питер Очиенг.",
     "Death", {"person/frensis-ogola", "person/piter-ochieng"}, set(), "", "occurred"),
    ("Погиб министр Кении Фрэнсис Огола, а генерал Питер Очиенг ранен.", "Death",
     {"person/frensis-ogola"}, {"person/piter-ochieng"}, "", "occurred"),
    ("Великобритания меняет кабинет. Министром обороны станет Бен Уоллес.", "Appointment",
     {"person/ben-uolles", "state/GBR"}, set(), "", "planned"),
    # "которая" is whom the clause describes; the intention lies ahead
    ("Он сменит Мелани Жоли, которая объявила о намерении уйти в отставку.", "Resignation",
     {"person/melanie-joly"}, set(), "", "planned"),
    # the one who resigns is the subject; the one dismissed the object
    ("Премьер-министр Японии Фумио Кисида подал в отставку в августе 2024 года.", "Resignation",
     {"person/fumio-kishida", "state/JPN"}, set(), "2024-08", "occurred"),
    ("Президент Аргентины освободил от должности министра экономики Луиса Капуто.",
     "Resignation", {"person/luis-kaputo", "state/ARG"}, set(), "", "occurred"),
    # the parser hangs the one dismissed on the post or service he leaves
    ("Президент Кении уволил с военной службы генерал-майора Джона Кимани.", "Resignation",
     {"person/dzhon-kimani", "state/KEN"}, set(), "", "occurred"),
    ("Президент Египта освободил от должности и уволил с военной службы начальника штаба "
     "генерала Омара Салеха.", "Resignation", {"person/omar-salekh", "state/EGY"}, set(), "",
     "occurred"),
    ("Марк Рютте покинул пост премьер-министра Нидерландов.", "Resignation",
     {"person/mark-rutte", "state/NLD"}, set(), "", "occurred"),
    ("Премьер-министр Франции Габриэль Атталь объявил о своей отставке.", "Resignation",
     {"person/gabriel-attal", "state/FRA"}, set(), "", "occurred"),
    # the infinitive's holder is the subject up the parse; a bare title: the text's state
    ("Президент Перу Дина Болуарте объявила о решении сложить полномочия.", "Resignation",
     {"person/dina-boluarte", "state/PER"}, set(), "", "occurred"),
    ("Перу переживает кризис. Премьер-министр Альберто Отарола подал в отставку.",
     "Resignation", {"person/alberto-otarola", "state/PER"}, set(), "", "occurred"),
    # elected to an office
    ("Эммануэль Макрон был переизбран президентом Франции в 2022 году.", "Election",
     {"person/Q3052772", "state/FRA"}, set(), "2022", "occurred"),
    ("Президент Кении Уильям Руто был избран в 2022 году.", "Election",
     {"person/uilyam-ruto", "state/KEN"}, set(), "2022", "occurred"),
    # an office of a body that is no state, or a city in the holder's phrase: no state
    ("Венесуэла в кризисе. Лидером оппозиции был избран бывший мэр Каракаса Леопольдо "
     "Лопес.", "Election", {"person/leopoldo-lopes"}, {"state/VEN"}, "", "occurred"),
    ("Венесуэла в кризисе. Эдмундо Гонсалес избран венесуэльской оппозицией единым "
     "кандидатом.", "Election", {"person/edmundo-gonsales"}, {"state/VEN"}, "", "occurred"),
    # one who practises a trade serves no state in a post, nor does who leaves a bare post
    # holding one of a body; a bare title's holder serves the text's state, and a post of a
    # state is its state's whoever holds it
    ("Фестиваль пройдёт в Бразилии. Председателем жюри стал аргентинский продюсер Хуан Перес.",
     "Appointment", {"person/khuan-peres"}, {"state/BRA", "state/ARG"}, "", "occurred"),
    ("Клуб «Депортиво» выступает в чемпионате Перу. Президент клуба Хуан Перес написал "
     "заявление об уходе с должности.", "Resignation", {"person/khuan-peres"}, {"state/PER"},
     "", "occurred"),
    ("Хуан Перес, президент клуба «Депортиво», покинул свой пост. Клуб выступает в чемпионате "
     "Перу.", "Resignation", {"person/khuan-peres"}, {"state/PER"}, "", "occurred"),
    ("Выборы прошли в Чили. Премьер-министр Хуан Перес ушёл с поста.", "Resignation",
     {"person/khuan-peres", "state/CHL"}, set(), "", "occurred"),
    ("Президент клуба Хуан Перес назначен министром спорта Перу.", "Appointment",
     {"person/khuan-peres", "state/PER"}, set(), "", "occurred"),
    ("Лидер партии «Движение» Хуан Перес избран в Сенат Чили.", "Election",
     {"person/khuan-peres", "state/CHL"}, set(), "", "occurred"),
    # a death is the person's alone
    ("Бывший президент Чили Себастьян Пиньера скончался в феврале 2024 года.", "Death",
     {"person/Q306"}, {"state/CHL"}, "2024-02", "occurred"),
    # a year inside the description of the person is not the death's
    ("В Милане скончался бывший президент Чили, лауреат премии 1997 года Себастьян Пиньера.",
     "Death", {"person/Q306"}, set(), "", "occurred"),
    # a body votes: the body (or the state it is of) takes part
    ("Парламент Финляндии проголосовал за вступление страны в альянс.", "Vote", {"state/FIN"},
     set(), "", "occurred"),
    ("Голосование в Совете Безопасности ООН пройдёт в пятницу.", "Vote",
     {"org/un-security-council"}, set(), "", "planned"),
    # the name the parser hangs in apposition on the decree's issuer is whom it appoints,
    # also where an initial is glued to the surname
    ("В 2004 году указом президента Хуан Перес был назначен министром обороны Перу.",
     "Appointment", {"person/khuan-peres", "state/PER"}, set(), "2004", "occurred"),
    ("В 2004 году указом президента Х.Перес был назначен министром обороны Перу.",
     "Appointment", {"person/peres", "state/PER"}, set(), "2004", "occurred"),
    ("19 июля 2004 года указом президента Ю.Гомес был назначен начальником Генерального "
     "штаба Перу.", "Appointment", {"person/gomes", "state/PER"}, set(), "2004-07-19",
     "occurred"),
    # the post the parser hung on the oblique before the verb is still the verb's office
    ("По рекомендации премьер-министра на пост министра финансов Чили назначен экономист "
     "Марио Марсель.", "Appointment", {"person/mario-marsel", "state/CHL"}, set(), "",
     "occurred"),
    ("Президент Перу подал в отставку, и по его предложению на должность главы правительства "
     "назначен министр обороны Хуан Перес.", "Appointment", {"person/khuan-peres", "state/PER"},
     set(), "", "occurred"),
    # a deputy's post of a state post is the state's too, beside "стал"
    ("Хуан Перес стал заместителем губернатора провинции Мендоса в 2019 году.", "Appointment",
     {"person/khuan-peres"}, set(), "2019", "occurred"),
    # a nomination to a post is an appointment, yet to be confirmed (h-status47: planned)
    ("Партия выдвинула Марию Лопес кандидатом на пост президента Чили.", "Appointment",
     {"person/mariya-lopes", "state/CHL"}, set(), "", "planned"),
    # "уход в отставку", "уход с поста": a resignation told by a noun
    ("Габриэль Борич был избран президентом Чили после ухода в отставку своего "
     "предшественника Хуана Переса.", "Resignation", {"person/khuan-peres"},
     {"person/gabriel-borich"}, "", "occurred"),
    ("Уход Хуана Переса с поста министра обороны Перу в 2019 году удивил многих.", "Resignation",
     {"person/khuan-peres", "state/PER"}, set(), "2019", "occurred"),
    # "глава" of a body the lists lack, acting too: the body's genitive names the post
    ("Исполняющим обязанности главы национальной полиции Перу назначен Хуан Перес.",
     "Appointment", {"person/khuan-peres", "state/PER"}, set(), "", "occurred"),
    ("Президент Чили назначил Марию Лопес главой таможенной службы.", "Appointment",
     {"person/mariya-lopes", "state/CHL"}, set(), "", "occurred"),
    # the holder the parser hangs on a thing the office names
    ("Президент Кении Уильям Руто назначил начальником Генерального штаба вооруженных сил "
     "Кении генерал-майора Джона Кимани.", "Appointment",
     {"person/dzhon-kimani", "person/uilyam-ruto", "state/KEN"}, set(), "", "occurred"),
    # a participle of a person appoints them
    ("Хуан Перес, назначенный министром обороны Перу, прибыл в Чили.", "Appointment",
     {"person/khuan-peres", "state/PER"}, set(), "", "occurred"),
    # "от исполнения обязанностей" is from the post
    ("В тот же день президент Кении отстранил генерала Джона Кимани от исполнения "
     "обязанностей.", "Resignation", {"person/dzhon-kimani", "state/KEN"}, set(), "",
     "occurred"),
    # taking office by its rite: an oath, an inauguration (the title it names is the office)
    ("Президент Чили Габриэль Борич принёс присягу 11 марта 2022 года.", "Appointment",
     {"person/gabriel-borich", "state/CHL"}, set(), "2022-03-11", "occurred"),
    ("Хуан Перес был приведён к присяге в качестве министра обороны Перу.", "Appointment",
     {"person/khuan-peres", "state/PER"}, set(), "", "occurred"),
    ("Габриэль Борич принесёт присягу перед Конгрессом позднее.", "Appointment",
     {"person/gabriel-borich"}, set(), "", "planned"),
    ("Министр юстиции Перу Мария Лопес подписала указ. Через месяц после её вступления в "
     "должность в Лиме начались протесты.", "Appointment", {"person/mariya-lopes", "state/PER"},
     set(), "", "occurred"),
    # a retirement of one who holds an office leaves it
    ("Министр обороны Перу Хуан Перес ушёл на пенсию в 2019 году.", "Resignation",
     {"person/khuan-peres", "state/PER"}, set(), "2019", "occurred"),
    ("Министр обороны Перу Хуан Перес объявил об уходе на пенсию.", "Resignation",
     {"person/khuan-peres", "state/PER"}, set(), "", "occurred"),
    # a leaving that names no one is of who announces or decides it
    ("Министр обороны Перу Хуан Перес принял решение об отставке.", "Resignation",
     {"person/khuan-peres", "state/PER"}, set(), "", "occurred"),
    ("Министр обороны Перу Хуан Перес объявил об отставке.", "Resignation",
     {"person/khuan-peres", "state/PER"}, set(), "", "occurred"),
    # "заявил, что уйдёт": the speaker's own; not where the clause's verb is another's
    ("Президент Перу Хуан Перес заявил, что уйдёт в отставку в 2026 году.", "Resignation",
     {"person/khuan-peres", "state/PER"}, set(), "2026", "planned"),
    ("Президент Перу Хуан Перес заявил, что министра обороны Луиса Гомеса отправят в "
     "отставку.", "Resignation", {"person/luis-gomes"}, {"person/khuan-peres"}, "", "planned"),
    # leaving a government or an agency is leaving one's post
    ("Начальник управления Генпрокуратуры Перу Хуан Перес покинул надзорное ведомство.",
     "Resignation", {"person/khuan-peres", "state/PER"}, set(), "", "occurred"),
    ("Министр финансов Перу Хуан Перес покинул правительство в 2019 году.", "Resignation",
     {"person/khuan-peres", "state/PER"}, set(), "2019", "occurred"),
    # who accepts a resignation or signs the decree on it dismisses, as who "уволил" does;
    # not one of no office, nor one who comments on it
    ("Президент Чили Габриэль Борич принял отставку министра обороны Хуана Переса.",
     "Resignation", {"person/gabriel-borich", "person/khuan-peres", "state/CHL"}, set(), "",
     "occurred"),
    ("Президент Чили Габриэль Борич подписал указ об отставке министра обороны Хуана Переса.",
     "Resignation", {"person/gabriel-borich", "person/khuan-peres", "state/CHL"}, set(), "",
     "occurred"),
    ("Президент Эквадора Даниэль Нобоа подписал указ о назначении Марии Лопес министром "
     "обороны Эквадора.", "Appointment", {"person/daniel-noboa", "person/mariya-lopes",
     "state/ECU"}, set(), "", "occurred"),
    ("Журналист Педро Гомес принял отставку министра обороны Чили Хуана Переса спокойно.",
     "Resignation", {"person/khuan-peres"}, {"person/pedro-gomes"}, "", "occurred"),
    ("Президент Чили Габриэль Борич прокомментировал отставку министра обороны Хуана Переса.",
     "Resignation", {"person/khuan-peres"}, {"person/gabriel-borich"}, "", "occurred"),
    # a title the parser cut off from its verb before a long apposition is still its object
    ("Президент Чили Габриэль Борич досрочно отправил в отставку губернатора области, члена "
     "совета партии «Новая Чили» Хуана Переса, который занимал этот пост с 2010 года.",
     "Resignation", {"person/gabriel-borich", "person/khuan-peres"}, set(), "", "occurred"),
    # one who takes another's post ("сменил на посту") is appointed, the one replaced is not
    ("Хуан Перес сменил Луиса Гомеса на посту премьер-министра Перу.", "Appointment",
     {"person/khuan-peres", "state/PER"}, {"person/luis-gomes"}, "", "occurred"),
    ("Сенат Перу выразил доверие Хуану Пересу, сменившему на посту премьер-министра страны "
     "Луиса Гомеса.", "Appointment", {"person/khuan-peres"}, {"person/luis-gomes"}, "",
     "occurred"),
    # a passive whose subject the parser hangs on the verb joined to it is no one else's
    ("Президент Перу Хуан Перес провёл кадровые перестановки. В частности, освобожден от "
     "должности и уволен с военной службы начальник ПВО генерал Луис Гомес.", "Resignation",
     {"person/luis-gomes"}, {"person/khuan-peres"}, "", "occurred"),
    # "преемником" takes the post of whom it names ("Его", "Тоа"), by that one's title in
    # the sentence before; not the post of another person titled there
    ("Министр обороны Японии Ясукадзу Хамада ушёл в отставку. Его преемником стал Минору "
     "Кихара.", "Appointment", {"person/minoru-kikhara", "state/JPN"}, set(), "", "occurred"),
    ("Президент Чили Габриэль Борич отправил в отставку министра внутренних дел Каролину "
     "Тоа. Преемником Тоа назначен Альваро Элисальде.", "Appointment",
     {"person/alvaro-elisalde", "state/CHL"}, {"person/gabriel-borich"}, "", "occurred"),
    ("Министр финансов Великобритании Квази Квартенг был уволен. Преемником Квартенга "
     "станет Джереми Хант.", "Appointment", {"person/jeremy-hunt", "state/GBR"},
     {"person/kvazi-kvarteng"}, "", "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "must", "must_not", "date", "status"), FIRES)
def test_changes_of_office_with_their_roles(events, text, kind, must, must_not, date, status):
    (event,) = of_kind(events(text), kind)
    assert must <= set(event.participants) and not must_not & set(event.participants)
    assert event.date == date and event.status == status


THIS_POST = [
    # "этот пост" is the post named last, in its sentence or the one before, with its
    # compound title whole: a vice-president's or a deputy's, never the head post
    ("После отставки Хуана Переса с поста вице-президента Аргентины в 1998 году на этот пост "
     "был назначен Карлос Руккауф.",
     "Назначение Карлоса Руккауфа на пост вице-президента Аргентины"),
    ("В 2005 году пост первого заместителя министра обороны Кении освободился. На этот пост "
     "был назначен Джон Кимани.",
     "Назначение Джона Кимани на пост первого заместителя министра обороны Кении"),
    ("Ахмед Хасан покинул пост заместителя министра иностранных дел Египта. На этот пост "
     "назначен Омар Салех.",
     "Назначение Омара Салеха на пост заместителя министра иностранных дел Египта"),
    # ... a post named by any post word ("исполнял обязанности"), pointed at by any
    # ("эту позицию"); a post of a kind ("на такой пост") points back to none
    ("Ян Ковальский исполнял обязанности министра финансов Польши. На этот пост назначен "
     "Марек Новак.", "Назначение Марека Новака на пост министра финансов Польши"),
    ("Ян Ковальский ушёл с поста министра финансов Польши. На эту позицию назначена Анна "
     "Вуйцик.", "Назначение Анны Вуйцик на пост министра финансов Польши"),
    ("Ян Ковальский ушёл с поста министра финансов Польши. На такой пост назначен Марек "
     "Новак.", "Назначение Марека Новака"),
    # an inauguration names the office; the holder's name ends it
    ("В Лиме состоялась инаугурация президента Перу Дины Болуарте.",
     "Назначение Дины Болуарте на пост президента Перу"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), THIS_POST)
def test_this_post_is_the_one_named_before(events, text, label) -> None:
    assert [e.label for e in of_kind(events(text), "Appointment")] == [label]


# text, kind, the labels of that kind: "эта позиция" with no titled post before it is a
# stance, never the post a change is to or from; after one it is that post
STANCES = [
    ("Несмотря на эту позицию, президент Чили назначил Марию Лопес министром обороны.",
     "Appointment", ["Назначение Марии Лопес на пост министра обороны"]),
    ("Из-за его позиции премьер-министр Кении назначил Джона Кимани послом в Эфиопии.",
     "Appointment", ["Назначение Джона Кимани на пост посла в Эфиопии"]),
    ("Из-за этой позиции министр обороны Чили Мария Лопес подала в отставку.", "Resignation",
     ["Отставка Марии Лопес"]),
    ("Хуан Перес покинул пост министра обороны Перу. На эту позицию назначен Луис Гомес.",
     "Appointment", ["Назначение Луиса Гомеса на пост министра обороны Перу"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "labels"), STANCES)
def test_this_position_is_a_post_only_after_one(events, text, kind, labels) -> None:
    assert [e.label for e in of_kind(events(text), kind)] == labels


# text, the appointments' labels: a pointed post is the one of the clause that holds it, and
# an appointment with its own title ("послом") is to that title, not to the post before
OWN_TITLE = [
    ("Хуан Перес занимал пост министра обороны Перу. На этом посту он проработал три года, а "
     "затем Луис Гомес был назначен послом Перу в Чили.",
     ["Назначение Луиса Гомеса на пост посла Перу в Чили"]),
    ("Ахмед Хасан занимал пост министра финансов Кении. С этого поста он был назначен послом "
     "Кении в Эфиопии.", ["Назначение Ахмеда Хасана на пост посла Кении в Эфиопии"]),
    ("Ахмед Хасан занимал пост министра финансов Кении. На этом посту его в 2020 году "
     "назначили послом Кении в Эфиопии.",
     ["Назначение Ахмеда Хасана на пост посла Кении в Эфиопии"]),
    # must not: the post of another clause is no post this one is appointed to
    ("Хуан Перес занимал пост министра обороны Перу. На этом посту он проработал три года, а "
     "затем Луис Гомес был назначен.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), OWN_TITLE)
def test_an_own_title_beats_a_post_pointed_at(events, text, labels) -> None:
    assert [e.label for e in of_kind(events(text), "Appointment")] == labels


SILENT = [
    # a post no sentence names before, or a stance ("позиция Египта"), is no office
    ("Позиция Египта по Турции не изменилась. На эту позицию назначен Омар Салех.",
     "Appointment"),
    ("Переговоры Египта и Турции прошли в Каире. На этот пост назначен Омар Салех.",
     "Appointment"),
    ("Президент Перу назначил встречу на понедельник.", "Appointment"),  # no office
    ("Хуан Перес сменил тренера сборной Перу.", "Appointment"),  # no post taken
    # one who takes another's place in a party's post
    ("Мария Лопес, сменившая на посту лидера своей партии известного бизнесмена Хуана Переса, "
     "заявила о реформах.", "Appointment"),
    ("Сборная Чили сменила форму перед матчем с Перу.", "Appointment"),
    ("Бразилия стала первой страной, признавшей независимость.", "Appointment"),
    ("Нельсон Мандела в 1994 году стал первым чернокожим президентом ЮАР.", "Appointment"),
    ("Писатель Хорхе Борхес стал автором новой книги.", "Appointment"),  # no post
    ("Глава МИД Польши Радослав Сикорский возглавил делегацию на переговорах.", "Appointment"),
    ("МИД Египта возглавил работу комиссии.", "Appointment"),  # no one named takes it
    ("Правительство Бельгии ушло в отставку.", "Resignation"),  # no person named
    ("Президент Колумбии освободил заложников.", "Resignation"),  # a release, not a dismissal
    ("Парламент Исландии избрал новый курс.", "Election"),  # no office
    ("Нельсон Мандела стал самым молодым адвокатом ЮАР.", "Appointment"),  # a record
    ("Армия уволила 300 военных, включая советника президента Перу.", "Resignation"),
    ("Президент Кении уволил с работы 300 военных.", "Resignation"),
    ("Этот пост в 1990 году занял Альберто Фухимори.", "Appointment"),  # which post?
    ("Смерть пациента наступила ночью.", "Death"),  # no one named
    # tried or asked for, not done
    ("Военные Боливии обвиняются в попытке сместить президента Луиса Арсе.", "Resignation"),
    ("Оппозиция Перу потребовала отправить в отставку Дину Болуарте.", "Resignation"),
    ("Болельщики клуба потребовали отставки тренера Хорхе Сампаоли.", "Resignation"),
    ("Премьер-министр Хорватии Андрей Пленкович отказался уйти в отставку.", "Resignation"),
    ("Президент Перу Дина Болуарте отказалась назначить Хуана Переса министром.", "Appointment"),
    ("Если полёт состоится, Сорая Салим станет седьмым малайзийским космонавтом.",
     "Appointment"),
    ("Жители Шотландии проголосовали против независимости.", "Vote"),  # no body named
    # a name in the issuer's case is the issuer's, not whom the decree appoints
    ("Указом президента Перу Хуана Переса министром обороны назначен генерал.", "Appointment"),
    # a nomination names a candidate for a post; "уход" needs a post left
    ("Партия Перу выдвинула новую идею на съезде.", "Appointment"),
    ("Оппозиция Чили выдвинула Марию Лопес кандидатом в депутаты от Сантьяго.", "Appointment"),
    ("Уход за ранеными в госпиталях Перу улучшился.", "Resignation"),
    ("Уход американских войск из Афганистана завершился.", "Resignation"),
    # a deputy of no state post, a kinsman: no change of office
    ("Хуан Перес стал заместителем директора школы в Лиме.", "Appointment"),
    ("Хуан Перес стал сыном губернатора провинции Мендоса.", "Appointment"),
    # "глава" with no body it serves, or of a family, is no post
    ("Хуан Перес стал главой семьи после смерти отца.", "Appointment"),
    ("Президент Перу назначил Хуана Переса главой.", "Appointment"),
    # a post of a noun of its own, not the verb's
    ("По итогам переговоров о назначении на пост министра финансов Чили Марио Марсель "
     "встретился с банкирами.", "Appointment"),
    # a thing set up by an official: the instrumental title is who set it
    ("Хуан Перес руководил проверкой, назначенной министром обороны Перу Марио Гомесом в "
     "связи с публикациями.", "Appointment"),
    ("Комиссия, назначенная президентом Перу Марио Гомесом, начала работу.", "Appointment"),
    # the execution of a sentence is no post
    ("Суд Перу отстранил Хуана Переса от исполнения приговора.", "Resignation"),
    # a passive's unnamed subject is appointed, not the name the parser hangs on the title
    ("Президент Чили Габриэль Борич распустил совет. Бывший же его глава назначен советником "
     "по безопасности Габриэля Борича.", "Appointment"),
    ("Бывший глава совета назначен советником президента Чили Габриэля Борича.",
     "Appointment"),
    # who swears others in, a soldier's oath: no office taken
    ("Президент Перу Дина Болуарте приняла присягу у новых министров.", "Appointment"),
    ("Рядовой Хуан Перес принял военную присягу.", "Appointment"),
    # a retirement of one who holds no office; a pension fund; a leaving another tells of
    ("Хуан Перес вышел на пенсию по возрасту в 2019 году.", "Resignation"),
    ("Актриса Мария Лопес ушла на пенсию.", "Resignation"),
    ("Пенсионный фонд Перу возглавил Хуан Перес.", "Resignation"),
    ("Пресс-секретарь президента Перу Хуан Перес сообщил об отставке.", "Resignation"),
    ("Об отставке правительства премьер-министр Перу Хуан Перес заявил в парламенте.",
     "Resignation"),
    ("Президент Перу Хуан Перес заявил, что не уйдёт в отставку.", "Resignation"),
    # one who changed their mind stays
    ("Президент Федерации футбола Чили Хуан Перес передумал уходить на пенсию.", "Resignation"),
    ("Министр обороны Перу Хуан Перес передумал уходить в отставку.", "Resignation"),
    # a building left is no post
    ("Министр финансов Перу Хуан Перес покинул здание правительства в 16:00.", "Resignation"),
    # a successor not yet named, only spoken of, or of no post the text gives
    ("Министр обороны Литвы Арвидас Анушаускас подал в отставку. Его преемник пока не "
     "назван. Эксперты называют возможным преемником министра Лауринаса Кащюнаса.",
     "Appointment"),
    ("Писатель Эдуардас Вайткус ушёл из политики. Его преемником стал Томас Томилинас.",
     "Appointment"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), SILENT)
def test_no_change_of_office(events, text, kind) -> None:
    assert not of_kind(events(text), kind)


# a plural title listing names: one change of office per person named, the dismisser in each;
# one name after a plural title is whom the title serves
LISTED = [
    ("Президент Чили Габриэль Борич уволил министров Хуана Переса и Марию Лопес.",
     {"person/khuan-peres", "person/mariya-lopes"}),
    ("Отставка министров Перу Хуана Переса и Марии Лопес стала неожиданностью.",
     {"person/khuan-peres", "person/mariya-lopes"}),
    ("Президент Чили Габриэль Борич уволил помощников Хуана Переса.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "holders"), LISTED)
def test_a_plural_title_lists_whom_it_names(events, text, holders) -> None:
    found = of_kind(events(text), "Resignation")
    assert {p for e in found for p in e.participants if p in holders} == holders
    assert len(found) == len(holders)
    assert all(len(holders & set(e.participants)) == 1 for e in found)
    assert all("person/gabriel-borich" in e.participants for e in found if "Борич" in text)


def test_a_meeting_set_for_later_is_planned(events) -> None:
    (meeting,) = of_kind(events("Президент Чили назначил встречу с президентом Перу."), "Meeting")
    assert meeting.status == "planned"


def test_one_appointment_told_twice_is_one_two_offices_are_two(events) -> None:
    text = (
        "Президент Кении Уильям Руто назначил Мусалию Мудавади министром иностранных дел. "
        "Назначение Мудавади министром иностранных дел одобрил парламент. "
        "Кроме того, Руто назначил Кипчумбу Муркомена министром внутренних дел."
    )
    appointments = of_kind(events(text), "Appointment")
    assert len(appointments) == 2
    assert len({e.key for e in appointments}) == 2


def test_appointment_and_resignation_of_one_person_are_two(events) -> None:
    text = (
        "Премьер-министр Португалии Антониу Кошта подал в отставку в 2023 году. "
        "В 2024 году Антониу Кошта был избран председателем Европейского совета."
    )
    read = events(text)
    (resignation,) = of_kind(read, "Resignation")
    (election,) = of_kind(read, "Election")
    assert resignation.date == "2023" and election.date == "2024"
    assert resignation.key != election.key


# One taking of a post told twice, as an election, an appointment or "стал", the post named
# more or less fully or by another of its names: one event; two posts, or one post taken
# twice: two
POSTS_TAKEN = [
    ("Парламент Латвии избрал Эвику Силиню премьер-министром. Эвика Силиня стала главой "
     "правительства Латвии в сентябре 2023 года.", 1),
    ("15 мая 2022 года Хасан Шейх Махмуд избран президентом Сомали. Хасан Шейх Махмуд стал "
     "президентом страны во второй раз.", 1),
    ("Первым вице-президентом Колумбии избрана Франсия Маркес. Франсия Маркес стала "
     "вице-президентом Колумбии в августе 2022 года.", 1),
    ("Сигэру Исиба назначен новым премьером Японии. Сигэру Исиба занял пост премьер-министра "
     "Японии 1 октября 2024 года.", 1),
    ("Бывший министр финансов Петтери Орпо назначен новым премьер-министром Финляндии. Орпо "
     "стал премьер-министром Финляндии 20 июня 2023 года.", 1),
    ("Президент Кении назначил Джона Мвангу послом в Японии. Позднее Джон Мванга был назначен "
     "послом Кении в Индии.", 2),
    ("Нарендра Моди был избран премьер-министром Индии в 2014 году. В 2019 году Нарендра Моди "
     "был переизбран премьер-министром Индии.", 2),
    ("Ишрат Хусейн был назначен министром финансов Пакистана. Через год Ишрат Хусейн стал "
     "министром иностранных дел Пакистана.", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count"), POSTS_TAKEN)
def test_one_post_taken_told_twice_is_one_event(events, text, count) -> None:
    taken = [e for e in events(text) if e.kind in {"Appointment", "Election"}]
    assert len(taken) == len({e.key for e in taken}) == count
    assert count == 2 or taken[0].date  # one event has the dated mention's date


# A club's coach holds no state's office: their change of post takes no state the text is
# about; a state's minister, titled with a rank word too, still takes it
PRIVATE_POSTS = [
    ("Главный тренер клуба «Пеньяроль» Диего Лопес уволен. Сборная Уругвая проиграла "
     "Парагваю, Уругвай в трауре.", "Resignation", set()),
    ("Старший тренер клуба «Олимпия» Хуан Перес подал в отставку. Парагвай, Парагвай и "
     "Уругвай.", "Resignation", set()),
    ("Министр обороны Хуан Перес подал в отставку. Парагвай, Парагвай и Уругвай.",
     "Resignation", {"state/PRY"}),
    ("Первый вице-премьер Хуан Перес подал в отставку. Парагвай, Парагвай и Уругвай.",
     "Resignation", {"state/PRY"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "states"), PRIVATE_POSTS)
def test_a_private_post_takes_no_home_state(events, text: str, kind: str, states: set) -> None:
    (change,) = of_kind(events(text), kind)
    assert {k for k in change.participants if k.startswith("state/")} == states


# One appointment told as done and as ahead ("назначен … станет"), one person to one post:
# one event, which took place; another post, or a post held years before, stays apart
TOLD_AHEAD_AND_DONE = [
    ("Хуан Перес станет главой МИД Перу. Президент Перу Дина Болуарте назначила Хуана Переса "
     "министром иностранных дел.", 1),
    ("Ана Гомес назначена министром обороны Чили. Гомес станет министром обороны Чили, "
     "сообщили в правительстве.", 1),
    ("Ана Гомес назначена министром обороны Чили. Гомес станет министром финансов Чили, "
     "сообщили в правительстве.", 2),
    ("В 2015 году Ана Гомес была назначена министром обороны Чили. Теперь Гомес станет "
     "министром обороны Чили.", 2),
    # a deputy's post and the post, an acting post and the post: two (lead, review37f)
    ("Пабло Ривас был назначен заместителем министра обороны Перу. Источники сообщают, что "
     "он станет министром обороны Перу.", 2),
    ("Ана Гомес была назначена исполняющей обязанности министра финансов Чили. После "
     "голосования в парламенте она станет министром финансов Чили.", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count"), TOLD_AHEAD_AND_DONE)
def test_an_appointment_told_ahead_and_done_is_one(events, text: str, count: int) -> None:
    taken = of_kind(events(text, "2024-05-02"), "Appointment")
    assert len(taken) == count
    assert count == 2 or taken[0].status == "occurred"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # one election told twice, neither naming who ran: one
        ("Новый премьер-министр Норвегии Ингрид Ларсен в воскресенье заявила о готовности "
         "сформировать правительство из трех партий, способствовавших победе на выборах, "
         "сообщает агентство NTB.\n\nВо главе норвежского правительства впервые становится "
         "женщина — Ингрид Ларсен, чья партия в сентябре одержала победу на досрочных "
         "парламентских выборах.", 1),
        # not: an election held and one ahead
        ("Новый премьер-министр Норвегии Ингрид Ларсен заявила о готовности сформировать "
         "правительство из трех партий, способствовавших победе на выборах.\n\nОппозиция "
         "заявила, что досрочные парламентские выборы пройдут в сентябре.", 2),
    ],
)  # fmt: skip
def test_an_election_told_again_is_one(events, text: str, count: int) -> None:
    assert len([e for e in events(text) if e.kind == "Election"]) == count


# a genitive name the parser hangs on the title as its apposition is whom the title serves:
# no holder, no participant; a nominative name there is the holder
SERVED = [
    ("На должность руководителя аппарата правительства Испании назначена заместительница Педро "
     "Санчеса Мария Лопес.", {"person/mariya-lopes", "state/ESP"}),
    ("Министром обороны Испании назначен помощник президента Хуан Перес.",
     {"person/khuan-peres", "state/ESP"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "participants"), SERVED)
def test_whom_a_title_serves_is_not_appointed(events, text: str, participants: set[str]) -> None:
    (appointment,) = of_kind(events(text), "Appointment")
    assert set(appointment.participants) == participants


def test_a_title_of_whom_it_serves_alone_names_no_holder(events) -> None:
    assert not of_kind(
        events("Министром обороны Испании назначен помощник Педро Санчеса."), "Appointment"
    )


# a name the parse apposes to the appointed kin across another person's noun is that
# person's: the kin appointed is unnamed; a name right after the kin is theirs
KIN_NAMED = [
    ("Президент Ганы назначил министром финансов сына банкира Кофи Асанте.",
     "person/kofi-asante", False),
    ("Президент Кении назначил министром энергетики зятя банкира Джона Камау.",
     "person/dzhon-kamau", False),
    ("Президент Ганы назначил послом в Японии брата фермера Кофи Асанте.",
     "person/kofi-asante", False),
    ("Президент Кении назначил послом во Франции свою дочь Мэри Камау.",
     "person/meri-kamau", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "appointed"), KIN_NAMED)
def test_a_name_past_another_persons_noun_is_not_appointed(
    events, text: str, person: str, appointed: bool
) -> None:
    found = {k for e in of_kind(events(text), "Appointment") for k in e.participants}
    assert (person in found) == appointed
