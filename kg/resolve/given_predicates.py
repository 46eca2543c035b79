"""A title as the predicate of the name ("Кэмерон стал премьером", "Караджич — первый президент
Республики Сербской", "занимал пост главы правительства"), and the post named next to it.
Split out of kg/resolve/given.py."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.lexicon import load_list
from kg.nlp.deps import (
    SUBJECTS,
    copular,
    has_preposition,
    negated,
    preposition,
    subjunctive,
    which_subject,
)
from kg.nlp.morph import case_of, is_future
from kg.resolve.given_across import role_word
from kg.resolve.given_agreement import (
    APPOINTING,
    APPOINTMENT,
    BECOMING,
    HOST_WORDS,
    POST_NOUNS,
    WITHHOLDING_WORDS,
    GivenOffice,
    given_by_title,
    ranked,
    with_complement,
)
from kg.resolve.given_appointments import appointed_cases, appointer_state, held_by_verb, recounted
from kg.resolve.this_post import pointed_post, post_before
from kg.resolve.title_lexicon import OFFICE_VERBS, POST_VERBS, Title
from kg.resolve.title_tenure import SUCCESSORS, acting_office
from kg.resolve.womens_names import feminine_verb_after, womans_surname


def predicate_office(
    doc: Doc, titles: list[Title], start: int, end: int, clause: bool = True
) -> GivenOffice | None:
    """The title of the name's clause after it (`clause`: "Ольсен, занимавший пост премьера")
    or else of the name's own verb (`_own_predicate`): where the clause tells no post ("…
    назначен X, который ранее работал в банке"), the post the name's verb gives it (pass
    forty-six, own sentences, h-offices56). Public: a name alone, a name of a list, a plural
    one and a pronoun take their predicate's post alike by it (`given`, `given_lists`,
    `given_plural`, `pronoun_posts`)."""
    told = _own_predicate(doc, titles, start, end, clause)
    if told is None and clause:
        told = _own_predicate(doc, titles, start, end, False)
    return told


def clause_besides(doc: Doc, titles: list[Title], start: int, end: int) -> GivenOffice | None:
    """The post the name's own verb gives it where a clause after the name gives another
    ("Новым министром экономики Латвии назначен X, который ранее занимал пост заместителя
    министра финансов": the minister of the economy too); None where there is no clause's
    post or the verb's is the same title (pass forty-six, own sentences, h-offices56)."""
    told = _own_predicate(doc, titles, start, end, True)
    if told is None or told.verb < 0:
        return None
    own = _own_predicate(doc, titles, start, end, False)
    if own is None or own.verb < 0 or own.verb == told.verb or own.title.start == told.title.start:
        return None
    return own


def _own_predicate(
    doc: Doc, titles: list[Title], start: int, end: int, clause: bool
) -> GivenOffice | None:
    """A title the name is the subject of: "Кэмерон стал самым молодым премьером", "Форд
    был депутатом", "Караджич — первый президент", "занимал пост главы правительства"; or
    the object of, where the verb appoints: "назначил Дюбуа послом" (Дюбуа is the envoy,
    not the one who appointed him)."""
    root = role_word(doc, start, end)
    # "Ольсен, занимавший пост премьера": a participle of an office verb after the name,
    # on it or on the noun it stands in apposition to; so is a relative clause ("Ольсен,
    # который занимал пост премьера", "Берг, которая была министром").
    near = [*root.children, *(root.head.children if root.dep_ == "appos" else ())]
    office_verbs = load_list(OFFICE_VERBS) | load_list(POST_VERBS)
    at = _past_original(doc, end)  # "Хуан Перес (Juan Perez), который является …"
    participle = next((c for c in near if clause and c.i >= at and _nearest_name(doc, at, c) and (
        (c.dep_ == "acl" and c.lemma_ in office_verbs)
        or (_relative(c) and (c.lemma_ in office_verbs or c.pos_ == "NOUN")))), None)  # fmt: skip
    if clause:
        participle = participle or _which_hung_elsewhere(doc, at, office_verbs)
    subject = root.dep_ in SUBJECTS or _copula_apposed(root)
    hers = None if subject or participle is not None else _her_verb(doc, root, end)
    # "До назначения в МИД Петрова работала послом": her verb, no appointment of Петров
    appointed = hers is None and _appointed(root)
    if not subject and participle is None and not appointed and hers is None:
        return None
    verb = next((v for v in (participle, hers) if v is not None), root.head)
    if root.dep_ == "nsubj" and not appointed and participle is None and verb.lemma_ in APPOINTING:
        return None  # "Моро назначил Дюбуа послом": Моро appoints (active voice)
    verbs = APPOINTING | APPOINTMENT if appointed else office_verbs
    sent = verb.sent
    for title in titles:
        if title.plural or not sent.start <= title.head < sent.end:  # no Token per title
            continue
        head = doc[title.head]
        if appointed and head.dep_.startswith("nsubj"):
            continue  # "Президент Смит выдвинет Миллера…": the one who appoints
        if verb.lemma_ in APPOINTMENT and title.case not in ("Ins", ""):
            continue  # "назначение посла": the title is not what the appointment gives
        holder = head.head if head.head.lemma_ in POST_NOUNS else head
        post = holder is not head or _in_capacity(head)
        if post and holder.head.lemma_ in SUCCESSORS:
            holder = holder.head  # "станет преемником Хольма на посту министра": the post's
        if not post and verb.lemma_ in load_list(POST_VERBS):
            continue  # "вступил в спор с президентом": only a post is entered
        if not post and _beside_verb(head, verb):
            continue
        held = held_by_verb(verb, holder, verbs)
        if not held:
            continue
        if held == "denied":
            return None
        current = held == "current"
        if holder.lemma_ == "обязанность":  # "исполнял обязанности главы правительства"
            words = doc[title.start : title.words_end or title.end]
            title = replace(
                title, office=acting_office(words, title), role="", generic=False, said=""
            )
        title = with_complement(doc, titles, title)
        if appointed and not title.state and not title.foreign:
            title = replace(title, state=appointer_state(doc, verb))
        lo, hi = min(start, title.start), max(end, title.end)
        given = given_by_title(title, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), current)
        return replace(given, verb=verb.i)
    return _this_post(doc, titles, verb, start, end) if verb.lemma_ in verbs else None


