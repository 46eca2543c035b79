"""Acts of a state on a treaty, on people or on things: ratification, expulsion, arrest,
release, seizure, the summons of another state's diplomat ("МИД Польши вызвал посла
Белоруссии").

Their participants are the act's own roles, not whoever the sentence names:
- the agent, who acts: the subject of the verb (or of the verb governing the noun:
  "Путин подписал закон о ратификации"), the agent of a passive ("ратифицирован
  сенатом"), the country one is expelled from ("выдворен из британской столицы"),
  detained in ("в Великобритании была задержана …") or summoned to ("посол был вызван в
  МИД Саудовской Аравии");
- the target: the treaty ratified, or the people expelled, detained or freed: the object
  of the verb, the subject of its passive, the genitive of the noun ("высылка
  дипломатов"), with the states named inside it ("дипломата посольства РФ").
A person's own state is not added: "россиянку задержали в Великобритании" involves
Britain and her, and Russia only where the text names it as one that acts ("дипломата
посольства РФ"), not as the state the target is a citizen of ("гражданку Израиля"). A
singular "его" as the target is the person named last before it in its sentence; one
person and several people are two acts (`Hit.count`). People acts need a living
target ("задержали рейс", "освободили город" are no arrest or release); a seizure
("судно, перехваченное силами ВМС США") a thing, not a person, nor drugs or contraband
("конфисковали 8 тонн кокаина": police work, no act of a state on another).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Token

from kg.doc_text import token_strings
from kg.extract.common.numbers import parse_number
from kg.extract.events.exchanges import captives, exchange_name, traded_name, traded_release
from kg.extract.events.place_names import accusative, city_state_at, locative, state_near
from kg.extract.events.recalls import read_recall
from kg.extract.events.releases import WALK_OUT, visited_place, walked_out
from kg.extract.events.schedule import counted_from
from kg.extract.events.triggers import VISITS, trigger_rules
from kg.extract.events.words import is_role
from kg.lexicon import load_list
from kg.model import Mention
from kg.nlp.deps import (
    CLAUSES,
    DURING,
    PASSIVE_MARKS,
    SUBJECTS,
    fixed_preposition,
    frame_words,
    has_preposition,
    hung_back_past,
    is_passive,
    marked_own,
    negated,
    opening_first_conjunct,
    preposition,
    sentence_before,
    stray_apposition,
    stray_object,
    verb_above,
)
from kg.nlp.deps import tense as _tense
from kg.nlp.morph import (
    can_be_case,
    case_of,
    caseless,
    features,
    is_animate,
    is_infinitive,
    morph,
)
from kg.resolve.body_states import body_in_full
from kg.resolve.city_names import city_state, named_city
from kg.resolve.title_words import MISSIONS
from kg.sentences import sentence_bounds

if TYPE_CHECKING:
    from kg.extract.context import Context
    from kg.extract.events.hit import Hit


class ActReader(Protocol):
    """What reading an act asks of the document's hit reader (`hits.read_hits` passes
    its own): the mentions at each token and a few questions about the parse."""

    ctx: Context
    by_token: dict[int, list[Mention]]  # token index → the mentions covering it
    mention_head: dict[int, Mention]  # head token → its outermost mention

    def is_document(self, tok: Token) -> bool: ...
    def set_document(self, doc: Token, hit: Hit, skip: set[int]) -> None: ...
    def prep_of(self, tok: Token) -> str: ...
    def linked(self, target: Token, skip: set[int]) -> list[str]: ...
    def subject_mentions(self, tok: Token, climb: bool = True) -> list[str]: ...
    def state_of(self, key: str) -> str: ...
    def orgs_at(self, tok: Token) -> list[str]: ...  # organizations mentioned at `tok`
    def union_called(self, noun: Token) -> str: ...  # the union a bare "альянс" stands for
    def served_state(self, key: str) -> str: ...  # by the document's titles, else `state_of`
    def told_posts(self, key: str) -> list[str]: ...  # the document's titles' states, bodies
    def home_state(self) -> str: ...  # the state the document is about
    def antecedent(self, pronoun: Token) -> str: ...
    def role_holder(self, noun: Token) -> str: ...  # "военный", "журналист" named before
    def previous_subject(self, verb: Token) -> str: ...  # the sentence before's subject person
    def has_role(self, tok: Token, role: str) -> bool: ...  # `event_words.tsv`
    def capital_of(self, tok: Token) -> str: ...  # the state whose capital a name is
    def stateless_body(self, key: str) -> bool: ...  # an international body or a party
    def people_noun(self, tok: Token) -> bool: ...  # a state's people ("россиянин", "чилийка")
    def people_state(self, tok: Token) -> str: ...  # the state of its people ("американцев")


ACTS = frozenset({"Ratification", "Expulsion", "Arrest", "Release", "Seizure", "Summons", "Recall"})
_OBJECTS = {"obj", "nsubj:pass"}
_AGENTS = {"obl:agent", "obl"}
# `with` of a verb that declares its object unwelcome ("объявил X персоной нон грата"), an
# expulsion: the Latin phrase in either script, its last two words apart or hyphenated
NON_GRATA = "нон_грата"
_PERSONA = frozenset({"персона", "persona"})
_NON_GRATA = (("нон", "грата"), ("non", "grata"))
# `with` of a summons of one of a mission's staff by no envoy's word ("вызвали представителя
# белорусского посольства", "вызов сотрудника посольства Ирана"): a diplomat summoned
MISSION_STAFF = "сотрудник_миссии"
_MEASURE = "мера"  # a measure of restraint the act is the form of
_GROUPS = frozenset({"группа", "ряд", "часть", "десяток", "сотня", "тысяча"})  # of people
# acts on a person one may ask for in the sentence before "он был задержан", and the verbs
# that ask for them ("потребовал освободить X", "призвал к освобождению X")
_DEMANDS = frozenset({"потребовать", "требовать", "призвать", "призывать", "просить",
                      "попросить", "добиваться", "добиться", "настаивать", "настоять"})  # fmt: skip
_ACTED_ON = frozenset({"освободить", "освобождение", "задержать", "задержание", "арестовать",
                       "арест", "помиловать", "помилование", "депортировать", "депортация",
                       "экстрадировать", "экстрадиция", "выдать", "выдача"})  # fmt: skip


def read_act(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token], skip: set[int]) -> bool:
    """Fills agent, participants and the treaty of an act; False when `tok` is no act here.
    A recall of one's own envoy has roles of its own (`recalls`); a summons of one's own
    envoy is one ("вызвал своего посла для консультаций")."""
    if hit.kind == "Summons" and any(marked_own(t) for t in _targets(tok, anchors)):
        hit.kind = "Recall"
    if hit.kind == "Recall":
        return read_recall(reader, tok, hit, anchors)
    return _read_act(reader, tok, hit, anchors, skip)


def _read_act(
    reader: ActReader, tok: Token, hit: Hit, anchors: list[Token], skip: set[int]
) -> bool:
    """`read_act` of an act on a treaty, on people or on things."""
    targets = _targets(tok, anchors)
    if hit.kind == "Ratification":
        docs = [t for t in targets if reader.is_document(t) or t.pos_ == "PRON"]
        if tok.pos_ == "VERB" and not docs:
            return False
        if docs and docs[0].pos_ != "PRON":
            reader.set_document(docs[0], hit, skip)
    elif not _read_acted_on(reader, tok, hit, targets, skip):
        return False
    hit.name = hit.name or exchange_name(tok)  # "Обмен пленными": a Release of both sides
    acted_on = set(hit.states)  # the states of those the act is on, before its agent's
    agent = _for_states(reader, _agent(reader, tok, anchors, skip), hit.kind)
    agent = agent or [k for k in [_country_meant(reader, tok, anchors)] if k]
    _add(reader, hit, agent, own_state=True)
    hit.acting = [k for k in agent if k.startswith("person/")]  # not whom the act is on
    if _released_by_no_one(hit):
        return False
    _add(reader, hit, _helpers(reader, tok, anchors, skip), own_state=False)
    if hit.kind == "Expulsion":  # where one is sent: a participant, not who the act is
        hit.sent_to = _sent_to(reader, tok)
        hit.extra = [k for k in hit.sent_to if k not in hit.states]
        hit.envoy = "" if non_grata(tok) else _expelled_word(reader, targets)
    named = [k for k in agent if not k.startswith("org/")] or agent
    # several states acting together ("ратифицировали Кения, Уганда и Танзания") are no one
    # agent: a later mention naming a few of them is the same act
    acting = {s for k in named if (s := reader.state_of(k))}
    hit.agent = next(iter(acting)) if len(acting) == 1 else ""
    place = _country_of_place(reader, tok, anchors, hit.kind, acted_on)
    # one is summoned to the ministry of the state that summons ("вызов посла Мексики в
    # госдепартамент США"), whoever the sentence's subject is
    if place and (not hit.agent or hit.kind == "Summons"):
        hit.agent = place
        hit.states.insert(0, place)
    town = _body_town(reader, tok, anchors) if not hit.agent and hit.kind == "Arrest" else ""
    if not hit.agent and hit.kind == "Arrest":  # "В Лиме прошла акция, полиция задержала …"
        town = town or _state_of_places(reader, opening_first_conjunct(tok))
        town = town or _place_of_frame(reader, tok)  # "…, в ходе которых задержали X"
    if town:  # "Суд Сантьяго заочно арестовал X", "таллинский суд": the court's state
        hit.agent = town
        hit.states.insert(0, town)
    if not hit.agent and hit.kind == "Arrest" and hit.persons and not _placed(reader, tok):
        # "15-летний X был задержан 22 января": the police of the state the text is about,
        # unless that is only the state of the one detained ("иммигрант из Египта X …
        # После ареста X заявил": the text tells his origin, not who arrested him)
        home = reader.home_state()
        if home and not _told_citizen(reader, tok, home, hit.persons):
            hit.states.insert(0, home)
            hit.home_guessed = tok.pos_ not in {"VERB", "AUX"} and hit.states == [home]
    told = tok.pos_ in {"VERB", "AUX"}  # not a noun one dates by ("После ареста сына …")
    # "Полиция провела серию задержаний": a series of detentions of no one named, as a count
    wave = not targets and tok.dep_ == "nmod" and reader.has_role(tok.head, "wave")
    if (told and hit.count or wave) and not hit.states and hit.kind == "Arrest" and not hit.persons:
        # "В Лиме прошли протесты. Ночью задержаны две девушки — гражданки Чили и Аргентины":
        # unnamed people detained where the sentence before took place, else in the text's
        # state; never the state they are citizens of
        # "прошли протесты, в ходе которых задержаны …": where the protests took place
        framed = _place_of_frame(reader, tok)
        there = _place_before(reader, tok)
        held = framed or there or reader.home_state()
        if (
            held
            and (framed or not _placed(reader, tok, citizens=False))
            and not _citizens_of(reader, tok, held)
        ):
            hit.agent = held
            hit.states.insert(0, held)
            hit.held_there = held == there and _opens_sentence(tok)
    hit.states = list(dict.fromkeys(hit.states))
    _traded(reader, tok, hit, targets)
    if hit.kind == "Summons" and hit.agent:  # "МИД Кении вызвал …": the ministry is Kenya's
        hit.others = []
    return True


def _traded(reader: ActReader, tok: Token, hit: Hit, targets: list[Token]) -> None:
    """A release told as half of a trade of people (`traded_release`) is the exchange of its
    state and the state of those it frees, a citizen's or a people's ("освободила 10
    американцев": the USA; "граждан Польши": Poland), as "провели обмен пленными" is: one
    Release of both sides, neither its agent, named by the people ("Обмен американцами
    между США и Венесуэлой"); unchanged where those freed are of no other state named."""
    if hit.kind != "Release" or hit.name or not hit.agent or not traded_release(tok):
        return
    people = [t for t in targets if t.pos_ == "NOUN"]
    freed = [
        m.entity
        for t in people
        for x in t.subtree
        for m in reader.by_token.get(x.i, ())
        if m.type == "State"
    ]
    freed += [k for t in people if (k := reader.people_state(t))]
    sides = list(dict.fromkeys([*hit.states, *freed]))
    if not people or len(sides) < 2:
        return
    hit.name = traded_name(people[0])
    hit.states, hit.agent = sides, ""


def _read_acted_on(
    reader: ActReader, tok: Token, hit: Hit, targets: list[Token], skip: set[int]
) -> bool:
    """Fills whom an act other than a ratification is on; False when it is none here."""
    before = _acted_on_unnamed(reader, tok, hit, targets)
    if _no_act(reader, tok, hit, targets, before=bool(before)):
        return False
    if before:
        _add(reader, hit, [before], own_state=False)
    for t in targets:
        _add(reader, hit, _mentions_in(reader, t, skip) + _in_charge(reader, t), own_state=False)
    if _held_under(tok):  # "X находился под арестом": X is held, not who holds X
        _add(reader, hit, reader.subject_mentions(tok.head, climb=False), own_state=False)
    hit.count = _count(targets)
    hit.headcount = _headcount(targets)
    # "заочно арестовал", "заочный арест": a court's order on one who is not there
    hit.absentia = any(reader.has_role(c, "absentia") for c in tok.children)
    return True


def _no_act(
    reader: ActReader, tok: Token, hit: Hit, targets: list[Token], before: bool = False
) -> bool:
    """Whether an act on people or things is none here, by what it is done to and how;
    `before`: its person is the sentence before's subject (`_acted_on_unnamed`)."""
    if tok.pos_ == "VERB" and not targets and not before and not captives(tok):
        return True  # "обменялись пленными": those traded, no object
    if any(reader.has_role(c, "unfree") for c in tok.children) or _from_post_after(reader, tok):
        return True  # "отпустили под залог", "освободил от должности": no release
    if negated(tok):
        return True  # "просит не депортировать его"
    if hit.kind == "Release" and (_let_go_to(tok) or tok.lemma_ in WALK_OUT and visited_place(tok)):
        return True  # "отпустить его тренировать сборную": leave to go, no release
    if _held_under(tok) and _tense(tok.head) == "Fut":
        return True  # "будет находиться под домашним арестом": a term of bail, no arrest ahead
    if hit.kind == "Seizure" and any(_contraband(reader, t) for t in targets):
        return True  # "таможенники конфисковали 8 тонн кокаина": a crime's, no state's
    # an exchange's people by its own word, whatever animacy the tagger gives them
    # ("провели обмен заключёнными при посредничестве Турции": "Inan"; h-events274)
    traded = captives(tok)
    living = any(_living(reader, t) or t in traded for t in targets)
    return bool(targets) and living == (hit.kind == "Seizure")  # people detained, ships seized


_ON_PERSONS = frozenset({"Arrest", "Release", "Expulsion"})


def _acted_on_unnamed(reader: ActReader, tok: Token, hit: Hit, targets: list[Token]) -> str:
    """The person a passive verb of an act with no subject at all tells of: the sentence
    before's subject, where the verb's gender fits ("В 1975 году Мишель Бачелет жила в
    Сантьяго. Во время диктатуры Пиночета была арестована"; `previous_subject`). Forty-seventh
    pass, own sentences (h-events123)."""
    if hit.kind not in _ON_PERSONS or tok.pos_ != "VERB" or targets:
        return ""
    if not is_passive(tok, short=False, marks={"aux:pass"}, participle=True):
        return ""
    if tok.dep_ not in {"ROOT", "conj"} or any(c.dep_ in SUBJECTS for c in tok.children):
        return ""
    key = reader.previous_subject(tok)
    return key if key.startswith("person/") else ""


def _from_post_after(reader: ActReader, tok: Token) -> bool:
    """A verb of releasing followed in its clause by "от должности"/"от поста" the parser hung
    on another word ("указ, которым отправил чиновника в отставку: освободить X от должности
    заместителя …", "от должности" on "отправил"): a dismissal, no release. Forty-seventh
    pass, own sentences (h-events123)."""
    if tok.pos_ != "VERB" or tok.lemma_ in WALK_OUT:
        return False
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.pos_ in {"VERB", "AUX"} or t.text in {";", "."}:
            return False
        if preposition(t) == "от" and reader.has_role(t, "unfree"):
            return True
    return False


def _released_by_no_one(hit: Hit) -> bool:
    """A release whose only person is who releases, with no state ("активистка X, которая
    освободила несколько сотен узниц"): the agent is no released person, and an act by a
    private person on people unnamed is no event between states. Forty-seventh pass, own
    sentences (h-events123)."""
    return (
        hit.kind == "Release"
        and not hit.states
        and bool(hit.persons)
        and all(k in hit.acting for k in hit.persons)
    )


def _contraband(reader: ActReader, target: Token) -> bool:
    """Whether what is seized is contraband: the object itself, its words or its genitives
    ("партию героина", "контрабандные сигареты"), or a contraband noun it carries ("лодку с
    грузом героина"); not an adjective on a vessel's cargo, the seizer's charge against a
    ship it takes ("захватили греческий танкер с контрабандным топливом")."""
    own, stack = [], [target]
    while stack:
        t = stack.pop()
        own.append(t)
        stack += [c for c in t.children if c.dep_ in {"amod", "nmod"} and not has_preposition(c)]
    if any(reader.has_role(x, "contraband") for x in own):
        return True
    return any(x.pos_ == "NOUN" and reader.has_role(x, "contraband") for x in target.subtree)


def _let_go_to(tok: Token) -> bool:
    """A verb of releasing that governs an infinitive lets someone go to do it ("отпустил
    сына учиться", "может отпустить его тренировать клуб"): no one was held. Also the
    infinitive right after its object that the parse hangs beside the verb on the verb's
    own head ("решение отпустить его тренировать сборную", pass forty-five, h-status47)."""
    if any(c.dep_ == "xcomp" and is_infinitive(c) for c in tok.children):
        return True
    objects = [c for c in tok.children if c.dep_ == "obj"]
    if not objects or tok.head.i == tok.i:
        return False
    after = max(t.i for o in objects for t in o.subtree) + 1
    if after >= len(tok.doc):
        return False
    beside = tok.doc[after]
    return beside.head.i == tok.head.i and is_infinitive(beside)


def _targets(tok: Token, anchors: list[Token]) -> list[Token]:
    """The object of the act: the verb's object or passive subject (a conjoined verb's:
    "был задержан … и депортирован"; one the parser hung on a later verb: `stray_object`),
    the noun a passive participle describes ("террориста, задержанного в Турции"), the
    noun's genitive."""
    if tok.lemma_ in WALK_OUT:  # "вышла из тюрьмы": the one who walks out (h-events115)
        return walked_out(tok)
    if tok.pos_ in {"VERB", "AUX"}:  # not a reason the parser took for one ("за убийство X")
        own = [c for c in tok.children if c.dep_ in _OBJECTS and _unmarked(c)]
        own = _declared_unwelcome(tok, own)
        own = [counted_noun(c) for c in own] or [o for o in [stray_object(tok)] if o is not None]
        own = own or _named_after_receiver(tok)
        # "задержанного", "был задержан": a participle's voice, or its "быть"
        passive = is_passive(tok, short=False, marks={"aux:pass"}, participle=True)
        # a conjunct the parser calls a clause of its own when a date opens it ("задержан в
        # марте … и в июне 2018 года экстрадирован": parataxis with its "и")
        joined = (
            tok.dep_ == "conj"
            or tok.dep_ == "parataxis"
            and any(c.dep_ == "cc" and c.lower_ == "и" for c in tok.children)
        )
        if not own and joined and tok.head.pos_ in {"VERB", "AUX"}:
            shared = _OBJECTS | ({"nsubj"} if passive else set())  # "направлялся … и
            own = [c for c in tok.head.children if c.dep_ in shared]  # был задержан"
        if not own and tok.dep_ in {"acl", "acl:relcl"} and tok.head.i != tok.i and passive:
            own = [tok.head]
        if not own and passive and _subject_hung_above(tok):
            own = [tok.head]  # "Как сообщили власти, вице-министр X арестован за коррупцию"
        return own
    if _held_under(tok):
        return [c for c in tok.head.children if c.dep_ == "nsubj"]
    own = [c for c in tok.children if c.dep_ == "nmod" and _genitive(c)]
    if not own and anchors and tok.head.lemma_ == _MEASURE:  # "избрал X меру … в виде ареста"
        return [c for c in anchors[0].children if case_of(c) == "Dat" and not has_preposition(c)]
    if not own and counted_from(tok):
        return _counted_subject(tok)
    if own or not anchors or anchors[0].i == tok.i:
        return own
    verb = anchors[0]  # "дипломат объявлен персоной нон грата"; not the noun it hangs on
    above = {a.i for a in tok.ancestors}  # ("провела серию задержаний": no one in "серию")
    return [c for c in verb.children if c.dep_ in _OBJECTS and c.i != tok.i and c.i not in above]


def _expelled_word(reader: ActReader, targets: list[Token]) -> str:
    """The label's word, genitive, for those an expulsion sends out where the text names
    people other than diplomats ("Латвия выслала мигрантов", "группу беженцев"); "" where it names
    diplomats (an envoy's word, a mission's staff: "сотрудников посольства Ирана") or no one,
    whom the label calls "дипломатов". A noun of a state's people ("Россиянин был выдворен")
    tells no trade, only whose, which the label gives already: "" too. Sixty-fifth pass
    (h-events244; the demonym by the lead)."""
    words = targets + [
        c for t in targets for c in t.children if c.dep_ == "nmod"
    ]  # "группу беженцев"
    people = [t for t in words if t.pos_ == "NOUN" and is_animate(t) and not reader.people_noun(t)]
    if not people or any(_diplomatic(t) for t in targets):
        return ""
    return _in_genitive(people[0])


def _in_genitive(word: Token) -> str:
    """A noun's genitive in its own number and gender ("россиянку": "россиянки")."""
    parses = [p for p in morph().parse(word.lower_) if p.tag.POS == "NOUN"]
    form = parses[0].inflect({"gent"}) if parses else None
    return form.word if form is not None else word.lower_


def _diplomatic(target: Token) -> bool:
    """A diplomat's word or one of a mission's staff ("посла", "сотрудников посольства")."""
    return is_role(target, "envoy") or any(t.lemma_ in load_list(MISSIONS) for t in target.subtree)


def mission_staff(tok: Token) -> bool:
    """Whether the word of summoning's object (a verb's, or a noun's genitive) is one of a
    mission's staff: a person's noun with the mission's noun as its own genitive
    ("представителя белорусского посольства", "сотрудника посольства Эстонии"), not one of a
    company or a ministry ("вызвали представителя компании"). Seventieth pass (h-events267)."""
    return any(
        c.dep_ in {*_OBJECTS, "nmod"} and is_animate(c) and _of_mission(c) for c in tok.children
    )


def _of_mission(person: Token) -> bool:
    """A person's noun whose genitive is a state's mission ("сотрудник посольства")."""
    return any(c.dep_ == "nmod" and c.lemma_ in load_list(MISSIONS) for c in person.children)


def non_grata(verb: Token) -> list[Token]:
    """The words "персона нон грата" (any case, "нон-грата", "persona non grata") whose
    nearest verb up the parse is `verb`: it declares its object unwelcome, an expulsion
    ("МИД Латвии объявил двух дипломатов Ирана персонами нон грата", "посол объявлен
    персоной нон-грата"). The tagger reads "грата" as "грат" and hangs the words anywhere
    (the verb's object, the object's apposition), so they are found by their letters.
    Sixty-fifth pass (h-events243)."""
    doc, (start, end) = verb.doc, sentence_bounds(verb)
    # the sentence's words read from the Doc's arrays: a `Token` made only at "персона"
    lemmas, lowers = token_strings(doc, LEMMA), token_strings(doc, LOWER)
    for i in range(start, end):
        if lemmas[i] not in _PERSONA and lowers[i] not in _PERSONA:
            continue
        after = list(lowers[i + 1 : min(i + 3, end)])
        for words in _NON_GRATA:
            size = 2 if after[:2] == list(words) else 1 if after[:1] == ["-".join(words)] else 0
            phrase = list(doc[i : i + 1 + size])
            # the nearest verb above each word, the word itself not counted
            if size and all(w.head.i != w.i and verb_above(w.head) == verb for w in phrase):
                return phrase
    return []


def _declared_unwelcome(verb: Token, objects: list[Token]) -> list[Token]:
    """The verb's objects but the words of "персона нон грата" it declares them
    (`non_grata`), which the parser may take for its object ("объявило персонами нон грата
    двух сотрудников": "грата"); a noun of no preposition it hung on those words is the
    verb's object ("объявила персоной нон грата посла Белоруссии": "посла" on "грата")."""
    phrase = non_grata(verb)
    if not phrase:
        return objects
    at = {t.i for t in phrase}
    hung = [c for t in phrase for c in t.children if c.dep_ == "nmod" and c.i not in at]
    hung = [c for c in hung if not has_preposition(c) and case_of(c) in {"Gen", "Acc"}]
    return [o for o in objects if o.i not in at] + hung


def _named_after_receiver(verb: Token) -> list[Token]:
    """The person a verb hands over whom the parser hung as an apposition on the state it
    goes to, right before ("Италия выдала Аргентине Хорхе Гомеса": "Хорхе", an accusative,
    apposed to "Аргентине"); a state takes no person in apposition. Sixty-fourth pass
    (h-events238)."""
    receivers = [c for c in verb.children if c.dep_ == "iobj" and not is_animate(c)]
    return [a for c in receivers for a in c.children if a.dep_ == "appos" and is_animate(a)]


def _genitive(noun: Token) -> bool:
    """A noun's genitive or instrumental ("высылка дипломатов", "захват судна Ираном"); a
    name whose first word tells no case by its surname's ("Экстрадиция Хосе Мартинеса":
    "Хосе" tagged an accusative; sixty-fourth pass, h-events238)."""
    if case_of(noun) in {"Gen", "Ins"}:
        return True
    surnames = [c for c in noun.children if c.dep_ == "flat:name"]
    return caseless(noun.text) and any(case_of(c) == "Gen" for c in surnames)


_ABOUT = frozenset({"свыше", "около"})  # a count's "preposition": "свыше 300 человек"


def _unmarked(target: Token) -> bool:
    """An object with no preposition, or only one that rounds its count ("были задержаны
    свыше 300 человек", "около 300 человек"; h-events130)."""
    return not has_preposition(target) or preposition(target) in _ABOUT


def counted_noun(target: Token) -> Token:
    """The people a comparative counts, where the parser made the comparative the object
    ("были задержаны более 300 человек", "не менее 300 человек": "более" the passive
    subject, "человек" its genitive): the noun, else the target itself. Forty-ninth pass,
    own sentences (h-events130)."""
    if target.pos_ != "ADV" or features(target, "Degree") != ("Cmp",):
        return target
    counted = [c for c in target.children if c.pos_ == "NOUN" and case_of(c) == "Gen"]
    return counted[0] if counted and not has_preposition(counted[0]) else target


def _held_under(tok: Token) -> bool:
    """An act noun after "под" in the instrumental ("находится под арестом в Москве",
    "остаётся под стражей"): a state of being held, whose verb's subject is the one held,
    never who holds them."""
    return (
        tok.pos_ == "NOUN"
        and preposition(tok) == "под"
        and case_of(tok) == "Ins"
        and tok.head.pos_ in {"VERB", "AUX"}
    )


def _counted_subject(tok: Token) -> list[Token]:
    """ "После ареста Саипов заявил": a noun counted from with no genitive befell the
    named subject of the verb it dates (a name or "он"; not "полиция заявила")."""
    point = tok.head if tok.dep_ == "nmod" else tok
    verb = point.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "PRON"}]


