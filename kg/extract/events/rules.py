"""Which trigger rule of `event_kinds.tsv` a word fits (`_Rules._rule`): its part of
speech and number, the words the rule wants beside it, and the uses that tell no event of
the graph: a habit ("ежегодные встречи"), a match, a wedding, a website, a work's title,
a wish or a demand ("потребовали отставки"), an attempt, what a show is about.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Token

from kg.doc_text import token_strings
from kg.extract.agreements.non_titles import in_a_works_name
from kg.extract.agreements.sentences import adopted_by_sides
from kg.extract.agreements.status import ADOPT
from kg.extract.common.attribution_words import speech_lemmas
from kg.extract.common.words import conjuncts
from kg.extract.events.acts import MISSION_STAFF, NON_GRATA, mission_staff, non_grata
from kg.extract.events.attacks import ATTACKS, begun_attack
from kg.extract.events.career_bodies import out_of_company
from kg.extract.events.career_offices import has_office
from kg.extract.events.careers import inauguration_before
from kg.extract.events.credentials import CREDENTIALS, credentials
from kg.extract.events.exchanges import captives
from kg.extract.events.festivals import (
    CULTURE_OF_STATE,
    TRADE_OF_STATE,
    presented_states,
    traded_states,
)
from kg.extract.events.labels import quoted_after
from kg.extract.events.linking import RELATIVE, Linking, said_in, verb_subjects
from kg.extract.events.openings import MISSION_OF_STATE, opening_state
from kg.extract.events.place_names import accusative, same_place_case
from kg.extract.events.relief import AID_SENT, measured_load, sent_aid
from kg.extract.events.repeats import habit_onset, told_at_every, told_over_span
from kg.extract.events.rulings import COURT_RULES, court_sitting, rules_abroad
from kg.extract.events.triggers import (
    VISITS,
    Rule,
    among_signed_paper,
    compound_head,
    exchanged_paper,
    trigger_rules,
)
from kg.extract.events.words import (
    PAPERS,
    addressees,
    paper_before,
    rumoured,
    taken_call,
    told_in,
)
from kg.extract.events.words import is_role as _is
from kg.lexicon import load_groups
from kg.nlp.deps import (
    CLAUSES,
    SUBJECTS,
    crossed_verb,
    is_passive,
    negated,
    object_as_subject,
    sentence_before,
    subjunctive,
)
from kg.nlp.deps import preposition as _prep
from kg.nlp.deps import tense as _tense
from kg.nlp.morph import (
    case_of,
    features,
    is_animate,
    is_infinitive,
    is_noun,
    is_plural,
    is_verb,
)
from kg.resolve.office_holders import OFFICE_KINDS
from kg.resolve.title_lexicon import is_office

# nouns that stand for what they govern beside a trigger: "отстранил от исполнения
# обязанностей" is from the duties, as "от обязанностей"
_STANDS_FOR = frozenset({"исполнение"})
_POSTS = frozenset({"пост", "должность"})


_OUT_OF_COMPANY = "из_компании"  # `with` of leaving a company, also by its name ("из Apple")


_FROM_SOMEONE = "от_кого"  # `with` of a call from someone ("звонок от президента Чили")
# `with` of a law the noun's own genitive or its "его" names ("утверждение закона", "Закон …
# после его утверждения Советом"), not one it hangs on ("закон, поступивший на утверждение")
_PAPER_BEFORE = "его_закон"
# `with` of a paper the sides adopt ("Стороны приняли совместную декларацию"): its signing
_ADOPTED_PAPER = "документ_сторон"
# `with` of a name in quotation marks hung on the trigger ("учения «Варуна»"): a named event
_QUOTED_NAME = "имя_в_кавычках"
# `with` of a bare noun the text told before as the event ("устроил приём по случаю Дня
# Республики. На приёме присутствовал X"): that event again
_TOLD_BEFORE = "тот_же"
# `with` words of a programme's noun that must present a state's culture or goods
_PRESENTED = frozenset({CULTURE_OF_STATE, TRADE_OF_STATE})


# kinds a singular present tells as news, not a habit: "X покидает свой пост", "Израиль
# отзывает своего посла" (h-events210), "Латвия высылает (объявляет персоной нон грата)
# посла Ирана" (sixty-fifth pass, h-events243)
# (h-events243); "Финляндия закрывает пункты пропуска на границе с X" (seventieth pass,
# h-events267)
_NEWS_IN_PRESENT = frozenset({"Resignation", "Recall", "Expulsion", "BorderClosure"})
# changes of office a question may name without telling them ("вопрос об отставке")
_ASKED_CHANGES = frozenset({"Appointment", "Resignation"})


class Rules(Linking):
    """The trigger rule a word fits."""

    def _rule(self, tok: Token, verbs: bool) -> Rule | None:
        """The trigger rule `tok` fits, or None (wrong part of speech, plural, habit)."""
        head = compound_head(tok.lemma_)
        rules = trigger_rules().get(head)
        # a participle that tells it: "обменялись подписанными …", "Среди подписанных … — X"
        told = exchanged_paper(tok) is not None or among_signed_paper(tok) is not None
        if not rules or (is_verb(tok) or told) != verbs:
            return None
        presents = self._presents(tok, rules) if not verbs else set()  # "Дни культуры Алжира"
        if not verbs and not self._noun_fits(tok, rules, presents):
            return None
        near = {c.lemma_ for c in tok.children} | {tok.head.lemma_, tok.head.head.lemma_}
        near |= {c.lemma_ for c in captives(tok)}  # "обмен заключёнными" hung on the verb
        near |= {g.lemma_ for c in tok.children if c.lemma_ in _STANDS_FOR for g in c.children}
        near |= self._post_on_appointee(tok)
        near |= _shared_passive_subject(tok)
        near |= {v.lemma_ for v in [object_as_subject(tok)] if v is not None}  # "намечено провести"
        near |= self._markers(tok, verbs, rules, _with_words(head))
        near |= presents
        plural_one = not rules[0].single  # "переговоры", "консультации": one event in plural
        series = any(_is(c, "habit") for c in tok.children)
        series = series and not _one_of_series(tok, plural_one)
        routine = habit_onset(tok) or verbs and told_over_span(tok)  # "встречался много лет"
        routine = routine or told_at_every(tok if verbs else tok.head)  # "каждый четверг"
        # "стал нападать с ножом на прохожих": an attack set about, no habit (h-events111)
        routine = routine and not (rules[0].kind in ATTACKS and begun_attack(tok) is not None)
        if series or routine or _held_as_habit(tok):  # "ежегодные встречи"
            return None
        # "саммит и форум": a conjunct is an event of its own, not a part of the other's name
        named = tok.head.i != tok.i and tok.dep_ != "conj"
        named = named and tok.head.lemma_ in {"церемония", "форум", "саммит"}
        named = named or inauguration_before(tok)  # "на церемонию": the inauguration told
        if named or in_a_works_name(tok, self.ctx.words) or _listed_name(tok, self.ctx.words):
            # "церемония встречи": part of another event's name; "фильм «Место встречи
            # изменить нельзя»": a work's title, no meeting
            return None
        if (
            self._game(tok, verbs, rules[0].kind)
            or not verbs
            and (_wedding(tok) or _web_forum(tok) or court_sitting(self, tok))
            or rumoured(tok)
        ):
            # "встреча завершилась со счётом 1:0": a match, no meeting; "зачитал постановление
            # на открытом заседании" of a court: its sitting, no meeting; "вышла замуж …
            # Торжественная церемония состоялась": a wedding, no ceremony the graph keeps;
            # "оставили соболезнования на форуме": a site; "опроверг сообщения о
            # предстоящем визите", "опроверг, что встречался": no event the text tells
            return None
        held_as = through_conduct(tok)  # "возможность проведения выборов"
        maybe = [held_as.head] if held_as.dep_ == "nmod" else []
        maybe += [c for c in held_as.children if c.dep_ == "amod"]  # "возможные выборы"
        maybe += _noun_of_doing(held_as)  # "правом назначать новые выборы"
        topic = not verbs and (_works_topic(held_as) or _asked_change(held_as, rules[0].kind))
        if any(_is(t, "maybe") for t in maybe) or topic:
            # "в возможности личной встречи": not an event the text tells; "выставка,
            # посвящённая саммиту": what a show is about; "вопрос об отставке": what is asked
            return None
        # a call told by the verb that takes it is told by that verb's tense ("получает звонок")
        own = tok if verbs else tok.head if taken_call(tok) else None
        if own is not None and features(own, "VerbForm") == ("Fin",) and habitual(own):
            habit = any(_is(g, "habit") for c in own.children for g in c.children)
            news = rules[0].dest or rules[0].kind in _NEWS_IN_PRESENT
            if habit or not (news and features(own, "Number") == ("Sing",)):
                return None  # "мы встречаемся регулярно": a habit; "X прибывает в Y": news
        tried = _is(tok.head, "attempt") and (tok.dep_ in {"obj", "nmod"} or verbs)
        tried = tried and not _own_clause(tok)  # "попытался …, однако полиция его задержала"
        if tried or _tried(tok) or verbs and _supposed(tok):
            # "в попытке сместить", "потребовали отставки": not done; "было бы неправильно
            # приезжать в Россию": only weighed
            return None
        wanted = _wanted(tok) or _listed_demand(tok)
        if not verbs and (wanted or _is(tok, "network") and self._where_a_text_is(tok)):
            # "желает проведения досрочных выборов", "не хочет выборов", "Среди требований:
            # «отставка мэра X»"; "в заявлении, опубликованном в Facebook": the statement is
            # the event, not a post
            return None
        for rule in rules:
            # "торжественный приём Финляндии в НАТО": its accession, no ceremony
            if not _fits_rule(rule, tok, verbs, near) or self._received_into(tok, rule):
                continue
            plural = rule.single and features(tok, "Number") == ("Plur",)
            once = in_wave(tok, rule) or rule.kind == "AidDelivery" and measured_load(tok)
            if plural and not (once or self._to_joined_places(tok, rule)):
                return None
            if rule.office and not has_office(self, tok):
                continue  # "стал первым", "назначил встречу"
            return rule
        return None

    def _markers(
        self, tok: Token, verbs: bool, rules: list[Rule], wanted: frozenset[str]
    ) -> set[str]:
        """The `with` markers a reader of their own finds at `tok`, each read only where a
        rule of its lemma wants it (`wanted`): the rest can fit no rule of the word, and
        most trigger words want none of them (seventy-first pass, h-perf74)."""
        readers = {
            _OUT_OF_COMPANY: lambda: any(out_of_company(self, c) for c in tok.children),
            _FROM_SOMEONE: lambda: any(from_someone(c) for c in tok.children),  # "от Макрона"
            _PAPER_BEFORE: lambda: any(_own_paper(c) for c in tok.children),
            _ADOPTED_PAPER: lambda: verbs and self._sides_adopt(tok),
            CREDENTIALS: lambda: credentials(tok) is not None,
            NON_GRATA: lambda: verbs and bool(non_grata(tok)),  # "объявил персоной нон грата"
            MISSION_STAFF: lambda: mission_staff(tok),  # "вызвали сотрудника посольства"
            COURT_RULES: lambda: rules_abroad(self, tok),  # "Международный суд постановил"
            _TOLD_BEFORE: lambda: not verbs and self._told_before(tok, rules),
            AID_SENT: lambda: not verbs and sent_aid(tok) is not None,
            MISSION_OF_STATE: lambda: bool(opening_state(self, tok)),  # "открыла консульство"
        }
        return {marker for marker, read in readers.items() if marker in wanted and read()}

    def _sides_adopt(self, verb: Token) -> bool:
        """Whether `verb` adopts a paper the agreements read as the sides' signed or planned
        one (`adopted_by_sides`: "Стороны приняли совместную декларацию", "По итогам
        переговоров принято совместное заявление"): its conclusion, a signing as "подписали"
        tells one. Not a body's or its members' ("Депутаты приняли декларацию"), nor
        "приняли к сведению", "приняли участие", "принял закон" (no paper of the sides).
        Fifty-fourth pass (h-agreements48)."""
        if verb.lemma_ not in ADOPT:
            return False
        for c in verb.children:
            paper = self.titles.get(c.i)
            adopter = adopted_by_sides(c, paper.status) if paper is not None else None
            if adopter is None or adopter.i != verb.i:
                continue
            return not any(self._body(s) for s in verb_subjects(verb))
        return False

    def _told_before(self, tok: Token, rules: list[Rule]) -> bool:
        """A bare noun of a rule that wants `_TOLD_BEFORE` ("На приёме присутствовал X") whose
        word an earlier sentence told as that rule's event ("устроил приём по случаю Дня
        Республики"): the same event, which the bare word alone would not tell; not one with
        its own object or host ("приём заявок", "на приёме у врача"). Sixty-fourth pass
        (h-events237)."""
        kinds = {r.kind for r in rules if _TOLD_BEFORE in r.with_}
        if not kinds or any(c.dep_ == "nmod" and _prep(c) in {"", "у"} for c in tok.children):
            return False
        doc = tok.doc
        earlier = (t for t in doc[: tok.sent.start] if t.lemma_ == tok.lemma_)
        return any((r := self._rule(t, False)) is not None and r.kind in kinds for t in earlier)

    def _noun_fits(self, tok: Token, rules: list[Rule], presents: set[str]) -> bool:
        """A noun (or a compound of one), and for a word only a hosted programme's ("дни",
        "год", "выставка") one that presents a state's culture or goods (`presents`, asked
        once by `_rule`): "в ближайшие дни", "в прошлом году", frequent, are no event."""
        if not is_noun(tok) and not _compound_noun(tok):
            return False
        # "Выставку открыли X и Y" after one told: the same exhibition (`_told_before`)
        needs = [r.with_ & _PRESENTED and _TOLD_BEFORE not in r.with_ for r in rules]
        return bool(presents) or not all(needs)

    def _presents(self, tok: Token, rules: list[Rule]) -> set[str]:
        """What a programme's noun presents of a state: its culture ("Дни культуры Алжира",
        "фестиваль узбекского кино"), its goods ("выставка иранских товаров"); asked only of
        a noun with such a rule."""
        wanted = {w for r in rules for w in r.with_ & _PRESENTED}
        readers = {CULTURE_OF_STATE: presented_states, TRADE_OF_STATE: traded_states}
        return {w for w in wanted if readers[w](self, tok)}

    def _received_into(self, tok: Token, rule: Rule) -> bool:
        """A ceremony's word that tells a state's reception into a union ("торжественный
        приём Финляндии в НАТО"): its accession, where "приём в честь Дня независимости" is
        a ceremony of its own. Sixty-fourth pass (h-events237)."""
        if rule.kind != "Ceremony":
            return False
        owners = [c for c in tok.children if c.dep_ == "nmod" and not _prep(c)]
        owned = any(m.type == "State" for c in owners for m in self.by_token.get(c.i, ()))
        return owned and any(_prep(c) in {"в", "к"} and c.lemma_ != "честь" for c in tok.children)

    def _body(self, word: Token) -> bool:
        """A body or a member of one ("Сенат", "Депутаты парламента"), by its word or name."""
        named = any(m.type == "Organization" for m in self.by_token.get(word.i, ()))
        return named or _is(word, "body") or _is(word, "lawmaker")

    def _to_joined_places(self, tok: Token, rule: Rule) -> bool:
        """Visits in the plural "в" places joined by "и", the object of a perfective verb
        ("совершил визиты в Уганду и Руанду", "в Лиссабон и Рабат"): a visit to each
        (`hits._each_host`), no count ("пять визитов") nor habit ("совершает визиты").
        Fifty-fourth pass (h-events154)."""
        if rule.kind not in VISITS or tok.pos_ != "NOUN":
            return False
        # "совершил пять визитов", "регулярно совершает визиты": a count, a habit
        counted = any(c.pos_ == "NUM" or c.dep_.startswith("nummod") for c in tok.children)
        once = tok.head.pos_ == "VERB" and features(tok.head, "Aspect") == ("Perf",)
        if counted or not once:
            return False
        places = [c for c in tok.children if _prep(c) in {"в", "на"} and accusative(c)]
        return any(
            self._is_place(p) and self._is_place(c) and same_place_case(p, c)
            for p in places
            for c in p.children
            if c.dep_ == "conj"
        )

    def _post_on_appointee(self, tok: Token) -> set[str]:
        """ "пост"/"должность" the parser hung on the named person a verb puts in it
        ("утвердил X на посту премьер-министра"): beside the verb."""
        named = [c for c in tok.children if c.dep_ == "obj" and c.i in self.mention_head]
        return {g.lemma_ for c in named for g in c.children if g.lemma_ in _POSTS}

    def _game(self, tok: Token, verbs: bool, kind: str) -> bool:
        """A game told by an event word (`_match`, `_players_meet`), not a state's leader
        meeting players ("президент встретился с игроками сборной": a meeting)."""
        if not told_in(self.ctx, ("sport", "game_part")):  # most documents: no word of a game
            return False
        game = _match(tok) if not verbs else kind == "Meeting" and _players_meet(tok)
        return game and not (kind == "Meeting" and self._leader_meets(tok, verbs))

    def _leader_meets(self, tok: Token, verbs: bool) -> bool:
        """A state's leader or official is a side of a meeting told beside a sport's words
        ("Президент Чили встретился с игроками сборной", "премьер провёл встречу с
        футболистами", "встреча президента со сборной"): a meeting, no game; a coach or a
        captain is a sports office, no leader. Not a counted part of a game ("на 53-й минуте
        встречи"), nor a leader who only watches it ("встречу сборных посетил президент")."""
        if not verbs and _game_part(tok):
            return False
        sides = _sides_of(tok)
        if not verbs:
            sides += [c for c in tok.children if c.dep_ == "nmod" and not _prep(c)]
            verb = governor(tok)
            if verb is not None and _is(verb, "happen") and tok.dep_ in {"obj", *SUBJECTS}:
                sides += _sides_of(verb)  # "провёл встречу с футболистами"
        return any(self._leader(s) for s in sides for s in conjuncts(s))

    def _leader(self, word: Token) -> bool:
        """A state's leader or official by title ("президент", "глава правительства",
        "министр спорта"), or a person so titled by name; not one of a club or a federation
        ("президент клуба", "председатель федерации футбола")."""
        if word.pos_ == "PROPN" and (m := self.mention_head.get(word.i)) is not None:
            person = self.ctx.entity(m.entity) if m.type == "Person" else None
            return person is not None and state_office(person.office.lower().split())
        of = [c for c in word.children if c.dep_ == "nmod" and not _prep(c)]
        if any(_is(c, "sport") or c.lemma_ in _SPORT_BODIES for c in of):
            return False
        return state_office([word.lemma_, *(c.lemma_ for c in of[:1])])

    @staticmethod
    def _where_a_text_is(tok: Token) -> bool:
        """A network that tells where another text is ("в своём микроблоге в Twitter", "в
        заявлении, опубликованном в Facebook", "опубликовал в Facebook статью"), also on a
        page ("на странице X в Facebook опубликовано заявление")."""
        head = tok.head
        if _is(head, "page") and head.head.pos_ == "VERB":
            head = head.head  # "на странице X в Facebook опубликовано заявление"
        texts = [head] if head.pos_ in {"NOUN", "PROPN"} else []
        texts += [c for c in head.children if c.dep_ in {"obj", "nsubj:pass"}]
        if head.dep_ in {"acl", "acl:relcl"}:
            texts.append(head.head)
        return any(
            r.kind == "Publication"
            for t in texts
            if t.i != tok.i
            for r in trigger_rules().get(t.lemma_, ())
        )

    def _noun_trigger(self, tok: Token) -> bool:
        return tok.pos_ in {"NOUN", "PROPN"} and self._rule(tok, False) is not None


# acts on people a series of which is one act on many ("серия арестов", "волна депортаций")
_WAVES = frozenset({"Arrest", "Release", "Expulsion"})


def in_wave(tok: Token, rule: Rule) -> bool:
    """An act on people in the plural genitive of a noun of a series ("прошла серия арестов
    оппозиционеров", "волна задержаний"): the series is one act on many, told as the series
    is; not a series of talks or of visits, each an event of its own."""
    return (
        rule.kind in _WAVES
        and tok.dep_ == "nmod"
        and case_of(tok) == "Gen"
        and not _prep(tok)
        and _is(tok.head, "wave")
    )


def from_someone(word: Token) -> bool:
    """A name or an office after "от" ("звонок от президента Чили", "от Макрона"): who a
    call comes from, not a stranger ("от неизвестного", "от соседа")."""
    return _prep(word) == "от" and (word.pos_ == "PROPN" or is_office([word.lemma_]))


def _shared_passive_subject(tok: Token) -> set[str]:
    """The passive subject a conjoined passive verb shares with the one before ("Закон был
    принят … и одобрен Сенатом": "закон" is "одобрен"'s too; h-events112)."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or not is_passive(tok):
        return set()
    return {c.lemma_ for c in tok.head.children if c.dep_ == "nsubj:pass"}


@cache
def _with_words(head: str) -> frozenset[str]:
    """The `with` words of every rule of a trigger lemma (`trigger_rules`)."""
    return frozenset(w for rule in trigger_rules().get(head, ()) for w in rule.with_)


def _fits_rule(rule: Rule, tok: Token, verbs: bool, near: set[str]) -> bool:
    """The rule's part of speech and number ("учение Конфуция" is no "учения"), and its
    `with` words beside the trigger (a quoted name after it: "учения «Варуна»"), or for a
    text, a verb of saying that gives its words (`said_in`)."""
    if rule.verb != verbs or rule.plural and not is_plural(tok):  # "Дни"[PROPN, Sing]
        return False
    if rule.kind == "Message" and _has_addressee(tok):
        return True
    said = rule.said and (said_in(tok) or _came_out_with(tok))
    quoted = _QUOTED_NAME in rule.with_ and bool(quoted_after(tok))  # such a rule's only
    return not rule.with_ or bool(rule.with_ & near) or quoted or said


def _has_addressee(noun: Token) -> bool:
    """A letter told by whom it is sent to ("в письме президенту Чили X предложил"): one
    sent, whatever verb it hangs on; of its own `addressees`, a person's dative with no
    preposition."""
    return noun.pos_ == "NOUN" and any(is_animate(c) and not _prep(c) for c in addressees(noun, []))


def _came_out_with(noun: Token) -> bool:
    """A text its author came out with ("МИД Китая выступил с заявлением", "президент
    выступил с обращением"): made public, as one distributed is; not one stood against
    ("выступил против заявления"), nor one ahead ("выступит с заявлением", "намерен
    выступить с заявлением"): no statement is made yet."""
    made = _tense(noun.head) in {"Past", "Pres"}
    return _prep(noun) == "с" and noun.dep_ in {"obl", "nmod"} and _is(noun.head, "favour") and made


def governor(tok: Token) -> Token | None:
    """The nearest verb up the parse, not crossing into another clause; not a tail of
    saying the parse makes a noun the subject of beside its own speaker (`told_tail`);
    the finite verb an arc to it passes over where one does (`crossed_verb`); the
    infinitive a subject of an impersonal verb is the object of (`object_as_subject`)."""
    word = tok
    while tok.head.i != tok.i:
        if tok.dep_ in CLAUSES and tok.pos_ in {"VERB", "AUX"}:
            return None
        if told_tail(tok):
            return tok.head.head
        child, tok = tok, tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return object_as_subject(child) or crossed_verb(word, tok) or tok
    return None


def told_tail(tok: Token) -> bool:
    """A subject hung on a tail of saying that has a speaker of its own after it ("Саммит
    Индия — ЕС состоится в Нью-Дели 23 июля, сообщил МИД Индии", the summit parsed as
    "сообщил"'s subject): the clause the tail is on, not the tail, is the noun's."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.dep_ == "parataxis"
        and verb.lemma_ in speech_lemmas()
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
    )


_QUOTE_REACH = 12  # words from a trigger to the marks of the quoted name it is in
_JOINS = frozenset({",", "и", "или"})


def _listed_name(tok: Token, words: Sequence[str]) -> bool:
    """A trigger inside a quoted name listed with another quoted name ("известны фильмы
    «Четыре танкиста и собака» и «Место встречи изменить нельзя»"): titles of works, no
    event; a quotation of words stands alone, and a paper's name tells the talks it is of
    ("подписали «Совместное заявление по итогам переговоров» и «Меморандум о …»"). `words`:
    the Doc's token texts."""
    i = tok.i
    back = range(i - 1, max(-1, i - _QUOTE_REACH), -1)
    opening = next((k for k in back if words[k] in ("«", "»") or "\n" in words[k]), None)
    ahead = range(i + 1, min(len(words), i + _QUOTE_REACH))
    closing = next((k for k in ahead if words[k] in ("«", "»") or "\n" in words[k]), None)
    if opening is None or closing is None or (words[opening], words[closing]) != ("«", "»"):
        return False
    if any(_is(tok.doc[k], "document") for k in range(opening + 1, i)):
        return False  # "«Совместное заявление по итогам переговоров» и «…»": a paper's name
    follows = opening >= 2 and words[opening - 2] == "»" and words[opening - 1] in _JOINS
    ahead_of = closing + 2 < len(words) and words[closing + 1] in _JOINS
    return follows or ahead_of and words[closing + 2] == "«"


def _match(tok: Token) -> bool:
    """A game between teams told with an event noun: the noun, its verb or the verb's other
    words name a sport's things ("встречу посетили 70 тысяч зрителей", "встреча сборных"),
    or it is the genitive of a counted part of a game ("первые два периода встречи")."""
    verb = governor(tok)
    near = [*tok.children, *(verb.children if verb is not None else ())]
    return any(_is(t, "sport") for t in near) or _game_part(tok)


def _game_part(tok: Token) -> bool:
    """The genitive of a part of a game with a count, or a rank of one ("первые два
    периода встречи", "на 53-й минуте встречи"); a bare "в период встречи" or "в первые
    минуты встречи" is a time of a meeting."""
    part = tok.head
    one = features(part, "Number") == ("Sing",)
    counted = any(c.dep_.startswith("nummod") or one and c.dep_ == "amod" for c in part.children)
    return tok.dep_ == "nmod" and _is(part, "game_part") and counted


def _players_meet(tok: Token) -> bool:
    """A verb of meeting whose subject or partner is a player, or one of them ("один из
    вратарей встретится с …"): a game, no meeting; a meeting at a match keeps its sides
    ("встретился с президентом на матче")."""
    sides = _sides_of(tok)
    words = [*sides, *(g for s in sides for g in s.children if g.dep_ == "nmod")]
    return any(_is(w, "sport") for w in words)


def _sides_of(word: Token) -> list[Token]:
    """The subjects and the "с" partners of a verb or an event noun."""
    return [c for c in word.children if c.dep_ in SUBJECTS or _prep(c) in {"с", "со"}]


# bodies of sport whose president or chairman is no state's leader ("президент клуба")
_SPORT_BODIES = frozenset({"клуб", "команда", "федерация", "лига", "ассоциация", "комитет"})
_STATE_OFFICE_KINDS = ("политик", "дипломат")  # `office_kinds.tsv`: a state's officials


@cache
def _state_offices() -> frozenset[str]:
    """One-word offices of a state's politicians and diplomats ("министр", "посол")."""
    groups = load_groups(OFFICE_KINDS)
    return frozenset(o for k in _STATE_OFFICE_KINDS for o in groups.get(k, ()) if " " not in o)


def state_office(lemmas: Sequence[str]) -> bool:
    """Whether the words from the first on begin a state's office ("президент", "премьер",
    "глава правительства", "министр"), not a sports one ("тренер", "капитан")."""
    words = [w.replace("ё", "е") for w in lemmas]
    return bool(words) and (words[0] in _state_offices() or is_office(words, state_role=True))


def _web_forum(tok: Token) -> bool:
    """A forum of a site, no gathering: the verb it hangs on writes on it, or its own words
    or the verb's place name a site ("оставили соболезнования на форуме", "форум сайта",
    "на портале открылся форум", `web`); not a place of a verb of happening that tells how
    it is held ("форум прошёл в интернете", `manner`)."""
    if tok.lemma_ != "форум":
        return False
    verb = governor(tok)
    places = [c for c in verb.children if c.dep_ == "obl"] if verb is not None else []
    if verb is not None and _is(verb, "happen"):
        places = [c for c in places if not _is(c, "manner")]
    words = [*tok.children, *([verb] if verb is not None else []), *places]
    return any(_is(t, "web") for t in words)


def _wedding(tok: Token) -> bool:
    """A ceremony of a marriage, which the conventions leave out: its own words name one
    ("свадебная церемония", "церемония бракосочетания"), or, where it names no other kind
    ("церемония подписания"), its sentence or the one before tells one ("вышла замуж за X.
    Торжественная церемония состоялась в особняке")."""
    if tok.lemma_ != "церемония":
        return False
    if any(_is(c, "wedding") for c in tok.children):
        return True
    if any(c.dep_ == "nmod" for c in tok.children):
        return False
    before = sentence_before(tok.sent)
    return any(_is(t, "wedding") for t in [*(before or ()), *tok.sent])


def _one_of_series(tok: Token, plural_one: bool) -> bool:
    """A singular noun of a recurring event that a perfective verb says was or will be held
    ("провели ежегодный саммит", "состоялось очередное регулярное заседание"), or a noun
    whose plural is one event ("ежегодные консультации пройдут в июне"): one event of the
    series, not a habit ("ежегодные встречи", "на каждом саммите выступал")."""
    verb = governor(tok)
    series = [c for c in tok.children if _is(c, "habit")]
    return (
        (plural_one or features(tok, "Number") == ("Sing",))
        and all(c.dep_ == "amod" and c.pos_ == "ADJ" for c in series)
        and verb is not None
        and features(verb, "Aspect") == ("Perf",)
    )


def _supposed(verb: Token) -> bool:
    """An infinitive that is the subject of a judgement in the subjunctive ("было бы
    неправильно приезжать в Россию", "было бы ошибкой посетить Аргентину"): an act only
    weighed, not told."""
    return is_infinitive(verb) and verb.dep_ == "csubj" and subjunctive(verb.head)


def _own_clause(verb: Token) -> bool:
    """A finite verb the parser joins to a verb of trying as its conjunct ("X попытался
    попасть в посольство, …, однако полиция его задержала", "…, однако был задержан"): a
    clause of its own, told as done, not what was tried. Pass forty-fourth, own sentences
    (h-events112)."""
    finite = features(verb, "VerbForm") == ("Fin",) or "Short" in features(verb, "Variant")
    return verb.dep_ in {"conj", "parataxis"} and finite


def _tried(tok: Token) -> bool:
    """A noun trigger held by an infinitive that someone tried or asked for ("пытался вести
    переговоры", "призвал провести встречу"): not told as done."""
    verb = tok.head
    return (
        tok.dep_ == "obj"
        and is_infinitive(verb)
        and verb.dep_ == "xcomp"
        and _is(verb.head, "attempt")
    )


def _listed_demand(noun: Token) -> bool:
    """A noun listed after a colon under a word of demand ("Среди требований акции:
    «немедленная отставка мэра X», «созыв форума»"): what is asked for, not what was done."""
    if features(noun, "Case") != ("Nom",):
        return False  # a listed item is named in the nominative
    words = token_strings(noun.doc)  # no `Token` made per word of the sentence
    start = noun.sent.start
    colon = next((i for i in range(noun.i - 1, start - 1, -1) if words[i] == ":"), -1)
    return colon >= 0 and any(_is(a, "attempt") and a.i < colon for a in noun.ancestors)


def _held_as_habit(tok: Token) -> bool:
    """A noun a present verb of holding says is held again and again ("ежегодно проводят
    консультации", "проводят переговоры каждый год"): a habit, no one event; not "провели
    консультации", nor "проводят консультации" with no word of recurrence (the news present)."""
    verb = tok.head
    if tok.dep_ not in {"obj", "nsubj", "nsubj:pass"} or not _is(verb, "happen"):
        return False
    words = [*verb.children, *(g for c in verb.children for g in c.children)]
    return habitual(verb) and any(_is(w, "habit") for w in words)


def habitual(verb: Token) -> bool:
    """An imperfective verb in the present tense tells a habit ("мы встречаемся")."""
    return features(verb, "Aspect") == ("Imp",) and features(verb, "Tense") == ("Pres",)


def _compound_noun(tok: Token) -> bool:
    """ "провести в следующем году бизнес-форум": a compound event noun the tagger read as
    an adjective, though it qualifies no noun (it is the object or subject itself)."""
    return (
        tok.pos_ == "ADJ"
        and compound_head(tok.lemma_) != tok.lemma_
        and tok.dep_ in {"obj", "nsubj", "nsubj:pass", "obl", "nmod"}
    )


def _works_topic(tok: Token) -> bool:
    """An event noun that a work or a show is devoted to or about ("выставка, посвящённая
    саммиту АСЕАН", "книга о переговорах", "фильм о визите"): its topic, not an event the
    text tells as happening. What a meeting is devoted to is told ("совещание, посвящённое
    визиту президента"), as is its object ("посвятили встречу торговле")."""
    if _is(tok.head, "devoted") and case_of(tok) == "Dat":
        devoted = tok.head
        work = devoted.head if devoted.dep_ in {"acl", "amod"} else None
        work = work or next((c for c in devoted.children if c.dep_ in SUBJECTS), None)
        return work is not None and _is(work, "work")
    return _is(tok.head, "work") and _prep(tok) in {"о", "об", "про"}


def _asked_change(tok: Token, kind: str) -> bool:
    """A change of office that a question or a topic names ("тема отставки X не
    обсуждалась", "вопрос об отставке X", `question`): what is talked of, not told as done.
    A gathering's topic is said of the gathering held ("тема встречи"), so only careers."""
    told = tok.dep_ == "nmod" and _prep(tok) in {"", "о"}
    return kind in _ASKED_CHANGES and told and _is(tok.head, "question")


def _noun_of_doing(tok: Token) -> list[Token]:
    """The noun the infinitive that takes the event noun as its object hangs on ("правом
    распускать парламент и назначать новые выборы", "возможность провести встречу"): one
    of a power or a chance (`maybe`) tells no event, only what may be done; so does one the
    infinitive speaks of, also as a conjunct ("полномочия объявить о роспуске парламента и
    проведении досрочных выборов"; events118)."""
    while tok.dep_ == "conj" and is_noun(tok.head):
        tok = tok.head
    verb = tok.head
    spoken = tok.dep_ == "obl" and _prep(tok) == "о"
    if tok.dep_ != "obj" and not spoken or not is_infinitive(verb):
        return []
    while verb.dep_ == "conj" and is_infinitive(verb.head):
        verb = verb.head
    return [verb.head] if verb.dep_ in {"nmod", "acl"} and is_noun(verb.head) else []


def through_conduct(tok: Token) -> Token:
    """The noun of holding an event noun hangs on ("проведения выборов"), else the noun:
    what is said of holding it is said of the event."""
    return tok.head if tok.dep_ == "nmod" and _is(tok.head, "conduct") else tok


def _opposed(tok: Token) -> bool:
    """An event noun one stands against ("выступил против отставки министра", "возражают
    против выборов") or does not agree with ("не согласился с отставкой президента"): what
    one would stop, not an event told as done; "согласился с отставкой" agrees to one told."""
    verb = tok.head
    if not _is(verb, "oppose") or tok.dep_ not in {"obl", "nmod"}:
        return False
    if _prep(tok) == "против":
        return True
    return _prep(tok) in {"с", "со"} and negated(verb) and not _is(verb, "favour")


def _wanted(tok: Token) -> bool:
    """An event noun that is what someone wants, demands, is ready for or stands for
    ("требует проведения выборов", "готов к переговорам", "выступает за переговоры"),
    through a noun of holding it: a wish, not an event. So is a call or readiness to "сесть
    за стол переговоров"; "сели за стол переговоров" is talks held."""
    tok = through_conduct(tok)
    if any(_is(c, "happen") and c.dep_ in RELATIVE for c in tok.children):
        return False  # "готов к переговорам, которые пройдут в среду": the text tells them
    if tok.dep_ == "nmod" and _is(tok.head, "table") and tok.head.head.dep_ in {"xcomp", "nmod"}:
        tok = tok.head.head  # "призвал сесть за стол переговоров": what the call is for
        return any(_is(tok.head, role) for role in ("attempt", "want", "ready"))
    wish = (
        _is(tok.head, "attempt")
        or _is(tok.head, "want")
        or (_is(tok.head, "ready") and _prep(tok) == "к")
        or (_is(tok.head, "favour") and _prep(tok) == "за")
        or _opposed(tok)
    )
    return tok.dep_ in {"obj", "nmod", "obl"} and wish


def _own_paper(child: Token) -> bool:
    """A law or treaty a noun's child names: its genitive ("утверждение закона") or the
    "его" that stands for one (`paper_before`). Forty-seventh pass (h-events123)."""
    own = child.dep_ == "nmod" and child.lemma_ in PAPERS and case_of(child) == "Gen"
    return own or paper_before(child) is not None


def discusses(tok: Token) -> bool:
    """A verb that tells talks by what they are about ("обсудили", `pair` rules)."""
    return tok.pos_ == "VERB" and any(r.pair for r in trigger_rules().get(tok.lemma_, []))


def in_object(word: Token, verb: Token) -> bool:
    """Whether `word` lies inside the verb's direct object ("обсудили подготовку к
    предстоящему в ноябре визиту"): said of what is discussed, not of the talks."""
    return any(c.dep_ == "obj" and c.is_ancestor(word) for c in verb.children)