def _copula_apposed(name: Token) -> bool:
    """A name the parse hangs as an apposition on an instrumental title whose copula stands
    between them ("самым долгоживущим президентом Чили был Хосе Перес"): the predicate's
    subject, as "Президентом Чили был X" parses; not a title after a preposition ("с
    президентом Чили был X")."""
    title = name.head
    return (
        name.dep_ == "appos"
        and title.i < name.i
        and case_of(title) == "Ins"
        and not preposition(title)
        and any(c.dep_ == "cop" and title.i < c.i < name.i for c in title.children)
    )


def ranks_appointed(
    doc: Doc,
    titles: list[Title],
    nearest: dict[tuple[int, int], tuple[Title | None, Title | None]],
    taken: set[int],
) -> dict[int, GivenOffice]:
    """The offices of names right after a rank (`ranked`) that the sentence appoints to
    one (`_appointed_after`), by the name's first token; none for a name in `taken`."""
    return {
        start: given
        for (start, end), (title, _) in nearest.items()
        if start not in taken
        and title is not None
        and ranked(title)
        and (given := _appointed_after(doc, titles, start, end)) is not None
    }


def _appointed_after(doc: Doc, titles: list[Title], start: int, end: int) -> GivenOffice | None:
    """The office a ranked name is appointed to or becomes, told after it ("Адмирал Хорхе
    Сото был назначен министром обороны Перу", "Генерал X стал министром обороны Чили"), or
    the office after it the verb before it appoints the ranked name to ("назначил полковника
    X советником"): his office, where the rank before the name is none a state gives; else
    None. The one who appoints is given none (`predicate_office`)."""
    after = [t for t in titles if t.start >= end]
    given = predicate_office(doc, after, start, end)
    if given is None or not given.current:
        return None
    return given if doc[given.verb].lemma_ in APPOINTING | BECOMING else None


def named_next(
    doc: Doc, titles: list[Title], start: int, end: int, starts: set[int]
) -> GivenOffice | None:
    """The office of the title that is the subject of the sentence before, naming its state
    and no one, where the name opens the next sentence as its subject ("Премьер-министр
    Хорватии прибыл в Рим. Пленкович заявил": Croatia's premier): the reader takes the name
    for the holder the text has just brought in. Not where that sentence names anyone else or
    holds another title ("Президент Румынии посетил Кишинёв. Журналист Андрей Попеску
    спросил …", "Президент Португалии встретился с Педро Санчесом. Санчес …"), nor where the
    name was named earlier: the title then stands for that person, a mention of its own
    ("… Александр Лукашенко подписали. Белорусский лидер поблагодарил …. Александр
    Григорьевич подчеркнул"), nor where the name's sentence makes it the host of whom the
    title's sentence brought in ("… прибыл в Таллин. X провёл с гостем переговоры")."""
    sent = doc[start].sent
    root = doc[start:end].root
    if start != sent.start or sent.start == 0 or root.dep_ != "nsubj" or root.head.dep_ != "ROOT":
        return None
    previous = doc[sent.start - 1].sent
    if _named_before(doc, start, end, starts, previous.start):
        return None
    if any(t.lemma_ in load_list(HOST_WORDS) for t in sent):  # "X провёл с гостем переговоры"
        return None
    if any(
        previous.start <= t.i < start and (t.i in starts or t.ent_type_ == "PER") for t in previous
    ):
        return None
    before = [t for t in titles if previous.start <= t.start < start]
    if len(before) != 1 or before[0].start != previous.start:
        return None
    title = before[0]
    head = doc[title.head]
    if (
        title.plural
        or title.former
        or not title.state
        or head.dep_ != "nsubj"
        or head.head.dep_ != "ROOT"
    ):
        return None
    return given_by_title(title, title.start_char, doc[end - 1].idx + len(doc[end - 1]))