def _indeclinable(t: Token) -> bool:
    """A name written alike in every case ("Чили", "Перу"), which the tagger may call a
    locative."""
    forms = {p.word for p in morph().parse(t.text) if p.tag.case}
    return len(forms) == 1 and all(p.tag.case for p in morph().parse(t.text)[:1])


def _subject_hung_above(verb: Token) -> bool:
    """A subjectless passive verb the parser hung by parataxis on the nominative noun before
    it that agrees with it ("Как сообщили власти Чили, вице-министр транспорта X арестован за
    коррупцию", the noun read as the sentence's root): that noun is its subject. Forty-sixth
    pass, own sentences (h-events119)."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i > verb.i or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if case_of(head) != "Nom" or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    return all(head.morph.get(f) == verb.morph.get(f) for f in ("Number", "Gender"))


def _living(reader: ActReader, t: Token) -> bool:
    """People, or a group of them ("арестована группа военных"); a title the tagger reads as
    an adjective, with the person's name apposed ("Вице-министр транспорта Латвии X
    арестован", h-events119)."""
    if is_animate(t, pronoun=True):
        return True
    named = [c for c in t.children if c.dep_ == "appos"]
    if any(m.type == "Person" for c in named for m in reader.by_token.get(c.i, ())):
        return True
    if t.lemma_ in _GROUPS:
        return any(c.dep_ == "nmod" and _living(reader, c) for c in t.children)
    return any(m.type == "Person" for m in reader.by_token.get(t.i, ()))


