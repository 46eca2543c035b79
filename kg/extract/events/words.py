"""The words the event reader looks for around a trigger, by role (`event_words.tsv`):
one table, read once, shared by the modules that read an event's setting."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from kg.doc_text import token_strings
from kg.lexicon import load_list, load_rows
from kg.nlp.deps import SUBJECTS, impersonal_of, negated, preposition
from kg.nlp.morph import case_of, features, morph, past_adjectives
from kg.resolve.title_lexicon import is_trade, title_lemma
from kg.resolve.title_words import POSTED
from kg.sentences import sentence_bounds

if TYPE_CHECKING:
    from kg.extract.context import Context

EVENT_WORDS = Path(__file__).with_name("event_words.tsv")


@cache
def role_words() -> dict[str, frozenset[str]]:
    """Role → lemmas (`event_words.tsv`); seasons are roles "season:summer" etc., months
    "month:07" etc."""
    words: dict[str, set[str]] = {}
    for lemma, role in (r[:2] for r in load_rows(EVENT_WORDS)):
        words.setdefault(role, set()).add(lemma)
        if role.startswith(("season:", "month:")):
            words.setdefault(role.partition(":")[0], set()).add(lemma)
    return {role: frozenset(lemmas) for role, lemmas in words.items()}


@cache
def _role_keys() -> dict[str, frozenset[int]]:
    """Role → the hashes of its lemmas, as the Doc keeps a token's lemma."""
    return {role: frozenset(map(get_string_id, lemmas)) for role, lemmas in role_words().items()}


def is_role(token: Token, role: str) -> bool:
    """Whether the token's lemma plays `role` in `event_words.tsv`; read by the lemma's
    hash, which the reader's ~400 calls a document make without decoding the string."""
    return token.lemma in _role_keys().get(role, ())


def told_in(ctx: Context, roles: tuple[str, ...]) -> bool:
    """Whether a word of the document plays one of `roles`: a rule that needs such a word
    near its trigger is asked nothing in a document of none (seventy-first pass, h-perf74)."""
    lemmas = ctx.once(_document_lemmas)
    return any(not lemmas.isdisjoint(role_words().get(role, ())) for role in roles)


def _document_lemmas(ctx: Context) -> frozenset[str]:
    return frozenset(ctx.lemmas)


def role_tokens(span: Span, role: str) -> list[Token]:
    """The words of `span` whose lemma plays `role` (`is_role`), found among the Doc's lemmas
    (`token_strings`): a `Token` made only at one, where a pass over a sentence makes one a
    word to ask each (`flights._flights`, asked of every sentence: ~30,000 `Token`s per 100
    NEREL documents for a carrier word in a few). Sixty-eighth pass, h-perf70."""
    doc, words = span.doc, role_words().get(role, frozenset())
    lemmas = token_strings(doc, LEMMA)
    return [doc[i] for i in range(span.start, span.end) if lemmas[i] in words]


def new_date_of(tok: Token) -> Token | None:
    """The word of a new time an event noun is the genitive of, in a clause of no verb that
    tells that time after a dash ("Визит отложен. Новая дата визита — 5 июня"): the event set
    ahead at that time, a put-off no longer a cancellation. None for any other noun, a time
    not called new ("Дата визита — 5 июня" may be the old one) and a new date told no time
    ("Новая дата визита пока не определена", "Новые сроки визита согласуют в мае": May is
    the agreeing's). Sixtieth pass (h-events201)."""
    when = _time_word(tok)
    if when is None or not any(c.dep_ == "amod" and c.lemma_ == "новый" for c in when.children):
        return None
    sent = when.sent
    if any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return None
    dash = next((t.i for t in sent if t.i > tok.i and t.text in _DASHES), sent.end)
    told = sent.doc[dash + 1 : sent.end]
    return when if any(t.like_num or is_role(t, "time") for t in told) else None


_DASHES = frozenset({"—", "–", "-"})


