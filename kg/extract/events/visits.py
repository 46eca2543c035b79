"""Visitors and hosts: who travels (the subject, with delegations and fellow
travellers), the state they come from, the state, city or region visited and who receives
them there; guests of a gathering; parts of a visit told within it ("в рамках визита
посетит …") and places visited besides.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from kg.doc_text import doc_text, title_end
from kg.extract.common.pair import named_pair, pair_word
from kg.extract.common.quantities import find_quantities
from kg.extract.common.turns import turn_sides, turn_speaker
from kg.extract.context import Context
from kg.extract.events.careers import kins_possessor
from kg.extract.events.delegations import delegates, delegation_states
from kg.extract.events.greeters import greeting, misread_guests, persons_in
from kg.extract.events.hit import Hit
from kg.extract.events.linking import (
    ancestors,
    guest_on_place,
    one_office,
    relative_subject,
    unique,
    verb_subjects,
)
from kg.extract.events.participants import Participants
from kg.extract.events.place_names import same_place_case
from kg.extract.events.places import (
    ahead_of,
    bare_country,
    form_goal,
    name_hung_apart,
    proper,
    slipped_subject,
    visit_noun,
)
from kg.extract.events.rules import governor, state_office
from kg.extract.events.sidelines import framing_noun
from kg.extract.events.triggers import VISITS, Rule, compound_head, trigger_rules
from kg.extract.events.words import is_role as _is
from kg.extract.events.words import (
    posted_abroad,
    practises_trade,
    prepared_for,
    role_words,
    turned_back,
)
from kg.extract.offices.extract import extract_offices
from kg.gazetteer import normalize
from kg.lexicon import load_groups
from kg.model import Mention
from kg.nlp.deps import (
    PASSIVE_MARKS,
    SUBJECTS,
    agent,
    clause_head,
    has_preposition,
    has_subject,
    is_passive,
    marked_own,
    negated,
    sentence_before,
    stray_adjective,
    verb_above,
)
from kg.nlp.deps import preposition as _prep
from kg.nlp.morph import (
    case_of,
    features,
    geographic,
    is_animate,
    is_finite,
    is_infinitive,
    morph,
)
from kg.resolve.body_states import body_word
from kg.resolve.office_holders import OFFICE_KINDS
from kg.resolve.title_bodies import is_portfolio
from kg.resolve.title_lexicon import is_office

_NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
_CEREMONY_NAMES = frozenset({"nmod", "appos", "flat", "flat:name", "flat:foreign", "acl"})


class Visits(Participants):
    """Visitors, hosts and the parts of a visit."""

    def _trip_abroad(
        self, tok: Token, rule: Rule, hit: Hit, anchors: list[Token], dest: Token | None
    ) -> bool:
        """Reads a visit's visitor and host; False when the trip is no visit between states."""
        self._visit(tok, hit, anchors, dest)
        home = bool(hit.visitor and hit.host) and self.served_state(hit.visitor) == hit.host
        abroad = self._joined_abroad(dest, hit.host) if home else None
        if abroad is not None:  # "Глава МИД Испании посетил Мадрид и Лиссабон": Lisbon
            self._visit(tok, hit, anchors, abroad)
            hit.abroad = abroad.i
        elif home:
            return False  # a trip at home is not a visit between states
        if self._private_trip(tok, hit):
            return False  # "футболист X приезжал в Александрию с семьёй": a private trip
        if hit.visitor.startswith("org/") and not self.state_of_org(hit.visitor):
            return False  # "Rolling Stones прибыли в Гавану": a band, no state's visit
        if rule.dest and not (hit.visitor and hit.host):
            if not (hit.host and tok.pos_ == "VERB" and pronoun_traveller(tok)):
                return False  # "самолёт прибыл в Москву"
            hit.awaits_visitor = True  # "он прибыл в Исфахан": the one the text told before
        if not hit.visitor and tok.pos_ == "VERB" and self._kin_travels(tok):
            return False  # "сын президента X посетил Перу": a kin no name names, no state's visit
        if rule.dest and _settles(tok):
            return False  # "прибыл в Италию на учёбу": a move of one's life, no visit
        travellers = _travellers(tok, rule)
        if any(_crowd(s) for s in [*travellers, *_counts_on(tok)]):
            return False  # "Батуми посетили 420 тысяч туристов из Турции": no state's visit
        if any(_team(s) for s in travellers):
            return False  # "сборная Болгарии прибыла в Бухарест": a team's trip, no state's visit
        if any(_is(s, "armed") and not _is(s, "craft") for s in travellers):
            return False  # "прибытие российских войск в Сирию": a deployment, no visit
        # "туристы из Вьетнама прибыли в Индонезию": people, no state
        trip = None if tok.pos_ == "VERB" else tok  # "прибытие беженцев из Судана": the trip's
        return not (rule.dest and any(_from_state(s, trip) for s in travellers))

    def _joined_abroad(self, dest: Token | None, home: str) -> Token | None:
        """The first place joined by "и" to a destination at the traveller's home, in its
        case, that another state hosts ("Глава МИД Испании посетил Мадрид и Лиссабон"): the
        trip abroad goes there, where the home city is no visit. Fifty-fifth pass
        (h-events164)."""
        if dest is None:
            return None
        joined = [c for c in dest.children if c.dep_ == "conj" and same_place_case(dest, c)]
        return next(
            (c for c in joined if self._is_place(c) and self._host(c) not in {"", home}), None
        )

    def _private_trip(self, tok: Token, hit: Hit) -> bool:
        """A trip of a person who acts for no state (no state, no office but a trade) with
        their kin ("Салах приезжал в Александрию с семьёй") or to the state the text's titles
        tie them to ("бывший футболист сборной Египта X … приезжал в Александрию"): a private
        trip, no visit between states. A minister's trip with his family stays a visit.
        Forty-seventh pass, own sentences (h-events124)."""
        key = hit.visitor
        entity = self.ctx.entity(key) if key.startswith("person/") else None
        if entity is None or entity.state or entity.office and not practises_trade(self.ctx, key):
            return False
        verb = governor(tok) if tok.pos_ != "VERB" else None
        heads = {tok.i, *([verb.i] if verb is not None else [])}
        # "с семьёй" wherever the parser hangs it in the verb's clause ("после завершения
        # матча …, Юрий приезжал в Тамбов с семьёй": on "матча")
        kin = any(
            _prep(t) == "с" and case_of(t) == "Ins" and _is(t, "household")
            and next((a.i for a in t.ancestors if a.pos_ == "VERB"), -1) in heads
            for t in tok.sent
        )  # fmt: skip
        return kin or bool(hit.host) and hit.host in self._told_states(key)

    def _told_states(self, key: str) -> set[str]:
        """The states the titles before a person's names tie them to, in every sentence that
        names them ("футболисту сборной Египта X": Egypt)."""
        sents = {self.doc[h].sent for h, m in self.mention_head.items() if m.entity == key}
        return {s for sent in sents if (s := self._visitor_state(key, sent, ""))}

    def _leader_receives(self, verb: Token, hit: Hit) -> bool:
        """A state's leader or official by title, the active verb's subject before it,
        receives a person named by name who holds no state's office ("Президент Перу принял
        в своей резиденции футболиста Паоло Герреро"): two sides, though of one state; not a
        minister of one's own ("принял министра обороны"), nor one received in the passive."""
        hosts = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if verb.pos_ != "VERB" or not any(self._leader(h) for h in hosts):
            return False
        own = {k for h in hosts for k in self._named(h)}
        sent = verb.sent
        named = self.ctx.mentions_in(sent.start_char, sent.end_char, "Person")
        by_name = {m.entity for m in named if m.via != "title"} - own
        guests = [self.ctx.entity(k) for k in hit.persons if k in by_name]
        return any(g is not None and not state_office(g.office.lower().split()) for g in guests)

    def _guests(self, tok: Token, hit: Hit) -> bool:
        """Adds the persons the verb's direct object names ("принял в Сантьяго министра
        Аргентины Диану Мондино"), and their states; False when it names none, or when an
        object is a thing ("примет пост у X", whoever else the parse hangs on the verb). In
        the passive the guest is the subject and the host its agent ("был принят президентом
        Египта")."""
        passive = tok.pos_ == "VERB" and is_passive(tok, short=False, marks=PASSIVE_MARKS)
        received = "nsubj:pass" if passive else "obj"
        objects = [c for c in tok.children if c.dep_ == received]  # a name, or a title and name
        if not objects:  # "принял в субботу в Абудже президента X": read as a genitive
            objects = [c for c in tok.children if _bare_animate_genitive(c)]
        if not objects:  # "принял Криштиану Роналду": a name alike in all cases parsed as
            objects = _name_read_as_subject(tok)  # a second subject after the verb
        if not objects:  # "принял в Елисейском дворце канцлера X": parsed as the place's
            places = [c for c in tok.children if _prep(c) in {"в", "на"}]
            objects = [g for c in places for g in c.children if guest_on_place(g)]
        # "Перуанскую делегацию принимал": an adjective parsed as an object of its own
        objects = [c for c in objects if not any(stray_adjective(o) == c for o in objects)]
        if objects and all(_is(c, "party") for c in objects):
            return self._received_party(hit, objects)
        if objects and all(_national_team(c) is not None for c in objects):
            return self._received_team(tok, hit, objects)
        names = [a for c in objects for a in c.children if a.dep_ == "appos"]
        for c in objects:  # "принял премьера Южной Кореи Хан Дак Су", the name parsed as
            # the subject's or the place's: right after the object, it is its
            if c.pos_ == "NOUN" and not any(a.head == c for a in names):
                names += [n for n in [name_hung_apart(c)] if n is not None]
        # the state a title serves ("принял премьер-министра Испании"), which a title with no
        # name must give; a named guest's too, where his name alone may give none ("принял в
        # своей резиденции посла Вьетнама в Токио Фам Куанг Хиеу", the title the place's)
        titled = {c.i: self._titled_guest(c) for c in objects if c.pos_ == "NOUN"}
        unnamed = [
            c.i
            for c in objects
            if c.pos_ == "NOUN" and not any(a.head == c or a.i == c.right_edge.i + 1 for a in names)
        ]
        if not all(titled[i] for i in unnamed):
            return False
        heads = [self.mention_head.get(t.i) for t in objects + names]
        guests = [m.entity for m in heads if m is not None and m.entity.startswith("person/")]
        guests += [k for states in titled.values() for k in states]
        # "Его принял премьер-министр Эфиопии": the person the pronoun stands for
        said = [self.antecedent(c) for c in objects if c.pos_ == "PRON"]
        guests += [k for k in said if k.startswith("person/")]
        if not guests and any(c.pos_ == "PRON" for c in objects):
            guests += self._come_there(tok)
        hosts = [self.mention_head.get(c.i) for c in tok.children if passive and agent(c, tok)]
        self._take_part(hit, guests + [m.entity for m in hosts if m is not None])
        hit.persons, hit.states = unique(hit.persons), unique(hit.states)
        return bool(guests)

    def _come_there(self, verb: Token) -> list[str]:
        """Who a pronoun received in a clause of "где" stands for: the subject of the verb the
        clause's place hangs on, also one a title alone names ("Министр обороны Франции
        прибыл в Нью-Дели, где его принял министр обороны Индии": France)."""
        if self._where(verb, []) is None or verb.head.head.pos_ != "VERB":
            return []
        if not any(self._traveller(s) for s in verb_subjects(verb.head.head)):
            return []  # "Письмо президента Франции было доставлено в Нью-Дели, где его принял …"
        came = self.subject_mentions(verb.head.head, climb=False)
        return [k for k in came if k.startswith("person/")][:1] or came[:1]

    def _traveller(self, subject: Token) -> bool:
        """Whether a subject can come somewhere: a named person or state, a title, a group
        ("делегация"), a pronoun; not a thing a person's name hangs on ("письмо президента")."""
        return (
            subject.i in self.mention_head
            or subject.pos_ == "PRON"
            or _is(subject, "group")
            or is_office([t.lemma_ for t in subject.doc[subject.i : subject.i + 4]])
        )

    def _titled_guest(self, title: Token) -> list[str]:
        """The state a guest named by an office title alone serves ("принял премьер-министра
        Испании", "министра иностранных дел Турции"), by its genitive or a state's adjective
        ("Греческого министра принял президент Турции"), or by the genitive of the body or
        field its office heads ("министра обороны Египта", "главу МИД Чехии": the parse hangs
        the state on the field), or by a state's adjective on the body its office heads
        ("Главу греческого МИД", "главу японского правительства"), also one the tagger made no
        mention of ("китайского вице-премьера", h-events276); none
        for a thing ("принял закон") or a title of no state ("принял директора", "главу
        греческой компании": no state's body)."""
        genitives = _genitives(title)
        bodies = [c for c in genitives if any(map(self._state_body, self.by_token.get(c.i, ())))]
        # the title's words without its body's adjective: "глава МИД" is an office
        own = [a for c in bodies for a in c.children if a.dep_ == "amod" and a.i < c.i]
        words = [t.lemma_ for t in title.doc[title.i : title.i + 6] if t not in own]
        if not is_office(words[:4]):
            return []
        of = genitives + own + [c for c in title.children if c.dep_ == "amod" and c.i < title.i]
        of += [g for c in genitives if c in bodies or is_portfolio(c) for g in _genitives(c)]
        # "принял китайского вице-премьера": the adjective the tagger made no mention of
        return unique([k for c in of for k in self.states_at(c)])

    def _state_body(self, m: Mention) -> bool:
        """Whether a mention names a state's body ("МИД", "правительство"), not a firm."""
        entity = self.ctx.entity(m.entity) if m.type == "Organization" else None
        return entity is not None and body_word(entity.name.split(" ")[0])

    def _host_named_apart(self, verb: Token) -> list[str]:
        """The host's name right after the subject's title that the parse hangs on the verb
        ("Делегацию принял председатель Еврокомиссии Урсула фон дер Ляйен": "Урсула" a
        parataxis of "принял"): the subject's own name."""
        names = [
            verb.doc[s.right_edge.i + 1]
            for s in verb_subjects(verb)
            if s.right_edge.i + 1 < len(verb.doc)
        ]
        heads = [
            self.mention_head.get(n.i) for n in names if n.head == verb and n.dep_ == "parataxis"
        ]
        return [m.entity for m in heads if m is not None and m.type == "Person"]

    def _received_team(self, verb: Token, hit: Hit, objects: list[Token]) -> bool:
        """A state's team or its players received by a leader or official the subject names
        by title ("Президент Перу принял игроков сборной Чили", "принял сборную Латвии"): a
        meeting of that leader, with the team's state; False where no such host receives
        them ("тренер принял игроков сборной")."""
        if verb.pos_ != "VERB" or not any(self._leader(h) for h in verb_subjects(verb)):
            return False
        teams = [t for c in objects if (t := _national_team(c)) is not None]
        owners = [w for t in teams for w in t.children if w.dep_ in {"nmod", "amod"}]
        states = [m.entity for w in owners for m in self.by_token.get(w.i, ()) if m.type == "State"]
        if not states:
            return False
        self._take_part(hit, states)
        hit.persons, hit.states = unique(hit.persons), unique(hit.states)
        return True

    def _received_party(self, hit: Hit, parties: list[Token]) -> bool:
        """Adds a received delegation's or guests' state, by name or adjective, and the
        persons its "во главе с"/"в составе" phrases name ("Делегацию Египта во главе с X
        принял Y", "Турецких гостей принял Y"); False where they name no state ("гостей
        принял X")."""
        own = [w for c in parties for w in c.children if w.dep_ in {"nmod", "amod"}]
        own += [a for c in parties if (a := stray_adjective(c)) is not None]
        states = [m.entity for w in own for m in self.by_token.get(w.i, ()) if m.type == "State"]
        if not states:
            return False
        persons = [k for c in parties for k in delegates(c, self.by_token)]
        self._take_part(hit, persons + states + self._host_named_apart(parties[0].head))
        hit.persons, hit.states = unique(hit.persons), unique(hit.states)
        return True

    def _visit(self, tok: Token, hit: Hit, anchors: list[Token], dest: Token | None) -> None:
        """Visitor and host of a visit."""
        if dest is not None and not bare_country(dest):  # its place: a country or a city
            hit.host = self._host(dest)
            hit.location = self._place_name(proper(dest), hit)
        hit.host = hit.host or self._region_of(tok, dest)
        hit.host = hit.host or self._prepared_there(tok)
        # "посетит замок, в котором родился X": X is the clause's, the parser's slip aside
        strays = [c for c in tok.children if relative_subject(c, tok)]
        strays += _origins(tok)
        called = _called_on(tok, anchors)
        cut = {i for c in [dest, *strays, *called] for i in subtree(c)}
        own = [k for k in unique(self.linked(tok, cut)) if k != hit.host]
        if tok.lemma_ in {"посещение", "посетить", "посещать"} and not hit.host:
            hit.host = next((k for k in self._visited_states(tok) if k in own), "")
            own = [k for k in own if k != hit.host]
        visited: list[str] = []
        subjects: list[str] = []
        # "Моди также посетит Марсель", the place parsed as the subject: who precedes the verb
        # travels; not a place told before (`_told_place`): no word of this verb
        slipped = tok.pos_ == "VERB" and dest is not None and slipped_subject(dest)
        there = {
            m.entity for i in subtree(dest if slipped else None) for m in self.by_token.get(i, ())
        }
        if tok.pos_ == "VERB":  # the subject travels; a person named beside it is visited
            # "Канцлер стал первым главой германского правительства, посетившим Катар": the
            # subject of "стать", not the predicate the participle describes
            become = first_to_visit(tok)
            subjects = self.subject_mentions(become, climb=False) if become else []
            subjects = unique(subjects or self.subject_mentions(tok, climb=False))
            subjects = subjects or self._pair_travellers(tok)
            before = [c for c in tok.children if c.i < tok.i and c.dep_ in {"obj", "obl"}]
            if slipped:
                subjects = [m.entity for c in before if (m := self.mention_head.get(c.i))]
                # "посетила Сантьяго, а 15 мая посетила Асунсьон": the first clause's subject
                conjunct = tok.dep_ == "conj" and tok.head.pos_ == "VERB"
                subjects = subjects or (self.subject_mentions(tok.head, False) if conjunct else [])
                # "Премьер-министры X и Y посетили Рабат": the verb's other subject
                subjects = subjects or [
                    k for k in self.subject_mentions(tok, False) if k not in there
                ]
            objects = [
                c.i
                for c in tok.children
                if c.dep_ in {"obj", *SUBJECTS}
                and c not in strays
                and c != dest
                and not (slipped and c in before)
            ]
            visited = [self.mention_head[i].entity for i in objects if i in self.mention_head]
            visited = [k for k in visited if k.startswith("person/") and k not in subjects]
            own = subjects + [k for k in own if k not in subjects and k not in visited]
        met = _met_on_arrival(tok, dest)  # "По прибытии в X президента Y встретил Z": Y
        own = self._travellers(tok, [k for t in met for k in self._named(t)] + own)
        host = hit.host
        own, home = self._abroad_first(own, host, tok.sent)
        persons = [k for k in own if k.startswith("person/")]
        visitor = persons[:1] or [k for k in own if k.startswith("state/")][:1]
        # "визит зарубежных гостей в Лаос" (the parser hangs "в" on the verb): the guests
        # travel, no other word of the noun's phrase
        unnamed = self._unnamed_traveller(tok, cut)
        visitor = [] if unnamed else visitor
        if not visitor and tok.pos_ == "VERB":  # "делегация во главе с министром Кении"
            visitor = self._led_delegation(tok, hit.host) or self._speaker_travels(tok)
        by_verb = tok.pos_ == "VERB" or bool(anchors) and _travels_by(tok, anchors[0])
        possessive = marked_own(tok)
        if not visitor and (by_verb or possessive):
            origin = anchors[0] if by_verb and anchors else tok
            subjects = self.subject_mentions(*_climb_from(origin, dest, slipped))
            subjects = [k for k in subjects if k not in there]
            subjects = self._travellers(origin, subjects)
            visitor = [k for k in subjects if k.startswith("person/")][:1] or subjects[:1]
        framed = (tok.dep_ == "obl" or framing_noun(tok)) and _acted(anchors)
        if not visitor and framed and not unnamed:
            # "Донилон во время поездки в Москву", "в рамках визита в X министр Чили …"; not
            # who acts before a visit of no place of its own ("Накануне визита глава МИД
            # провёл …": the visit told before, another's), nor during one whose traveller
            # names no one ("в ходе визита иностранного лидера в Индию министр X заявил")
            # from the noun, which tells the verb it frames ("в ходе визита … сообщил": the
            # subject on the visit reports something else, and is its visitor)
            subjects = unique(self.subject_mentions(tok if tok.head == anchors[0] else anchors[0]))
            # "в ходе визита министр Перу принял чилийского коллегу": who receives is the host
            subjects = [] if _receives_guest(anchors[0]) else subjects
            guests = [k for k in subjects if k.startswith("person/")] or subjects
            # "Во время визита в Пекин X договорился с Y": Y of the state of the city the
            # frame goes to (its host, which a frame's city leaves unread here) is met
            host = hit.host or self._framing_host(tok)
            guests = [k for k in guests if self.state_of(k) != host]
            told_before = ahead_of(tok) and dest is None  # a bare "визита": one told before
            visitor = guests if len(guests) == 1 and not told_before else []
            hit.subject_visitor = bool(visitor)
        if not visitor:  # "известен по развороту самолёта, которым летел с визитом в X"
            visitor = self._unsaid_traveller(tok, dest)
        if visitor and visitor[0].startswith("state/"):  # "южнокорейский дипломат": named
            visitor = [self._described_traveller(tok, anchors, visitor[0]) or visitor[0]]
        hit.visitor = visitor[0] if visitor else ""
        hit.unnamed_visitor = unnamed and not hit.visitor
        if not hit.host and dest is not None and bare_country(dest):
            hit.host = self._country_before(dest, self._visitor_state(hit.visitor, tok.sent, ""))
            self._country_visited(hit)
        if not hit.host and dest is not None and _named_region(dest):
            hit.host = self._region_state(dest, self._visitor_state(hit.visitor, tok.sent, ""))
        # the verb that met one on arrival is above the noun, not above its anchor
        receiver, received = self._receiver(anchors[0] if anchors and not met else tok, hit.visitor)
        hosts = [k for c in called for k in self.linked(c, set()) if k.startswith("person/")]
        receiver = receiver or next(iter(hosts), "")
        greeted = [(h, at) for g, h, at in greeted_before(self.ctx, tok) if g == hit.visitor]
        receiver = receiver or next((h for h, _ in greeted), "")
        # "Президент Чили X и президент Боливии Y прибыли в Сантьяго": X, at home, receives;
        # who is at home is read again only in a host read since
        home = home if hit.host == host else self._at_home_of(own, hit.host, tok.sent)
        receiver = receiver or next((k for k in home if k.startswith("person/")), "")
        if not hit.host and receiver:
            hit.host = self.served_state(receiver) if hosts else self.state_of(receiver)
        if not hit.host:  # "нанёс визит президенту Чили", "визит к королю Иордании": a title
            # that names no one the text or the gazetteer knows stands for its state
            titled = [c for c in called if is_office([c.lemma_])]
            hit.host = next(
                (k for c in titled for k in self.linked(c, set()) if k.startswith("state/")), ""
            )
        self._host_by_form(tok, anchors, hit)  # "прибыл в королевство"
        if received is not None and not hit.location:  # "принял в Пекине X, прибывшего с
            self._received_at(hit, received)  # визитом": where the host receives
        self.greeted_at([(hit, at) for _, at in greeted])  # "В аэропорту Лимы X встретил Y."
        fellows = hit.fellows = self._fellow_travellers(tok, anchors, subjects, cut, hit)
        members = [k for k in self._delegates(tok) if k not in {receiver, *fellows}]
        travellers = [hit.visitor, *fellows, *members]
        states = [*(self._visitor_state(k, tok.sent, hit.host) for k in travellers), hit.host]
        hit.persons = [k for k in (*travellers, receiver, *visited) if k.startswith("person/")]
        hit.states = unique([s for s in states if s])

    def _host_by_form(self, tok: Token, anchors: list[Token], hit: Hit) -> None:
        """The host of a visit of none yet that goes to a word of a state's form ("Шариф
        прибыл в королевство с визитом", `places.form_goal`): the state of that form the
        text named last before it, not the visitor's (`_country_before`), which talks told
        before abroad may still place (`Hit.host_by_form`). Seventy-first pass (h-events270)."""
        goal = None if hit.host else form_goal(tok, anchors)
        if goal is not None:
            hit.host = self._country_before(goal, self._visitor_state(hit.visitor, tok.sent, ""))
            hit.host_by_form = bool(hit.host)

    def _framing_host(self, noun: Token) -> str:
        """The state of the city a framing visit noun goes to ("во время визита в Пекин":
        China), which `hits._hit` does not take for the visit's destination (a frame's city
        may be a part's place); "" for none. Sixty-eighth pass (h-events259)."""
        place = self.trip_destination(noun) if noun.pos_ == "NOUN" else None
        return self._host(place) if place is not None else ""

    def _prepared_there(self, tok: Token) -> str:
        """The state a trip made to prepare a visit goes to ("министр посетит Пекин в апреле
        для подготовки визита Лулы": China), which that visit's host is where it names none
        of its own. Fifty-fifth pass (h-events165)."""
        if not prepared_for(tok) or tok.head.head.pos_ != "VERB":
            return ""
        trip = tok.head.head
        visit = any(r.kind in VISITS for r in trigger_rules().get(trip.lemma_, ()))
        dest = self._destination(trip, []) if visit else None
        return self._host(dest) if dest is not None and not bare_country(dest) else ""

    def _unnamed_traveller(self, tok: Token, cut: set[int]) -> bool:
        """The noun of a visit takes its traveller in a bare genitive that names no one: a
        being's noun with no person, state or body in its phrase ("визит иностранного
        лидера", "главы государства", "зарубежных гостей"). Fifty-first pass (h-events137)."""
        travellers = [
            c
            for c in tok.children
            if c.dep_ == "nmod" and c.i not in cut and case_of(c) == "Gen" and not _prep(c)
        ]
        return tok.pos_ != "VERB" and any(
            is_animate(c) and not any(self.by_token.get(t.i) for t in c.subtree) for c in travellers
        )

    def _described_traveller(self, tok: Token, anchors: list[Token], state: str) -> str:
        """The person a traveller's noun with its state's adjective describes (`_state_nouns`:
        "во время своего визита в Лиму чилийский дипломат …", "Визит французского министра
        продлится …"): the one person of that state the text names up to its sentence who
        holds an office the noun names, else "" (none, or several: the state travels). Pass
        forty-one, own sentences (h-events101); a visit noun's genitive, and the office, so
        the text before rather than the sentence before alone, sixty-second pass
        (h-events218); the state a person acts for as the text's titles give it too
        ("министрами иностранных дел двух стран X и Y": each side's), sixty-fifth pass
        (h-events242)."""
        verb = tok if tok.pos_ == "VERB" else anchors[0] if anchors else tok
        described = [
            s
            for s in _state_nouns(tok, verb)
            if s.pos_ == "NOUN"
            and is_animate(s)
            and s.i not in self.mention_head
            and self._of_state(s, state)
        ]
        if not described:
            return ""
        # a headline ("Председатель парламента Армении посетил Францию") sums up the text
        # below, which names the traveller after it (seventieth pass, h-events266)
        end = len(doc_text(self.doc)) if self._in_title(verb) else verb.sent.end_char
        named = self.ctx.mentions_in(0, end, "Person")
        persons = unique([m.entity for m in named if self.acts_for(m.entity) == state])
        persons = [k for k in persons if self._holds(k, described[0].lemma_)]
        return persons[0] if len(persons) == 1 else ""

    def _of_state(self, noun: Token, state: str) -> bool:
        """The noun's adjective names `state` ("французского министра"), or, in a headline,
        its genitive or its genitive's ("председатель парламента Армении"; h-events266)."""
        told = [c for c in noun.children if c.dep_ == "amod"]
        if self._in_title(noun):
            told += [g for c in [noun, *_genitives(noun)] for g in _genitives(c)]
        return any(
            m.entity == state and m.type == "State"
            for c in told
            for m in self.by_token.get(c.i, ())
        )

    def _in_title(self, tok: Token) -> bool:
        """The word is in the text's title, its first line where more follows."""
        return 0 <= tok.idx < title_end(doc_text(self.doc))

    def _holds(self, key: str, noun: str) -> bool:
        """Whether the person holds, as the text or the gazetteer tells, an office the noun
        names: one it begins ("министр" of "министр вооружённых сил", "премьер" of
        "премьер-министр"; not "министр" of "премьер-министр") or one of its kinds
        (`office_kinds.tsv`: "дипломат" of "министр иностранных дел")."""
        kinds = load_groups(OFFICE_KINDS).get(noun, frozenset())
        held = [h.office for h in self.ctx.once(extract_offices) if h.person == key and not h.past]
        return any(o.startswith(noun) or o in kinds for o in held)

    def _delegates(self, tok: Token) -> list[str]:
        """The persons of a travelling delegation ("прибыла делегация Бразилии во главе с X,
        в составе Y и Z"; "визит делегации Индии во главе с X"): each takes part."""
        nmods = [c for c in tok.children if c.dep_ == "nmod"]
        words = verb_subjects(tok) if tok.pos_ == "VERB" else nmods
        groups = [w for w in words if w.lemma_ == "делегация"]
        return [k for w in groups for k in delegates(w, self.by_token)]

    def _led_delegation(self, verb: Token, host: str) -> list[str]:
        """The state of a travelling delegation that names none of its own, by its leader's
        phrase ("Делегация во главе с министром иностранных дел Кении прибыла в Уганду":
        Kenya), else by its leader's state; never the host's. Fifty-second pass
        (h-events142)."""
        groups = [w for w in verb_subjects(verb) if w.lemma_ == "делегация"]
        named = [k for w in groups for k in delegation_states(w, self.by_token)]
        led = [self.state_of(k) for w in groups for k in delegates(w, self.by_token)[:1]]
        return [k for k in named + led if k and k != host][:1]

    def _travellers(self, verb: Token, keys: list[str]) -> list[str]:
        """Who of `keys` travels: not one the sentence names only as whose kin the traveller
        is, nor the state of their phrase ("сын министра Чили X прибыл в Лиму": the son, not
        X nor Chile); the kin's own name does, also where the parser makes it a subject of
        its own ("… X Мануэль прибыл") or a title's apposition ("премьер-министр Перу, сын
        X, Y прибыл")."""
        kin = [k for k in keys if k.startswith("person/") and kins_possessor(self, verb, k)]
        if not kin:
            return keys
        named = (
            [k for s in verb_subjects(verb) for k in self._named(s)] if verb.pos_ == "VERB" else []
        )
        return [k for k in unique(keys + named) if k.startswith("person/") and k not in kin]

    def _kin_travels(self, verb: Token) -> bool:
        """Whether the verb's subject names someone only as whose kin the traveller is."""
        keys = self.subject_mentions(verb, climb=False)
        return any(k.startswith("person/") and kins_possessor(self, verb, k) for k in keys)

    def _turned_back_traveller(self, tok: Token) -> list[str]:
        """Who made a trip turned back on the way (`turned_back`) whose verb of travel names
        no one: whoever turns the plane back, else the person the sentence before has as its
        subject ("X умер. Известен по развороту самолёта, которым летел с визитом в Y": X).
        Forty-sixth pass, own sentences (h-events119)."""
        back = turned_back(tok)
        if back is None or has_subject(tok.head):
            return []
        if back.pos_ == "VERB" and (turners := self.subject_mentions(back, climb=False)):
            return [k for k in turners if k.startswith("person/")][:1]
        return [k for k in [self.previous_subject(tok.head)] if k]

    def _unsaid_traveller(self, tok: Token, dest: Token | None) -> list[str]:
        """A traveller the trip's own words do not name: who turned the plane back on the way
        (`_turned_back_traveller`), else, for a verb opening its sentence with no subject,
        the subject of the sentence before (`_dropped_subject`)."""
        back = self._turned_back_traveller(tok)
        back = back or (self._dropped_subject(tok, dest) if tok.pos_ == "VERB" else [])
        return back or [guest for guest, _, _ in greeted_before(self.ctx, tok)]

    def _dropped_subject(self, verb: Token, dest: Token | None) -> list[str]:
        """Who travels by a verb opening its sentence with no subject ("X вылетел из
        Найроби. Прибыл в Кампалу и его встретил президент Уганды"): the person the sentence
        before has as its subject, of the verb's gender; not one a later clause names (the
        greeter), nor where a bare nominative or accusative other than the place hangs on
        the verb ("Прибыл в Кампалу самолёт", a subject the parser took for another word).
        The place the parser made the subject ("Затем посетила Сантьяго") is no subject.
        Fifty-seventh pass (h-events183)."""
        if verb.dep_ != "ROOT" or not is_finite(verb) or set(verb_subjects(verb)) - {dest}:
            return []
        bare = [c for c in verb.children if c.pos_ in _NOMINALS and c != dest and not _prep(c)]
        if any({"Nom", "Acc"} & set(features(c, "Case")) for c in bare):
            return []
        return [k for k in [self.previous_subject(verb)] if k]

    def _fellow_travellers(
        self, tok: Token, anchors: list[Token], subjects: list[str], cut: set[int], hit: Hit
    ) -> list[str]:
        """The others of a plural verb's coordinated subject travel with the visitor ("X и Y
        прибыли в Мадрид"): each takes part, the first one being the visitor; a state no
        person of them is of too ("Президенты Бразилии и Уругвая посетили Аргентину",
        "Президент Бразилии и президент Уругвая …": Uruguay, fifty-fourth pass, h-events154),
        never the host. So the subject of the verb a visit noun hangs on ("прибыли … с
        официальным визитом"), a coordinated subject after a singular verb ("В Уганду прибыл
        президент Кении и президент Танзании") and a noun's plural or coordinated genitive
        ("визит президентов Кении и Танзании"): every conjunct travels (h-events183)."""
        verb = tok if tok.pos_ == "VERB" else anchors[0] if anchors and subjects else None
        if not hit.visitor:
            return []
        if verb is None:
            subjects = self._genitive_travellers(tok, cut)
        elif not _several(verb):
            return []
        persons = [
            k
            for k in subjects
            if k.startswith("person/")
            and k != hit.visitor
            and not self._at_home(k, hit.host, tok.sent)
        ]
        taken = {hit.visitor, hit.host, *(self.state_of(k) for k in (hit.visitor, *persons))}
        return persons + [k for k in subjects if k.startswith("state/") and k not in taken]

    def _at_home(self, traveller: str, host: str, sent: Sentence) -> bool:
        """Whether a traveller is of the host state: "Президенты Чили и Боливии прибыли в
        Сантьяго": Chile's president is at home there, and receives (sixty-eighth pass)."""
        return bool(host) and self._visitor_state(traveller, sent, "") == host

    def _pair_travellers(self, verb: Token) -> list[str]:
        """The text's two states a plural title of "двух стран"/"обеих стран" stands for,
        where the text names no holder of it ("Перу и Эквадор … Министры иностранных дел
        двух стран прибыли в Лиму"): both travel, and `_abroad_first` makes the one not
        at home the visitor (sixty-ninth pass, h-events264)."""
        words = [w for s in verb_subjects(verb) if one_office(s) and (w := pair_word(s))]
        return list(named_pair(self.ctx, words[0], verb.sent.end_char)) if words else []

    def _abroad_first(
        self, own: list[str], host: str, sent: Sentence
    ) -> tuple[list[str], list[str]]:
        """The travellers, one from abroad first: a coordinated subject arriving in one's
        own capital ("Президенты Чили и Боливии прибыли в Сантьяго") makes the other the
        visitor, the capital's state the host; a lone traveller at home stays as he is. And
        those at home, each tested once: one of them receives the visitor."""
        home = self._at_home_of(own, host, sent)
        away = [k for k in own if k not in home]
        return (away + home if away else own), home

    def _at_home_of(self, travellers: list[str], host: str, sent: Sentence) -> list[str]:
        """The travellers of the host state (`_at_home`)."""
        return [k for k in travellers if self._at_home(k, host, sent)]

    def _genitive_travellers(self, noun: Token, cut: set[int]) -> list[str]:
        """Who a visit noun's bare genitive names, where it names several: a plural title or
        a name with a conjunct ("визит президентов Кении и Танзании", "визит президента
        Кении и президента Танзании"), not a place nor whom the visit calls on (`cut`)."""
        travellers = [
            c
            for c in noun.children
            if c.dep_ == "nmod"
            and c.i not in cut
            and case_of(c) == "Gen"
            and not _prep(c)
            and (c.i in self.mention_head or is_office([c.lemma_]))
        ]
        several = [
            c
            for c in travellers
            if features(c, "Number") == ("Plur",) or any(j.dep_ == "conj" for j in c.children)
        ]
        return unique(
            [
                m.entity
                for c in several
                for t in c.subtree
                if t.i not in cut
                for m in self.by_token.get(t.i, ())
                if m.type in {"Person", "State"}
            ]
        )

    def _visitor_state(self, visitor: str, sent: Sentence, host: str) -> str:
        """The state a visitor travels for: their office's or entity's, else the one state
        the title before their name names ("начальник штаба ВВС Бразилии генерал X прибывает
        в Аргентину"; not "гражданин Мексики X")."""
        if not visitor.startswith("person/"):
            return visitor
        if served := self.served_state(visitor):
            return served
        heads = self._heads_in(sent.start, sent.end)
        named = [h for h in heads if self.mention_head[h].entity == visitor]
        if not named:
            return ""
        top = self.doc[named[0]]
        while top.dep_ in {"appos", "flat", "flat:name"} and top.head.i < top.i:
            top = top.head
        title = [t for t in top.subtree if t.i < named[0]]
        if any(_is(t, "citizen") for t in title):
            return ""
        states = unique(
            [m.entity for t in title for m in self.by_token.get(t.i, ()) if m.type == "State"]
        )
        states = [k for k in states if k != host]
        return states[0] if len(states) == 1 else ""

    def _visited_states(self, tok: Token) -> list[str]:
        """States "посещение" or "посетить" takes as its object: "посещение Израиля" is a
        visit to Israel, unlike "визит Израиля"."""
        deps = {"nmod"} if tok.pos_ == "NOUN" else {"obj"}
        return [
            m.entity
            for c in tok.children
            if c.dep_ in deps and (c.pos_ == "VERB" or c.morph.get("Case") in (["Gen"], ["Acc"]))
            for m in self.by_token.get(c.i, ())
            if m.type == "State"
        ]

    def _receiver(self, tok: Token, visitor: str) -> tuple[str, Token | None]:
        """Who receives the visitor ("Нетаньяху принял прибывшего с визитом Милея"), and the
        verb: the person subject of a verb of receiving above the visit, of another state,
        also one a title names ("Председатель КНР Си Цзиньпин принял …")."""
        for verb in ancestors(tok):
            if verb.pos_ != "VERB" or not _is(verb, "receive"):
                continue
            for key in self.subject_mentions(verb, climb=False):
                state = self.state_of(key) if key.startswith("person/") else ""
                if state and state != self.state_of(visitor):
                    return key, verb
        return "", None

    def _welcomed_at(self, tok: Token, hit: Hit) -> bool:
        """A visit the sentence tells as "это" ("Мы рады приветствовать в Сеуле Президента
        X. Это первый государственный визит … в Корею"): the welcome of the sentence before
        that takes its visitor, and the visit is where that welcome places it, the city.
        Fifty-third pass (h-events152). Whether the visit is so welcomed (a city of its own
        kept): a transcript's is on its dateline's day (h-events155)."""
        this = tok if tok.dep_ == "ROOT" else tok.head
        placed = hit.location and not hit.country  # a city of its own stays
        if hit.kind not in VISITS or not hit.visitor:
            return False
        if not any(_is_this(c) for c in this.children):
            return False
        for verb in sentence_before(tok.sent) or ():
            if verb.pos_ != "VERB" or not _is(verb, "receive"):
                continue
            # "приветствовать в Лиме Президента Чили X": the parse may hang him on the city
            guests = {m.entity for t in verb.subtree for m in self.by_token.get(t.i, ())}
            if hit.visitor in guests and not placed:
                told = (hit.location, hit.country)
                hit.location, hit.country = "", False
                self._received_at(hit, verb)
                if not hit.location:
                    hit.location, hit.country = told
            if hit.visitor in guests:
                return True
        return False

    def welcomes(self, sent: Sentence, hits: list[Hit], lead: bool) -> list[Hit]:
        """The guest's visit a host's welcome in a transcript's turn tells ("Рад приветствовать
        Вас в Лиме", "Добро пожаловать в Каир", `_welcome`): of the other speaker to the
        speaker's state, under way on the dateline's day, where the welcome places it, else
        in the dateline's city. A visit noun on the welcome ("приветствовать Вас … с
        государственным визитом") is that visit, no more planned nor of no one; a sentence
        that tells a visit of its own keeps it. Fifty-fourth pass (h-events155)."""
        sides = turn_sides(self.ctx)
        for tok in sent if sides else ():
            host = turn_speaker(self.ctx, tok.idx, tok.idx + len(tok.text))
            guest = next((k for k in sides if k != host), "") if host else ""
            if not guest or not self._welcome(tok, {guest, sides[guest]}):
                continue
            words = {t.i for t in tok.subtree}
            own = [h for h in hits if h.kind in VISITS and h.trigger in words]
            if len(own) != len([h for h in hits if h.kind in VISITS]) or len(own) > 1:
                return []
            if own:
                hit = own[0]
            else:
                hit = Hit("Visit", tok.i, tok.lemma_, (sent.start_char, sent.end_char), lead)
            hit.visitor, hit.persons, hit.host = guest, unique([guest, *hit.persons]), sides[host]
            hit.states = unique([*hit.states, sides[guest], sides[host]])
            hit.status, hit.now = "occurred", not (hit.date or hit.hint)
            place = next((t for t in tok.subtree if _prep(t) == "в" and self._is_place(t)), None)
            if place is not None:
                self._locate(hit, proper(place))
            if place is None or hit.country:  # "приветствую Вас в Египте": the dateline's Cairo
                self.dateline_place(hit, within=hit.host)
            return [] if own else [hit]
        return []

    def greeted_arrival(self, sent: Sentence, told: list[Hit], lead: bool) -> Hit | None:
        """The arrival a greeting at an airport tells where no visit is told (`told`: the
        sentence's hits and those of the sentence before in its paragraph): "В аэропорту
        Ханоя президента Лаоса встретил вице-президент Вьетнама" is a visit of the guest, a
        state's officer or delegation the receiving verb's object names, to the state of the
        airport's city, else of the greeter, with the greeter (`_arrival`); no trip is told,
        but a guest is met there only on arrival. Not a guest of no state ("делегацию
        болельщиков"), nor of the host's own. Sixty-second pass (h-events214)."""
        if any(h.kind in VISITS for h in told):
            return None
        lemmas = self.ctx.lemmas
        receive = role_words()["receive"]
        for i in range(sent.start, sent.end):
            verb = self.doc[i] if lemmas[i] in receive else None
            if verb is None or verb.pos_ != "VERB" or negated(verb) or not _at_arrival(verb):
                continue
            if (hit := self._arrival(verb, sent, lead)) is not None:
                return hit
        return None

    def _arrival(self, verb: Token, sent: Sentence, lead: bool) -> Hit | None:
        """`greeted_arrival`'s visit of the one guest the verb receives, else None."""
        objects = [c for c in verb.children if c.dep_ == "obj"] + misread_guests(verb)
        guests = [c for c in objects if is_office([c.lemma_]) or _is(c, "party")]
        if len(guests) != 1:
            return None
        words = guests[0].subtree
        states = [m.entity for t in words for m in self.by_token.get(t.i, ()) if m.type == "State"]
        named = unique([k for c in objects for k in persons_in(self.ctx, c)])
        states += [s for k in named if (s := self.state_of(k))]
        greeters = [k for k in self.subject_mentions(verb, climb=False) if k not in named]
        hit = Hit("Visit", verb.i, verb.lemma_, (sent.start_char, sent.end_char), lead)
        where = self._received_at(hit, verb)
        hit.city_state = self._city_state(where) if where is not None else ""
        home = next((s for k in greeters if (s := self.state_of(k))), "")
        hit.host = hit.city_state or home
        if not states or not hit.host or states[0] == hit.host:
            return None
        hit.visitor, hit.by_verb = (named or states)[0], True
        hit.persons = unique([*named[:1], *(k for k in greeters if k.startswith("person/"))])
        hit.states = unique([states[0], hit.host])
        return hit

    def _speaker_travels(self, verb: Token) -> list[str]:
        """The speaker of a transcript's turn whose verb of travel has "я" its subject
        ("Завтра я посещу Рио-де-Жанейро"): "я" is the one whose turn it is. Not a "я" in a
        news text's quotation (no turns). Fifty-sixth pass (h-events181)."""
        if [s.lower_ for s in verb_subjects(verb)] != ["я"]:
            return []
        speaker = turn_speaker(self.ctx, verb.idx, verb.idx + len(verb.text))
        return [speaker] if speaker else []

    def _welcome(self, tok: Token, guest: set[str]) -> bool:
        """A welcome of the one spoken to, said now: "рад(ы) приветствовать Вас",
        "приветствую Вас" (a receiving verb in the present or after "рад", `glad`, with "Вас"
        its object), "Добро пожаловать" (`welcome`); or of the guest by his title ("Рад
        приветствовать Президента Франции", `guest`: the other speaker and his state)."""
        if _is(tok, "welcome"):
            return any(t.lower_ == "добро" for t in (tok.head, *tok.children))
        now = features(tok, "Tense") == ("Pres",) or is_infinitive(tok) and _is(tok.head, "glad")
        objects = [c for c in tok.children if c.dep_ == "obj"]
        you = any(self._you_or_guest(c, guest) for c in objects)
        return _is(tok, "receive") and now and you and not negated(tok)

    def _you_or_guest(self, obj: Token, guest: set[str]) -> bool:
        """Whether a welcome's object is the one spoken to ("Вас": the polite singular, not
        "вас", an audience) or one person the text names only as the guest or of his state
        ("Президента Франции"), where the sentence after does not tell that visit ("Это
        официальный визит …": `_welcomed_at`). Fifty-sixth pass (h-events181)."""
        if obj.lemma_ == "вы":
            return obj.text[0].isupper()
        if not is_animate(obj) or "Sing" not in obj.morph.get("Number"):
            return False
        named = {m.entity for t in obj.subtree for m in self.by_token.get(t.i, ())}
        return bool(named) and named <= guest and not _visit_told_next(obj.sent)

    def _received_at(self, hit: Hit, verb: Token) -> Token | None:
        """Places the visit where its host's verb of receiving says, a city or a state by
        its name ("принял в Пекине", "в Шанхае"), not a building ("в Доме народных собраний",
        "в Кремле" are the meeting's place); the place's word, None where it says none."""
        for c in verb.children:
            where = proper(c)  # a state, a capital, a city: not "в Кремле", a building
            named = self.by_token.get(where.i) or geographic(where.text)
            if _prep(c) == "в" and case_of(c) == "Loc" and named and self._is_place(c):
                hit.location = self._place_name(where, hit)
                return where
        return None

    def greeted_at(self, greeted: list[tuple[Hit, Token]]) -> None:
        """Places each visit of no place, or of its host country alone, in the city where
        the greeting (its receiving verb) met its visitor ("В аэропорту Лимы его встретил
        министр иностранных дел Перу": Лима), where that city lies in the visit's host
        state: a greeting is told on arrival, at the city the visitor came to, a finer place
        than the country. Sixty-first pass (h-events206)."""
        for hit, verb in greeted:
            if not (hit.location and not hit.country or not hit.host):
                self._greeted_in(hit, verb)

    def _greeted_in(self, hit: Hit, verb: Token) -> None:
        """`greeted_at` for one visit: the city the verb names, of the visit's host state."""
        at = replace(hit, location="", country=False, capital="")
        where = self._received_at(at, verb)
        city_state = self._city_state(where) if where is not None else ""
        if at.location and not at.country and hit.host in {at.capital, city_state}:
            hit.location, hit.country = at.location, False
            hit.capital, hit.city_state = at.capital, city_state

    def _region_state(self, dest: Token, own: str) -> str:
        """The state a region the gazetteer does not know lies in, by the context ("находится
        с визитом в Иране. Во вторник он прибыл в провинцию Хузестан"): the last state named
        before it, in its sentence or the one before, that is not the visitor's own; else
        that own state where the text names it ("Президент Ирана посетил провинцию Хузестан":
        a trip at home, no visit)."""
        sents = [s for s in (sentence_before(dest.sent), dest.sent) if s is not None]
        words = [t for s in sents for t in s if t.i < dest.i]
        named = [k for t in words if (k := self._state_at(t))]
        return next((k for k in reversed(named) if k != own), own if own in named else "")

    def _country_visited(self, hit: Hit) -> None:
        """A visit "в страну" is located in the state that word stands for, by its name
        ("приехала в страну" after "въезд в Израиль": Израиль), as "в Израиль" would be."""
        entity = self.ctx.entity(hit.host) if hit.host else None
        if entity is not None and not hit.location:
            hit.location, hit.country = entity.name, True