def _mentions_in(reader: ActReader, t: Token, skip: set[int]) -> list[str]:
    """Persons and states named inside a target phrase, outside the place; not the state
    a target is a citizen of ("гражданку Израиля": she does not act for it); for "его",
    the person it stands for."""
    if t.pos_ == "PRON":
        return [k for k in [_acted_on_before(t, reader) or reader.antecedent(t)] if k]
    out = []
    clauses = {y.i for c in t.children if c.pos_ == "VERB" for y in c.subtree}
    clauses |= {y.i for x in t.subtree if stray_apposition(x) for y in x.subtree}
    # "подозреваемый в гибели X", "обвиняемый в покушении на X", "заказчик убийства X": X is
    # not acted on
    told_of = {y.i for c in _charges(reader, t) for y in c.subtree}
    for x in t.subtree:
        if x.i in skip or x.i in clauses:  # "Савченко, которую в России приговорили"
            continue
        for m in reader.by_token.get(x.i, ()):
            if m.entity in out or m.type not in {"Person", "State"}:
                continue
            if m.type == "Person" and x.i in told_of:
                continue
            if m.type == "State" and _of_citizen(reader, x, t):
                continue
            out.append(m.entity)
    persons = any(k.startswith("person/") for k in out)  # "журналистку из Перу": Peru's
    if not persons and t.pos_ in {"NOUN", "ADJ"} and (key := reader.role_holder(t)):
        out.append(key)  # "арестован журналист X … освободил журналиста": X
    return out