def _time_word(tok: Token) -> Token | None:
    """The word of time ("дата", "сроки") an event noun is the genitive of ("дата визита"),
    read by `new_date_of` and `time_set_by`; None for any other noun."""
    when = tok.head
    if tok.dep_ != "nmod" or case_of(tok) != "Gen" or not is_role(when, "new_date"):
        return None
    return when


def time_set_by(tok: Token) -> Token | None:
    """The verb whose object, or passive subject, is the word of time an event noun is the
    genitive of ("Новые сроки визита согласуют в мае", "Дата саммита будет определена",
    "Сроки визита согласованы"): a time being set tells the event is still ahead, and that
    verb's date is the setting's. None for any other noun, and for a time not set ("Новая
    дата визита пока не определена" tells nothing of the visit) (sixty-first pass,
    h-events205)."""
    when = _time_word(tok)
    if when is None:
        return None
    verb = when.head
    set_by = when.dep_ in {"obj", "nsubj:pass"} and verb.pos_ in {"VERB", "AUX"}
    return verb if set_by and verb.i != when.i and not negated(verb) else None


def planned_by(verb: Token) -> Token | None:
    """The impersonal verb of planning or achieving an infinitive trigger is the clausal
    subject of ("Подписать соглашение планируется в апреле", "Провести консультации
    удалось в Каире"): what the parser hangs on it, a date or a place, is the act's. Not a
    verb of deciding ("было решено ещё в 2024 году": the decision's day, as with "решили
    подписать"). Sixtieth pass (h-events199)."""
    above = impersonal_of(verb)
    return None if above is None or is_role(above, "agree") else above


def practises_trade(ctx: Context, key: str) -> bool:
    """Whether the person's office is a trade (`is_trade`: "актриса", "продюсер",
    "адвокат"), which acts for no state or body; a rank word before it ("главный тренер
    клуба", "старший тренер") leaves it a trade."""
    entity = ctx.entity(key)
    return entity is not None and is_trade(past_adjectives(entity.office))


def firm_staff(ctx: Context, key: str) -> bool:
    """Whether the person has no state and an office in a company or a news outlet (`firm`
    in `event_words.tsv`: "глава телеканала", "главный редактор канала"), which serves no
    state. Forty-seventh pass, own sentences (h-events124)."""
    entity = ctx.entity(key)
    if entity is None or entity.state or not entity.office:
        return False
    firms = role_words().get("firm", frozenset())
    words = entity.office.lower().replace("ё", "е").split()
    return any(p.normal_form in firms for w in words for p in morph().parse(w)[:1])


def leads_company(ctx: Context, key: str) -> bool:
    """Whether the person's office has a word of a post that leads a company (`chief` in
    `event_words.tsv`: "генеральный директор Nokia", "вице-президент"), not a staff one's
    ("инженер", "главный архитектор")."""
    entity = ctx.entity(key)
    words = entity.office.replace("ё", "е").split() if entity is not None else []
    return any(w in role_words().get("chief", ()) for w in words)


def posted_abroad(title: Token) -> bool:
    """A title of a post held abroad (`posted_offices.txt`: "посол", "консул"), whose "в"
    + place is where the post is, not where its holder happens to be."""
    return title_lemma(title.lemma_) in load_list(POSTED)


def bare_trade(title: Token) -> bool:
    """A profession one takes up, no post: a trade noun (`is_trade`) with no word of rank on it
    ("стал актёром театра", "режиссёром фильма"; not "главным режиссёром", "главным
    тренером"); ё read as е, as the lexicon writes it."""
    return is_trade(title.lemma_) and not any(c.dep_ == "amod" for c in title.children)


def condemned(tok: Token) -> bool:
    """An act noun a verb condemns ("МИД Пакистана осудил нападение на посольство",
    `condemn`): told as done, whatever that verb's tense ("осуждает нападение"), by another
    than who condemns it. Sixty-seventh pass (h-events254)."""
    return tok.dep_ == "obj" and is_role(tok.head, "condemn")


