"""Fusing one document's mentions of one paper into one fact.

Named mentions fuse by their key words, a shorter title joins a longer one that contains
its key words, paraphrases of one paper join, generic mentions become facts titled by kind
and parties ("Соглашение между X и Y"), and facts of one key merge.

Split out of extract.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.tokens import Span as Sent

from kg.doc_text import title_end
from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.fact_building import _kind, complete, kind_title, unique
from kg.extract.agreements.reading import GENERIC, Reading, one_more, renewed
from kg.extract.agreements.status import RANK
from kg.extract.agreements.subjects import private_body
from kg.extract.agreements.title_words import TOPICAL, kinds
from kg.extract.common.named_states import states_named
from kg.extract.common.words import lem, word_lemma
from kg.extract.context import Context
from kg.extract.identity import Identity, same_fact
from kg.lexicon import load_list
from kg.nlp.deps import preposition
from kg.nlp.morph import case_of, morph, name_in
from kg.nlp.quote_marks import OPENING

OTHER_TIME_WORDS = Path(__file__).with_name("other_time_words.txt")
LEVEL_QUALIFIERS = Path(__file__).with_name("level_qualifiers.txt")
TOPIC_FRAMES = Path(__file__).with_name("topic_frames.txt")


TREATY_OR_AGREEMENT = frozenset({"Treaty", "Agreement"})  # "мирный договор" ~ "мирное соглашение"
# a headline's paper told as signed, or named with no status: not one only planned
_TOLD = frozenset({"signed", "mentioned"})


def fuse_paraphrases(groups: list[list[Reading]]) -> list[list[Reading]]:
    """Joins two named agreements of one document told in other words: a headline's
    "Договорённость вернуть Афанасьева" and the lead's "договорённость вернуть на родину
    двоих осуждённых украинцев — Геннадия Афанасьева и …" (see `_paraphrase`). The
    longer title leads the joined group, so it names the agreement."""
    out: list[list[Reading]] = []
    for g in groups:
        same = next((o for o in out if _paraphrase(o, g)), None)
        if same is None:
            out.append(g)
            continue
        longer = len(g[0].title.tokens) > len(same[0].title.tokens)
        same[:] = g + same if longer else same + g
    return out


def fuse_headline(
    ctx: Context, groups: list[list[Reading]], dates: dict[int, tuple[int, str]]
) -> list[list[Reading]]:
    """Joins a paper the headline names to the one body paper it restates: headline "Египет
    и Иордания подписали договор об обороне" above "министры обороны … подписали в среду
    соглашение о сотрудничестве в области обороны" is one paper, not two; so is a headline's
    arrangement ("Индия и Япония договорились о сотрудничестве в производстве
    полупроводников") and the body's "меморандум о сотрудничестве в области полупроводников".
    The headline's paper has no date of its own (the report's day a past "договорились" takes,
    `concluded_on`, is none: the headline writes no date), and of the body's papers signed by
    the same sides (or naming none, `_same_sides`) exactly one shares a topic word with it
    (`topic_words`); the body's leads, so it names and dates the paper. Two such body
    papers, or none, leave the headline's as it is; so do a paper the headline only plans and
    one of the lexicon (`Title.entry`), and one for other years (`_other_terms`)."""
    end, dated = _headline(ctx, dates)
    if end < 0:
        return groups
    out = list(groups)
    for g in groups:
        if not all(_in_headline(r, end) for r in g if r.named):
            continue  # a bare "соглашение" of the body the headline's paper took may be there
        if any(r.date and dated or r.title.entry is not None or r.status not in _TOLD for r in g):
            continue
        topic = topic_words(g)
        body = [
            o
            for o in out
            if o is not g
            and all(r.sent.start_char > end and r.title.entry is None for r in o)
            and any(r.status == "signed" for r in o)
            and topic_words(o) & topic
            and not _other_terms(g, o)
        ]
        if len(body) == 1 and _same_sides(ctx, g, body[0]) and not renewed(g):
            for r in g:
                r.date = ""  # the report's day, which the body's paper does not take
            body[0].extend(g)
            out.remove(g)
    return out


def _headline(ctx: Context, dates: dict[int, tuple[int, str]]) -> tuple[int, bool]:
    """Where the headline ends (-1 where there is none, `headline_end`), and whether it
    writes a date of its own."""
    end = headline_end(ctx.document.text)
    return end, end >= 0 and any(ctx.doc[start].idx < end for start in dates)


def headline_end(text: str) -> int:
    """Where the headline, the first line where a body follows, ends; -1 where there is none."""
    end = title_end(text)
    return end if end >= 0 and text[end:].strip() else -1


def body_names_accord(
    ctx: Context, groups: list[list[Reading]], dates: dict[int, tuple[int, str]]
) -> list[list[Reading]]:
    """A headline's arrangement another fuse joined to a paper of the body (headline "X и Y
    договорились о строительстве нефтепровода между …" above "… подписали соглашение о
    строительстве нефтепровода …", one paper by `fuse_paraphrases`, whose longer title
    leads) is named and dated by the body's paper: its readings lead the group, and the
    report's day a past "договорились" takes (`concluded_on`) is dropped where the headline
    writes no date, as `fuse_headline` does. Fifty-fifth pass (h-agreements53)."""
    end, dated = _headline(ctx, dates)
    if end < 0:
        return groups
    for g in groups:
        accord = [r for r in g if r.arranged and _in_headline(r, end)]
        body = [r for r in g if not r.arranged and r.sent.start_char > end]
        if not accord or not body:
            continue
        if not dated:
            for r in accord:
                r.date = ""
        g[:] = body + [r for r in g if all(r is not b for b in body)]
    return groups


def _same_sides(ctx: Context, headline: list[Reading], body: list[Reading]) -> bool:
    """The body's paper is of the headline's sides: it names them, or none ("главы нефтяных
    компаний … подписали соглашение": the report's pair, which `complete` gives it), or
    firms of them (`_firms_of`)."""
    sides, told = sides_read(body), sides_read(headline)
    return sides == told or sides == set() or _firms_of(ctx, told, sides, body)


def _firms_of(
    ctx: Context, states: set[str] | None, sides: set[str] | None, body: list[Reading]
) -> bool:
    """The body's paper is signed by firms of the headline's states, whom the headline names
    for them: "Южная Корея и Чехия подписали контракт на строительство АЭС" above "Корейская
    компания KHNP и чешская Elektrárna Dukovany II подписали … контракт": its sides are
    private bodies, and the states their sentences and their own entries name are of the
    headline's, one at least ("корейская", which may be either Korea, names none) and no
    other ("французская компания EDF и чешская …" is another pair's). Seventieth pass
    (h-agreements88); `sides` are the body's as `sides_read` gives them."""
    if not states or not sides or not all(private_body(ctx, p) for p in sides):
        return False
    own = {e.state for p in sides if (e := ctx.entity(p)) is not None and e.state}
    told = {s for r in body for s in states_named(ctx, r.sent.start_char, r.sent.end_char)}
    named = own | told
    return bool(named) and named <= states


def _in_headline(r: Reading, end: int) -> bool:
    return r.sent.start_char + len(r.sent.text.rstrip()) <= end


def topic_words(group: list[Reading]) -> set[str]:
    """The key words of a group's titles that tell its topic: less the kinds' head nouns (an
    arrangement's "договоренность" too), `GENERIC` and the nouns that frame a topic
    (`topic_frames.txt`: "в производстве полупроводников" and "в области полупроводников"
    are of one topic, "о строительстве моста" and "о строительстве АЭС" of two)."""
    heads = {lem(r.title.head.text) for r in group if not r.arranged}  # an arrangement's head
    words = {w for r in group for w in r.title.words}  # is its topic ("о производстве вакцин")
    return words - heads - set(kinds()) - GENERIC - load_list(TOPIC_FRAMES)


def fuse_shorter(groups: list[list[Reading]]) -> list[list[Reading]]:
    """Joins a title to a longer one of the same document that contains all its key words
    and more ("Соглашение по ФСЭГ" and "Соглашение о создании ФСЭГ"), when it has a key word
    of its own besides the head and generic words, and the parties agree. The longer title
    leads, so it names the agreement."""
    out: list[list[Reading]] = []
    for g in sorted(groups, key=lambda g: -len(g[0].title.words)):
        same = next((o for o in out if _joins(o, g) and _may_join(o, g)), None)
        if same is None:
            out.append(g)
        else:
            same.extend(g)
    return sorted(out, key=lambda g: min(r.title.head.i for r in g))


def fuse_terms(groups: list[list[Reading]]) -> list[list[Reading]]:
    """Joins a plan or roadmap to the one of the same years whose title names more: a
    headline's "«дорожная карта» на 2027–2028 годы" and the body's "«дорожная карта» по
    расширению торговли на 2027–2028 годы" are one paper (the years, a title word only where
    no topic titles it, `Scanner.topic_titled`, kept as `Title.term` either way). The fuller
    title leads, so it names the paper; two topics ("по торговле", "по туризму"), two terms
    and a body's paper told as one more ("Кроме того, стороны утвердили «дорожную карту» по
    …") stay two papers (sixty-first pass, h-agreements71)."""
    out: list[list[Reading]] = []
    for g in groups:
        same = next((o for o in out if _of_one_term(o, g)), None)
        if same is None:
            out.append(g)
        else:
            same[:] = g + same if _fuller(g, same) else same + g
    return out


def _of_one_term(a: list[Reading], b: list[Reading]) -> bool:
    """One title is the other's fuller (`_fuller`), they may be one paper (`_may_join`), and
    neither is told as one more in the body (`one_more`; a headline's paper is the body's)."""
    if not (_fuller(a, b) or _fuller(b, a)) or not _may_join(a, b):
        return False
    return _headline_only(a) or _headline_only(b) or not any(one_more(r) for r in a + b)


def _other_terms(a: list[Reading], b: list[Reading]) -> bool:
    """Two plans for other years ("план действий на 2027–2030 годы", "… на 2031–2033 годы"),
    however alike their titles: two papers (sixty-first pass, h-agreements71)."""
    x, y = a[0].title.term, b[0].title.term
    return bool(x and y) and x != y


def _fuller(a: list[Reading], b: list[Reading]) -> bool:
    """`a`'s title is of `b`'s kind and years, and has every other word of `b`'s and more."""
    x, y = a[0].title, b[0].title
    if not y.term or x.term != y.term or x.kind != y.kind or x.entry or y.entry:
        return False
    return set(y.words) - set(y.term) < set(x.words) - set(x.term)


def _joins(longer: list[Reading], shorter: list[Reading]) -> bool:
    return _contains(longer[0], shorter[0]) or _other_head(longer, shorter)


def _other_head(a: list[Reading], b: list[Reading]) -> bool:
    """The same title words under "договор" and "соглашение", told in other sentences of one
    document, are one paper ("подписали договор о границе. Соглашение о границе вступит в
    силу", "коалиционное соглашение … Коалиционный договор"), as an unnamed "мирный договор"
    and "мирное соглашение" are (`generic_facts`), when they are dated alike, told of one
    time and of no other status."""
    x, y = a[0].title, b[0].title
    if {x.kind, y.kind} != TREATY_OR_AGREEMENT or x.entry is not None or y.entry is not None:
        return False
    if {r.sent.start for r in a} & {r.sent.start for r in b}:
        return False  # "подписали договор о X и соглашение о X": two papers
    if {r.date[:4] for r in a if r.date} != {r.date[:4] for r in b if r.date}:
        return False  # "Договор о границе 1929 года" is not the agreement signed today
    if _of_other_time(a) != _of_other_time(b):
        return False  # "подписали соглашение о X. Ранее … договор о X, который утратил силу"
    told = [{r.status for r in g} - {"mentioned"} for g in (a, b)]
    if all(told) and told[0] != told[1]:
        return False  # "подписали договор о X. Соглашение о X планируют подписать"
    wx = set(x.words) - {lem(x.head.text)}
    wy = set(y.words) - {lem(y.head.text)}
    return bool(wx - GENERIC) and wx == wy


def _of_other_time(group: list[Reading]) -> bool:
    """A sentence of the group tells of an earlier time or of the paper's end
    (`other_time_words.txt`: "ранее", "прежний", "утратил силу")."""
    return any(t.lemma_ in load_list(OTHER_TIME_WORDS) for r in group for t in r.sent)


def _contains(longer: Reading, shorter: Reading) -> bool:
    a, b = longer.title, shorter.title
    if a.kind != b.kind or a.entry is not None or b.entry is not None:
        return False
    own = set(b.words) - GENERIC - {lem(b.head.text)}
    return bool(own) and set(b.words) < set(a.words)


def _may_join(a: list[Reading], b: list[Reading]) -> bool:
    """Two groups of one document may be one agreement: parties that agree, neither told as
    new, and identities that agree ("Договор о дружбе, подписанный в 1992 году" is not the
    "новый договор о дружбе и сотрудничестве" signed today); plans for other years are two."""
    if not parties_agree(a, b) or renewed(a) or renewed(b):
        return False
    pa, pb = _topic_places(a), _topic_places(b)
    if pa and pb and pa != pb:
        return False  # "о прекращении огня в Сирии" is no ceasefire "в Ливии"
    if _qualified_apart(a, b) or _other_terms(a, b):
        return False
    return all(same_fact(x.identity(), replace(y.identity(), kind=x.title.kind))
               for x in a for y in b)  # fmt: skip


def _qualified_apart(a: list[Reading], b: list[Reading]) -> bool:
    """The titles of one group name a level or topic the other's do not raise
    (`level_qualifiers.txt`: "о всеобъемлющем стратегическом партнёрстве" beside "о
    стратегическом партнёрстве"): two papers, the new step and the one before, unless one
    group is told only in the headline, which shortens the body's title (fifty-sixth pass,
    h-agreements59)."""
    if _headline_only(a) or _headline_only(b):
        return False
    words = [{w for r in g for w in r.title.words} for g in (a, b)]
    return bool((words[0] ^ words[1]) & load_list(LEVEL_QUALIFIERS))


def _headline_only(group: list[Reading]) -> bool:
    """Every mention of `group` is in the document's headline."""
    end = headline_end(group[0].sent.doc.text)
    return end >= 0 and all(_in_headline(r, end) for r in group)


def _topic_places(group: list[Reading]) -> set[str]:
    """The states the titles of `group` keep as their topic's place
    (`Scanner.situation_place`)."""
    return {w for r in group for w in r.title.words if w.startswith("state/")}


def parties_agree(a: list[Reading], b: list[Reading]) -> bool:
    pa, pb = sides_read(a), sides_read(b)
    return pa is None or pb is None or pa <= pb or pb <= pa


def sides_read(group: list[Reading]) -> set[str] | None:
    """The sides of the paper `group` tells: a lexicon paper's own ("США вышли из ДРСМД.
    Договор был подписан Михаилом Горбачёвым и Рональдом Рейганом": the USSR and the USA,
    not the USA that leaves it), None for one open to any state (ДОВСЕ, ДНЯО), else the sides
    its readings name."""
    entry = next((r.title.entry for r in group if r.title.entry is not None), None)
    if entry is not None:
        return set(entry.parties) or None
    return {p for r in group for p in r.parties}


_CONTENT_POS = ("NOUN", "PROPN", "VERB")


def _content(r: Reading) -> set[str]:
    """Key words of a title that are nouns or verbs after its head, generic words out."""
    head = r.title.head.i
    after = {word_lemma(t) for t in r.title.tokens if t.i > head and t.pos_ in _CONTENT_POS}
    return (after & set(r.title.words)) - GENERIC


def _paraphrase(a: list[Reading], b: list[Reading]) -> bool:
    """Same kind, parties that agree, told in different sentences, sharing a content word,
    and most content words of the shorter title found in the other's sentences."""
    x, y = a[0], b[0]
    if x.title.kind != y.title.kind or x.title.entry is not None or y.title.entry is not None:
        return False
    if not _may_join(a, b) or {r.sent.start for r in a} & {r.sent.start for r in b}:
        return False
    wa, wb = _content(x), _content(y)
    if not wa & wb:
        return False
    short, other = (a, b) if len(wa) <= len(wb) else (b, a)
    told = {word_lemma(t) for r in other for t in r.sent}
    words = wa if short is a else wb
    return len(words & told) * 2 > len(words)


def generic_facts(ctx: Context, readings: list[Reading]) -> list[tuple[Agreement, list[Reading]]]:
    """Facts for agreements named only generically, titled by kind and parties; in one
    document a treaty and an agreement of one topic and the same sides are one paper
    ("мирный договор с Израилем" … "мирное соглашение с Израилем")."""
    out: list[tuple[Agreement, list[Reading]]] = []
    by_topic: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[Agreement, list[Reading]]] = {}
    sided = [(r, sorted(_generic_parties(ctx, r))) for r in readings]
    sided.sort(key=lambda x: -len(x[1]))  # a paper told with all its sides first: one told
    for r, parties in sided:  # later or before with fewer joins it (`_told`)
        head = r.title.head
        gender = morph().gender(head.text)
        topic = sorted((c for c in head.children if c.dep_ == "amod" and c.lemma_ in TOPICAL),
                       key=lambda c: c.i)  # fmt: skip
        same = (tuple(c.lemma_ for c in topic), tuple(parties))
        told = _told(by_topic, same) if topic and r.title.kind in TREATY_OR_AGREEMENT else None
        if told is not None:
            told[0].evidence = unique([*told[0].evidence, ctx.evidence(*ctx.trimmed(r.sent))])
            told[1].append(r)
            continue
        words = [morph().nominative(c.text.lower(), gender) for c in topic]
        head_word = " ".join([*words, morph().nominative(head.text.lower())])
        sides = r.unnamed_side or _between(ctx, parties, r.sent)  # "с палестинцами", not its party
        title = head_word[:1].upper() + head_word[1:] + " " + sides
        key = _group_identity(ctx, [r], parties).key("agreement")
        ev = [ctx.evidence(*ctx.trimmed(r.sent))]
        kind = _kind(ctx, r.title, parties, r.signatories)
        fact = Agreement(key, title.strip(), kind, r.status, r.date, r.place,  # type: ignore[arg-type]
                         parties, sorted(r.signatories), ev)  # fmt: skip
        out.append((fact, [r]))
        if topic and r.title.kind in TREATY_OR_AGREEMENT:
            by_topic[same] = out[-1]
    return out


def _generic_parties(ctx: Context, r: Reading) -> list[str]:
    """The sides of a paper named only generically: a side kg cannot name ("с палестинцами")
    keeps its one party; else the missing side is completed."""
    if r.unnamed_side or r.firm_side or r.clause_signers or r.own_act:
        return r.parties
    return complete(ctx, list(r.parties), r.sent, r.title, r.not_signers)


def _told(
    by_topic: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[Agreement, list[Reading]]],
    same: tuple[tuple[str, ...], tuple[str, ...]],
) -> tuple[Agreement, list[Reading]] | None:
    """The paper of this topic told before with these sides, or with these and more: a
    "торговое соглашение с Эфиопией" whose sentence names no other side is the "торговое
    соглашение между Кенией и Эфиопией" the document tells."""
    if same in by_topic:
        return by_topic[same]
    wider = [v for (topic, sides), v in by_topic.items()
             if topic == same[0] and set(same[1]) < set(sides)]  # fmt: skip
    return wider[0] if len(wider) == 1 else None