def _visit_told_next(sent: Sentence) -> bool:
    """Whether the sentence after `sent` tells a visit as "это" ("Это первый визит …")."""
    after = sent.doc[sent.end].sent if sent.end < len(sent.doc) else None
    return after is not None and any(
        visit_noun(t) and any(map(_is_this, t.children)) for t in after
    )


def _is_this(tok: Token) -> bool:
    """The subject "это" of a noun sentence, which points back to what was told before."""
    return tok.lemma_ == "это" and tok.dep_ == "nsubj"


def _name_read_as_subject(verb: Token) -> list[Token]:
    """A name after an active verb that has a subject before it, which the parser read as a
    second subject where its form may be an accusative too ("Премьер Португалии принял
    Криштиану Роналду"): the verb's object."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(s.i < verb.i for s in subjects):
        return []
    after = [s for s in subjects if s.i > verb.i and s.pos_ == "PROPN"]
    return [s for s in after if "accs" in morph().cases(s.text)][:1]


def _bare_animate_genitive(tok: Token) -> bool:
    """An animate noun in the genitive hung on the verb with no preposition: the direct
    object, whose accusative has the genitive's form ("принял президента")."""
    animate = is_animate(tok) and features(tok, "Case") == ("Gen",)
    return tok.dep_ == "obl" and animate and not has_preposition(tok)


