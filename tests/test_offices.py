"""Offices as an open class and as dated facts, on sentences about other pairs of states
(Norway–Denmark, Brazil–India): the office a title beside a name gives (before or after
it, with the state or body served), what a title must not give, plural and foreign titles
that resolve to no one, and the `offices` and `persons` queries over dated documents."""

from __future__ import annotations

import json
import subprocess

import pytest
from kg_runs import KG

from kg.analyze import analyze
from kg.gazetteer import Gazetteer
from kg.model import Document, Extraction
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry


@pytest.fixture(scope="module")
def run():
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def go(text: str, date: str = "2024-05-01") -> Extraction:
        return analyze(Document(id="t", text=text, date=date), nlp(text), Registry(gazetteer))

    return go


def holdings(ex: Extraction) -> dict[str, set[tuple[str, str]]]:
    """Person name → the (office, state key) the text gives them."""
    names = {e.key: e.name for e in ex.entities}
    out: dict[str, set[tuple[str, str]]] = {}
    for h in ex.facts["offices"]:
        if h.basis == "text":
            out.setdefault(names[h.person], set()).add((h.office, h.state))
    return out


GIVEN = [
    # before the name, with its state
    ("Министр энергетики Норвегии Терье Осланд прибыл в Копенгаген.",
     "Терье Осланд", "министр энергетики", "state/NOR"),
    # after the name, in apposition, agreeing in case
    ("Премьер-министр Дании Метте Фредериксен встретилась с Юнасом Гаром Стёре, "
     "премьер-министром Норвегии.", "Юнас Гар Стёре", "премьер-министр", "state/NOR"),
    ("Ханс Ларсен, посол Дании в Норвегии, вручил верительные грамоты.",
     "Ханс Ларсен", "посол", "state/DNK"),
    # a post abroad serves the state before the preposition
    ("Посол Бразилии в Индии Карлус Дуарте провёл встречу.",
     "Карлус Дуарте", "посол", "state/BRA"),
    # a minister's press secretary is not the minister
    ("Пресс-секретарь министра обороны Индии Раджеш Кумар заявил о встрече.",
     "Раджеш Кумар", "пресс-секретарь министра обороны", "state/IND"),
    ("Заместитель министра иностранных дел Бразилии Мария Лаура да Роша прибыла в Дели.",
     "Мария Лаура да Роша", "заместитель министра иностранных дел", "state/BRA"),
    # all in the genitive: the name stands with the first title, the second is its
    # complement, across a region between them too
    ("В Кракове взорван автомобиль заместителя министра обороны Польши Марека Ковальского.",
     "Марек Ковальский", "заместитель министра обороны", "state/POL"),
    ("В Гоа взорван автомобиль заместителя муфтия штата Керала Абдуллы Хасана.",
     "Абдулла Хасан", "заместитель муфтия", ""),
    # ... unless the gazetteer knows the person in the second title's office
    ("Встреча помощника президента Франции Эмманюэля Макрона с послом прошла в Дели.",
     "Эмманюэль Макрон", "президент", "state/FRA"),
    # an organization served
    ("Генеральный секретарь НАТО Марк Рютте прибыл в Осло.",
     "Марк Рютте", "генеральный секретарь", "org/nato"),
    # a former office, "экс-" as "бывший"
    ("Экс-президент Бразилии Жоау Мендеш скончался в Рио-де-Жанейро.",
     "Жоау Мендеш", "президент", "state/BRA"),
    # the object of a verb that appoints holds the office, in the instrumental or after
    # "на должность"
    # (an envoy "в Перу" is the appointing state's)
    ("Президент Чили назначил Хорхе Эрнандеса послом в Перу.",
     "Хорхе Эрнандес", "посол", "state/CHL"),
    ("Президент Хорхе Альварес выдвинет Луиса Переса на должность посла в Перу.",
     "Луис Перес", "посол", ""),
    # ... and the genitive of the appointment's noun
    ("Сенат одобрил назначение Марии Лопес министром обороны Чили.",
     "Мария Лопес", "министр обороны", "state/CHL"),
    # a deputy's title contracted into one word, which does not decline
    ("Замглавы МИД Чили Хорхе Эрнандес прибыл в Лиму.", "Хорхе Эрнандес", "замглавы",
     "org/ministerstvo-inostrannykh-del-chili"),  # one name for every form of the body
    ("Замгубернатора провинции Хорхе Эрнандес прибыл в Лиму.",
     "Хорхе Эрнандес", "замгубернатора", ""),
    # a place after its kind is no part of the name after it
    ("Бывший губернатор штата Юта Джон Миллер прибыл в Оттаву.",
     "Джон Миллер", "губернатор штата", ""),
    # an office with no state the text names
    ("Депутат Йенс Хольм выступил в Копенгагене.", "Йенс Хольм", "депутат", ""),
    # after the name and a dash, past a participle; "страны" is the country, no body
    ("Коалиция одержала верх над либералом Эриком Ольсеном — действующим премьером страны.",
     "Эрик Ольсен", "премьер-министр", ""),
    # acting: "исполнять обязанности" and the title's genitive is an office of its own,
    # after the name or before it
    ("После выборов Ольсен будет исполнять обязанности главы правительства Дании.",
     "Ольсен", "исполняющий обязанности главы правительства", "state/DNK"),
    ("Исполняющий обязанности президента Перу Хуан Перес прибыл в Лиму.",
     "Хуан Перес", "исполняющий обязанности президента", "state/PER"),
    ("Визит временно исполняющего обязанности губернатора провинции Хуана Переса отложен.",
     "Хуан Перес", "временно исполняющий обязанности губернатора", ""),
    # ... and "и.о.", "и. о.", "врио", which do not decline: the name takes them in any case
    ("И.о. президента Перу Хосе Херонимо прибыл в Сантьяго.",
     "Хосе Херонимо", "исполняющий обязанности президента", "state/PER"),
    ("Встреча с и. о. премьер-министра Непала Рамом Бахадуром прошла в Дели.",
     "Рам Бахадур", "исполняющий обязанности премьер-министра", "state/NPL"),
    ("Хосе Херонимо, и.о. президента Перу, прибыл в Сантьяго.",
     "Хосе Херонимо", "исполняющий обязанности президента", "state/PER"),
    ("Врио губернатора провинции Онтарио Джон Смит встретился с послом Кении.",
     "Джон Смит", "временно исполняющий обязанности губернатора", ""),
    # a title that names only a role gives its own words, not a guess at the office ...
    ("Лидер Тувалу Фелети Тео прибыл в Веллингтон.", "Фелети Тео", "лидер", "state/TUV"),
    ("Глава государства Тувалу Фелети Тео прибыл в Суву.", "Фелети Тео",
     "глава государства", "state/TUV"),
    # ... unless the gazetteer says which office of the role the person held at the date
    ("Лидер Японии Фумио Кисида прибыл в Дели.", "Фумио Кисида", "премьер-министр",
     "state/JPN"),
    # two coordinated titles before one name: both are the name's
    ("Президент и генеральный директор компании Nordlys Эрик Ольсен выступил в Осло.",
     "Эрик Ольсен", "президент", ""),
    ("Бывший президент и военный лидер Перу Артур Новак скончался в Лиме.",
     "Артур Новак", "президент", "state/PER"),
    # a rank before the name of one appointed to an office: the appointment's office
    ("Президент Чили назначил министром обороны страны адмирала Хуана Переса.",
     "Хуан Перес", "министр обороны", ""),
    ("Президент Кении назначил послом в Перу генерала Джона Мваниками.",
     "Джон Мваниками", "посол", ""),
    # ... and one appointed named after a noun of kin
    ("Президент Перу назначил свою супругу Марию Перес первым вице-президентом республики.",
     "Мария Перес", "первый вице-президент республики", "state/PER"),
    ("Президент Чили назначил своего брата Луиса Гомеса министром обороны.", "Луис Гомес",
     "министр обороны", "state/CHL"),
    # a participle clause of an office verb after the name
    ("Представитель партии Эрик Ольсен, занимавший пост премьера с 2008 года, признал "
     "поражение.", "Эрик Ольсен", "премьер-министр", ""),
    # a title before a dash and the name, across a no-break space (which is a token) and
    # the name's adjectives; after the name too
    ("Состав кабинета Перу:\nМинистр финансов\u00a0— Хуан Перес. Он отвечает за бюджет.",
     "Хуан Перес", "министр финансов", ""),
    ("Главный секретарь кабинета министров\u00a0— Хуан Перес.", "Хуан Перес",
     "главный секретарь кабинета министров", ""),
    ("Министр обороны Перу\u00a0— 58-летний Луис Гомес, генерал в отставке.", "Луис Гомес",
     "министр обороны", "state/PER"),
    ("Министр финансов Чили — 72-летний Хорхе Сантана.", "Хорхе Сантана", "министр финансов",
     "state/CHL"),
    ("Хуан Перес\u00a0— министр финансов Перу, прибыл в Сантьяго.", "Хуан Перес",
     "министр финансов", "state/PER"),
    # a title, its complement, a dash and the name
    ("Адвокат потерпевшего — Хуан Перес посчитал, что прокурор неправ.", "Хуан Перес",
     "адвокат", ""),
    ("Советник президента Перу — Луис Гомес.", "Луис Гомес", "советник президента",
     "state/PER"),
    # a compound that opens with an office is the title as a whole
    ("В Лиме умер писатель-сатирик Хуан Перес.", "Хуан Перес", "писатель-сатирик", ""),
    ("Депутат-коммунист Луис Гомес выступил в Сантьяго.", "Луис Гомес", "депутат-коммунист",
     ""),
    ("Встреча с политиком-популистом Марио Орси прошла в Монтевидео.", "Марио Орси",
     "политик-популист", ""),
    # "глава" before a state's name is its head, whatever the office's name
    ("Глава Перу Хуан Перес прибыл в Сантьяго.", "Хуан Перес", "глава государства",
     "state/PER"),
    ("Переговоры с главой Уругвая Марио Орси прошли в Монтевидео.", "Марио Орси",
     "глава государства", "state/URY"),
    ("Визит главы Чили Хорхе Сантаны в Лиму начался.", "Хорхе Сантана", "глава государства",
     "state/CHL"),
    # a kind of leader is not the head of state
    ("Верховный лидер Ирана Мохсен Резаи выступил в Тегеране.",
     "Мохсен Резаи", "верховный лидер", "state/IRN"),
    # the leader of a band (its genitive coordinated and read as a nominative) leads it
    ("Лидер датской и норвежской рок-группы «Фьорд» Улаф Бьёрк дал концерт в Осло.",
     "Улаф Бьёрк", "лидер", ""),
    # an age before "лидер" says how old, not what kind of leader
    ("В апреле у 61-летнего лидера рок-группы «Фьорд» Улафа Бьёрка случился инсульт.",
     "Улаф Бьёрк", "лидер", ""),
    # a body in quotes after the title is the one served
    ("Лидер «Хезболлы» Али Хамдан выступил в Бейруте.", "Али Хамдан", "лидер", "org/Q41053"),
    # the predicate of a name in apposition to the subject ("отец … был послом")
    ("Её отец Томас Хансен был послом Дании в Исландии.", "Томас Хансен", "посол",
     "state/DNK"),
    # a plural title before two coordinated names: each is one of them, states in order
    ("Министры иностранных дел Дании и Норвегии Ларс Лёкке Расмуссен и Эспен Барт Эйде "
     "подписали протокол.", "Ларс Лёкке Расмуссен", "министр иностранных дел", "state/DNK"),
    ("Министры иностранных дел Дании и Норвегии Ларс Лёкке Расмуссен и Эспен Барт Эйде "
     "подписали протокол.", "Эспен Барт Эйде", "министр иностранных дел", "state/NOR"),
    ("Переговоры с министрами обороны Кении и Эфиопии Соипан Туйей и Абрахамом Гебре "
     "прошли в Найроби.", "Абрахам Гебре", "министр обороны", "state/ETH"),
    # a colleague of another state holds the office of the one named before, in that state
    ("Министр иностранных дел Бразилии Мауро Виейра провёл телефонный разговор со своим "
     "венесуэльским коллегой Иваном Хилем.", "Иван Хиль", "министр иностранных дел",
     "state/VEN"),
    ("Премьер-министр Дании Метте Фредериксен встретилась с норвежским коллегой Юнасом Гаром "
     "Стёре.", "Юнас Гар Стёре", "премьер-министр", "state/NOR"),
    ("Министр обороны Кении Соипан Туйя обсудила с эфиопским коллегой Абрахамом Белаем "
     "безопасность.", "Абрахам Белай", "министр обороны", "state/ETH"),
    # a minister's field, any field, is part of the office
    ("Министр экономики Мексики Марсело Эбрард посетил Вашингтон.", "Марсело Эбрард",
     "министр экономики", "state/MEX"),
    ("Министр сельского хозяйства Бразилии Карлус Фавару прибыл в Пекин.", "Карлус Фавару",
     "министр сельского хозяйства", "state/BRA"),
    ("Министр промышленности и торговли Вьетнама Нгуен Хонг Зиен встретился с коллегой.",
     "Нгуен Хонг Зиен", "министр промышленности и торговли", "state/VNM"),
    ("Заместитель министра экономики Мексики Хуан Перес прибыл в Вашингтон.", "Хуан Перес",
     "заместитель министра экономики", "state/MEX"),
    # ... a list of fields "и" closes
    ("Министр экономики, торговли и промышленности Перу Хуан Перес прибыл в Лиму.",
     "Хуан Перес", "министр экономики, торговли и промышленности", "state/PER"),
    # a title, a dash and a name, in a list of a cabinet: each name its own title
    ("Состав кабинета Перу: министр финансов — Хуан Перес, министр обороны — Луис Гомес.",
     "Хуан Перес", "министр финансов", ""),
    ("Состав кабинета Перу: министр финансов — Хуан Перес, министр обороны — Луис Гомес.",
     "Луис Гомес", "министр обороны", ""),
    # a rank between the office and the name is not the office
    ("Министр иностранных дел Омана принц Фейсал бен Хамад встретился с послом Египта.",
     "Фейсал бен Хамад", "министр иностранных дел", "state/OMN"),
    ("Премьер-министр Катара шейх Халид бен Абдель Азиз Аль Тани прибыл в Каир.",
     "Халид бен Абдель Азиз Аль Тани", "премьер-министр", "state/QAT"),
    ("Посол Великобритании в Кении сэр Джон Уэст вручил верительные грамоты.",
     "Джон Уэст", "посол", "state/GBR"),
    # ... and alone before a name, or with a state of its own, it is the name's title
    ("Наследный принц Иордании Хусейн бен Абдалла посетил Каир.", "Хусейн бен Абдалла",
     "наследный принц", "state/JOR"),
    ("Принц Уильям посетил Эр-Рияд.", "Уильям", "принц", ""),
    # "двух стран" names neither state
    ("Министры иностранных дел двух стран Хакан Фидан и Бадр Абдель Аты обсудили Газу.",
     "Бадр Абдель Аты", "министр иностранных дел", ""),
    # a name the tagger reads in another case than its title, where the forms agree: an
    # animate accusative is its genitive, a foreign name does not decline
    ("МИД Перу вызвал посла Чили Ивана Гонсалеса.", "Иван Гонсалес", "посол", "state/CHL"),
    ("По словам министра иностранных дел Индии Субрахманьяма Джайшанкара, стороны "
     "договорились.", "Субрахманьям Джайшанкар", "министр иностранных дел", "state/IND"),
    # an interim body's head holds that office
    ("Глава переходного правительства Сирии Ахмед аш-Шараа прибыл в Эр-Рияд.",
     "Ахмед аш-Шараа", "глава переходного правительства", "state/SYR"),
    ("Глава временного правительства Бангладеш Мухаммад Юнус прибыл в Нью-Дели.",
     "Мухаммад Юнус", "глава временного правительства", "state/BGD"),
    # diplomatic ranks
    ("МИД Норвегии вызвал временного поверенного в делах Ирана Хоссейна Ахмади.",
     "Хоссейн Ахмади", "поверенный в делах", "state/IRN"),
    ("Генеральный консул Индии в Дубае Сатиш Сиван посетил выставку.", "Сатиш Сиван",
     "генеральный консул", "state/IND"),
    ("Военный атташе посольства Франции Жан Дюпон покинул Бамако.", "Жан Дюпон",
     "военный атташе", "state/FRA"),
    ("Манила вызвала посла Китая Ивана Петрова.", "Иван Петров", "посол", "state/CHN"),
    ("Президент Египта принял министра иностранных дел Турции Хакана Фидана.", "Хакан Фидан",
     "министр иностранных дел", "state/TUR"),
    ("Глава МИД Японии встретился с министром обороны Республики Корея Ан Гю Пэком.",
     "Ан Гю Пэк", "министр обороны", "state/KOR"),
    ("Премьер-министр Индии поговорил по телефону с президентом Уругвая Яманду Орси.",
     "Яманду Орси", "президент", "state/URY"),
    ("Госсекретарь США в телефонном разговоре с министром иностранных дел Филиппин Энрике "
     "Манало подтвердил обязательства.", "Энрике Манало", "министр иностранных дел",
     "state/PHL"),
    ("Король вручил орден послу Италии Марко Перонди.", "Марко Перонди", "посол", "state/ITA"),
    # a head that names a post only with the body it serves: "глава", "сотрудник" of any
    # organization or genitive noun (a state adjective and a place's name are no words of
    # the office), "член", "представитель" of a body of a state
    ("Глава МВФ Кристалина Георгиева прибыла в Буэнос-Айрес.", "Кристалина Георгиева",
     "глава", "org/imf"),
    ("Ларс Нильсен, глава крупнейшего норвежского холдинга, подал в отставку.", "Ларс Нильсен",
     "глава крупнейшего холдинга", ""),
    ("Совет директоров назначил Эрика Ольсена главой холдинга.", "Эрик Ольсен",
     "глава холдинга", ""),
    ("Глава контртеррористического подразделения полиции Осло Ингрид Хольм заявила о "
     "задержании.", "Ингрид Хольм", "глава контртеррористического подразделения", ""),
    ("Задержан глава Карелии Артур Парфенчиков.", "Артур Парфенчиков", "глава", ""),
    ("Сотрудник посольства Бразилии Жоау Силва покинул Каракас.", "Жоау Силва",
     "сотрудник посольства", "state/BRA"),
    ("Представитель МИД Бразилии Жоана Силва заявила о визите.", "Жоана Силва",
     "представитель", "org/ministerstvo-inostrannykh-del-brazilii"),
    ("Представитель Бразилии при ООН Серджиу Данезе выступил в Совбезе.", "Серджиу Данезе",
     "представитель", "state/BRA"),
    ("Член Совета Федерации Андрей Климов прибыл в Осло.", "Андрей Климов", "член",
     "org/federation-council"),
    ("Члены Совета Федерации Андрей Климов и Ольга Епифанова прибыли в Осло.",
     "Ольга Епифанова", "член", ""),
    ("Борец вольного стиля Ларс Хольм выиграл турнир.", "Ларс Хольм", "борец", ""),
    # a title, the genitive name of whom it serves and the holder's name
    ("Адвокат Ковальского Анджей Новак заявил, что обжалует приговор.", "Анджей Новак",
     "адвокат", ""),
    ("По словам адвоката Ковальского Анджея Новака, приговор обжалуют.", "Анджей Новак",
     "адвокат", ""),
    ("Тренер Ларса Хольма Эрик Ольсен доволен результатом.", "Эрик Ольсен", "тренер", ""),
    ("Встреча советника Макрона Эмманюэля Бонна с послом прошла в Дели.", "Эмманюэль Бонн",
     "советник", ""),
    # a chain of genitive titles before a name of another case is the first title's complement
    ("Заместитель главы администрации президента Бразилии Жоау Силва прибыл в Дели.",
     "Жоау Силва", "заместитель главы администрации президента", "state/BRA"),
    ("Советник главы МИД Норвегии Ингрид Хольм прибыла в Копенгаген.", "Ингрид Хольм",
     "советник главы мид", "state/NOR"),
    ("Советник заместителя председателя правительства Дании Ларс Берг подал в отставку.",
     "Ларс Берг", "советник заместителя председателя правительства", "state/DNK"),
]  # fmt: skip