def _between(ctx: Context, parties: list[str], sent: Sent) -> str:
    """ "между Казахстаном и Росатомом" / "с Россией", names in the instrumental."""
    names = [
        _written_instrumental(ctx, sent, p) or name_in(ent.name, "ablt")
        for p in parties
        if (ent := ctx.entity(p)) is not None
    ]
    names.sort()
    if not names:
        return ""
    if len(names) == 1:  # a state "с" which only where the text writes it so, not the signer
        own = parties[0].startswith("state/") and not _after_with(ctx, sent, parties[0])
        return "" if own else "с " + names[0]  # a club's contract is "с" the club (players')
    return "между " + ", ".join(names[:-1]) + " и " + names[-1]


def _after_with(ctx: Context, sent: Sent, party: str) -> bool:
    """Whether the sentence names the party after "с"/"со" ("соглашение с Египтом"), not as
    the one who signs ("Египет подписал кредитное соглашение с китайским банком")."""
    for m in ctx.mentions_in(sent.start_char, sent.end_char):
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.entity != party or span is None:
            continue
        # "с Египтом"; "с правительством Египта": the "с" of the noun the name hangs on
        if "с" in (preposition(span.root), preposition(span.root.head)):
            return True
    return False


def _written_instrumental(ctx: Context, sent: Sent, party: str) -> str:
    """The party's one-word quoted name as its sentence writes it in the instrumental
    ("контракт с «Интером»" → "Интером"): the dictionary cannot decline a foreign club's
    name it lists as fixed ("Интер") or does not know; "" where the sentence has none."""
    for m in ctx.mentions_in(sent.start_char, sent.end_char):
        span = ctx.doc.char_span(m.start, m.end)
        if m.entity != party or span is None or len(span) != 1 or not span.start:
            continue
        if ctx.doc[span.start - 1].text in OPENING and case_of(span[0]) == "Ins":
            return span.text
    return ""