def ceremony_signing(hit: Hit, hits: list[Hit], sent: Sentence) -> Hit | None:
    """The signing a bare "церемония" tells again, no event of its own: one told in its
    sentence or the one before ("подписали соглашение. После церемонии Борич провёл
    переговоры", "На церемонии присутствовали министры"), or the last event told before it
    where that is a signing up to `_CEREMONY_REACH` sentences back, a paragraph's break
    between them too ("подписали меморандум. Документ охватывает …\n\nЦеремония прошла в
    здании министерства"), an initialling so too; None for one named by what it is of
    ("церемония открытия нефтепровода")."""
    tok = sent.doc[hit.trigger]
    if hit.kind != "Ceremony" or any(c.dep_ in _CEREMONY_NAMES for c in tok.children):
        return None
    before = [h for h in hits if h.trigger < hit.trigger]
    start = _sentences_back(sent, 1)
    near = [h for h in before if h.kind in _ON_PAPER and h.trigger >= start]
    last = max(near or before, key=lambda h: h.trigger, default=None)
    reach = _sentences_back(sent, _CEREMONY_REACH)
    return last if last is not None and last.kind in _ON_PAPER and last.trigger >= reach else None


# acts on a paper a bare ceremony may tell again: a signing, and an initialling ("парафировали
# текст соглашения. Церемония прошла в присутствии X"; h-events270)
_ON_PAPER = frozenset({"Signing", "Initialling"})