APPOINTED_TO_POST = [
    # "на пост" of a deputy's title: the deputy's whole office, never the head post alone
    ("Президент Кении назначил Джона Кимани на пост первого заместителя министра обороны.",
     "Джон Кимани", "первый заместитель министра обороны"),
    ("Президент Египта назначил Омара Салеха на пост заместителя министра финансов.",
     "Омар Салех", "заместитель министра финансов"),
    ("Президент Ганы назначил Джона Кимани на пост вице-президента.",
     "Джон Кимани", "вице-президент"),
]  # fmt: skip


APPOINTED_BY = [
    # an office with no state of its own is the appointing state's
    ("Эфиопия назначила Абебе Кебеде на пост министра иностранных дел.", "Абебе Кебеде",
     "министр иностранных дел", "state/ETH"),
    ("Президент Кении назначил Джона Кимани на пост министра энергетики.", "Джон Кимани",
     "министр энергетики", "state/KEN"),
    ("Аргентинский парламент утвердил Марию Гомес на пост министра обороны.", "Мария Гомес",
     "министр обороны", "state/ARG"),
    # must not: a body or person of no named state gives none
    ("Хорхе Альварес назначил Луиса Переса на пост министра финансов.", "Луис Перес",
     "министр финансов", ""),
    ("Совет директоров назначил Эрика Ольсена на пост генерального директора.", "Эрик Ольсен",
     "генеральный директор", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "state"), APPOINTED_BY)
