"""The office a change of office is to or from: the title, post, seat or body beside its word.

An instrumental title ("назначил послом"), the title after "пост"/"должность" ("занял пост
премьера"), the body a verb of leading takes ("возглавил правительство"), a seat of a body
("в члены правления"), an acting post, the post of whom one comes "на смену" or succeeds as
"преемник", the post an inauguration or an oath names; whether a word is an office title
at all (`office_titled`) and a state's post (`state_office`), and the office's name in the
genitive for "на пост …" (`office_name`).

Split out of careers.py (forty-fifth pass, h-split48)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.labels import phrase_in
from kg.lexicon import load_list
from kg.nlp.clauses import contrast_between
from kg.nlp.deps import has_subject, preposition, sentence_before, sentences_back
from kg.nlp.morph import UD_CASE, case_of, features, morph
from kg.nlp.quote_marks import OPENING
from kg.resolve.given_agreement import TEAM_NOUNS
from kg.resolve.this_post import pointed_post, post_before
from kg.resolve.title_lexicon import is_office, post_nouns
from kg.resolve.title_words import contracted_deputy

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader


POSTS = post_nouns("post", "seat")  # "на пост премьера", "в должности посла"
_TITLED_POSTS = post_nouns("post", "seat", "position")  # "с позиции посла"
LEFT = POSTS | {"служба"}  # "уволил с военной службы X", "снял с поста X"
# taking office by its rite ("принёс присягу", "инаугурация президента"): the rite stands for
# the post where no title does
_OATH = "присяга"
_SWORN = frozenset({_OATH, "инаугурация"})
_ENTER = frozenset({"вступить", "вступать", "вступление"})  # "вступил в должность"
# one who takes the post of another ("Его преемником стал X"), and the words that say whose
_SUCCESSORS = frozenset({"преемник", "преемница"})
_POSSESSORS = frozenset({"он", "она", "его", "её", "ее"})
# what one heads as an office ("возглавил правительство"); the ministries by their short
# names too ("МИД возглавит X"), which no resolved mention names where no state does
_LED = frozenset(
    ["правительство", "государство", "страна", "министерство", "кабинет", "ведомство", "мид",
     "минобороны", "минфин", "мвд", "минюст", "госдепартамент", "госдеп"]
)  # fmt: skip
# a government one forms, the office of its head where one is entrusted with forming it
_FORM = "сформировать"
_FORMED = frozenset({"правительство", "кабинет"})
# posts of a state that "стать" makes news of without naming the state ("стал вице-премьером")
_STATE_POSTS = frozenset({
    "министр", "вице-премьер", "вице-президент", "посол", "губернатор", "мэр", "депутат",
    "сенатор", "спикер", "вице-спикер", "генсек", "госсекретарь", "канцлер", "генпрокурор",
    "полпред", "постпред", "замминистра", "главнокомандующий", "председатель",
})  # fmt: skip
# "с министром", "над послом": one met or dealt with, no office taken (h-events111)
_WITH = frozenset({"с", "со", "над", "за", "под", "перед", "между"})
# verbs whose holder is their subject (not their object), whatever their voice
OWN = frozenset({"стать", "возглавить", "занять", "сменить", "вступить", "подать", "уйти",
                  "покинуть", "принести", "приносить", "принять", "выйти", "выходить", "отречься",
                  "сложить", "отрекаться", "уходить", "подавать", "оставить", "умереть", "покидать",
                  "скончаться", "погибнуть", "утонуть", "покончить", "повеситься", "заменить",
                  "застрелиться", "уволиться", "увольняться", "прийти", "приходить"})  # fmt: skip
LEADING = {"командовать": "командующего", "руководить": "руководителя", "возглавлять": "главы"}


def left_post_after(verb: Token) -> Token | None:
    """The post a finite verb of leaving leaves, named right after it and its "в отставку",
    however the parser hangs it ("ушёл в отставку с должности главы администрации
    президента Чили Р.Эспиноса, который …": "с должности" read under the relative clause's
    verb): its title, else the post noun."""
    if features(verb, "VerbForm") != ("Fin",):
        return None
    own = {t.i for c in verb.children if c.i > verb.i and c.lemma_ not in POSTS for t in c.subtree}
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.is_punct:
            return None
        if t.lemma_ in LEFT and preposition(t) in {"с", "со", "от"}:
            nxt = verb.doc[t.i + 1] if t.i + 1 < verb.sent.end else t
            hung = nxt if office_titled(nxt) and case_of(nxt) == "Gen" else t  # hung elsewhere too
            return post_title(t) or hung
        if t.i not in own and t.dep_ != "case":
            return None
    return None


# words of putting one in a post, whose named object the parser may hang the post on
APPOINTING = frozenset({"назначение", "утверждение", "избрание", "назначить", "утвердить"})
VOTING = frozenset({"проголосовать", "голосовать"})
_INS_DEPS = frozenset({"xcomp", "obl", "obl:agent", "nmod"})


def _office(reader: ActReader, tok: Token, kind: str) -> Token | None:
    """The office word: an instrumental title ("назначил послом"; not of a dismissal, whose
    instrumental is who dismisses: "смещён генералом"), the title after "пост" or
    "должность" ("занял пост премьера"), the body a verb of leading takes ("возглавил
    правительство", "возглавил МИД")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    heads += _appointee(reader, tok)
    heads += _nominees(tok)  # "выдвинул X кандидатом на пост …" the parse hung as an oblique
    named = kind not in {"Resignation", "Death"}
    after = left_post_after(tok) if kind == "Resignation" and tok.lemma_ in OWN else None
    hung = after is not None and (after.head.i != tok.i or after.lemma_ not in POSTS)
    if after is not None and hung and not has_subject(tok):
        return after  # "ушёл в отставку с должности главы … X, который …" (h-events111)
    seat = (_seat(heads) or _sought(tok, heads)) if named else None
    if seat is not None:
        return seat
    appointees = {t.i for t in _appointee(reader, tok)}
    for head in heads:
        for c in [*head.children, *_post_beside(head)]:
            title, this = post_title(c), pointed_post(c, office_titled)
            if this and not _points_for(c, head):
                continue
            if c.lemma_ in POSTS or title is not None or this:
                if title is None and this:  # "на этот пост назначен": the one named before
                    title = post_before(c, office_titled)
                return title or (None if this and named else c)
            ins = _instrumental(c, head.i in appointees)
            if named and (ins or _in_capacity(c)) and office_titled(c):
                return c
            if named and ins and c.lemma_ in _SUCCESSORS and (post := _predecessors(reader, c)):
                return post
            acting = _acting(c)
            if named and acting is not None:
                return acting
            if (body := _body_led(reader, tok, c)) is not None:
                return body
    if named and (post := _succeeded_post(reader, tok) or _title_after(reader, tok)):
        return post
    return _sworn(tok)


def _instrumental(c: Token, appointee: bool) -> bool:
    """A word in the instrumental the verb or its appointee governs as a post might be: not
    after "с" ("стал встречаться с министром") nor in quotes ("которого называют
    «креативным дизайнером»"). On an `appointee` the parser may hang the title of an
    initialled name as its apposition ("назначил П.Гомеса министром"), which no accusative
    name has in the instrumental (h-events126)."""
    deps = _INS_DEPS | ({"appos"} if appointee else set())
    return c.dep_ in deps and case_of(c) == "Ins" and preposition(c) not in _WITH and not _quoted(c)


def _title_after(reader: ActReader, tok: Token) -> Token | None:
    """The instrumental title right after the named appointee of a verb of appointing,
    where the parser hung it on a verb of a later clause ("Б.Обама назначил М.Шапиро главой
    SEC четыре года назад, когда доверие … было подорвано"): the appointee's post, as
    "назначил X министром" tells it; not a title with a preposition ("с главой"). Pass
    forty-eight, own sentences (h-events126)."""
    if tok.pos_ != "VERB":
        return None
    for named in _appointee(reader, tok):
        after = named.right_edge.i + 1
        title = tok.doc[after] if after < tok.sent.end else None
        if title is None or case_of(title) != "Ins" or preposition(title) or title.head.i == tok.i:
            continue
        if office_titled(title) and not _quoted(title):
            return title
    return None


_CANDIDATE = "кандидат"
_ELECTIONS = "выборы"
_NOMINATING = frozenset({"выдвинуть", "номинировать"})


def _nominees(tok: Token) -> list[Token]:
    """The instrumental "кандидатом" of a verb of nominating, where the parse hangs it as an
    oblique ("выдвинул X кандидатом на пост премьер-министра"): the post is its own. Pass
    forty-five, own sentences (h-status47)."""
    if tok.lemma_ not in _NOMINATING:
        return []
    return [
        c
        for c in tok.children
        if c.lemma_ == _CANDIDATE and c.dep_ == "obl" and case_of(c) == "Ins"
    ]


def _sought(tok: Token, heads: list[Token]) -> Token | None:
    """A state's post after "кандидат в" ("выдвинут кандидатом в президенты Чили"), not a
    seat ("в депутаты"), for a verb of nominating; where the sentence says "на выборах" the
    candidacy is the election's (`ballots`). Pass forty-five, own sentences (h-status47)."""
    if tok.lemma_ not in _NOMINATING or any(t.lemma_ == _ELECTIONS for t in tok.subtree):
        return None  # "стал кандидатом в президенты": no post taken
    for head in (h for h in heads if h.lemma_ == _CANDIDATE):
        for c in head.children:
            if (
                preposition(c) == "в"
                and is_office([c.lemma_], state_role=True)
                and office_titled(c)
            ):
                return c
    return None


_SEATS = frozenset({"член"})  # "в члены правления": a seat of a body one is put in


def _seat(heads: list[Token]) -> Token | None:
    """ "номинирован президентом X в члены правления банка": the seat of a body one is put
    in, not who puts him (pass forty-four, h-events114)."""
    for head in heads:
        seats = [c for c in head.children if c.lemma_ in _SEATS and preposition(c) == "в"]
        if seats and any(g.dep_ == "nmod" for g in seats[0].children):
            return seats[0]
    return None


_TAKING_TURN = frozenset({"прийти", "приходить"})  # "ему на смену пришёл X"
_TURN = "смена"


def _succeeded_post(reader: ActReader, verb: Token) -> Token | None:
    """The post of whom one comes "на смену" ("Ему на смену пришёл X", "На смену Пересу
    пришёл X"): that person's title in apposition in this sentence or the one before, or the
    post the sentence before tells them leaving ("освобождён от должности
    главнокомандующего армией"). Pass forty-fourth, own sentences (h-events112)."""
    turns = [c for c in verb.children if c.lemma_ == _TURN and preposition(c) == "на"]
    if verb.lemma_ not in _TAKING_TURN or not turns:
        return None
    words = [c for h in (verb, turns[0]) for c in h.children if case_of(c) in {"Dat", "Gen"}]
    keys = [reader.antecedent(w) if w.pos_ == "PRON" else "" for w in words]
    keys += [m.entity for w in words for m in reader.by_token.get(w.i, ()) if m.type == "Person"]
    keys = [k for k in keys if k.startswith("person/")]
    if not keys and not any(w.pos_ == "PRON" for w in words):
        return None  # "На смену холодам пришла весна"
    before = verb.doc[sentences_back(verb.sent, 1).start : verb.i]
    named = [
        t for t in before if keys and (m := reader.mention_head.get(t.i)) and m.entity == keys[0]
    ]
    titles = [t.head for t in named if t.dep_ == "appos" and office_titled(t.head)]
    posts = [t for t in before if t.lemma_ in POSTS and t.dep_ == "obl"]
    # the post left in the sentence that names them, or, naming no one, tells of them by a
    # verb with no subject ("освобождён от должности начальника штаба. Ему на смену …")
    if named:
        posts = [t for t in posts if t.head.sent == named[-1].sent]
    else:
        posts = [t for t in posts if t.sent != verb.sent and not has_subject(t.head)]
    left = [g for t in posts for g in t.children if g.dep_ == "nmod" and office_titled(g)]
    found = left or titles
    return found[-1] if found else None


def voted_appointment(tok: Token) -> Token | None:
    """The vote verb an appointment's noun is voted "за" with ("Члены парламента в среду
    проголосовали за назначение X премьер-министром"): the vote makes the appointment, so
    its tense and its date are the appointment's (agr41); None for any other word."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in APPOINTING or tok.dep_ != "obl":
        return None
    vote = tok.head
    return vote if vote.lemma_ in VOTING and preposition(tok) == "за" else None


def _appointee(reader: ActReader, noun: Token) -> list[Token]:
    """The named person in the genitive of an appointment's noun or the object of its verb,
    on whom the parser hangs the post ("утверждение X на посту премьер-министра", "утвердил
    X на посту премьер-министра"): the post is the appointment's; and the vote for it, on
    which it may hang the title ("проголосовали за утверждение X генеральным секретарём").
    Pass forty-one, own sentences (h-events101)."""
    if noun.lemma_ not in APPOINTING:
        return []
    case, dep = ("Gen", "nmod") if noun.pos_ == "NOUN" else ("Acc", "obj")
    named = [
        c
        for c in noun.children
        if c.dep_ == dep
        and _in_case(c, case)
        and (m := reader.mention_head.get(c.i)) is not None
        and m.type == "Person"
    ]
    # "проголосовали за утверждение X генеральным секретарём": the title on the vote
    voted = noun.pos_ == "NOUN" and noun.dep_ == "obl" and noun.head.lemma_ in VOTING
    return named + ([noun.head] if named and voted and preposition(noun) == "за" else [])


def _in_case(name: Token, case: str) -> bool:
    """Whether a name is in `case` ("Acc", "Gen"): the tagger's case, or for a name the parse
    heads by its initial ("назначил П. Гомеса"), a case its surname can be read in, as the
    tagger may read a lone capital as a nominative and an unknown surname in another case
    ("С. Джайшанкара" as an instrumental). Forty-ninth pass (h-events127)."""
    if case_of(name) == case:
        return True
    if len(name.text) != 1 or not name.text.isupper():
        return False
    surnames = [c.text for c in name.children if c.dep_ == "flat:name"]
    return any(morph().can_be(w, UD_CASE[case]) for w in surnames[-1:])


def _predecessors(reader: ActReader, successor: Token) -> Token | None:
    """The title of whom "преемником" names as the one succeeded ("Преемником Тоа назначен
    X" after "уволил министра внутренних дел Каролину Тоа"; "Его преемником стал X" after
    "Министр обороны Японии Ясукадзу Хамада ушёл в отставку"): the title in apposition to a
    mention of that person in this sentence or the one before; for "его"/"её", the last
    titled person of the sentence before. None where the text gives no title."""
    before = successor.doc[sentences_back(successor.sent, 1).start : successor.i]
    owner = [c for c in successor.children if c.dep_ == "nmod" and c.i in reader.mention_head]
    if owner:
        key = reader.mention_head[owner[0].i].entity
        names = [t for t in before if (m := reader.mention_head.get(t.i)) and m.entity == key]
    elif successor.i > 0 and successor.doc[successor.i - 1].lemma_ in _POSSESSORS:
        prior = successor.doc[successor.sent.start - 1].sent if successor.sent.start else None
        names = [t for t in prior or () if t.i in reader.mention_head]
        names = [t for t in names if reader.mention_head[t.i].type == "Person"][-1:]
    else:
        return None
    titles = [t.head for t in names if t.dep_ == "appos" and office_titled(t.head)]
    return titles[-1] if titles else None


def _points_for(post: Token, head: Token) -> bool:
    """Whether the pointed post `post` ("на этом посту") the parse hangs on `head` is the one
    `head` gives: not where it stands in a clause of its own before a contrast ("На этом посту
    он проработал три года, а затем X был назначен послом"), nor where `head` names its own
    title ("назначен послом")."""
    own = any(c.dep_ == "xcomp" and case_of(c) == "Ins" and office_titled(c) for c in head.children)
    return not own and not contrast_between(post, head)


def by_rite(tok: Token) -> bool:
    """A change of office told by the rite that makes it ("инаугурация президента X",
    "принёс присягу"; not a soldier's oath) or by entering it ("вступил в должность"; the
    sixty-fifth pass, h-events241): a ceremony held somewhere, where an appointment by decree
    is held nowhere. Sixty-fourth pass (h-events233)."""
    return _sworn(tok) is not None or enters_office(tok)


def enters_office(tok: Token) -> bool:
    """ "вступил в должность", "вступление в должность": one takes office, by a ceremony the
    text may tell after ("Церемония прошла в Белграде"); not "вступил в партию". Sixty-fifth
    pass (h-events241)."""
    return tok.lemma_ in _ENTER and any(
        c.lemma_ in POSTS and preposition(c) == "в" for c in tok.children
    )


def _sworn(tok: Token) -> Token | None:
    """The office one takes by its rite where no title stands beside the verb: the title
    an inauguration names ("инаугурация президента Чили X"), else the rite itself ("принёс
    присягу", "инаугурация X": which post, the text does not say here); not a soldier's oath
    ("принял военную присягу"), nor the one who swears others in ("принял присягу у
    министров")."""
    if tok.lemma_ == "инаугурация":
        return next((c for c in tok.children if c.dep_ == "nmod" and office_titled(c)), tok)
    oaths = [c for c in tok.children if c.lemma_ == _OATH]
    if not oaths or any(preposition(c) == "у" for c in tok.children):
        return None
    return None if any(c.lemma_ == "военный" for c in oaths[0].children) else oaths[0]


def _quoted(t: Token) -> bool:
    """A word in quotes with its phrase ("которого газеты называют «креативным дизайнером и
    создателем продуктов», возглавит …"): an epithet one is called by, no post one takes.
    Forty-seventh pass, own sentences (h-events123)."""
    edge = t.left_edge
    return edge.text in OPENING or edge.i > 0 and t.doc[edge.i - 1].text in OPENING


def _post_beside(verb: Token) -> list[Token]:
    """The post "на должность"/"на пост" the parser hung on a verb's oblique noun instead of
    or on its genitive ("по его предложению на должность главы компании назначен X", "по
    рекомендации премьера на пост министра назначен X"): a post one is put "на" follows
    the oblique, before the verb, and is the verb's to give."""
    obliques = [c for c in verb.children if c.dep_ == "obl" and c.lemma_ not in POSTS]
    return [
        g
        for c in obliques
        for g in c.subtree
        if g.dep_ == "nmod" and g.lemma_ in POSTS and preposition(g) == "на" and c.i < g.i < verb.i
    ]


def _body_led(reader: ActReader, tok: Token, c: Token) -> Token | None:
    """The body a verb of leading takes ("возглавил правительство", "Его возглавил X"), or
    the government one is entrusted with forming ("поручил X сформировать правительство",
    `event_kinds.tsv`), as the office: its head's."""
    if tok.lemma_ == _FORM and c.dep_ == "obj" and c.lemma_ in _FORMED:
        return c
    if tok.lemma_ != "возглавить" or c.dep_ not in {"obj", "nsubj"}:  # OVS order too
        return None
    if _led(reader, c):
        return c
    return _body_before(reader, c) if c.dep_ == "obj" and c.pos_ == "PRON" else None


def _led(reader: ActReader, c: Token) -> bool:
    """A body one heads: a government, a ministry, a state, or any organization named; not
    a team ("возглавил сборную Перу", "возглавил команду": a coach's, no office), nor a
    delegation (`_trip_party`)."""
    if team_noun(c) or _trip_party(c):
        return False
    return c.lemma_ in _LED or any(m.type != "Person" for m in reader.by_token.get(c.i, ()))


def _trip_party(t: Token) -> bool:
    """A delegation, led for a trip or talks, no office ("Делегацию Кении возглавил министр
    X"), or the state adjective the parser took for the subject of a verb of leading in that
    order ("Кенийскую делегацию возглавил X": "Кенийскую" the subject, which is no body of its
    own but a word on the noun). Sixty-fourth pass (h-events234)."""
    return t.lemma_ == "делегация" or t.pos_ == "ADJ"


def team_noun(t: Token) -> bool:
    """A team's noun (`team_nouns.txt`: "сборная", "команда", "клуб"), or a noun "сборный"
    describes ("национальную сборную команду")."""
    teams = load_list(TEAM_NOUNS)
    if t.pos_ not in {"NOUN", "PROPN"}:
        return False
    return t.lemma_.replace("ё", "е") in teams or any(
        c.dep_ == "amod" and c.lemma_ in {"сборный", "сборная"} for c in t.children
    )


def _body_before(reader: ActReader, pronoun: Token) -> Token | None:
    """The body "его"/"её" stands for in "Его возглавил X": the last noun of the sentence
    before that agrees with the pronoun and is a body one heads ("В Чили создано новое
    министерство науки. Его возглавил X"); none for anything else ("делегацию")."""
    before = sentence_before(pronoun.sent)
    if before is None:
        return None
    genders = {"Fem"} if features(pronoun, "Gender") == ("Fem",) else {"Masc", "Neut"}
    nouns = [
        t
        for t in before
        if t.pos_ in {"NOUN", "PROPN"}
        and features(t, "Number") == ("Sing",)
        and set(t.morph.get("Gender")) & genders
        and t.dep_ in {"nsubj", "nsubj:pass", "obj"}
    ]
    return nouns[-1] if nouns and _led(reader, nouns[-1]) else None


def post_title(post: Token) -> Token | None:
    """The office title a post noun governs: "пост вице-президента", "с позиции посла"
    ("позиция" is a post only with a title: "позиция Египта" is a stance)."""
    if post.lemma_ not in _TITLED_POSTS:
        return None
    return next((g for g in post.children if g.dep_ == "nmod" and office_titled(g)), None)


def _acting(tok: Token) -> Token | None:
    """The title of an acting post ("исполняющим обязанности главы МИД назначена X",
    "назначил X временно исполняющей обязанности министра"): an appointment to it."""
    if tok.lemma_ != "исполнять" or case_of(tok) != "Ins":
        return None
    duties = [c for c in tok.children if c.lemma_ == "обязанность"]
    return next(
        (g for d in duties for g in d.children if g.dep_ == "nmod" and office_titled(g)), None
    )


def _in_capacity(tok: Token) -> bool:
    """ "выбрала X в качестве временного премьер-министра": the title after "в качестве"."""
    return any(
        c.lemma_ == "в" and any(f.lemma_ == "качество" for f in c.children) for c in tok.children
    )


def office_titled(tok: Token) -> bool:
    """An office title; the tagger may take its capital for a name's where a complement
    follows, at the start of a sentence ("Министром финансов станет X") or in the
    instrumental Wikinews capitalises ("был выбран новым Президентом Перу"; pass
    forty-third, h-events109); a bare "Президентом" may be of a company."""
    opening = tok.i == tok.sent.start and any(c.dep_ == "nmod" for c in tok.children)
    opening = opening or case_of(tok) == "Ins" and _state_complement(tok)
    common = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and opening
    return common and (
        is_office([t.lemma_ for t in tok.doc[tok.i : tok.i + 4]])
        or _head_of(tok)
        or _adjective_title(tok)
        or contracted_deputy(tok.lemma_)  # "от должности замсекретаря Совбеза" (h-events112)
    )


def _adjective_title(tok: Token) -> bool:
    """A title that begins with the adjective right before its noun ("специальным
    представителем", "постоянным представителем"): the noun alone names no office.
    Pass forty-third, own sentences (h-events109)."""
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is None or before.dep_ != "amod" or before.head.i != tok.i:
        return False
    if is_office([before.lemma_]):  # "военными манёврами": the adjective's own title
        return False
    return is_office([before.lemma_, *(t.lemma_ for t in tok.doc[tok.i : tok.i + 3])])


def _state_complement(tok: Token) -> bool:
    """A genitive complement of a capitalised word ("Президентом Перу"), or an adjective
    ("новым Президентом"): a title's phrase, not a name alone."""
    return any(c.dep_ == "nmod" and case_of(c) == "Gen" or c.dep_ == "amod" for c in tok.children)


def _head_of(tok: Token) -> bool:
    """ "главой Роспотребнадзора", "главы управления МВД": "глава" names a post with the
    body it serves, its genitive, whatever body the lists lack (alone it names none); or an
    acronym the tagger gives no case ("главой SEC", "главой ANH": h-events126)."""
    return tok.lemma_ == "глава" and any(
        c.dep_ == "nmod" and (case_of(c) == "Gen" or _acronym(c)) for c in tok.children
    )


def _acronym(tok: Token) -> bool:
    """A body's acronym in capitals, Latin or Cyrillic ("SEC", "ФРС"); not a word in Latin
    letters that is none ("iPhone-отдела", "Apple")."""
    return 2 <= len(tok.text) <= 6 and tok.text.isalpha() and tok.text.isupper()


def state_office(reader: ActReader, office: Token) -> bool:
    """A post of a state or a body: a state office title or post ("вице-премьером",
    "министром обороны"), or one that names a state or an organization ("послом Франции",
    "председателем Еврокомиссии"), or a deputy's of such a post ("заместителем губернатора
    области": the deputy's post is the state's too); not a profession ("автором книги"),
    nor a deputy's of one ("заместителем директора школы")."""
    deputy_of = [c for c in office.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    if any(_state_title(t) for t in [office, *deputy_of]):
        return True
    return any(m.type != "Person" for t in office.subtree for m in reader.by_token.get(t.i, ()))


def _state_title(title: Token) -> bool:
    """A title that is a state's post whatever it names ("министр", "губернатор")."""
    return is_office([title.lemma_], state_role=True) or title.lemma_ in _STATE_POSTS


def office_name(office: Token, stop: set[int]) -> str:
    """The office as the text gives it, in the genitive, for "на пост …": "посла в
    Аргентине", "премьер-министра Италии"; a body led: "главы правительства"; an acting post
    as one ("исполняющего обязанности министра"), not the post it stands in for."""
    if office.lemma_ in POSTS | _SWORN:
        return ""  # "вступил в должность", "принёс присягу": which one, the text does not say
    if office.head.lemma_ in LEADING and case_of(office) == "Ins":  # "командовал X"
        return LEADING[office.head.lemma_] + " " + phrase_in(office, "ablt", stop)
    phrase = phrase_in(office, "gent", stop)
    if _acting(office.head.head) == office:  # not "исполнял обязанности X. На этот пост …"
        return "исполняющего обязанности " + phrase
    return phrase if office_titled(office) or office.lemma_ in _SEATS else "главы " + phrase
