"""Whose votes a figure counts: the party or candidate that wins a share ("«Партия свободы»
получила 27,7 % голосов"), whom voters voted for ("за которого проголосовали 54 %"), a
name before a dash, a pronoun's antecedent; and the votes against a bare number after a
count of people stands for. The metric names the owner, so one election's shares stay
apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.claims.lexicons import BARE_SCALE, CONTRAST, PEOPLE, WORDS
from kg.extract.claims.parse import past_comma, root
from kg.extract.claims.phrases import animate_plural, genitive_name, noun_phrase
from kg.extract.common.numbers import Quantity
from kg.extract.common.quantities import find_quantities
from kg.extract.context import Context
from kg.extract.events.labels import person_in
from kg.model import Mention
from kg.nlp.deps import SUBJECTS, has_subject, new_paragraph, sentence_before, verb_above
from kg.nlp.marks import DASHES_OR_HYPHEN
from kg.nlp.morph import (
    cases_of,
    features,
    is_animate,
    is_finite,
    is_gerund,
    is_participle,
    morph,
    no_noun_word,
)
from kg.resolve.gender import person_gender
from kg.resolve.title_lexicon import is_office

_OUT_OF_END = re.compile(r"\s+из\s+$", re.IGNORECASE)  # "из [100]": the total
# "после подсчёта [почти] N голосов": the votes counted so far, everyone's
_COUNTING_BEFORE = re.compile(
    r"(?<![а-яё])(?:подсч[её]т|пересч[её]т|обработк)[а-яё]*"
    r"(?:\s+(?:почти|около|более|свыше|порядка|примерно))?\s+$",
    re.IGNORECASE,
)
# "…, а за Y — 25 %", "…, а за Y 25 %": a part after ", а" with a dash or a figure of its
# own, before any comma
_GAPPED_PART = re.compile(r"[^,;]*?(?:\s[-\u2013\u2014]\s|\s\d)")
_NAME_DASH = re.compile(r"[»\"”]?\s*[-\u2013\u2014]\s*")  # "«Союз демократов» — 22 %"
# "X — 52,1 % (" before the votes in brackets: the share told first is the same owner's, and
# so is a share in brackets after the count of a gapped clause ("а за Y — 25 тысяч (47 %)")
_DASH_SHARE = re.compile(
    r"\s*[-\u2013\u2014]\s*\d+(?:[.,]\d+)?\s*"
    r"(?:%|процент[а-я]*|тыс(?:\.|яч[а-я]*)?|млн\.?|миллион[а-я]*)\s*\(\s*"
)


def votes_against(ctx: Context, q: Quantity, prior: Quantity | None) -> tuple[str, str, str] | None:
    """A bare number after a count of people in its sentence, the subject of a verb of
    voting with a bare "против", counts the votes against, in the people's unit, where the
    people are voters or a vote is told: "за договор проголосовали 60 депутатов; 25
    высказались против" → голоса против, депутат."""
    if q.unit or prior is None or not prior.unit or BARE_SCALE.search(q.text):
        return None
    if prior.unit not in PEOPLE and not animate_plural(prior.unit):
        return None
    number = root(ctx, q.start, q.end)
    if number is None or not (_against(number) or _gapped_against(number)):
        return None
    if prior.unit not in _VOTERS and not _vote_told(ctx, prior, number):
        return None
    return "голоса против", "голоса против", prior.unit


def _against(number: Token) -> bool:
    """The number is the subject of a verb of stance with a bare "против" ("25 высказались
    против"), or stands right before such a verb with no subject of its own, which the
    parser may hang the number elsewhere past ("из 101, 30 проголосовали против": "30" in a
    list with "101")."""
    verb = number.head
    if number.dep_ not in SUBJECTS or verb.lemma_ not in _STANCES:
        verb = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else number
        if verb.lemma_ not in _STANCES or number.pos_ != "NUM" or has_subject(verb):
            return False
    return any(c.lower_ == "против" and c.dep_ == "advmod" for c in verb.children)


def _gapped_against(number: Token) -> bool:
    """The number is what a bare "против" a dash gaps keeps of a verb of stance: "За
    проголосовали 54 депутата, против — 37"."""
    side = number.head
    return number.dep_ == "orphan" and side.lower_ == "против" and side.head.lemma_ in _STANCES


def _vote_told(ctx: Context, prior: Quantity, number: Token) -> bool:
    """A word of a vote (group `vote`) from the sentence before the count of people's one to
    the number's: those against in a poll or a meeting cast no votes ("в опросе участвовали
    800 граждан; 200 высказались против")."""
    sent = ctx.sentence_at(prior.start) or number.sent
    start = number.doc[sent.start - 1].sent.start if sent.start else 0
    return any(t.lemma_ in _VOTE_WORDS for t in number.doc[start : number.sent.end])


_WINNING = WORDS["win"]
_ELECTION = WORDS["election"]
_ELECTED = WORDS["elected"]
_CONTENDERS = WORDS["contender"]
_PERSON_CONTENDERS = {"кандидат", "претендент"}  # a contender who is a person
_POINTING = {"этот", "данный"}  # "этот кандидат": the one named before
_PARTISANS = WORDS["partisan"]
_SEATS = WORDS["seat"]
_STANDINGS = WORDS["standing"]