def _acted_on_before(pronoun: Token, reader: ActReader) -> str:
    """The person "он"/"она", the subject of an act on people, stands for where the sentence
    before asks for an act on one ("Президент Чили потребовал освободить X. Он был задержан в
    Перу"; "призвала к освобождению X") or speaks of one ("обсудил задержание X"): X, not
    that sentence's subject, who only asks or speaks. The
    last such person of the pronoun's gender; "" for none, and for an act done ("после ареста
    X … . Он скрывался и был арестован": the subject before)."""
    if pronoun.lemma_ not in {"он", "она"} or pronoun.dep_ not in {"nsubj", "nsubj:pass"}:
        return ""
    before = sentence_before(pronoun.sent)
    if before is None:
        return ""
    gender = features(pronoun, "Gender")
    found = ""
    for x in before:
        if x.lemma_ not in _ACTED_ON or x.head.i == x.i or not _spoken_of(x):
            continue  # "после ареста X …": an act done, not one asked for
        for c in x.children:
            if c.dep_ not in {"obj", "nmod"} or features(c, "Gender") not in ((), gender):
                continue
            # "задержание гражданина Перу Хуана Переса": the name in apposition to the noun
            named = [c, *(a for a in c.children if a.dep_ == "appos")]
            persons = [
                m.entity for a in named for m in reader.by_token.get(a.i, ()) if m.type == "Person"
            ]
            found = persons[0] if persons else found
    return found