_CEREMONY_REACH = 3  # sentences back the last event a bare ceremony tells again may be


def _sentences_back(sent: Sentence, n: int) -> int:
    """The first token of the sentence `n` sentences before `sent` (the document's first
    where there are fewer)."""
    start = sent.start
    for _ in range(n):
        start = sent.doc[start - 1].sent.start if start else start
    return start


def trip_that_ends(tok: Token) -> bool:
    """A trip noun in the bare instrumental of a verb that ends a visit ("Визит завершится в
    четверг поездкой на остров Бали", "завершил визит поездкой в Куско"): the visit's last
    part, no visit of its own. Fifty-second pass (h-events143)."""
    bare = tok.pos_ == "NOUN" and case_of(tok) == "Ins" and not _prep(tok)
    return bare and tok.dep_ in {"obl", "obj", "nmod"} and _is(tok.head, "trip_end")


def parts(hits: list[Hit], sent: Sentence) -> None:
    """A visit told inside a framing visit ("в рамках визита в ЮАР посетил остров
    Роббенэйланд") is a part of it: the frame's visitor and host, a place of its own, and
    never fused with the frame (`part`); arriving in the very country the frame visits is
    no part, but the visit told again."""
    doc = sent.doc
    inside = [h for h in hits if sent.start <= h.trigger < sent.end and h.kind in VISITS]
    for frame in inside:
        if not framing_noun(doc[frame.trigger]):
            continue
        verb = governor(doc[frame.trigger])
        for h in inside:
            if verb is None or h.trigger != verb.i or not h.location:
                continue
            if h.country and h.host == frame.host:
                continue  # "прибывает в Турцию в рамках поездки" to Turkey: the visit itself
            h.visitor = h.visitor or frame.visitor
            make_stop(h, frame)