def _named_before(doc: Doc, start: int, end: int, starts: set[int], until: int) -> bool:
    """Whether a word of the name doc[start:end] is a word of a name before token `until`."""
    words = {t.lemma_ for t in doc[start:end]}
    return any(t.lemma_ in words for t in doc[:until] if t.ent_type_ == "PER" or t.i in starts)


def _this_post(
    doc: Doc, titles: list[Title], verb: Token, start: int, end: int
) -> GivenOffice | None:
    """The post "этот пост" on the verb points back to: the last one the sentence before or
    this one names with a post noun ("После отставки X с поста вице-президента Чили на этот
    пост был назначен Y": Y is vice-president), where the name is the one the verb gives it
    to (`_given_post`)."""
    # "на этот пост": the post one is put on (the parse may hang it on another noun of the
    # verb's sentence), not one left ("ушёл с этого поста")
    heads = {t.head: t for t in titles}

    def titled(g: Token) -> bool:
        return g.i in heads

    post = next(
        (t for t in verb.subtree if pointed_post(t, titled) and preposition(t) == "на"), None
    )
    if post is None or not _given_post(doc[start:end].root, verb):
        return None
    named = post_before(post, titled)
    if named is None:
        return None
    title = with_complement(doc, titles, heads[named.i])
    current = not recounted(verb)
    return replace(
        given_by_title(title, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), current),
        verb=verb.i,
    )


def _given_post(name: Token, verb: Token) -> bool:
    """Whether `verb` gives the name "этот пост": the name is its subject ("на этот пост
    назначен Y", "на этот пост вернулся Y") or the one it appoints (`_appointed`: "назначил
    на этот пост Y", "одобрил назначение на этот пост Y"); not a name merely beside it, nor
    one of an appointment a preposition makes a circumstance or topic ("Против назначения
    на этот пост Y выступила Z") or a verb withholds ("отклонил назначение Y")."""
    if name.head.i != verb.i or negated(verb):
        return False
    if verb.lemma_ in APPOINTMENT:
        withheld = negated(verb.head) or verb.head.lemma_ in load_list(WITHHOLDING_WORDS)
        return _appointed(name) and not has_preposition(verb) and not withheld
    return name.dep_ in SUBJECTS or _appointed(name)


def _appointed(name: Token) -> bool:
    """Whether the name is the one an appointing verb or noun appoints: its object
    ("назначил Дюбуа послом"), a noun's genitive ("назначение Смита послом") or a second
    subject (`_second_subject`); not where it is denied ("Сейм не избрал Озолса
    президентом": he holds nothing) or still to come (`_to_come`)."""
    appointed = (
        (name.dep_ == "obj" and name.head.lemma_ in APPOINTING)
        or (name.dep_ == "nmod" and name.head.lemma_ in APPOINTMENT and not _to_come(name.head))
        or _second_subject(name)
    )
    return appointed and not negated(name.head)


def _to_come(appointment: Token) -> bool:
    """Whether an appointment noun is the subject of a clause that tells it as still to come
    or only weighed ("Назначение X послом будет означать…", "означало бы…"): no one holds
    the post yet; not one told as done ("стало неожиданностью")."""
    verb = appointment.head
    if appointment.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
        return False
    said = [verb, *(c for c in verb.children if c.dep_ in ("aux", "cop"))]
    return subjunctive(verb) or any(is_future(w) for w in said)


def _her_verb(doc: Doc, root: Token, end: int) -> Token | None:
    """The verb of a woman's surname the parse hangs on a noun, reading the genitive of a
    man's ("До избрания в сенат Петрова год работала вице-премьером": not Петров's
    election; "в сенат Новакова год": an adjective of "год"): `feminine_verb_after` it,
    where the name's last word is a woman's surname in the nominative."""
    if root.dep_ not in ("nmod", "amod") or not womans_surname(doc[end - 1].text):
        return None
    return feminine_verb_after(doc[end : root.sent.end])