def _spoken_of(act: Token) -> bool:
    """An act asked for ("потребовал освободить X") or the object a sentence is about
    ("обсудил задержание X", "осудил арест X"), not one the sentence only dates by
    ("после ареста X он скрылся")."""
    if act.head.lemma_ in _DEMANDS:
        return True
    return act.pos_ == "NOUN" and act.dep_ == "obj" and act.head.pos_ == "VERB"


def _charges(reader: ActReader, t: Token) -> list[Token]:
    """What a target is told of: a phrase after a preposition, and the genitive of one
    charged with it ("виновник гибели X", "заказчик убийства X")."""
    charged = reader.has_role(t, "charged")
    return [
        c
        for c in t.children
        if c.dep_ == "nmod" and (preposition(c) or charged and case_of(c) == "Gen")
    ]


def _in_charge(reader: ActReader, t: Token) -> list[str]:
    """The state of "поверенный в делах Германии", however the parser hangs "в делах …"."""
    after = [x.lower_ for x in t.doc[t.i + 1 : t.i + 3]]
    if after != ["в", "делах"] or t.i + 3 >= len(t.doc):
        return []
    return [m.entity for m in reader.by_token.get(t.i + 3, ()) if m.type == "State"]


def _of_citizen(reader: ActReader, x: Token, top: Token) -> bool:
    """Whether `x` hangs off a word for a citizen on its way up to `top`."""
    while x.i != top.i and x.head.i != x.i:
        x = x.head
        if reader.has_role(x, "citizen"):
            return True
    return False


