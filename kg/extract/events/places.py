"""Where a hit is: the destination of a visit, the place of an event (a city, a
building, "вблизи"/"около" a place, the capital an adjective names: "Пекинский саммит"),
its name in the nominative and the state it is in or is the capital of. Places that are
no event's (a topic, a place the subject comes from, where someone was only a guest)
are left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.common.attribution import regions
from kg.extract.common.attribution_words import TURN, speech_lemmas
from kg.extract.events.acts import trip_places
from kg.extract.events.attacks import ATTACKS
from kg.extract.events.border_closures import BORDER_CLOSURE, checkpoint_name
from kg.extract.events.career_posts import by_rite
from kg.extract.events.careers import ceremonies_of, reads_career
from kg.extract.events.credentials import credentials, mission_places
from kg.extract.events.festivals import HOSTED_PROGRAMMES
from kg.extract.events.hit import Hit
from kg.extract.events.labels import phrase_in
from kg.extract.events.linking import RELATIVE, guest_on_place, unique
from kg.extract.events.mentions import capital_in_locative
from kg.extract.events.place_names import (
    accusative,
    city_of_adjective,
    dateline_word,
    proper,
    undeclined,
)
from kg.extract.events.relief import sent_aid
from kg.extract.events.rules import Rules, discusses, governor, in_object, through_conduct
from kg.extract.events.rulings import RULING, court_of
from kg.extract.events.sidelines import framing_noun
from kg.extract.events.transfers import TRANSFERS
from kg.extract.events.triggers import HOSTS, MULTI, NAMED, TALKS, VISITS, Rule, trigger_rules
from kg.extract.events.words import is_role as _is
from kg.extract.events.words import opened_mission, planned_by, posted_abroad, time_set_by
from kg.gazetteer import CityEntry, capital_declined, capital_in_any_case, capital_named
from kg.nlp.clauses import compared, contrast_between
from kg.nlp.deps import (
    DURING,
    SUBJECTS,
    acted_on,
    agent,
    fixed_preposition,
    frame_words,
    has_fixed_preposition,
    has_preposition,
    hung_on_first_conjunct,
    is_passive,
    name_words,
    negated,
    new_paragraph,
    opened_by_where,
    opening_first_conjunct,
    quoted_apposition,
    sentence_before,
)
from kg.nlp.deps import preposition as _prep
from kg.nlp.morph import UD_GENDER, agrees, case_of, features, governed_case, is_animate, morph
from kg.nlp.seats import seat_state
from kg.resolve.city_names import city_state, declined_name, named_city, place_nominative
from kg.resolve.given_agreement import POSTED_AT

_NEWS_HEAD = 2  # a report's dateline opens its first sentence or the one after its headline
_AUTHORITIES = "власть"  # "как сообщают власти Перу": whose report tells an attack (events121)
_NEAR_PREPS = frozenset({"вблизи", "близ", "возле", "около", "под", "у"})
_POINTING = frozenset({"он", "она"})  # "её посетил": a place told before (`_told_place`)


_ABOUT = frozenset({"о", "об", "по"})  # "переговоры о положении в …", "по ситуации в …"
_AT_PREPS = frozenset({"", "на", "по"})  # an attack's target: "атаковал колонну", "напал на …"


def _seat_of_side(hit: Hit) -> str:
    """The state whose seat of government the place is, where it is a side of the event
    ("переговоры с президентом США в Белом доме": the USA's, where they are held; a visit
    there is to it), else "": the seat alone names no one, and Moscow's "Белый дом" is no
    seat of the USA in talks of Russia's government. Fifty-sixth pass (h-events178)."""
    state = seat_state(hit.location)
    return state if state in hit.states else ""


