"""Who takes part in a hit that is no visit: the mentions linked to its trigger
(`linking`), the subject acting in it, those it is held with ("с", "между"), a roster or a
list after a dash, an audience, the sender and addressee of a letter or message, the
organizations and their states, the one side of a body's own sitting; and the document a
signing signs.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.extract.agreements.dates import in_gaps
from kg.extract.agreements.status import object_across_contrast, verb_across_contrast
from kg.extract.agreements.subjects import union_of_body
from kg.extract.agreements.title_words import kinds
from kg.extract.common.attribution import speaker_of
from kg.extract.common.attribution_words import speech_lemmas
from kg.extract.common.pair import SIDES, bare_sides, named_pair, pair_by, pair_word
from kg.extract.common.turns import turn_sides, turn_speaker
from kg.extract.events.acts import counted_noun
from kg.extract.events.ballots import Ballots
from kg.extract.events.careers import body_post_vote, reads_career
from kg.extract.events.credentials import credentials, credentials_sides, received
from kg.extract.events.delegations import delegates, leading_clauses
from kg.extract.events.exchanges import captives
from kg.extract.events.festivals import (
    HOSTED_PROGRAMMES,
    host_states,
    presented_states,
    traded_states,
)
from kg.extract.events.hit import Hit
from kg.extract.events.labels import CHAIRING, _whose
from kg.extract.events.linking import (
    PEER,
    PRESENCE,
    _body,
    ancestors,
    plural_unnamed,
    possessed_body,
    relative_subject,
    unique,
    verb_subjects,
)
from kg.extract.events.place_names import accusative
from kg.extract.events.places import trip_for
from kg.extract.events.rules import governor
from kg.extract.events.schedule import concluded
from kg.extract.events.sidelines import framing_noun, on_sidelines_of, sideline_partners
from kg.extract.events.triggers import (
    ATTENDED,
    BODIES,
    HOSTS,
    MULTI,
    NAMED,
    SPOKEN,
    TALKS,
    among_signed_paper,
    exchanged_paper,
)
from kg.extract.events.words import (
    addressees,
    delivered_call,
    genitives,
    of_protest,
    practises_trade,
    pronoun_addressee,
)
from kg.extract.events.words import is_role as _is
from kg.extract.offices.extract import extract_offices
from kg.nlp.deps import (
    SUBJECTS,
    each_other,
    has_preposition,
    is_passive,
    mutual,
    negated,
    new_paragraph,
    object_as_subject,
    preposition_noun,
    sentence_before,
    taken_as_object,
    that_clause,
    verb_above,
)
from kg.nlp.deps import preposition as _prep
from kg.nlp.headed_by import phrase_at
from kg.nlp.marks import DASHES
from kg.nlp.morph import case_of, features, is_animate, is_infinitive
from kg.resolve.pair_words import PAIR_WORDS
from kg.resolve.title_lexicon import is_office, is_trade

# the genders a pronoun's form can stand for ("в нём", "в его работе": a forum)
_PRONOUN_GENDERS = {
    **dict.fromkeys(["нём", "нем", "его"], ("Masc", "Neut")),
    **dict.fromkeys(["ней", "её", "ее"], ("Fem",)),
    "них": ("",),  # a plural's, of no gender ("Прошли торжества. В них приняли участие X")
}


# one's taking part: what is said of it ("отказался от участия в саммите") is not the event's
PART_IN = frozenset({"участие"})


# where the parse hangs a comparative that counts papers ("подписано более 30 документов"):
# the passive subject or object, a plural verb's subject, or a clause of its own
_COUNTED_DEPS = frozenset({"obj", "nsubj:pass", "nmod", "nsubj", "parataxis"})
_SIDES = frozenset({"State", "Person"})  # who takes part in a gathering a roster lists


_TOGETHER = frozenset({"вместе", "совместно"})  # "вместе с президентом X": X with the subject


_CLAUSES_ON_NOUN = frozenset({"acl", "acl:relcl"})  # a clause on a subject or an object
# how a mediator's part is told: "при посредничестве", "благодаря посредничеству"
_BY_MEANS = frozenset({"при", "благодаря", "через"})
_AT = frozenset({"в", "на"})  # "в которых приняли участие", "на которой присутствовали"
_TOPIC = frozenset({"о", "об", "по"})  # what talks are about ("переговоры о перемирии")


class Participants(Ballots):
    """A hit's participants, visits apart."""

    def _take_part(self, hit: Hit, keys: list[str]) -> None:
        """Adds persons, with the states or unions they act for, and states to the
        participants."""
        for key in unique(keys):
            if key.startswith("person/"):
                hit.persons.append(key)
                if (state := self.acts_for(key)) and self._state_told(hit, key, state):
                    hit.states.append(state)
                elif union := self.union_of(key):
                    hit.extra.append(union)
            elif key.startswith("state/"):
                hit.states.append(key)

    def _state_told(self, hit: Hit, key: str, state: str) -> bool:
        """Whether a person's state joins the event with them: a state's post's holder acts
        for it wherever the text titles them; one of a trade ("народная артистка Чили Мария
        Сото" in a sentence before "Президент Перу позвонил Сото") acts for none, so it joins
        only where the event's own sentence names it. Pass forty-fifth (h-events116)."""
        if not practises_trade(self.ctx, key):
            return True
        # a known person called by a trade keeps the state the gazetteer gives them
        # ("Экономист Хавьер Милей"): only the state of a trade's title is dropped
        held = self.ctx.once(extract_offices)
        if not any(h.person == key and h.state == state and is_trade(h.office) for h in held):
            return True
        start, end = hit.sent
        return any(m.entity == state and start <= m.start < end for m in self.ctx.mentions)

    def _signs_document(self, tok: Token, hit: Hit, skip: set[int]) -> bool:
        """A signing of a treaty or another inter-state paper, not of a law at home."""
        # "подписано более 30 документов": the parse makes "более" the passive subject, and
        # of a plural verb its subject or a clause of its own ("стороны подписали более 15
        # соглашений", "были подписаны не менее 12 соглашений")
        objs = [
            _counted_paper(counted_noun(c))
            for c in tok.children
            if c.dep_ in {"obj", "nsubj:pass", "nmod"}
            and c.pos_ in {"NOUN", "PROPN"}
            or c.dep_ in _COUNTED_DEPS
            and counted_noun(c) is not c
        ]
        objs += self._counted_subjects(tok)
        # "подписали соглашение …, но министры … обсудили протокол": the parse may give one
        # clause's paper to the other's verb; each paper is the verb's right before it
        objs = [o for o in objs if verb_across_contrast(o) in (None, tok)]
        objs += [o for o in [object_across_contrast(tok)] if o is not None]
        # "обменялись подписанными документами", "… экземплярами соглашения": those papers
        if (exchanged := exchanged_paper(tok)) is not None:
            objs += [exchanged, *(c for c in exchanged.children if c.dep_ == "nmod")]
        elif (listed := among_signed_paper(tok)) is not None:  # "Среди подписанных … — X"
            objs.append(listed)
        elif (clause := _relative_verb(tok)) is not None:  # "договор …, заключённый в …"
            near = [_titled(t) for t in (clause.head, _before_comma(clause)) if t is not None]
            near = [t for t in near if t.pos_ in {"NOUN", "PROPN"}]
            objs += [next((t for t in near if _is(t, "document")), near[0])] if near else []
        if tok.lemma_ == "церемония":
            objs = [c for c in tok.children if c.lemma_ == "подписание"]
            objs = [g for o in objs for g in o.children if g.dep_ == "nmod"] or objs[:0]
            if not objs:
                return True
        if not objs and tok.pos_ == "VERB" and self._papers_listed(tok):
            self.set_document(tok, hit, skip)  # "Подписаны:\n- соглашение о …": those listed
            return True
        docs = [
            o for o in objs if _is(o, "document") or self._abroad_decree(o) or self._topic_paper(o)
        ]
        if not docs and self._signed_into_force(tok):  # "Президент Перу X подписал закон о …"
            docs = [o for o in objs if _is(o, "decree")]
        if not docs:
            return not objs and tok.pos_ != "VERB"
        self.set_document(docs[0], hit, skip)
        return True

    def _paper_named(self, tok: Token, kind: str, hit: Hit, skip: set[int]) -> bool:
        """A signing or an initialling names the paper it is of (else it tells no event);
        other kinds need none."""
        if kind == "Signing":
            return self._signs_document(tok, hit, skip)
        if kind == "Initialling":
            return self._initials_document(tok, hit, skip)
        return True

    def _initials_document(self, tok: Token, hit: Hit, skip: set[int]) -> bool:
        """The paper whose text is initialled ("парафировали текст мирного договора",
        "Соглашение парафировано", "парафирование договора"): the object, subject or
        genitive, a word of its wording passed through to the paper after it; False where no
        paper is named (no event)."""
        objs = [c for c in tok.children if c.dep_ in {"obj", "nsubj:pass", "nmod"}]
        objs = [_worded_paper(o) for o in objs if o.pos_ in {"NOUN", "PROPN"}]
        docs = [o for o in objs if _is(o, "document")]
        if docs:
            self.set_document(docs[0], hit, skip)
        return bool(docs)

    def _counted_subjects(self, verb: Token) -> list[Token]:
        """Papers a numeral counts that the parse makes a second subject of the verb ("Вьетнам
        и Лаос подписали двенадцать документов": "документов" an nsubj as "Вьетнам"), where
        a state before the verb holds the subject slot: the genitive after the numeral is
        what is signed. None where no state is the subject ("Двенадцать документов
        подписали …"). Fiftieth pass, h-agreements39."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        states = any(
            m.type == "State" for c in subjects if c.i < verb.i for m in self.by_token.get(c.i, ())
        )
        return [
            c
            for c in subjects
            if states
            and c.i > verb.i
            and case_of(c) == "Gen"
            and any(n.dep_.startswith("nummod") for n in c.children)
        ]

    def _signed_into_force(self, verb: Token) -> bool:
        """A law or decree a named person signs ("Президент Перу Педро Кастильо подписал
        федеральный закон об ответственности …"): the state's own act, which its head signs
        into force, an event as a signed decree is in the tuning gold. Pass forty-fourth
        (h-events112)."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return False
        return any(k.startswith("person/") for k in self.subject_mentions(verb, climb=False))

    def _topic_paper(self, paper: Token) -> bool:
        """A noun that is a paper only with its topic, where the agreements' reading read one
        at it: a letter of intent ("Египет и Греция подписали письмо о намерениях …";
        `agreement_kinds.tsv` "of:намерение"), which the paper words leave out for "письмо
        подписали 200 учёных". Sixty-ninth pass (h-agreements87)."""
        return paper.i in self.titles and kinds().get(paper.lemma_, ("", ""))[1].startswith("of:")

    def _abroad_decree(self, paper: Token) -> bool:
        """A decree on relations abroad ("распоряжение о выходе России из Международного
        уголовного суда", "указ о ратификации договора"), and the same decree told again
        in the document ("распоряжение было подписано 16 ноября"); not a law at home."""
        if not _is(paper, "decree"):
            return False
        if paper.lemma_ in self.decrees:
            return True
        if any(t.i != paper.i and self._noun_trigger(t) for t in paper.subtree):
            return False  # "закон о ратификации договора": the ratification tells it
        for t in paper.subtree:
            if t.i != paper.i and _is(t, "document"):
                break
            if any(m.type == "Organization" for m in self.by_token.get(t.i, ())):
                break
        else:
            return False
        self.decrees.add(paper.lemma_)
        return True

    def _participants(self, tok: Token, hit: Hit, anchors: list[Token], skip: set[int]) -> None:
        # a resolution's own phrase is its topic ("резолюция по Кипру"); who adopts it acts
        found = [] if hit.kind in BODIES else self._own_linked(tok, skip)
        found += self._acting(tok, hit, found)
        if hit.kind in MULTI and (pair := self._we_of_turns(tok, found)):
            found, hit.by_turns = pair, True
        elif hit.kind in MULTI - {"Signing"} and (met := self._we_with_third(tok, found)):
            found = met  # "Вчера мы с президентом Бразилии провели переговоры"
        hit.extra += self._held_with(hit, anchors, skip)
        hit.extra += self.mediators(tok, hit, anchors, skip)
        attends, withdrawn = self._attending(tok, hit)
        found = self._whose_own(tok, hit, found, skip)
        if hit.kind in MULTI | NAMED:
            found += self._roster(tok)
            found += self._attending_within(tok)
            found += self._together_with(tok, skip, found)
        if hit.kind in NAMED and tok.pos_ != "VERB":
            hit.extra += self._joined_after(tok)
        invited = anchors and tok.head.i == anchors[0].i and _is(anchors[0], "invite")
        if _is(tok, "audience"):
            found += self._audience_host(tok, skip)
        said_to = bool(anchors) and (told_in(tok, anchors[0]) or invited)
        if hit.kind in SPOKEN and said_to:
            found += self._addressed(anchors[0], skip)  # and "пригласил X на переговоры"
        elif anchors and _called(tok, hit, anchors[0]):
            found += self._addressed(anchors[0], skip, dative=True)
        if hit.kind in MULTI - {"Signing"}:
            found += self._offerer(tok)
            found += self._partner_pronouns(tok, anchors)
            found += self._partner_astray(tok, skip)
            found += [k for c in sideline_partners(tok) for k in self.linked(c, skip)]
        hit.own_side = hit.kind in MULTI and self._own_side(tok, hit, anchors, skip)
        hit.body_sitting = hit.kind in MULTI and self._sitting(tok)
        # the speaker of talks "с" those of no state is no side of them
        one_state = len({self.state_of(k) for k in found}) == 1 and not hit.own_side
        if hit.kind in MULTI - {"Signing"} and one_state:
            found += self._speaking_side(tok, found)
        if hit.kind in MULTI - {"Signing"}:
            hit.peer = self._unnamed_peer(tok, anchors, skip) and not self._peer_named(found)
        if hit.kind == "Message":  # to whom: "направил телеграмму президенту Чили"
            to = self._addressed_to(tok, anchors, skip)
            hit.protest = of_protest(tok)
            found = self._sent_by(tok, hit, anchors, skip, found, to) + to
        found += self._handing(tok, hit, anchors, skip)
        found = self._less_absent(tok, hit, found)
        found = found or self._between_in_topic(tok, hit, skip)
        found = found or self._named_elsewhere(tok, hit, bool(withdrawn or attends))
        found = self._chaired_sides(tok, hit, found)
        self._take_part(hit, found)
        if hit.kind in BODIES:
            self._adopting_bodies(tok, hit)
        hit.persons, hit.states = unique(hit.persons), unique(hit.states)
        if hit.kind == "Election":
            self._whose_elections(tok, hit)
        hit.others = unique(hit.others + self._unions_beside(tok, hit))
        if hit.kind == "Meeting":
            hit.others = unique(hit.others + self.member_unions(tok))

    def _addressed_to(self, tok: Token, anchors: list[Token], skip: set[int]) -> list[str]:
        """Whom a message goes to: those its addressees name; for "ему" standing for an
        unnamed envoy ("вызвал временного поверенного в делах Чили и вручил ему ноту"), the
        states his phrase's genitives name (Chile; not "в Лиме", where he serves)."""
        to = []
        for named in addressees(tok, anchors):
            c = pronoun_addressee(named)
            to += self.linked(c, skip)
            to += [m.entity for m in self.by_token.get(c.i, ()) if m.type != "Organization"]
            if c is not named and not to:
                to += [k for g in genitives(c) for k in self.named_states(g)]
        return to

    def _handing(self, tok: Token, hit: Hit, anchors: list[Token], skip: set[int]) -> list[str]:
        """Who credentials pass between (`credentials_sides`): the envoy, the verb's subject
        or the noun's instrumental, is the one who acts, whose the label names; the one
        they are handed to takes part too. Sixty-third pass (h-events223). A receiving verb's
        subject is the receiver ("Президент Ганы принял верительные грамоты посла Того X";
        sixty-fifth pass, h-events244)."""
        if credentials(tok) is None:
            return []
        handing = credentials_sides(tok, anchors)
        theirs = skip | {t.i for c in handing.receivers for t in c.subtree}
        envoys = [k for c in handing.envoys for k in self.linked(c, theirs)]
        receivers = [k for c in handing.receivers for k in self.linked(c, skip)]
        subjects = self.subject_mentions(tok, climb=False) if tok.pos_ == "VERB" else []
        (receivers if received(tok) else envoys).extend(subjects)
        hit.acting = [k for k in envoys if k.startswith("person/")][:1]
        return envoys + receivers

    def _whose_own(self, tok: Token, hit: Hit, found: list[str], skip: set[int]) -> list[str]:
        """Whose the event is by its kind's own words: exercises those "с участием" whom
        they are held ("учения прошли с участием военных X", "X примут участие в учениях")
        and those a clause on them says hold them ("учения, которые Монголия проводит
        совместно с …", `_holders_of`), a cultural programme the state whose culture it
        presents and the host its name gives ("Дни культуры Алжира", "Год Кореи в
        Узбекистане")."""
        if hit.kind == "Exercise":
            found, hit.extra = found + hit.extra + self._holders_of(tok, skip), []
        if hit.kind in HOSTED_PROGRAMMES:
            shown = presented_states if hit.kind == "Festival" else traded_states
            found = unique(shown(self, tok) + host_states(self, tok) + found)
            # "Выставку открыли министр X и министр Y": who opens it takes part
            if tok.dep_ == "obj" and tok.head.lemma_ in {"открыть", "закрыть"}:
                found = unique(found + self.subject_mentions(tok.head, climb=False))
        return found

    def _holders_of(self, tok: Token, skip: set[int]) -> list[str]:
        """Who holds exercises by a relative clause on their noun ("учения «Хаан Квест»,
        которые Монголия проводит совместно с Вооружёнными силами США"): the clause's
        subject and its partner "с" names (the partner's forces for their state), by the
        clause the parser hung on the noun, or on one before it its "который" does not agree
        with ("на полигоне … открылись учения «…», которые": `_clauses_on`). Seventieth pass
        (h-events267)."""
        out: list[str] = []
        for verb in _clauses_on(tok):
            out += self.subject_mentions(verb, climb=False)
            partners = [w for w in verb.subtree if _prep(w) in {"с", "со"} and case_of(w) == "Ins"]
            keys = [k for w in partners for k in self.linked(w, skip) + self.orgs_at(w)]
            out += keys + [s for k in keys if (s := self.state_of_org(k))]
        return out

    def _held_with(self, hit: Hit, anchors: list[Token], skip: set[int]) -> list[str]:
        """Who a gathering or exercises are held "с участием" of: "встреча прошла с участием
        X": X takes part, but does not tell which meeting, and "прошли в расширенном составе с
        участием X": X on the format's noun. Those in whose presence it is held attend it so
        ("Церемония подписания прошла в присутствии премьер-министра Перу X": X, as "На ней
        присутствовал X" would; seventieth pass, h-events265), not a witness of a signing
        verb ("подписали соглашение в присутствии X", h-events260)."""
        if hit.kind not in ATTENDED or not anchors or not _is(anchors[0], "happen"):
            return []
        said = [anchors[0], *_formats(anchors[0])]
        joined = [
            c
            for w in said
            for c in w.children
            if c.lemma_ == "участие" or preposition_noun(c, PRESENCE)
        ]
        keys = [k for c in joined for k in self.linked(c, skip)]
        return unique(keys + [s for k in keys if (s := self.state_of_org(k))])

    def mediators(self, tok: Token, hit: Hit, anchors: list[Token], skip: set[int]) -> list[str]:
        """Who talks or a meeting are held "при посредничестве" of ("переговоры, состоявшиеся
        в Асмэре при посредничестве Катара", "При посредничестве президента США X стороны
        провели переговоры"): that state, or that person and his state, take part, as the
        ontology has no mediator's role; not who they are held "при поддержке" of. The
        phrase hangs on the trigger, its verb or a participle of the trigger. Sixty-seventh
        pass (h-events250). So do those a prisoner exchange is held "при посредничестве" of
        ("Обмен пленными … состоялся при посредничестве ОАЭ"; seventy-second pass,
        h-events274)."""
        if hit.kind not in ATTENDED and not captives(tok):
            return []
        heads = [tok, *anchors[:1], *(c for c in tok.children if c.dep_ in _CLAUSES_ON_NOUN)]
        # "провели переговоры о прекращении огня при посредничестве США": hung on the topic
        heads += [c for c in tok.children if c.dep_ == "nmod" and _prep(c) in _TOPIC]
        said = [
            c
            for h in dict.fromkeys(heads)
            for c in h.children
            if _is(c, "mediation") and _prep(c) in _BY_MEANS
        ]
        keys = [k for c in said for k in self.linked(c, skip)]
        return unique(keys + [s for k in keys if (s := self.state_of(k)).startswith("state/")])

    def _between_in_topic(self, tok: Token, hit: Hit, skip: set[int]) -> list[str]:
        """Those "между" names inside what talks are about, where the parser hung it on a noun
        of the topic ("Переговоры о прекращении огня между Индией и Пакистаном": on "огня"):
        the talks are theirs, as "переговоры между Индией и Пакистаном" are. Asked only where
        the talks' own words name no side; not through a clause on a topic's noun.
        Seventy-second pass (h-events278)."""
        if hit.kind not in TALKS:
            return []
        words = [c for c in tok.children if c.dep_ == "nmod" and _prep(c) in _TOPIC]
        between: list[Token] = []
        while words:
            word = words.pop()
            if _prep(word) == "между":
                between.append(word)
            words += [c for c in word.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}]
        return unique([k for w in between for k in self.linked(w, skip)])

    def _named_elsewhere(self, tok: Token, hit: Hit, told_apart: bool) -> list[str]:
        """Who takes part where the event's own words name no one: those at a ceremony told
        before (not "отказался от участия в церемонии", nor "на церемонии присутствовал X",
        X's part in the one told before, read by `_attending`: `told_apart`), the states of a
        joint body whose sitting it is, those talks told only by their format are of
        (`_actors_before`)."""
        found = self._at_ceremony(tok) if hit.kind == "Ceremony" and not told_apart else []
        if not found and hit.kind in MULTI and _is(tok, "sitting"):
            found = self._joint_body_pair(tok) or self._co_chairs(tok)
            found = found or self._government_before(tok, hit)
        if not found and hit.kind in MULTI - {"Signing"} and held_in_format(tok):
            found = self._actors_before(tok)
        return found

    def _government_before(self, tok: Token, hit: Hit) -> list[str]:
        """The state of the government the sentence before, in its paragraph, has acting,
        where a sitting of a government named with no state holds what it did
        ("Правительство Японии в пятницу объявило о санкциях. Решение было одобрено на
        заседании кабинета министров"): that state's cabinet sat, on that day
        (`Hit.sitting_before`, `dating._date_that_day`). Seventy-first pass (h-events270)."""
        body = next((c for c in tok.children if c.dep_ == "nmod" and _is(c, "government")), None)
        if body is None or _prep(body) or new_paragraph(tok.sent):
            return []
        before = sentence_before(tok.sent)
        if before is None or any(self.states_at(t) for t in body.subtree):
            return []
        governments = [c for c in verb_subjects(before.root) if _is(c, "government")]
        states = unique(
            [s for c in governments for k in self.orgs_at(c) if (s := self.state_of_org(k))]
        )
        hit.sitting_before = bool(states)
        return states

    def _actors_before(self, tok: Token) -> list[str]:
        """Who talks told only by how they were held ("Президенты X и Y подписали декларацию.
        Переговоры прошли в формате один на один") are of: the subject of the sentence
        before, in its paragraph; none where that subject names no one ("В Кито открылась
        выставка. Переговоры прошли …") or the talks open the text or a paragraph.
        Fifty-seventh pass (h-events185)."""
        previous = sentence_before(tok.sent)
        if previous is None or new_paragraph(tok.sent):
            return []
        return self.subject_mentions(previous.root, climb=False)

    def _partner_pronouns(self, tok: Token, anchors: list[Token]) -> list[str]:
        """The person "с ним"/"с ней" on the trigger or its verb stands for ("… где его
        встретила президент Перу Дина Болуарте. Он провёл с ней переговоры": Болуарте), by
        `antecedent`: the last of its gender before it."""
        heads = dict.fromkeys([tok, *anchors[:1]])
        words = [c for h in heads for c in h.children if c.pos_ == "PRON" and _prep(c) == "с"]
        words = [c for c in words if c.lemma_ in {"он", "она"}]
        return [k for c in words if (k := self.antecedent(c)).startswith("person/")]

    def _partner_astray(self, tok: Token, skip: set[int]) -> list[str]:
        """Whom talks are held "с", right after their noun, where the parser hung the phrase
        on a word after it ("должна была провести переговоры с президентом Филиппин X и
        подписать соглашение": on "соглашение", so the host was no side of the talks); a
        phrase of "с" in the instrumental takes no head that follows it. Sixty-eighth pass
        (h-events258)."""
        doc = tok.doc
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in {"с", "со"}:
            return []
        word = doc[tok.i + 1].head
        if not (tok.i + 1 < word.i < word.head.i) or features(word, "Case") != ("Ins",):
            return []
        return self.linked(word, skip)

    def _attending(self, tok: Token, hit: Hit) -> tuple[bool, bool]:
        """Whether the event is one the verb's subject attends ("на встрече присутствовал
        также X", "в саммите приняли участие X"), and whether one's part in it is withdrawn
        ("отказался от участия"), which no one attends; those who take part in a meeting or
        gathering named before are added."""
        beside, verb = _part_beside(tok), _is(tok.head, "attend")
        withdrawn = _withdrawn(tok, beside)
        attends = (verb or beside is not None) and not withdrawn
        if hit.kind in ATTENDED and tok.pos_ != "VERB" and attends:
            exercise = hit.kind == "Exercise"  # "Он напомнил, что военные … участвовали"
            keys = self._holders_in_clause(tok) if exercise else self.subject_mentions(tok)
            keys += self._list_tail(tok.sent)
            keys = keys if verb or beside is None else self._sides_taking_part(beside, keys)
            keys += self._led_by(tok)  # "приняли участие члены правительства во главе с X"
            hit.extra += self._attendees(tok, keys)
        return attends, withdrawn

    def _attending_within(self, tok: Token, denied: bool = False) -> list[str]:
        """Who a relative clause of taking part on the event says attend it, "который" the
        place ("переговоры, в которых приняли участие X и Y", "встреча, в которой участвовали
        X", "переговоры, на которых присутствовали X"): its subjects and their states, or
        those the parser hung on the main verb after the clause, which has none of its own
        (`relative_subject`). With `denied`, those a negated one says took no part
        ("переговоры в Эр-Рияде, в которых он не участвовал": the clause hung on the place,
        "которых" the talks' number). Seventy-second pass (h-events274)."""
        keys: list[str] = []
        for verb in tok.sent[tok.i - tok.sent.start + 1 :]:
            if not part_within(verb) or negated(verb) != denied:
                continue
            which = _place_which(verb)
            if verb.head != tok and (which is None or not _stands_for(which, tok)):
                continue
            subjects = verb_subjects(verb)
            if not subjects and tok.dep_ in SUBJECTS:
                main = tok.head.children
                subjects = [c for c in main if c.dep_ in SUBJECTS and relative_subject(c, tok.head)]
            for who in subjects:
                key = self.antecedent(who) if who.pos_ == "PRON" else ""
                keys += [key] if key else [*self._heads_of(who), *self.linked(who, set())]
        return unique(keys + [s for k in keys if (s := self.state_of(k)).startswith("state/")])

    def _less_absent(self, tok: Token, hit: Hit, found: list[str]) -> list[str]:
        """`found` less those a negated relative clause says took no part, and their states
        where no one left acts for them ("Макрон раскритиковал переговоры, в которых он не
        участвовал": no participant)."""
        absent = self._attending_within(tok, denied=True) if hit.kind in MULTI | NAMED else []
        kept = {self.state_of(k) for k in found if k.startswith("person/") and k not in absent}
        return [k for k in found if k not in absent or k in kept]

    def _attendees(self, tok: Token, keys: list[str]) -> list[str]:
        """Who attends an event and their organizations' states; at one body's sitting
        ("для участия в заседании правительства Того") only those named, not their states:
        the sitting is the body's state's alone (sixty-third pass, h-events232)."""
        if self._sitting(tok) and self._body_states(tok):
            return unique([k for k in keys if not k.startswith("state/")])
        return unique(keys + [s for k in keys if (s := self.state_of_org(k))])

    def _together_with(self, tok: Token, skip: set[int], found: list[str]) -> list[str]:
        """Who a state's post holder's "вместе с"/"совместно с" names on the words that carry
        the event up to its verb ("принял участие вместе с президентом Кении X в открытии
        форума", "открыл форум вместе с X"): X takes part with the subject, for their state.
        Not one named by no office ("вместе с женой X", "вместе с делегацией"), nor one who
        acts for no state, nor one beside no person `found` taking part. Fifty-fifth pass
        (h-events166)."""
        if not any(k.startswith("person/") for k in found):
            return []
        carriers = {tok}
        for up in (ancestors(tok), tok.ancestors):  # a participle's clause, or past it
            for a in up if tok.pos_ not in {"VERB", "AUX"} else []:
                carriers.add(a)
                if a.pos_ in {"VERB", "AUX"}:
                    break
        out = []
        for word in tok.sent[:-2]:
            with_ = self.doc[word.i + 1]
            if word.lower_ not in _TOGETHER or with_.lower_ not in {"с", "со"}:
                continue
            who = with_.head  # the parse hangs "вместе" or "президентом" on the verb
            if with_.dep_ != "case" or not {word.head, who.head} & carriers:
                continue
            office = is_office([t.lemma_ for t in self.doc[who.i : who.i + 4]])
            if case_of(who) != "Ins" or not (office or who.i in self.mention_head):
                continue
            keys = self.linked(who, skip)
            out += [k for k in keys if k.startswith("person/") and self.acts_for(k)]
        return out

    def _led_by(self, tok: Token) -> list[str]:
        """The persons a "во главе с"/"в составе" phrase names after the subject of the verb
        one takes part by ("В церемонии приняли участие члены правительства Перу во главе с
        X": X too). Forty-fifth pass, own sentences (h-events117)."""
        verb = next((a for a in [tok, *ancestors(tok)] if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            return []
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        return [k for s in subjects if _leads_on(s) for k in delegates(s, self.by_token)]

    def _unions_beside(self, tok: Token, hit: Hit) -> list[str]:
        """Unions of states a summit's or forum's name lists as a side beside a state
        ("Саммит ЕС и Индии", "конференция Черногории и ЕС", "форум Египта и Евросоюза",
        "Саммит Япония — ЕС"), as the state is one; not a union's own gathering with no
        state beside ("саммит НАТО")."""
        if hit.kind not in HOSTS or tok.pos_ not in {"NOUN", "PROPN"}:
            return []
        # "Саммит Япония — ЕС": the parse makes the state an apposition, the union its nmod
        sides = [c for c in tok.children if c.dep_ in {"nmod", "appos"} and not _prep(c)]
        beside = {"conj"} | {"nmod" for c in sides if c.dep_ == "appos"}
        words = sides + [x for c in sides for x in c.children if x.dep_ in beside and not _prep(x)]
        keys = [m.entity for w in words for m in self.by_token.get(w.i, ())]
        if not any(k.startswith("state/") for k in keys):
            return []
        return [k for k in keys if self.ctx.gazetteer.is_union(k)]

    def member_unions(self, tok: Token) -> list[str]:
        """The unions whose member states' officials meet ("встреча министров обороны стран —
        членов НАТО", "министров финансов стран АСЕАН", "глав МИД государств-членов ЕС"; a
        verb's subject: "Министры обороны стран — членов НАТО встретились"): the union
        takes part as a side, as in a union's summit; not the neighbours' state
        ("соседей Сирии": no members' noun). Sixty-sixth pass (h-events249)."""
        whose = [c for c in tok.children if c.dep_ in {"nmod", "nsubj"} and not _prep(c)]
        members = [t for c in whose for t in _genitives(c) if _is(t, "members")]
        unions = [c for m in members for c in m.children if c.dep_ == "nmod" and not _prep(c)]
        return [k for c in unions for k in self.orgs_at(c) if self.ctx.gazetteer.is_union(k)]

    def apposed_to_states(self, tok: Token) -> set[int]:
        """The words of a dashed apposition after named states that says what they are
        ("встреча министров обороны Иордании и Ирака — соседей Сирии"): Syria is no side
        of it, unlike the subject of "стран — соседей Судана", whose states it names none
        of. Sixty-sixth pass (h-events249)."""
        doc = tok.doc
        apposed = [
            t
            for t in tok.subtree
            if t.dep_ == "appos"
            and t.pos_ == "NOUN"
            and t.i >= 2
            and doc[t.i - 1].text in DASHES
            and self._state_at(doc[t.i - 2])
        ]
        return {x.i for t in apposed for x in t.subtree}

    def _whose_elections(self, tok: Token, hit: Hit) -> None:
        """No state's where they fill a party's post ("победила на выборах председателя
        партии"); the union's whose body they fill ("выборы в Европарламент", "на выборах в
        Европейский парламент": the EU), where they name no state, as elections to a state's
        parliament are the state's; a party's or a firm's body is no union's."""
        if body_post_vote(tok):
            hit.states = []
        if officers_of := self._body_of_post(tok):  # "выборы генерального секретаря ОАГ"
            hit.states = []
            hit.others = unique(hit.others + officers_of)
        # "Он победил на выборах президента Чили": the one the pronoun stands for won, even
        # where the genitive title is resolved to that very person
        hit.by_pronoun = self._said_by_pronoun(tok)
        posts = self._posts_to_fill(tok) - set(hit.by_pronoun)
        hit.persons = [k for k in hit.persons if k not in posts]
        if hit.states:
            return
        bodies = (m for c in tok.children if _prep(c) == "в" for m in self.by_token.get(c.i, ()))
        hit.others = unique(hit.others + [u for m in bodies if (u := union_of_body(self.ctx, m))])

    def _body_of_post(self, tok: Token) -> list[str]:
        """The international body whose officer the elections fill, named on the post in
        their genitive ("на выборах генерального секретаря ОАГ победила X, министр
        иностранных дел Перу"): the body's elections, held in no state, not those of the
        state the winner's title serves; a party's post is no body's here (h-events108)."""
        posts = [
            c
            for c in tok.children
            if c.dep_ == "nmod" and case_of(c) == "Gen" and not _prep(c) and is_office([c.lemma_])
        ]
        keys = [k for p in posts for g in p.children if g.dep_ == "nmod" for k in self.orgs_at(g)]
        return unique([k for k in keys if self._intergovernmental(k)])

    def _intergovernmental(self, key: str) -> bool:
        """A gazetteer row of an international body of no state (not a party's)."""
        row = self.ctx.gazetteer.org(key)
        return row is not None and not row.state and row.kind == "IntergovernmentalOrganization"

    def _said_by_pronoun(self, tok: Token) -> list[str]:
        """The persons a subject pronoun of the trigger's sentence stands for ("Он победил на
        выборах": the one named before)."""
        pronouns = (t for t in tok.sent if t.pos_ == "PRON" and t.dep_ in SUBJECTS)
        return unique([k for t in pronouns if (k := self.antecedent(t)).startswith("person/")])

    def _posts_to_fill(self, tok: Token) -> set[str]:
        """The persons the elections' genitive names by a bare title ("выборы президента в
        Перу", "выборы главы государства"): the post to fill, not the one who held it, whom
        the title is resolved to; kept where the sentence names them by name too."""
        posts = [c for c in tok.children if c.dep_ == "nmod" and not _prep(c)]
        titled = {
            m.entity
            for c in posts
            for m in self.by_token.get(c.i, ())
            if m.type == "Person" and m.via == "title"
        }
        sent = tok.sent
        named = {
            m.entity
            for m in self.ctx.mentions
            if sent.start_char <= m.start < sent.end_char and m.via != "title"
        }
        return titled - named

    def _audience_host(self, tok: Token, skip: set[int]) -> list[str]:
        """The monarch an audience is held "у", where the parser hung "у короля X" on the
        audience's verb rather than on the audience ("был принят на аудиенции у короля X")."""
        if tok.dep_ != "obl" or tok.head.pos_ != "VERB":
            return []
        at = [c for c in tok.head.children if c.i > tok.i and c.dep_ == "obl" and _prep(c) == "у"]
        keys = [k for c in at for k in [*self._heads_of(c), *self.linked(c, skip)]]
        return [k for k in keys if k.startswith("person/")]

    def _joined_after(self, tok: Token) -> list[str]:
        """Who the next sentence of the paragraph says takes part in the gathering that is
        the subject of its own, by a pronoun of its gender for it ("Саммит АСЕАН пройдёт во
        Вьентьяне. В нём примут участие лидеры Индонезии и Малайзии"; "Открылся бизнес-форум.
        В его работе принял участие министр Франции"): they take part, with their states.
        Only the pronoun itself is where they take part, a word of the gathering's work on
        it (`gathered`: "в его работе", "в его заседаниях"), or its own noun again ("В
        саммите примет участие X"); "В его преддверии военные Польши приняли участие в
        учениях" is no part in it."""
        sent = tok.sent
        if tok.dep_ not in SUBJECTS or sent.end >= len(tok.doc):
            return []
        after = tok.doc[sent.end].sent
        if new_paragraph(after):
            return []
        gender = tok.morph.get("Gender", [""])[0] if features(tok, "Number") == ("Sing",) else ""
        keys: list[str] = []
        for verb in (t.head for t in after if t.lemma_ == "участие" and t.dep_ == "obj"):
            at = [c for c in verb.children if _prep(c) == "в"]
            words = [w.lower_ for c in at for w in (c.children if _is(c, "gathered") else [c])]
            named = any(gender in _PRONOUN_GENDERS.get(w, ()) for w in words)
            if named or any(_same_gathering(c, tok) for c in at):
                keys += self.subject_mentions(verb, climb=False)
        return unique(keys + [s for k in keys if (s := self.state_of(k))])

    def _roster(self, tok: Token) -> list[str]:
        """The states and persons a gathering's participants noun lists ("Участники встречи
        — Германия, Франция и Италия — собрались", "Участниками саммита стали Египет и
        Иран"): they take part; not a list a verb stands in ("Участники саммита — их было
        двадцать — пригласили Египет")."""
        noun = tok.head
        if tok.dep_ != "nmod" or not _is(noun, "roster"):
            return []
        if noun.dep_ == "xcomp" and noun.head.lemma_ == "стать":
            words = [t for c in noun.head.children if c.dep_ in SUBJECTS for t in c.subtree]
        else:
            words = _dashed_list(tok)
        mentions = [m for t in words for m in self.by_token.get(t.i, ())]
        return [m.entity for m in mentions if m.type in _SIDES and m.via != "adjective"]

    def _list_tail(self, sent: Sentence) -> list[str]:
        """The rest of a list after a colon that the parser cut into sentences at its
        semicolons ("участвовали: X; Y, министр …; Z, директор музея."): each piece up to the
        sentence's full stop names one more who attends, and the state they act for."""
        colon = any(t.text == ":" for t in sent)
        keys: list[str] = []
        while colon and sent[-1].text == ";" and sent.end < len(self.doc):
            sent = self.doc[sent.end].sent
            head = self.mention_head.get(sent.root.i)
            if head is not None and head.type == "Person":
                keys += [head.entity, *self.linked(sent.root, set())]
        return keys

    def _sides_taking_part(self, part: Token, keys: list[str]) -> list[str]:
        """Of those the subject of "приняли участие" names, who take part: persons, and
        states named as the subject ("приняли участие Бразилия и Индия") or in the bare
        genitive of an office or a delegation ("лидеры Вьетнама и Малайзии", "делегации
        Перу и Чили"); not a state excepted ("кроме Венгрии", "за исключением Турции", "но
        не Китая") nor one of a word of relation ("соседи Китая", "союзники США",
        "противники Индии"), which does not take part."""
        subjects = [j for s in verb_subjects(part.head) for j in [s, *_conjoined(s)]]
        sides = {
            m.entity
            for t in part.sent
            if _side_place(t, subjects)
            for m in self.by_token.get(t.i, ())
            if m.type == "State"
        }
        persons = {self.state_of(k) for k in keys if k.startswith("person/")}
        return [k for k in keys if not k.startswith("state/") or k in sides | persons]

    def _at_ceremony(self, tok: Token) -> list[str]:
        """Who speaks at a ceremony ("он объявил в ходе …"), else whoever the sentence names
        but whom it honours ("почтили память X", "в честь X": X takes no part); none where
        the act at it is denied ("X на церемонии не выступал": no part told), and where its
        participants are whom the act is to ("X направил участникам церемонии письмо": X
        sends it from afar; seventy-first pass, h-events271)."""
        if tok.head.i != tok.i and negated(tok.head):
            return []
        to_them = tok.head.lemma_ == "участник" and case_of(tok.head) == "Dat"
        if tok.dep_ == "nmod" and to_them:
            return []
        found = [k for k in self.subject_mentions(tok) if k.startswith("person/")]
        if not found:
            sent = tok.sent
            heads = [h for h in self.mention_head if sent.start <= h < sent.end]
            heads = [h for h in heads if not _honoured(self.doc[h])]
            found = [self.mention_head[h].entity for h in heads]
            found = [k for k in found if k.startswith("person/")]
        return found

    def _addressed(self, verb: Token, skip: set[int], dative: bool = False) -> list[str]:
        """The persons a verb told in a call or talks is said to ("в телефонном разговоре
        поздравил президента Аргентины Хавьера Милея", "в ходе встречи вручил Руто орден"),
        or invites to them ("пригласил X на переговоры"): its direct object or dative, where
        it names a person; only its dative where `dative` (the one a call comes to), which
        names a side by a state's title too ("Президенту Чили поступил звонок от X")."""
        said = [c for c in verb.children if c.dep_ in {"obj", "iobj"} and not _prep(c)]
        # "выразил соболезнования королю X": the dative of the thing given or expressed
        said += [
            g
            for o in said
            if o.dep_ == "obj" and not is_animate(o)
            for g in o.children
            if g.dep_ in {"iobj", "nmod"} and not _prep(g) and case_of(g) == "Dat"
        ]
        said = [
            c for c in said if c.dep_ == "obj" and not dative or features(c, "Case") == ("Dat",)
        ]
        said = [c for c in said if c.pos_ != "PRON" and is_animate(c)]
        keys = [k for c in said for k in [*self._heads_of(c), *self.linked(c, skip)]]
        # a title in the dative names its state where it names no one known ("вручил
        # президенту Ганы орден"); not one only spoken to ("сказал президенту X, что …")
        spoken = verb.lemma_ in speech_lemmas()
        titled = (dative or not spoken) and any(
            is_office([c.lemma_]) and case_of(c) == "Dat" for c in said
        )
        kinds = ("person/", "state/") if titled else ("person/",)
        return [k for k in unique(keys) if k.startswith(kinds)]

    def _own_side(self, tok: Token, hit: Hit, anchors: list[Token], skip: set[int]) -> bool:
        """Whether no other side takes part: one held "с" whom no state stands for, also a
        paper signed "с" them ("подписал соглашение с палестинцами"), or a body's sitting."""
        skip = skip | _clauses_on_sides(tok)
        if hit.kind == "Signing":
            papers = [tok.doc[hit.doc_token]] if hit.doc_token >= 0 else []
            return self._stateless_companion([tok, *anchors[:1], *papers], skip)
        return self._stateless_companion([tok, *anchors[:1]], skip) or self._sitting(tok)

    def _stateless_companion(self, heads: list[Token], skip: set[int]) -> bool:
        """Whether the event is held "с" someone the text names who acts for no state
        ("встретился с семьёй политика", "поговорил с женой X"): then no other state
        takes part, unlike "переговоры с Путиным" or "с делегацией"."""
        for head in heads:
            for c in head.children:
                if _prep(c) != "с" or features(c, "Case") != ("Ins",) or c.i in skip:
                    continue
                if c.pos_ not in {"NOUN", "PROPN"} or _is(c, "group"):
                    return False
                animate = is_animate(c) or c.i in self.mention_head
                keys = self.linked(c, skip) if animate else []  # "с семьёй Манделы": the family
                if c.i in self.mention_head:
                    keys.insert(0, self.mention_head[c.i].entity)
                return not any(self.state_of(k) for k in keys)
        return False

    def _unnamed_peer(self, tok: Token, anchors: list[Token], skip: set[int]) -> bool:
        """Whether the event is held "с" a colleague the text does not name ("провёл
        переговоры со своим египетским коллегой"): one of the other side whom no person
        key stands for, so a person of that side named elsewhere ("встретился с президентом
        Египта") may be someone else (`sameness._peer_apart`)."""
        for head in [tok, *anchors[:1]]:
            for c in head.children:
                if _prep(c) == "с" and c.lemma_ == PEER and c.i not in skip:
                    return not any(k.startswith("person/") for k in self.linked(c, skip))
        return False

    def _peer_named(self, found: list[str]) -> bool:
        """Whether the text names a colleague the talks leave unnamed: a person of another
        state who holds just the office of the one who holds them ("… переговоры с литовским
        коллегой. Встреча X и министра иностранных дел Литвы Y продлилась"); a meeting with
        him later is the talks told again."""
        talkers = [k for k in found if k.startswith("person/")]
        talker = self.ctx.entity(talkers[0]) if talkers else None
        if talker is None or not talker.office:
            return False
        office, home = talker.office.lower(), talker.state
        others = [self.ctx.entity(m.entity) for m in self.ctx.mentions if m.type == "Person"]
        return any(
            o is not None and o.office.lower() == office and o.state not in {"", home}
            for o in others
        )

    def _sitting(self, tok: Token) -> bool:
        """A sitting of one body ("заседание ЦИК Грузии", "совещание правительства"), not of
        a joint one ("заседание межправительственной комиссии"): the body holds it alone, so
        the document's other state takes no part."""
        if not _is(tok, "sitting"):
            return False
        owners = [c for c in tok.children if c.dep_ == "nmod" and not has_preposition(c)]
        bodies = [c for c in owners if self.orgs_at(c) or _is(c, "group") or _is(c, "body")]
        joint = any(_is(t, "joint") for c in bodies for t in c.subtree)
        return bool(bodies) and not joint

    def _body_states(self, tok: Token) -> list[str]:
        """The states of the bodies whose sitting `tok` is ("заседание правительства Того":
        Togo; "заседание комиссии ООН": none)."""
        owners = [c for c in tok.children if c.dep_ == "nmod" and not has_preposition(c)]
        return unique([s for c in owners for k in self.orgs_at(c) if (s := self.state_of_org(k))])

    def _joint_body_pair(self, tok: Token) -> list[str]:
        """The states of the joint body whose sitting names no side ("заседание
        кенийско-угандийской межправительственной комиссии": Kenya and Uganda, where the
        parse may hang the adjective anywhere), else of that body the text named before as
        two states' ("чилийско-перуанская комиссия …", "межправкомиссия Чили и Перу" …
        "Состоялось заседание межправительственной комиссии"); none where the text names no
        states of it. A bilateral one ("двусторонней комиссии") the text names no states of is
        of the text's pair (`named_pair`, h-events149), and so is one bare "стороны" hold
        (`_held_by_sides`, sixty-eighth pass, h-events257). Fifty-third pass (h-events147)."""
        body = body_after(tok)
        if body is None:  # "Её первое заседание", "первое заседание которой": the body told
            told = possessed_body(tok) or next(filter(None, map(_whose, tok.children)), None)
            return self._founders(told) if told is not None else []
        own = self._adjective_states(body)
        if own:
            return own
        if not joint_between(tok, body):
            return self._founded_pair(tok, body) or self._part_states(body)
        for earlier in reversed(tok.doc[: tok.sent.start]):
            if earlier.lemma_ != body.lemma_:
                continue
            owners = [c for c in earlier.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
            named = self._adjective_states(earlier) + [
                k for c in owners if not _prep(c) for k in self._named(c) if k.startswith("state/")
            ]
            if len(unique(named)) >= 2:
                return unique(named)
        # "Следующее заседание двусторонней комиссии пройдёт в …", "стороны провели заседание
        # межправительственного комитета": the two sides the text is of
        bilateral = any(_is(t, "bilateral") for t in tok.doc[tok.i + 1 : body.i])
        bilateral = bilateral or _held_by_sides(tok)
        return (
            list(named_pair(self.ctx, "два", tok.sent.end_char))
            if bilateral
            else (self._part_states(body))
        )

    def _part_states(self, body: Token) -> list[str]:
        """The two or more states whose parts of the body the text names ("Сопредседатель
        российской части комиссии … перуанской части комиссии", "Египетскую часть комиссии
        возглавил X, марокканскую — Y", "чилийская и перуанская части комиссии"): a joint
        body's sides, where its sitting names none. Sixty-fourth pass (h-events236)."""
        doc = body.doc
        parts = [t for t in doc[:-1] if _is(t, "body_part") and doc[t.i + 1].lemma_ == body.lemma_]
        states = [k for part in parts for w in self._part_words(part) for k in self.states_at(w)]
        return unique(states) if len(unique(states)) >= 2 else []

    def _part_words(self, part: Token) -> list[Token]:
        """The words naming whose a part is: the adjectives listed right before it
        ("чилийская и перуанская части"), and one that stands for it after, set off by a dash
        in its sentence with the same ending ("египетскую часть …, марокканскую — X")."""
        before = itertools.takewhile(
            lambda t: self.states_at(t) or t.lower_ in {"и", ","}, reversed(part.doc[: part.i])
        )
        words = [t for t in before if self.states_at(t)]
        ending = words[0].lower_[-2:] if words else ""
        after = part.doc[part.i + 1 : part.sent.end - 1]
        elided = [t for t in after if t.nbor().text in DASHES and t.lower_.endswith(ending)]
        return words + [t for t in elided if ending and self.states_at(t)]

    def _chaired_sides(self, tok: Token, hit: Hit, found: list[str]) -> list[str]:
        """A sitting's sides where its words name one ("заседание турецкой комиссии, которое
        возглавят министр энергетики Азербайджана и министр торговли Турции": the adjective
        names Turkey's side): co-chairs of two states win, with what `found` names of their
        states; `found` where no co-chairs of two are named ("заседание турецкой комиссии по
        энергетике"). Sixty-third pass (h-events228)."""
        if not found or hit.kind not in MULTI or not _is(tok, "sitting"):
            return found
        chairs = self._co_chairs(tok)
        states = {self.state_of(k) for k in chairs}
        return unique([*chairs, *(k for k in found if self.state_of(k) in states)]) or found

    def _co_chairs(self, tok: Token) -> list[str]:
        """Who chairs the sitting of a body no other body is named the owner of, where they
        are of two or more states ("заседание межправительственной комиссии, которое
        возглавят министр экономики Азербайджана и министр торговли Турции", "под
        сопредседательством министров …"): the co-chairs and their states, the body being
        theirs; none for one state's chairs, nor for a body of another ("комиссии ООН").
        Sixty-second pass (h-events216). A state's adjective or genitive ("турецкой
        комиссии") names one side of it, not another owner (sixty-third pass, h-events228)."""
        body = body_after(tok)
        if body is None or self._owned_by_body(body):
            return []
        chairs = [
            s for noun in (tok, body) for v in leading_clauses(noun) for s in verb_subjects(v)
        ]
        # "комиссии по торговле под сопредседательством …": the parser may hang it on the topic
        topics = [c for c in body.children if _prep(c) == "по"]
        chairs += [c for head in (tok, body, tok.head, *topics) for c in _chaired_under(head)]
        keys = unique([k for c in chairs for w in (c, *_conjoined(c)) for k in self._named(w)])
        states = {self.state_of(k) for k in keys} - {""}
        return keys if len(states) >= 2 else []

    def _owned_by_body(self, body: Token) -> bool:
        """A body a genitive or an adjective names another body the owner of ("комиссия
        ООН", "комиссия Сената"), not one named by its topic ("комиссия по экономическому
        сотрудничеству") or by a state, one of its sides ("турецкая комиссия")."""
        owners = [c for c in body.children if c.dep_ in {"nmod", "amod"} and not _prep(c)]
        own = set(self.orgs_at(body))  # "Межправительственной комиссии": the body's own name
        return any(set(self.orgs_at(c)) - own for c in owners)

    def _founded_pair(self, tok: Token, body: Token) -> list[str]:
        """The states of a joint body the text told of before, whose sitting names it by its
        noun alone ("Норвегия и Финляндия договорились учредить совместную комиссию. Первое
        заседание комиссии пройдёт …"): the last earlier noun of the body's lemma, joint by
        an adjective, and the two or more states the subject of its verb names; none for a
        body of one ("комиссия Сената"). Fifty-ninth pass (h-events192). Or the two or more
        states the adjectives of that earlier noun name ("ганско-тоголезского совета")."""
        earlier = next(
            (t for t in reversed(tok.doc[: tok.sent.start]) if t.lemma_ == body.lemma_), None
        )
        if earlier is None:
            return []
        # "протокол о создании ганско-тоголезского совета. Первое заседание совета …": the
        # states its adjectives name (sixty-first pass, h-events211)
        own = self._adjective_states(earlier)
        return own if len(own) >= 2 else self._founders(earlier)

    def _founders(self, body: Token) -> list[str]:
        """The states that founded a joint body (`body`, the noun the text founds it by, the
        object of its verb): the two or more its subject names; "Стороны" the report's pair
        as told by the end of that sentence (`pair_by`, as relations read them: sixtieth
        pass, h-events198); none for a body of one. Also a body whose work the verb takes up
        ("Стороны договорились возобновить работу межправительственной комиссии. Её первое
        заседание пройдёт …": `_verb_of_body`; sixty-fourth pass, h-events236)."""
        if not any(c.dep_ == "amod" and _is(c, "joint") for c in body.children):
            return []
        verb = _verb_of_body(body)
        if verb is None:
            return []
        states = [k for k in self.subject_mentions(verb) if k.startswith("state/")]
        sides = any(s.lemma_ == SIDES for s in verb_subjects(verb))
        if len(states) < 2 and sides:
            return list(pair_by(self.ctx, verb.sent.end_char))
        return states if len(states) >= 2 else []

    def _adjective_states(self, body: Token) -> list[str]:
        """The states the adjectives right before a body's noun name ("кенийско-угандийской
        межправительственной комиссии")."""
        words = itertools.takewhile(lambda t: t.pos_ == "ADJ", reversed(body.doc[: body.i]))
        return unique(
            [m.entity for t in words for m in self.by_token.get(t.i, ()) if m.type == "State"]
        )

    def _adopting_bodies(self, tok: Token, hit: Hit) -> None:
        """The body that adopts it or votes, and its state."""
        told = _is(tok.head, "result") and tok.head.dep_ == "obj"  # "огласил итоги …"
        bodies = [] if told else self._subject_bodies(tok)
        if hit.kind == "Vote" and tok.pos_ == "NOUN":  # "голосование в Совбезе ООН"
            bodies += [k for c in tok.children if _prep(c) in {"в", "на"} for k in self.orgs_at(c)]
        hit.others = unique(hit.others + bodies)
        hit.states += [s for s in (self.state_of_org(k) for k in bodies) if s]
        if tok.pos_ == "VERB":  # "одобрен Сенатом Чили": the agent's state (h-events112)
            agents = passive_agents(tok)
            hit.states += [k for c in agents for k in self._named(c) if k.startswith("state/")]

    def _subject_bodies(self, tok: Token) -> list[str]:
        """Organizations that are the subject of the verb governing `tok` ("Комитет Сената
        одобрил резолюцию"), or its passive's agent ("одобрен Сенатом")."""
        verb = tok if tok.pos_ == "VERB" else governor(tok)
        if verb is None:
            return []
        # and the agent of a passive ("закон был одобрен Сенатом Чили"; h-events112)
        agents = passive_agents(verb)
        return [k for subject in verb_subjects(verb) + agents for k in self.orgs_at(subject)]

    def _we_of_turns(self, tok: Token, found: list[str]) -> list[str]:
        """The two speakers a bare "мы" that holds talks stands for in a transcript of two
        leaders' statements ("Сегодня мы провели переговоры" in the turn "X (президент Перу):
        …" that "Y (президент Чили): …" answers), also "мы с господином Президентом" (one
        person, the other speaker or no one named): "мы" names no state, so the talks had no
        side, or one. Not "мы, представители X" (one side's delegation), "мы с президентом Z"
        (a third: `_we_with_third`), nor in a transcript of more speakers or of one state's.
        Fifty-third pass (h-events148)."""
        words = self._beside_we(tok)
        if words is None:
            return []
        sides = turn_sides(self.ctx)
        pair = [*sorted(sides), *sorted(sides.values())]
        if any(not self._one_beside(c, pair) for c in words) or not set(found) <= set(pair):
            return []
        return pair

    def _we_with_third(self, tok: Token, found: list[str]) -> list[str]:
        """The speaker and the one person "мы с X" names who is neither speaker ("Вчера мы с
        президентом Бразилии провели переговоры" in a transcript's turn): their talks, with
        their states, not the two speakers' (`_we_of_turns`). Not others ("мы с министрами")
        nor a "с" of no one named. Fifty-fourth pass (h-events155)."""
        words = self._beside_we(tok)
        if words is None or len(words) != 1 or not self._one_beside(words[0], []):
            return []
        speaker = turn_speaker(self.ctx, tok.idx, tok.idx + len(tok.text))
        third = [k for k in self.linked(words[0], set()) if k not in turn_sides(self.ctx)]
        if not third or not set(found) <= {speaker, *third}:
            return []
        states = [s for k in [speaker, *third] if (s := self.state_of(k))]
        return unique([speaker, *third, *states])

    def _beside_we(self, tok: Token) -> list[Token] | None:
        """The words on the subject "мы" of talks (or their verb) in a speaker's turn of
        `turn_sides`, and a "с" on the verb or the talks; None where "мы" holds no talks
        there ("мы высоко оценили итоги переговоров": those talks may be others')."""
        verb = verb_above(tok)
        if tok.i != verb.i and tok.head.i != verb.i:
            return None
        subjects = verb_subjects(verb)
        if [s.lower_ for s in subjects] != ["мы"]:
            return None
        if not turn_speaker(self.ctx, tok.idx, tok.idx + len(tok.text)):
            return None
        words = [c for c in subjects[0].children if c.dep_ != "punct"]
        return words + [c for h in {verb, tok} for c in h.children if _prep(c) == "с"]

    def _one_beside(self, word: Token, pair: list[str]) -> bool:
        """Whether a word on "мы" (or a "с" on the talks or their verb) is "с" one person who
        is one of `pair` (anyone, for no pair) or no one named ("мы с господином Президентом",
        "мы с Его Величеством"), not an apposition ("мы, представители Перу") nor others ("мы
        с министрами", "мы с президентом Бразилии" but for no pair)."""
        if _prep(word) != "с" or not is_animate(word) or "Sing" not in word.morph.get("Number"):
            return False
        named = {m.entity for t in word.subtree for m in self.by_token.get(t.i, ())}
        return not pair or named <= set(pair)

    def _speaking_side(self, tok: Token, found: list[str]) -> list[str]:
        """The speaker of quoted talks "с X" ("предстоящие переговоры с президентом
        Путиным, — пишет он"): the other side, when of another state than X. One the text
        gives no state meets a person, not a state's unnamed officials ("Я.Новак
        (модератор): Я провела переговоры с коллегами из Дании" is no talks of states)."""
        if not any(_prep(c) == "с" for c in tok.children):
            return []
        speaker = speaker_of(self.ctx, tok.idx, tok.idx + len(tok.text))
        own = self.state_of(speaker)
        foreign = speaker.startswith("person/") and own not in {self.state_of(k) for k in found}
        met = own or any(k.startswith("person/") for k in found)
        return [speaker] if foreign and met else []

    def _own_linked(self, tok: Token, skip: set[int]) -> list[str]:
        """`linked`, kept to the trigger's own phrase when event phrases are coordinated.

        The parser may hang "… и встреча Донилона с Путиным" inside the phrase of the
        "переговоры Лаврова и Байдена" before it, and Путин under "переговоры": a mention
        after a later coordinated trigger belongs to that trigger, not to the first one.
        """
        sent = tok.sent
        later = [t for t in tok.subtree if t.i > tok.i and t.dep_ == "conj"]
        later = [t for t in later if self._noun_trigger(t)]
        cut = skip | (set(range(later[0].i, sent.end)) if later else set())
        # "подписали соглашение благодаря президенту Ганы": whom the act is owed to, no side
        cut |= {t.i for c in tok.children if _prep(c) == "благодаря" for t in c.subtree}
        if tok.pos_ == "VERB":  # "посетит тюрьму, в которой был X": X is none of its own
            strays = [c for c in tok.children if c.dep_ in {"obj", *SUBJECTS}]
            cut |= {t.i for c in strays if relative_subject(c, tok) for t in c.subtree}
            cut |= _clauses_on_sides(tok)
            # "…, а Словакия и Венгрия — меморандум": a gapped clause's subjects are its own
            cut |= in_gaps(tok)
        found = self.linked(tok, cut)
        earlier = self._coordinated_in(tok)
        if earlier is not None:
            found += self.linked(earlier, skip | set(range(sent.start, tok.i)))
        return found

    def _coordinated_in(self, tok: Token) -> Token | None:
        """The earlier trigger noun whose phrase the parser put `tok` in as a conjunct."""
        if tok.dep_ != "conj" or tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        for t in ancestors(tok)[:4]:
            if t.i < tok.i and self._noun_trigger(t):
                return t
        return None

    def held_abroad(self, tok: Token) -> bool:
        """A gathering that frames the clause's act, held in a city (or a state) of none of
        the clause's sides ("Министры встретились в рамках форума в Сеуле" of Mongolia and
        Japan; "в ходе саммита в Париже"): a venue of many the sides meet at, not their own
        forum, as one "на полях" is; the sides are its subject's states, else the report's
        pair so far. One in a side's city ("в рамках форума в Улан-Баторе") stays theirs
        (sixty-second pass, h-events213)."""
        if not framing_noun(tok):
            return False
        hosts = {s for c in tok.children if _prep(c) == "в" and (s := self._host(c))}
        if len(hosts) != 1:
            return False
        sides = {s for k in self.subject_mentions(tok) if (s := self.state_of(k))}
        sides = sides or set(pair_by(self.ctx, tok.sent.end_char))
        return bool(sides) and not hosts & sides

    def _acting(self, tok: Token, hit: Hit, found: list[str]) -> list[str]:
        """Who acts beyond the trigger's own phrase (`found`): the subject of its verb, where
        the phrase names one side only (of one state, a person of none known being no other
        side, and one person); a body that votes; the candidates of elections."""
        persons = {k for k in found if k.startswith("person/")}
        one_side = len({self.state_of(k) for k in found} - {""}) < 2 and len(persons) < 2
        takers = MULTI | BODIES | {"Publication", "Election", "Forum", "Message"}
        # exercises whose phrase names none: the subject's ("Армия Израиля провела учения");
        # not "X призвала следить за российскими военными манёврами", Russia's own
        takers |= set() if found else {"Exercise"}
        if hit.kind == "Vote":
            return self._voters(tok, hit)
        if hit.kind == "Election" and tok.pos_ != "VERB" and not reads_career(hit.kind, tok):
            return self._candidates(tok, found) if one_side else []
        if tok.pos_ != "VERB" and (_is(tok.head, "watch") or _is(tok.head, "attend")):
            return []  # "встречу комментировали X и Y": they watch it; attending: `_participants`
        if not found and _outcome_watched(tok):
            return []  # "заявил X, комментируя итоги переговоров": he speaks of them
        if hit.venue or hit.kind in HOSTS | MULTI and on_sidelines_of(tok):
            return []  # "На полях форума министр Египта провёл переговоры": the talks' side
        ranked = any(is_animate(c) for c in _ranks(tok))
        if hit.kind in MULTI and holders_named(tok) and (agreed_not_held(tok) or ranked):
            # "министры X и Y договорились провести консультации экспертов": the experts';
            # "раунд консультаций на уровне министров пройдёт …": the ministers', not the
            # persons "стороны" stands for, who may be of another rank
            return [s for k in self.subject_mentions(tok) if (s := self.state_of(k))]
        if hit.kind == "Exercise" and one_side and (tok.pos_ == "VERB" or _held(tok)):
            # not whoever watches them ("призвала … для наблюдения за манёврами")
            return self._holders_in_clause(tok)
        if tok.pos_ == "VERB" or (hit.kind in takers or _held(tok)) and one_side:
            return self.subject_mentions(tok)
        if hit.kind in takers and found and self._all_with(tok, found):
            return self.subject_mentions(tok)  # "провёл переговоры с X и Y": and the subject
        return []

    def _holders_in_clause(self, tok: Token) -> list[str]:
        """Whose exercises they are: the subject of the verbs above them up to the verb of a
        "что" clause they are told in, not the one who says it ("Он напомнил, что военные
        двух стран провели учения": not him; sixty-third pass, h-events227)."""
        verbs = [tok, *ancestors(tok)]
        clause = next((k for k, v in enumerate(verbs) if that_clause(v)), None)
        if clause is None:
            return self.subject_mentions(tok) or self._pair_holding(verbs)
        verbs = verbs[: clause + 1]
        found = (self.subject_mentions(v, climb=False) for v in verbs)
        return next((keys for keys in found if keys), []) or self._pair_holding(verbs)

    def _pair_holding(self, verbs: list[Token]) -> list[str]:
        """The report's pair where the first subject of `verbs` stands for it ("Страны не
        будут проводить совместные учения", "Стороны проведут учения", "военные двух стран
        провели учения"): bare "стороны"/"страны", or a word of BOTH on its states' word
        (`pair_word`); none for any other subject (sixty-third pass, h-events227)."""
        subjects = [c for v in verbs if v.pos_ in {"VERB", "AUX"} for c in verb_subjects(v)]
        if not subjects:
            return []
        subject, end = subjects[0], subjects[0].sent.end_char
        if word := pair_word(subject):
            return list(named_pair(self.ctx, word, end))
        bare = not any(c.dep_ in {"nmod", "amod", "det", "nummod"} for c in subject.children)
        # "Страны провели учения": the tagger may read the plural as a genitive singular
        told = [subject, subject.head, *(c for c in subject.head.children if c.dep_ == "aux")]
        plural = any("Plur" in t.morph.get("Number") for t in told)
        sides = subject.lemma_ == SIDES or subject.lemma_ in PAIR_WORDS
        return list(pair_by(self.ctx, end)) if bare and plural and sides else []

    def _offerer(self, tok: Token) -> list[str]:
        """Who offers the one they address to meet ("X предложил Y провести встречу", "X
        предложил Y встретиться"): the other side of that meeting, where its phrase names
        no one to meet "с" ("предложил министрам провести встречу с бизнесом": not X's) and
        those addressed are not to meet among themselves (`_among_themselves`)."""
        verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "obj" else None
        if verb is None or verb.dep_ != "xcomp" or not _is(verb.head, "offer"):
            return []
        addressed = [c for c in verb.head.children if c.dep_ in {"iobj", "obj"}]
        if not addressed or any(_prep(c) == "с" for c in (*tok.children, *verb.children)):
            return []
        if any(_among_themselves(a, verb) for a in addressed):
            return []
        return self.subject_mentions(verb.head, climb=False)

    def _sent_by(
        self,
        tok: Token,
        hit: Hit,
        anchors: list[Token],
        skip: set[int],
        found: list[str],
        to: list[str],
    ) -> list[str]:
        """Sets who sends a message, who names it ("получил … от султана Малайзии", else the
        subject, the person where named, else the state); one received or handed over
        ("получил послание президента X", "посол передал послание президента X") is its
        writer's, and an envoy who hands it over, no side, is dropped from `found`, which is
        returned."""
        received = bool(anchors) and anchors[0].lemma_ in {"получить", "получать"}
        handed = bool(anchors) and _is(anchors[0], "hand_over")
        senders = [c for a in [tok, *anchors[:1]] for c in a.children if _prep(c) == "от"]
        keys = [k for c in senders for k in self.linked(c, skip)] if received else []
        writers = [k for k in self._writers(tok) if k not in to] if received or handed else []
        if handed and writers:
            envoys = set(self.subject_mentions(tok)) - set(writers)
            found = [k for k in found if k not in envoys or not k.startswith("person/")]
        summoning = self._handed_in(anchors)
        keys = keys or writers or summoning or self.subject_mentions(tok)
        hit.agent = next((k for k in keys if k.startswith("person/")), keys[0] if keys else "")
        return found + [k for k in summoning if k not in found]

    def _handed_in(self, anchors: list[Token]) -> list[str]:
        """The state whose ministry a letter is handed over in where no one is named handing
        it: the verb's "в" phrase, the ministry whose "где" clause the verb is, or the one the
        verb it is conjoined to names ("Посол Белоруссии был вызван в МИД Литвы, где ему
        вручили ноту протеста", "В МИД Польши послу X вручили ноту"): the note is the
        summoning state's, not the summoned diplomat's. Sixty-fifth pass (h-events244)."""
        verb = anchors[0] if anchors else None
        if (
            verb is None
            or not _is(verb, "hand_over")
            or any(c.dep_ == "nsubj" for c in verb.children)
        ):
            return []
        heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        places = [c for h in heads for c in h.children if c.dep_ == "obl" and _prep(c) == "в"]
        places += [verb.head] if verb.dep_ == "acl:relcl" else []
        return unique([s for p in places for k in self.orgs_at(p) if (s := self.state_of_org(k))])

    def _writers(self, letter: Token) -> list[str]:
        """Who wrote a letter that another hands over: the persons and states of its genitive
        or of "от" on it ("посол передал послание президента Франции", "письмо от
        премьер-министра Японии")."""
        words = [
            c
            for c in letter.children
            if _prep(c) == "от" or c.dep_ == "nmod" and not _prep(c) and case_of(c) == "Gen"
        ]
        # not a name in the dative the parser hangs on the writer's title: the addressee's
        dative = {
            m.entity
            for c in words
            for t in c.subtree
            if case_of(t) == "Dat"
            for m in self.by_token.get(t.i, ())
        }
        keys = [k for c in words for k in self._named(c) if k not in dative]
        return [k for k in keys if k.startswith(("person/", "state/"))]


def body_after(sitting: Token) -> Token | None:
    """The body's noun after a sitting's noun and the adjectives between ("заседание
    межправительственной комиссии": "комиссии"), or None."""
    words = itertools.dropwhile(lambda t: t.pos_ == "ADJ", sitting.doc[sitting.i + 1 :])
    body = next(words, None)
    return body if body is not None and _body(body) else None


def joint_between(sitting: Token, body: Token) -> bool:
    """A word of a joint body from the sitting's noun to its body's ("заседание совместной
    комиссии", "заседание межправкомиссии"): a body of two or more states."""
    return any(_is(t, "joint") for t in sitting.doc[sitting.i + 1 : body.i + 1])


def _verb_of_body(body: Token) -> Token | None:
    """The verb a body is the object of, or the genitive of that object ("учредили
    комиссию", "возобновить работу комиссии", "активизировать деятельность совета"): who
    does it is the body's side."""
    noun = body.head if body.dep_ == "nmod" and case_of(body) == "Gen" else body
    if noun is not body and (_prep(body) or noun.pos_ != "NOUN"):
        return None
    return noun.head if noun.dep_ == "obj" else None


def _chaired_under(head: Token) -> list[Token]:
    """Whom "под (со)председательством X и Y" on a word names (X; Y joins it)."""
    chairs = [c for c in head.children if c.lemma_ in CHAIRING and _prep(c) == "под"]
    return [n for c in chairs for n in c.children if n.dep_ == "nmod"]


def _leads_on(subject: Token) -> bool:
    """A "во главе с" phrase comes after the subject in its own phrase: no comma nor "а",
    "но" between ("министры Египта, а делегация Турции во главе с X": not theirs)."""
    for t in subject.doc[subject.i + 1 : subject.sent.end]:
        if phrase_at(t.doc, t.i) == 3:  # "во главе с"
            return True
        if t.text in {",", ";", "—"} or t.lower_ in {"а", "но"} or t.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _clauses_on_sides(verb: Token) -> set[int]:
    """The words of the clauses on a verb's subject or object ("X, который ранее встречался
    с Y, встретится с Z"): Y is the clause's, not the verb's, also where the parser hangs
    "с Y" on the verb (pass forty-one, own sentences, h-events101)."""
    if verb.pos_ != "VERB":
        return set()
    sides = [c for c in verb.children if c.dep_ in {"obj", *SUBJECTS}]
    clauses = [r for c in sides for r in c.subtree if r.dep_ in _CLAUSES_ON_NOUN]
    cut = {t.i for r in clauses for t in r.subtree}
    return cut | {i for r in clauses if r.i < verb.i for i in _up_to_comma(r, verb)}


def _up_to_comma(clause: Token, verb: Token) -> range:
    """The words of a clause before `verb` up to the comma that closes it, which the parser
    may hang on `verb` ("X, который встречался с Y, встретится с Z": "с Y" on "встретится")."""
    comma = next((t.i for t in verb.doc[clause.i : verb.i] if t.text == ","), None)
    return range(clause.left_edge.i, comma) if comma is not None else range(0)


def _among_themselves(addressee: Token, verb: Token) -> bool:
    """Whether those an offer addresses are to meet one another, not the one who offers:
    two joined ("предложил Y и Z встретиться в Париже") or many asked to meet each other
    ("предложил лидерам двух стран встретиться", "… провести переговоры друг с другом").
    The offerer's colleagues ("предложил коллегам из Перу и Боливии встретиться") are his
    peers, to meet with him, unless told to meet one another ("друг с другом")."""
    if addressee.lemma_ == PEER:
        return each_other(verb)
    if any(c.dep_ == "conj" for c in addressee.children):
        return True
    return "Plur" in addressee.morph.get("Number") and mutual(verb)


def told_in(tok: Token, verb: Token) -> bool:
    """Whether the event noun is where the verb's act is told, not what it plans ("в
    телефонном разговоре пригласил", "в ходе переговоров предложил"; not "пригласил на
    переговоры")."""
    toward = _prep(tok) in {"к", "с"}  # "готовится к саммиту", "пригласил с визитом": planned
    return tok.head.i == verb.i and tok.dep_ == "obl" and not accusative(tok) and not toward


def _called(tok: Token, hit: Hit, verb: Token) -> bool:
    """A call that comes by a verb of its coming (`delivered_call`: "Президенту X поступил
    звонок от Y"): the one the verb's dative names is called; not one a call only affects
    ("разговор X и Y разозлил Z", "позволил Z надеяться")."""
    return hit.kind == "PhoneCall" and tok.head == verb and delivered_call(tok)


def holders_named(tok: Token) -> bool:
    """Whether an event noun names who holds it in its bare genitive, people or a body
    ("консультации министров иностранных дел", "встреча экспертов", "заседание смешанной
    комиссии"): those who agree to hold it ("лидеры договорились провести …") are not they."""
    if tok.pos_ != "NOUN":
        return False
    owners = [c for c in tok.children if c.dep_ == "nmod" and features(c, "Case") == ("Gen",)]
    owners = [c for c in owners if not has_preposition(c) and c.pos_ == "NOUN"]
    return any(is_animate(c) or _body(c) for c in [*owners, *_ranks(tok)])


def _ranks(tok: Token) -> list[Token]:
    """The nouns of the rank "на уровне" names on an event noun ("консультации на уровне
    министров"): who holds it, as a bare genitive names them. Fiftieth pass (h-events135)."""
    levels = [c for c in tok.children if c.lemma_ == "уровень" and _prep(c) == "на"]
    return [g for c in levels for g in c.children if g.dep_ == "nmod" and g.pos_ == "NOUN"]


def agreed_not_held(tok: Token) -> bool:
    """Agreed on, not yet held: an infinitive that a verb of agreeing governs ("договорились
    встретиться"), its object ("договорились провести форум") or where it is to be held
    ("встретиться в ходе саммита", "на саммите"); a noun of it after "о" ("договорились о
    встрече", "о проведении переговоров"), also through a frame ("встретиться в рамках
    саммита"); through the round of its series ("договорились провести следующий раунд
    консультаций": its object; fifty-sixth pass, h-events178 and h-events180), also one the
    parser made the subject of the verb of agreeing ("Следующий раунд консультаций решено
    провести", `object_as_subject`; fifty-ninth pass, h-events196). A gathering on whose
    sidelines an event is to be held is agreed on where that event is ("договорились
    провести встречу на полях саммита": the summit too; seventy-first pass, h-events270)."""
    round_of = tok.dep_ == "nmod" and _is(tok.head, "round")
    # "встретиться в рамках саммита", "провести встречу на полях саммита" (h-events270)
    framed = framing_noun(tok) or on_sidelines_of(tok)
    where = tok.head if tok.dep_ == "nmod" and framed or round_of else tok
    if framed and where is not tok and where.dep_ == "nmod" and where.head.pos_ == "NOUN":
        return agreed_not_held(where.head)  # "провести встречу на полях саммита": the meeting's
    fronted = object_as_subject(where)
    verb = tok if tok.pos_ == "VERB" else fronted or where.head
    agreed = verb
    while agreed.dep_ == "conj" and is_infinitive(agreed.head):
        agreed = agreed.head  # "договорились возобновить консультации и провести встречу"
    if is_infinitive(verb) and agreed.head.i != agreed.i and _agreeing(agreed.head):
        if (
            verb.i == tok.i
            or tok.dep_ == "nsubj:pass"
            or taken_as_object(where if round_of else tok)
            or fronted is not None
        ):
            return True
        if where.dep_ == "obl" and _prep(where) in {"в", "во", "на"}:
            return True
    word = tok
    for _ in range(2):  # "о проведении переговоров": through the noun of holding it
        if _decided_on(word):
            return True
        if word.dep_ != "nmod":
            break
        word = word.head
    return False


def _agreeing(verb: Token) -> bool:
    """A verb of agreeing ("договорились"), or a plan of the two sides told as theirs
    ("стороны намерены", "стороны планируют"): what they intend, they have agreed on.
    Fifty-second pass (h-events144)."""
    if _is(verb, "agree"):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    bare = [c for c in subjects if bare_sides(c)]  # not "стороны конфликта"
    return any("Plur" in c.morph.get("Number") for c in bare) and _is(verb, "plan")


def _decided_on(word: Token) -> bool:
    """A noun a verb of agreeing or voting takes as what is decided: "о" + locative
    ("договорились о встрече"), a noun of holding after "за" or "на" + accusative
    ("проголосовал за самороспуск и проведение выборов"); not a dismissal a vote enacts
    ("за отставку правительства проголосовали"), nor where ("договорились на встрече")."""
    first = word.head if word.dep_ == "conj" else word
    prep = _prep(first)
    held = _is(word, "conduct") and features(first, "Case") == ("Acc",)
    return (prep == "о" or held and prep in {"за", "на"}) and _is(first.head, "agree")


def _clauses_on(noun: Token) -> list[Token]:
    """The relative clauses of holding on `noun`: those the parser hung on it, and one after
    it hung on another noun whose "который" agrees in number with `noun`, not with that noun,
    no noun of that number between ("полигоне …, учения «Хаан Квест», которые Монголия
    проводит": the exercises)."""
    out = []
    for verb in noun.sent:
        if verb.i <= noun.i or verb.dep_ != "acl:relcl" or not _is(verb, "happen"):
            continue
        which = next((c for c in verb.children if c.lemma_ == "который"), None)
        if verb.head == noun or which is not None and _stands_for(which, noun):
            out.append(verb)
    return out


def _stands_for(which: Token, noun: Token) -> bool:
    """ "Который" of `noun`'s number, which the noun its clause hangs on has not, with no
    noun of that number between them."""
    number = features(which, "Number")
    between = noun.doc[noun.i + 1 : which.i]
    return number == features(noun, "Number") != features(which.head.head, "Number") and not any(
        t.pos_ == "NOUN" and features(t, "Number") == number for t in between
    )


def _relative_verb(tok: Token) -> Token | None:
    """The verb that hangs a signing's clause on the paper it qualifies: the signing verb
    itself ("договор …, заключённый в …", "которое будет подписано"), or the verb over
    its infinitive whose object "который" is ("меморандум, который планируется
    подписать", "которое стороны планируют подписать": the paper is what is signed);
    None for a clause on the paper that signs something else ("соглашение, которое
    позволит подписать контракты")."""
    if tok.dep_ in {"acl", "acl:relcl"}:
        return tok
    head = tok.head
    which = any(c.lemma_ == "который" and c.dep_ == "obj" for c in tok.children)
    if which and is_infinitive(tok) and head.dep_ in {"acl", "acl:relcl"}:
        return head if tok.dep_ in {"csubj", "xcomp"} else None
    return None


def _before_comma(tok: Token) -> Token | None:
    """The word right before the comma that opens a participle's phrase."""
    i = tok.i - 1
    if i < tok.sent.start + 1 or tok.doc[i].text != ",":
        return None
    return tok.doc[i - 1]


def _counted_paper(tok: Token) -> Token:
    """The papers a word of counting counts ("подписали ряд документов", "серию
    соглашений"): what was signed is those papers, not the count; else `tok`."""
    if not _is(tok, "count"):
        return tok
    return next((c for c in tok.children if c.dep_ == "nmod" and _is(c, "document")), tok)


def _worded_paper(tok: Token) -> Token:
    """The paper a word of its wording names ("текст договора", "проект соглашения"): what
    is initialled is the paper; else `tok`."""
    if not _is(tok, "wording"):
        return tok
    return next((c for c in tok.children if c.dep_ == "nmod" and _is(c, "document")), tok)


def _titled(tok: Token) -> Token:
    """The paper whose title holds `tok`: up through its complements ("договор … о
    союзничестве и интеграции" for "интеграции"), else `tok`."""
    t = tok
    for _ in range(3):
        if _is(t, "document") or t.dep_ not in {"nmod", "conj"} or t.head.i == t.i:
            break
        t = t.head
    return t if _is(t, "document") else tok


def _dashed_list(tok: Token) -> list[Token]:
    """The words set off by dashes right after `tok`'s phrase ("Участники встречи — X, Y и
    Z — собрались"), none where a verb stands before the dash or in the list."""
    sent = tok.sent
    dash = next((t.i for t in tok.doc[tok.i + 1 : sent.end] if t.text in DASHES), None)
    if dash is None:
        return []
    rest = tok.doc[dash + 1 : sent.end]
    words = list(itertools.takewhile(lambda t: t.text not in DASHES, rest))
    verbs = [t for t in [*tok.doc[tok.i : dash], *words] if t.pos_ in {"VERB", "AUX"}]
    return [] if verbs else words


def part_within(verb: Token) -> bool:
    """A relative clause of one's part in the event it hangs on, "который" its place
    ("переговоры, в которых приняли участие X", "участие в которых приняли X", "на которой
    присутствовал X")."""
    if verb.dep_ not in _CLAUSES_ON_NOUN:
        return False
    part = [c for c in verb.children if c.lemma_ in PART_IN]
    return _place_which(verb) is not None and (_is(verb, "attend") or bool(part))


def _place_which(verb: Token) -> Token | None:
    """The "который" after "в"/"на" on a clause's verb or on its "участие"."""
    words = [*verb.children, *(w for c in verb.children if c.lemma_ in PART_IN for w in c.children)]
    return next((c for c in words if c.lemma_ == "который" and _prep(c) in _AT), None)


def part_in(tok: Token) -> Token | None:
    """The word of one's taking part above an event ("участия в саммите"), if any."""
    return next((a for a in tok.ancestors if a.lemma_ in PART_IN), None)


def _part_beside(tok: Token) -> Token | None:
    """The word of one's taking part the parse hangs beside the event on their verb ("В
    саммите приняли участие лидеры X и Y": "участие" and "в саммите" both on "приняли"), also
    where one takes part in its work ("в работе саммита приняли участие")."""
    at = tok.head if tok.dep_ == "nmod" and _is(tok.head, "gathered") else tok
    if at.dep_ != "obl" or _prep(at) != "в":
        return None
    return next((c for c in at.head.children if c.dep_ == "obj" and c.lemma_ in PART_IN), None)


def _conjoined(tok: Token) -> list[Token]:
    """The words joined to `tok` in a list ("Бразилия, Индия и ЮАР"), not those it denies
    ("но не Китай")."""
    joined = [c for c in tok.children if c.dep_ == "conj" and not negated(c)]
    return joined + [j for c in joined for j in _conjoined(c)]


def _side_place(state: Token, subjects: list[Token]) -> bool:
    """Whether a state's word names a side taking part: one of the subjects, or in the bare
    genitive of a subject that is an office ("лидеры X", "министры иностранных дел X и
    Y") or a delegation, which stands for its state ("делегации X и Y"); not after a
    preposition ("кроме X", "за исключением X"), nor denied ("но не X")."""
    t = state
    while t.dep_ == "conj" and not negated(t):
        t = t.head
    if negated(t) or _prep(t) or t.dep_ == "conj":
        return False
    if t in subjects:
        return True
    owner = t
    while owner.dep_ == "nmod" and not _prep(owner) and owner.head not in subjects:
        owner = owner.head
    title = owner.head
    if owner.dep_ != "nmod" or _prep(owner) or title not in subjects:
        return False
    if _is(title, "delegation"):
        return owner is t  # its own state's, not one of a noun between ("делегации союзников США")
    return is_office([w.lemma_ for w in title.doc[title.i : t.i]])


def _withdrawn(tok: Token, beside: Token | None) -> bool:
    """One's part in the event called off ("отказался от участия в саммите", "отменил
    участие", "не примет участия", "в саммите участия не принял"): who did takes no part.
    `beside` is `_part_beside(tok)`, which the caller has read already."""
    part = part_in(tok) or beside
    if part is None or part.head.i == part.i:
        return False
    return any(_is(t, "cancel") or negated(t) for t in (part.head, part))


def _honoured(name: Token) -> bool:
    """A name in the genitive of a word of memory ("память Манделы", "в честь X"), also
    beside its title ("площади имени поэта Адама Мицкевича": the parse hangs the name on
    the title, the title on "имени")."""
    while name.dep_ == "appos" and name.head.i != name.i:
        name = name.head
    return name.dep_ == "nmod" and _is(name.head, "memory")


def _held(tok: Token) -> bool:
    """A summit or conference its verb's subject holds or travels to ("Премьер-министры
    Японии и Индии провели саммит", "прибыл на саммит"), not one it speaks of."""
    verb = tok.head
    if tok.dep_ == "obj":
        return verb.lemma_ in {"провести", "проводить"}
    return tok.dep_ == "obl" and trip_for(tok, [verb])


def _same_gathering(at: Token, tok: Token) -> bool:
    """The gathering's own noun told again with no name of its own ("Саммит НАТО пройдёт в
    Гааге. В саммите примет участие президент США"); not another's ("в саммите G7"), nor
    another time's ("В прошлогоднем саммите приняли участие …")."""
    own = {"nmod", "appos", "flat", "flat:name", "nummod"}
    return at.lemma_ == tok.lemma_ and not any(
        c.dep_ in own or (c.dep_ == "amod" and _is(c, "other_time")) for c in at.children
    )


def passive_agents(verb: Token) -> list[Token]:
    """The agent of a passive verb: the parser's, or an instrumental with no preposition
    ("Закон был принят Госдумой"; h-events112)."""
    if verb.pos_ != "VERB" or not is_passive(verb):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "obl:agent" or c.dep_ == "obl" and case_of(c) == "Ins" and not _prep(c)
    ]


def _formats(verb: Token) -> list[Token]:
    """The nouns of how a happening was held, hung on its verb ("прошли в расширенном
    составе", "в формате один на один")."""
    return [c for c in verb.children if c.dep_ == "obl" and _is(c, "format")]


def held_in_format(tok: Token) -> bool:
    """Talks or a meeting, the subject of a verb of happening that tells only how they were
    held ("Переговоры прошли в формате один на один, затем в расширенном составе",
    "Встреча состоялась тет-а-тет"): told of those already named."""
    verb = tok.head
    if tok.dep_ not in SUBJECTS or not _is(verb, "happen"):
        return False
    return any(_is(c, "format") and c.dep_ not in SUBJECTS for c in verb.children)


def _genitives(noun: Token) -> list[Token]:
    """The noun and the genitives, appositions and conjuncts it heads with no preposition
    ("министров обороны стран — членов НАТО": the parse may hang "членов" on "министров"
    or on "стран"), the words that say whose officials a meeting's are."""
    kept = {"nmod", "appos", "conj"}
    return [noun] + [
        t for c in noun.children if c.dep_ in kept and not _prep(c) for t in _genitives(c)
    ]


def _held_by_sides(sitting: Token) -> bool:
    """Whether bare "стороны" hold the sitting ("После церемонии стороны провели заседание
    межправительственного комитета"): the text's two sides, whose joint body it is. Not
    "стороны конфликта" (sides of something else)."""
    verb = sitting.head if sitting.dep_ in {"obj", "nsubj:pass"} else None
    if verb is None or verb.pos_ != "VERB":
        return False
    # the tagger may read "стороны" before a plural verb as a singular genitive
    plural = features(verb, "Number") == ("Plur",)
    return any(
        s.lemma_ == SIDES and (plural_unnamed(s) or plural and not list(s.children))
        for s in verb_subjects(verb)
    )


def _outcome_watched(tok: Token) -> bool:
    """The event is the genitive of an outcome a watch verb takes ("заявил X, комментируя
    итоги переговоров", "прокомментировал результаты встречи"): its subject speaks of the
    event, as of one he watched, and takes no part by that; a phrase that names the event's
    other side ("итоги переговоров с президентом Малави") tells him its side. Seventy-second
    pass (h-events277)."""
    return concluded(tok) and _is(tok.head.head, "watch") and tok.head.head.i != tok.head.i