def _about_election(t: Token) -> bool:
    """The sentence of `t` or one of the two before it, in its paragraph, tells of an
    election: "… по итогам выборов получила 27 мест. Коалиция «X» получит 24 места" are
    seats won at it too."""
    sent = t.sent
    for _ in range(3):
        if any(w.lemma_ in _ELECTION for w in sent):
            return True
        before = sentence_before(sent)
        if before is None or new_paragraph(sent):
            return False
        sent = before
    return False


def votes_after(after: list[Token]) -> bool:
    """A count of votes in brackets right after a bare percent says the percent is the share
    of votes it is: "X — 52,1 % (922 774 голоса)"."""
    if len(after) < 3 or after[0].text != "(" or not after[1].like_num:
        return False
    return any(t.lemma_ == "голос" for t in after[2:6])


def _won(ctx: Context, q: Quantity) -> bool:
    """A bare percent a party or candidate wins in an election is a share of the votes: a
    verb of winning ("набрала", "получил") governs it, and its sentence is about an election
    or its subject is a contender ("Кандидат оппозиции получил 41 %") or a creed's members
    ("Либералы получили 40 %")."""
    number = root(ctx, q.start, q.end)
    if number is not None and number.dep_ == "nmod" and number.head.lemma_ == "результат":
        number = number.head  # "лидирует с результатом 56 процентов"
        if any(t.lemma_ in _ELECTED for t in number.sent):
            return True  # "переизбирался с результатом более 90 %", however it is parsed
    if number is None or number.head.lemma_ not in _WINNING or number.dep_ not in ("obj", "obl"):
        return False
    verb = number.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    election = _about_election(number)
    return election or any(c.lemma_ in _CONTENDERS or _partisans(c) for c in subjects)


def vote_owner(ctx: Context, q: Quantity, case: str = "gent") -> str:
    """Whose votes a share is, in the genitive (or `case`): the party or person the verb's subject
    names ("«Партия свободы» получила 27,7 % голосов" → "Партии свободы"), or the one an
    elided verb's dash follows ("Милей набрал 55,7 % голосов, Масса — 44,3 %" → "Массы")."""
    gapped = _gapped_owner(ctx, q, case)
    if gapped is not None:
        return gapped
    number = root(ctx, q.start, q.end)
    verb = next((a for a in number.ancestors if a.pos_ == "VERB"), None) if number else None
    if verb is not None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "президент X, набравший 50,7 % голосов", "набравшие 30 % голосов социалисты"
        return named_by(ctx, verb.head, case) or _partisans(verb.head, case)
    fronted = _fronted_noun(number) if number is not None else None
    if fronted is not None:
        # "Получивший 44 % голосов премьер X вышел …", "Набравшие 30 % голосов социалисты"
        return named_by(ctx, fronted, case) or _partisans(fronted, case)
    if verb is not None and is_gerund(verb) and verb.dep_ == "advcl":
        verb = verb.head  # "Партия X одержала победу, набрав 38 %": the clause's subject's
    if verb is not None and verb.dep_ == "conj" and not has_subject(verb):
        verb = verb.head  # "X получила 27 % голосов и будет контролировать 30 мест": X's
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    # "X набрал 48 % голосов, его соперник Y — 52 %": a subject past a comma is the gapped
    # one's, where none of its words stands before the number
    subjects = [
        c for c in subjects
        if not (number and past_comma(number, c) and c.left_edge.i > number.i)
    ]  # fmt: skip
    named = (
        named_by(ctx, c, case) or _contender_name(ctx, c, case) or _named_before(ctx, c, case)
        or _respective_person(ctx, q, c, case) or _partisans(c, case)
        for c in subjects
    )  # fmt: skip
    return next((n for n in named if n), "")  # "Бывший член ЦК, X получил …": two subjects


def _winner(noun: Token) -> bool:
    """A subject of a verb of winning ("Либералы [получили] 40 %"): the parts its dash gaps
    won votes too ("…, а консерваторы — 35 %")."""
    return noun.dep_ in SUBJECTS and noun.head.lemma_ in _WINNING


def _partisans(noun: Token, case: str = "gent") -> str:
    """Members of a party named by its creed, in the genitive plural (or `case`), as the
    owners of its votes: "социалисты получили поддержку 28 % избирателей" → "социалистов";
    "" for any other noun, or one in the singular (a member's votes are the party's)."""
    if noun.lemma_ not in _PARTISANS or "Plur" not in noun.morph.get("Number"):
        return ""
    return morph().inflect(noun.text, {case, "plur"})


def gapped_partisans(ctx: Context, parts: list[Token]) -> tuple[str, str] | None:
    """(name, key) of the share of members of a party a dash gives a figure, where the
    sentence or one just before tells of an election: their votes ("социал-демократы
    получили 30 %, а консерваторы — 25 %" → "доля голосов консерваторов"), or the measure
    of the part it repeats ("рейтинг либералов составил 30 %, а консерваторы — 40 %" →
    "рейтинг консерваторов", a measure noun only: a title is never repeated); None for
    any other nouns."""
    if len(parts) != 1:
        return None
    partisans = _partisans(parts[0])
    if not partisans:
        return _gapped_rival(ctx, parts[0])
    mate = next((t for t in reversed(parts[0].sent[: parts[0].i - parts[0].sent.start])
                 if _partisans(t)), None)  # fmt: skip
    if not _about_election(parts[0]) and not (mate is not None and _winner(mate)):
        return None
    measure = _repeated_measure(mate) if mate is not None else None
    if mate is None or measure is None:
        return f"доля голосов {partisans}", "доля голос"
    name, key = noun_phrase(ctx, measure)
    name = " ".join(partisans if w == mate.text else w for w in name.split())
    return name, " ".join(parts[0].lemma_ if w == mate.lemma_ else w for w in key.split())


