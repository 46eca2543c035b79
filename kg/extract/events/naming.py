"""The label of an event by kind: a visit's rank, talks' sides, a career's post, an act's people.

Each kind composes its label from the names of its roles (`labels` inflects them): "Визит
X в Y", "Переговоры X и Y", "Назначение X на пост …", "Высылка дипломатов Y", a
publication by its kind of paper, an attack or a named gathering by its name.

Split out of extract.py (forty-fifth pass, h-split48)."""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.events.acts import ACTS
from kg.extract.events.air_links import AIR_LINKS
from kg.extract.events.attacks import ATTACKS
from kg.extract.events.border_closures import BORDER_CLOSURE
from kg.extract.events.careers import CAREERS
from kg.extract.events.credentials import CREDENTIALS_NAME
from kg.extract.events.festivals import HOSTED_PROGRAMMES
from kg.extract.events.hit import Hit
from kg.extract.events.labels import in_, joined, person_in
from kg.extract.events.mentions import person_state
from kg.extract.events.relief import RELIEF
from kg.extract.events.rulings import RULING
from kg.extract.events.sanctions import SANCTIONS
from kg.extract.events.transfers import TRANSFERS
from kg.extract.events.triggers import VISITS
from kg.extract.events.words import role_words
from kg.lexicon import load_list
from kg.nlp.morph import morph, name_in, upper_first
from kg.resolve.gender import person_gender
from kg.resolve.pair_words import BOTH, PAIR_WORDS
from kg.resources import DATA_DIR

_RANK_LABEL = {
    "StateVisit": "Государственный визит",
    "OfficialVisit": "Официальный визит",
    "WorkingVisit": "Рабочий визит",
    "Visit": "Визит",
}
_ACT_LABEL = {
    "Expulsion": "Высылка",
    "Arrest": "Задержание",
    "Release": "Освобождение",
    "Seizure": "Захват",
    "Summons": "Вызов",
    "Recall": "Отзыв",
}
# an expulsion told by its own word: a person handed over to the state that asked for them,
# or sent to their own (the kind stays Expulsion); other words ("выслать", "выдворить") and
# diplomats keep "Высылка". Sixty-third pass (h-events229).
_EXTRADITION = "Экстрадиция"
_SENDING_LABEL = {
    "экстрадировать": _EXTRADITION,
    "экстрадиция": _EXTRADITION,
    "выдать": _EXTRADITION,
    "выдача": _EXTRADITION,
    "депортировать": "Депортация",
    "депортация": "Депортация",
}
# whom such an expulsion names where the text names no one: no diplomats ("Депортация
# граждан из Франции"); an extradition only where to ("Экстрадиция в Чили")
_SENT_PEOPLE = {"Депортация": "граждан", _EXTRADITION: ""}
_CAREER_LABEL = {
    "Appointment": "Назначение",
    "Resignation": "Отставка",
    "Election": "Избрание",
    "Death": "Смерть",
}
_ACT_PEOPLE = {
    "Expulsion": "дипломатов",
    "Arrest": "граждан",
    "Release": "граждан",
    "Summons": "дипломата",
}
_PAPER_LABEL = {
    "статья": "Статья",
    "заявление": "Заявление",
    "пресс-релиз": "Пресс-релиз",
    "пресс-конференция": "Пресс-конференция",
    "брифинг": "Брифинг",
    "пресс-подход": "Пресс-подход",
    "обращение": "Обращение",
    "обратиться": "Обращение",
}
_HEAD_LABEL = {"Talks": "Переговоры", "Meeting": "Встреча", "PhoneCall": "Телефонный разговор"}


def _name(ctx: Context, key: str, case: str) -> str:
    entity = ctx.entity(key)
    state = ctx.gazetteer.state(key) if key.startswith("state/") else None
    if entity is None and state is not None:  # a host named by its capital ("в Тегеран")
        return name_in(state.name, case)
    if entity is None:
        return ""
    if entity.type == "Person":
        # the document's forms of the surname ("с Метте Фредериксен" a woman's, "с Абием
        # Ахмедом" a man's) over the first name's gender, a listed woman's name included
        # ("Санна Марин", "Мая Фернандес": "Марин", "Фернандес" then stay as written)
        return person_in(entity.name, case, person_gender(ctx.doc, ctx.mentions, key, entity.name))
    return name_in(entity.name, case)