def taken_call(tok: Token) -> bool:
    """A noun that is the object of a verb of taking ("получил звонок от X"): that verb
    tells it, as its own verb tells a verb trigger."""
    return tok.dep_ == "obj" and is_role(tok.head, "take")


def delivered_call(tok: Token) -> bool:
    """A noun that is the subject of a verb of its coming to someone (`deliver`: "Президенту
    X поступил звонок от Y"), or its nominative the parser took for the object of such a
    verb, which has none ("пришёл звонок"): that verb tells it, and its dative is called."""
    subject = tok.dep_ in SUBJECTS or tok.dep_ == "obj" and case_of(tok) == "Nom"
    return subject and tok.head.i != tok.i and is_role(tok.head, "deliver")


def rumoured(tok: Token) -> bool:
    """An event noun told only in a rumour or a report someone denies ("слухи о смерти X",
    "опроверг сообщения о предстоящем визите", `rumour`): the text does not tell it; also an
    event verb, or a call taken, in the clause of such a report or denial ("опроверг, что
    встречался с X", "опроверг сообщения о том, что получил звонок", "отрицает, что получал
    звонок")."""
    if tok.pos_ in {"VERB", "AUX"} or taken_call(tok):
        return _denied_clause(tok if tok.pos_ in {"VERB", "AUX"} else tok.head)
    if tok.dep_ == "obj" and tok.head.pos_ == "VERB" and _denied_clause(tok.head):
        return True  # "опроверг, что X ведёт переговоры": the noun of a light verb denied
    report = tok.head if tok.dep_ == "nmod" else tok
    return (
        is_role(report, "rumour")
        or is_role(report.head, "rumour")
        or _unconfirmed(report)
        or _lacked(report)
    )


def _denied_clause(verb: Token) -> bool:
    """The verb heads the "что" clause of a verb of denying (`rumour`), or of a report noun
    such a verb governs ("опроверг, что …", "опроверг сообщения о том, что …"); not one a "не"
    or a refusal turns into an admission ("не отрицал, что …", "не стал опровергать, что …",
    "отказался опровергать, что …"), nor a rumour confirmed ("слухи о том, что …
    подтвердились"), nor a clause only joined to the denial."""
    if verb.dep_ not in {"acl", "ccomp"}:
        return False
    report = verb.head.head if verb.head.lemma_ == "тот" else verb.head  # "сообщения о том, что"
    if _unconfirmed(report) or _lacked(report):
        return True
    denial = report.head if report.pos_ == "NOUN" else report
    return denial.pos_ == "VERB" and is_role(denial, "rumour") and not _refused(denial)


def _unconfirmed(report: Token) -> bool:
    """A report noun the sentence says was not confirmed ("появилась информация о том, что
    X будет назначен …, однако она не подтвердилась", "сообщения о визите не подтвердились"):
    a "не подтвердиться" whose subject is the noun or a pronoun of its gender and number.
    What it reports is not told; a report confirmed ("… подтвердилась") still is."""
    if report.pos_ != "NOUN":
        return False
    doc, (start, end) = report.doc, sentence_bounds(report)
    lemmas = token_strings(doc, LEMMA)  # a `Token` for that verb only
    for verb in (doc[i] for i in range(start, end) if lemmas[i] == "подтвердиться"):
        if not negated(verb):
            continue
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
            if subject.i == report.i:
                return True
            same = all(subject.morph.get(f) == report.morph.get(f) for f in ("Gender", "Number"))
            if subject.pos_ == "PRON" and subject.i > report.i and same:
                return True
    return False


def _lacked(report: Token) -> bool:
    """Information one says one lacks ("не располагает информацией о том, что X ведёт
    переговоры", "нет данных о том, что …", `info` and `have_info` in `event_words.tsv`):
    what it would tell is not told; information one has ("располагает информацией") still
    tells it."""
    if report.pos_ != "NOUN" or not is_role(report, "info") or report.head.i == report.i:
        return False
    having = report.head
    return having.lemma_ == "нет" or is_role(having, "have_info") and negated(having)