def also_visited(hits: list[Hit], first: int, doc: Doc) -> None:
    """A city the visitor of a visit told before "также посетит" ("Моди прибыл во Францию.
    … Моди также посетит Марсель"), of no other state the text knows, is a part of that
    visit: its host, a place of its own, never fused with it (`part`, as `parts`). So is
    one told next ("Затем он посетил Осаку", "После этого …"; `further_stop`, h-events167),
    which fused with the visit and took its place."""
    for h in hits[first:]:
        also = _further_stop(doc[h.trigger])
        if h.kind not in VISITS or not h.location or h.country or not also:
            continue
        frames = [f for f in hits[:first] if f.kind in VISITS and f.visitor == h.visitor]
        frames = [f for f in frames if f.host.startswith("state/") and f.part in {"", "whole"}]
        if not h.visitor or not frames or h.host not in {"", frames[-1].host}:
            continue
        frame = frames[-1]
        if normalize(frame.location) == normalize(h.location):
            continue  # "прибыл в Монреаль … Затем также посетил Монреаль": the visit told again
        make_stop(h, frame)


def site_within_visit(h: Hit, before: list[Hit]) -> bool:
    """A visit to no place and no state ("Накануне министр посетил Самаркандский
    университет") by one whose visit to a state the text told before ("Министр Республики
    Корея находится с визитом в Узбекистане"): a site seen on that visit, no second visit.
    One of the visit's own day joins it as before (a sentence more of it); one of another
    day ("Накануне") was a hostless visit of its own. Sixty-fourth pass (h-events237)."""
    if h.kind not in VISITS or h.host or h.location or not h.visitor.startswith("person/"):
        return False
    return any(
        f.kind in VISITS
        and f.visitor == h.visitor
        and f.host.startswith("state/")
        and h.date not in {"", f.date}
        for f in before
    )


