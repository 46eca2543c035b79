"""Appointments and removals: a person appointed as, or to, a post ("назначен министром"), the
appointer's state, a rank bestowed, kin named by a title, and a person removed from or leaving
a post ("освобождён от должности", "покинул пост"). Split out of kg/resolve/given.py."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.nlp.deps import SUBJECTS, acted_on, is_passive, negated, possessive_pronoun
from kg.nlp.marks import DASHES
from kg.nlp.morph import case_of, caseless, features, is_present, morph
from kg.nlp.quote_marks import CLOSING, OPENING
from kg.resolve.gender import man_named, woman_named
from kg.resolve.given_across import accusative_only, left_of, points_back
from kg.resolve.given_agreement import (
    APPOINTING,
    BECOMING,
    POST_NOUNS,
    TITLED_POSTS,
    GivenOffice,
    alike,
    given_by_title,
    shows_genitive,
    with_complement,
)
from kg.resolve.kin_and_ranks import KIN, WOMEN_KIN
from kg.resolve.title_lexicon import Title, is_trade


def given_before(doc: Doc, titles: list[Title], title: Title, end_char: int) -> GivenOffice:
    """The office the title before a name gives it (ending at `end_char`): the one an
    appointment names before the name's rank (`office_appointed_as`), and one a removal the text
    tells ends, past (`removed_title`), dated by that removal; an office in the instrumental of a
    verb of appointing or becoming is dated by that verb ("В 2015 году министром обороны
    стал генерал X", "В 2015 году назначил министром обороны Луиса Лару": from 2015)."""
    title, removal = removed_title(doc, title)
    kin = _owned_kin(doc, title.start)
    office = (
        office_appointed_as(doc, titles, title)
        or kin
        and office_appointed_as(doc, titles, kin)
        or title
    )
    given = given_by_title(
        office, min(office.start_char, title.start_char), end_char, removal is None
    )
    if removal is not None:
        return replace(given, verb=removal.i)
    verb = doc[office.head].head
    taken = office.case == "Ins" and verb.lemma_ in APPOINTING | BECOMING
    return replace(given, verb=verb.i) if taken else given


def office_appointed_as(doc: Doc, titles: list[Title], rank: Title) -> Title | None:
    """The office an appointment gives the one whose rank stands before their name:
    "назначил министром обороны адмирала Хуана Переса" (the admiral becomes the minister),
    "назначен послом генерал Перес", "Министром обороны Перу стал генерал Перес". The
    instrumental title must come right before the rank (past its own complement) and hang on
    the appointing verb, whose object is the rank: in the accusative (or genitive) after an
    active verb, in the nominative after a passive or a verb of becoming between. Public:
    the reader of a rank before a name (`rank_posts`) asks it first, so an appointed rank
    takes the appointment's office, not the rank's."""
    before = [t for t in titles if t.end <= rank.start and t.case == "Ins" and not t.plural]
    if not before:
        return None
    office = max(before, key=lambda t: t.end)
    head, verb = doc[office.head], doc[office.head].head
    # only an office that names whom it serves, itself or by its genitive complement
    # ("Заместителем министра обороны Чили назначен генерал X": the deputy's office):
    # "Председателем жюри стал продюсер X" keeps the producer, whom no state appoints
    full = with_complement(doc, titles, office)
    becoming = verb.lemma_ in BECOMING and verb.i > office.start and bool(full.state)
    if verb.lemma_ not in APPOINTING and not becoming:
        return None
    if verb.i > office.start:
        # "Послом Индии назначен карьерный дипломат X", "Министром обороны стал генерал X":
        # the passive or the verb of becoming between, whose subject is the rank, with only
        # the office's complement and the rank's adjectives besides
        subject = doc[rank.head]
        if not (becoming or is_passive(verb)) or subject.head != verb:
            return None
        if not subject.dep_.startswith("nsubj"):
            return None
        auxiliaries = (c for c in verb.children if c.dep_.startswith("aux"))  # "был назначен"
        # "в 2024 году стал": the verb's circumstance, of no one
        when = (t for c in verb.children if c.dep_ in ("obl", "advmod") for t in c.subtree)
        own = (verb, *auxiliaries, *when, *head.subtree, *subject.subtree)
        if any(t not in own for t in doc[office.end : rank.start]) or negated(verb):
            return None
        return complement_words(doc, full, verb.i)
    if any(not _between_own(head, doc[rank.head], t) for t in doc[office.end : rank.start]):
        return None
    if any(t.dep_ == "obj" for t in doc[verb.i + 1 : office.start]):
        return None  # "назначил Смита советником президента X": Смит is the one appointed
    # "назначен советником президента X": the passive's subject is appointed; a genitive
    # after its instrumental is whom the office serves.
    if rank.case not in appointed_cases(verb):
        return None
    # The rank right after the office, or the appointee's titles before it, which the parse
    # may hang on it as its complement, are no body it serves: the appointer's state is
    # ("генерала" in "назначил министром обороны генерала X", "начальника генштаба генерала X").
    theirs = _titles_fill(titles, office.end, rank.start)
    return _with_appointer(doc, replace(office, foreign=False) if theirs else office, verb)


def complement_words(doc: Doc, title: Title, end: int) -> Title:
    """The title with the words of its own complement after it up to token `end` that no
    preposition or punctuation opens and that name no body it serves ("Новым командующим
    войсками Северного военного округа назначен X": "командующий войсками Северного военного
    округа"), up to a state they name, which is the title's where it names none
    ("главнокомандующим сухопутными войсками Чили": Chile's). Pass forty-fifth, own
    sentences (h-offices51)."""
    if any(is_trade(word) for word in title.office.split()):
        return title  # "Главным тренером сборной Перу": a trade, no state's post
    head = doc[title.head]
    stop = title.end
    while stop < end and head.is_ancestor(doc[stop]) and doc[stop].is_alpha:
        if any(c.dep_ == "case" for c in doc[stop].children):
            break
        stop += 1
    states = [s for s in doc.spans.get("states", []) if title.end <= s.start < stop]
    if states:
        stop = states[0].start
    words = doc[title.end : stop]
    if not len(words) or any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" for t in words):
        return title  # a body's name the title's state or body reads
    state = title.state or (states[0].kb_id_ if states else "")
    return replace(title, office=f"{title.office} {words.text}", state=state)


def _between_own(office: Token, rank: Token, token: Token) -> bool:
    """A word between the instrumental office and the rank that is the office's own or an
    adjective of the rank ("назначил министром финансов бывшего главу центробанка X": the
    parse hangs "бывшего" on the rank the verb governs), so no one else stands between."""
    return office.is_ancestor(token) or (token.dep_ == "amod" and token.head == rank)


def _titles_fill(titles: list[Title], start: int, end: int) -> bool:
    """Whether titles, each right after the one before, fill doc[start:end] (none where
    `start == end`): the appointee's own titles before the rank, not a body served."""
    ends = {t.start: t.end for t in titles}
    while start < end and start in ends:
        start = ends[start]
    return start == end


def appointed_rank(doc: Doc, titles: list[Title], rank: Title, case: str) -> Title | None:
    """The rank before a name that an appointment names the office of, where the name's
    case is one an animate noun spells alike with the rank's ("назначил министром обороны
    генерала Хорхе Чавеса", the name read genitive, the rank accusative): the object
    appointed is the ranked person, not someone the rank serves; else None."""
    if not alike(case, rank.case) or office_appointed_as(doc, titles, rank) is None:
        return None
    return rank


def appointed_bare(
    doc: Doc, titles: list[Title], name: tuple[int, int], case: str, end_char: int
) -> GivenOffice | None:
    """The office an appointment names for one after a person's common noun that is no
    title ("назначил министром финансов банкира Хуана Переса"), as after a rank, or after
    kin whose genitive complement is a title ("вдову генерала Аму Боатенг")."""
    before = next((t for t in titles if t.end == name[0]), None)
    rank = _bare_rank(doc, titles, name[0]) or (before and kin_named(doc, before, name))
    given = appointed_rank(doc, titles, rank, case) if rank is not None else None
    return None if given is None else given_before(doc, titles, given, end_char)


def _bare_rank(doc: Doc, titles: list[Title], start: int) -> Title | None:
    """A person's common noun right before the name that no title table holds, as a title of
    its own word, hung on the verb or the instrumental office, not on another person's noun
    ("сына банкира X": the son is appointed), nor kin no pronoun owns ("брата Хуана Переса":
    the brother is appointed, Перес is whose; "своего брата Хуана Переса" is his name); else
    None."""
    if start < 1:
        return None
    word = doc[start - 1]
    if word.pos_ != "NOUN" or "Anim" not in features(word, "Animacy"):
        return None
    if any(t.start <= word.i < t.end for t in titles):
        return None
    if word.lemma_.replace("ё", "е") in KIN and not _owned(word):
        return None
    if word.head.pos_ != "VERB" and case_of(word.head) != "Ins":
        return _owned_kin(doc, word.i)  # "своего сына банкира X": the son, X, is appointed
    return _word_title(word)


def _word_title(word: Token) -> Title:
    """A person's common noun no title table holds as a title of its own word, no state."""
    return Title(word.i, word.i + 1, word.lemma_, "", "", start_char=word.idx,
                 end_char=word.idx + len(word), case=case_of(word), head=word.i,
                 words_end=word.i + 1)  # fmt: skip


def kin_named(doc: Doc, title: Title | None, name: tuple[int, int]) -> Title | None:
    """The kin noun no pronoun owns right before a genitive title, as a title of its own
    word, where the name after the title is the kin's: a woman's after a woman's kin
    ("вдову генерала Грейс Вамбуи"); a name whose last word declines and has no genitive
    reading ("вдову генерала Аму Боатенг", "Старший брат лидера КНДР Ким Чен Нам"), unless
    another word shows the genitive ("Жена президента Мали Ибрагима Кейты"); or one
    that shows no genitive, has a word in the kin's case and fits the kin's sex ("Сын
    президента Ганы Кофи Асанте", "Встреча сына президента Ганы Кофи Асанте"). The first two
    not after kin spelt as a genitive ("сына генерала X": the general may be X); none for
    "брат лидера КНДР Ким Чен Ына", nor a name not a woman's after a woman's kin ("Дочь
    премьер-министра Японии Хироси Накамура": the father's); else None."""
    before = left_of(doc, title.start) - 1 if title is not None else -1
    if title is None or before < 0:
        return None
    kin = doc[before]
    lemma = kin.lemma_.replace("ё", "е")
    if lemma not in KIN or _owned(kin):
        return None
    if "gent" not in morph().cases(doc[title.head].text):
        return None
    words = [t.text for t in doc[name[0] : name[1]] if t.is_alpha and not caseless(t.text)]
    womans = woman_named(doc[name[0]].text)
    # the last word declines ("Аму Боатенг", "Ким Чен Ына": "Чен" never does), and one the
    # dictionary does not know ("Ына") tells nothing
    last = morph().cases(words[-1]) if words else frozenset()
    shows = shows_genitive(doc, name)
    agrees = (
        not shows
        and any(case_of(t) == case_of(kin) for t in doc[name[0] : name[1]] if t.is_alpha)
        # after accusative kin, not a name the genitive title's may be: "избрал сестру
        # президента Ильхама Алиева вице-президентом" is the president's
        and (case_of(kin) != "Acc" or accusative_only(words))
    )
    hers = lemma in WOMEN_KIN and womans
    # a first name only a genitive reads so ("Ибрагима Кейты") outweighs the guessed forms
    # of a surname that lack the genitive ("Кейты" as a plural "кейт")
    no_genitive = hers or (bool(last) and "gent" not in last and not shows)
    # the kin's sex, unless the first name is known as the other's: a name the dictionary
    # does not know ("Кэндзи", "Юко") leaves the title no holder rather than a wrong one
    first = doc[name[0]].text
    fits = not (man_named(first) if lemma in WOMEN_KIN else womans)
    theirs = (no_genitive and "gent" not in morph().cases(kin.text)) or (agrees and fits)
    return _word_title(kin) if theirs else None


def _owned_kin(doc: Doc, start: int) -> Title | None:
    """Kin one owns right before `start` ("своего брата"), as a title of its own word: the one
    an appointment names, the title and name after it in apposition ("назначил послом в Китае
    своего брата бизнесмена Кофи Боатенга": the brother is Кофи Боатенг); else None."""
    kin = doc[start - 1] if start >= 1 else None
    if kin is None or kin.lemma_.replace("ё", "е") not in KIN or not _owned(kin):
        return None
    if not alike(case_of(kin), case_of(doc[start])):
        return None
    return replace(_word_title(kin), start=kin.left_edge.i)  # with its owner: "своего брата"


def _owned(kin: Token) -> bool:
    """Kin one owns ("своего брата", "его сына"): the name after it is the kin's own."""
    return any(c.lemma_ == "свой" or possessive_pronoun(c) for c in kin.children)


def appointed_cases(verb: Token) -> tuple[str, ...]:
    """The cases of the one an appointing verb appoints: the nominative of a passive's
    subject ("назначен послом Хуан Перес"), else an object's accusative, which an animate
    noun spells as its genitive."""
    return ("Nom",) if is_passive(verb) else ("Acc", "Gen")


def appointed_named(doc: Doc, title: Title, case: str | None) -> Title | None:
    """An instrumental title an appointing verb gives the name right after it, in the
    name's case (`appointed_cases`; None: a name that tells none): "назначил министром
    обороны Луиса Лару", with the appointer's state where it names none; not where the verb
    has an object of its own ("назначил Смита советником президента X"), nor a denied one
    ("не назначил")."""
    verb = doc[title.head].head
    if title.case != "Ins" or title.plural or verb.lemma_ not in APPOINTING:
        return None
    if verb.i > title.start or negated(verb) or any(c.dep_ == "obj" for c in verb.children):
        return None
    if case is not None and case not in appointed_cases(verb):
        return None
    return _with_appointer(doc, title, verb)


def yielded_to(doc: Doc, title: Title, case: str | None) -> Title | None:
    """The title of a post the subject yields to the dative name right after it ("уступил пост
    президента Алану Гарсии"): the name's now; None for a name of another case, a title not
    the post noun's genitive, or a denied or planned yielding ("не уступит пост")."""
    post = doc[title.head].head
    verb = post.head
    if case != "Dat" or title.case != "Gen" or title.plural or post.lemma_ not in TITLED_POSTS:
        return None
    if post.dep_ != "obj" or verb.lemma_ not in _YIELDING or negated(verb) or not past_tense(verb):
        return None
    return title


# Verbs of giving one's post to another, whose dative takes it ("уступил пост президента X").
_YIELDING = frozenset(["уступить", "передать"])


def appointed_to(doc: Doc, title: Title, verb: Token, end_char: int) -> GivenOffice | None:
    """The office an appointing verb gives one it names where the post is told apart from
    the name ("назначил на неё Y" of a post named before, "Его заменит Y" of one who left):
    as `appointed_named` gives it, with the appointer's state where the title names none,
    dated by the verb; None for a denied one ("не назначил")."""
    if title.plural or negated(verb):
        return None
    office = _with_appointer(doc, replace(title, former=False), verb)
    given = given_by_title(office, office.start_char, end_char)
    return replace(given, start_char=min(office.start_char, end_char), verb=verb.i)


def _with_appointer(doc: Doc, title: Title, verb: Token) -> Title:
    """The appointed title with the appointer's state where it names no state or body."""
    if title.state or title.foreign:
        return title
    return replace(title, state=appointer_state(doc, verb))


def right_before(doc: Doc, by_end: dict[int, Title], start: int, ends: set[int]) -> Title | None:
    """The title right before the name, or before a comma or a dash before it ("Президент
    Казахстана, Касым-Жомарт Токаев"; in a list of a cabinet, "министр финансов — Хуан
    Перес, министр обороны — Луис Гомес", where the title after the comma is the next
    name's, not this one's); past the name's adjectives after a dash or a comma
    ("Президент Финляндии, 60-летний Саули Ниинистё")."""
    start = left_of(doc, start)
    title = by_end.get(start) or _quote_closed(doc, by_end, start)
    if title is None:
        title = _before_comma(doc, by_end, start, ends)
    adjectives = start
    if title is None:
        start = _past_adjectives(doc, start)  # "Министр финансов — 72-летний Таро Асо"
    if title is None and start >= 1 and doc[start - 1].text in DASHES:
        title = by_end.get(left_of(doc, start - 1))
    if title is None and start < adjectives:
        title = _before_comma(doc, by_end, start, ends)
    return title


def _before_comma(doc: Doc, by_end: dict[int, Title], start: int, ends: set[int]) -> Title | None:
    """The title before a comma at token `start - 1`, unless it points back or is the
    predicate of a name before it ("Рут — тренер, Кан — вратарь": Рут's, not Кан's)."""
    if start < 1 or doc[start - 1].text != ",":
        return None
    end = left_of(doc, start - 1)
    title = by_end.get(end) or _quote_closed(doc, by_end, end)
    if title is None or points_back(doc, title) or _named_before_dash(doc, title, ends):
        return None
    return title


def _quote_closed(doc: Doc, by_end: dict[int, Title], end: int) -> Title | None:
    """The title that ends right before a quote closing at token `end - 1` and opens that
    quote itself ("главного тренера «Ливерпуля» Юргена Клоппа": the body's name in quotes
    ends the title)."""
    if end < 2 or doc[end - 1].text not in CLOSING:
        return None
    title = by_end.get(end - 1)
    if title is None or not any(t.text in OPENING for t in doc[title.start : end - 1]):
        return None
    return title


def _named_before_dash(doc: Doc, title: Title, ends: set[int]) -> bool:
    """Whether a name and a dash stand before the title, past its adjectives: the title is
    that name's predicate ("Рут — лучший тренер"), not the title of a name after it."""
    i = _past_adjectives(doc, left_of(doc, title.start))
    return i >= 1 and doc[i - 1].text in DASHES and left_of(doc, i - 1) in ends


def _past_adjectives(doc: Doc, i: int) -> int:
    """Token index `i` moved left past the adjectives before it ("72-летний Таро Асо",
    "лучший тренер"), and the spaces inside the line between them."""
    while i >= 1 and doc[i - 1].pos_ == "ADJ":
        i = left_of(doc, i - 1)
    return i


def appointer_state(doc: Doc, verb: Token) -> str:
    """The state that appoints, where the title names none: an office a state fills is that
    state's ("Эфиопия назначила Кебеде на пост министра иностранных дел", "президент Кении
    назначил …", "кенийский парламент утвердил …"), also through an infinitive ("президент
    Кении решил назначить …"). "" when the subject is no state's."""
    subject = acting_subject(verb)
    if subject is None:
        return ""
    spans = doc.spans.get("states", [])
    near = [subject, *(c for c in subject.children if c.dep_ in ("nmod", "amod"))]
    for token in near:
        state = next((s for s in spans if s.start <= token.i < s.end), None)
        if state is not None:
            return str(state.kb_id_)
    return ""


def acting_subject(verb: Token) -> Token | None:
    """Who acts by a verb of appointing or removing: its subject, else the subject of the verb
    its infinitive or its gerund hangs on ("президент Кении решил назначить …", "Перес
    пытался смягчить кризис, уволив министра финансов X"), as the events read who acts by an
    infinitive or a gerund."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    while subject is None and _controlled(verb):
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject


def _controlled(verb: Token) -> bool:
    """An infinitive or a gerund whose act is of the subject of the verb it hangs on; an
    active verb joined to another's ("Перес освободил X и назначил Y", h-offices52)."""
    gerund = verb.dep_ == "advcl" and "Conv" in verb.morph.get("VerbForm")
    joined = verb.dep_ == "conj" and not is_passive(verb) and not is_passive(verb.head)
    return verb.head.i != verb.i and (verb.dep_ == "xcomp" or gerund or joined)


def appointing_verb(doc: Doc, title: Title) -> Token | None:
    """The active verb that removes the one a title names (`removed_title`: "уволил министра
    финансов X", "освободил от должности министра X") or appoints them ("назначил министром
    X"); None for a passive ("назначен министром"), whose subject is the one appointed."""
    holder = doc[title.head]
    verb = _removing_verb(holder)
    if verb is None and title.case == "Ins" and holder.head.lemma_ in APPOINTING:
        verb = holder.head
    return None if verb is None or is_passive(verb) else verb


def _removing_verb(holder: Token) -> Token | None:
    """The verb that removes the holder of a title whose word is `holder`, or None."""
    if _removed_from_post(holder):
        return holder.head.head  # "уволил с поста министра X": the post's holder removed
    if holder.dep_ == "nsubj:pass" and holder.head.lemma_ in REMOVING_WORDS:
        return holder.head  # "уволен в запас командующий войсками X": the passive's subject
    if holder.dep_ != "obj" or holder.head.lemma_ not in REMOVING_WORDS:
        return None
    return holder.head


def removed_title(doc: Doc, title: Title) -> tuple[Title, Token | None]:
    """A title of one a verb removes ("Президент Перу отправил в отставку министра обороны
    X", "уволил министра финансов X"): where it names no state, the remover's state's office,
    as an appointment is the appointer's (the remover holds nothing by it); and the verb,
    where it tells the removal done (`_removal_told`), so the office is past. Public: a rank
    before the removed one's name reads its post through it too (`rank_posts`)."""
    verb = _removing_verb(doc[title.head])
    if verb is None:
        return title, None
    if not title.state and not title.foreign:
        title = replace(title, state=appointer_state(doc, verb))
    return title, verb if _removal_told(verb) else None


def _removed_from_post(holder: Token) -> bool:
    """A title the post noun a removing verb takes one from governs, where the verb names
    no one else it removes ("уволил с поста советника по национальной безопасности X",
    "освободил от должности министра X"): the name after the title is the one removed; not
    "уволил Y с поста министра" (Y is) nor "назначил на пост министра X"."""
    post, verb = holder.head, holder.head.head
    return (
        holder.dep_ == "nmod"
        and post.lemma_ in POST_NOUNS
        and post.dep_ == "obl"
        and any(c.dep_ == "case" and c.lower_ in ("с", "со", "от") for c in post.children)
        and verb.lemma_ in REMOVING_WORDS
        and not any(acted_on(c, verb) for c in verb.children)
    )


def _removal_told(verb: Token) -> bool:
    """A removal the text tells done: a past verb, not denied, that names the post or the
    leaving ("отправил в отставку", "освободил от должности") or removes by itself
    ("уволил"); not "пригрозил отправить в отставку", nor "отправил министра в Лиму"."""
    post = any(c.lemma_ in POST_NOUNS | _LEAVING_NOUNS for c in verb.children)
    return past_tense(verb) and not negated(verb) and (post or verb.lemma_ in _DISMISSING)


# Verbs of leaving a post ("ушёл в отставку с поста", "покинул пост"), whose subject held
# it, and of removing someone from one ("освободил от должности", "уволен с поста"), whose
# object (or passive subject) held it.
_LEAVING = frozenset(["уйти", "уходить", "покинуть", "покидать", "оставить", "оставлять",
                      "подать", "подавать"])  # fmt: skip
REMOVING_WORDS = frozenset(["уволить", "увольнять", "освободить", "освобождать", "снять", "снимать",
                       "отстранить", "отстранять", "сместить", "смещать", "отправить",
                       "отправлять"])  # fmt: skip
# ... those whose object alone tells it, with no post named ("уволил министра финансов X";
# not "освободил министра X", "отправил министра X", freed or sent).
_DISMISSING = frozenset(["уволить", "увольнять", "сместить", "смещать", "отстранить",
                         "отстранять"])  # fmt: skip


# Verbs of taking another's post ("сменил Хольма на посту посла"), whose object held it
# before, where the verb is past ("сменит Хольма": Хольм holds it still).
REPLACING = frozenset(["сменить", "сменять", "заменить", "заменять"])
# Nouns of leaving a post, whose genitive held it ("после отставки Хольма с поста министра").
_LEAVING_NOUNS = frozenset(["отставка", "уход"])
# All the words of leaving or being removed from a post: a date they take ends the office.
LEAVING_WORDS = _LEAVING | REMOVING_WORDS | _LEAVING_NOUNS


def left(doc: Doc, titles: list[Title], start: int, end: int) -> GivenOffice | None:
    """The office of a post the name leaves or is removed from ("Хольм ушёл в отставку с
    поста министра обороны", "покинул пост посла", "парламент освободил Хольма от должности
    министра юстиции", "вынудил Хольма подать в отставку с поста"): one the person held, so a
    past one, not dated by the document; one they are leaving, told in the present ("Хольм
    уходит с поста министра обороны"), is still held. The one who removes ("Премьер Хольм
    уволил Берг с поста министра") holds nothing by it."""
    root = doc[start:end].root
    ranked_by = any(t.start <= root.head.i < t.end == start for t in titles)
    if root.dep_ == "appos" and ranked_by and root.head.dep_ in SUBJECTS:
        root = root.head  # "Генерал армии X покидает пост": the rank the name is apposed to
    verbs = [root.head] if root.dep_ in (*SUBJECTS, "obj") else []
    if root.dep_ == "nmod" and root.head.lemma_ in _LEAVING_NOUNS:
        verbs = [root.head]  # "после отставки Хольма с поста министра"
    if root.dep_ == "obj":  # "вынудил Хольма подать в отставку": the verb it is object of
        verbs += [c for c in root.head.children if c.dep_ == "xcomp" and c.lemma_ in _LEAVING]
    for verb in verbs:
        holds = (
            (verb.lemma_ in _LEAVING and (root.dep_ == "nsubj" or verb is not root.head))
            or (verb.lemma_ in REMOVING_WORDS and acted_on(root, verb))
            or (verb.lemma_ in REPLACING and root.dep_ == "obj" and past_tense(verb))
            or verb.lemma_ in _LEAVING_NOUNS
        )
        title = next(
            (
                t for t in titles
                if not t.plural and doc[t.head].head.lemma_ in TITLED_POSTS
                and doc[t.head].head.head.i == verb.i
            ),
            None,
        )  # fmt: skip
        if holds and title is not None:  # "пост главнокомандующего сухопутными войсками Перу"
            title = complement_words(doc, with_complement(doc, titles, title), len(doc))
            lo, hi = min(start, title.start), max(end, title.end)
            given = given_by_title(
                title, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), is_present(verb)
            )
            # one replaced is dated by no one's leaving: the verb's dates are the successor's
            return given if verb.lemma_ in REPLACING else replace(given, verb=verb.i)
    return None


