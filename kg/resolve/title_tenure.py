"""When a title is held: acting and interim holders, nominees and posts yet to be taken, those
to become, successors and former holders, the post held then, counted and ranked titles.

Split out of titles.py (forty-third pass, h-split45): a title's tenure rather than its words."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.lexicon import load_list
from kg.nlp.deps import (
    SUBJECTS,
    preposition,
    yet_to_come,
)
from kg.nlp.morph import (
    features,
)
from kg.resolve.org_initials import abbreviation_like
from kg.resolve.title_lexicon import OFFICE_VERBS, POST_VERBS, Title, post_nouns
from kg.resolve.title_spelling import spelled_out, spelled_out_complement
from kg.resolve.title_words import state_name


def with_acting_office(doc: Doc, lemmas: list[str], title: Title) -> Title:
    """ "исполняющий обязанности президента", "временно исполняющего обязанности губернатора":
    an acting holder's own office, in the case of the participle, and no role: not the
    office's holder, whom a bare title would stand for. Any other title as it is. Public:
    `titles` passes each title it read through it."""
    i = title.start
    short = _acting_abbreviation(doc, i)
    if short:
        # "и.о. президента", "врио губернатора": the abbreviation does not decline, so the
        # title agrees with the name in any case ("И.о. президента Перу Хосе Херонимо").
        words = doc[i : title.words_end or title.end]
        temporary = "временно " if doc[i - short].lower_ == "врио" else ""
        office = f"{temporary}{acting_office(words, title)}"
        return replace(title, start=i - short, office=office, role="", generic=False, said="",
                       undeclined=True)  # fmt: skip
    if not (i >= 2 and lemmas[i - 2 : i] == ["исполнять", "обязанность"]):
        return title
    if "Part" not in doc[i - 2].morph.get("VerbForm"):
        return title  # "будет исполнять обязанности главы": a predicate (kg.resolve.given)
    start = i - 3 if i >= 3 and lemmas[i - 3] == "временно" else i - 2
    words = doc[i : title.words_end or title.end]
    office = f"{'временно ' * (start < i - 2)}{acting_office(words, title)}"
    return replace(title, start=start, office=office, role="", generic=False, said="", head=i - 2)


def _acting_abbreviation(doc: Doc, i: int) -> int:
    """How many tokens before doc[i] abbreviate "(временно) исполняющий обязанности": "и.о.",
    "и. о." (which the tokenizer splits into "и", ".", "о", "."), "врио"; else 0."""
    if i >= 1 and doc[i - 1].lower_ in ("и.о.", "врио"):
        return 1
    if i >= 4 and [t.lower_ for t in doc[i - 4 : i]] == ["и", ".", "о", "."]:
        return 4
    return 0


# Military ranks whose longer titles hold a body's noun ("генерал армии", "генерал-полковник
# полиции"): a rank of its own, unless the noun opens the body's capitalised name.
_RANK_WORDS = frozenset(["генерал", "адмирал", "маршал", "полковник"])


def name_inside(doc: Doc, key: tuple[str, ...], i: int, by_start: dict[int, Span]) -> bool:
    """Whether the words of `key` at doc[i:] after the first hold a name, so they are no
    title: a state's long name ("Президент Республики Корея"), or a body's capitalised one
    after a rank ("генерал Армии США": a general of the body, not "генерал армии")."""
    n = len(key)
    if any(state_name(by_start.get(k)) for k in range(i + 1, i + n)):
        return True
    return n > 1 and _rank_before_body(doc, key, i, n)


def _rank_before_body(doc: Doc, key: tuple[str, ...], i: int, n: int) -> bool:
    """Whether a rank's longer title `key` at doc[i:i+n] has a word after the rank written
    capitalised, which opens a body's name ("Отставной генерал Армии США Майкл Флинн"): the
    rank is the first word's ("генерал") and the body is the one it serves, not the rank
    "генерал армии" the words spell in lower case."""
    if key[0].split("-")[0] not in _RANK_WORDS:
        return False
    return any(doc[k].text[:1].isupper() for k in range(i + 1, i + n))


def nominated(head: Token) -> bool:
    """A title a nominee's noun governs, itself or through the post ("кандидат на пост
    президента", "претендент на должность посла", "кандидатура в премьеры"): an office
    sought, which no one the text names holds by it."""
    post = head.head if head.head.lemma_ in _SOUGHT_POSTS else head
    sought = post.head.i < post.i and preposition(post) in ("на", "в")
    return sought and post.head.lemma_ in _NOMINEES  # "Среди кандидатов были сенаторы": no


def yet_to_take(head: Token) -> bool:
    """A title of an office the text tells is yet to be taken: the predicate, itself or
    through its post, of a verb of holding or taking one that tells the future or is an
    infinitive no past verb governs ("Премьером станет X", "будет назначен послом", "может
    стать министром", "вступит в должность президента", "будет президентом"), or one sought
    ("претендует на пост премьера"). No one the text names holds it by it, nor does it stand
    for whoever holds it now. Not "останется министром" (held now), "решил назначить X
    послом" (done), nor a title only a preposition's object ("будет работать с президентом")
    or in a case no predicate takes ("принесёт извинения президенту X")."""
    if yet_to_come(head):  # "X будет президентом": the title is the predicate, "быть" its own
        return True
    post = head.head if head.head.lemma_ in _SOUGHT_POSTS else head
    if post is not head and post.head.lemma_ in SUCCESSORS:
        post = post.head  # "Преемником Хольма на посту министра станет X"
    verb = post.head
    if verb.i == post.i or post.dep_ in SUBJECTS or post.dep_ == "appos":
        return False
    if post is head and preposition(head) not in _PREDICATE_PREPOSITIONS:
        return False  # "будет работать с президентом": one worked with, who holds it now
    if post is head and not preposition(head) and "Ins" not in features(head, "Case"):
        return False  # "принесёт извинения президенту X", "сменит посла X": not a predicate
    if post is not head and verb.lemma_ in _SEEKING:
        return True  # "претендует на пост премьера", "баллотируется на пост президента"
    taking = (load_list(OFFICE_VERBS) | load_list(POST_VERBS) | _SEEMING) - _STAYING
    return verb.lemma_ in taking and (yet_to_come(verb) or _becoming_now(verb))


def _becoming_now(verb: Token) -> bool:
    """ "Новым президентом Перу становится X": the news present of becoming, which no year
    or date on the verb makes a narrative's ("В 2004 году он становится министром"), tells
    an office being won (by exit polls, a count under way), not held yet. Pass forty-five,
    own sentences (h-status47)."""
    if verb.lemma_ != _BECOMING or "Pres" not in features(verb, "Tense"):
        return False
    told = [t for c in verb.children if c.dep_ == "obl" for t in c.subtree]
    return not any(t.like_num or t.lemma_ in _TIME_NOUNS for t in told)


_BECOMING = "становиться"
_TIME_NOUNS = frozenset({"год", "месяц", "день", "неделя", "январь", "февраль", "март", "апрель",
                         "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
                         "декабрь"})  # fmt: skip


def to_become(doc: Doc, title: Title, ahead: list[Token]) -> bool:
    """A generic title ("лидер", "глава") with no state of its own, the subject of the verb
    of an office yet to be taken ("её лидер станет президентом Франции", "лидер партии может
    стать премьер-министром"): one who is to take an office holds none of that state's
    yet; not its holder now, whom the title alone would stand for. `ahead` holds only the
    offices of a state: one to chair a body ("глава государства станет председателем G20")
    is its holder now."""
    head, verb = doc[title.head], doc[title.head].head
    if not title.generic or title.state or head.dep_ not in SUBJECTS:
        return False
    if title.end < len(doc) and doc[title.end].pos_ == "PROPN":
        return False  # "возглавит глава администрации Сергей Иванов": the name's title
    # the verb itself, or through the post or the infinitive it governs ("может стать")
    return any(a.head == verb or (a.head.head == verb and _through(a.head)) for a in ahead)


def _through(word: Token) -> bool:
    """A post ("займёт пост президента") or an infinitive its verb governs ("может стать
    президентом"), not a verb coordinated ("возглавит …, а заместителями станут")."""
    return word.lemma_ in _SOUGHT_POSTS or word.dep_ == "xcomp"


# Nouns of one who takes a post after another ("преемником Хольма на посту министра").
SUCCESSORS = frozenset(["преемник", "преемница", "сменщик"])
# Verbs of keeping an office: "останется министром" tells it held now.
_STAYING = frozenset(["оставаться", "остаться"])
# Prepositions of a title itself the verb's predicate: none ("станет министром"), "в
# качестве" ("будет работать в качестве советника"), "в" ("пойдёт в президенты").
_PREDICATE_PREPOSITIONS = frozenset(["", "в"])
# Verbs of what may turn out ("может оказаться первым президентом"): a hypothetical office,
# yet to be taken where the verb tells what is to come.
_SEEMING = frozenset(["оказаться", "оказываться"])
# Verbs of seeking a post, in any tense: the post is not held by it.
_SEEKING = frozenset(["претендовать", "баллотироваться"])


def acting_office(words: Span, title: Title) -> str:
    """The office of one who acts for the holder of the title `words` ("президента"), its
    short form spelled out as the holder's own is ("исполняющий обязанности главы МИД":
    "исполняющий обязанности министра иностранных дел", as "глава МИД" is "министр
    иностранных дел"; "главы Минфина", whose body the words leave out: "министра финансов"),
    any other words as written but for the case of a sentence's start, so an abbreviation
    keeps its capitals ("председателя ПАСЕ"). Sixty-seventh pass, own sentences
    (h-names151)."""
    # spaced as the text is: no space before a comma (`title_bodies._office_with`)
    written = "".join(
        (w.text if abbreviation_like(w.text) else w.lower_) + w.whitespace_ for w in words
    ).rstrip()
    full = replace(title, office=spelled_out(title.office))  # read before titles spell out
    return f"исполняющий обязанности {spelled_out_complement(full, title.office, written)}"


# Nouns of one put forward for an office, and the posts they seek ("кандидат на пост").
_NOMINEES = frozenset(["кандидат", "кандидатка", "кандидатура", "претендент", "претендентка"])


_SOUGHT_POSTS = post_nouns("post", "seat")
# Nouns of an election, whose genitive title names the post to be filled ("выборы
# президента"), not its holder (h-offices47).
_ELECTIONS = frozenset(["выборы", "перевыборы", "довыборы"])


def of_post(head: Token) -> bool:
    """A title a post noun governs as its genitive ("выдвинет её на пост госсекретаря",
    "назначен на должность посла", "ушёл с поста премьера"), or a verb's predicate in the
    instrumental ("оказался президентом", "считают его премьером"), or an election noun
    governs ("выборы главы государства"): it names the post, or
    what the subject is, not another who holds it. Not "позиция посла" (a stance, the
    ambassador's), "в качестве министра", an agent ("подписано президентом"), nor a post a
    verb's subject holds now ("занимающий пост президента страны": the office is his)."""
    if head.dep_ == "xcomp" and not preposition(head) and "Ins" in features(head, "Case"):
        return True  # "Кастильо оказался президентом Перу": what he is, not the holder
    if any(c.dep_ == "amod" and c.lemma_ in _NEXT for c in head.children):
        return True  # "при следующем президенте": a holder yet to come, no one (names89)
    if _named_day(head):
        return True  # "День присяги короля": a day the post names, no holder (names89)
    post = head.head
    if head.dep_ == "nmod" and post.i < head.i and post.lemma_ in _ELECTIONS:
        return True  # "Выборы главы государства в Чили": the post elected, no one holding it
    if head.dep_ != "nmod" or post.i > head.i or post.lemma_ not in _SOUGHT_POSTS:
        return False
    verb = post.head  # "занимающий пост президента страны": his own, now
    return verb.lemma_ not in _HOLDING or _held_then(verb)


# Adjectives of a holder yet to come: "при следующем президенте".
_NEXT = frozenset(["следующий"])


def _named_day(head: Token) -> bool:
    """A title in the genitive chain of a day's name ("День присяги короля", "в День
    президента"): the holiday of the post, whoever holds it."""
    t, steps = head, 0
    while t.dep_ == "nmod" and t.head.i < t.i and steps < 3:
        t, steps = t.head, steps + 1
        if t.lemma_ == "день" and t.text[:1].isupper():
            return True
    return False


def _held_then(verb: Token) -> bool:
    """A finite verb of holding in the past ("Пост премьера он занимал до 1998 года"): the
    post is the subject's of that time, not the holder's at the document's date."""
    return "Fin" in features(verb, "VerbForm") and "Past" in features(verb, "Tense")


# Verbs whose subject holds the post they govern now ("занимающий пост президента страны",
# "остаётся на посту премьера"): the post's title is the subject's own office.
_HOLDING = frozenset(["занимать", "занять", "оставаться", "остаться", "находиться", "совмещать"])


def counted_title(head: Token) -> bool:
    """A title a numeral of more than one governs ("оба лидера", "два президента"): several
    people, though the noun after "два" is singular in form; or one "любой", "каждый"
    govern ("любой президент"): whoever holds it, no one person. Public: `titles` marks such
    a title plural, so no one name takes it."""
    return any(
        (c.dep_.startswith("nummod") and c.lemma_ not in ("один", "1"))
        or (c.dep_ in ("det", "amod") and c.lemma_ in _ANY)
        for c in head.children
    )


# Determiners that make a title anyone's who holds it ("любой президент"), no one person.
_ANY = frozenset(["любой", "каждый", "всякий"])


# Ordinals of succession: "Первый генеральный секретарь ООН X", "восьмой генсек ООН Y" name
# a holder by his place among them, who may still hold the office (names71, fix41); not a
# rank of the title's own ("первый заместитель", "первый секретарь посольства", "первый
# вице-премьер").
_SUCCESSION = frozenset(
    [
        "первый",
        "второй",
        "третий",
        "четвёртый",
        "четвертый",
        "пятый",
        "шестой",
        "седьмой",
        "восьмой",
        "девятый",
        "десятый",
    ]
)
_RANKED_NOUNS = ("секретарь", "заместитель", "замест", "вице-", "помощник", "советник", "зам")


def former_title(doc: Doc, start: int) -> bool:
    """The title says its holder has left office: "экс-президент", "бывшего президента",
    "отставной генерал", "предыдущий глава государства"; or held it at the time the text
    tells of, not now ("В 2022 году тогдашний президент Мексики X призвал"; sixty-third pass,
    h-names141)."""
    if doc[start].lower_.startswith("экс-"):
        return True
    return start > 0 and doc[start - 1].lemma_ in _FORMER


# "предыдущий глава государства": the one who held the post before its holder of now
PREVIOUS = "предыдущий"
# An adjective of a title held at the time the text tells of ("тогдашний президент")
_THEN = "тогдашний"
# Adjectives of a title whose holder has left the office, or held it then
_FORMER = frozenset(["бывший", "прежний", "отставной", _THEN, PREVIOUS])


def held_then(doc: Doc, start: int) -> bool:
    """A former title held at the time the text tells of ("тогдашний президент Перу X
    провёл переговоры"): what its holder did then was done for the office's state, as a
    holder's now is, though the office is no longer his."""
    return start > 0 and doc[start - 1].lemma_ == _THEN


def future_title(doc: Doc, start: int) -> bool:
    """The title says its holder has yet to take the office: "будущий" among the adjectives
    right before it ("будущему королю Филиппу", "будущий новый посол"), as "станет
    королём" tells."""
    i = start
    while i > 0 and doc[i - 1].pos_ == "ADJ":
        if doc[i - 1].lemma_ == "будущий":
            return True
        i -= 1
    return False


# Nouns of a cabinet a title may be "с" of ("кабинет с премьером X"): a line-up proposed,
# not an office held.
_CABINETS = frozenset(["кабинет", "коалиция"])
# Words of an appointment or a candidacy: "новый премьер" after one is the appointee.
_APPOINTING = frozenset(["назначить", "назначение", "назначенный", "утвердить", "утверждение",
                         "избрать", "избрание", "кандидат", "кандидатура", "выдвинуть",
                         "номинировать"])  # fmt: skip


def planned_cabinet(doc: Doc, head: int) -> bool:
    """The title is a cabinet's "с"-companion ("продолжение коалиционного кабинета с
    премьером X"): a line-up spoken of, whose premier holds no office by it."""
    word = doc[head]
    return word.head.lemma_ in _CABINETS and any(
        c.dep_ == "case" and c.lower_ in ("с", "со") for c in word.children
    )


def no_sitting_holder(doc: Doc, start: int, head: int) -> bool:
    """A bare title that stands for no one in office now: "новый" before it after an
    appointment or a candidacy in its sentence or the one before ("Вискарра назначил дель
    Солара, … что новый премьер - хороший экономист": the appointee, not the premier he
    replaces), or the thing appointed ("Назначение президентского премьера")."""
    word = doc[head]
    if word.head.lemma_ in _APPOINTING and word.dep_ == "nmod" and "Gen" in word.morph.get("Case"):
        return True
    i, new = start, False
    while i > 0 and doc[i - 1].pos_ == "ADJ":
        new = new or doc[i - 1].lemma_ == "новый"
        i -= 1
    new = new or doc[start].lemma_ == "новый"
    if not new:
        return False
    if _ahead_of(word):
        return True  # "новому президенту предстоит …", "новый президент будет …": the winner
    sent = doc[start].sent
    opens = sent.start
    if opens > 0:
        opens = doc[opens - 1].sent.start
    return any(t.lemma_ in _APPOINTING for t in doc[opens:start])


# Words of what one has yet to do ("предстоит", "придётся", "должен"), in the present.
_AHEAD = frozenset(["предстоять", "прийтись", "придтись", "должный"])


def _ahead_of(word: Token) -> bool:
    """The title is the subject or the one concerned of a verb of what is yet to come ("новый
    президент будет решать", "новому президенту предстоит выводить экономику"): "новый" then
    tells one yet to take the office, not its holder now. Forty-seventh pass, own sentences
    (h-titles47)."""
    verb = word.head
    if verb.i == word.i or word.dep_ not in (*SUBJECTS, "iobj", "obl"):
        return False
    return verb.lemma_ in _AHEAD or yet_to_come(verb)


# Verbs whose object is the one appointed ("Вискарра назначил дель Солара").
_APPOINTS = frozenset(["назначить", "утвердить", "избрать"])


def appointed_tokens(doc: Doc, start: int) -> frozenset[int]:
    """The tokens of the objects (and posts) of the appointing verbs in the title's sentence
    and the one before, up to the title: where one person is named there, "новый премьер"
    is that one. Never the one replaced ("избрало нового лидера вместо убитого X")."""
    opens = doc[start].sent.start
    if opens > 0:
        opens = doc[opens - 1].sent.start
    return frozenset(
        t.i
        for verb in doc[opens:start]
        if verb.lemma_ in _APPOINTS and verb.pos_ == "VERB"
        for obj in verb.children
        if obj.dep_ in ("obj", "xcomp")  # the parse may hang the name on the post's noun
        for t in obj.subtree
        if t.i < start and not _replaced_one(t, obj)
    )


def _replaced_one(token: Token, top: Token) -> bool:
    """A word of a "вместо X" phrase under `top` (or `top` itself, where the parse makes X
    the verb's object): X is the one replaced, not appointed."""
    while True:
        if preposition(token) == "вместо":
            return True
        if token == top or token.head == token:
            return False
        token = token.head


def succession_ordinal(doc: Doc, start: int) -> bool:
    """An ordinal of succession before the title ("Первый генеральный секретарь ООН X",
    "Девятый генсек ООН Y"): it tells the holder's place among them, not whether he still
    holds the office; the offices extractor marks him former only where the gazetteer's
    term of that office ended before the document's date (fix41)."""
    return (
        start > 0
        and doc[start - 1].lemma_ in _SUCCESSION
        and not doc[start].lower_.startswith(_RANKED_NOUNS)
    )