def _told_citizen(reader: ActReader, tok: Token, state: str, persons: list[str]) -> bool:
    """Whether the text tells `state` as the state one of `persons` is a citizen or a
    native of ("гражданин Египта Ахмед Салех", "иммигрант из Египта X"): the state of the
    one detained, which says nothing of who detained them."""
    wanted = set(persons)
    for x in tok.doc:
        if not any(m.type == "State" and m.entity == state for m in reader.by_token.get(x.i, ())):
            continue
        t = x
        for _ in range(3):  # "гражданин Египта", "иммигрант из Египта", "уроженец Каира"
            if t.head.i == t.i:
                break
            t = t.head
            if reader.has_role(t, "citizen"):
                near = [t, t.head, *t.children]
                near += [y for n in near if n.dep_ in {"appos", "flat:name"} for y in n.children]
                if any(m.entity in wanted for n in near for m in reader.by_token.get(n.i, ())):
                    return True
                break
    return False


def _title_and_name(targets: list[Token]) -> bool:
    """Two targets the parser split off one person: a noun and the name right after it
    ("Подозреваемый в гибели X Алексей Русаков задержан")."""
    if len(targets) != 2:
        return False
    title, name = targets
    return (
        title.pos_ == "NOUN"
        and name.pos_ == "PROPN"
        and title.right_edge.i + 1 == name.left_edge.i
        and features(title, "Number") == features(name, "Number") == ("Sing",)
    )


def _count(targets: list[Token]) -> str:
    """One person or several ("двух журналистов"): two acts on one and on several are
    two acts ("арестован Бэ Чжун Хо", "в 2009 году арестовала двух журналистов")."""
    nouns = [t for t in targets if t.pos_ in {"NOUN", "PROPN"}]
    if not nouns:
        return ""
    plural = len(targets) > 1 and not _title_and_name(targets)
    plural = plural or any(c.dep_ == "conj" for c in nouns[0].children)
    plural = plural or nouns[0].lemma_ in _GROUPS  # "группа военных": several
    return "many" if plural or features(nouns[0], "Number") == ("Plur",) else "one"


def _headcount(targets: list[Token]) -> str:
    """How many people the text counts acted on ("задержали 208 человек", "арестов
    одиннадцати принцев": "208", "11"), "" where it counts none."""
    nouns = [t for t in targets if t.pos_ in {"NOUN", "PROPN"}]
    for c in nouns[0].children if nouns else ():
        if c.dep_ == "nummod" and (value := parse_number(c.text)) is not None:
            return str(value)
    return ""


def _helpers(reader: ActReader, tok: Token, anchors: list[Token], skip: set[int]) -> list[str]:
    """Who brought the act about: "освобождены благодаря усилиям Клинтона"."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else (anchors[0] if anchors else None)
    found: list[str] = []
    for c in verb.children if verb is not None else ():
        if reader.prep_of(c) == "благодаря" and c.i not in skip:
            found += [k for k in reader.linked(c, skip) if k.startswith("person/")]
    return found


def _sent_to(reader: ActReader, tok: Token) -> list[str]:
    """The state one is expelled or deported to ("депортирован в Нидерланды", "в Чили"), or
    handed over to in the dative ("выдала Аргентине X по запросу её суда": sixty-third pass,
    h-events229), or to a noun's, glued to the name by the parser (`_glued_receivers`)."""
    out = []
    glued = _glued_receivers(reader, tok)
    for c in [*tok.children, *glued]:
        handed = c in glued or not reader.prep_of(c) and features(c, "Case") == ("Dat",)
        if not handed and (
            reader.prep_of(c) != "в" or (features(c, "Case") == ("Loc",) and not _indeclinable(c))
        ):
            continue
        out += [m.entity for m in reader.by_token.get(c.i, ()) if m.type == "State"]
    return out