class Places(Rules):
    """A hit's destination and place."""

    def _destination(self, tok: Token, anchors: list[Token]) -> Token | None:
        """Where a visit goes: "визит в Россию", "посетить Казахстан", "прибыл в Турцию"."""
        visits = {"посетить", "посещать", "побывать"}
        carriers = _carrier(tok, anchors)
        carried = any(v.pos_ == "VERB" and v.lemma_ in visits for v in carriers)
        for head in [tok, *carriers]:
            children = list(head.children)
            if head.lemma_ in visits and head.dep_ == "xcomp":  # "пригласил X посетить США":
                children += [c for c in head.head.children if c.i > head.i]  # parsed on "пригласил"
            for c in children:
                if c.i == tok.i:
                    continue
                visited = head.pos_ == "VERB" and head.lemma_ in visits
                if visited and c.dep_ == "obj" and (told := self._told_place(c)) is not None:
                    return told  # "Кигали — столица Руанды. Её посетил X", "Город посетил X"
                if (
                    visited
                    and (c.dep_ == "obj" or slipped_subject(c))
                    and self._is_place_or_region(c)
                ):
                    return c
                if head == tok and carried and _object_on_noun(c) and self._is_place_or_region(c):
                    return c  # "посетил с визитом Индонезию": the verb's object, on the noun
                if head == tok and _visited_genitive(c) and self._is_place_or_region(c):
                    return c  # "при посещении Белграда": the noun's genitive
                if _prep(c) in {"в", "на"} and accusative(c) and self._is_place_or_region(c):
                    return c
                if head == tok and self._arrived_in(tok, c):
                    return c
                if _prep(c) == "в" and accusative(c) and bare_country(c):
                    return c  # "прибыл в страну": the state named before, see _visit
                if head != tok and _prep(c) == "в" and bare_country(c) and _stays(head):
                    return c  # "находится в стране с визитом": so too
                if head.pos_ == "VERB" and (place := self._gathering_place(c)) is not None:
                    return place
        return self._hung_on_visitor(tok) or self._hung_ahead(tok)

    def _hung_ahead(self, noun: Token) -> Token | None:
        """Where a visit noun goes, the parse having hung "в" and the place right after the
        noun's phrase on a word after them ("подготовку визита президента Чили в
        Буэнос-Айрес, запланированного на март, а также работу комиссии": on "комиссии"):
        a place in the accusative, which only a trip goes to. Sixty-third pass (h-events224)."""
        end = noun.i + 1  # past the words that hang on the noun, the parser's conjuncts aside
        while end < noun.sent.end and _in_phrase(self.doc[end], noun):
            end += 1
        if noun.pos_ != "NOUN" or end >= noun.sent.end or self.doc[end].lower_ != "в":
            return None
        place = self.doc[end].head
        ahead = place.head.i > place.i and place.left_edge.i == end
        return place if ahead and accusative(place) and self._is_place(place) else None

    def _arrived_in(self, noun: Token, word: Token) -> bool:
        """A state or a capital after "в" on a noun of arrival, in any case ("По прилёте в
        Кампалу", which the tagger reads as a masculine locative): the arrival goes there,
        as no event's place in a locative could. Fifty-ninth pass (h-events194)."""
        if noun.pos_ != "NOUN" or not _is(noun, "arrive") or _prep(word) != "в":
            return False
        states = any(m.type == "State" for m in self.by_token.get(word.i, ()))
        return states or bool(capital_in_any_case(self.ctx.gazetteer, word))

    def _told_place(self, word: Token) -> Token | None:
        """The place a visit's object "её"/"его" or a bare "город" stands for, told
        before ("Кигали — столица Руанды. Её посетил X", "посетил Кампалу, а 15 мая её посетил
        Y", "… Город посетил X"): for the pronoun, the nearest noun before it in its sentence,
        else the subject of the sentence before in its paragraph or its nearest noun, that it
        agrees with (or whose predicate noun it agrees with: "столица"), where that noun is a
        place one "и" joins to none; for the noun, the nearest city so told. None where a
        person, a being's noun or a body it agrees with is there too ("Её посетил X" after a
        woman, a party). Fifty-fourth pass (h-events154)."""
        pronoun = word.pos_ == "PRON" and word.lemma_ in _POINTING and case_of(word) == "Acc"
        town = _is(word, "town") and all(c.dep_ in {"det", "punct"} for c in word.children)
        if not (pronoun or town):
            return None
        nouns = [t for t in reversed(word.doc[word.sent.start : word.i]) if _argument(t)]
        before = None if new_paragraph(word.sent) else sentence_before(word.sent)
        if before is not None:
            subjects = [t for t in before if t.dep_ in SUBJECTS and t.head == before.root]
            nouns += subjects + [t for t in reversed(before) if _argument(t) and t not in subjects]
        if town:
            towns = (n for n in nouns if self._is_place(n) and not self._is_state(n))
            noun = next(towns, None)
            return noun if noun is not None and self._host(noun) else None
        fits = [n for n in nouns if self._may_agree(word, n) or _predicate_agrees(word, n)]
        if not fits or any(self._being_or_body(n) for n in fits):
            return None  # "встретился с министром X в Найроби, а её посетил": she, or no one
        noun = fits[0]
        coordinated = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
        return noun if self._is_place(noun) and not coordinated and self._host(noun) else None

    def _being_or_body(self, noun: Token) -> bool:
        """A person, an animate noun or an organization: what "её" may stand for besides a
        place."""
        kinds = {m.type for m in self.by_token.get(noun.i, ())}
        return is_animate(noun) or bool(kinds & {"Person", "Organization"})

    def _may_agree(self, pronoun: Token, noun: Token) -> bool:
        """`agrees`, or a reading of the noun or of its name in the nominative in the
        pronoun's gender, singular, where the tagger gave a rare name another ("Кампалу" as
        a masculine: "Кампала")."""
        if agrees(pronoun, noun):
            return True
        gender = UD_GENDER.get(next(iter(features(pronoun, "Gender")), ""), "")
        if not gender or features(pronoun, "Number") != ("Sing",):
            return False
        forms = {noun.text, place_nominative(noun, self.ctx.gazetteer)}
        return any(morph().can_be_all(form, {gender, "sing"}) for form in forms)

    def trip_destination(self, noun: Token) -> Token | None:
        """The place a visit noun goes to ("во время визита в Каир": "Каир"), where an act
        told during the visit is done; None for a noun of no visit or no place. Fifty-first
        pass (h-events136)."""
        return next((proper(x) for x in trip_places(noun) if self._is_place(x)), None)

    def _hung_on_visitor(self, noun: Token) -> Token | None:
        """Where a visit noun goes, the parse having hung it on the visitor's title in its
        genitive ("визит президента Чили в Перу": "в Перу" on "президента"); in the
        accusative or a name that does not decline, not an envoy's post ("посла Чили в
        Перу") nor where one is ("президента Чили в Аргентине")."""
        if noun.pos_ != "NOUN":
            return None
        titles = [
            c
            for c in noun.children
            if c.dep_ == "nmod" and case_of(c) == "Gen" and is_animate(c) and not posted_abroad(c)
        ]
        places = [x for t in titles for x in t.children if _prep(x) == "в" and accusative(x)]
        return next((x for x in places if self._is_place(x)), None)

    def _is_place_or_region(self, tok: Token) -> bool:
        """A place, or a region by its common noun and its name ("прибыл в провинцию
        Хузестан", "посетил регион Атакама"): the noun alone ("в регион") goes nowhere."""
        if self._is_place(tok):
            return True
        name = proper(tok)
        return _is(tok, "area") and name is not tok and self._is_place(name)

    def _gathering_place(self, tok: Token) -> Token | None:
        """Where a trip to a gathering goes, the gathering's own place ("прибыл на саммит
        НАТО в Вашингтон", "на саммит АСЕАН в Лаосе"): a trip to it is a visit there."""
        if _prep(tok) != "на" or not any(
            r.kind in NAMED for r in trigger_rules().get(tok.lemma_, ())
        ):
            return None
        places = [c for c in tok.children if _prep(c) == "в" and self._is_place(c)]
        return next((c for c in places if governed_case(c) in {"Acc", "Loc"}), None)

    def _been_at_no_place(self, tok: Token) -> bool:
        """ "побывать" at what is no place ("на месте происшествия", "на просмотре"): a trip
        to a scene or a happening, not a visit to a state or a city."""
        at = [c for c in tok.children if c.dep_ == "obl" and _prep(c) in {"в", "на"}]
        at = [c for c in at if not _is(c, "time")]  # "в понедельник побывал": when
        return tok.lemma_ == "побывать" and any(not self._is_place(proper(c)) for c in at)

    def _placed(self, hit: Hit, place: Token | None, dest: Token | None, visit: bool) -> bool:
        """Locates the event (a city visited wins over its state; talks of a transcript's
        "мы" with no place, in the dateline's city); False for a trip of persons of no state
        to no place ("X и Y побывали в квартире Z"), no visit. The state one is sent to is
        no place of the act ("Экстрадиция X в Перу": `_sent_there`)."""
        if place is not None and (dest is None or self._is_state(dest)):
            if not self._sent_there(hit, place):
                self._locate(hit, place)
        elif place is None and hit.by_turns:
            self.dateline_place(hit)
        return not (visit and hit.persons and not (hit.host or hit.location or hit.states))

    def _sent_there(self, hit: Hit, place: Token) -> bool:
        """Whether `place` names a state an expulsion sends one to ("Экстрадиция X в Перу
        состоялась", "Перу" the tagger's locative): where to, not where it is done, which
        "в Уругвай" would not give either. Sixty-fourth pass (h-events238)."""
        return any(m.entity in hit.sent_to for m in self.by_token.get(place.i, ()))

    def reported_attack_place(self, tok: Token, hit: Hit) -> None:
        """An attack told as done that names no place, side nor person of its own ("Как
        сообщают власти Перу, в результате теракта на военной базе погиб …"): it happened in
        the state of the authorities whose report the sentence tells ("власти Перу",
        "перуанские власти"), else in the document's one state; where the text names more,
        it stays of no place (and is dropped). Only an attack told by its noun ("теракт"): a
        verb's ("Боевики обстреляли здание посольства") has its target, which a state named
        before may own, not host. Forty-sixth pass, own sentences (events121)."""
        if hit.kind not in ATTACKS or hit.status != "occurred" or not hit.anaphoric():
            return
        if tok.pos_ != "NOUN":
            return
        states = {
            m.entity
            for t in tok.sent
            if t.lemma_ == _AUTHORITIES and t.dep_ in SUBJECTS and t.head.lemma_ in speech_lemmas()
            for x in t.subtree
            for m in self.by_token.get(x.i, ())
            if m.type == "State"
        }
        if not states:
            states = {m.entity for m in self.ctx.mentions if m.type == "State"}
        entity = self.ctx.entity(next(iter(states))) if len(states) == 1 else None
        if entity is not None:
            hit.location, hit.country = entity.name, True

    def credentials_host(
        self, tok: Token, hit: Hit, place: Token | None, anchors: list[Token]
    ) -> None:
        """The state an envoy's credentials are handed over in, where no receiver's state
        makes it the second side: the one he is posted to ("Посол Чили в Аргентине X вручил
        верительные грамоты": Argentina), else the one the place is, or whose capital or city
        it is ("вручил верительные грамоты в Кампале": Uganda). Only the sentence's own words:
        a state a later sentence speaks of is none. Sixty-fourth pass (h-events233)."""
        if credentials(tok) is None or len(hit.states) > 1:
            return
        posted = [k for c in mission_places(tok, anchors) if (k := self._state_at(c))]
        placed = [self._state_or_capital(place), self._city_state(place)] if place else []
        host = next(iter(posted + [k for k in placed if k]), "")
        if host and host not in hit.states:
            hit.states = unique([*hit.states, host])

    def _met_where_going(
        self, tok: Token, hit: Hit, place: Token | None, anchors: list[Token]
    ) -> None:
        """Talks that are the purpose of one side's trip to a state or its capital are with
        it ("министр Перу находится в Чили для переговоров", "прибыл в Варшаву на
        переговоры"): that state is the other side, where the talks have one side yet; talks
        with another side named ("прибыл в Париж для переговоров с министром Чили") are only
        held there. Not a city's state ("прибыла в Женеву для переговоров": held in
        Switzerland, not with it), nor a capital that seats international bodies, where
        others' talks are held (`talks_venue` in `event_words.tsv`: "Делегация Ирана прибыла
        в Вену для переговоров"). So are talks a "где" clause tells held where the trip went
        with no one met "с" ("прибыл в Каракас, где провёл переговоры": `held_where_gone`;
        seventy-second pass, h-events274)."""
        if hit.kind not in MULTI or place is None:
            return
        if not trip_for(tok, anchors) and not held_where_gone(tok, anchors):
            return
        venue = not self._is_state(place) and _is(proper(place), "talks_venue")
        host = "" if venue else self._state_or_capital(place)
        if host and len(hit.states) == 1 and host not in hit.states:
            hit.states = unique([*hit.states, host])

    def dateline_place(self, hit: Hit, within: str = "", news: bool = False) -> None:
        """Locates talks a transcript's speakers tell of as "мы" with no place of their own
        (`by_turns`) in the city of the dateline above the turns ("Сеул, 21 апреля 2026
        года."), where the speakers are: a capital or a city the gazetteer places.
        Fifty-third pass (h-events148). With `within`, only a city of that state: a visit
        told "в Чили" is in the dateline's Santiago (h-events155). With `news`, a report's
        own dateline too: a forum told held "в Кении" below "Найроби, 12 мая" is in Nairobi
        (fifty-fifth pass, h-events162)."""
        city = self._dateline_city(news)
        if city is None:
            return
        state = capital_named(self.ctx.gazetteer, city) or self._city_state(city)
        if state and (not within or state == within):
            self._locate(hit, city)

    def ceremony_place(self, signing: Hit, ceremony: Hit) -> None:
        """A signing of no place of its own takes its ceremony's ("Церемония прошла в
        Лиме"); a ceremony in a building ("в здании министерства финансов Замбии") places it
        in the report's dateline city where that city lies in a state of the signing
        ("ЛУСАКА, 3 декабря."), else in the building. Sixty-seventh pass (h-events251)."""
        city = None if ceremony.town or ceremony.country else self._dateline_city(news=True)
        state = capital_named(self.ctx.gazetteer, city) or self._city_state(city) if city else ""
        if city is not None and state in signing.states:
            self._locate(signing, city)
        else:
            signing.take_place(ceremony)

    def venue_in_dateline_city(self, hit: Hit, place: Token | None) -> None:
        """An event at a venue told by its quoted name alone ("в выставочном центре «Ереван
        Экспо» открылась выставка"), in a report datelined in a city of one of its states
        ("ЕРЕВАН, 2 декабря."): held in that city, as a ceremony in a building is
        (`ceremony_place`). The venue stays the place where no dateline gives a city, or
        gives one of another state ("МОСКВА. … на стадионе «Маракана»"). Sixty-eighth pass
        (h-places71)."""
        if place is None or hit.town or hit.country:
            return
        if quoted_apposition(place.head) != place and _venue(place) is None:
            return
        city = self._dateline_city(news=True)
        state = capital_named(self.ctx.gazetteer, city) or self._city_state(city) if city else ""
        if city is not None and state in hit.states:
            self._locate(hit, city)

    def held_in_dateline_city(self, hit: Hit, place: Token | None) -> None:
        """A forum or summit told held in a state only ("открыли в Кении бизнес-форум"), in
        a report datelined in a city of that state ("Найроби, 12 мая"): held in that city,
        where the report is made; one ahead may be held anywhere in the state, one of
        another state's dateline stays in the state. Fifty-fifth pass (h-events162). So is a
        visit held or under way to a state only ("находящийся в Японии с официальным
        визитом", below "Осака, 12 мая"): in the dateline's city of its host, not one told as
        done before or of a day the text gives (fifty-sixth pass, h-events178)."""
        if place is None or not hit.country or hit.status != "occurred":
            return
        if hit.kind in HOSTS:
            self.dateline_place(hit, within=self._state_or_capital(place), news=True)
        elif hit.kind in VISITS and hit.host and not (hit.earlier or hit.dated_by_text):
            self.dateline_place(hit, within=hit.host, news=True)

    def framed_visit_place(self, hit: Hit, tok: Token) -> None:
        """A visit of no place of its own told as the frame of a clause ("в рамках визита X")
        placed in a city ("В Ташкенте в рамках государственного визита президента
        Туркменистана прошли переговоры"): a visit to that city's state, held there; where the
        clause names no place, the report's dateline city is, for news it tells. Not for a
        visitor of that city's own state, nor one of no state told. Sixty-second pass
        (h-events220)."""
        framed = hit.kind in VISITS and hit.framing and bool(hit.states)  # a visitor's state
        if not framed or hit.host or hit.location:
            return
        frame = tok.head if tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" else tok
        verb = frame.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i == frame.i:
            return
        at = [c for c in verb.children if c.dep_ == "obl" and _prep(c) in {"в", "на"}]
        at = [c for c in at if c.i != frame.i and not _is(c, "time")]
        cities = [proper(c) for c in at if features(c, "Case") == ("Loc",)]
        cities = [c for c in cities if self._good_place(c, False)]
        news = hit.lead and hit.status == "occurred" and not at
        city = cities[0] if cities else (self._dateline_city(news=True) if news else None)
        if city is None:
            return
        state = capital_named(self.ctx.gazetteer, city) or self._host(city)
        if state and state not in hit.states:
            self._locate(hit, city)

    def _dateline_city(self, news: bool = False) -> Token | None:
        """The place of the dateline above a transcript's turns, where it is one word; with
        `news`, of a report's dateline in its first lines (below a headline)."""
        text = self.ctx.document.text
        first = min((r.start for r in regions(self.ctx) if r.rank == TURN), default=0)
        if news and not first:
            after = self.ctx.sents[_NEWS_HEAD:]
            first = after[0].start_char if after else len(text)
        return dateline_word(self.ctx.doc, first)

    def _locate(self, hit: Hit, place: Token) -> None:
        """The event's place, and the state it brings in: the host of a visit to a capital
        ("поездки на саммит в Асунсьоне": Paraguay), the state attacked ("Сирия обстреляла …
        в Ливане")."""
        hit.location = self._place_name(place, hit)
        hit.city_state = self._city_state(place) or _seat_of_side(hit)
        named = proper(place).pos_ == "PROPN" and not seat_state(hit.location)
        hit.town = named and not hit.country  # "в Тромсё", not "в резиденции", "в Кремле"
        host = hit.capital or hit.city_state
        if hit.kind in VISITS and not hit.host and host and host not in hit.states:
            hit.host = host
            hit.states = unique([*hit.states, host])
        attacked = self._state_at(place) if hit.kind in ATTACKS and hit.agent else ""
        if attacked:
            hit.states = unique([*hit.states, attacked])
        # "17 сентября в Латвии начались досрочные выборы": the state they are held in, as
        # "выборы в Латвии" gives it; not a city's (events118)
        held_in = self._state_at(place) if hit.kind == "Election" and hit.country else ""
        # "Дни культуры Алжира открылись в Тунисе", "Кения открыла консульство в столице
        # Эфиопии": the host state, the country or the city's
        hosted = hit.kind in HOSTED_PROGRAMMES or bool(hit.mission)
        held_in = held_in or (self._state_at(place) or host if hosted else "")
        # "на инаугурации Джона Махамы в Аккре": an office taken by its rite in a state's
        # capital or city is that state's, not the one the text is about (`home_guessed`)
        held_in = held_in or (host if hit.kind == "Appointment" else "")
        if held_in and hit.kind == "Appointment" and hit.home_guessed:
            hit.states = [held_in]
        if held_in and (hosted or not any(k.startswith("state/") for k in hit.states)):
            hit.states = unique([*hit.states, held_in])

    def _place(
        self, tok: Token, anchors: list[Token], visit: bool, talk: bool | None
    ) -> Token | None:
        """Where the event happens: "в Кремле", "в городе Оренбурге", "визит в Москву".
        `talk`: True for talks of a pair (a place in the verb's object or the noun's topic is
        neither's), False for talks told by a noun (only the noun's topic), None for others."""
        cases = {"Loc", "Acc"} if visit or trip_for(tok, anchors) else {"Loc"}
        heads = _place_heads(tok, anchors, visit)
        near = [c for head in heads for c in head.children] + hung_on_first_conjunct(tok)
        # not in a clause coordinated after a verb trigger ("обсудили ситуацию и договорились
        # встретиться в Асунсьоне"): that is where the other act is
        other = {t.i for c in tok.children if conjunct_verb(c) for t in c.subtree}
        # nor in the happening it is told after ("встреча после смены власти в Дакке")
        other |= {
            t.i for c in tok.children if c.pos_ == "NOUN" and sequel_noun(c) for t in c.subtree
        }
        # nor, but for a capital ("соглашение о торговле в Анкаре") or a city its state's
        # adjective places ("конференция сторон конвенции … в мексиканском Канкуне"), in the
        # name of a paper ("подписали декларацию о сотрудничестве в Арктике")
        papers = [c for c in tok.children if _is(c, "document") and c.dep_ != "obl"]
        other |= {
            t.i
            for c in papers
            for t in c.subtree
            if not (self.capital_of(proper(t)) or self._placed_by_state(t))
        }
        # nor in a clause of "который" or a participle's on another noun ("переговоры по
        # освобождению пленных, которые находятся в Карабахе"): where those are; but what
        # the parser hung on a clause before the trigger from past it is the trigger's ("X,
        # живший в Турции, был убит 5 марта в Стамбуле": the clause ends before "был убит")
        other |= {
            t.i
            for c in tok.subtree
            if c.dep_ in _CLAUSES_ON_NOUN
            and c.head.i != tok.i
            and c.head.pos_ != "VERB"
            and c.lemma_ not in HELD  # "переговоры министров, которые пройдут в Каире"
            for t in c.subtree
            if not c.i < tok.i < t.i
        }
        inside = [t for t in tok.subtree if t.i > tok.i and t.pos_ != "VERB" and t.i not in other]
        for c in near + inside:
            if _prep(c) == "под" and c in near and (city := self._city_near(c)) is not None:
                return city  # "учения прошли под Джайпуром": its area
            if (
                c.i == tok.i
                or _prep(c) not in {"в", "на"}
                or (talk is not None and _topic(c, tok, talk))
            ):
                continue
            # "подписали меморандум, а министры обсудили саммит в Хиросиме"; "Турция, как и в
            # прошлом году в Египте, провела переговоры"
            if contrast_between(tok, c) or compared(c) and not compared(tok):
                continue
            case = governed_case(c)
            # a country is a place where the event or its verb governs it ("саммит пройдёт
            # в Бразилии"), not deeper ("переговоры по ситуации в Сирии")
            place = _among(c)  # "в одном из госпиталей Афин": the hospitals'
            governed = case in cases and c in near or case == "Loc"
            country = c in near or _on_partner(c, tok, anchors) or _in_happening(c, heads)
            if governed and self._good_place(place, country):
                return proper(place)
            # a visit's "в провинции Хузестан" too, not another event's (an attack "вблизи
            # села X в провинции Y" is at the village)
            area = _is(place, "region") or visit and _is(place, "area")
            region = area and proper(place) is not place
            if governed and region and self._good_place(proper(place), False):
                return proper(place)  # "в графстве Корк", "в штате Виктория": a region's name
            if governed and (where := self._building_place(place)) is not None:
                return where
        # "X и Y в Варшаве провели переговоры, а затем открыли форум"; "Лима примет форум";
        # "Через неделю после визита в Аммане пройдёт заседание"
        host = self._before_both_verbs(tok) or self._host_subject(tok)
        if (host := host or self._place_after_visit(anchors, visit)) is not None:
            return host
        # "… заседания Форума – на этот раз оно происходит в городе Оренбурге"
        for verb in tok.sent:
            if verb.pos_ != "VERB" or not _is(verb, "happen"):
                continue
            if verb.dep_ in RELATIVE and verb.head.i != tok.i:
                continue  # "обсудили подготовку к саммиту, который пройдёт в Джакарте"
            if any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in verb.children):
                for c in verb.children:
                    if _prep(c) == "в" and features(c, "Case") == ("Loc",) and self._is_place(c):
                        return proper(c) if self._good_place(c, True) else None
        # "на Пекинском саммите", "Мюнхенская конференция": held in the city named
        return self._city_adjective(tok) if tok.pos_ == "NOUN" else None

    def _city_near(self, word: Token) -> Token | None:
        """The city a place "под" names in the instrumental ("под Улан-Батором"): the event is
        held in its area, which the graph places at it; not a state, nor what is no place
        ("под эгидой ООН", "под давлением"). Seventieth pass (h-events267)."""
        city = proper(word)
        return city if case_of(word) == "Ins" and self._good_place(city, False) else None

    def _before_both_verbs(self, tok: Token) -> Token | None:
        """The place before the first of two verbs of one subject, the trigger's the later
        with no subject of its own ("X и Y в Варшаве провели переговоры, а затем открыли
        форум"): both are held there; one inside a clause is its own. Fifty-second pass
        (h-events141)."""
        first = gapped_first(tok)
        if first is None:
            return None
        places = (
            c
            for c in first.children
            if c.i < first.i and _prep(c) in {"в", "на"} and c.morph.get("Case") in (["Loc"], [])
        )
        return next((proper(c) for c in places if self._good_place(c, True)), None)

    def _place_after_visit(self, anchors: list[Token], visit: bool) -> Token | None:
        """A locative "в X" the parse hangs on a visit noun that only tells the time of the
        verb of another event ("Через неделю после визита в Аммане пройдёт заседание",
        "После визита в Лиме состоится …"): the verb's place, as a visit's own goes "в" with
        the accusative ("после визита в Амман"). Fifty-second pass (h-events143)."""
        verbs = [] if visit else anchors[:1]
        for c in (c for v in verbs for c in v.children if c.dep_ == "obl"):
            for noun in [c, *(g for g in c.children if g.dep_ == "nmod")]:
                if not (time_reference(noun) and visit_noun(noun)):
                    continue
                for x in noun.children:
                    if _prep(x) == "в" and governed_case(x) == "Loc" and self._good_place(x, True):
                        return proper(x)
        return None

    def _host_subject(self, tok: Token) -> Token | None:
        """The place the subject of "принять" names, which holds the gathering its object is
        ("Лима примет форум АТЭС", "Следующий саммит примет Бразилия"): where it is held. Not
        a union or a body ("НАТО примет саммит": no place), a person, nor what the gathering
        itself takes in ("Саммит примет Швецию в альянс": the gathering is the subject)."""
        verb = tok.head
        if tok.pos_ != "NOUN" or not _is(verb, "host") or tok.dep_ not in {"obj", *SUBJECTS}:
            return None
        if tok.dep_ != "obj" and features(tok, "Case") != ("Acc",):
            return None  # "Саммит примет …": the gathering's own act
        hosts = (
            c
            for c in verb.children
            if c.i != tok.i and c.dep_ in SUBJECTS and features(c, "Case") == ("Nom",)
        )
        return next((c for c in hosts if self._holds_gatherings(c)), None)

    def _holds_gatherings(self, tok: Token) -> bool:
        """A state, a capital or a city the gazetteer places (not a union of states)."""
        state = self._state_at(tok) or self.capital_of(tok)
        if state:
            return not self.ctx.gazetteer.is_union(state)
        return self._city(tok) is not None

    def _ruling_place(self, tok: Token) -> Token | None:
        """Where a court rules: the place its verb or the court has "в" ("постановил в
        Гааге", "Арбитраж в Гааге присудил"), not one of the case ("права в Южно-Китайском
        море"), nor the court's seat the text does not give (h-events256)."""
        court = court_of(tok)
        heads = [tok, *([court] if court is not None else [])]
        at = (c for h in heads for c in h.children if _prep(c) == "в" and c.dep_ != "conj")
        return next((c for c in at if self._is_place(c)), None)

    def _event_place(
        self, tok: Token, rule: Rule, where: list[Token], anchors: list[Token]
    ) -> Token | None:
        """Where the event is held: its own phrase's place, else one beside it; a moved one's
        where it is moved to ("перенесли во Вьентьян"), not where it was planned. None for
        kinds held nowhere ("послом в Перу"; a call joins two places; a diplomat is summoned
        to a ministry, an envoy recalled from his post; but one dies where the text says,
        "умерла в Берлине")."""
        if reads_career(rule.kind, tok) and rule.kind == "Appointment":
            return self._rite_place(tok, anchors)
        if rule.kind == "AidDelivery":
            return self._aid_destination(tok)
        if rule.kind == RULING:
            return self._ruling_place(tok)
        if rule.kind == BORDER_CLOSURE:  # "закрыл КПП Торхам": at the checkpoint
            return checkpoint_name(tok)
        if rule.kind in TRANSFERS | {"PhoneCall", "Summons", "Recall", "Evacuation"} or (
            reads_career(rule.kind, tok) and rule.kind != "Death"
        ):
            return None
        if (moved := _moved(tok, anchors)) is not None and _is(moved, "move"):
            return self._moved_to(tok, moved)  # one put off ("отложен до осени") stays put
        visit = rule.kind in VISITS
        # talks told by a noun have their topic too ("переговоры о положении в Карабахе"),
        # but only the topic its noun governs: a noun in an object ("учредили комиссию,
        # первое заседание которой пройдёт в Тромсё") keeps its place
        talk: bool | None = True if rule.pair else None
        if not rule.pair and rule.kind in TALKS and tok.pos_ == "NOUN":
            talk = False
        place = self._place(tok, where, visit, talk)
        if place is None and rule.kind == "Arrest":
            place = self._body_city(tok)
        if place is None and rule.kind == "Arrest":  # "В Лиме прошла акция, полиция задержала"
            framed = frame_words(tok, lambda v: _is(v, "happen"))
            opening = [*opening_first_conjunct(tok), *framed]
            during = [c for c in tok.children if fixed_preposition(c, DURING)]
            opening += [g for c in during for g in c.children]  # "Во время протестов в Лиме"
            place = next(filter(None, map(self._opening_place, opening)), None)
            # "Во время визита в Каир полиция задержала …": where the visit was
            place = place or next(filter(None, map(self.trip_destination, during)), None)
        if place is None and rule.kind == "Exercise":
            place = self._off_coast(tok, anchors)
        hosted = rule.kind in HOSTED_PROGRAMMES
        if hosted and place is not None and place.head.i == tok.i and anchors:
            # "Год Кореи в Узбекистане стартовал в Ташкенте": the noun's state is the host, the
            # verb's city the place
            place = self._place(anchors[0], [], False, None) or place
        return self._other_place(tok, rule.kind, anchors) if place is None and not visit else place

    def _aid_destination(self, tok: Token) -> Token | None:
        """Where aid is sent to ("направил в Порт-Судан два самолёта с … помощью"): the place
        its verb of sending names "в"/"на"; None where it names none ("передал Судану").
        Sixty-sixth pass (h-events246)."""
        verb = sent_aid(tok)
        places = verb.children if verb is not None else ()
        # "в порт Коломбо", "в аэропорт Бишкека": the name the place noun stands beside
        return next(
            (proper(c) for c in places if _prep(c) in {"в", "во", "на"} and self._is_place(c)),
            None,
        )

    def _rite_place(self, tok: Token, anchors: list[Token]) -> Token | None:
        """Where an inauguration or an oath of office is held: its own place ("Инаугурация
        президента Ганы прошла в Аккре"), else that of the bare "церемония" told after it
        that stands for it ("Церемония прошла в Президентском дворце"); none for a change
        of office told otherwise ("назначен послом в Перу": the post's place). Sixty-fourth
        pass (h-events233)."""
        if not by_rite(tok):
            return None
        place = self._place(tok, anchors, False, None)
        for c in ceremonies_of(tok):
            verb = governor(c)
            place = place or self._place(c, [verb] if verb is not None else [], False, None)
        return place

    def _off_coast(self, tok: Token, anchors: list[Token]) -> Token | None:
        """The place whose coast exercises are held off ("провели учения у побережья Гоа", "у
        берегов Сомали"): the place named, not the coast; None where none is named."""
        for c in (c for head in [tok, *anchors[:1]] for c in head.children):
            if _prep(c) not in _NEAR_PREPS or not _is(c, "coast"):
                continue
            named = [g for g in c.children if g.dep_ in {"nmod", "appos"} and not _prep(g)]
            return next((proper(g) for g in named if self._good_place(proper(g), True)), None)
        return None

    def _body_city(self, verb: Token) -> Token | None:
        """The city in the genitive on the body that arrests ("полиция Хартума задержала",
        "задержаны полицией Хартума"), a capital or a city the gazetteer places, or None: a
        city's police arrests in it, wherever the sentence opened ("В Каире прошли протесты,
        полиция Хартума задержала …"). Not a state ("полиция Египта": no city), nor a city of
        the people arrested ("задержала жителей Хартума")."""
        bodies = [
            c
            for c in verb.children
            if c.dep_ in SUBJECTS and not acted_on(c, verb) or agent(c, verb)
        ]
        cities = (
            proper(g)
            for body in bodies
            for g in body.children
            if g.dep_ == "nmod" and case_of(g) == "Gen" and not _prep(g)
        )
        gaz = self.ctx.gazetteer
        return next((c for c in cities if self.capital_of(c) or named_city(c, gaz)), None)

    def _opening_place(self, word: Token) -> Token | None:
        """The place "в" names opening the sentence (`opening_first_conjunct`), or None."""
        if _prep(word) != "в" or features(word, "Case") != ("Loc",):
            return None
        return proper(word) if self._good_place(proper(word), True) else None

    def _moved_to(self, tok: Token, move: Token) -> Token | None:
        """The place an event is moved to ("перенесли из Ханоя во Вьентьян", also where the
        parser hung it on the event's noun, whose own "в Ханое" is where it was planned); None
        where the move gives none ("перенесли на осень и провели онлайн")."""
        onto = [c for c in tok.children if governed_case(c) == "Acc"]
        places = [c for c in [*move.children, *onto] if _prep(c) == "в"]
        places = [c for c in places if self._good_place(c, True)]
        return proper(places[0]) if places else None

    def _capital_adjective(self, tok: Token) -> Token | None:
        """The adjective on the noun that a capital's name is made from ("московской",
        "Пекинском"), which the gazetteer knows as no other place's."""
        return next((c for c in tok.children if c.dep_ == "amod" and self.capital_of(c)), None)

    def _city_adjective(self, tok: Token) -> Token | None:
        """The adjective on the event's own noun that a city's name is made from, a capital's
        or one the dictionary knows, written capitalised as in the gathering's own name
        ("Мюнхенская конференция"); not on a building, which a firm of the city may name ("в
        мюнхенской больнице"), nor a state's adjective ("украинские переговоры") or a common
        word that a town's name happens to share ("на братском саммите": not Братск)."""
        amods = (
            c
            for c in tok.children
            if c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper()
            if not any(m.type == "State" for m in self.by_token.get(c.i, ()))
        )
        city = next((c for c in amods if city_of_adjective(c.lemma_)), None)
        return self._capital_adjective(tok) or city

    def _building_place(self, tok: Token) -> Token | None:
        """Where a building or site no lexicon names as a place is: the city its own "в"
        gives, else its quoted name ("на стадионе «Маракана»", "в ванне отеля «Хилтон»"),
        else the capital its adjective is made from ("в московской больнице": as "в больнице
        Москвы", Москва)."""
        if (city := self._city_around(tok)) is not None:
            return city
        if (venue := _venue(tok)) is not None:
            return venue
        building = _is(tok, "place") or _is(tok, "venue")
        return self._capital_adjective(tok) if building else None

    def _city_around(self, tok: Token) -> Token | None:
        """The city or named place a building or site no lexicon of ours knows stands in, which
        its own "в" gives ("в Вестминстерском аббатстве в Лондоне", "в своём доме в Ижевске");
        never a country ("в доме в Сирии" is no place of the event's own); or the city it is
        near ("на полигоне под Улан-Батором": Улан-Батор's area, seventieth pass, h-events267)."""
        for c in tok.children:
            at = _prep(c) == "в" and features(c, "Case") == ("Loc",)
            if c.dep_ != "nmod" or not (at or _prep(c) in _NEAR_PREPS):
                continue
            if self._good_place(proper(c), False):
                return proper(c)
        # "у здания посольства Турции в Кабуле": the city of the thing whose the building is
        owners = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
        # "у здания суда Лимы": a city's own name is the owner (a state never: "посольства
        # Египта"; nor a region's noun with its name, "в части провинции Кандагар")
        cities = (c for c in owners if not _prep(c) and proper(c) is c)
        city = next((c for c in cities if self._good_place(c, False)), None)
        if city is not None and (self._city_state(city) or self.capital_of(city)):
            return city
        return next((city for c in owners if (city := self._city_around(c)) is not None), None)

    def _other_place(self, tok: Token, kind: str, anchors: list[Token]) -> Token | None:
        """A place not in the event's own phrase: an attack's near a place or its target's;
        the city of a building the event was at or left; the place a clause of "где" hangs
        on."""
        if kind in ATTACKS and (place := self._near(tok, anchors) or self._after_target(tok)):
            return place
        return self._at_building(tok, anchors) or self._where(tok, anchors)

    def _at_building(self, tok: Token, anchors: list[Token]) -> Token | None:
        """The city of a building the event was at ("задержан у здания суда Лимы") or was
        leaving ("при выходе из здания суда Лимы"), by the building's own words: its city in
        the genitive or "в" (`_city_around`). Not a state whose the building is ("у посольства
        Египта"), nor where one went ("по пути из Лимы"). Forty-eighth pass (h-events125)."""
        for c in (c for head in [tok, *anchors[:1]] for c in head.children):
            if c.dep_ not in {"obl", "nmod"}:
                continue
            if _prep(c) in _NEAR_PREPS - {"под"}:
                sites = [c]
            elif _prep(c) == "при" and _is(c, "leave_site"):
                sites = [g for g in c.children if _prep(g) == "из" and g.dep_ == "nmod"]
            else:
                continue
            buildings = (t for t in sites if _is(t, "place") or _is(t, "venue"))
            if (city := next(filter(None, map(self._city_around, buildings)), None)) is not None:
                return city
        return None

    def _where(self, tok: Token, anchors: list[Token]) -> Token | None:
        """The place a clause of "где" tells of ("отправился в Вену, где проведёт
        переговоры", "посетил Аддис-Абебу, где встретился с …"): the place it hangs on, or,
        where the parse joins the clause to the verb before as its conjunct ("прибыл в
        Берген, где премьер провёл совещание"), that verb's place right before the comma."""
        for verb in [tok, *anchors[:1]]:
            if verb.pos_ != "VERB" or not opened_by_where(verb):
                continue
            if verb.dep_ in RELATIVE and self._is_place(verb.head):
                return proper(verb.head)
            if verb.dep_ == "conj" and (place := self._place_before_where(verb)) is not None:
                return place
        return None

    def _place_before_where(self, verb: Token) -> Token | None:
        """The place the verb before names right before ", где" ("в Берген, где"), as its
        own place; none where another word ends that phrase ("в Берген в командировку,
        где")."""
        where = next(c for c in verb.children if c.lemma_ == "где")
        if where.i < 2 or verb.doc[where.i - 1].text != ",":
            return None
        word = verb.doc[where.i - 2]
        while word.dep_ in {"flat", "flat:name", "amod"} and word.head.i != word.i:
            word = word.head
        if word.dep_ != "obl" or word.head.i != verb.head.i or not self._is_place(word):
            return None
        return proper(word)

    def _near(self, tok: Token, anchors: list[Token]) -> Token | None:
        """Where an attack happened when the text gives it near a place ("напал вблизи села
        Хушаб") or as its target's ("напали на посольство в Бамако")."""
        targets = [c for c in tok.children if c.dep_ in {"obj", "obl"} and _prep(c) in _AT_PREPS]
        # "посольство Франции в Бамако было атаковано": a passive's subject is its target
        targets += [c for c in tok.children if c.dep_ == "nsubj:pass"]
        for c in (c for head in [tok, *anchors[:1], *targets] for c in head.children):
            if _prep(c) in _NEAR_PREPS and self._named_place(proper(c)) is None:
                # "у посольства Египта в Триполи": the city the thing stands in, not the
                # thing nor its owner; none where the text gives no city
                if (city := self._city_around(c)) is not None:
                    return city
                continue
            near = _prep(c) in _NEAR_PREPS or (_prep(c) == "в" and c.head in targets)
            if near and self._good_place(proper(c), True):  # "на посольство Франции в Бамако"
                return proper(c)
        return None

    def _named_place(self, tok: Token) -> Token | None:
        """The word itself where it is a place's name ("села Хушаб" → "Хушаб", "Кабула"),
        not a thing that stands somewhere ("посольства Египта", "рынка")."""
        named = tok.pos_ == "PROPN" or self._capital_said(tok) or self._is_state(tok)
        return tok if named and self._is_place(tok) else None

    def _after_target(self, tok: Token) -> Token | None:
        """ "обстреляла повстанцев в Ливане", where the parser hangs "в Ливане" elsewhere: the
        place right after the verb's object."""
        objects = [c for c in tok.children if c.dep_ == "obj"] if tok.pos_ == "VERB" else []
        if not objects:
            return None
        after = max(t.i for t in objects[0].subtree) + 1
        nxt = self.doc[after + 1] if after + 1 < len(self.doc) else None
        if self.doc[after].lower_ != "в" or nxt is None or features(nxt, "Case") != ("Loc",):
            return None
        return proper(nxt) if self._good_place(proper(nxt), True) else None

    def _good_place(self, tok: Token, country: bool) -> bool:
        """A place that can be an event's ("в Кремле"; `country`: "в Бразилии" too), not
        another event."""
        if not country and any(
            m.type == "State" and m.via != "capital" for m in self.by_token.get(tok.i, ())
        ):
            return False
        return (
            self._is_place(tok) and not trigger_rules().get(tok.lemma_) and not self._unnamed(tok)
        )

    def _unnamed(self, tok: Token) -> bool:
        """ "в городе", "в столице" with no name beside them: the place told before, which
        the noun does not name ("в городе вновь состоится тур выборов" is no city "город");
        so is a common place noun with no name in its phrase ("во дворце", "в зале суда"; not
        "в Елисейском дворце", "в посольстве Франции")."""
        named = proper(tok) is not tok or bool(self.by_token.get(tok.i))
        if named or tok.pos_ == "PROPN" or self._capital_said(tok):
            return False
        guests = _guests_on_place(tok)
        phrase = [t for t in tok.subtree if t.i != tok.i and t.i not in guests]
        return _is(tok, "named") or not any(self._names(t) for t in phrase)

    def _place_name(self, tok: Token, hit: Hit) -> str:
        """The place's name in the nominative; `hit.country` says whether it is a country,
        `hit.capital` whose capital it is."""
        hit.country = False
        hit.capital = capital_named(self.ctx.gazetteer, tok) or self._capital_said(tok)
        hit.capital = hit.capital or (self.capital_of(tok) if tok.pos_ == "ADJ" else "")
        hit.capital = hit.capital or capital_declined(self.ctx.gazetteer, tok)
        # "в Сараеве": the capital as the gazetteer spells it, not "Сараев"
        hit.capital = hit.capital or capital_in_locative(self.ctx.gazetteer, tok)
        if (quoted := quoted_apposition(tok.head)) is not None and quoted.i == tok.i:
            # "«Беверли Хиллз Хилтон»": as written, as a quoted name never declines
            return " ".join(t.text for t in tok.subtree if not t.is_punct)
        for m in self.by_token.get(tok.i, ()):
            if m.type == "State" and m.via != "capital":
                entity = self.ctx.entity(m.entity)
                hit.country = True
                return entity.name if entity else m.text
        generic = _is(tok.head, "named") and tok.dep_ in {"appos", "flat", "flat:name", "nmod"}
        if hit.capital:  # "в аэропорту Джакарты": the capital as the gazetteer spells it
            state = self.ctx.gazetteer.state(hit.capital)
            if state is not None and state.capital:
                return state.capital
        city = None if _named_by_adjective(tok) else self._city(tok)  # "Нижний Новгород"
        if city is not None:  # "в Санкт-Петербурге": as the table spells it
            # "в Чэнду" where the table's name is "Ченду": a spelling it lists, kept as written
            spelled = place_nominative(tok, self.ctx.gazetteer)
            return spelled if spelled in city.forms else city.name
        if undeclined(tok):
            return tok.text  # "в Каса-Росада": not "Кас-Росад"
        nominative = features(tok, "Case") == ("Nom",)
        named = generic and nominative and not _same_case(tok, tok.head)
        if tok.pos_ == "PROPN" and named and not declined_name(tok, self.ctx.gazetteer):
            # "на острове Роббенэйланд": a name that does not decline here, all its words
            # ("на мосту Симон Боливар")
            return " ".join(t.text for t in sorted(name_words(tok), key=lambda t: t.i))
        # a guest hung on the place ("принял в резиденции премьер-министра Мали"), not its
        # possessor ("переговоры пройдут в резиденции японского премьера")
        hung = _guests_on_place(tok)
        guests = [
            g
            for g in tok.children
            if guest_on_place(g) and (g.i in hung and self._names_person(g) or name_hung_apart(g))
        ]
        guests += [n for g in guests if (n := name_hung_apart(g)) is not None]
        # "в Белом доме в пятницу": a time the parse hangs on the place is not its name
        times = [c for c in tok.rights if _is(c, "time")]
        # "в китайском Тяньцзине": the state's adjective says where the city is, not its name
        adjectives = [c for c in tok.lefts if self._state_adjective(c)]
        stop = {t.i for g in guests + times + adjectives for t in g.subtree}
        phrase = phrase_in(tok, "nomn", stop)
        if tok.pos_ == "PROPN" and " " not in phrase and "-" not in phrase:
            return place_nominative(tok, self.ctx.gazetteer)  # "в Сурабаю": not "Сурабай"
        if tok.pos_ == "ADJ":
            return city_of_adjective(tok.lemma_) or phrase  # "Мюнхенская": Мюнхен
        return phrase

    def _placed_by_state(self, tok: Token) -> bool:
        """A city told with its state's adjective ("в мексиканском Канкуне"): the way a text
        says where something is held, not what a paper is about."""
        return any(self._state_adjective(c) for c in tok.lefts) and self._good_place(tok, False)

    def _state_adjective(self, tok: Token) -> bool:
        return any(m.type == "State" and m.via == "adjective" for m in self.by_token.get(tok.i, ()))

    def _names_person(self, tok: Token) -> bool:
        return any(m.type == "Person" for t in tok.subtree for m in self.by_token.get(t.i, ()))

    def _visits_a_place(self, tok: Token) -> bool:
        """A verb of visiting with an object visits a place or a person, not a web page."""
        objects = [c for c in tok.children if c.dep_ == "obj"] if tok.pos_ == "VERB" else []
        return not objects or any(
            self._is_place_or_region(c)
            or c.i in self.in_mention
            or _is(c, "named")
            or self._told_place(c) is not None
            for c in objects
        )

    def _host(self, dest: Token) -> str:
        """The state a visit goes to: named, by its capital, by a city cities.tsv knows, or
        by the one state's adjective on a city no table places there ("прибыл в мексиканский
        город Ла-Пас", a namesake of Bolivia's seat, `seat_of`; fifty-first pass,
        h-events136)."""
        if named := self._state_or_capital(dest) or self._city_state(proper(dest)):
            return named
        told = self.states_on(proper(dest), dest)
        return next(iter(told)) if len(told) == 1 else ""

    def _state_or_capital(self, dest: Token) -> str:
        for m in self.by_token.get(dest.i, ()):
            if m.type == "State":
                return m.entity
        target, gaz = proper(dest), self.ctx.gazetteer
        # "прибыл в Абуджу": a capital the dictionary lacks, in "-у" (`capital_in_any_case`)
        named = capital_in_any_case(gaz, target)
        return named or self.seat_of(target, dest) or self._capital_said(dest)

    def _city(self, tok: Token) -> CityEntry | None:
        """The city, no capital, the place names ("в Осаке", "посетил Санкт-Петербург"),
        which the gazetteer places in a state; not a word of a name ("«Зенит» Санкт-
        Петербург", "мэрия Мюнхена": an organization's)."""
        if tok.i in self.in_mention or not (tok.pos_ == "PROPN" or tok.ent_type_ == "LOC"):
            return None
        return named_city(tok, self.ctx.gazetteer)

    def _city_state(self, tok: Token) -> str:
        """The key of the state the city `tok` names lies in, or "": a visit's host."""
        return city_state(self._city(tok))

    def _country_before(self, dest: Token, own: str) -> str:
        """The state a bare "страна" a visitor goes to stands for: the last one its sentence
        names before it, not the visitor's own ("президент Египта принял в Каире президента
        Турции, который прибыл в страну с визитом": Egypt) by its name or its capital's
        ("Церемония прошла в Маскате …, которая находится в стране": Oman; sixty-second pass,
        h-events218), else the dateline city's."""
        words = dest.doc[dest.sent.start : dest.i]
        named = [self._dateline_state(), *(self._state_at(t) or self.capital_of(t) for t in words)]
        if dest.lemma_ in _FORMS:  # "прибыл в королевство": of that form, named before it
            told = sorted((m.start, m.entity) for m in self.ctx.mentions if m.type == "State")
            earlier = [k for start, k in told if start < dest.idx]
            # the nearest state of the form named before first, the dateline's only when none
            named = [named[0], *earlier, *named[1:]]
            named = [k for k in named if k and self._of_form(k, dest.lemma_)]
        return next((k for k in reversed(named) if k and k != own), "")

    def _of_form(self, key: str, form: str) -> bool:
        """Whether a state's full name has the word of its form ("Королевство Марокко",
        "Объединённые Арабские Эмираты" for "эмират"). Seventy-first pass (h-events270)."""
        entity = self.ctx.gazetteer.state(key)
        return entity is not None and form in entity.full_name.lower().replace("ё", "е")

    def _dateline_state(self) -> str:
        """The state of a report's dateline city ("МАСКАТ, 3 апреля."), "" for none: where
        "в страну"/"в стране" goes when its sentence names no other state before it
        (sixty-second pass, h-events218)."""
        city = self._dateline_city(news=True)
        if city is None:
            return ""
        return capital_named(self.ctx.gazetteer, city) or self._city_state(city)

    def _region_of(self, tok: Token, dest: Token | None) -> str:
        """The state a region visited lies in, where the text says so by a side of it
        ("побывал в провинции Папуа на востоке Индонезии")."""
        places = [c for c in tok.children if _prep(c) in {"в", "на"}]
        words = [c for h in (tok, dest, *places) if h is not None for c in h.children]
        sides = [c for c in words if _is(c, "compass")]
        return next((s for c in sides for g in c.children if (s := self._state_at(g))), "")

    def _capital_said(self, tok: Token) -> str:
        """The state whose capital "столица" with that state's adjective or name is ("прибыл в
        японскую столицу", "в столицу Кении"): the capital, as a place, of that state."""
        if tok.lemma_ != "столица":
            return ""
        owners = [c for c in tok.children if c.dep_ in {"amod", "nmod"}]
        return next((s for c in owners if (s := self._state_at(c))), "")