def _group_identity(ctx: Context, group: list[Reading], parties: list[str]) -> Identity:
    """One agreement's identity from its mentions, as read in this document."""
    ids = [r.identity() for r in group]
    concluded = [i.status for i in ids if i.status]
    signatories = [p for r in group for p in r.signatories]
    return Identity(
        _kind(ctx, kind_title(group, group[0]), parties, signatories),
        parties=frozenset(parties),
        date=next((i.date for i in ids if i.date), ""),
        status="signed" if "signed" in concluded else concluded[0] if concluded else "",
        document=ctx.document.id,
        doc_date=ctx.document.date,
    )


def merge_by_key(
    ctx: Context, facts: list[tuple[Agreement, list[Reading]]]
) -> dict[int, Agreement]:
    """Two groups that came out with one key (a title read two ways) are one fact when
    their identities agree; otherwise the later one is keyed by its own date and status
    ("мирный договор так и не заключён" is not the treaty signed in 1999). Returns each
    fact's id → the fact it became."""
    out: dict[str, tuple[Agreement, Identity]] = {}
    became: dict[int, Agreement] = {}
    for a, group in facts:
        ident = _group_identity(ctx, group, a.parties)
        known = out.get(a.key)
        if known is not None and (not same_fact(known[1], ident) or renewed(group)):
            a.key = replace(ident, roles=(a.key,)).key("agreement", apart=True)
            known = out.get(a.key)
        if known is None:
            out[a.key] = (a, ident)
            became[id(a)] = a
            continue
        b = known[0]
        became[id(a)] = b
        b.status = min(a.status, b.status, key=RANK.__getitem__)  # type: ignore[assignment]
        b.date, b.place = b.date or a.date, b.place or a.place
        b.parties = sorted(set(b.parties) | set(a.parties))
        b.signatories = sorted(set(b.signatories) | set(a.signatories))
        b.evidence = unique(b.evidence + a.evidence)
    return became