def _glued_receivers(reader: ActReader, tok: Token) -> list[Token]:
    """The state a noun of handing over gives one to, in a form that may be a dative, that
    the parser read as the last word of the name of whom it hands over ("Выдача Хорхе Гомеса
    Аргентине состоялась": "Аргентине" a flat:name of "Хорхе"); no person's name ends in a
    state's. Sixty-fourth pass (h-events238)."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return []
    names = [c for c in tok.children if c.dep_ == "nmod"]
    return [
        x
        for c in names
        for x in c.children
        if x.dep_ == "flat:name"
        and can_be_case(x.text, "Dat")
        and any(m.type == "State" for m in reader.by_token.get(x.i, ()))
    ]


def _agent(reader: ActReader, tok: Token, anchors: list[Token], skip: set[int]) -> list[str]:
    """Who acts: the subject, or the agent of a passive, with the states linked to it. Not
    the subject of a verb the act noun is itself the subject of ("Экстрадиция X в Уругвай
    состоялась 3 ноября": its words name whom it is on and where to, no one who acts;
    sixty-fourth pass, h-events238)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else (anchors[0] if anchors else None)
    if verb is None or _commented(tok, verb) or _held_under(tok) or tok.lemma_ in WALK_OUT:
        return []  # "вышла на свободу": the one released, not who releases
    # "террориста, освобождённого Бельгией": not the sentence's subject
    passive = is_passive(verb, short=False, marks=PASSIVE_MARKS, participle=True)
    itself = tok.i != verb.i and tok.head.i == verb.i and tok.dep_ in SUBJECTS
    found = [] if passive or itself else reader.subject_mentions(verb, climb=False)
    if found:
        return found
    for c in verb.children:
        if c.dep_ in _AGENTS and features(c, "Case") == ("Ins",) and c.i not in skip:
            linked = reader.linked(c, skip)
            if c.i in reader.mention_head:
                linked.insert(0, reader.mention_head[c.i].entity)
            if linked:
                return linked
    return []


def _country_meant(reader: ActReader, tok: Token, anchors: list[Token]) -> str:
    """The state "страны" on the subject stands for ("Власти страны задержали 208 человек",
    "полиция страны арестовала"): the last state named before it, in its sentence or the one
    before, that is no one's citizenship ("Гражданин Чили прилетел в Перу. Власти страны
    задержали его": Peru); else the state the text is about."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else (anchors[0] if anchors else None)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    country = next(
        (
            g
            for c in subjects
            for g in c.children
            if g.lemma_ == "страна" and case_of(g) == "Gen" and not list(g.children)
        ),
        None,
    )
    return country_stood_for(reader, country) if country is not None else ""


def country_stood_for(reader: ActReader, country: Token) -> str:
    """The state a bare "страны" stands for: the last state named before it, in its sentence
    or the one before, that is no one's citizenship; else the state the text is about."""
    before = sentence_before(country.sent)
    start = before.start if before is not None else country.sent.start
    for x in reversed(country.doc[start : country.i]):
        for m in reader.by_token.get(x.i, ()):
            if m.type == "State" and not _of_citizen(reader, x, x.sent.root):
                return m.entity
    return reader.home_state()


def _commented(tok: Token, verb: Token) -> bool:
    """An act noun in a clause of what is said of it whose predicate the parse takes for no
    verb ("Президент Франции заявил, что арест журналиста в Иране недопустим"): the one who
    speaks comments on the act, which the noun's clause tells, not its agent."""
    t = tok
    while verb.i != tok.i and t.head.i not in {t.i, verb.i}:
        t = t.head
        if t.dep_ in CLAUSES and any(c.dep_ == "mark" for c in t.children):
            return True
    return False


def _for_states(reader: ActReader, keys: list[str], kind: str) -> list[str]:
    """A state's body that acts on people or things ("власти Турции задержали его",
    "МВД Перу арестовало") acts for its state, which takes part in its stead: the
    participants are persons and the states they act for. The state is the body's own, or
    the one its phrase names; an international body or a party stays itself, and so does a
    parliament that ratifies ("Сенат США ратифицировал")."""
    if kind == "Ratification":
        return keys
    bodies = [k for k in keys if k.startswith("org/") and not reader.stateless_body(k)]
    states = [s for k in keys if (s := reader.state_of(k)).startswith("state/")]
    if not bodies or not states:
        return keys
    return list(dict.fromkeys(k for k in [*keys, *states] if k not in bodies))


def _country_of_place(
    reader: ActReader, tok: Token, anchors: list[Token], kind: str, acted_on: set[str]
) -> str:
    """The country an arrest happens in ("в Великобритании"), one is expelled from, or
    whose ministry one is summoned to ("вызван в МИД Кении"; never the state of the one
    summoned, `acted_on`)."""
    wanted = {"Arrest": ("в", "Loc"), "Expulsion": ("из", "Gen"), "Summons": ("в", "Acc")}.get(kind)
    if wanted is None:
        return ""
    heads = [tok, *anchors[:1]]
    if kind == "Arrest":  # "задержала гражданина Мексики в Торонто": the place, parsed as
        heads += [t for t in _targets(tok, anchors) if t.pos_ == "NOUN"]  # the noun's
    words = [c for head in heads for c in head.children]
    trips: list[Token] = []
    if kind == "Arrest":  # "X, живший в Турции, был задержан 5 марта в Стамбуле"
        words += hung_back_past(tok)
        # "Во время протестов в Лиме полиция задержала …": where what it was during was;
        # "Во время визита в Каир …": where the visit went (h-events136)
        during = [c for c in words if fixed_preposition(c, DURING)]
        words += [g for c in during for g in c.children]
        trips = [d for c in during for d in trip_places(c)]
    for c in words:
        if reader.prep_of(c) != wanted[0] or not _in_case(c, wanted[1]):
            continue
        if state := state_near(reader, [c, *c.children], kind):
            return state  # "в Великобритании", "в аэропорту Джакарты", not deeper
        if kind == "Summons" and (state := _ministry_state(reader, c, acted_on)):
            return state
    return next(filter(None, (state_near(reader, [d], kind) for d in trips)), "")


def _ministry_state(reader: ActReader, place: Token, summoned: set[str]) -> str:
    """The state of the ministry one is summoned to that names none ("был вызван в МИД, где
    ему вручили ноту" after "МИД Японии выразил протест"): the one the resolver gave that
    ministry, named before (sixty-fourth pass, h-events238). Never the summoned diplomat's
    own state, whose summons home is a recall: the resolver gives a bare "МИД" the one
    ministry the text names so, which may be his, told later ("Министерство иностранных
    дел Латвии объявило … Временный поверенный в делах Ирана был вызван в МИД … Официальный
    представитель МИД Ирана заявил"), or none where two are named, so the body of that
    name named last before it, of another state, is meant (sixty-fifth pass, h-events243)."""
    states = (reader.state_of(k) for k in reader.orgs_at(place))
    state = next((s for s in states if s.startswith("state/")), "")
    return state if state and state not in summoned else _same_body_before(reader, place, summoned)