def _in_phrase(word: Token, noun: Token) -> bool:
    """Whether `word` hangs on `noun` other than through a conjunct of it ("визита … , а
    также работу комиссии": "работу" and its words are no part of the visit's phrase)."""
    for up in [word, *word.ancestors]:
        if up.head.i == noun.i and up.i != noun.i:
            return up.dep_ != "conj"
    return False


def _nominal(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"}


def _argument(tok: Token) -> bool:
    """A noun a pronoun may stand for: no genitive of another noun ("президент Кении"), no
    time ("15 мая")."""
    return _nominal(tok) and tok.dep_ != "nmod" and not _is(tok, "time")


def _predicate_agrees(pronoun: Token, subject: Token) -> bool:
    """The pronoun agrees with the noun a subject is told to be ("Кигали — столица Руанды":
    "её"), the subject a name whose gender the tagger may not give."""
    root = subject.head
    return (
        subject.dep_ in SUBJECTS
        and _nominal(root)
        and root.dep_ == "ROOT"
        and agrees(pronoun, root)
    )


def _place_heads(tok: Token, anchors: list[Token], visit: bool) -> list[Token]:
    """The words whose places are the event's: the trigger, the noun of holding it ("о
    проведении в Лиме форума", h-events147) or of opening or closing it ("в открытии в
    Акабе форума", h-events166), and the verb it hangs on (for a visit, the verb carrying
    it), with the verb of "должен" over it."""
    # "накануне церемонии", "после выборов": the verb's place is its own event's; and
    # "обсудили в Дели итоги саммита": the talks' (fifty-eighth pass, h-events187)
    beside = tok.pos_ == "NOUN" and (sequel_noun(tok) or ahead_of(tok) or _discussed(tok, anchors))
    heads = [tok, *(_carrier(tok, anchors) if visit else anchors[: 0 if beside else 1])]
    if tok.pos_ == "NOUN" and (held := through_conduct(tok)) is not tok:
        heads.insert(1, held)
    elif tok.dep_ == "nmod" and _is(tok.head, "opening"):
        heads.insert(1, tok.head)
    heads += [m for m in [opened_mission(tok)] if m is not None]  # "открыла посольство в X"
    if not visit and anchors and _is(anchors[0].head, "must") and anchors[0].dep_ == "xcomp":
        heads.append(anchors[0].head)  # "в Египте должен пройти первый тур выборов"
    # "Провести консультации планируется в Каире": the impersonal verb's place is the act's
    heads += [v for a in anchors[:1] if (v := planned_by(a)) is not None]
    return heads


def _discussed(tok: Token, anchors: list[Token]) -> bool:
    """The noun lies inside what its verb of talks discusses ("обсудили в Дели итоги
    саммита"): the verb's place is the talks', not the discussed event's, whose own "в X"
    alone places it."""
    return bool(anchors) and discusses(anchors[0]) and in_object(tok, anchors[0])


def _visited_genitive(c: Token) -> bool:
    """The genitive the noun of visiting ("посещение") takes for the place visited ("при
    посещении Белграда"), as its verb takes an object. A visit told as the time of another
    verb's event ("после посещения") gives it only with no agent of its own ("после
    посещения Каира министром": someone else's, whose place would pass to the talks) and
    where that verb names no city of its own ("После посещения Пекина … встретился в
    Шанхае": the trip's city is the verb's, as the event's)."""
    bare = c.dep_ == "nmod" and not has_preposition(c) and features(c, "Case") == ("Gen",)
    noun = c.head
    if not (bare and noun.lemma_ == "посещение"):
        return False
    if not has_preposition(noun):
        return True  # "Посещение Китая президентом Вьетнама прошло успешно"
    agent = any(case_of(a) == "Ins" and not has_preposition(a) for a in noun.children)
    return not agent and not _verb_place(noun.head)


def _verb_place(verb: Token) -> bool:
    """Whether a verb names a place of its own in "в"/"на" and the locative ("встретился
    в Шанхае")."""
    return verb.pos_ == "VERB" and any(
        _prep(c) in {"в", "на"} and case_of(c) == "Loc" and c.pos_ == "PROPN" for c in verb.children
    )


def _guests_on_place(place: Token) -> set[int]:
    """The words of the persons the parser hung on the place they are received or met in
    ("принял в своей резиденции премьер-министра Мали", "встретился во дворце с премьером
    Мальты"): their names name no place; a possessor's do ("в резиденции президента Чили")."""
    verb = place.head
    received = _is(verb, "receive") and not any(c.dep_ == "obj" for c in verb.children)
    after = [g for g in place.children if g.dep_ == "nmod" and g.i > place.i]
    guests = [g for g in after if _prep(g) == "с" or received and guest_on_place(g)]
    return {t.i for g in guests for t in g.subtree}


def _on_partner(place: Token, tok: Token, anchors: list[Token]) -> bool:
    """A place in the locative the parse hangs on the other side's title or name, met "с" or
    received ("встретился с президентом Бразилии в Бразилии", "провёл переговоры с министром
    Турции в Турции", "принял министра Кении в Египте"): where they met, as a city there is;
    not the post of an envoy ("с послом Франции в Египте"), nor a thing's place ("с
    делегацией парламента в Египте"), nor where the verb names its own place ("встретился с
    координатором ООН в Ливане в Анкаре")."""
    if any(_own_place(c) and c.i != place.i for c in tok.children):
        return False
    title = place.head
    while title.dep_ in {"appos", "flat:name", "flat"} and title.head.i != title.i:
        title = title.head  # "с президентом Бразилии Лулой в Бразилии"
    if place.dep_ != "nmod" or features(place, "Case") != ("Loc",) or posted_abroad(title):
        return False
    if not is_animate(title) or title.pos_ not in {"NOUN", "PROPN"}:
        return False
    met = _prep(title) == "с" and title.head.i in {tok.i, *(a.i for a in anchors[:1])}
    return met or title.dep_ == "obj" and title.head.i == tok.i and _is(tok, "receive")


_RESULT = "результат"  # "в результате теракта": what it is the result of


def _in_happening(c: Token, heads: list[Token]) -> bool:
    """A place "в" on the noun of what the event happened during or in, which the event's
    verb or noun governs ("погиб в ДТП в Греции", "задержан в ходе спецоперации в Перу",
    "погиб при крушении вертолёта в Перу", "в результате теракта в Перу"): where it happened,
    a country too (h-events125). "в X" and "в результате X" only of a `mishap`; not a
    destination ("во время визита в Перу"), nor a topic ("в ходе переговоров по ситуации в
    Перу": deeper)."""
    noun = c.head
    if c.dep_ != "nmod" or governed_case(c) != "Loc" or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    outer = noun.head if noun.dep_ == "nmod" and noun.head.lemma_ == _RESULT else noun
    if outer.head not in heads or outer.dep_ not in {"obl", "nmod"}:
        return False
    if fixed_preposition(outer, DURING) or _prep(outer) == "при":
        return outer is noun
    plain = _prep(outer) == "в" and not has_fixed_preposition(outer)
    return plain and _is(noun, "mishap") and (outer is noun or outer.lemma_ == _RESULT)


def _own_place(c: Token) -> bool:
    """A locative "в"/"на" the event's verb or noun governs itself: where it happened."""
    return c.dep_ in {"obl", "nmod"} and _prep(c) in {"в", "на"} and features(c, "Case") == ("Loc",)


def ahead_of(noun: Token) -> bool:
    """A noun the verb's event is told before ("накануне церемонии", "перед выборами")."""
    return any(c.dep_ == "case" and _is(c, "before") for c in noun.children)


def time_reference(noun: Token) -> bool:
    """A noun told as the time of its sentence's act ("после визита", "до визита", "накануне
    визита", "перед визитом"), not as that act's frame."""
    return noun.pos_ == "NOUN" and (sequel_noun(noun) or ahead_of(noun))


def visit_noun(noun: Token) -> bool:
    """A noun that tells a visit ("визит", "поездка")."""
    return any(r.kind in VISITS for r in trigger_rules().get(noun.lemma_, ()))


def sequel_noun(noun: Token) -> bool:
    """A noun the event is told after or before ("после смены власти", "до выборов")."""
    return any(c.dep_ == "case" and _is(c, "sequel") for c in noun.children)


def _same_case(a: Token, b: Token) -> bool:
    return a.morph.get("Case") == b.morph.get("Case")


def _carrier(tok: Token, anchors: list[Token]) -> list[Token]:
    """The verb whose places are a visit's too: the one the visit noun hangs on ("прибыл с
    визитом в X", "посетил с визитом"), or through "в рамках"/"в ходе" ("прибывает в Турцию в
    рамках поездки"); not a verb the noun is buried under ("прибыли в Гавану через два дня
    после завершения визита Обамы": others arrived)."""
    if not anchors or tok.pos_ in {"VERB", "AUX"}:
        return anchors[:1]
    verb = anchors[0]
    direct = tok.head.i == verb.i or (framing_noun(tok) and tok.head.head.i == verb.i)
    return [verb] if direct or _is(verb, "motion") and _prep(tok) == "с" else []


# clauses that tell of the noun they hang on (pass forty-one, own sentences, h-events101)
_CLAUSES_ON_NOUN = frozenset({"acl", "acl:relcl"})
# verbs of an event's being held, whose clause the parser may hang on a noun of the event's
# verbs of an event taking place (`hits._told_by_pronoun`: "Он состоится в июне")
HELD = frozenset({"состояться", "пройти", "проходить", "происходить", "начаться", "завершиться"})


def _topic(place: Token, trigger: Token, objects: bool = True) -> bool:
    """ "обсудили ситуацию на Ближнем Востоке", "обсудили торговлю и безопасность в
    Южно-Китайском море": a place inside the verb's object (or a noun joined to it), not
    the event's; but for the guest a verb receives, on whom the parse hangs where they are
    received ("принял министра иностранных дел Турции в Каире"). So is one inside the
    common noun of what talks told by a noun are about ("переговоры о положении в Нагорном
    Карабахе", "по ситуации в Сомали"; sixty-fourth pass, h-events237), the only kind
    asked where `objects` is False (talks told by a noun, which may sit in an object)."""
    head = place.head
    while head.i != trigger.i and head.head.i != head.i:
        if head.dep_ == "obj" and objects:
            return not (_is(trigger, "receive") and place.head == head and is_animate(head))
        if head.head.i == trigger.i and _about(head) and _first_place_on(place, head):
            return True
        head = head.head
    return False


def _first_place_on(place: Token, noun: Token) -> bool:
    """The place, or what holds it, is the first "в"/"на" the noun governs: a second the
    parse hangs on it is the talks' ("переговоры о вступлении в НАТО в Хельсинки")."""
    held = next(a for a in [place, *place.ancestors] if a.head.i == noun.i)
    return not any(_prep(c) in {"в", "на"} for c in noun.children if c.i < held.i)


def _about(word: Token) -> bool:
    """A common noun of what a noun of talks is about ("о положении", "по ситуации"), not
    a name ("переговоры по Сирии в Женеве": the parse may hang the city on it)."""
    return word.dep_ == "nmod" and word.pos_ == "NOUN" and _prep(word) in _ABOUT


def _object_on_noun(tok: Token) -> bool:
    """A bare accusative the parse hangs on a noun ("посетил с визитом Японию": "Японию" on
    "визитом"): no noun governs it, so it is the object of the verb the noun hangs on."""
    return tok.dep_ == "nmod" and not _prep(tok) and features(tok, "Case") == ("Acc",)


def slipped_subject(tok: Token) -> bool:
    """A place after "посетить" the parser made its subject, in the accusative ("Моди также
    посетит Марсель"): what is visited, the one before the verb visits; also a name whose
    nominative is its accusative the tagger read as the nominative, often after the verb of
    a second clause ("посетила Сантьяго, а 15 мая посетила Асунсьон", h-events146); before
    the verb where a nominative that is no accusative is its subject too ("заявил, что Амман
    посетит делегация": the delegation visits, h-events214)."""
    inanimate = features(tok, "Animacy") != ("Anim",)
    acc = accusative(tok) or morph().can_be(tok.text, "accs")
    placed = tok.i > tok.head.i or any(_nominative_only(c) for c in tok.head.children if c != tok)
    return tok.dep_ == "nsubj" and placed and acc and inanimate


def _nominative_only(word: Token) -> bool:
    """A subject that can be no accusative ("делегация", "министр"): the one who acts where
    the parse gives its verb a second subject."""
    return word.dep_ == "nsubj" and not accusative(word) and not morph().can_be(word.text, "accs")


def name_hung_apart(title: Token) -> Token | None:
    """The name right after a guest's title that the parse hangs on the subject, or on the
    second of two subjects ("X и Y приняли министра Турции Хакана Фидана"), or on the place
    the title hangs on ("принял в президентском дворце посла Турции в Каире Салиха Мутлу
    Шена"), also after the title's post the parse hangs there too ("посла Испании в Рабате
    Энрике Охеду"), else None."""
    doc, after = title.doc, title.right_edge.i + 1
    post = doc[after] if after < len(doc) and doc[after].lower_ in POSTED_AT else None
    if post is not None and post.head.head in {title, title.head}:
        after = post.head.right_edge.i + 1
    if after >= len(doc):
        return None
    name = doc[after]
    head = name.head
    subject = head.dep_ in SUBJECTS or head.dep_ == "conj" and head.head.dep_ in SUBJECTS
    hung = subject or head == title.head
    return name if name.dep_ == "appos" and head.i < title.i and hung else None


def _stays(verb: Token) -> bool:
    """A verb of being somewhere (`stay` in `event_kinds.tsv`: "находится в стране с визитом"),
    whose "в" a visit noun on it goes to. Sixty-second pass (h-events218)."""
    return any(r.stay for r in trigger_rules().get(verb.lemma_, ()))


# words of a state's form of government ("прибыл в королевство"): which state of the text
# one stands for its full name tells (`StateEntry.full_name`: "Королевство Саудовская Аравия")
_FORMS = frozenset({"королевство", "республика", "эмират", "княжество", "султанат"})


def bare_country(dest: Token) -> bool:
    """ "в страну" with no word of whose ("в нашу страну", "в страну пребывания")."""
    return dest.lemma_ == "страна" and not any(
        c.dep_ in ("amod", "nmod", "det") for c in dest.children
    )


def form_goal(tok: Token, anchors: list[Token]) -> Token | None:
    """ "в королевство", "в султанат" (a form of state, `_FORMS`) that a visit or its verb
    goes to, with no word of whose ("в Королевство Марокко"); a phrase with a preposition
    the parse hangs on it is none of them ("прибыл в королевство с визитом"); else None."""
    heads = {tok.i, tok.head.i, *(a.i for a in anchors)}
    for word in tok.sent:
        goal = word.lemma_ in _FORMS and _prep(word) == "в" and accusative(word)
        if (
            goal
            and word.head.i in heads
            and not any(
                c.dep_ in ("amod", "det") or c.dep_ == "nmod" and not has_preposition(c)
                for c in word.children
            )
        ):
            return word
    return None


def _among(tok: Token) -> Token:
    """ "в одном из госпиталей Афин" → "госпиталей": the place one of which is meant, which
    the numeral stands for."""
    if tok.lemma_ != "один":
        return tok
    return next((c for c in tok.children if c.dep_ == "nmod" and _prep(c) == "из"), tok)


def _venue(tok: Token) -> Token | None:
    """The quoted name of a venue the event is at, or of the one it is a part of ("в ванне
    отеля «Хилтон»"): the place, as the name beside "аэропорт" is; a paper's, a show's or a
    party's name is none ("в газете «Известия»", `venue` in `event_words.tsv`)."""
    owners = [c for c in tok.children if c.dep_ == "nmod" and not has_preposition(c)]
    for t in [tok, *owners]:
        if _is(t, "venue") and (name := quoted_apposition(t)) is not None:
            return name
    return None


def _named_by_adjective(tok: Token) -> bool:
    """A name whose capitalized adjective is its first word ("в Нижнем Новгороде", "в Великом
    Новгороде"): the city is the whole phrase, never the one named by the noun alone."""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "amod" and c.text[:1].isupper() and c.i > tok.sent.start for c in tok.lefts
    )