def _refused(verb: Token) -> bool:
    """A "не" on the verb, or on the verb whose infinitive it is, or a refusal governing it
    ("не стал опровергать", "не смог опровергнуть", "отказался опровергать")."""
    head = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    return negated(verb) or head is not None and (negated(head) or is_role(head, "cancel"))


def turned_back(tok: Token) -> Token | None:
    """The word of turning back a trip on the way ("X, направлявшийся с визитом в Испанию,
    развернул самолёт над Атлантикой"): the participle of travel describes the subject of a
    verb of turning one's plane back; or the plane itself, turned back by a verb or a noun
    ("развернул самолёт, летевший с визитом в X", "известен по развороту самолёта, которым
    летел с визитом в X"; forty-sixth pass, own sentences, h-events119)."""
    travel = tok.head
    if travel.pos_ != "VERB" or travel.dep_ not in {"acl", "acl:relcl"} or travel.i == tok.i:
        return None
    noun, verb = travel.head, travel.head.head
    if not is_role(verb, "turn_back") or noun.i == verb.i:
        return None
    if noun.dep_ in SUBJECTS and any(
        c.dep_ == "obj" and is_role(c, "plane") for c in verb.children
    ):
        return verb
    if is_role(noun, "plane") and (
        noun.dep_ == "obj" or verb.pos_ == "NOUN" and noun.dep_ == "nmod"
    ):
        return verb
    return None


# what a body approves that a pronoun may stand for ("Закон … после единогласного его
# утверждения Советом Федерации")
PAPERS = frozenset({"закон", "законопроект", "бюджет", "договор", "соглашение", "указ"})
_OF_PAPER = {"он": ("Masc", "Neut")}  # "его": a law's or a treaty's, not "её"


def paper_before(pronoun: Token) -> Token | None:
    """The law a possessive "его" on a noun of approving stands for: the last noun or name
    of its gender before it, in its sentence or the one before, where that is a law or a
    treaty ("Закон о митингах был подписан … после единогласного его утверждения"); None
    where a person or other thing comes nearer ("его утверждения министром": the person).
    Forty-seventh pass, own sentences (h-events123)."""
    genders = _OF_PAPER.get(pronoun.lemma_)
    if genders is None or pronoun.dep_ not in {"nmod", "det"} or pronoun.head.i < pronoun.i:
        return None
    sent = pronoun.sent
    start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(pronoun.doc[start : pronoun.i]):
        if t.pos_ not in {"NOUN", "PROPN"} or features(t, "Number") != ("Sing",):
            continue
        if t.dep_ == "amod" or case_of(t) == "Ins":  # "единогласного", "президентом": no
            continue  # noun of its own, who acts
        if t.morph.get("Gender") and t.morph.get("Gender")[0] in genders:
            return t if t.lemma_ in PAPERS else None
    return None


def bracket_around(tok: Token) -> tuple[int, int] | None:
    """The token indices of the "(" and ")" `tok` stands between in its sentence, or None."""
    doc, sent = tok.doc, tok.sent
    opening = next((t for t in reversed(doc[sent.start : tok.i]) if t.text in {"(", ")"}), None)
    closing = next((t for t in doc[tok.i + 1 : sent.end] if t.text in {"(", ")"}), None)
    if opening is None or closing is None or opening.text != "(" or closing.text != ")":
        return None
    return opening.i, closing.i


def prepared_for(tok: Token) -> bool:
    """An event noun in the genitive or "к" of a noun of getting ready for it ("для
    подготовки визита Лулы", "подготовки к саммиту"): what is done to prepare it comes before
    it. Fifty-fifth pass (h-events165)."""
    return tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and is_role(tok.head, "preparing")