def test_an_appointed_office_is_the_appointers_states(
    run, text: str, name: str, office: str, state: str
) -> None:
    assert holdings(run(text)).get(name) == {(office, state)}


@pytest.mark.parametrize(("text", "name", "office"), APPOINTED_TO_POST)
def test_appointed_to_a_deputys_post(run, text: str, name: str, office: str) -> None:
    offices = {o for o, _ in holdings(run(text)).get(name, set())}
    assert offices == {office}


@pytest.mark.parametrize(("text", "name", "office", "state"), GIVEN)
def test_title_gives_office(run, text: str, name: str, office: str, state: str) -> None:
    assert (office, state) in holdings(run(text)).get(name, set())


MUST_NOT = [
    # one acting for the president is not the president
    ("Исполняющий обязанности президента Перу Хуан Перес прибыл в Лиму.",
     "Хуан Перес", "президент"),
    ("После выборов Ольсен будет исполнять обязанности главы правительства Дании.",
     "Ольсен", "премьер-министр"),
    ("И.о. президента Перу Хосе Херонимо прибыл в Сантьяго.", "Хосе Херонимо", "президент"),
    # a conjunction and a preposition are no "и. о."
    ("Президент Перу рассказал о визите и о президенте Чили Габриэле Бориче.",
     "Габриэль Борич", "исполняющий обязанности президента"),
    # the title after a comma that has its own name after a dash is that name's
    ("Состав кабинета Перу: министр финансов — Хуан Перес, министр обороны — Луис Гомес.",
     "Хуан Перес", "министр обороны"),
    # fields are one noun each: "руководства компании" is no ministry's
    ("Министр экономики, руководства компании и профсоюзов Хуан Перес выступил в Лиме.",
     "Хуан Перес", "министр экономики, руководства компании и профсоюзов"),
    # a leader is not a president where the text does not say so
    ("Лидер Тувалу Фелети Тео прибыл в Веллингтон.", "Фелети Тео", "президент"),
    ("Лидер Японии Фумио Кисида прибыл в Дели.", "Фумио Кисида", "президент"),
    # the rank of one appointed is not what the appointment gives, nor is the office the
    # appointed one's where a rank names someone else
    ("Президент Чили назначил министром обороны страны адмирала Хуана Переса.",
     "Хуан Перес", "адмирал"),
    ("Министр обороны Чили встретился с генералом Хуаном Пересом.",
     "Хуан Перес", "министр обороны"),
    # a title with its own state before another's is another person's
    ("Президент Чили и премьер-министр Перу Хуан Перес провели встречу.",
     "Хуан Перес", "президент"),
    # whom an appointed office serves is not appointed to it
    ("Хорхе Альварес назначен советником президента Чили Габриэля Борича.",
     "Габриэль Борич", "советник"),
    ("Президент назначил Хорхе Альвареса советником министра обороны Чили Марии Лопес.",
     "Мария Лопес", "советник"),
    # the minister's press secretary holds no ministry
    ("Пресс-секретарь министра обороны Индии Раджеш Кумар заявил о встрече.",
     "Раджеш Кумар", "министр обороны"),
    # a kinship word is no office, so the genitive title is not hers
    ("Жена президента Бразилии Мария Силва посетила школу в Дели.",
     "Мария Силва", "президент"),
    # a genitive name belongs to the genitive title, not the nominative one before it
    ("Пресс-секретарь премьер-министра Норвегии Юнаса Гара Стёре ответил журналистам.",
     "Юнас Гар Стёре", "пресс-секретарь"),
    # a deputy named in the genitive is not the minister whose deputy he is
    ("В Кракове взорван автомобиль заместителя министра обороны Польши Марека Ковальского.",
     "Марек Ковальский", "министр обороны"),
    # ... and a president named so is not an aide
    ("Встреча помощника президента Франции Эмманюэля Макрона с послом прошла в Дели.",
     "Эмманюэль Макрон", "помощник президента"),
    # a participle clause of another verb gives no office of a title after it
    ("Эрик Ольсен, посетивший Осло, встретился с премьером Норвегии.",
     "Эрик Ольсен", "премьер-министр"),
    # nor the supreme leader
    ("Верховный лидер Ирана Мохсен Резаи выступил в Тегеране.", "Мохсен Резаи", "президент"),
    # a title does not reach across another person's name to the next name
    ("Режиссёр Ларс Мортенсен и Эрик Ольсен подписали открытое письмо.",
     "Эрик Ольсен", "режиссер"),
    # a title after a comma that stands before its own name is that name's, not the one
    # before the comma
    ("На встрече выступили Ханс Ларсен, руководитель подразделения Nokia Nordic Devices "
     "Эрик Ольсен и посол Дании.", "Ханс Ларсен", "руководитель подразделения"),
    # the deputy's press secretary is not the deputy
    ("Пресс-секретарь замглавы МИД Чили Хорхе Эрнандес ответил журналистам.",
     "Хорхе Эрнандес", "замглавы"),
    # a word that only opens with "зам" is no deputy
    ("Замок Хорхе Эрнандеса сгорел в Лиме.", "Хорхе Эрнандес", "замок"),
    # the one who appoints does not hold the office he appoints to
    ("Хорхе Альварес назначил Луиса Переса послом в Перу.", "Хорхе Альварес", "посол"),
    ("Президент Хорхе Альварес выдвинет Луиса Переса на должность посла в Перу.",
     "Луис Перес", "президент"),
    ("Президент Хорхе Альварес одобрил назначение Луиса Переса послом в Перу.",
     "Луис Перес", "президент"),
    # a band's leader is no head of state
    ("Лидер датской и норвежской рок-группы «Фьорд» Улаф Бьёрк дал концерт в Осло.",
     "Улаф Бьёрк", "президент"),
    # the leader of a body in quotes is no head of state
    ("Лидер «Хезболлы» Али Хамдан выступил в Бейруте.", "Али Хамдан", "президент"),
    # a title coordinated with a form of address is not the addressed woman's
    ("Президент и госпожа Ковач прибыли в Вену. Госпожа Ковач посетила оперу.",
     "Ковач", "президент"),
    # the government a minister is of is no field
    ("Министр правительства Японии Таро Коно выступил в Дели.", "Таро Коно",
     "министр правительства"),
    # a colleague whose state the text does not give, or of the same state, holds no
    # office by that word
    ("Министр иностранных дел Бразилии Мауро Виейра встретился с коллегой Иваном Хилем.",
     "Иван Хиль", "министр иностранных дел"),
    ("Министр иностранных дел Бразилии Мауро Виейра и его бразильский коллега Жозе Силва "
     "выступили.", "Жозе Силва", "министр иностранных дел"),
    # a rank after an office of another case is not a rank between them
    ("Встреча с министром иностранных дел принц Фейсал бен Хамад отменена.",
     "Фейсал бен Хамад", "министр иностранных дел"),
    # a plural title before three names, or before one, gives none of them the office
    ("Министры иностранных дел Дании, Норвегии и Швеции Ларс Лёкке Расмуссен, Эспен Барт "
     "Эйде и Мария Мальмер Стенергард подписали протокол.", "Эспен Барт Эйде",
     "министр иностранных дел"),
    ("Министры иностранных дел стран Северной Европы и Ларс Лёкке Расмуссен подписали "
     "протокол.", "Ларс Лёкке Расмуссен", "министр иностранных дел"),
    # a genitive title before a name of another case is still no one's but its holder's,
    # and a bare title before a name that does not decline keeps the tagger's reading
    ("Жена посла Перу Ана Мария Рубио пришла на приём.", "Ана Мария Рубио", "посол"),
    ("Жена президента Бразилии Мария Силва посетила школу.", "Мария Силва", "президент"),
    ("Помощник президента Уругвая Марио Орси выступил в Монтевидео.", "Марио Орси",
     "президент"),
    ("Советник главы администрации президента Чили Хуан Перес прибыл в Лиму.", "Хуан Перес",
     "президент"),
    # ... and the one it serves is not its holder
    ("По словам адвоката Ковальского Анджея Новака, приговор обжалуют.", "Ковальский",
     "адвокат"),
    ("Адвокат Ковальского Анджей Новак заявил, что обжалует приговор.", "Ковальский",
     "адвокат"),
    ("Тренер Ларса Хольма Эрик Ольсен доволен результатом.", "Ларс Хольм", "тренер"),
    # "глава" with no body is a chapter; "член" and "представитель" of a party, a group, a
    # family or a state alone (an athlete from there) hold no post
    ("В главе Конституции Норвегии Ларс Хольм нашёл ошибку.", "Ларс Хольм", "глава"),
    ("Лучшим бомбардиром стал представитель Норвегии Ларс Хольм.", "Ларс Хольм",
     "представитель"),
    ("Представитель Демократической партии Ларс Хольм победил на выборах.", "Ларс Хольм",
     "представитель"),
    ("Представитель правящей коалиции Ингрид Хольм выступила в стортинге.", "Ингрид Хольм",
     "представитель"),
    ("Член «Хезболлы» Али Хасан задержан в Бейруте.", "Али Хасан", "член"),
    ("Член семьи Ларс Нильсен выступил в суде.", "Ларс Нильсен", "член"),
    # a genitive title after a plural one is the complement of those the names are
    ("Президент Перу назначил на должности заместителей министра обороны Перу Хуана Переса, "
     "Луиса Гомеса и Марио Орси.", "Хуан Перес", "министр обороны"),
    ("Встреча заместителей министра обороны Перу Хуана Переса и Луиса Гомеса прошла в Лиме.",
     "Хуан Перес", "министр обороны"),
    ("Советники генерального прокурора Чили Хорхе Сантаны и Марио Орси уволены.",
     "Хорхе Сантана", "генеральный прокурор"),
    # "сам" before a title and a comma points back to someone named before
    ("Как и сам президент, Хуан Перес родился в Лиме.", "Хуан Перес", "президент"),
    ("Как и сам миллиардер, Луис Гомес окончил университет в Лиме.", "Луис Гомес",
     "миллиардер"),
    # a name coordinated with a title is another person
    ("Режиссёр и Хуан Перес, продюсер фильма, выступили в Лиме.", "Хуан Перес", "режиссер"),
    ("Посол и Луис Гомес прибыли в Сантьяго.", "Луис Гомес", "посол"),
    # "глава" of a state's capital or the wife of a head is no head of state
    ("Глава Лимы Хорхе Муньос открыл мост.", "Хорхе Муньос", "глава государства"),
    ("Жена главы Перу Мария Силва посетила школу.", "Мария Силва", "глава государства"),
    # a heading on the line before a name is not its title
    ("Новый министр финансов\nХуан Перес прибыл в Лиму.", "Хуан Перес", "министр финансов"),
    # a compound that opens with no office, or one the person is not
    ("Мать-одиночка Мария Перес прибыла в Лиму.", "Мария Перес", "мать-одиночка"),
    ("Президент Чили уволил своего брата Луиса Гомеса, бывшего министром обороны.",
     "Луис Гомес", "президент"),
    # a title and the genitive name of whom it serves, a dash and a name: not the served's
    ("Адвокат Ковальского — Анджей Новак — заявил, что обжалует приговор.", "Ковальский",
     "адвокат"),
    # one who fights for a cause is no wrestler
    ("Известный борец против апартеида Джо Слово умер в Йоханнесбурге.", "Джо Слово", "борец"),
    ("Борец за права человека Ларс Хольм получил премию.", "Ларс Хольм", "борец"),
    ("Джо Слово, борец с режимом, умер в Йоханнесбурге.", "Джо Слово", "борец"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office"), MUST_NOT)
def test_title_does_not_give_office(run, text: str, name: str, office: str) -> None:
    given = holdings(run(text)).get(name, set())
    assert office not in {o for o, _ in given}


NO_ONE = [
    # plural titles are several people: never one of them
    ("Президент Бразилии Лула да Силва прибыл в Дели. Лидеры двух стран обсудили торговлю.",
     "Лидеры"),
    ("Президент Бразилии Лула да Силва и премьер-министр Индии Нарендра Моди встретились. "
     "Президенты двух стран подписали заявление.", "Президенты"),
    # ... and so are titles a numeral counts, singular in form after "два", "оба"
    ("Президент Чили Габриэль Борич прибыл в Лиму. Оба лидера обсудили торговлю.", "лидера"),
    ("Президент Чили Габриэль Борич прибыл в Лиму. Два президента обсудили торговлю.",
     "президента"),
    # a former holder is not the one in office
    ("Президент Бразилии Лула да Силва прибыл в Дели. Экс-президент Бразилии выступил "
     "с критикой визита.", "Экс-президент"),
    ("Президент Бразилии Лула да Силва прибыл в Дели. Бывший президент Бразилии выступил "
     "с критикой визита.", "президент Бразилии"),
    # a king is no president: where the text's state has no king, the title is no one
    ("Президент Бразилии Лула да Силва прибыл в Дели. Король принял гостя во дворце.",
     "Король"),
    # a title of another body is not the document's head of state
    ("Президент Бразилии Лула да Силва прибыл в Брюссель. Председатель Европейской комиссии "
     "заявила, что ЕС поддержит Бразилию.", "Председатель"),
    ("Президент Бразилии Лула да Силва открыл форум. Президент компании Petrobras выступил "
     "с докладом.", "Президент компании"),
    # one acting for the president is not the president
    ("Президент Бразилии Лула да Силва прибыл в Дели. Исполняющий обязанности президента "
     "Бразилии выступил с заявлением.", "президента Бразилии"),
    ("Президент Бразилии Лула да Силва прибыл в Дели. И.о. президента Бразилии выступил "
     "с заявлением.", "И.о. президента Бразилии"),
    # an interim government's head is not the head of government the gazetteer knows
    ("Премьер-министр Индии Нарендра Моди прибыл в Дакку. Глава временного правительства "
     "Бангладеш встретил гостя в аэропорту.", "Глава временного правительства"),
    # a title predicated of another person named before it is theirs, not the holder's
    ("Президент Бразилии Лула да Силва прибыл в Дели. Его отец Жоау Мендеш был президентом.",
     "президентом"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title"), NO_ONE)
def test_title_resolves_to_no_one(run, text: str, title: str) -> None:
    ex = run(text)
    at = text.rindex(title)
    assert not [m for m in ex.mentions if m.start == at and m.type == "Person"]


@pytest.mark.parametrize(
    ("text", "dated"),
    [("Томас Хансен стал послом Дании в Исландии.", True),
     ("Томас Хансен был послом Дании в Исландии.", False)],
)  # fmt: skip
def test_a_past_office_the_text_recounts_is_not_dated(run, text: str, dated: bool) -> None:
    """ "был послом" tells of a past office, not the one held at the document's date."""
    held = [h for h in run(text).facts["offices"] if h.basis == "text" and h.office == "посол"]
    assert held and bool(held[0].date) is dated


LEFT = [
    # a post the name leaves, or is removed from, is one they held: past, not dated
    ("Ларс Хольм ушёл в отставку с поста министра обороны Норвегии.", "Ларс Хольм",
     "министр обороны", "state/NOR"),
    ("Ингрид Хольм была уволена с поста заместителя министра финансов Дании.", "Ингрид Хольм",
     "заместитель министра финансов", "state/DNK"),
    ("Педру Алвис покинул пост министра иностранных дел Португалии.", "Педру Алвис",
     "министр иностранных дел", "state/PRT"),
    ("Сейм освободил Марека Ковальского от должности министра юстиции Польши.",
     "Марек Ковальский", "министр юстиции", "state/POL"),
    ("Скандал вынудил Хуана Переса подать в отставку с поста посла Чили в Перу.",
     "Хуан Перес", "посол", "state/CHL"),
    # "с позиции" of a title is a post too, and a vice post stays a vice post
    ("В 2010 году Хосе Перес был уволен с позиции вице-президента Бразилии.", "Хосе Перес",
     "вице-президент", "state/BRA"),
    ("Ахмед Хасан покинул позицию первого заместителя министра обороны Египта.", "Ахмед Хасан",
     "первый заместитель министра обороны", "state/EGY"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "state"), LEFT)
def test_a_post_left_is_a_past_office(run, text: str, name: str, office: str, state: str) -> None:
    ex = run(text)
    names = {e.key: e.name for e in ex.entities}
    held = [h for h in ex.facts["offices"] if h.basis == "text" and names[h.person] == name]
    assert [(h.office, h.state, h.date) for h in held] == [(office, state, "")]


@pytest.mark.parametrize(
    ("text", "name"),
    [  # the one who removes holds nothing by it; a "пост" that is no office gives none
        ("Премьер-министр Норвегии Ларс Хольм уволил Ингрид Берг с поста министра юстиции.",
         "Ларс Хольм"),
        ("Ларс Хольм покинул пост наблюдения и вернулся в Осло.", "Ларс Хольм"),
    ],
)  # fmt: skip
def test_no_past_office_for_who_removes(run, text: str, name: str) -> None:
    ex = run(text)
    names = {e.key: e.name for e in ex.entities}
    assert not [h for h in ex.facts["offices"] if names[h.person] == name and not h.date]


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [("Лидер Японии Фумио Кисида прибыл в Дели.", "Фумио Кисида", "премьер-министр"),
     ("Лидер Тувалу Фелети Тео прибыл в Веллингтон.", "Фелети Тео", "лидер")],
)  # fmt: skip
def test_a_role_title_in_an_undated_text(run, text: str, name: str, office: str) -> None:
    """Undated, a title that names a role gives the one office of that role the gazetteer
    knows the person held in the state, else its own words."""
    assert {o for o, _ in holdings(run(text, date="")).get(name, set())} == {office}


def test_singular_title_still_resolves(run) -> None:
    """The rules above leave a singular title of the document's state alone."""
    text = (
        "Президент Бразилии Лула да Силва прибыл в Дели. Президент Бразилии заявил о партнёрстве."
    )
    ex = run(text)
    at = text.rindex("Президент Бразилии")
    names = {e.key: e.name for e in ex.entities}
    assert [names[m.entity] for m in ex.mentions if m.start == at] == ["Луис Инасиу Лула да Силва"]


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Глава Бразилии прибыл в Дели с визитом.", "Глава Бразилии", "Луис Инасиу Лула да Силва"),
        ("Премьер Индии встретил главу Бразилии в аэропорту.", "главу Бразилии",
         "Луис Инасиу Лула да Силва"),
    ],
)  # fmt: skip
def test_head_of_a_state_title_is_its_head(run, text: str, title: str, name: str) -> None:
    """ "Глава Бразилии" with no name stands for the state's head at the date, as "глава
    государства" of the state does."""
    ex = run(text)
    at = text.index(title)
    names = {e.key: e.name for e in ex.entities}
    assert [names[m.entity] for m in ex.mentions if m.start == at] == [name]


def _query(store, name: str) -> tuple[list[str], list[dict[str, str]]]:
    out = json.loads(subprocess.run(
        [*KG, "--store", str(store), "query", name, "--format", "json"],
        check=True, capture_output=True, text=True,
    ).stdout)  # fmt: skip
    rows = out["results"]["bindings"]
    return out["head"]["vars"], [{k: v["value"] for k, v in row.items()} for row in rows]


def test_offices_query_dates_each_office(tmp_path) -> None:
    """A person who was minister in 2020 and president in 2023: both offices, each dated by
    its document; an undated document's office is listed undated and does not win
    `persons.office`; a gazetteer office holder's text title joins the term."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Визит в Индию\n2020-03-01\nМинистр энергетики Бразилии Карлус Мендис посетил "
        "Нью-Дели. Премьер-министр Индии Нарендра Моди принял его.\n",
        encoding="utf-8",
    )
    (corpus / "b.txt").write_text(
        "Выборы\n2023-01-10\nПрезидент Бразилии Карлус Мендис прибыл в Индию.\n", encoding="utf-8"
    )
    (corpus / "c.txt").write_text(
        "Архив\nПосол Бразилии Карлус Мендис вручил грамоты.\n", encoding="utf-8"
    )
    store = tmp_path / "store"
    subprocess.run([*KG, "--store", str(store), "build", str(corpus)], check=True,
                   capture_output=True)  # fmt: skip
    columns, rows = _query(store, "offices")
    assert columns[:7] == ["person", "name", "office", "state", "start", "end", "sources"]
    mendis = {(r["office"], r.get("date", ""), r["sources"]) for r in rows
              if r["name"] == "Карлус Мендис"}  # fmt: skip
    assert mendis == {
        ("министр энергетики", "2020-03-01", "a"),
        ("президент", "2023-01-10", "b"),
        ("посол", "", "c"),
    }
    modi = [r for r in rows if r["name"] == "Нарендра Моди" and r["office"] == "премьер-министр"]
    assert len(modi) == 1 and modi[0]["start"] == "2014-05-26" and modi[0]["basis"] == "text"
    assert modi[0]["date"] == "2020-03-01"
    persons = {r["name"]: r.get("office", "") for r in _query(store, "persons")[1]}
    assert persons["Карлус Мендис"] == "президент"
    check = subprocess.run([*KG, "--store", str(store), "validate"], capture_output=True)
    assert check.returncode == 0, check.stdout