def make_stop(h: Hit, frame: Hit) -> None:
    """`h` is a part of the visit `frame`, the whole: its host, a place of its own, never
    fused with it (`part`, `stop_of`)."""
    frame.part = "whole"
    h.part, h.stop_of = normalize(h.location), frame.trigger
    h.host = h.host or frame.host
    h.states = unique([*h.states, frame.host])


def _further_stop(verb: Token) -> bool:
    """A visit verb told as one more stop: "также", "затем", "потом" on it, or "после
    этого", "после чего" (`further_stop`, `further_after` in `event_words.tsv`)."""
    return any(
        _is(c, "further_stop") or _prep(c) == "после" and _is(c, "further_after")
        for c in verb.children
    )


def carried_visitor(doc: Doc, prior: list[Hit], hits: list[Hit]) -> None:
    """A visit whose subject is "он"/"она" and that names no visitor, in the sentence after
    one whose visit only a state's title made ("Президент Чили прибыл в Перу. Затем он посетит
    Эквадор", "… находится с визитом в Иране. Во вторник он прибыл в Исфахан"): the same
    traveller, known by that state. Not where the sentence before tells visits of two states,
    nor a trip to the traveller's own state; an arrival that waits for its traveller
    (`Hit.awaits_visitor`) and finds none is dropped."""
    visitors = {h.visitor for h in prior if h.kind in VISITS and h.visitor.startswith("state/")}
    if len(visitors) == 1:
        _carry(doc, visitors.pop(), hits)
    hits[:] = [h for h in hits if not (h.awaits_visitor and not h.visitor)]


