"""One event mention ("hit") as `hits.read_hits` reads it from a trigger word and the
parse around it, before `extract.py` merges the mentions of one event. A module of its own
so that the readers of a hit's parts (acts, careers, attacks, transfers and the reader's
layers) name it without importing the reader that makes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.events.attacks import ATTACKS


@dataclass
class Hit:
    """One mention of an event in the text, before the mentions of one event merge."""

    kind: str
    trigger: int
    lemma: str
    sent: tuple[int, int]
    lead: bool
    persons: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    visitor: str = ""
    # visits: who travels with the visitor, the others of a plural verb's subject ("X и Y
    # посетили …", "Президенты X и Y …"), named with the visitor in the label
    fellows: list[str] = field(default_factory=list)
    host: str = ""
    location: str = ""
    country: bool = False  # the location names a country, not a city or a building in it
    capital: str = ""  # the state whose capital the location is
    city_state: str = ""  # the state the location's city lies in, where the gazetteer knows it
    town: bool = False  # the location is a place's proper name, no state, seat or building
    date: str = ""
    dated_by_text: bool = False
    yearless: bool = False  # the text's day or month took the document's year
    weekday: bool = False  # the date is a weekday's, which its tense moves (`frames.weekday_ahead`)
    hint: str = ""
    status: str = ""  # "" when the text gives no signal
    now: bool = False
    name: str = ""  # the trigger's noun phrase, nominative (forums, summits, ceremonies)
    protest: bool = False  # a note "протеста" (`words.of_protest`): its label says so
    name_key: str = ""
    topic: str = ""  # gatherings: the states a "по" phrase says they are about ("по Нигеру")
    name_org: str = ""  # the one organization a gathering's name names, by any of its names
    named_parties: bool = False  # the name itself says who takes part
    pair_word: str = ""  # "саммит двух/наших стран": the word that names the document's pair
    framing: bool = False  # frames its clause's act ("в ходе визита проведёт"): tense not its own
    agreed: bool = False  # agreed on, not yet held ("договорились провести встречу")
    # the next of a series ("Следующий раунд консультаций"): of the round told before
    series: bool = False
    # named as the round before another ("Предыдущее заседание", "прошлый раунд")
    previous: bool = False
    # a state's mission opened abroad ("Кения открыла консульство в …"): the state that opens it
    mission: str = ""
    pointing: bool = False  # its noun points back ("на том заседании", "этой встречи")
    offered: bool = False  # planned only as offered ("пригласил посетить", "предложил провести")
    offered_on: str = ""  # offers: the offer's own date ("10 мая пригласил посетить")
    outcome: bool = False  # a signing "по итогам переговоров": the talks' sides signed
    # a signing at the close of what frames it ("завершили переговоры и подписали", "по
    # итогам"): on the last day of talks over a span of days (`frames.within`)
    at_close: bool = False
    # the genitive of what came of it ("по итогам переговоров"): a gathering told before
    of_outcome: bool = False
    # such talks that name no one of their own: their persons are those the verb gives, who did
    # what came of them ("По итогам переговоров министры X и Y подписали …"), not who held them
    outcome_doers: bool = False
    # a signing "по итогам" of talks the text dates ("Накануне … провёл переговоры. По итогам
    # переговоров лидеры приняли …"): their day, which no signing of another day shares
    talks_day: str = ""
    document: str = ""  # what a signing signed or a ratification ratified, genitive
    doc_token: int = -1  # that paper's head noun, to find the agreement it is
    paper: str = ""  # the key of that agreement
    agent: str = ""  # acts: the state that ratifies, expels, detains or frees
    others: list[str] = field(default_factory=list)  # acts: organizations taking part
    acting: list[str] = field(default_factory=list)  # acts: persons who act ("помиловал X")
    # recalls: the envoy's word in the label, genitive ("посла", "дипломата"); expulsions:
    # those sent out where no diplomats ("мигрантов"; `acts._expelled_word`)
    envoy: str = ""
    outlet: str = ""  # publications: the organization that published
    title: str = ""  # publications: the quoted title
    words: bool = False  # publications: the text gives its words ("говорится в заявлении")
    part: str = ""  # visits: "whole" for "в рамках визита", the place for a visit within it
    stop_of: int = -1  # visits: the trigger of the visit this one is a stop of (`parts`)
    count: str = ""  # acts: "one" or "many" people acted on
    headcount: str = ""  # acts: how many people the text counts acted on ("208 человек": "208")
    absentia: bool = False  # arrests: told as in absentia ("заочно арестован"), no detention
    earlier: bool = False  # told as done before ("уже одобрял", "ранее посетил")
    # arrests: its state only the text's, guessed for a noun ("После ареста X"), no police told;
    # changes of office: the text's, no title told, which the rite's city overrides
    home_guessed: bool = False
    # arrests: of people unnamed, held where the sentence before told its news and opening
    # its sentence ("В Каире прошли протесты. Были задержаны 300 человек"): the same story
    held_there: bool = False
    before: bool = False  # its sentence's act is done before it ("перед визитом", "в преддверии")
    # the act a past narration tells came before it ("перед визитом провёл"): held since by
    # the tense alone, weaker than a status told of it elsewhere ("посетит Индию в июне")
    came_after: bool = False
    # put off or moved ("визит отложен", "отложили визит на осень"): what the group told of
    # it before, its day and status, gave way to this (`sameness._as_it_stands`)
    put_off: bool = False
    # visits: a noun naming no traveller, only the time of its sentence's act ("через неделю
    # после визита в X пройдёт заседание"), and a signing noun only the time of another act
    # ("через месяц после подписания", `counted_days.time_bound`): no event of its own
    # (`merging._merge`)
    reference: bool = False
    ended: bool = False  # a visit told by its end ("завершил визит"): its day is its last
    # talks told as going on since a start ("переговоры ведутся с 2022 года"): a process, no
    # one round of them (`Dating._goes_on_since`), merged with none (`sameness._fits`)
    ongoing: bool = False
    length: str = ""  # visits: "day" told as of one day, "days" of more ("трёхдневный визит")
    # dated by a span of days ("с 24 по 26 ноября"): the days past its first
    # (`dates.days_spanned`), which give a lasting event its last day (`building._last_day`)
    spanned: int = 0
    # the last day a verb of lasting gives it ("Учения продлятся до 28 июня", `until.py`)
    until: str = ""
    again: bool = False  # told as a repeat ("снова встретился", "вторая встреча")
    paragraph: int = 0  # the character its paragraph begins at (`new_paragraph`)
    returned: bool = False  # visits: told as a return visit ("ответный визит"): the host's own
    extra: list[str] = field(default_factory=list)  # take part without identifying the act
    sent_to: list[str] = field(default_factory=list)  # expulsions: the states one is sent to
    peer: bool = False  # held "с коллегой" whom the text does not name (`_unnamed_peer`)
    by_turns: bool = False  # talks of "мы", a transcript's two speakers (`_we_of_turns`)
    own_side: bool = False  # no other side: "с семьёй", "с матерью"; a body's sitting (`_sitting`)
    body_sitting: bool = False  # a body's sitting (`_sitting`), of that body's state alone
    office: str = ""  # changes of office: the office, genitive ("посла в Аргентине")
    office_body: str = ""  # changes of office: the body the office names and its post there
    reported: str = ""  # the day a later sentence of the lead reports this news on
    # a death the text dates only by the day of its report ("скончался, сообщили в пятницу"):
    # by that day, not on it; no day (h-events106)
    by_report: bool = False
    eve: bool = False  # told on the eve of another ("накануне визита"): not on the news day
    # dated by a bare "накануне", "днём ранее": the day before the one told, not the news
    dated_eve: bool = False
    leaders: bool = False  # told of holders of one office in plural ("главы государств")
    leaders_office: str = ""  # the office they hold where it is one ("министры"), else ""
    sides: bool = False  # told of the two sides or such leaders ("стороны обсудили")
    # told of unnamed sides in a year before the document's ("В 2018 году лидеры подписали"):
    # persons only those its own sentence names, not today's (`hits._sides_then`)
    sides_then: bool = False
    # its states the report's pair, given to unnamed sides naming none ("Лидеры подписали
    # меморандум"): a signed paper's own parties stand in for them (`building._event`)
    pair_given: bool = False
    # visits: the places of other hosts joined to the destination by "и" ("Кампалу и Кигали"),
    # by token, each a visit of its own (`hits._each_host`)
    also_to: list[int] = field(default_factory=list)
    # visits: the place joined to a destination at the traveller's home that the trip goes
    # to instead ("Глава МИД Испании посетил Мадрид и Лиссабон": Lisbon), by token, else -1
    abroad: int = -1
    partners: list[str] = field(default_factory=list)  # "state|role" met "с" by title (`partners`)
    held_by: bool = False  # its noun names who holds it ("консультации министров")
    at_it: bool = False  # told "на нём": at the gathering of the sentence before
    setting: bool = False  # a gathering only the setting of talks ("на полях форума"): no sides
    # a gathering framing the sides' meeting in a city of none of them ("в рамках форума в
    # Сеуле"): a venue of many, of no side, though told (`Participants.held_abroad`)
    venue: bool = False
    ballot: str = ""  # elections: the stem of what is elected ("парла", `ballot` words)
    turn: str = ""  # elections: "held" or "ahead" by the words on it (`_turn`)
    post: str = ""  # elections: the post elected, genitive ("генерального секретаря ОАГ")
    post_state: bool = False  # elections: the post's phrase names a state ("президента Чили")
    holders: list[str] = field(default_factory=list)  # changes of office: whose office changes
    by_pronoun: list[str] = field(default_factory=list)  # elections: persons a pronoun names
    by_verb: bool = False  # told by a verb ("встретились"), not a noun ("встреча")
    # votes: counted lawmakers of the body the sentence before acts; a government's sitting
    # named bare after that government acting (h-events270)
    sitting_before: bool = False
    # a trip of "он"/"она" to a place of a state ("Во вторник он прибыл в Исфахан"): kept for
    # the traveller of the sentence before (`visits.carried_visitor`), else dropped
    awaits_visitor: bool = False
    # visits: a bare noun framing its clause whose visitor is only that clause's subject ("В
    # ходе визита министр X провёл переговоры"): a guess, where a visit is told before it
    # (`merging._trip_framing_aside`)
    subject_visitor: bool = False
    # a visit whose traveller is a noun that names no one ("визит иностранного лидера в
    # Индию"): kept only as the visit another hit of its group names a visitor for
    unnamed_visitor: bool = False
    # event nouns coordinated with it under one verb ("провели встречу, а затем переговоры"):
    # their triggers, each an event of its own (`conjoined.coordinated_events`)
    beside: list[int] = field(default_factory=list)
    # its day is counted from another event's ("а на следующий день", "через два дня"): that
    # event's day where the text gives one, else none, never the news day (`counted_days`)
    counted: bool = False
    # its sentence opens with a day another one gives ("В тот же день", "На следующий день"),
    # told or not: none of a visit's paragraphs before (`Frame.meets_host`)
    pointed: bool = False
    # its sentence opens by pointing at the day told last ("Вечером", "В тот же день"), none
    # found while reading the text: the day of the frame its paragraph before ends in
    # (`frames.pointed_day`)
    same_day: bool = False
    # signings: the character offset of the signing verb of the sentence before whose papers
    # its plural noun names again with their signers ("Документы подписали X и Y",
    # `listed.signing_told_before`), else -1
    signers_of: int = -1
    # signings: told as one more in the paragraph ("Кроме того, X и Y подписали …", "также
    # подписали"): made in the frame of the one the sentence before tells (`Frame.covers`)
    besides: bool = False
    # visits: told only by how long they will last ("Визит продлится два дня"), no status of
    # its own: planned where no other mention of the visit tells it begun (`_pending_status`)
    lasts_on: bool = False
    # told by a verb with "также" ("Лидеры также обсудили …"): one more thing done in the
    # call or talks told before, however far (`merging._talked_also`; h-events270)
    also: bool = False
    # visits: its host read from a word of a state's form alone ("прибыл в королевство"),
    # which talks told before abroad may place (`merging.trips_of_talks`; h-events270)
    host_by_form: bool = False

    def take_place(self, other: Hit) -> None:
        """`other`'s place for an event told held there with none of its own: its name,
        whether a country, and the states of its capital and city."""
        self.location, self.country = other.location, other.country
        self.capital, self.city_state = other.capital, other.city_state

    def own_gathering(self, kinds: bool = False) -> bool:
        """A forum's or summit's own name, sides, topic, day or place, or a tense of another
        time ("на форуме в Давосе", "форум «Россия — Африка»", "форум 2019 года", agreed on):
        it is not the one a bare noun tells again, nor one a visit frames. With `kinds`, a
        name all in lower case ("инвестиционный форум") tells a kind of forum, not one's own."""
        name = self.name_key and not (kinds and self.name == self.name.lower())
        own = name or self.named_parties or self.topic or self.name_org or self.date
        own = own or self.location or self.capital or self.hint
        return bool(own or self.earlier or self.again or self.agreed or self.offered or self.series)

    def anaphoric(self) -> bool:
        """Names no one and nothing of its own ("в ходе визита", "эта встреча"); the signing of
        a known agreement names its agreement (once signed: "близки к подписанию соглашений"
        is no event of its own), "заседание в Москве" its capital."""
        return not (
            self.persons or self.states or self.others or self.visitor or self.host
        ) and not (
            self.name_key
            or self.agent
            or self.paper
            and self.status == "occurred"
            or self.capital
            or self.kind == "Publication"
            and self.document
            or self.kind in ATTACKS
            and bool(self.location)
            or self.outcome
            or self.kind == "Meeting"  # a body's sitting names its body (`_sitting_name`)
            and bool(self.name)
        )
