"""Agreement titles: where a title ends, its nominative form, and a key robust to inflection.

A title is a head noun ("соглашение", "Декларация") with the title adjectives
before it ("Межправительственное соглашение") and the complements after it:
prepositional and genitive phrases ("о вечной дружбе, сотрудничестве и
взаимной помощи", "между Российской Федерацией и Республикой Казахстан"),
enumerations of the same case, an infinitive ("договорённость вернуть …") or a
quoted name. It ends at a verb, a participle clause, a relative pronoun, a date
("от 25 мая 1992 года", which is the agreement's date), a place ("в Москве") or
a new subject. "с Россией" names a party and is left out of the title; a
prepositional phrase the parse hangs on a complement noun stays in it ("по борьбе
с выбросами углерода"). Proper adjectives ("Киотский протокол", "Римский статут",
"пост-киотское соглашение") count as title adjectives. A head noun inside an
organization's name ("Организация Договора о коллективной безопасности") is none;
"устав" needs an organization, and a common noun for one ("устав организации")
stands for the organization the document names most, in the key. The head and its
adjectives go to the nominative singular; the complements stay as written.

Since the forty-fifth pass (h-split50) this module reads a title at its head noun (its
adjectives, key words and nominative form); the word lists, `Entry` and `Title` are in
title_words.py, where a title ends in title_ends.py, and what no agreement title is in
non_titles.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreements.non_titles import (
    _private,
    exchange_programme,
    exchanged_notes,
    has_organization,
    has_topic,
    in_a_bodys_name,
    in_a_works_name,
    no_agreement_topic,
    notes_no_paper,
    over_a_firm,
    over_a_player,
)
from kg.extract.agreements.relative_topics import relative_topic, topic_text, topic_tokens
from kg.extract.agreements.title_ends import Scanner, genitive_noun
from kg.extract.agreements.title_words import (
    ORG_NOUNS,
    PLACE_SUFFIXES,
    PREPS,
    PROPER_PREFIXES,
    SKIP_POS,
    TOPICAL,
    Title,
    entry_for,
    kinds,
    title_adjectives,
)
from kg.extract.common.words import lem, word_lemma
from kg.extract.context import Context
from kg.model import Mention
from kg.nlp.deps import preposition
from kg.nlp.morph import UD_CASE, capitals_of, case_of, morph, upper_first


def may_head(token: Token) -> bool:
    """Whether `token`'s lemma may head a title `read_title` reads: the cheap test a caller
    makes before asking whether the word is a noun, which may cost a parse."""
    return token.lemma_ in kinds() or token.lemma_ == "документ"


def read_title(
    ctx: Context, head: Token, dates: dict[int, tuple[int, str]], paper: bool = False
) -> Title | None:
    """The title whose head noun is `head`, or None when the noun is not an agreement here.
    A "документ" is a kind-less pointer back to a paper unless `paper` (a signed one with a
    topic, `extract._signed_paper`): then an agreement titled by its topic; a head that needs
    a topic has one in `paper` too (signed under a frame, `extract._signed_under_a_frame`)."""
    if not may_head(head):
        return None
    kind, needs = kinds().get(head.lemma_) or (("Agreement", "-") if paper else ("", "-"))
    orgs = ctx.mentions_in(head.sent.start_char, head.sent.end_char, "Organization")
    if any(m.start < head.idx and head.idx + len(head.text) < m.end for m in orgs):
        return None  # "Организация Договора о коллективной безопасности": a name; one that
        # ends at the head is the paper's ("из Стамбульской конвенции", tagged an organization)
    if in_a_bodys_name(head, orgs):
        return None
    if in_a_works_name(head, ctx.words):
        return None
    if needs == "exchanged" and not exchanged_notes(head):
        return None  # "вручил ноту протеста": one side's note, no paper
    sides, compounds = compound_sides(ctx, head)
    left = _title_adjectives(head, compounds)
    scan = Scanner(ctx, head, dates)
    scan.states += [s for s in sides if s not in scan.states]
    if head.lemma_ != "документ" or paper:
        scan.run()
        if not scan.tokens and (topic := _topic_after_passive(head)):
            scan.run(topic)
        scan.date_from = scan.date_from or _dated_from(head, dates)
    comp = scan.tokens
    if not _has_needed_adjective(needs, left):
        return None
    if (told := _titled_by_relative(ctx, scan, left, kind)) is not None:
        return told
    if not _complement_needed(needs, scan, left, paper):
        return None
    if not left and no_agreement_topic(scan, comp):
        return None
    deal = next((t for t in comp if t.pos_ == "NOUN"), None)
    if _private(head, comp) or over_a_firm(scan, comp) or deal is not None and over_a_player(deal):
        text = _nominative_title(left, head, comp, ctx.document.text)
        return Title(head, kind, text, (), [*left, head, *comp], private=True)
    if not left and comp and not has_topic(comp):
        left = _topic_adjectives(head)  # "Мирный договор между Японией и Россией"
    tokens = [*left, head, *comp]
    named = bool(left or comp)
    text = _nominative_title(left, head, comp, ctx.document.text) if named else ""
    title = Title(head, kind, text, _key_words(ctx, scan, tokens), tokens, scan.states,
                  scan.with_parties, scan.date_from, pair_named=scan.pair_named,
                  with_firm=scan.with_firm,
                  term=_key_words(ctx, scan, list(scan.term)) if scan.term else ())  # fmt: skip
    title.entry = entry_for(title) if named else None
    return title


def _complement_needed(needs: str, scan: Scanner, left: list[Token], paper: bool) -> bool:
    """Whether the words read after the head give it what its kind needs
    (`agreement_kinds.tsv`): a topic, an organization, a signed paper's own words, for
    exchanged notes a topic that is no other paper, or the noun it must be of ("of:")."""
    comp = scan.tokens
    if needs == "topic":
        topical = has_topic(comp) or exchange_programme(scan.head, scan, comp)
        return bool(left) or topical or paper
    if needs == "org":
        return has_organization(scan, comp)
    if needs in ("signed", "named"):
        return paper and bool(left or comp)  # not "план действий правительства", a bare "план"
    if needs == "exchanged":
        return not notes_no_paper(comp)  # not "обменялись нотами протеста"
    if needs.startswith("of:"):  # "письмо о намерениях", not "письмо президенту"
        noun = next((t for t in comp if t.pos_ == "NOUN"), None)
        return noun is not None and noun.lemma_ == needs[3:] and not _owned(noun)
    return True


def _owned(noun: Token) -> bool:
    """A noun with a bare genitive of whose it is ("о намерениях правительства": one side's
    intentions, no letter of intent)."""
    return any(
        c.dep_ == "nmod" and case_of(c) == "Gen" and not preposition(c) for c in noun.children
    )


def _has_needed_adjective(needs: str, left: list[Token]) -> bool:
    """Whether a head that needs an adjective has one ("adj"), or the one it needs
    ("adj:дорожный": "дорожная карта", not "большая карта")."""
    if needs == "adj":
        return bool(left)
    return not needs.startswith("adj:") or any(t.lemma_ == needs[4:] for t in left)


def _titled_by_relative(ctx: Context, scan: Scanner, left: list[Token], kind: str) -> Title | None:
    """A paper with no complement titled by the noun its "о котором" stands for
    ("строительство нефтепровода, соглашение о котором …": "Соглашение о строительстве
    нефтепровода"); None for any other."""
    head = scan.head
    topic = None if scan.tokens or not kind else relative_topic(head)
    if topic is None:
        return None
    tokens = [*left, head, *topic_tokens(topic, head)]
    text = _nominative_title(left, head, [], ctx.document.text) + " " + topic_text(topic, head)
    title = Title(head, kind, text, _key_words(ctx, scan, tokens), tokens,
                  scan.states, date_from=scan.date_from)  # fmt: skip
    title.entry = entry_for(title)
    return title


def listed_topic_title(
    ctx: Context, head: Token, item: list[Token], dates: dict[int, tuple[int, str]]
) -> Title | None:
    """The title of one paper of papers counted that a colon's list gives by its topic alone
    (`listed.listed_topics`: "подписали два соглашения: о воздушном сообщении и о взаимной
    защите инвестиций" → "Соглашение о воздушном сообщении"): the counted head, its
    adjectives and the item's topic, read as a topic right after the head is, up to the
    item's end; None where the scan finds no topic there."""
    sides, compounds = compound_sides(ctx, head)
    left = _title_adjectives(head, compounds)
    scan = Scanner(ctx, head, dates)
    scan.states += [s for s in sides if s not in scan.states]
    scan.end = item[-1].i + 1
    scan.run(item[0].i)
    if not has_topic(scan.tokens):
        return None
    tokens = [*left, head, *scan.tokens]
    text = _nominative_title(left, head, scan.tokens, ctx.document.text)
    kind = (kinds().get(head.lemma_) or ("Agreement", "-"))[0]  # "документы: о …": papers
    title = Title(head, kind, text, _key_words(ctx, scan, tokens), tokens,
                  scan.states, scan.with_parties, scan.date_from)  # fmt: skip
    title.entry = entry_for(title)
    return title


def _dated_from(head: Token, dates: dict[int, tuple[int, str]]) -> str:
    """The date of an "от <date>" the parse hangs on the head itself, which a scan that
    stops short of it inside a long list of sides misses ("коалиционного соглашения между
    фракциями Центристской партии, Исамаа и Народной партии от 8 апреля 2019 года"); not
    one of another noun ("в заявлении от 10 ноября"). "" where there is none."""
    for c in head.children:
        if c.dep_ == "nmod" and c.i in dates and preposition(c) == "от":
            return dates[c.i][1]
    return ""


def _topic_after_passive(head: Token) -> int:
    """Where the topic of a paper the passive tells after its verb starts ("Отдельное
    соглашение было подписано о сотрудничестве в энергетике": "о" hangs on the verb): the
    first word of the verb's "о" phrase right after it; 0 where there is none."""
    verb = head.head
    if head.dep_ != "nsubj:pass" or verb.i < head.i or verb.i + 1 >= head.sent.end:
        return 0
    if any(t.pos_ not in ("AUX", "ADV", "PART") for t in head.doc[head.i + 1 : verb.i]):
        return 0
    k = verb.i + 1
    while k + 1 < head.sent.end and head.doc[k].pos_ in ("ADV", "PART"):
        k += 1  # "было заключено также о поставках газа"
    after = head.doc[k]
    if after.lower_ not in ("о", "об", "обо") or after.head.head != verb:
        return 0
    return after.i


def compound_sides(ctx: Context, head: Token) -> tuple[list[str], set[int]]:
    """The states of compound adjectives on the head ("вьетнамско-индонезийское
    соглашение", "Кенийско-эфиопский договор"): its sides, not words of its title."""
    sides: list[str] = []
    tokens: set[int] = set()
    i = head.i - 1  # the adjectives right before the head (the parse may hang them elsewhere)
    while i >= head.sent.start and head.doc[i].pos_ == "ADJ":
        c = head.doc[i]
        found = [m.entity for m in ctx.mentions_in(c.idx, c.idx + len(c.text), "State")]
        if "-" in c.text and len(set(found)) >= 2:
            sides += [s for s in found if s not in sides]
            tokens.add(c.i)
        i -= 1
    return sides, tokens


def _title_adjectives(head: Token, skip: set[int]) -> list[Token]:
    """Title adjectives right before the head ("Совместное", "межправительственного"),
    and proper ones ("Киотский протокол", "пост-киотского соглашения"), past the `skip`
    ones ("Совместное российско-китайское заявление")."""
    out: list[Token] = []
    i = head.i - 1
    while i >= head.sent.start and (
        i in skip or head.doc[i].lemma_ in title_adjectives() or proper_adjective(head.doc[i], head)
    ):
        if i not in skip:
            out.insert(0, head.doc[i])
        i -= 1
    return out


def _topic_adjectives(head: Token) -> list[Token]:
    """Adjectives right before the head that say what the agreement is about ("мирный",
    "торговое"), kept in a title whose complement names only its sides, as in the title of
    an agreement named by its kind alone."""
    out: list[Token] = []
    i = head.i - 1
    while i >= head.sent.start and head.doc[i].lemma_ in TOPICAL and head.doc[i].pos_ == "ADJ":
        out.insert(0, head.doc[i])
        i -= 1
    return out


# Adjectives that tell an agreement from another of its title ("новое соглашение о торговле"
# is not the one named before), and so never a part of a name.
NOT_SAME = frozenset({"новый", "другой", "очередной", "будущий", "следующий", "иной", "отдельный",
                      "аналогичный", "подобный", "похожий", "схожий"})  # fmt: skip


def proper_adjective(t: Token, head: Token) -> bool:
    """An adjective made from a name, agreeing with the head: capitalised inside the
    sentence ("Римского статута") or prefixed ("пост-киотского"); opening a sentence, one
    made from a place name ("Минский протокол был подписан", "-ский"), also where the tagger
    read it as a name agreeing with the head ("Стамбульскую конвенцию"), or as an
    adjective of the head in no case or another one ("Кэмп-Дэвидские соглашения", "так
    называемый Северный пакт"); never a word a preposition governs."""
    if t.pos_ == "PROPN" and lem(t.text).endswith(PLACE_SUFFIXES):
        return _adjective_of(t, head)
    if t.pos_ != "ADJ" or any(c.dep_ == "case" for c in t.children):
        return False  # "подписали в Момбасе соглашение": a place read as an adjective
    if t.morph.get("Case") != head.morph.get("Case") and not (
        t.head == head and t.dep_ == "amod" and _adjective_of(t, head)
    ):
        return False
    if lem(t.text) in NOT_SAME:
        return False  # "Новое соглашение" opening a headline after a marker: no name
    if t.lower_.startswith(PROPER_PREFIXES):
        return True
    if not t.text[:1].isupper() or t.text.isupper():
        return False
    return not t.is_sent_start or lem(t.text).endswith(PLACE_SUFFIXES)


def _adjective_of(t: Token, head: Token) -> bool:
    """Whether some adjective reading of `t` agrees with the noun `head` in case, number and
    gender (the tagger's own gender of a name it misread is no guide); the head's number is
    the tagger's where it gives one ("соглашения" is a plural accusative as often as a
    singular genitive)."""
    case = UD_CASE.get(next(iter(head.morph.get("Case")), ""), "")
    number = {"Sing": "sing", "Plur": "plur"}.get(next(iter(head.morph.get("Number")), ""))
    nouns = [p.tag for p in morph().parse(head.lower_) if p.tag.POS == "NOUN"]
    noun = next((n for n in nouns if n.case == case and n.number == number), None)
    noun = noun or next(iter(nouns), None)
    if not case or noun is None:
        return False
    return any(
        p.tag.POS == "ADJF" and p.tag.case == case and p.tag.number == noun.number
        and (noun.number == "plur" or p.tag.gender == noun.gender)
        for p in morph().parse(t.lower_)
    )  # fmt: skip


def _key_words(ctx: Context, scan: Scanner, tokens: list[Token]) -> tuple[str, ...]:
    """Lemmas of the title's words: no prepositions, conjunctions or states; organizations
    by key, so "Договор о ЕАЭС" and "Договор о Евразийском экономическом союзе" agree; a
    state a situation is in by key too ("о прекращении огня в Сирии" is no ceasefire in
    Libya)."""
    out: list[str] = []
    seen_orgs: set[str] = set()
    for t in tokens:
        if t.pos_ in SKIP_POS or not t.text[:1].isalnum() or t.lower_ in PREPS:
            continue
        m = scan.mention(t)
        if m is None and t.i != scan.head.i and t.lemma_ in ORG_NOUNS:
            m = _main_organization(ctx)  # "устав организации": the one the text is about
        if m is not None and m.type == "State" and t.i in scan.topic_places:
            if m.entity not in out:
                out.append(m.entity)
            continue
        if m is not None and m.type == "State":
            continue
        if m is not None and m.type == "Organization":
            if m.entity not in seen_orgs:
                seen_orgs.add(m.entity)
                out.append(m.entity)
            continue
        if genitive_noun(t):
            out.append(morph().lemma(t.lower_, "NOUN", "Gen"))
        else:
            out.append(t.lemma_ if t.i == scan.head.i else word_lemma(t))  # "устав", not "устать"
    return tuple(out)


def _main_organization(ctx: Context) -> Mention | None:
    """A mention of the organization the document names most, at least twice."""
    counts: dict[str, list[Mention]] = {}
    for m in ctx.mentions:
        if m.type == "Organization":
            counts.setdefault(m.entity, []).append(m)
    best = max(counts.values(), key=len, default=[])
    return best[0] if len(best) >= 2 else None


def _head_nominative(head: Token) -> str:
    """The head noun in the nominative singular, read as a noun ("устав", not the
    gerund of "устать")."""
    word = head.text.lower()
    parses = morph().parse(word)
    if not parses or parses[0].tag.POS == "NOUN":
        return morph().nominative(head.text)
    noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
    form = noun.inflect({"nomn", "sing"}) if noun is not None else None
    if form is None:
        return morph().nominative(head.text)
    return form.word[:1].upper() + form.word[1:] if head.text[:1].isupper() else form.word


def _head_words(head: Token) -> str:
    """The head's words in a title: its nominative, or for exchanged notes the act that
    makes them a paper ("обменялись нотами о …": "Обмен нотами о …")."""
    if kinds().get(head.lemma_, ("", ""))[1] == "exchanged":
        return "обмен " + head.lower_
    return _head_nominative(head)


def _adjective_nominative(word: str, gender: str) -> str:
    """A title adjective in the nominative, read as an adjective where pymorphy3 guesses
    another word first ("Шушинскую" is no form of a verb)."""
    parses = morph().parse(word.lower())
    adjective = next((p for p in parses if p.tag.POS in ("ADJF", "PRTF")), None)
    if adjective is None or adjective is parses[0]:
        return morph().nominative(word, gender)
    form = adjective.inflect({"nomn", "sing", gender} if gender else {"nomn", "sing"})
    out = form.word if form is not None else word.lower()
    return capitals_of(word, out)


def _nominative_title(left: list[Token], head: Token, comp: list[Token], text: str) -> str:
    gender = morph().gender(head.text)
    words = [_adjective_nominative(t.text, gender) for t in left] + [_head_words(head)]
    runs: list[list[Token]] = []  # contiguous stretches; "с Россией" is left out between them
    for t in comp:
        if runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    parts = [" ".join(text[r[0].idx : r[-1].idx + len(r[-1].text)].split()) for r in runs]
    out = " ".join(words + parts)
    return upper_first(out)
