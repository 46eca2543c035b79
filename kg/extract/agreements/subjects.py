"""Whom the subject of a signing clause stands for.

A subject state, body, union, coalition or firm, a person by his title ("президент России
Владимир Путин": Russia), "стороны" by the states of the report, a union's organ by the
union; the states a title or a body names ("Министерство финансов Греции": Greece), and the
private bodies and firms that are sides of their own.

Split out of extract.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.extract.agreements.dates import in_gaps, meeting_of, talks_told_before
from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.non_titles import genitive_or_foreign
from kg.extract.agreements.player_contracts import team_role
from kg.extract.agreements.reading import (
    ACTING_FOR,
    ACTS,
    AGENT,
    EXECUTIVES,
    SIDE_WORDS,
    SUBJECTS,
    Reading,
    apposed_person,
    mention_at,
    official_title,
)
from kg.extract.agreements.status import ADOPT, LET, signs, talks_noun
from kg.extract.agreements.title_ends import (
    before_its_verb,
    firm_for_adjective,
    quoted_after,
    sides_before_verb,
)
from kg.extract.agreements.title_words import FIRMS, Title, gathering_noun, kinds
from kg.extract.common.dates import dates_within, of_an_earlier_year
from kg.extract.common.numbers import whole_count
from kg.extract.common.pair import (
    BOTH,
    PAIR_WORDS,
    SIDES,
    UNIONS,
    bilateral,
    body_state,
    counted_states,
    is_side,
    lead_pair_near,
    main_pair,
    pair_word,
    paragraph_pair,
    placed_capital,
    speaker_state,
    story_sentence_before,
)
from kg.extract.common.turns import turn_sides, turn_speaker
from kg.extract.common.words import compared, conjuncts, lem
from kg.extract.context import Context
from kg.gazetteer import capital_in_any_case
from kg.lexicon import load_list
from kg.model import Mention
from kg.nlp.clauses import clause_subjects
from kg.nlp.deps import (
    co_subjects_hung_below,
    has_preposition,
    is_passive,
    opened_by_where,
    sentence_before,
)
from kg.nlp.morph import case_of, features, is_finite, is_infinitive, is_plural
from kg.resolve.body_states import body_word
from kg.resolve.org_naming import STATE_BODIES
from kg.resolve.title_bodies import is_portfolio
from kg.resolve.title_lexicon import TITLES
from kg.resolve.unions import union_served

UNION_ACTS = Path(__file__).with_name("union_acts.txt")


_LEADERS = frozenset({"лидер"})  # "Лидеры двух стран": a state's leader holds any office


_HE_SHE = frozenset({"он", "она"})  # one person a sentence before names as its subject


_MEMBER_WORDS = frozenset({"страна", "государство", "член", "участник"})  # "страны ЕАЭС"


# Members of a legislature, who ratify for the state their genitive or adjective names
# ("Депутаты Молдавии ратифицировали", "молдавские депутаты"); they sign for none.
_LEGISLATORS = frozenset({"депутат", "парламентарий", "законодатель", "сенатор"})


def _act_doers(act: Token) -> list[Token]:
    """Who does an act a noun tells: its bare genitive ("Решение президента Кении отказаться
    от подписания …"), else the subject of the verb that tells it ("Кения и Танзания
    объявили о намерении заключить соглашение", "заявили о готовности подписать")."""
    doers = [c for c in act.children if c.dep_ == "nmod" and agent_genitive(c)]
    if doers or act.head.pos_ != "VERB" or act.dep_ not in ("obl", "obj"):
        return doers
    return clause_subjects(act.head, SUBJECTS)


def read_subjects(ctx: Context, r: Reading, pred: Token, states_only: bool = False) -> None:
    """Parties and signatories: subjects of the signing or preparing verb (agents of a
    passive one); of a noun predicate, the subject of the verb governing it (parties only:
    "Вьетнам и Таиланд ведут переговоры о заключении соглашения"), and of a noun of
    negotiating its bare genitive ("переговоры Чили и Перу"). A ratifying subject
    (`states_only`) is a party by its state ("Парламент Эстонии ратифицировал"), never a
    signatory or an organization party; leaders who adopt a declaration are its signatories."""
    # leaders who adopt a declaration sign it ("Эрдоган и Сиси приняли совместную декларацию")
    adopts = pred.lemma_ in ADOPT and r.title.kind == "Declaration"
    verb, persons_sign = pred, signs(pred) and not states_only or adopts
    if pred.pos_ in ("NOUN", "PROPN"):
        verb, persons_sign = pred.head, False
        for _ in range(2):  # "переговоры о заключении соглашения": up to the verb
            if verb.pos_ not in ("NOUN", "PROPN") or verb.head.i == verb.i:
                break
            if verb.lemma_ in ACTS:
                break  # "Отказ президента Египта от подписания …": the act's genitive
            verb = verb.head
        if is_infinitive(verb) and verb.dep_ == "xcomp":
            verb = verb.head  # "договорились начать переговоры о …": the controller's subject
    elif is_infinitive(pred) and pred.dep_ in ("xcomp", "csubj"):
        verb = pred.head  # "Индия и Россия намерены подписать": the controller's subject
    if is_infinitive(verb) and verb.head.lemma_ in ACTS:
        verb = verb.head  # "Решение президента Кении отказаться от подписания …"
    passive = is_passive(verb, short=False)
    subjects = clause_subjects(verb, SUBJECTS) or _states_fronted(ctx, verb)
    subjects = subjects or _objects_after_pronoun(pred)
    # "Декларацию о дружбе стороны подписали": "стороны" the parse hung on the topic
    sides = sides_before_verb(verb) if verb.pos_ in ("VERB", "AUX") else None
    subjects = subjects or ([sides] if sides is not None else [])
    if verb.lemma_ in LET and verb.i != pred.i:
        subjects = [c for c in verb.children if c.dep_ in ("iobj", "obl") and _dative(c)]
    if verb.lemma_ in ACTS:
        subjects = _act_doers(verb)
    if not subjects and (verb.dep_ == "conj" or _asyndetic(verb)) and verb.head.pos_ == "VERB":
        # "Вьетнам и Индонезия согласовали сроки визита и подписали соглашение": the first
        # verb's subject is the second's
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    if passive:
        subjects += [c for c in verb.children if c.dep_ in AGENT and "Ins" in c.morph.get("Case")]
    subjects = subjects or _talks_holders(verb) or _travellers_there(verb, passive)
    if talks_noun(pred):  # "Начались переговоры Чили и Перу по соглашению": who talks
        subjects += [c for c in pred.children if c.dep_ == "nmod" and agent_genitive(c)]
    gapped = in_gaps(verb)  # "…, а министры … — меморандум": the gapped clause's signers
    for s in subjects:
        words = conjuncts(s) + co_subjects_hung_below(s) + _names_after_plural(s)
        for t in (t for t in words if t.i not in gapped and not compared(t)):
            read_subject(ctx, r, t, persons_sign, states_only)
            # "Компания Airbus и компания Boeing подписали": a firm, no state of its own
            r.firms |= t.lemma_ in FIRMS and mention_at(ctx, t) is None


def _talks_holders(verb: Token) -> list[Token]:
    """Who held the talks a relative clause of their outcome qualifies, where the clause names
    no signer ("Министр обороны Индии X и министр вооружённых сил Франции Y провели переговоры,
    по итогам которых подписали дорожную карту …", "переговоры министров Чили и Перу, в ходе
    которых подписали …"): the talks' genitives, else the subjects of the verb that held them.
    Sixty-second pass (h-agreements75)."""
    talks = talks_told_before(verb)
    if talks is None:
        return []
    held = [c for c in talks.children if c.dep_ == "nmod" and agent_genitive(c)]
    if held or talks.dep_ != "obj" or talks.head.pos_ != "VERB":
        return held
    return clause_subjects(talks.head, SUBJECTS)


def _travellers_there(verb: Token, passive: bool) -> list[Token]:
    """Who came to the place an active clause of "где" with no subject of its own qualifies:
    the subjects of the verb the place hangs on ("Во вторник министры прибыли в Лиму, где
    подписали совместную декларацию …": the ministers, the report's two sides), as
    `_talks_holders` gives the holders of talks. Sixty-seventh pass (h-events255)."""
    if passive or verb.dep_ != "acl:relcl" or not opened_by_where(verb):
        return []
    came = verb.head.head
    return clause_subjects(came, SUBJECTS) if came.pos_ == "VERB" and came != verb.head else []


def _asyndetic(verb: Token) -> bool:
    """A finite verb the parse hangs as a parataxis on a finite verb before it, of its number,
    with no "и" ("Президенты Кении и Уганды провели переговоры, подписали меморандум"): a
    conjunct of that verb, whose subject it shares. Sixtieth pass (h-agreements67)."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i >= verb.i or not (is_finite(verb) and is_finite(head)):
        return False
    return features(verb, "Number") == features(head, "Number")


def _objects_after_pronoun(infinitive: Token) -> list[Token]:
    """The objects the parse gives an infinitive of a relative clause whose pronoun is already
    the object ("договор, который собираются подписать Эфиопия и Судан": the states sign, the
    pronoun is the paper); none in any other clause. Fiftieth pass, h-agreements38."""
    verb = infinitive.head
    if verb.i == infinitive.i or not is_infinitive(infinitive):
        return []
    pronoun = (c for x in (verb, infinitive) for c in x.children if c.dep_ == "obj")
    if verb.dep_ != "acl:relcl" or not any(c.lemma_ == "который" for c in pronoun):
        return []
    return [c for c in infinitive.children if c.dep_ == "obj" and c.i > infinitive.i]


def _states_fronted(ctx: Context, verb: Token) -> list[Token]:
    """States the parse takes for the objects of a verb with no subject, named before it while
    its object after it is a paper ("Вьетнам и Лаос подписали в марте соглашение о …": a name
    whose nominative and accusative are one form): its subjects."""
    before = [c for c in verb.children if c.dep_ == "obj" and c.i < verb.i]
    if not any(c.dep_ == "obj" and c.i > verb.i and c.lemma_ in kinds() for c in verb.children):
        return []
    named = (mention_at(ctx, c) for c in before)
    return [c for c, m in zip(before, named, strict=True) if m is not None and m.type == "State"]


def _names_after_plural(t: Token) -> list[Token]:
    """The names after the first that a plural title has in apposition ("министры обороны
    двух стран Ричард Марлз и Сьяфри Сьямсуддин": the parse hangs the second name on the
    first), each a subject of its own; the first is the title's (`apposed_person`); so do
    a firm noun's names before a plural verb, which the tagger may read as a singular
    genitive ("Компании Hyundai и LG Energy Solution подписали")."""
    if not is_plural(t) and not (t.lemma_ in FIRMS and is_plural(t.head)):
        return []
    return [x for a in t.children if a.dep_ == "appos" for x in conjuncts(a)[1:]]


def _for_its_state(ctx: Context, m: Mention, states_only: bool) -> bool:
    """Whether an organization subject stands for the state it is a body of: a state's body
    does ("Министерство финансов Греции"), and any one that ratifies or leaves
    (`states_only`: "Парламент Эстонии ратифицировал"), but a union of states ratifies,
    leaves or extends for itself ("ЕС и Марокко продлили соглашение о рыболовстве")."""
    if m.type != "Organization" or m.entity in load_list(UNIONS):
        return False
    return states_only or state_body(ctx, m)


def union_of_body(ctx: Context, m: Mention) -> str:
    """The union of states a body of it acts for, as a state's parliament acts for the state:
    one `union_bodies.tsv` lists ("Европейский парламент", "Еврокомиссия"), or one its name
    names ("Совет ЕС"); else ""."""
    if m.type != "Organization" or m.entity in load_list(UNIONS):
        return ""
    if union := union_served(m.entity):
        return union
    inner = (x.entity for x in ctx.mentions_in(m.start, m.end, "Organization") if x is not m)
    return next((u for u in inner if u in load_list(UNIONS)), "")


def _dative(t: Token) -> bool:
    """A bare dative: who a verb of letting lets ("не дает двум странам заключить")."""
    return "Dat" in t.morph.get("Case") and not has_preposition(t)


def agent_genitive(t: Token) -> bool:
    """A bare genitive of an act noun, its doer: "решение президента", "отказ Египта"."""
    return "Gen" in t.morph.get("Case") and not has_preposition(t)


def _named_sides(ctx: Context, t: Token, m: Mention, states_only: bool) -> list[str]:
    """The sides a named subject `t` stands for: the union a body of it acts for ("Европейский
    парламент ратифицировал": the EU), the state(s) of a state's body ("Министерство финансов
    Греции": Greece; "Министерства обороны Индии и Франции": both), else itself."""
    if union := union_of_body(ctx, m):
        return [union]
    if not _for_its_state(ctx, m, states_only):
        return _bodies_of_each(ctx, t, m)
    states = title_states(ctx, t)
    return states if len(states) > 1 else [body_state(ctx, m)]


def _bodies_of_each(ctx: Context, t: Token, m: Mention) -> list[str]:
    """The organization `m` and the others its words name with it, one of each state listed
    after a body's noun told once ("Центральные банки Китая и Аргентины": the two banks,
    `resolve.each_state_bodies`; all start at its noun). A bank signing is the party, not its
    state. Sixty-ninth pass, h-agreements87."""
    named = ctx.mentions_in(m.start, t.sent.end_char, "Organization")
    return list(dict.fromkeys([m.entity, *(x.entity for x in named if x.start == m.start)]))


def _person_sides(ctx: Context, r: Reading, t: Token, key: str) -> list[str]:
    """Whom a signing person acts for: a coalition's leader for the party his title names,
    unless it names a state ("президент Ирана": Iran); anyone else for his state, or for
    the firm an office names ("глава Газпрома Алексей Миллер"); "нападающий сборной
    Бразилии Карлос Силва", who signs a contract with a club, not for his team; nor "капитан
    команды Перу Паоло Герреро", whom the office list gives his team's state (`team_role`)."""
    if coalitions(r.title):
        return title_states(ctx, t) or _title_orgs(ctx, t)
    person = ctx.entity(key)
    if person and person.state and not team_role(ctx, r.sent, key):
        return [person.state]
    if t.lemma_ in ACTING_FOR and (states := _office_states(ctx, t)):
        return states  # "посол Китая в Лусаке Ду Сяохуэй", a name the text gives no state
    return _title_orgs(ctx, t) if t.lemma_ in ACTING_FOR | EXECUTIVES else []


def _office_states(ctx: Context, t: Token) -> list[str]:
    """The states the title `t` names by a genitive of its own before its holder's name
    ("посол Китая в Лусаке Ду Сяохуэй"), not by a body's ("глава Korea Hydro & Nuclear
    Power"), nor one after the name the parse hung on it ("… Хван Джу Хо в присутствии …
    министра … Республики Корея"): whom its holder acts for where the text gives the person
    no state (sixty-seventh pass, h-agreements84)."""
    names = (m.start for m in ctx.mentions if m.type == "Person" and m.start > t.idx)
    end = min(names, default=t.sent.end_char)
    own = (c for c in t.children if c.dep_ == "nmod" and c.idx < end and case_of(c) == "Gen")
    found = (mention_at(ctx, c) for c in own)
    return list(dict.fromkeys(m.entity for m in found if m is not None and m.type == "State"))


def read_subject(ctx: Context, r: Reading, t: Token, persons_sign: bool, states_only: bool) -> None:
    # "саудовская ACWA Power": the firm
    m = firm_for_adjective(ctx, t, mention_at(ctx, t)) or apposed_person(ctx, t)
    by_noun = m is None and t.lemma_ in FIRMS  # "Компания Airbus и …": Airbus
    if by_noun and (firm := name_after(ctx, t)) is not None:
        m = firm if firm.type == "Organization" else None
    if m is None and t.lemma_ in _PARTY_WORDS:  # "Правящие партии Германии подписали
        # коалиционное соглашение": not Germany; "Партия «Фидес» и ХДНП": the named ones
        r.parties += [p for p in _quoted_parties(ctx, t) if p not in r.parties]
        return
    # a firm its noun names is no state's body: a side of its own where it extends or leaves
    # a paper too ("Компания Adidas и клуб «Реал Мадрид» продлили спонсорское соглашение")
    add = [] if m is None else [m.entity] if by_noun else _named_sides(ctx, t, m, states_only)
    add = _ratifying_members(ctx, t) if m is None and states_only else add
    if m is not None and m.type == "Person":
        add = _person_sides(ctx, r, t, m.entity)
        if persons_sign and m.entity not in r.signatories:
            r.signatories.append(m.entity)
            r.for_self |= not add and not official_title(t)
    elif m is None and t.lower_ == "мы":
        add = _we(ctx, r, t, persons_sign)
    elif m is None and t.lower_ == "они":  # "Президенты X и Y провели переговоры. Они …"
        add, persons = _they(ctx, r.sent, t)
        if persons_sign:
            r.signatories += [p for p in persons if p not in r.signatories]
    elif m is None and t.lemma_ in ACTING_FOR | SIDE_WORDS and (adj := _adjective_states(ctx, t)):
        add = adj  # "его датский коллега", "бразильская и аргентинская стороны"
    elif m is None and t.lemma_ in _MEMBER_WORDS and (union := _union_of(ctx, t)):
        add = [union, *_beside_union(ctx, t)]  # "Страны ЕАЭС и Вьетнам подписали": the union
        # speaks for its members
    elif (
        m is None
        and t.lemma_ in PAIR_WORDS | {"сторона"}
        and ("Plur" in t.morph.get("Number") or any(c.lemma_ in BOTH for c in t.children))
        and not other_states(t)
    ):  # "Стороны", "две страны" (a genitive singular after "две"), "обе стороны"
        add = _sides_word_stands_for(ctx, r, t)
    elif m is None and t.lemma_ in ACTING_FOR:
        add = (
            title_states(ctx, t)
            or _counted_subject(ctx, r, t, persons_sign)
            or (_title_orgs(ctx, t) if coalitions(r.title) else [])
        )
        add = add or counted_states(ctx, t)  # "главы правительств трёх стран": all three
        members = [c for c in t.children if c.dep_ == "nmod" and c.lemma_ in _MEMBER_WORDS]
        if not add and members and not pair_word(t) and (union := _union_of(ctx, members[0])):
            add = [union]  # "Лидеры стран АСЕАН приняли декларацию": the union; not the
            # pair "двух стран при ООН" (sixty-second pass, h-agreements74)
        elif any(other_states(c) for c in members):
            pass  # "Лидеры стран БРИКС", "главы государств региона": not the report's two
        elif not add and (_bare_plural(t) or pair_word(t) or pair_bodies(t)):
            # "Президенты подписали", "министры иностранных дел двух стран", "председатели
            # двух палат": the report's two sides
            add = _report_sides(ctx, t)
            holders = (
                _title_holders(ctx, r.sent, t, add) or body_heads(ctx, r.sent, t, add)
                if persons_sign
                else []
            )
            r.signatories += [p for p in holders if p not in r.signatories]
    r.parties += [p for p in add if p and p not in r.parties]


def _we(ctx: Context, r: Reading, t: Token, persons_sign: bool) -> list[str]:
    """The sides "мы" stands for: in a leader's turn, the two speakers' states, the
    speakers signing (`_speakers_we`); else the speaker's state, else the report's two."""
    if speakers := _speakers_we(ctx, t):
        if persons_sign:
            r.signatories += [p for p in speakers if p not in r.signatories]
        return sorted(turn_sides(ctx).values())
    add = [speaker_state(ctx, r.sent.start_char, r.sent.end_char)]
    return add if add[0] else list(main_pair(ctx, only_two=True, places=True))


def _speakers_we(ctx: Context, t: Token) -> list[str]:
    """The two speakers a bare "мы" stands for in a turn of a transcript of two leaders'
    statements (`turn_sides`): both sides sign what "мы подписали" there, as a paper signed
    by no one named in a turn is theirs (h-events155). Not "мы с …" or "мы, представители
    …" (one side or a third), nor "мы" outside a turn (a news quotation keeps the speaker's
    state)."""
    if any(c.dep_ != "punct" for c in t.children):
        return []
    if not turn_speaker(ctx, t.idx, t.idx + len(t.text)):
        return []
    return sorted(turn_sides(ctx))


def _they(ctx: Context, sent: Sent, t: Token) -> tuple[list[str], list[str]]:
    """The states "они" stands for, and the persons among them: the subjects of the sentence
    before (`_states_before`), else, for the subject of the main verb, the persons it names
    ("X встретился в Лиме с Y. Они подписали …": `_persons_before`)."""
    states, persons = _states_before(ctx, sent)
    if not states and t.head.i == sent.root.i:
        return _persons_before(ctx, sent)
    return states, persons


def _ratifying_members(ctx: Context, t: Token) -> list[str]:
    """The state whose legislature's members ratify, by their genitive or adjective
    ("Депутаты Молдавии", "Депутаты парламента Молдавии", "молдавские депутаты"), else the
    union whose body their genitive names ("Депутаты Европарламента": the EU, as for
    "Европарламент ратифицировал"; h-agreements38); none for any other word, nor for members
    of no state or union named. Fiftieth pass, h-agreements36."""
    if t.lemma_ not in _LEGISLATORS:
        return []
    if states := title_states(ctx, t) or _adjective_states(ctx, t):
        return states
    bodies = (mention_at(ctx, c) for c in t.children if c.dep_ == "nmod" and agent_genitive(c))
    return next(([u] for m in bodies if m is not None and (u := union_of_body(ctx, m))), [])


def adopting_body_state(ctx: Context, verb: Token) -> str:
    """The one state whose body or legislators every subject of `verb` is ("Парламент
    Иордании принял", "Депутаты парламента Иордании приняли"), else "": not states themselves
    ("Иордания и Египет приняли"), nor bodies of two ("Парламенты Египта и Иордании"), of a
    union or of no state. What such a body adopts is its state's own act. Fifty-fifth pass
    (h-agreements52)."""
    found: set[str] = set()
    for t in (x for c in clause_subjects(verb, SUBJECTS) for x in conjuncts(c)):
        m = mention_at(ctx, t)
        if m is not None and m.type != "Organization":
            return ""
        states = _ratifying_members(ctx, t) if m is None else _named_sides(ctx, t, m, True)
        if not states or not all(s.startswith("state/") for s in states):
            return ""
        found.update(states)
    return found.pop() if len(found) == 1 else ""


def _earlier_sides(ctx: Context, sent: Sent, t: Token) -> list[str]:
    """The states "стороны" `t` stand for where a clause before names them as its subjects:
    the clause its verb's clause hangs on ("Греция и Турция так и не подписали договор, хотя в
    1976 году стороны подписали соглашение"), else the sentence before ("Греция и Турция
    провели переговоры в Берне. Стороны подписали …"); those, not the report's pair."""
    verb = t.head
    if where := _visit_sides(ctx, verb):
        return where
    if verb.head.i < verb.i and (states := _subject_states(ctx, verb.head)[0]):
        return states
    return _states_before(ctx, sent)[0] if verb.i == sent.root.i else []


def _visit_sides(ctx: Context, verb: Token) -> list[str]:
    """The two sides of a clause of "где" on the place a visit went to ("в июле X посетил
    Лиму, где стороны подписали соглашение"): the visitor's state and the place's; none
    unless both are known and differ (fifty-ninth pass, h-agreements65)."""
    place, visit = verb.head, verb.head.head
    if verb.dep_ != "acl:relcl" or not opened_by_where(verb):
        return []
    m = mention_at(ctx, place)
    host = m.entity if m is not None and m.type == "State" else ""
    host = host or capital_in_any_case(ctx.gazetteer, place)
    visitors = [m for s in clause_subjects(visit, SUBJECTS) if (m := mention_at(ctx, s))]
    person = ctx.entity(visitors[0].entity) if len(visitors) == 1 else None
    home = person.state if person is not None and person.state.startswith("state/") else ""
    home = home or (visitors[0].entity if len(visitors) == 1 and is_side(visitors[0]) else "")
    return [home, host] if home and host and home != host else []


def _report_sides(ctx: Context, t: Token) -> list[str]:
    """The sides a word for the report's states stands for: the union whose meeting its verb
    is told at ("На саммите АСЕАН лидеры стран приняли декларацию": ASEAN), else the two the
    sentence before names where the word's clause opens its sentence (`_pair_before`), else
    the report's two sides; where counting settles none (three states, each named once or
    alike), the pair its first sentence joins (`lead_pair_near`: "Чили и Перу договорились …
    Об этом сообщил министр Боливии. Стороны подписали …", sixty-first pass, h-agreements69)."""
    if union := _meeting_union(ctx, t):
        return [union]
    # "В ходе визита в Танзанию стороны подписали …" after "Ранее он побывал в Танзании":
    # the trip looked back at is the one it frames
    framed = meeting_of(t.head) is not None
    before = _pair_before(ctx, t.sent, not framed) if t.head.i == t.sent.root.i else []
    pair = (
        paragraph_pair(ctx, t.sent.end_char)
        or main_pair(ctx, only_two=True, places=True)
        or lead_pair_near(ctx, t.sent)
    )
    return before or list(pair)


def _pair_before(ctx: Context, sent: Sent, past_looks_back: bool) -> list[str]:
    """The two sides the sentence before names, by name, by a person's state or by a capital
    a visit goes to ("Президент Кении прибыл в Кампалу. Стороны подписали …": Kenya and
    Uganda, in a report that names Egypt too); none where it names one, or three or more
    ("Президент Кении выступил в Найроби", "… Кении и Египта прибыли в Кампалу"); past a
    look back ("Ранее он побывал в Боливии и Эквадоре": `story_sentence_before`) where
    `past_looks_back`."""
    before = story_sentence_before(sent) if past_looks_back else sentence_before(sent)
    if before is None:
        return []
    named: dict[str, None] = {side: None} if (side := _pronoun_side(ctx, before)) else {}
    for m in ctx.mentions_in(before.start_char, before.end_char):
        person = ctx.entity(m.entity) if m.type == "Person" else None
        side = m.entity if is_side(m, unions=True) else person.state if person else ""
        named.update({side: None} if side else {})
    named.update({key: None for t in before if (key := placed_capital(t))})
    return list(named) if len(named) == 2 else []


def _pronoun_side(ctx: Context, sent: Sent) -> str:
    """The state "он"/"она", the subject of `sent`'s main verb, stands for: that of the one
    subject of the sentence before, a title of one state or a person of one, where that
    sentence's verb agrees with the pronoun's gender ("Президент Перу посетил Чили. Затем он
    провёл переговоры с президентом Боливии": Peru, so "Стороны" next are Peru and Bolivia,
    not the visit's two); "" where that subject is several, none of a state, or of another
    gender (sixty-third pass, h-agreements79)."""
    pronouns = [c for c in clause_subjects(sent.root, SUBJECTS) if c.lemma_ in _HE_SHE]
    previous = sentence_before(sent)
    if len(pronouns) != 1 or previous is None or pronouns[0].pos_ != "PRON":
        return ""
    subjects = clause_subjects(previous.root, SUBJECTS)
    # "Президент Перу Ана Рамос посетила Чили": the parse may make the host a second subject
    subjects = [x for x in subjects if x.i < previous.root.i] or subjects
    gender = "Fem" if pronouns[0].lemma_ == "она" else "Masc"
    if len(subjects) != 1 or features(previous.root, "Gender") not in ((), (gender,)):
        return ""
    (t,) = subjects
    if any(c.dep_ == "conj" for c in t.children):
        return ""  # "Президент Перу и президент Чили …": two
    if t.lemma_ == pronouns[0].lemma_ and t.pos_ == "PRON":
        return _pronoun_side(ctx, previous)  # "… Он провёл … . Затем он посетил …"
    m = mention_at(ctx, t) or apposed_person(ctx, t)
    person = ctx.entity(m.entity) if m is not None and m.type == "Person" else None
    if person is not None:
        return person.state if person.state.startswith("state/") else ""
    states = title_states(ctx, t) if m is None and t.lemma_ in ACTING_FOR else []
    return states[0] if len(states) == 1 else ""


def _meeting_union(ctx: Context, t: Token) -> str:
    """The union whose meeting the verb of subject `t` is told at, where `t` has no state of
    its own ("На саммите АСЕАН лидеры стран приняли декларацию": ASEAN, not the report's
    two states); else ""."""
    if title_states(ctx, t) or t.dep_ not in ("nsubj", "nsubj:pass"):
        return ""
    meetings = (c for c in t.head.children if c.dep_ == "obl" and gathering_noun(c))
    return next((u for c in meetings if (u := _union_of(ctx, c))), "")


def other_states(t: Token) -> bool:
    """ "восемью странами региона", "страны Африки", "страны БРИКС": states a number other
    than two or a genitive counts, places or groups, not the report's two sides."""
    return any(
        (c.dep_ == "nummod" and c.lemma_ not in BOTH)
        or (c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and "Gen" in c.morph.get("Case"))
        for c in t.children
    )


def sides_word(t: Token) -> bool:
    """ "Стороны", "обе стороны", and a subject the relation levels read as the report's pair
    (`bilateral`: "Обе страны выполняют соглашение …", "Наши страны продолжают …"): the
    report's two sides, as a word (no name); not "наша страна", the speaker's."""
    if other_states(t):
        return False
    plural = "Plur" in t.morph.get("Number")
    if t.lemma_ == SIDES and (plural or before_its_verb(t)):  # "о дружбе стороны подписали"
        return True
    if t.dep_ not in SUBJECTS or t.pos_ != "NOUN":
        return False
    return bilateral(t) or plural and any(c.lemma_ in BOTH and bilateral(c) for c in t.children)


def _union_of(ctx: Context, t: Token) -> str:
    """The union of states a word for its members names in the genitive ("страны ЕАЭС",
    "государства — члены АСЕАН"), else ""."""
    for c in t.children:
        m = mention_at(ctx, c) if c.dep_ in ("nmod", "appos") else None
        if (
            m is not None
            and m.type == "Organization"
            and (is_side(m, unions=True) or ctx.gazetteer.is_union(m.entity))
        ):
            return m.entity  # also "страны БРИКС", "государства СНГ"
        if c.dep_ == "appos" and c.lemma_ in _MEMBER_WORDS:
            return _union_of(ctx, c)
    return ""


# Organizations the gazetteer knows to act for states or to be made of them.
_PUBLIC_KINDS = frozenset(
    {"IntergovernmentalOrganization", "Parliament", "CentralBank", "PoliticalParty", "StateBody"}
)


# Parties and their factions make coalition deals, kept as papers of their own (the tuning
# gold's "договорённость между консерваторами и либеральными демократами").
_PARTY_WORDS = frozenset({"партия", "фракция"})


# A paper its title calls a coalition's is made by parties, whatever their names say ("ХДС и
# СДПГ подписали коалиционное соглашение": a union and an abbreviation, no "партия").
_COALITION_WORDS = frozenset({"коалиционный", "коалиция"})


def firms_deal(group: list[Reading]) -> bool:
    """A paper that firms kg names no side for sign ("Норвежские компании и датские банки
    подписали соглашение"): no paper of sides it can tell, not one of the report's two sides
    (a firm named after its noun is a party: "Компания Airbus и компания Boeing")."""
    return any(r.firms for r in group) and not any(r.parties for r in group)


def union_act(fact: Agreement, group: list[Reading]) -> bool:
    """A pact of one union of states, named in its title or its one side ("Пакт о миграции
    и убежище ЕС вступит в силу", "Страны ЕС согласовали пакт о миграции"): an act the union
    adopts for itself, no agreement between parties (`union_acts.txt`)."""
    title = group[0].title
    if title.head.lemma_ not in load_list(UNION_ACTS):
        return False
    unions = load_list(UNIONS)
    own = {w for r in group for w in r.title.words if w in unions}
    sides = set(fact.parties)
    return len(own | sides) == 1 and sides <= unions


def coalitions(title: Title) -> bool:
    """A paper its title calls a coalition's ("коалиционное соглашение", "о создании
    коалиции"): made by parties, whatever their names say."""
    return bool(_COALITION_WORDS & set(title.words))


def of_private_bodies(ctx: Context, parties: list[str], group: list[Reading]) -> bool:
    """One organization of no state and no other side nor named signer ("Местные власти
    Лиона и мэрия Турина подписали соглашение": Turin unnamed): a deal kg cannot tell the
    sides of. Two named ones are its parties, as the gold counts firms' and a club's
    contracts ("Toyota и VinFast заключили контракт"); a coalition's paper is its parties'."""
    if any(coalitions(r.title) or r.signatories for r in group):
        return False  # "Пьер Дюран заключил контракт с «Марселем»": the player and the club
    return len(parties) == 1 and private_body(ctx, parties[0])


def side_for(ctx: Context, key: str) -> str:
    """The side a party acts for: a public body's state ("Госдепартамент США": the US),
    else the party itself (a firm, a club, a state)."""
    if not key.startswith("org/") or private_body(ctx, key):
        return key
    entity, entry = ctx.entity(key), ctx.gazetteer.org(key)
    if entry is not None and entry.state:
        return f"state/{entry.state}"
    return entity.state if entity is not None and entity.state.startswith("state/") else key


def private_body(ctx: Context, key: str) -> bool:
    """An organization that is no union of states, no intergovernmental body, no body of a
    state ("Правительство Египта", "Министерство обороны Японии") and no political party."""
    entity = ctx.entity(key)
    if not key.startswith("org/") or key in load_list(UNIONS) or entity is None:
        return False
    entry = ctx.gazetteer.org(key)
    if entry is not None and entry.kind in _PUBLIC_KINDS:
        return False
    words = [lem(w) for w in entity.name.split()]
    return not words or (words[0] not in STATE_BODIES and not _PARTY_WORDS & set(words))


def _states_before(ctx: Context, sent: Sent) -> tuple[list[str], list[str]]:
    """The states of the subjects of the sentence before, and the persons among them, where
    every one is a state or a title of one ("Президент Вьетнама и президент Индонезии провели
    переговоры"), for "они" of the next; else no states ("Журналисты из Кении и Эфиопии")."""
    before = sentence_before(sent)
    return ([], []) if before is None else _subject_states(ctx, before.root)


def _sides_word_stands_for(ctx: Context, r: Reading, t: Token) -> list[str]:
    """The states "Стороны" `t` stand for: those a clause before names ("прибыл в Лиму.
    Стороны …"), else the report's two; none where the sentence before has firms sign
    ("Airbus и IndiGo подписали контракт. Стороны договорились о …": the firms', whose deal
    kg leaves to their own paper)."""
    if t.head.i == r.sent.root.i and _firms_before(ctx, r.sent):
        r.firms = True
        return []
    return _earlier_sides(ctx, r.sent, t) or _report_sides(ctx, t)


def _firms_before(ctx: Context, sent: Sent) -> bool:
    """Whether the subjects of the sentence before are firms, which "Стороны" of the next
    stand for ("Японская Mitsubishi и индийская Tata подписали меморандум. Стороны
    договорились о …"): a firm noun or an organization that is neither a state's body nor a
    union, and no state or person among them."""
    before = sentence_before(sent)
    subjects = [] if before is None else clause_subjects(before.root, SUBJECTS)
    found = [x for c in subjects for x in conjuncts(c)]
    for t in found:
        m = mention_at(ctx, t)
        if m is None and t.lemma_ not in FIRMS:
            return False
        if m is not None and (m.type != "Organization" or is_side(m, unions=True)):
            return False
        if m is not None and state_body(ctx, m):
            return False
    return len(found) >= 2


def _subject_states(ctx: Context, verb: Token) -> tuple[list[str], list[str]]:
    """The states of the subjects of `verb`, and the persons among them, where there are two
    or more states and every subject is a state or a title or person of one; else none."""
    out: list[str] = []
    persons: list[str] = []
    for t in (x for c in clause_subjects(verb, SUBJECTS) for x in conjuncts(c)):
        m = mention_at(ctx, t) or apposed_person(ctx, t)
        person = ctx.entity(m.entity) if m is not None and m.type == "Person" else None
        states = [m.entity] if m is not None and m.type == "State" else []
        states = states or ([person.state] if person is not None and person.state else [])
        states = states or (title_states(ctx, t) if t.lemma_ in ACTING_FOR else [])
        if not states:
            return [], []
        out += [s for s in states if s not in out]
        persons += [m.entity] if person is not None and m is not None else [""]
    persons = [] if "" in persons else persons  # all of them persons, else none
    return (out, persons) if len(out) >= 2 else ([], [])


def _beside_union(ctx: Context, t: Token) -> list[str]:
    """States in the nominative the parse joins to the union after a word for its members
    ("Страны АСЕАН и Япония подписали": Japan signs beside ASEAN, not as its member)."""
    out = []
    for c in t.children:
        for g in c.children if c.dep_ in ("nmod", "appos") else ():
            m = mention_at(ctx, g) if g.dep_ == "conj" and "Nom" in g.morph.get("Case") else None
            if m is not None and m.type == "State":
                out.append(m.entity)
    return out


def _named_holders(ctx: Context, sent: Sent, t: Token, sides: list[str]) -> list[str]:
    """The persons a plural title of the report's two sides stands for ("Президенты
    подписали", "Премьер-министры двух стран подписали"): of each side the one person with
    that title's office the text names before (any office for "Лидеры"), where both sides
    have one; else none, never one side's signer ("Президенты двух стран" after a king and a
    president)."""
    if not (TITLES.get(_title_words(ctx, t)) or TITLES.get((t.lemma_,))) or len(sides) != 2:
        return []  # "Главы МИД двух стран": a title of `TITLES`, not any "министры"
    found: dict[str, set[str]] = {side: set() for side in sides}
    for m in ctx.mentions_in(0, sent.start_char, "Person"):
        person = ctx.entity(m.entity)
        if person is not None and _holds(ctx, person.office, t) and person.state in found:
            found[person.state].add(person.key)
    if any(len(keys) != 1 for keys in found.values()):
        return []
    return [key for keys in found.values() for key in keys]


def _title_holders(ctx: Context, sent: Sent, t: Token, sides: list[str]) -> list[str]:
    """The persons a plural title of the report's two sides signs by: those named after it,
    else (not of an earlier year: "В 2018 году лидеры двух стран …") those the sentence
    before names, else the holders of its office the text names."""
    holders = _apposed_names(ctx, t)
    if holders or _of_an_earlier_year(ctx, sent):
        return holders
    return _holders_before(ctx, t, sides) or _named_holders(ctx, sent, t, sides)


def pair_bodies(t: Token) -> list[Token]:
    """The bare genitive of a plural title that counts two bodies of a state ("председатели
    двух палат", "руководители обоих парламентов"): one of each side (h-events266)."""
    return [
        c
        for c in t.children
        if c.dep_ == "nmod"
        and not has_preposition(c)
        and body_word(c.text)
        and any(b.lemma_ in BOTH for b in c.children)
    ]


def body_heads(ctx: Context, sent: Sent, t: Token, sides: list[str]) -> list[str]:
    """The persons a title of two bodies stands for ("По итогам визита председатели двух
    палат подписали соглашение"): of each side the one the text names before whose office
    the title opens and a state's body closes ("председатель Национального собрания",
    "председатель Сената"); where a side has several, the one of the other side's office.
    None where either side has none or stays of several (seventieth pass, h-events266)."""
    if not pair_bodies(t) or len(sides) != 2:
        return []
    found: dict[str, dict[str, str]] = {side: {} for side in sides}
    for m in ctx.mentions_in(0, sent.start_char, "Person"):
        person = ctx.entity(m.entity)
        if person is None or person.state not in found:
            continue
        words = person.office.split()
        if not words or lem(words[0]) != t.lemma_:
            continue
        if any(body_word(w) for w in words[1:]):
            found[person.state][m.entity] = person.office
    one, other = found.values()
    if len(one) > 1 and len(other) == 1:
        one = {k: o for k, o in one.items() if o in other.values()}
    if len(other) > 1 and len(one) == 1:
        other = {k: o for k, o in other.items() if o in one.values()}
    return [*one, *other] if len(one) == len(other) == 1 else []


def _of_an_earlier_year(ctx: Context, sent: Sent) -> bool:
    """Whether the sentence dates its act in a year before the document's ("В 2018 году
    лидеры двух стран подписали меморандум"): a plural title then stands for the holders of
    that year, not for the persons the text names as holding it today (fifty-fourth pass,
    lead, as `events.hits._sides_then` reads the event)."""
    text, doc_date = ctx.document.text, ctx.document.date
    dates = dates_within(text, doc_date, sent.start_char, sent.end_char)
    return any(of_an_earlier_year(d.value, doc_date) for d in dates)


def _holders_before(ctx: Context, t: Token, sides: list[str]) -> list[str]:
    """The persons a plural title subject of a sentence's main verb stands for where the
    sentence before names them ("Министр … Чили X встретился с министром … Перу Y. Оба
    министра / Главы МИД двух стран подписали …"): one of each side, holding the title's
    office (`_persons_before`). Fifty-fourth pass (h-agreements48)."""
    if t.head.i != t.sent.root.i:
        return []
    states, persons = _persons_before(ctx, t.sent, t)
    return persons if set(states) == set(sides) else []


def _persons_before(
    ctx: Context, sent: Sent, title: Token | None = None
) -> tuple[list[str], list[str]]:
    """The two states of the persons the sentence before names, and those persons, for "они"
    or a plural title of the next ("X встретился в Лиме с министром … Перу Y. Они
    подписали …"), as "Стороны" stand for the two sides it names (`_pair_before`): one person
    of each of two states, holding the office of `title` where given (`_holds`); none where
    it names persons of one state or of three, two of one side, or has a plural subject that
    names none of them, which "они" stands for ("Журналисты спросили X и Y …. Они …")."""
    before = sentence_before(sent)
    if before is None:
        return [], []
    found: dict[str, list[str]] = {}
    for m in ctx.mentions_in(before.start_char, before.end_char, "Person"):
        person = ctx.entity(m.entity)
        if person is None or not person.state.startswith("state/"):
            continue
        if title is None or _holds(ctx, person.office, title):
            keys = found.setdefault(person.state, [])
            keys += [] if m.entity in keys else [m.entity]
    if len(found) != 2 or any(len(keys) != 1 for keys in found.values()):
        return [], []
    if title is None and _others_subject(ctx, before):
        return [], []
    return list(found), [keys[0] for keys in found.values()]


def _counted_subject(ctx: Context, r: Reading, t: Token, persons_sign: bool) -> list[str]:
    """The states a counted title subject stands for (`_counted_before`), its persons
    signing where persons sign: "… в присутствии X, Y и Z. Три лидера подписали …"."""
    states, persons = _counted_before(ctx, t) or ([], [])
    if persons_sign:
        r.signatories += [p for p in persons if p not in r.signatories]
    return states


def _counted_before(ctx: Context, t: Token) -> tuple[list[str], list[str]] | None:
    """The states and persons a title counted three or more ("три лидера", "4 министра")
    stands for as the subject of its sentence's main verb: the persons the sentence before
    names, where they are that many, each of a state of his own and holding the title's
    office (`_holds`): "Церемония прошла в присутствии президента Вьетнама X, премьер-министра
    Лаоса Y и премьер-министра Камбоджи Z. Три лидера подписали …" (two are the pair's rules').
    None where the count differs or a state has two of them."""
    # digits the parser may tag a modifier: "3 президента подписали"
    counts = [
        whole_count(c.text)
        for c in t.children
        if c.dep_.startswith("nummod") or (c.dep_ == "amod" and c.text.isdigit())
    ]
    before = sentence_before(t.sent)
    if len(counts) != 1 or counts[0] < 3 or before is None:
        return None
    if t.head.i != t.sent.root.i or t.dep_ not in SUBJECTS:
        return None
    found: dict[str, str] = {}
    for m in ctx.mentions_in(before.start_char, before.end_char, "Person"):
        person = ctx.entity(m.entity)
        if person is None or not person.state.startswith("state/"):
            return None
        if found.get(person.state, m.entity) != m.entity or not _holds(ctx, person.office, t):
            return None
        found[person.state] = m.entity
    return (list(found), list(found.values())) if len(found) == counts[0] else None


def _others_subject(ctx: Context, sent: Sent) -> bool:
    """Whether `sent` has a plural subject (a plural noun, or nouns joined by "и") whose
    words name no person: "они" after it stands for them ("Журналисты спросили …")."""
    for t in sent:
        if t.dep_ not in SUBJECTS or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if is_plural(t) or any(c.dep_ == "conj" for c in t.children):
            words = list(t.subtree)
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            if not ctx.mentions_in(start, end, "Person"):
                return True
    return False


def _holds(ctx: Context, office: str, title: Token) -> bool:
    """Whether a person's office is the one a plural title names: any for "Лидеры"; the
    office `TITLES` gives the title's words ("главы МИД": министр иностранных дел); else
    one whose words open with them ("министры": any minister, "министры энергетики")."""
    if title.lemma_ in _LEADERS:
        return True
    words = _title_words(ctx, title)
    known = TITLES.get(words) or TITLES.get((title.lemma_,))
    if known is not None:
        return office == known[0]
    return tuple(lem(w) for w in office.split())[: len(words)] == words


def _title_words(ctx: Context, t: Token) -> tuple[str, ...]:
    """The lemmas of a title's own words, its adjectives and bare genitives, without the
    states' and the pair's ("главы МИД двух стран": глава, мид; "министры иностранных дел").
    Not `events.linking._title_words`: it reads other words ("главы МВД Чили", h-review54)."""
    out, todo = [t], [t]
    while todo:
        for c in todo.pop().children:
            if c.dep_ not in ("nmod", "amod") or has_preposition(c) or c.lemma_ in PAIR_WORDS:
                continue
            if (m := mention_at(ctx, c)) is not None and m.type in ("State", "Person"):
                continue
            out.append(c)
            todo.append(c)
    return tuple(x.lemma_ for x in sorted(out, key=lambda x: x.i))


def _apposed_names(ctx: Context, t: Token) -> list[str]:
    """The persons a plural title names after its words ("министры энергетики двух стран
    Опийо Ванджи и Хабтаму Итефа", the parse hanging the names on a word of the title): the
    name in apposition in its phrase and those coordinated with it."""
    if not is_plural(t):
        return []
    first = next((x for x in t.subtree if x.i > t.i and x.dep_ == "appos"), None)
    if first is None or not _in_title_phrase(first, t):
        return []
    names = [first, *(c for c in first.children if c.dep_ == "conj")]
    found = (mention_at(ctx, x) for x in names)
    return list(dict.fromkeys(m.entity for m in found if m is not None and m.type == "Person"))


def _in_title_phrase(x: Token, t: Token) -> bool:
    """Whether `x` hangs on title `t` through its genitives alone ("министры энергетики двух
    стран A"), not in a clause on it ("министры, назначенные премьером A")."""
    while x.i != t.i:
        if x.dep_ not in ("appos", "nmod", "nummod") or x.head.i == x.i:
            return False
        x = x.head
    return True


def _bare_plural(t: Token) -> bool:
    """A plural title with no word of its own ("Президенты", "Лидеры двух стран"), also
    where the tagger reads a sentence's first word as a singular genitive."""
    own = [c for c in t.children if c.dep_ in ("nmod", "amod") and c.lemma_ not in PAIR_WORDS]
    both = any(c.lemma_ == "оба" for c in t.children)  # "Оба министра": a genitive singular
    return (is_plural(t) or both) and not [c for c in own if not is_portfolio(c)]


# adjectives of rank or of the whole state before a body's noun: "Генеральная прокуратура",
# "Национальное собрание Кореи", "Государственная дума" (sixty-sixth pass, h-agreements83)
_RANK_ADJECTIVES = frozenset({"генеральный", "верховный", "центральный", "национальный",
                              "государственный", "федеральный"})  # fmt: skip


def state_body(ctx: Context, m: Mention) -> bool:
    """An organization that is a body of a state ("Министерство финансов Греции"), not a
    firm of one ("Росатом"): its name opens with a word for a state body (also "Власти
    Того"); not a party, whose name may open so too ("Партия зелёных Новой Зеландии" signs
    for itself, not for New Zealand). The mention's own first word counts as the label's
    does where it is the head noun and the mention names its state: "Армия Сирии" is a body
    of Syria though its label is "Вооружённые силы Сирии" ("Армия национального
    освобождения" names none: a group of its own); an adjective before it may say the body
    is no state's ("Олимпийский комитет Японии"), except a rank's ("Генеральная
    прокуратура Узбекистана")."""
    entity = ctx.entity(m.entity)
    first = entity.name.split()[0] if entity is not None and entity.name else ""
    span = list(ctx.doc.char_span(m.start, m.end, alignment_mode="expand") or ())
    if len(span) > 1 and span[0].lemma_ in _RANK_ADJECTIVES:
        span = span[1:]  # "Генеральная прокуратура Узбекистана", "Национальное собрание Кореи"
    head = span[0].text if span and span[0].pos_ in ("NOUN", "PROPN") else ""
    if _PARTY_WORDS & {lem(w) for w in (first, head) if w}:
        return False
    return (bool(first) and body_word(first)) or (
        bool(head) and body_word(head) and bool(body_state(ctx, m))
    )


def _quoted_parties(ctx: Context, t: Token) -> list[str]:
    """The organizations a party word names in apposition, and those coordinated with its
    name ("Партия «Фидес» и ХДНП": the parse hangs ХДНП on «Фидес»)."""
    names = [x for c in t.children if c.dep_ == "appos" for x in conjuncts(c)]
    found = (mention_at(ctx, x) for x in names)
    return [m.entity for m in found if m is not None and m.type == "Organization"]


def _title_orgs(ctx: Context, t: Token) -> list[str]:
    """The organizations a title names in the genitive (or by an undeclined name), which its
    holder acts for where he acts for no state ("лидер ХДС Фридрих Мерц", "глава Газпрома
    Алексей Миллер", "лидеры ХДС и СДПГ" of a coalition's paper, "генеральный директор
    Airbus", "директор компании Embraer")."""
    near = [x for c in t.children if c.dep_ == "nmod" for x in conjuncts(c)]
    near = [x for x in near if genitive_or_foreign(x) and not has_preposition(x)]
    found = (name_after(ctx, x) if x.lemma_ in FIRMS else mention_at(ctx, x) for x in near)
    return [m.entity for m in found if m is not None and m.type == "Organization"]


def title_states(ctx: Context, t: Token) -> list[str]:
    """The states a title or a body names in the genitive: "президенты Чили и Аргентины",
    "министры иностранных дел Норвегии и Дании", "премьер-министр Литвы", "парламент
    Эстонии"."""
    near = [c for c in t.children if c.dep_ == "nmod"]
    near += [g for c in near for g in c.children if g.dep_ == "nmod"]
    out = []
    for x in (x for c in near for x in conjuncts(c)):
        m = mention_at(ctx, x)
        if m is None or not ({"Gen"} & set(x.morph.get("Case"))):
            continue
        state = m.entity if m.type == "State" else body_state(ctx, m)
        if state and state not in out:
            out.append(state)
    if not out and t.dep_ == "conj":
        out = _genitive_after(ctx, t)
    return out


def _genitive_after(ctx: Context, t: Token) -> list[str]:
    """The state in the genitive right after a coordinated title the parse left without it
    ("министр … Бразилии и министр иностранных дел Аргентины", "Аргентины" hung on the
    first)."""
    for x in t.doc[t.i + 1 : min(t.i + 6, t.sent.end)]:
        if x.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return []
        m = mention_at(ctx, x)
        if m is not None and m.type == "State" and "Gen" in x.morph.get("Case"):
            return [m.entity]
    return []


def _adjective_states(ctx: Context, t: Token) -> list[str]:
    """States the adjectives of `t` name: "датский коллега", "бразильская и аргентинская"."""
    out = []
    for x in (x for c in t.children if c.dep_ == "amod" for x in conjuncts(c)):
        m = mention_at(ctx, x)
        if m is not None and m.type == "State" and m.entity not in out:
            out.append(m.entity)
    return out


def name_after(ctx: Context, t: Token) -> Mention | None:
    """The mention of the name right after a common noun ("компанией Airbus"), else None; a
    quoted name right after that one is the club's own, the first its league ("с клубом МЛС
    «Интер Майами»", "Клуб Серии А «Аталанта»")."""
    first = next((m for n in t.doc[t.i + 1 : t.i + 3] if (m := mention_at(ctx, n))), None)
    return None if first is None else quoted_after(ctx, first) or first