def _carry(doc: Doc, visitor: str, hits: list[Hit]) -> None:
    for h in hits:
        verb = doc[h.trigger]
        if h.kind not in VISITS or h.visitor or h.host == visitor or verb.pos_ != "VERB":
            continue
        if pronoun_traveller(verb):
            h.visitor = visitor
            h.states = unique([visitor, *h.states])


def _several(verb: Token) -> bool:
    """Whether the verb's subject names several: the verb is plural, or a subject has a
    conjunct ("В Уганду прибыл президент Кении и президент Танзании": a singular verb
    before its coordinated subject)."""
    if features(verb, "Number") == ("Plur",):
        return True
    joined = [c for s in verb_subjects(verb) for c in s.children if c.dep_ == "conj"]
    return any(c.pos_ in {"NOUN", "PROPN"} for c in joined)


def pronoun_traveller(verb: Token) -> bool:
    """Whether the verb's one subject is "он" or "она"."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return [c.lemma_ for c in subjects] in (["он"], ["она"])


def _acted(anchors: list[Token]) -> bool:
    """The verb a visit noun hangs on has one who acts, not another event for its subject
    ("в ходе визита запланирована встреча с X": X is met, no visitor)."""
    subjects = [c for c in anchors[0].children if c.dep_ in SUBJECTS] if anchors else []
    return bool(anchors) and not any(compound_head(c.lemma_) in trigger_rules() for c in subjects)


def _met_on_arrival(tok: Token, dest: Token | None) -> list[Token]:
    """Who made the arrival a noun tells ("по прибытии", "по прилёте", "после прибытия")
    where the verb it hangs on receives him ("По прибытии в Кампалу президента Ганы встретил
    премьер-министр Уганды"): the verb's animate object, which the parser also hangs on the
    destination after it or on the noun, or makes the noun's head ("По прилёте в Найроби
    министра … встретил"); its subject receives him, the host. Empty for another verb ("По
    прибытии в Кампалу президент Ганы заявил"), one received in the passive, or a thing.
    Fifty-eighth pass (h-events188)."""
    if tok.pos_ != "NOUN" or dest is None:
        return []
    verb = governor(tok)
    if verb is None or not _is(verb, "receive") or is_passive(verb, short=False):
        return []
    if tok.head != verb:  # the noun an acl of whom it hangs on
        guest = tok.head
        return [guest] if guest.head == verb and guest.dep_ == "obj" and is_animate(guest) else []
    objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ != "PRON" and is_animate(c)]
    hung = [c for w in (dest, tok) for c in w.children if guest_on_place(c) and c.i > dest.i]
    return objects or hung


def _receives_guest(verb: Token) -> bool:
    """The act a visit frames is receiving someone, in the active ("В ходе визита министр
    Перу принял чилийского коллегу"): its subject is the host, who makes no trip; one received
    ("был принят президентом Перу") is the traveller, and one who takes a thing ("принял
    участие в форуме", "приветствовал решение") acts on the trip. Fifty-fifth pass
    (h-events165)."""
    guest = any(c.dep_ == "obj" and is_animate(c) for c in verb.children)
    active = not is_passive(verb, short=False, marks=PASSIVE_MARKS)
    return _is(verb, "receive") and active and guest


def _called_on(tok: Token, anchors: list[Token]) -> list[Token]:
    """Whom a visit noun says is visited, in the dative ("нанёс визит президенту X", "визит
    вежливости министру X", also the dative of the verb the noun is the object of), also
    after "к" on the noun or on the verb one goes "с визитом"
    by ("визит к премьер-министру Турции", "отправился с визитом к королю Иордании"; pass
    forty-ninth, h-events128): the host, not the visitor; "к" before a thing ("к месту
    крушения") names no one."""
    if tok.pos_ != "NOUN":
        return []
    nouns = [tok, *(c for c in tok.children if c.dep_ == "nmod" and not has_preposition(c))]
    if tok.dep_ == "obj" and anchors and tok.head == anchors[0]:
        nouns.append(anchors[0])  # "нанёс визит президенту X", the dative parsed on the verb
    out = [c for n in nouns for c in n.children if c.dep_ == "iobj" and case_of(c) == "Dat"]
    heads = [tok, *anchors[:1]] if _prep(tok) == "с" else [tok]
    return out + [
        c
        for h in heads
        for c in h.children
        if _prep(c) == "к" and case_of(c) == "Dat" and c.pos_ == "NOUN" and is_animate(c)
    ]


def subtree(tok: Token | None) -> list[int]:
    return [t.i for t in tok.subtree] if tok is not None else []


def _climb_from(verb: Token, dest: Token | None, slipped: bool) -> tuple[Token, bool]:
    """Where the walk up to a trip's subject starts, and whether it goes on up: not past a
    subject of the verb's own that names no one ("заявил, что делегация посетит Амман",
    "…, что Амман посетит делегация": the delegation travels, not the one who said); above a
    verb whose one subject the parse made the place it visits ("заявил, что посетит Амман":
    the one who said, not Jordan). Sixty-second pass (h-events214)."""
    own = [c for c in verb.children if c.dep_ in SUBJECTS and c != dest]
    if verb.pos_ == "VERB" and own:
        return verb, False
    return (verb.head if slipped and verb.head.i != verb.i else verb), True


def _at_arrival(verb: Token) -> bool:
    """A receiving verb told at a place one is met on arrival ("в аэропорту Ханоя", "у
    трапа самолёта"), or whose misread guest the parse hung on such a place."""
    places = [c for c in verb.children if c.dep_ == "obl"]
    places += [g.head for g in misread_guests(verb)]
    return any(_is(p, "arrival_place") for p in places)


def _travels_by(tok: Token, verb: Token) -> bool:
    """Whether the subject of `verb` is who makes the trip `tok` names: a verb of motion
    ("прибыл с визитом"), or one that calls off or puts off the trip as its object
    ("Президент Перу отменил визит в Чили", "отложил поездку в Нигерию")."""
    return _is(verb, "motion") or _is(verb, "cancel") and tok.dep_ == "obj" and tok.head == verb


def _origins(verb: Token) -> list[Token]:
    """Where a traveller comes from ("она приехала в Канаду из Чили"): no visitor, unless
    a delegation or a government travels ("делегация прибыла из Узбекистана")."""
    if verb.pos_ != "VERB" or any(_is(s, "group") for s in verb_subjects(verb)):
        return []
    return [c for c in verb.children if _prep(c) == "из"]


def _settles(verb: Token) -> bool:
    """An arrival told with what one comes to live by or when in one's life ("приехал в
    Рим на учёбу", "прибыл учиться", "по рабочей визе", "в возрасте 22 лет"; `settle`): a
    move, no visit between states."""
    return any(
        _is(c, "settle") and (c.pos_ == "NOUN" and _prep(c) or is_infinitive(c))
        for c in verb.children
    )


def _travellers(tok: Token, rule: Rule) -> list[Token]:
    """Who travels: a verb's subjects, or the genitives of a noun of arrival ("приезд
    туристов из Вьетнама", "прибытие сборной Болгарии"); none read for a visit's noun."""
    if tok.pos_ == "VERB":
        return verb_subjects(tok)
    if not rule.dest:
        return []
    return [c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "Gen"]


def _crowd(subject: Token) -> bool:
    """Travellers told as a crowd: tourists, citizens, migrants, pilgrims, students (`crowd`,
    `citizen`) in the plural, or the count of them the parser makes the subject ("более 420 тысяч
    туристов", "сотни паломников"): they travel for themselves, never a visit between states
    ("Делегация из 20 человек посетила" stays). Sixty-eighth pass (h-events259)."""
    counted = [
        c
        for c in ([] if is_animate(subject) else subject.children)
        if c.dep_ in {"obl", "nmod"} and case_of(c) == "Gen" and not _prep(c)
    ]
    # "Гражданин Мексики X прибыл": one named citizen travels as a person (h-fixB)
    plural = [subject] if features(subject, "Number") == ("Plur",) else []
    return any(_is(w, "crowd") or _is(w, "citizen") for w in (*plural, *counted))


def _counts_on(verb: Token) -> list[Token]:
    """The counts in the genitive the parser hangs on a verb of visiting other than as its
    subject ("Минск посетили 420 тысяч туристов": "тысяч" a parataxis), which `_crowd` reads
    as the travellers; none for a noun. Sixty-eighth pass (h-events259)."""
    if verb.pos_ != "VERB":
        return []
    return [
        c
        for c in verb.children
        if case_of(c) == "Gen" and not _prep(c) and any(n.dep_ == "nummod" for n in c.children)
    ]


def _team(subject: Token) -> bool:
    """A traveller a sport's word names, or one of a team ("сборная Болгарии", "хоккеисты
    сборной Словакии"; `sport`): players travel for a game, not for their state."""
    return _is(subject, "sport") or any(
        c.dep_ == "nmod" and _is(c, "sport") for c in subject.children
    )


def _from_state(subject: Token, trip: Token | None = None) -> bool:
    """Travellers a common noun names by where they come from ("туристы из Вьетнама",
    "болельщики из Бразилии"), not an office or a delegation: they travel for no state. The
    origin may hang on a noun of arrival instead ("прибытие беженцев из Судана")."""
    if subject.pos_ != "NOUN" or subject.lemma_ == "делегация":
        return False
    if is_office([t.lemma_ for t in subject.doc[subject.i : subject.i + 4]]):
        return False
    words = [*subject.children, *(trip.children if trip is not None else ())]
    return any(_prep(c) == "из" for c in words)


def trip_length(words: list[Token]) -> str:
    """How long a visit is told to last, by the adjective on its noun ("с однодневным
    визитом": "day", "с трёхдневным визитом", "с двух-трёхдневным": "days"; `one_day`,
    `days_trip` in `event_words.tsv`): a visit of one day gives its day to the talks told
    after it, one of days does not. Only in the visit's own clause: not a trip a relative
    clause tells."""
    own = [(w, clause_head(w)) for w in words]
    told = [t for w, c in own for t in w.subtree if t.dep_ == "amod" and clause_head(t) == c]
    # "с двух-трёхдневным визитом", "одно-двухдневный": a range of lengths, told by its end
    lengths = {t.lemma_.rsplit("-", 1)[-1] for t in told}
    if lengths & role_words()["one_day"]:
        return "day"
    return "days" if lengths & role_words()["days_trip"] else ""


def trip_days(words: list[Token]) -> int:
    """How many days the adjective on a visit's noun counts ("с трёхдневным визитом" 3, "с
    3-дневным" 3); 0 for none, a range ("двух-трёхдневным") or "многодневный". A visit told
    from its first day lasts that many (seventieth pass, h-events266)."""
    own = [(w, clause_head(w)) for w in words]
    told = {t for w, c in own for t in w.subtree if t.dep_ == "amod" and clause_head(t) == c}
    counts = [q.value for t in told for q in find_quantities(t.text) if q.kind == "attribute"]
    return int(counts[0]) if len(counts) == 1 else 0


def days_from_arrival(hit: Hit, words: list[Token]) -> int:
    """The days past its first a visit told by its arrival lasts ("прибыл в понедельник в
    Париж с трёхдневным визитом": 2), the arrival's day its first; 0 where no verb of
    arriving tells it ("находится с трёхдневным визитом", "в рамках трёхдневного визита"
    in a sentence of another day: its date need not be its first), and for its end told
    ("завершил трёхдневный визит") (h-events266)."""
    if hit.kind not in VISITS or hit.ended:
        return 0
    arriving = any(_is(w, "arrive") or _is(verb_above(w), "arrive") for w in words)
    return max(trip_days(words) - 1, 0) if arriving else 0


def lasting(tok: Token) -> bool:
    """A visit noun the subject of a verb of lasting (`lasts`: "Визит продлится до субботы"):
    the verb tells how long it lasts, not whether it has begun, so its future is no plan.
    Fifty-fifth pass (h-events165)."""
    return tok.dep_ == "nsubj" and _is(tok.head, "lasts")


def lasts_days(tok: Token) -> str:
    """ "days" for a visit noun a verb of lasting takes to a day ("продлится до субботы", "до
    5 мая") or over days ("продлится три дня"): a visit of days, whose talks need not fall
    on its first day; else "". Fifty-fifth pass (h-events165)."""
    if not lasting(tok):
        return ""
    for c in tok.head.children:
        timed = c.dep_ == "obl" and any(_is(t, "time") for t in c.subtree)
        counted = c.lemma_ == "день" and any(
            n.dep_.startswith("nummod") and n.lemma_ != "один" for n in c.children
        )
        if timed and (_prep(c) == "до" or counted):
            return "days"
    return ""


def stay_of_days(tok: Token, length: str) -> bool:
    """A stay told by a verb of being somewhere is a visit only over days the text gives: a
    span of them (`length`, "находился в Токио с 1 по 3 мая") or their count ("пробудет в
    Париже три дня"); not one told with no days ("находится в Москве"), nor of many
    ("солдаты находились в Ливане три дня"), nor held ("под арестом", "в плену"). An envoy at
    his post is no visitor already ("посол Японии находился в Ханое с 1 по 3 мая")."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if any(features(s, "Number") == ("Plur",) for s in subjects):
        return False  # "Солдаты Израиля находились в Ливане три дня": no one's visit
    if any(_is(c, "confined") for c in tok.children):
        return False  # "находился под арестом в Иране 20 дней"
    if any(posted_abroad(s) for s in subjects):
        return False  # "Посол Японии находился в Ханое с 1 по 3 мая": at his post
    counted = (
        c
        for c in tok.children
        if c.dep_ in {"obl", "obj"} and _is(c, "stay_days") and not _prep(c)
        if any(n.dep_.startswith("nummod") or n.pos_ == "NUM" for n in c.children)
    )
    return length == "days" or next(counted, None) is not None


def _state_nouns(tok: Token, verb: Token) -> list[Token]:
    """The nouns a traveller's state's adjective may describe: the verb's subjects ("чилийский
    дипломат"), and a visit noun's bare genitives ("визит французского министра")."""
    genitives = [c for c in _genitives(tok) if not _prep(c)] if tok.pos_ == "NOUN" else []
    return verb_subjects(verb) + genitives


def first_to_visit(tok: Token) -> Token | None:
    """The verb "стать" whose predicate a participle of visiting describes ("Канцлер стал
    первым главой германского правительства, посетившим Катар"): its subject visited."""
    told = tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm")
    become = tok.head.head if tok.head.dep_ == "xcomp" else None
    return become if told and become is not None and become.lemma_ == "стать" else None


def _genitives(word: Token) -> list[Token]:
    """The bare genitives the parse hangs on a word ("министра обороны": "обороны")."""
    return [c for c in word.children if c.dep_ == "nmod" and case_of(c) == "Gen"]


def _named_region(dest: Token) -> bool:
    """A region by its common noun and its name ("в провинцию Хузестан")."""
    return _is(dest, "area") and proper(dest) is not dest


_PLAYERS = frozenset({"игрок", "футболист", "хоккеист", "баскетболист", "волейболист",
                      "спортсмен", "член"})  # fmt: skip


def _national_team(obj: Token) -> Token | None:
    """The national team an object is or whose players it names ("сборную Латвии", "игроков
    сборной Чили"), else None."""
    if obj.lemma_ == "сборная":
        return obj
    if obj.lemma_ not in _PLAYERS:
        return None
    return next((c for c in obj.children if c.dep_ == "nmod" and c.lemma_ == "сборная"), None)


def greeted_before(ctx: Context, tok: Token) -> list[tuple[str, str, Token]]:
    """The guest and host of the greeting the sentence before tells (`greeting`: "В
    аэропорту Энтеббе президента Ганы X встретил премьер-министр Уганды Y. Визит
    продлится три дня"), for a bare visit noun, its sentence's subject, that names no
    one: the guest, the greeting's object, travels; the host, its subject, receives.
    Fifty-ninth pass (h-events192). So too for one whose only word is a genitive naming the
    guest ("Визит президента Ганы продлится два дня"): his trip; not one of another
    traveller or place ("Визит президента Уганды в Гану"). Sixtieth pass (h-events203)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in SUBJECTS:
        return []
    before = sentence_before(tok.sent)
    met = greeting(ctx, before) if before is not None else None
    if met is None or not all(_names_only(ctx, c, met[0]) for c in tok.children):
        return []
    return [met]


def _names_only(ctx: Context, word: Token, guest: str) -> bool:
    """A genitive whose phrase names `guest` and no other person ("президента Ганы")."""
    return word.dep_ == "nmod" and set(persons_in(ctx, word)) == {guest}