def _gapped_rival(ctx: Context, part: Token) -> tuple[str, str] | None:
    """(name, key) of the votes of an animate part a dash gives a figure after a contender
    that won a bare percent in its sentence ("партия «Сила» получила 40 %, а её соперники —
    35 %" → "доля голосов соперников"); None where no contender won before it or the part
    is a thing ("…, а явка — 60 %")."""
    if not (is_animate(part) or part.lemma_ in _CONTENDERS) or part.pos_ != "NOUN":
        return None
    before = part.sent[: part.i - part.sent.start]
    if not any(_winner(t) and (t.lemma_ in _CONTENDERS or _partisans(t)) for t in before):
        return None
    return f"доля голосов {genitive_name(noun_phrase(ctx, part)[0])}", "доля голос"


def _repeated_measure(mate: Token) -> Token | None:
    """The measure noun a part's members hang on, its top noun ("рейтинг либералов", "доля
    голосов либералов"), which a gapped part repeats; None for a title or any other noun
    ("лидер лейбористов": the gapped members' figure is no leader's)."""
    if mate.dep_ != "nmod" or mate.head.pos_ != "NOUN":
        return None
    measure = mate.head
    while measure.dep_ == "nmod" and measure.head.pos_ == "NOUN":
        measure = measure.head
    return measure if measure.lemma_ in _STANDINGS else None


def _fronted_noun(number: Token) -> Token | None:
    """The noun a participle standing before the figure qualifies, right after the
    participle's phrase and agreeing with it, however the parser hangs the two ("Набравший
    44 % голосов премьер X вышел во второй тур"); None for no such participle."""
    part = next((a for a in list(number.ancestors)[:2] if is_participle(a)), None)
    if part is None or part.i > number.i:
        return None
    end = max(t.i for t in number.subtree) + 1
    if end >= len(number.doc):
        return None
    noun = number.doc[end]
    same = ("Case", "Number") if features(part, "Number") == ("Plur",) else ("Case", "Gender")
    agree = all(noun.morph.get(f) == part.morph.get(f) for f in same)
    return noun if noun.pos_ in ("NOUN", "PROPN") and agree else None


def _named_before(ctx: Context, noun: Token, case: str = "gent") -> str:
    """The party or bloc a bare noun of a contender points back at, in the genitive (or
    `case`): the nearest body named before it, in its sentence or the one before, whose
    name has that noun ("Демократическая партия социалистов получила 27 мест … партия
    набрала 35,1 %" → "Демократической партии социалистов"); "" for a noun with words of
    its own ("другая партия") or no such name."""
    if noun.lemma_ not in _CONTENDERS or any(c.dep_ != "det" for c in noun.children):
        return ""
    words = noun.doc[(sentence_before(noun.sent) or noun.sent).start : noun.i]
    same = [t.idx for t in words if t.lemma_ == noun.lemma_]
    named = [
        m for m in ctx.mentions_in(words.start_char, noun.idx)
        if m.type == "Organization" and any(m.start <= i < m.end for i in same)
    ]  # fmt: skip
    if named:
        return _owner_name(ctx, named[-1], case)
    return _pointed_person(ctx, noun, case)


def _pointed_person(ctx: Context, noun: Token, case: str = "gent") -> str:
    """The person "этот кандидат" points back at, in the genitive (or `case`): the one
    person the nearest sentence naming any, of its own and the two before, names before it
    ("…побеждает Ольянта Умала. … Этот кандидат набрал 52,6 %" → "Ольянты Умалы"); "" where
    that sentence names two ("X и Y вышли во второй тур. Этот кандидат …") or no "этот"."""
    if noun.lemma_ not in _PERSON_CONTENDERS or not any(
        c.dep_ == "det" and c.lemma_ in _POINTING for c in noun.children
    ):
        return ""
    for named in _persons_back(ctx, noun):
        people = {m.entity: m for m in named}
        if people:
            return _owner_name(ctx, next(iter(people.values())), case) if len(people) == 1 else ""
    return ""


def _respective_person(ctx: Context, q: Quantity, noun: Token, case: str = "gent") -> str:
    """The person "эти кандидаты" points back at for one of its figures "соответственно"
    pairs in order, in the genitive (or `case`): the persons coordinated in the nearest
    sentence naming as many as the figures, of its own and the two before ("…являются
    Ставрос Малас … и Йоргос Лиликас. … эти кандидаты наберут 24 % и 20 % голосов
    соответственно" → Маласа, Лиликаса); "" where the counts differ or no "соответственно"."""
    if (
        noun.lemma_ not in _PERSON_CONTENDERS or "Plur" not in noun.morph.get("Number")
        or not any(c.dep_ == "det" and c.lemma_ in _POINTING for c in noun.children)
    ):  # fmt: skip
        return ""
    after = noun.doc[noun.i + 1 : noun.sent.end]
    respective = next((t for t in after if t.lower_ == "соответственно"), None)
    if respective is None:
        return ""
    figures = [t for t in after if t.like_num and t.i < respective.i]
    at = next((k for k, t in enumerate(figures) if t.idx <= q.start < t.idx + len(t)), None)
    if at is None or len(figures) < 2:
        return ""
    for people in _persons_back(ctx, noun):
        group = _coordinated_people(ctx, people)
        if len(group) == len(figures):
            return _owner_name(ctx, group[at], case)
    return ""