def held_by_verb(verb: Token, holder: Token, verbs: Collection[str]) -> str:
    """How the verb tells the title is held: "current", "past" ("был депутатом", "больше не
    является министром"), "denied" ("не является министром": held by no one it names), or
    "" where the title is not what the verb gives. Public: a title after the name's clause
    and one a pronoun's verb gives are held by the same verbs (`given_predicates`,
    `pronoun_posts`)."""
    if holder.i == verb.i:  # "Караджич — президент": the title is the predicate
        past = any(c.dep_ == "cop" and recounted(c) for c in verb.children)
    elif holder.head.i == verb.i and verb.lemma_ in verbs:
        past = recounted(verb)
    else:
        return ""
    if negated(verb):
        return "past" if _no_longer(verb) else "denied"
    return "past" if past else "current"


# Words with "не" that say an office was held before ("больше не является министром").
_NO_LONGER = frozenset(["больше", "более", "уже", "давно"])


def _no_longer(verb: Token) -> bool:
    """A denial of what held before ("больше не является министром", "уже не занимает
    пост", "давно не является президентом"): the office is a past one, where a bare "не"
    says it was never held."""
    denials = [verb, *(c for c in verb.children if c.lower_ == "не")]
    return any(c.lower_ in _NO_LONGER for t in denials for c in t.children)


def past_tense(verb: Token) -> bool:
    """The verb tells of what has happened: past tense. Public: the replacing verb of a
    predecessor ("сменил на посту Y") tells a post already left only in the past (`given`)."""
    return "Past" in verb.morph.get("Tense")


def recounted(verb: Token) -> bool:
    """A past state the text recounts ("был депутатом", "работала вице-премьером"), not
    a change it reports ("стал премьером", "назначен директором")."""
    return past_tense(verb) and verb.lemma_ in (
        "быть", "являться", "работать", "служить", "занимать", "возглавлять", "оставаться",
        "совмещать", "исполнять",
    )  # fmt: skip