def _same_body_before(reader: ActReader, place: Token, summoned: set[str]) -> str:
    """The state of the last body named before `place` whose name is the one `place` gives
    in full or short (`body_in_full`: "МИД" is "Министерство иностранных дел Латвии"'s),
    of no state in `summoned`; "" where there is none."""
    full = body_in_full(place.text).lower()
    entities = reader.ctx.entities
    before = (m for m in reader.ctx.mentions if m.end <= place.idx and m.type == "Organization")
    for m in sorted(before, key=lambda m: m.start, reverse=True):
        entity = entities.get(m.entity)
        state = reader.state_of(m.entity)
        named = entity is not None and entity.name.lower().startswith(f"{full} ")
        if full and named and state.startswith("state/") and state not in summoned:
            return state
    return ""


def _in_case(tok: Token, case: str) -> bool:
    """`tok` in `case`; for the locative, also a name that does not decline ("задержали в
    Сан-Хосе", which the tagger may read as an accusative: h-events136), and for the
    accusative a word the tagger may read as a locative ("вызван во вторник в МИД Японии":
    sixty-fourth pass, h-events238)."""
    if case == "Loc":
        return locative(tok)
    return features(tok, "Case") == (case,) or case == "Acc" and _indeclinable(tok)


def trip_places(noun: Token) -> list[Token]:
    """The words a visit noun goes to, "в" in the accusative ("во время визита в Каир", "в
    ходе визита министра X в Хартум", which the parse may hang on the visitor's title in the
    genitive): where an act told during the visit is done. None for a noun of no visit.
    Fifty-first pass (h-events136)."""
    if not any(r.kind in VISITS for r in trigger_rules().get(noun.lemma_, ())):
        return []
    titles = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    heads = [noun, *(t for t in titles if is_animate(t))]
    return [x for h in heads for x in h.children if preposition(x) == "в" and accusative(x)]


def _body_town(reader: ActReader, tok: Token, anchors: list[Token]) -> str:
    """The state of the city a body that acts is named by ("Суд Сантьяго заочно арестовал
    X", "арестован таллинским судом", "полиция Торонто задержала"): the body's city, by its
    genitive or its adjective, where the body itself has no state (an organization or a
    noun the resolver left unnamed, never a person); "" for any other."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else (anchors[0] if anchors else None)
    if verb is None:
        return ""
    gaz = reader.ctx.gazetteer
    for c in verb.children:
        agent = c.dep_ == "obl:agent" or c.dep_ == "obl" and case_of(c) == "Ins"
        if not (c.dep_ == "nsubj" or agent and not has_preposition(c)):
            continue
        body = reader.mention_head.get(c.i)  # "суд Антофагасты": a body the text names
        if (body.type != "Organization") if body is not None else c.pos_ != "NOUN":
            continue
        for x in c.children:
            if x.dep_ not in {"amod", "nmod"} or has_preposition(x):
                continue
            if capital := reader.capital_of(x):
                return capital  # "таллинский суд", "суд Сантьяго"
            if x.pos_ != "PROPN":
                continue
            if state := city_state(named_city(x, gaz)):
                return state  # "суд Сантьяго"
    return ""


def _placed(reader: ActReader, tok: Token, citizens: bool = True) -> bool:
    """Whether the act's sentence names a state or a place ("в Нью-Йорке", "в Бангкоке
    (Таиланд)"): then the text's own state need not be where it happened. With `citizens`
    False, not one only as whose citizens people are ("гражданки Чили и Аргентины")."""
    words = [t for t in tok.sent if citizens or not _of_citizen(reader, t, t.sent.root)]
    states = (m for t in words for m in reader.by_token.get(t.i, ()) if m.type == "State")
    return any(t.ent_type_ == "LOC" for t in words) or next(states, None) is not None


def _place_before(reader: ActReader, tok: Token) -> str:
    """The state of the place the sentence before tells its news "в" ("В Лиме прошли
    протесты", "Протесты в Перу продолжаются"): a state, its capital or a city of it; ""
    for none or for places of two states."""
    before = sentence_before(tok.sent)
    return "" if before is None else _state_of_places(reader, list(before))


def _place_of_frame(reader: ActReader, verb: Token) -> str:
    """The state of the place of the event a relative clause of an act is told within ("В
    Каире прошли протесты, в ходе которых были задержаны 300 человек": Egypt), "в" on the
    event noun or on its verb. Forty-ninth pass, own sentences (h-events130)."""
    return _state_of_places(reader, frame_words(verb, lambda v: is_role(v, "happen")))


def _state_of_places(reader: ActReader, words: list[Token]) -> str:
    """The one state of the places among `words` told "в" (a state, its capital or a city of
    it); "" for none or for places of two states ("в Каире и Аммане": the conjunct shares
    the first one's "в")."""
    found = set()
    for x in words:
        prep = reader.prep_of(x) or (reader.prep_of(x.head) if x.dep_ == "conj" else "")
        if prep != "в" or not locative(x):
            continue
        states = [m.entity for m in reader.by_token.get(x.i, ()) if m.type == "State"]
        found |= set(
            states[:1] or [k for k in [reader.capital_of(x), city_state_at(reader)(x)] if k][:1]
        )
    return found.pop() if len(found) == 1 else ""


def _opens_sentence(verb: Token) -> bool:
    """A verb that opens its sentence, after its passive's "быть" and subject at most ("Были
    задержаны 300 человек", "Сотни участников были арестованы"): no time or turn of its own
    ("Позже", "Через год") sets it apart from the sentence before. Forty-ninth pass
    (h-events130)."""
    allowed = {"aux", "aux:pass", "nsubj:pass", "nsubj", "punct"}
    return verb.pos_ == "VERB" and all(c.dep_ in allowed for c in verb.children if c.i < verb.i)


def _citizens_of(reader: ActReader, tok: Token, state: str) -> bool:
    """Whether the act's sentence names `state` only as whose citizens people are."""
    return any(
        m.type == "State" and m.entity == state and _of_citizen(reader, t, t.sent.root)
        for t in tok.sent
        for m in reader.by_token.get(t.i, ())
    )


def _add(reader: ActReader, hit: Hit, keys: list[str], own_state: bool) -> None:
    """Adds persons, states and organizations; a person's state only for the agent."""
    for key in keys:
        if key.startswith("person/"):
            hit.persons.append(key)
            state = reader.state_of(key)
            if own_state and state.startswith("state/"):
                hit.states.append(state)
        elif key.startswith("state/"):
            hit.states.append(key)
        elif key.startswith("org/"):
            hit.others.append(key)
    hit.persons = list(dict.fromkeys(hit.persons))
    hit.others = list(dict.fromkeys(hit.others))