def _persons_back(ctx: Context, noun: Token) -> Iterator[list[Mention]]:
    """The persons each sentence names before `noun`, nearest first: its own, then the two
    before it (fewer at the document's start), where a pointing "этот кандидат" or "эти
    кандидаты" looks for whom it stands for."""
    sent: Span | None = noun.sent
    for _ in range(3):
        if sent is None:
            return
        end = min(sent.end_char, noun.idx)
        yield [m for m in ctx.mentions_in(sent.start_char, end) if m.type == "Person"]
        sent = sentence_before(sent)


def _coordinated_people(ctx: Context, people: list[Mention]) -> list[Mention]:
    """The longest run of person mentions whose names the parser coordinates ("Ставрос
    Малас, …, и Йоргос Лиликас"), in text order."""
    spans = [ctx.doc.char_span(m.start, m.end, alignment_mode="expand") for m in people]
    # a name in apposition is coordinated by its title ("кандидат левых X и кандидат правых Y")
    roots = [
        None if r is None else r.root.head if r.root.dep_ == "appos" else r.root for r in spans
    ]
    best: list[Mention] = []
    for k, first in enumerate(roots):
        if first is None:
            continue
        group = [people[k]]
        joined = {c.i for c in first.conjuncts}
        for m, r in zip(people[k + 1 :], roots[k + 1 :], strict=True):
            if r is not None and r.i in joined:
                group.append(m)
        best = group if len(group) > len(best) else best
    return best if len(best) > 1 else []


def _contender_name(ctx: Context, noun: Token, case: str = "gent") -> str:
    """A party or bloc named by whom it belongs to, in the genitive (or `case`): "Партия
    Мохаммеда Ахмеда" → "партии Мохаммеда Ахмеда"; "" where no named person or body
    follows the noun."""
    if noun.lemma_ not in _CONTENDERS:
        return ""
    named = next(
        (c for c in noun.children
         if c.dep_ == "nmod" and c.i == noun.i + 1
         and any(m.start <= c.idx < m.end and m.type != "State" for m in ctx.mentions)),
        None,
    )  # fmt: skip
    if named is None:
        return ""
    owner = noun.doc[named.i : max(t.i for t in named.subtree) + 1]
    return f"{morph().inflect(noun.text, {case})} {owner.text}"


def owned_votes(ctx: Context, q: Quantity, head: Token) -> tuple[str, str] | None:
    """Votes counted say whom they were for, as a share says whose they are ("Хитто получил
    35 из 48 голосов" → "голоса за Хитто"), and seats in a sentence about an election whose
    they are ("партия получит 27 мест в парламенте" → "места партии в парламенте"); the
    total after "из" is everyone's, and those with no named winner keep their own phrase."""
    start = max(0, q.start - 8)
    if _OUT_OF_END.search(ctx.document.text, start, q.start):
        return None
    if head.lemma_ == "голос" and _counted(ctx, q, head):
        return None  # "после подсчёта двух миллионов голосов X лидирует": votes counted, not X's
    if head.lemma_ == "голос":
        owner = vote_owner(ctx, q, "accs")
        return (f"голоса за {owner}", f"голос за {owner}") if owner else None
    if is_animate(head):  # "за X проголосовали 339 из 476 депутатов"
        owner = voted_for(ctx, q, "accs")
        return (f"голоса за {owner}", f"голос за {owner}") if owner else _voted_on(ctx, q, head)
    if head.lemma_ in _SEATS and _about_election(head):
        owner = vote_owner(ctx, q)
        return noun_phrase(ctx, head, counted=True, owner=owner) if owner else None
    return None


def _counted(ctx: Context, q: Quantity, votes: Token) -> bool:
    """Whether the votes are the complement of a counting noun right before the figure
    ("после подсчёта почти N голосов"), not the object of a verb of winning before that
    noun ("получил после пересчёта 1,2 миллиона голосов": his)."""
    found = _COUNTING_BEFORE.search(ctx.document.text, max(0, q.start - 40), q.start)
    if found is None:
        return False
    verb = votes.head
    won = votes.dep_ in ("obj", "obl") and verb.lemma_ in _WINNING and verb.idx < found.start()
    return not won


def _gapped_owner(ctx: Context, q: Quantity, case: str = "gent") -> str | None:
    """The owner an elided verb's dash gives a share: "Масса — 44,3 %" → "Массы"; None
    where no name stands right before the dash."""
    text = ctx.document.text
    before = ctx.mentions_in(max(0, q.start - 80), q.start)
    gapped = next(
        (m for m in before
         if any(r.fullmatch(text, m.end, q.start) for r in (_NAME_DASH, _DASH_SHARE))),
        None,
    )  # fmt: skip
    return None if gapped is None else _owner_name(ctx, gapped, case)