def conjunct_verb(verb: Token) -> bool:
    """A verb coordinated after another of the same subject ("ворвалась … и задержала")."""
    return verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB"


def gapped_first(tok: Token) -> Token | None:
    """The first of two verbs of one subject whose later the trigger is or is the object of,
    the later with no subject of its own ("провели переговоры, а затем открыли форум"); None
    where there is none."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "obj" else tok
    if not conjunct_verb(verb) or verb.head.i > verb.i:
        return None
    return None if any(c.dep_ in SUBJECTS for c in verb.children) else verb.head


def trip_for(tok: Token, anchors: list[Token]) -> bool:
    """An event that is the purpose of a trip ("отправится в Вашингтон для переговоров",
    "прибыл в Каир на переговоры"): it is held where the trip goes."""
    return bool(anchors) and _prep(tok) in {"для", "на"} and _is(anchors[0], "motion")


def held_where_gone(tok: Token, anchors: list[Token]) -> bool:
    """An event a "где" clause on the place a trip goes to tells held there, with no one met
    "с" ("прибыл в Каракас, где провёл переговоры"; not "…, где провёл переговоры с
    представителями ХАМАС", whom it was with)."""
    verb = anchors[0] if anchors else None
    if verb is None or verb.dep_ not in RELATIVE or not opened_by_where(verb):
        return False
    went = _prep(verb.head) in {"в", "во"} and _is(verb.head.head, "motion")
    met = [c for h in (tok, verb) for c in h.children if _prep(c) in {"с", "со"}]
    return went and not met


def _moved(tok: Token, anchors: list[Token]) -> Token | None:
    """The verb that moves or puts off the event ("саммит перенесли на осень", "встречу
    перенесли во Вьентьян", "перенесли и провели онлайн", "визит отложен до осени"; `move`,
    `put_off` in `event_words.tsv`): given a new time (a place only where it moves), or told
    held after all, it is no cancellation."""
    verb = moving_verb(tok)
    if verb is None or verb not in anchors or negated(verb):
        # "должен был пройти в мае, но его перенесли на сентябрь" (sixty-fourth pass)
        verb = moved_after(tok)
    if verb is None:
        return None
    times = [*verb.children, *(c for c in tok.children if c.dep_ == "nmod")]  # "визит на май"
    times += times_after_move(tok, verb)
    place = _is(verb, "move") and any(c.dep_ == "obl" and _prep(c) == "в" for c in verb.children)
    target = place or any(new_time(c) for c in times)
    return verb if target or _held_after(verb) is not None else None


def times_after_move(tok: Token, verb: Token) -> list[Token]:
    """The phrases after `verb`, which moves the event, that the parser hung on a participle
    of planning on it ("Визит …, запланированный на 12 ноября, перенесён на 3 декабря": "3"
    on "запланированный"): the move's new time, not the plan's. Sixty-eighth pass
    (h-events258)."""
    plans = [c for c in tok.children if c.dep_ == "acl" and _is(c, "plan")]
    return [c for p in plans for c in p.children if c.i > verb.i]


def moving_verb(tok: Token) -> Token | None:
    """The `move` or `put_off` verb the event, or its time, is the object or subject of
    ("Дату визита перенесли на май", `time_set_by`: the visit moved, sixty-first pass,
    h-events212), also the infinitive a verb of deciding above it takes ("визит решено
    отложить"), or None."""
    verb = tok.head if tok.dep_ in {"obj", "nsubj:pass", *SUBJECTS} else time_set_by(tok)
    if verb is None:
        return None
    if tok.dep_ == "obj" and verb.dep_ == "parataxis" and tok.i < verb.head.i < verb.i:
        # "Визит …, запланированный на 12 ноября, перенесён на 3 декабря, сообщил министр":
        # the parse's object of the words of saying after the verb it moves by (h-events258)
        verb = verb.head
    infinitives = (c for c in verb.children if c.dep_ in {"xcomp", "csubj", "csubj:pass"})
    moving = (v for v in (verb, *infinitives) if _is(v, "move") or _is(v, "put_off"))
    return next(moving, None)


def taken_up_by(tok: Token) -> list[Token]:
    """The verbs coordinated with the event's own whose object is a pronoun standing for it
    ("Визит был запланирован на май, но его отменили", "… но его перенесли на июль"): the
    contrast parts the clauses, but the pronoun takes the event up. Also a passive one whose
    subject is such a pronoun, or which has none and so shares the event's ("Следующий раунд
    консультаций был запланирован на декабрь, но теперь, как сообщил министр, он отложен",
    which the parser hangs on the first verb as a clause apart after its "но"; "Визит
    планировался на декабрь, но был отложен"; sixty-fifth pass, h-events243)."""
    noun = told_by(tok)
    if noun is None:
        return []
    return [
        verb
        for verb in noun.head.children
        if _coordinated(verb) and not negated(verb) and _takes_up(verb, noun)
    ]


def told_by(tok: Token) -> Token | None:
    """The subject that tells the event: its noun, or the round it is the genitive of
    ("Следующий раунд консультаций был запланирован …"); None where neither is a subject."""
    noun = tok.head if tok.dep_ == "nmod" and _is(tok.head, "round") else tok
    return noun if noun.dep_ in SUBJECTS and noun.head.i != noun.i else None


def _coordinated(verb: Token) -> bool:
    """A verb joined to another, or a clause the parser hung on it after a contrast ("…, но
    теперь, как сообщил министр, он отложен")."""
    contrast = any(c.dep_ == "cc" for c in verb.children)
    return verb.dep_ == "conj" or verb.dep_ == "parataxis" and contrast


def _takes_up(verb: Token, noun: Token) -> bool:
    """`verb` speaks of the event `noun` tells: its object is a pronoun standing for it ("но
    его отменили"), or, passive, its subject is ("но он отложен") or it has none ("но был
    отложен")."""
    pronouns = [c for c in verb.children if c.pos_ == "PRON" and agrees(c, noun)]
    if any(c.dep_ == "obj" for c in pronouns):
        return True
    if not is_passive(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return not subjects or any(c.dep_ in SUBJECTS for c in pronouns)


def moved_after(tok: Token) -> Token | None:
    """The verb that moves or puts off the event a pronoun takes up after its own verb ("было
    запланировано на май, но его перенесли на июль"), or None: the time it names, not the
    one planned, is the event's (sixty-fourth pass, h-events236)."""
    return next((v for v in taken_up_by(tok) if _is(v, "move") or _is(v, "put_off")), None)


def new_time(word: Token) -> bool:
    """A time an event is moved or put off to: "на" of no locative ("на май", "на 5 мая", "на
    следующую неделю") or "до" of a time or season word or a number ("до осени", "до конца
    года"); not one of no end ("на неопределённый срок", `indefinite`), nor "до" of what is no
    time ("до выяснения обстоятельств")."""
    prep = _prep(word)
    if prep not in {"на", "до"} or word.dep_ not in {"obl", "nmod"} or case_of(word) == "Loc":
        return False
    phrase = list(word.subtree)
    if any(_is(w, "indefinite") for w in phrase):
        return False
    timed = (_is(w, "time") or _is(w, "season") or w.like_num for w in phrase)
    return prep == "на" or any(timed)


def _held_after(move: Token) -> Token | None:
    """The verb of holding coordinated with a move ("перенесли на осень и провели онлайн")."""
    conjuncts = (c for c in move.children if c.dep_ == "conj" and c.pos_ == "VERB")
    return next((c for c in conjuncts if _is(c, "happen") and not negated(c)), None)