_ADDRESSEE_DEPS = frozenset({"iobj", "obl", "nmod"})  # the verb's or the letter's dative


_HANDED_TO = frozenset({"obj", "nsubj:pass"})  # whom the first verb acts on
_NAMED = frozenset({"NOUN", "PROPN"})


def addressees(tok: Token, anchors: list[Token]) -> list[Token]:
    """Whom a letter or telegram is sent to: a dative without a preposition, or one after
    "к", on the verb that sends it, on the letter ("в письме президенту Чили", "обратился с
    письмом к президенту Чили") or on a noun of its content the parser hung beside it
    ("направил телеграмму соболезнования президенту Чили"); an object of the verb or the
    noun, not a word that agrees with another dative beside it ("согласно латвийским
    источникам"); or the genitive of "в адрес" ("направил в адрес президента письмо")."""
    beside = [c for a in anchors[:1] for c in a.children if c.dep_ == "parataxis"]
    words = [c for h in [*anchors[:1], tok, *beside] for c in h.children]
    words = [c for c in words if c.dep_ in _ADDRESSEE_DEPS]
    # "направил в адрес премьер-министра письмо": the genitive of "в адрес" is whom
    to = [g for c in words if c.lemma_ == "адрес" and preposition(c) == "в" for g in c.children]
    to = [g for g in to if g.dep_ == "nmod" and not preposition(g) and case_of(g) == "Gen"]
    return [
        c for c in words if features(c, "Case") == ("Dat",) and preposition(c) in {"", "к"}
    ] + to


# what a verb or noun of opening takes as the mission opened: "открыть" its object,
# "открыться" its subject, "открытие" its genitive
_OPENED = {"открыть": "obj", "открыться": "nsubj", "открытие": "nmod"}


def opened_mission(tok: Token) -> Token | None:
    """The mission a verb or noun of opening takes ("открыла генеральное консульство",
    "открылось торгпредство", "открытие посольства", "открыла культурный центр"); None for
    any other word or object ("открыла огонь", "открыл выставку")."""
    dep = _OPENED.get(tok.lemma_)
    if dep is None:
        return None
    taken = (c for c in tok.children if c.dep_ == dep and not preposition(c))
    return next((c for c in taken if _mission(c)), None)


def _mission(word: Token) -> bool:
    """A state's office abroad: "посольство", "консульство", "торгпредство" (role `mission`
    of `event_words.tsv`), or a centre its adjective names one ("культурный центр", role
    `mission_centre`), not a shopping centre."""
    if is_role(word, "mission"):
        return True
    return is_role(word, "centre") and any(
        c.dep_ == "amod" and is_role(c, "mission_centre") for c in word.children
    )


def pronoun_addressee(to: Token) -> Token:
    """Whom a dative pronoun a paper is handed to stands for: the object of the verb its
    own verb is coordinated with ("вызвал временного поверенного в делах Чили и вручил ему
    ноту протеста": the chargé, whose state receives the note); else `to` itself.
    Sixty-sixth pass (h-events248)."""
    verb = to.head
    if to.pos_ != "PRON" or verb.dep_ != "conj" or features(to, "Number") != ("Sing",):
        return to
    objects = [o for o in verb.head.children if o.dep_ in _HANDED_TO and o.pos_ in _NAMED]
    return objects[0] if len(objects) == 1 else to


def genitives(noun: Token) -> list[Token]:
    """The bare genitives inside a noun's phrase ("поверенного в делах Чили": "Чили"), whose
    they are; not a place after a preposition ("в Лиме")."""
    return [
        x
        for x in noun.subtree
        if x.i != noun.i and x.dep_ == "nmod" and case_of(x) == "Gen" and not preposition(x)
    ]


def of_protest(noun: Token) -> bool:
    """A note of protest ("вручил ему ноту протеста"), which its label names as such."""
    return any(
        c.lemma_ == "протест" and c.dep_ == "nmod" and case_of(c) == "Gen" for c in noun.children
    )