_VOTING = {"проголосовать", "голосовать", "отдать", "отдавать", "поддержать", "поддерживать"}
_STANCES = _VOTING | {"высказаться", "высказываться", "выступить", "выступать"}
_VOTE_WORDS = WORDS["vote"]
_VOTERS = WORDS["voter"]


def voted_for(ctx: Context, q: Quantity, case: str = "gent") -> str:
    """Whom the share of voters a verb of voting counts voted for, in the genitive (or
    `case`): "за которого проголосовали 54 % избирателей" (the relative's antecedent), "за X
    отдано 45 % голосов", "X поддержали 24 % жителей"; "" where no named person or party is
    the one."""
    number = root(ctx, q.start, q.end)
    verb = next((a for a in number.ancestors if a.pos_ == "VERB"), None) if number else None
    if number is None or verb is None or verb.lemma_ not in _VOTING:
        return ""
    gapped = _gapped_owner(ctx, q, case)  # "X поддержали 50 %, а Y — 49 %": Y's
    if gapped is not None:
        return gapped
    named = _supported_before(ctx, q, case)
    if named:
        return named
    inside = {t.i for t in number.subtree}
    # "За него готовы отдать голоса 40 %": "за" hung on the predicate the verb completes
    top = verb.head if verb.dep_ == "xcomp" and verb.head.pos_ in ("ADJ", "VERB") else verb
    for c in top.subtree:  # also "в палате парламента за X проголосовали", hung on a noun
        if (
            c.i in inside or c.i in (verb.i, top.i) or verb_above(c.head) not in (verb, top)
            or _leaps(verb, c)
        ):  # fmt: skip
            continue
        if _contrasted(ctx, c, number):
            continue  # "за X проголосовали 30 %, а за Y — 25 %": Y's share is not X's
        marked = any(k.dep_ == "case" and k.lower_ == "за" for k in c.children)
        supported = c.dep_ == "obj" and c.head == verb and verb.lemma_.startswith("поддерж")
        if c.dep_ in ("obl", "nmod") and marked or supported:
            if c.lemma_ == "который":
                return _antecedent_name(ctx, c, case)
            if c.pos_ == "PRON":
                return _pronoun_owner(ctx, c, case)
            dashed = _dashed_title(c)
            own = _partisans(c, case)  # "за социалистов": members of a party, no relation
            own = own or ("" if _relation(ctx, c) else named_by(ctx, c, case))
            named = own or (named_by(ctx, dashed, case) if dashed else "")
            if named or not marked or not is_animate(c):
                return named
            return _name_after_title(ctx, c, verb, case)  # "за спикера парламента X"
    return _fronted_for(ctx, verb, case)


def _contrasted(ctx: Context, word: Token, number: Token) -> bool:
    """Whether ", а" parts `word` from the figure: each part of "за X проголосовали 30 %,
    а за Y — 25 %" (or "а за Y 25 %") tells its own whom for; a part of no dash nor figure
    of its own ("За X, а не за Y, проголосовали 52 %") only sets X against Y, and X's share
    stays X's."""
    text, end = ctx.document.text, number.sent.end_char
    first, last = sorted((word.idx, number.idx))
    return any(_GAPPED_PART.match(text, m.end(), end) for m in CONTRAST.finditer(text, first, last))


_SUPPORTING = {"поддержать", "поддерживать"}