def _second_subject(name: Token) -> bool:
    """A name the parse makes a second subject of an active appointing verb, after it and
    after the verb's own subject, which an undeclined name's case does not tell: the one
    appointed ("Парламент Грузии избрал Нико Кавтарадзе председателем")."""
    verb = name.head
    return (
        name.dep_ == "nsubj"
        and verb.lemma_ in APPOINTING
        and verb.i < name.i
        and appointed_cases(verb) != ("Nom",)
        and any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children)
    )


def _relative(clause: Token) -> bool:
    """A relative clause on the name whose subject is "который" ("Ольсен, который занимал
    пост премьера"): the name is its subject."""
    return clause.dep_ == "acl:relcl" and which_subject(clause)


_LATIN = re.compile(r"[A-Za-z][A-Za-z.'\-]*|\.")


def _past_original(doc: Doc, end: int) -> int:
    """The token after the name's original spelling in brackets right after it ("Мэрилин
    Хьюсон (Marilyn Hewson), которая …": Latin words and initials alone), which a clause
    after it skips as no other person's name; else `end`. Fifty-first pass (h-offices62)."""
    if end >= len(doc) or doc[end].text != "(":
        return end
    for i in range(end + 1, min(end + 7, len(doc))):
        if doc[i].text == ")":
            return i + 1 if i > end + 1 else end
        if not _LATIN.fullmatch(doc[i].text):
            return end
    return end


def _which_hung_elsewhere(doc: Doc, end: int, verbs: frozenset[str]) -> Token | None:
    """The office verb of "который" right after the name and its comma, where the parser hung
    the clause on another verb ("вышла замуж за Хуана Мендосу, который после избрания Переса
    президентом стал лидером оппозиции": "стал" read as a conjunct of "вышла"); None where
    no such word follows the name or its verb tells no office. Pass forty-five, own
    sentences (h-offices50)."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lemma_ != "который":
        return None
    which = doc[end + 1]
    verb = which.head if which.head.i > which.i else _next_verb(doc, which, verbs)
    if which.dep_ not in SUBJECTS or verb is None or verb.dep_ == "acl:relcl":
        return None
    return verb if verb.lemma_ in verbs else None


def _next_verb(doc: Doc, which: Token, verbs: frozenset[str]) -> Token | None:
    """The office verb of the clause "который" opens, where the parser made "который" the
    subject of the verb before it ("Y сменит Z (…), которая является вице-президентом":
    "которая" on "сменит"): the first such verb after it, before a comma, with no subject
    of its own. Fifty-first pass (h-offices62)."""
    for t in doc[which.i + 1 : which.sent.end]:
        if t.text in (",", ";", ".", "—"):
            return None
        if t.lemma_ in verbs and t.pos_ in ("VERB", "AUX"):
            return None if any(c.dep_ in SUBJECTS for c in t.children) else t
    return None


def _nearest_name(doc: Doc, end: int, clause: Token) -> bool:
    """Whether no other person's name stands between the name (ending at `end`) and the
    clause after it: a participle or "который" goes with the nearest name, wherever the
    parse hangs it ("уволил Хольма, который возглавил ведомство после отставки Ольсена, ныне
    занимающего пост посла": Ольсен's post, not Хольм's)."""
    commas = [t.i for t in doc[end : clause.i] if t.text == ","]  # the clause opens after one
    return not commas or not any(t.ent_type_ == "PER" for t in doc[end : commas[-1]])


def _beside_verb(title: Token, verb: Token) -> bool:
    """A title that is no predicate of the verb: its subject where it is not the predicate
    itself ("Бывший прокурор из Осло, Хольм проработал …"), or after a preposition other
    than "в" ("работал с министром": whom one worked with; "избран в президенты")."""
    subject = title.dep_ in SUBJECTS and title.i != verb.i
    return subject or preposition(title) not in ("", "в")


def complement_of_predicate(doc: Doc, by_end: dict[int, Title], start: int) -> bool:
    """Whether the name right after a title is its complement, not its holder: the title is
    the predicate of a subject before it ("Хансен был аспирантом Ямамото": Хансен the
    student, Ямамото, whose student he was, holds no office), which an indeclinable name's
    case does not tell and the parser may hang on it as a second subject."""
    title = by_end.get(start)
    if title is None:
        return False
    head = doc[title.head]
    return copular(head) and any(c.dep_ in SUBJECTS and c.i < title.start for c in head.children)


def _in_capacity(title: Token) -> bool:
    """A title after "в качестве", which the parser may read as one preposition ("принёс
    присягу в качестве министра обороны")."""
    return any(
        c.lemma_ == "в" and any(f.lemma_ == "качество" for f in c.children) for c in title.children
    )