# States named with "на" ("на Филиппины", "на Кубе"), by ISO3 (h-events180)
_ON_STATES = load_list(DATA_DIR / "states_on.txt")


def _at(key: str, place: str) -> str:
    """ "в Кению", "во Францию", but "на Кубу", "на Филиппинах": the preposition a state's
    name takes (`states_on.txt`), `place` that name already in its case."""
    on = key.startswith("state/") and key.removeprefix("state/") in _ON_STATES
    return "на " + place if on else in_(place)


def _names(ctx: Context, keys: list[str], case: str) -> list[str]:
    return sorted(n for n in (_name(ctx, k, case) for k in keys) if n)


def _sides(ctx: Context, e: Hit, states: list[str]) -> list[str]:
    """The sides a label names, in the genitive: the persons where they stand for every
    state, else the states; a meeting of one state with a person of none ("Президент
    Бельгии встретился с Марком ван Ранстом") names the person too, "Встреча Бельгии и
    Марка ван Ранста", and so does one with a person acting for an organization or a union
    ("Генсек ООН X встретился с президентами Перу и Чили": "Встреча Перу, Чили и X")."""
    held = {p: person_state(ctx, p) for p in e.persons if ctx.entity(p)}
    covered = set(held.values()) >= set(states) or _stands_for_last(held, states)
    sides = _names(ctx, e.persons if covered and e.persons else states, "gent")
    if e.kind in _HEAD_LABEL and not covered:
        # and one acting for an organization or a union ("Встреча Перу и Урсулы фон дер
        # Ляйен": the head of the European Commission met the unnamed president of Peru)
        others = [
            p
            for p, state in held.items()
            if state.startswith("org/") or not state and len(states) == 1
        ]
        sides += _names(ctx, others, "gent")
    return sides


def _stands_for_last(held: dict[str, str], states: list[str]) -> bool:
    """Whether, of persons each holding their state, one of no state is left for the one
    state none of them holds ("Переговоры X и Y", Y the general secretary of a party of no
    state kg knows, talks in Y's country: `frames._host_of_partners`). Seventy-first pass
    (h-events269)."""
    stateless = [p for p, state in held.items() if not state.startswith("state/")]
    return len(held) > 1 and len(stateless) == 1 and len(set(states) - set(held.values())) == 1


def _label(ctx: Context, e: Hit, states: list[str]) -> str:
    """A short Russian nominative label built from entity names."""
    if e.kind in VISITS:
        label = _RANK_LABEL[e.kind]
        if e.visitor:  # "Визит X и Y в Z": who travels with the visitor too (h-events164)
            travellers = [_name(ctx, k, "gent") for k in (e.visitor, *e.fellows)]
            label += " " + joined([n for n in travellers if n])
        if e.host:
            label += " " + _at(e.host, _name(ctx, e.host, "accs"))
        return label + _stop_place(e)
    sides = _sides(ctx, e, states)
    if e.kind in _HEAD_LABEL:
        return _head_label(e, sides)
    if e.kind == "Signing":
        if e.document:
            return "Подписание " + e.document
        between = _names(ctx, states, "ablt")
        return "Подписание документов" + (" между " + joined(between) if len(between) > 1 else "")
    if e.kind == "Publication" and e.document:  # a law or treaty made public
        return "Публикация " + e.document
    if e.kind == "Publication":
        paper = "Запись в соцсети" if e.lemma in role_words()["network"] else "Интервью"
        # a press conference names all who hold it (a joint one both sides, `_publication`
        # kept its one speaker else); a paper its first author
        held = sides if e.lemma in role_words()["press"] else sides[:1]
        # a body that speaks for itself, not its state ("Пресс-релиз полиции Чили")
        held = [_name(ctx, e.agent, "gent")] if e.agent and not e.persons else held
        author = [joined(held)] if held else ([] if e.words else ["?"])  # "говорится в заявлении"
        label = " ".join([_PAPER_LABEL.get(e.lemma, paper), *author])
        if e.title:
            label += f" «{e.title}»"
        outlet = ctx.entity(e.outlet) if e.outlet else None
        if outlet is not None:
            label += (" в издании" if e.lemma == "статья" else " изданию") + f" «{outlet.name}»"
        return label
    if e.kind in ACTS:
        return _act_label(ctx, e, states)
    if e.kind == "Message":  # "Нота протеста Чили", "Телеграмма Касым-Жомарта Токаева"
        sender = [_name(ctx, e.agent, "gent")] if e.agent else sides[:1]
        paper = upper_first(e.lemma) + (" протеста" if e.protest else "")
        return " ".join([paper, joined(sender)]).strip()
    if e.kind in _ROLE_LABELS:
        return _ROLE_LABELS[e.kind](ctx, e, states)
    if e.kind in CAREERS or (e.kind == "Election" and not e.name):  # "избран", not "выборы"
        return _career_label(ctx, e)
    return _named_label(ctx, e, states)