def _supported_before(ctx: Context, q: Quantity, case: str = "gent") -> str:
    """The person named in the accusative right before "поддержали" the share follows, behind
    a title of its own: "лидера оппозиции X поддержали 30 % избирателей" → X's, however the
    parser hangs the name (often on a noun before it); "" for a thing the name qualifies
    ("реформу X поддержали 30 %"), a name in the nominative (the supporter), after a
    preposition ("вместе с X") or another noun ("сторонники X", "жену X"), or a share of
    anything but voters ("поддержали 60 % предложений")."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span[0].i < 2 or not _of_voters(span):
        return ""
    verb = ctx.doc[span[0].i - 1]
    if verb.lemma_ not in _SUPPORTING:
        return ""
    m = next((m for m in ctx.mentions_in(max(0, verb.idx - 80), verb.idx, "Person")
              if not ctx.document.text[m.end : verb.idx].strip()), None)  # fmt: skip
    if m is None:
        return ""
    name = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if name is None or "Nom" in name[-1].morph.get("Case") or not _titled(name[0]):
        return ""
    return _owner_name(ctx, m, case)


def _titled(first: Token) -> bool:
    """Whether the words right before a name in the genitive or accusative are an office
    title ("действующего президента республики [X]", the office lexicon) or none; not a
    relation ("жену X") nor a preposition or a noun in another case the name depends on
    ("вместе с X", "сторонники X")."""
    before = first.doc[first.i - 1] if first.i else None
    if before is not None and before.lemma_ in _CONTENDERS:
        return False  # "кандидата партии X": X may be the party's, not the candidate
    nouns: list[Token] = []
    k = first.i - 1
    while k >= 0 and first.doc[k].pos_ in ("NOUN", "ADJ", "PROPN", "VERB"):
        if not {"Gen", "Acc"} & set(first.doc[k].morph.get("Case")):
            break  # a participle with no case is a finite verb's neighbour, no title's word
        nouns = [first.doc[k], *nouns] if first.doc[k].pos_ in ("NOUN", "PROPN") else nouns
        k -= 1
    stop = first.doc[k].pos_ if k >= 0 else ""
    if stop == "ADP" or (not nouns and stop in ("NOUN", "PROPN")):
        return False
    return not nouns or (_office(nouns[0], first) and not _persons_between(nouns[1:]))


def _office(title: Token, name: Token) -> bool:
    """Whether the words from `title` to the name are an office title (titles lexicon:
    "лидера оппозиции", "спикера парламента"), which stands for its holder; a relation
    ("соперника", "преемника", "жену") names another person."""
    return is_office(tuple(t.lemma_ for t in title.doc[title.i : name.i]))


def _relation(ctx: Context, noun: Token) -> bool:
    """Whether `noun` is a person's relation to the name after it ("сына X", "соперника
    X"), naming another person than X: animate, no name itself, no office (titles
    lexicon), no contender ("кандидата X" is X) and not one a possessive fills ("его
    соперника X": X is the rival)."""
    if not is_animate(noun) or noun.lemma_ in _CONTENDERS or _possessed(noun):
        return False
    if any(m.start <= noun.idx < m.end for m in ctx.mentions):
        return False
    return not is_office(tuple(t.lemma_ for t in noun.doc[noun.i : noun.i + 4]))


_POSSESSIVES = {"он", "она", "они", "свой"}  # "его", "её", "их" read as pronouns, "своего"


def _possessed(noun: Token) -> bool:
    """Whether a possessive before `noun` says whose relation it is ("его соперника"), so a
    name after it is the relation's own, in apposition."""
    return any(c.lemma_ in _POSSESSIVES and c.i < noun.i for c in noun.children)


def _of_voters(figure: Span) -> bool:
    """Whether the noun right after a share, if any, counts voters: people ("избирателей",
    "жителей", "словаков"), votes or an electorate, not a thing ("60 % предложений")."""
    after = figure.doc[figure.end] if figure.end < len(figure.doc) else None
    if after is None or after.pos_ != "NOUN":
        return True
    return is_animate(after) or after.lemma_ in _VOTE_WORDS | _VOTERS


def _persons_between(words: list[Token]) -> bool:
    """Whether a person's noun stands among a title's genitive words: the name after it is
    that one's ("ставленника президента X", "за соперника президента X"), not the title's."""
    return any(t.pos_ in ("NOUN", "PROPN") and is_animate(t) for t in words)


def _name_after_title(ctx: Context, title: Token, verb: Token, case: str = "gent") -> str:
    """The person named after the title "за" governs, with only the title's genitive words
    between, before the verb: "за спикера парламента X отдали голоса" → X's, wherever the
    parser hangs the name; "" for none."""
    m = _titled_mention(ctx, title, verb)
    return "" if m is None else _owner_name(ctx, m, case)


def _titled_mention(ctx: Context, title: Token, verb: Token) -> Mention | None:
    """The person's mention right after a title and its own genitive words, before `verb`
    (`_name_after_title`); the title's own mention where it is a name itself."""
    own = ctx.mentions_in(title.idx, title.idx + len(title.text) + 80, "Person")
    if own and own[0].start == title.idx:
        return own[0]
    end = verb.idx if verb.i > title.i else title.sent.end_char
    found = ctx.mentions_in(title.idx + len(title.text), end, "Person")
    name = (
        ctx.doc.char_span(found[0].start, found[0].end, alignment_mode="expand") if found else None
    )
    if name is None or not (_office(title, name[0]) or _possessed(title)):
        return None  # "за соперника X", "за преемника X": another person than X
    between = title.doc[title.i + 1 : name[0].i]
    own_words = all(t.pos_ in ("NOUN", "ADJ") and "Gen" in t.morph.get("Case") for t in between)
    return found[0] if own_words and not _persons_between(list(between)) else None


def _fronted_for(ctx: Context, verb: Token, case: str = "gent") -> str:
    """Whom "за" before a verb of voting names where the parser hangs it on a later verb,
    past the name's own participle or relative clause between commas: "За спикера X,
    родившегося в Y, отдали голоса 26 %, а президента Z поддержали 24 %" → X's; "" where
    anything else stands between the name and the verb."""
    doc = verb.doc
    za = next((t for t in reversed(doc[verb.sent.start : verb.i]) if t.lower_ == "за"), None)
    title = (
        next((t for t in doc[za.i + 1 : verb.i] if t.pos_ in ("NOUN", "PROPN")), None)
        if za
        else None
    )
    if za is None or title is None or any(t.pos_ != "ADJ" for t in doc[za.i + 1 : title.i]):
        return ""
    m = _titled_mention(ctx, title, verb)
    gap = ctx.doc.char_span(m.end, verb.idx, alignment_mode="expand") if m is not None else None
    if m is None or gap is None or not _own_clause(gap):
        return ""
    return _owner_name(ctx, m, case)


def _own_clause(gap: Span) -> bool:
    """Whether the words between a name and a verb are none or one clause of the name's
    between commas, opening with a participle or "который"."""
    if not gap.text.strip():
        return True
    words = [t for t in gap if not t.is_space]
    inner = words[1:-1]
    if (
        len(words) < 3
        or words[0].text != ","
        or words[-1].text != ","
        or "," in {t.text for t in inner}
    ):
        return False
    return is_participle(inner[0]) or inner[0].lemma_ == "который"


def _dashed_title(noun: Token) -> Token | None:
    """A title in the noun's case a dash sets right after it and its own words, wherever
    the parse hangs it: "за его соперника [— лидера] оппозиции Эфраина Алегре"; None where a
    verb or a comma comes first."""
    doc = noun.doc
    k = noun.i + 1
    while k < min(len(doc), noun.i + 4) and doc[k].is_alpha and doc[k].pos_ not in ("VERB", "AUX"):
        k += 1
    if k + 1 >= len(doc) or doc[k].text not in DASHES_OR_HYPHEN:
        return None
    title = doc[k + 1]
    same_case = bool(cases_of(title) & cases_of(noun))
    return title if title.pos_ == "NOUN" and same_case else None


_CAST = {"проголосовать", "голосовать"}  # verbs that cast votes, not "поддержать"
_SIDES = {"за", "против"}


def cast(ctx: Context, q: Quantity) -> bool:
    """Whether a verb that casts votes governs the figure: "на референдуме проголосовали
    81,3 % избирателей" counts the votes cast, not the electorate ("приняли участие 62 %
    избирателей" stays the voters')."""
    number = root(ctx, q.start, q.end)
    verb = next((a for a in number.ancestors if a.pos_ == "VERB"), None) if number else None
    return verb is not None and verb.lemma_ in _CAST


def _voted_on(ctx: Context, q: Quantity, head: Token) -> tuple[str, str] | None:
    """Voters a verb of casting votes counts are the votes on its side, named by what they
    were cast on ("за отставку кабинета проголосовали 61 депутат" → "голоса за отставку
    кабинета"; a bare "за" → "голоса за"), so one vote's figures are not mere "депутаты";
    None where no side is told or the counted are no voters."""
    number = root(ctx, q.start, q.end)
    subject = next((t for t in (head, number) if t is not None and t.dep_ in SUBJECTS), None)
    verb = subject.head if subject is not None else None  # also "61 из 101 депутата"
    if head.lemma_ not in _VOTERS or verb is None or verb.lemma_ not in _CAST:
        return None
    for c in verb.children:
        if c.lower_ in _SIDES and c.dep_ == "advmod":
            return f"голоса {c.lower_}", f"голоса {c.lower_}"  # "За проголосовали 54 депутата"
        side = next((k.lower_ for k in c.children if k.dep_ == "case" and k.lower_ in _SIDES), "")
        if side and c.dep_ == "obl" and c.pos_ == "NOUN" and not _leaps(verb, c):
            said = " ".join(t.text for t in [c, *_bare_genitives(c)])
            return f"голоса {side} {said}", f"голоса {side} {said}"
    return None


def _bare_genitives(noun: Token) -> list[Token]:
    """The genitive nouns right after a noun with no preposition, as written, without their
    own complements: "ратификацию договора [между …]" → "договора"."""
    return [
        c for c in noun.children
        if c.dep_ == "nmod" and c.i > noun.i and "Gen" in c.morph.get("Case")
        and not any(k.dep_ == "case" for k in c.children)
    ]  # fmt: skip


def _pronoun_owner(ctx: Context, pronoun: Token, case: str = "gent") -> str:
    """The name "за неё/него" stands for: the subject of the sentence before, where it
    agrees in gender and number ("«Партия реформ» получила 27,7 %. … за неё
    проголосовали 28,6 %"); "" otherwise."""
    before = sentence_before(pronoun.sent)
    if before is None:
        return ""
    subject = next((c for c in before.root.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return ""
    same = all(subject.morph.get(f) == pronoun.morph.get(f) for f in ("Gender", "Number"))
    return named_by(ctx, subject, case) if same else ""


def _leaps(verb: Token, dependent: Token) -> bool:
    """Whether the parser hung a word on a verb across another clause's finite verb ("За X
    …, отдали голоса …, Y поддержали": X is no dependent of "поддержали")."""
    own = {t.i for t in dependent.subtree}
    lo, hi = sorted((dependent.i, verb.i))
    return any(t.pos_ == "VERB" and is_finite(t) and t.i not in own for t in verb.doc[lo + 1 : hi])


def _antecedent_name(ctx: Context, which: Token, case: str = "gent") -> str:
    """The name "за которого" stands for: the mention right before its comma ("Уго Чавес,
    за которого проголосовали …"), however the parser hangs the clause."""
    first = min(t.idx for t in which.subtree)
    text = ctx.document.text
    before = ctx.mentions_in(max(0, first - 80), first)
    m = next((m for m in reversed(before) if re.fullmatch(r"\s*,\s*", text[m.end : first])), None)
    return "" if m is None else _owner_name(ctx, m, case)


def named_by(ctx: Context, noun: Token, case: str = "gent") -> str:
    """The genitive name of the person or party a noun names itself or by the name in
    apposition to it or to a title coordinated with it ("соперник Себастьян Пиньера",
    "кандидат Бачелет", "соперник, консерватор и миллионер Себастьян Пиньера"); "" for
    none."""
    titles = [noun, *(c for c in noun.conjuncts if c.pos_ == "NOUN")]
    words = [
        noun,
        *(
            c
            for t in titles
            for c in t.children
            if c.dep_ in ("appos", "flat:name", "flat") and not _party_owner(c)
        ),
    ]
    for t in words:
        m = next((m for m in ctx.mentions if m.start <= t.idx < m.end), None)
        if m is not None:
            return _as_written(ctx, noun, t, m, case) or _owner_name(ctx, m, case)
    return ""


def _as_written(ctx: Context, noun: Token, name: Token, m: Mention, case: str) -> str:
    """A party's quoted name that is a state's name, with its kind noun before it, as
    written: "Блок «Армения» получил 29 мандатов" → "блока «Армения»", since "Армении"
    alone reads as the state's; so too a name of no noun's words ("Партия «Вперёд»" →
    "партии «Вперёд»"), which alone reads as no one; "" for any other name."""
    before = ctx.document.text[max(0, m.start - 3) : m.start]
    if name == noun or noun.lemma_ not in _CONTENDERS or not before.rstrip().endswith("«"):
        return ""
    entity = ctx.entity(m.entity)
    if entity is None:
        return ""
    state = any(entity.name in (s.name, *s.aliases) for s in ctx.gazetteer.states)
    if not state and not all(no_noun_word(w) for w in entity.name.split()):
        return ""
    return f"{morph().inflect(noun.lower_, {case})} «{entity.name}»"


def _party_owner(name: Token) -> bool:
    """A name right after a party's noun in the genitive, which the parser may put in
    apposition to the noun before: the party's owner ("Кандидата от партии Хуана Переса"),
    not the candidate ("Кандидата оппозиции Хуана Гонсалеса" stays the candidate); a name in
    the nominative owns nothing ("кандидат правящей коалиции Мануэль Рохас" is the candidate)."""
    before = name.doc[name.i - 1] if name.i else None
    return (
        before is not None
        and before.lemma_ in _CONTENDERS
        and "Gen" in before.morph.get("Case")
        and before.i != name.head.i
        and "Nom" not in name.morph.get("Case")
    )


def _owner_name(ctx: Context, m: Mention, case: str = "gent") -> str:
    """The genitive (or `case`) name of a party or person a mention names; "" for a state or
    unknown."""
    entity = ctx.entity(m.entity) if m.type != "State" else None
    if entity is None:
        return ""
    if m.type == "Person":  # declined as the document's forms or the first name tell
        return person_in(
            entity.name, case, person_gender(ctx.doc, ctx.mentions, m.entity, entity.name)
        )
    words = zip(entity.name.split(), genitive_name(entity.name, case).split(), strict=False)
    return " ".join(g[:1].upper() + g[1:] if w[:1].isupper() else g for w, g in words)


# "У его соперника - Педро Кастильо - [44 %]", ", у его соперника — [38 %]": the one "у"
# names holds the share the dash after it gives
_HELD_BY = re.compile(
    r"(?:^|(?<=[\s,;]))у[ \u00a0]+(?P<holder>[^,;:.()\d]{1,60}?)"
    r"[ \u00a0]+[-\u2013\u2014][ \u00a0]+$",
    re.IGNORECASE,
)


def held_share(ctx: Context, q: Quantity) -> tuple[str, str, str] | None:
    """The share of votes a rival holds ("у" + a contender or a person, no verb) that a dash
    gives a percent, where a share of votes won stands before it in its sentence or the one
    before: "Ратас лидирует с результатом 56 процентов. У его соперницы - Каи Каллас - 44
    процента" → доля голосов Каи Каллас ("у его соперника — 38 %" → доля голосов соперника);
    None for any other percent ("экспортирует 56 процентов нефти. У её соседа — 44 %")."""
    sent = ctx.sentence_at(q.start) if q.unit == "percent" else None
    if sent is None:
        return None
    gap = _HELD_BY.search(ctx.document.text, sent.start_char, q.start)
    holder = gap.span("holder") if gap is not None else (0, 0)
    span = ctx.doc.char_span(*holder, alignment_mode="contract") if gap is not None else None
    if gap is None or span is None or any(is_finite(t) or t.pos_ == "AUX" for t in span):
        return None
    noun = next((t for t in span if t.pos_ == "NOUN"), None)
    if noun is None or not (noun.lemma_ in _CONTENDERS or is_animate(noun)):
        return None
    if not _votes_won_before(ctx, sent, gap.start()):
        return None
    person = next((m for m in ctx.mentions_in(*holder) if m.type != "State"), None)
    owner = _owner_name(ctx, person) if person is not None else ""
    owner = owner or genitive_name(noun_phrase(ctx, noun)[0])
    return f"доля голосов {owner}", "доля голос", "percent"


def _votes_won_before(ctx: Context, sent: Span, end: int) -> bool:
    """Whether a percent won as votes (`_won`, "56 % голосов") stands before `end` in `sent`
    or in the sentence before it in its paragraph."""
    before = sentence_before(sent)
    sents = [sent] if before is None or new_paragraph(sent) else [before, sent]
    for s in sents:
        for f in find_quantities(ctx.document.text[s.start_char : min(s.end_char, end)]):
            f = replace(f, start=f.start + s.start_char, end=f.end + s.start_char)
            if f.unit != "percent":
                continue
            number = root(ctx, f.start, f.end)
            after = number.doc[number.i + 1] if number and number.i + 1 < len(number.doc) else None
            if _won(ctx, f) or (after is not None and after.lemma_ == "голос"):
                return True
    return False