def _exercise_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Учения «Варуна»" by their own name; else whose: "Совместные учения Индии и
    Франции", "Учения Израиля" (one state's own), "Совместные манёвры Перу и Эквадора"."""
    noun = "Манёвры" if e.lemma == "маневр" else "Учения"
    if e.name:
        return f"{noun} «{e.name}»"
    whose = _names(ctx, states, "gent")
    label = ("Совместные " + noun.lower()) if len(whose) > 1 else noun
    return " ".join([label, joined(whose)]).strip()


def _stop_place(e: Hit) -> str:
    """ " (Монреаль)" for a stop of a visit in a place of its own ("После этого Моди посетил
    Монреаль", `Hit.stop_of`), which names the visit's visitor and host as the whole does:
    the two rows told apart by the place, kept as the text names it (fifty-sixth pass,
    h-events177)."""
    return f" ({e.location})" if e.stop_of >= 0 and e.location and not e.country else ""


def _head_label(e: Hit, sides: list[str]) -> str:
    """ "Переговоры Перу и Чили", "Встреча …"; a body's sitting by its name ("Заседание
    Совета министров Египта"), no meeting of a state the text does not tell (h-events122)."""
    if e.kind == "Meeting" and e.name:
        return upper_first(e.name)
    return _HEAD_LABEL[e.kind] + (" " + joined(sides) if sides else "")


def _career_label(ctx: Context, e: Hit) -> str:
    """ "Назначение Марии Лопес на пост посла в Аргентине", "Отставка Фумио Кисиды"."""
    holder = _names(ctx, e.persons[:1], "gent")
    label = " ".join([_CAREER_LABEL[e.kind], *holder[:1]])
    if e.office:
        # "избранная новым директором": the post is the director's, "нового" tells the change
        office = e.office if e.kind == "Resignation" else _NEW_POST.sub("", e.office)
        label += (" с поста " if e.kind == "Resignation" else " на пост ") + office
    return label


_NEW_POST = re.compile(r"^(?:нового|новой)\s+(?=\S)")


def _transfer_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Вступление Черногории в НАТО", "Покупка Китаем у Украины"."""
    if e.kind == "Accession":
        unions = [name_in(o.name, "accs") for k in e.others if (o := ctx.entity(k))]
        return f"Вступление {joined(_names(ctx, states, 'gent'))} {in_(joined(unions))}"
    sellers = [s for s in states if s != e.agent]
    return f"Покупка {_name(ctx, e.agent, 'ablt')} у {joined(_names(ctx, sellers, 'gent'))}"


def _relief_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Эвакуация граждан Египта из Судана", "Гуманитарная помощь Японии Филиппинам": who
    acts, then the other state (sixty-sixth pass, h-events246)."""
    others = [s for s in states if s != e.agent]
    if e.kind == "Evacuation":
        whence = joined(_names(ctx, others, "gent"))
        return f"Эвакуация граждан {_name(ctx, e.agent, 'gent')} из {whence}"
    return (
        f"{upper_first(e.name)} {_name(ctx, e.agent, 'gent')} {joined(_names(ctx, others, 'datv'))}"
    )


def _sanctions_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Санкции США против Никарагуа": who imposes them, against whom."""
    targets = _names(ctx, [s for s in states if s != e.agent], "gent")
    label = " ".join(["Санкции", *([_name(ctx, e.agent, "gent")] if e.agent else [])])
    return label + (" против " + joined(targets) if targets else "")


def _air_link_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Возобновление авиасообщения между Таджикистаном и Пакистаном": its noun by the
    trigger (resumed, opened, suspended), then the two states (h-events252)."""
    noun = _AIR_LINK_NOUNS.get(e.lemma, "Открытие" if e.kind == "AirLinkOpened" else "Приостановка")
    return f"{noun} авиасообщения между {joined(_names(ctx, states, 'ablt'))}"


# the noun of each trigger of an air link, for its label
_AIR_LINK_NOUNS = dict.fromkeys(["возобновить", "возобновлять", "возобновление"], "Возобновление")
_AIR_LINK_NOUNS |= dict.fromkeys(["прекратить", "прекращение"], "Прекращение")


def _border_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Закрытие границы между Белоруссией и Литвой" (h-events267)."""
    return f"Закрытие границы между {joined(_names(ctx, states, 'ablt'))}"


def _attack_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Нападение Сирии на Ливан", "Нападение в Хушабе"."""
    label = "Нападение"
    if e.agent:
        label += " " + _name(ctx, e.agent, "gent")
    targets = _names(ctx, [s for s in states if s != e.agent], "accs")
    if targets and e.agent:
        label += " на " + joined(targets)
    elif e.location:
        label += " " + in_(name_in(e.location, "loct"))
    return label


# kinds labelled by who acts and on or with whom
def _initialling_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Парафирование мирного договора": the paper whose text is initialled."""
    return "Парафирование " + (e.document or "документов")


def _ruling_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Решение Международного суда ООН по спору между Гайаной и Венесуэлой": the court
    the text names, else "суда", then the two states of the case (h-events256)."""
    courts = [name_in(o.name, "gent") for k in e.others if (o := ctx.entity(k))]
    return f"Решение {(courts or ['суда'])[0]} по спору между {joined(_names(ctx, states, 'ablt'))}"


_ROLE_LABELS = {
    "Initialling": _initialling_label,
    RULING: _ruling_label,
    **dict.fromkeys(TRANSFERS, _transfer_label),
    **dict.fromkeys(ATTACKS, _attack_label),
    **dict.fromkeys(RELIEF, _relief_label),
    SANCTIONS: _sanctions_label,
    **dict.fromkeys(AIR_LINKS, _air_link_label),
    BORDER_CLOSURE: _border_label,
}


def _named_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """Events labelled by their own noun phrase: forums, summits, ceremonies, elections,
    resolutions adopted, exercises."""
    if e.kind == "Exercise":
        return _exercise_label(ctx, e, states)
    if e.kind in HOSTED_PROGRAMMES:  # "Дни культуры Алжира", "Выставка иранских товаров"
        return upper_first(e.name)
    if e.kind == "Approval":
        return "Принятие " + e.name
    if e.kind == "Vote":
        bodies = [name_in(o.name, "gent") for k in e.others if (o := ctx.entity(k))]
        return " ".join(["Голосование", *(bodies or _names(ctx, states, "gent"))[:1]])
    if e.kind == "Election":
        if e.persons and e.post:  # "Выборы генерального секретаря ОАГ", not its winner's
            return upper_first(e.name) + " " + e.post
        if e.persons:
            return upper_first(e.name) + " " + _names(ctx, e.persons[:1], "gent")[0]
        places = _names(ctx, states, "loct")
        # "Выборы президента", "Прямые выборы губернатора": the post they fill, and the
        # state only where the post's phrase does not name it ("выборы президента Чили")
        where = [in_(joined(places))] if places and not e.post_state else []
        return " ".join([upper_first(e.name), *([e.post] if e.post else []), *where])
    label = upper_first(e.name)
    if e.kind == "Ceremony" and e.mission and e.location:  # "Открытие посольства Ганы в Дакаре"
        label += " " + in_(name_in(e.location, "loct"))
    if e.kind == "Ceremony" and e.name == CREDENTIALS_NAME and e.acting:  # whose
        label += " " + joined(_names(ctx, e.acting, "gent"))
    if e.kind == "Forum" and states and not e.named_parties:
        label = upper_first(_without_pair(e.name)) if e.pair_word and len(states) > 1 else label
        label += " " + joined(_names(ctx, states, "gent"))
    return label


def _without_pair(name: str) -> str:
    """A forum's name without the words for the pair its states' names take the place of
    ("бизнес-форум двух стран" → "бизнес-форум", labelled "Бизнес-форум Кении и Уганды",
    not "… двух стран Кении и Уганды"). Fifty-fifth pass (h-events162)."""
    words = name.split()
    for n, (word, noun) in enumerate(zip(words, words[1:], strict=False)):
        both = any(p.normal_form in BOTH for p in morph().parse(word.lower()))
        if both and any(p.normal_form in PAIR_WORDS for p in morph().parse(noun.lower())):
            return " ".join(words[:n] + words[n + 2 :])
    return name


def _act_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Ратификация договора о …", "Ратификация договора Россией", "Высылка дипломатов
    России из Великобритании", "Задержание Ивана Петрова в Китае", "Освобождение Ивана
    Петрова"; an arrest in absentia "Заочный арест Ивана Петрова"."""
    agent = ctx.entity(e.agent) if e.agent else None
    if e.kind == "Ratification":
        # the paper's title alone: a ratifier glued after it reads as the title's end
        # ("… между двумя странами Кенией"); only a paper left unnamed takes who ratified
        if e.document:
            return "Ратификация " + e.document
        return "Ратификация договора" + (" " + name_in(agent.name, "ablt") if agent else "")
    if e.kind == "Release" and e.name:  # an exchange: both sides free, neither is the agent
        return _exchange_label(ctx, e, states)
    whose = _names(ctx, [s for s in states if s != e.agent], "gent")
    # "Президент X помиловал Y": the label names whom the act is on, not who acts (h-events107)
    # nor, when it names only who acts, that one ("Мурси освободил сотни заключённых")
    people = _names(ctx, [k for k in e.persons if k not in e.acting], "gent")
    if e.kind == "Recall":  # "Отзыв посла Ганы из Того": who recalls, from where
        hosts = _names(ctx, [s for s in states if s != e.agent], "gent")
        label = " ".join(
            [_ACT_LABEL[e.kind], e.envoy, *([name_in(agent.name, "gent")] if agent else [])]
        )
        return label + (" из " + joined(hosts) if hosts else "")
    if e.kind == "Seizure":  # "Захват Малайзией": who seized
        seizers = [e.agent] if e.agent else states
        return " ".join([_ACT_LABEL[e.kind], joined(_names(ctx, seizers, "ablt"))]).strip()
    head = "Заочный арест" if e.kind == "Arrest" and e.absentia else _ACT_LABEL[e.kind]
    head = _SENDING_LABEL.get(e.lemma, head) if e.kind == "Expulsion" else head
    unnamed = _SENT_PEOPLE.get(head, _ACT_PEOPLE.get(e.kind, ""))
    own = e.kind == "Expulsion" and e.envoy and head not in _SENT_PEOPLE  # "мигрантов"
    unnamed = e.envoy if own else unnamed
    if not people and unnamed and (whose or e.kind == "Expulsion"):
        people = [" ".join([unnamed, *([joined(whose)] if whose else [])])]
    label = " ".join([head, joined(people)] if people else [head])
    # "Экстрадиция X в Аргентину": the state that asked for X, not who sent X, also where
    # the noun names no one else and that state was read as who acts ("Экстрадиция X в Чили")
    if head == _EXTRADITION and e.sent_to:
        label += " " + " и ".join(_at(k, _name(ctx, k, "accs")) for k in e.sent_to)
    elif agent is not None and e.kind == "Expulsion":
        label += " из " + name_in(agent.name, "gent")
    elif agent is not None and e.kind == "Arrest":
        label += " " + _at(e.agent, name_in(agent.name, "loct"))
    elif agent is not None and e.kind == "Summons":
        label += " в МИД " + name_in(agent.name, "gent")
    return label


def _exchange_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Обмен пленными между Индией и Пакистаном" (`exchanges`): the two sides, not whom one
    of them freed; one side alone "Обмен заключёнными Перу"."""
    between = _names(ctx, states, "ablt")
    if len(between) > 1:
        return f"{e.name} между {joined(between)}"
    return " ".join([e.name, *_names(ctx, states, "gent")])
