"""The states a claim relates: those its sentence, or its part of a contrast, names; with a
bilateral cue or metric and fewer than two named, the document's pair. A state adjective
on who reports the figure is no side of it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.doc_text import span_text
from kg.extract.claims.lexicons import CONTRAST, SUBSET, WORDS
from kg.extract.claims.parse import root
from kg.extract.common.numbers import CLAIM_KINDS, Quantity
from kg.extract.common.quantities import find_quantities
from kg.extract.context import Context
from kg.gazetteer import normalize
from kg.model import Mention
from kg.nlp.deps import SUBJECTS, preposition
from kg.nlp.morph import features, is_finite, is_verb_form, morph
from kg.resolve.body_states import state_adjectives

_BILATERAL = re.compile(
    r"между\s+(?:нашими|двумя|обеими|этими|обоими)\s+(?:странами|государствами)|двусторонн"
    r"|взаимн|совместн(?!о\s+со?\s)|двух\s+стран|обеих\s+(?:стран|сторон)|обеими\s+сторонами"
    r"|кажд(?:ой|ая|ую)\s+(?:из\s+)?(?:стран|сторон)|наш(?:их|ими|и)\s+(?:стран|государств)"
    # "во благо двух народов", "дружба наших народов": the two peoples are the pair's
    r"|(?:двух|обоих|наших|нашими)\s+народ(?:ов|ами)",
    re.IGNORECASE,
)
# "совместно с Китаем": a partner named, the pair's cue where a state is; "совместно с
# редакцией журнала" tells of no two states
_JOINTLY = re.compile(r"совместно\s+со?\s", re.IGNORECASE)
# "из них 200 — выходцы из Польши": a part that says its own of whom it is
_DASH = re.compile(r"\s[—–-]\s")
_BILATERAL_METRICS = {"товарооборот"}
_TRADE_PARTS = WORDS["trade_part"]  # export, import, supplies: each of a holder and a partner
_PARTNER = {"в", "во", "из"}  # "экспорт в Чехию", "импорт из Чехии": the partner's side
_SOURCES = WORDS["source"]
_SEIZING = WORDS["seize"]
_LANDS = {"территория", "акватория"}


def _part(ctx: Context, q: Quantity, sent: Span) -> tuple[Span, list[tuple[int, int]]]:
    """The sentence and the stretches of it whose states are the figure's: the part of a
    contrast (", а") or gapped list item (`_gapped_items`) the figure is in where that part
    names a state ("Численность армии Норвегии — 23 тыс., а Дании — 15 тыс."), else the
    whole sentence; a total's part is cut out (", из них 200 — выходцы из Польши" tells
    whose the 200 are, not the total), to the sentence's end unless the part closes
    (`_part_closed`)."""
    text = ctx.document.text
    cuts = [m.start() for m in CONTRAST.finditer(text, sent.start_char, sent.end_char)]
    cuts += _gapped_items(ctx, sent) + [a for a, _ in partner_items(ctx, sent)]
    cuts += [a for a, _ in flow_items(ctx, sent)]
    start = max([c for c in cuts if c < q.start], default=sent.start_char)
    end = min([c for c in cuts if c >= q.end], default=sent.end_char)
    if (start, end) != (sent.start_char, sent.end_char) and ctx.mentions_in(start, end, "State"):
        return sent, [(start, end), *_holders_kept(ctx, (start, end), sent)]
    subset = SUBSET.search(text, q.end, sent.end_char)
    if subset is None:
        return sent, [(sent.start_char, sent.end_char)]
    close = _part_closed(ctx, subset.end(), sent)
    rest = [(close, sent.end_char)] if close is not None else []
    return sent, [(sent.start_char, subset.start()), *rest]


# ", с Таиландом — ", ", а в Таиланд — ": a part that opens with its partner's preposition
_PARTNER_OPENING = re.compile(r"[,;]?\s*(?:а\s+)?(?P<prep>со?|во?|из)\s+$", re.IGNORECASE)


def _holders_kept(ctx: Context, part: tuple[int, int], sent: Span) -> list[tuple[int, int]]:
    """The stretches of the holders a part of a contrast or a gapped item leaves out where it
    names only a new partner, opening with the preposition of the clause before's partner
    ("Товарооборот Вьетнама с Японией составил 30 млрд долларов, с Таиландом — 20 млрд":
    Vietnam's trade with Thailand, each item its own pair): the states before it with no
    preposition ("Вьетнама", a subject "Вьетнам"). A part that names a holder ("а Дании — 15
    тыс.") or a measure of its own ("а импорт из Чехии — …") keeps none."""
    first = min(m.start for m in ctx.mentions_in(*part, "State"))
    opening = _PARTNER_OPENING.fullmatch(ctx.document.text, part[0], first)
    if opening is None:
        return []
    swapped = opening["prep"].lower().rstrip("о")
    before = [
        (m, w) for m in ctx.mentions_in(sent.start_char, part[0], "State")
        if (w := root(ctx, m.start, m.end)) is not None
    ]  # fmt: skip
    if not any(preposition(w) == swapped for _, w in before):
        return []
    return [(m.start, m.end) for m, w in before if not preposition(w)]


# "на Чили", "на долю Японии" before a verb of accounting ("пришлось", "приходится"): the
# partner a part of a figure goes to, read in one place for a part told after the figure
# (`partner_items`) and a sentence that opens with one (`PARTNER_OPENS`, gapping's
# `partner_opens`); the partner is checked by `new_partner`
_PARTNER_ON = r"на[ \u00a0]+(?:долю[ \u00a0]+)?(?P<partner>[^,.!?;:()\d]{1,40}?)"
_ACCOUNTS = r"при(?:шл|ход)[а-яё]*"
_FIGURE_AHEAD = r"(?=\d|около|более|почти|свыше|лишь|всего|ещё|еще)"
# ", на Чили пришлось 7 млн тонн", ", на Боливию — 3 млн": a partner's part of the figure
# before, the verb of accounting or a dash standing for it before the part's figure
_PARTNER_ITEM = re.compile(
    rf",[ \u00a0]*(?:а[ \u00a0]+)?{_PARTNER_ON}"
    rf"(?:[ \u00a0]+{_ACCOUNTS}|[ \u00a0]+[-\u2013\u2014])[ \u00a0]+{_FIGURE_AHEAD}",
    re.IGNORECASE,
)
# a sentence opening with the partner a verb of accounting gives a part: "На Чили пришлось",
# "На долю Японии приходится"
PARTNER_OPENS = re.compile(
    rf"[\s«\"„“—–-]*{_PARTNER_ON}[ \u00a0]+{_ACCOUNTS}[ \u00a0]+", re.IGNORECASE
)


def partner_items(ctx: Context, sent: Span) -> list[tuple[int, int]]:
    """Where each partner's part told after a figure in its sentence opens (its comma) and
    where its own figure starts: "Перу экспортировала 17 млн тонн меди, на Чили пришлось 7 млн
    тонн, на Боливию — 3 млн". The partner is one state the words before the first part do
    not name (not a side of the total: "Товарооборот Перу и Чили …, на Перу пришлось"), never
    a period ("на этот год") or a measure ("на экспорт Египта")."""
    text = ctx.document.text
    items: list[tuple[int, int]] = []
    for m in _PARTNER_ITEM.finditer(text, sent.start_char, sent.end_char):
        first = items[0][0] if items else m.start()
        if not new_partner(ctx, m.span("partner"), (sent.start_char, first)):
            break
        items.append((m.start(), m.end()))
    return items


# ", на экспорт Чили пришлось 40 %", ", на импорт из Перу пришлось 2 млрд": a flow's part of
# the figure before, named by a measure noun after "на" (checked by `flow_items`)
_FLOW_ITEM = re.compile(
    rf",[ \u00a0]*(?:а[ \u00a0]+)?на[ \u00a0]+(?P<flow>[^,.!?;:()\d]{{1,60}}?)[ \u00a0]+"
    rf"{_ACCOUNTS}[ \u00a0]+{_FIGURE_AHEAD}",
    re.IGNORECASE,
)


def flow_items(ctx: Context, sent: Span) -> list[tuple[int, int]]:
    """Where each part a flow of trade takes of the figure before it in its sentence opens (its
    comma) and where its own figure starts: "Товарооборот Чили и Перу составил 5 млрд
    долларов, на экспорт Чили пришлось 40 %", "…, на поставки в Японию пришлось 24 млрд".
    The flow opens with a measure noun of trade (claim_words.tsv `trade_part`) and names a
    state; a state alone after "на" is a partner (`partner_items`), a period none."""
    items: list[tuple[int, int]] = []
    for m in _FLOW_ITEM.finditer(ctx.document.text, sent.start_char, sent.end_char):
        flow = ctx.doc.char_span(*m.span("flow"), alignment_mode="expand")
        if (
            flow is not None and flow[0].lemma_.replace("ё", "е") in _TRADE_PARTS
            and ctx.mentions_in(*m.span("flow"), "State")
        ):  # fmt: skip
            items.append((m.start(), m.end()))
    return items


def new_partner(ctx: Context, partner: tuple[int, int], before: tuple[int, int]) -> bool:
    """Whether the words at `partner` are one state's name, whole, that the text at `before`
    does not name: a partner a part goes to ("…, на Чили пришлось"; "На Чили пришлось" after
    the sentence of the total), not a side of the total itself."""
    start, end = partner
    told = {x.entity for x in ctx.mentions_in(*before, "State")}
    return any(
        x.start == start and x.end == end and x.entity not in told
        for x in ctx.mentions_in(start, end, "State")
    )


# ", Латвия — 50 млн евро": an item whose dash stands for the verb of the figure before
_GAPPED_ITEM = re.compile(
    r"[,;][ \u00a0]*(?P<item>[^,;:()\d\u2013\u2014-]{1,60}?)[ \u00a0]+[-\u2013\u2014][ \u00a0]+"
    r"(?=\d|(?:около|более|почти|свыше|до|лишь|всего)[ \u00a0]+\d)",
    re.IGNORECASE,
)


def _gapped_items(ctx: Context, sent: Span) -> list[int]:
    """Where each gapped item of a list opens (its comma): the item, a few words with no
    finite verb before the dash that stands for the verb, is a part of its own as one after
    ", а" is ("Эстония получит 50 млн евро, Латвия — 50 млн евро"), where it names states
    of its own, none of which the sentence names before it ("Экспорт Чили в Перу …, импорт
    из Перу — 2 млрд" stays whole)."""
    items = [
        m for m in _GAPPED_ITEM.finditer(ctx.document.text, sent.start_char, sent.end_char)
        if len(words := m["item"].split()) <= 5
        and not any(morph().finite_verb(w) for w in words)
    ]  # fmt: skip
    ends = [m.start() for m in items[1:]] + [sent.end_char] if items else []
    cuts = []
    for m, end in zip(items, ends, strict=True):
        before = {x.entity for x in ctx.mentions_in(sent.start_char, m.start(), "State")}
        own = {x.entity for x in ctx.mentions_in(m.start(), end, "State")}
        if before and own and not before & own:
            cuts.append(m.start())
    return cuts


def _part_closed(ctx: Context, start: int, sent: Span) -> int | None:
    """Where a total's part inserted after ", из которых" closes: at its first comma where
    it is a bare figure naming no state ("250 танков, из которых 116 подержанных, у США":
    the seller is the 250's), not where it says its own ("из них 200 — выходцы из Польши,
    Чехии") or another part follows ("из них 100 детей, 50 женщин из Сирии") or a clause of its own
    ("из которых 40 модернизированных, еще 20 обещала Словакия")."""
    text = ctx.document.text
    close = text.find(",", start, sent.end_char)
    if close < 0 or _DASH.search(text, start, close) or ctx.mentions_in(start, close, "State"):
        return None
    after = next((t for t in sent if t.idx > close), None)
    if after is None or after.like_num or after.is_punct or after.pos_ in ("CCONJ", "SCONJ"):
        return None
    rest = [t for t in sent if t.idx > close]
    if any(is_finite(t) or (t.pos_ not in ("VERB", "AUX") and is_verb_form(t)) for t in rest):
        return None  # a new clause ("еще 20 обещала Словакия", its verb tagged an adjective)
    return close


# "300 тысяч граждан Литвы и 200 тысяч…": what a figure counts, then "и" before the next
_JOINED = re.compile(r"((?:\s+[^\s,;:()—]+){0,5})\s+и\s+")
# What every gap `_JOINED` matches holds: a sentence without it joins no figures.
_AND = re.compile(r"\sи\s")


def coordinated_apart(ctx: Context, q: Quantity, sent: Span) -> list[tuple[int, int]]:
    """The stretches of the other figures joined to `q` by "и" when each names a state of
    its own after its number ("около 300 тысяч граждан Литвы и 200 тысяч граждан Эстонии":
    Estonia's is the 200 thousand's, not the 300 thousand's); none across a finite verb
    or where a figure names none ("20 млн долларов и 15 млн в прошлом году")."""
    text = ctx.document.text
    if _AND.search(text, sent.start_char, sent.end_char) is None:
        # no gap between two of its figures can match `_JOINED`: its figures need not be
        # read again (the sentence's own scan, ~0.7 ms; 144 of 238 claims' sentences per
        # 100 NEREL documents have no "и" between spaces)
        return []
    base = sent.start_char
    figures = [
        replace(f, start=f.start + base, end=f.end + base)
        for f in find_quantities(span_text(sent))
        if f.kind in CLAIM_KINDS
    ]
    chain = next((c for c in _chains(text, figures) if q.start in {f.start for f in c}), [])
    if not chain:
        return []
    ends = [f.start for f in chain[1:]] + [sent.end_char]
    stretches = [(f.start, end) for f, end in zip(chain, ends, strict=True)]
    if not all(_names_own_state(ctx, f, b) for f, (_, b) in zip(chain, stretches, strict=True)):
        return []
    return [(a, b) for a, b in stretches if a != q.start]


def _names_own_state(ctx: Context, figure: Quantity, end: int) -> bool:
    """Whether a state is named by a noun after the figure, before `end`: a recipient, place
    or owner ("граждан Литвы"), not the currency of its sum ("долларов США") or the make
    of its goods ("танков немецкого производства"), which leave the figure the states
    named after the last one; nor is an adjective after it, but one inside the figure's own
    count is ("200 [чилийских] и 150 перуанских туристов")."""
    return any(
        (m.via != "adjective" and m.start >= figure.end)
        or (m.via == "adjective" and m.end <= figure.end)
        for m in ctx.mentions_in(figure.start, end, "State")
    )


def _chains(text: str, figures: list[Quantity]) -> list[list[Quantity]]:
    """Runs of figures each joined to the next by `_JOINED` with no finite verb between."""
    chains: list[list[Quantity]] = []
    for a, b in zip(figures, figures[1:], strict=False):
        gap = _JOINED.fullmatch(text, a.end, b.start)
        if gap is None or any(morph().finite_verb(w) for w in gap[1].split()):
            continue
        if chains and chains[-1][-1] is a:
            chains[-1].append(b)
        else:
            chains.append([a, b])
    return chains


def counted_people_state(ctx: Context, q: Quantity) -> str:
    """The state of the one state adjective on what a count counts, where that adjective is
    no State mention (a people's word: "300 перуанских студентов", "35 тысяч эстонских
    туристов"): the people counted are that state's, as each of two coordinated adjectives'
    counts is its own ("3 тыс. эстонских и 1,5 тыс. латвийских студентов", mentions). An
    adjective on another word ("чилийский писатель сообщил, что … 12 рыбаков") is none."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not q.unit or q.unit == "percent":
        return ""
    # the counted noun: in the figure's span, or past a scale word ("3 тыс. эстонских
    # студентов", which the parse hangs apart)
    near = ctx.doc[span.start : min(span.end + 3, span.sent.end)]
    unit = normalize(q.unit)
    noun = next((t for t in near if t.pos_ == "NOUN" and normalize(t.lemma_) == unit), None)
    if noun is None:
        return ""
    table = state_adjectives(ctx.gazetteer)
    keys = {
        key for c in noun.children
        if c.dep_ == "amod" and c.i < noun.i and (key := table.get(normalize(c.lemma_)))
        and not ctx.mentions_in(c.idx, c.idx + len(c.text), "State")
    }  # fmt: skip
    return keys.pop() if len(keys) == 1 else ""


def _states(
    ctx: Context,
    part: tuple[Span, list[tuple[int, int]]],
    metric_key: str,
    pair: list[str],
    money: list[tuple[int, int]],
    own: str = "",
) -> list[str]:
    """The states a claim relates: named in its sentence (or its part, `_part`), or the
    document's pair; a state inside a sum of money is its currency's ("2 млрд долларов
    США"), or inside another figure's stretch (`coordinated_apart`) that figure's: no
    side; `own` the state of the people the figure counts (`counted_people_state`)."""
    sent, stretches = part
    named = sorted(
        {m.entity for start, end in stretches for m in ctx.mentions_in(start, end, "State")
         if not any(a <= m.start < b for a, b in money) and not _of_source(ctx, m)}
        | ({own} if own else set())
    )  # fmt: skip
    if len(named) >= 2:
        return named
    said = span_text(sent)
    bilateral = _BILATERAL.search(said) or metric_key.split()[-1] in _BILATERAL_METRICS
    bilateral = bilateral or bool(named and _JOINTLY.search(said))
    bilateral = bilateral or any(_both_sides(t) for t in sent)
    bilateral = bilateral or _partner_only(ctx, stretches, metric_key, named)
    if bilateral and len(pair) == 2 and set(named) <= set(pair):
        return named if set(pair) - set(named) <= _partners_apart(ctx, part) else sorted(pair)
    return named


def _partners_apart(ctx: Context, part: tuple[Span, list[tuple[int, int]]]) -> set[str]:
    """The states partners' parts of the sentence take (`partner_items`) outside `part`'s
    stretches: where a total goes ("Экспорт меди из Перу составил 7 млн тонн, на Чили
    пришлось 800 тыс."), never a side of the total itself."""
    sent, stretches = part
    return {
        m.entity for start, end in partner_items(ctx, sent)
        for m in ctx.mentions_in(start, end, "State")
        if not any(a <= m.start < b for a, b in stretches)
    }  # fmt: skip


def _partner_only(
    ctx: Context, stretches: list[tuple[int, int]], metric_key: str, named: list[str]
) -> bool:
    """An export or import that names only its partner, after "в" or "из" ("…, а импорт из
    Чехии — 18 млрд евро"), is the other side's of the text's pair, as a trade of the pair;
    a state named as a holder ("экспорт Чехии") is the trade's whole side."""
    if len(named) != 1 or not _TRADE_PARTS & set(metric_key.split()):
        return False
    mentions = [m for a, b in stretches for m in ctx.mentions_in(a, b, "State")]
    words = [root(ctx, m.start, m.end) for m in mentions]
    return bool(words) and all(w is not None and preposition(w) in _PARTNER for w in words)


def _of_source(ctx: Context, m: Mention) -> bool:
    """A state adjective on who reports the figure names no side of it: "как сообщили
    российские информагентства", "по данным американских экспертов" (claim_words.tsv)."""
    if m.via != "adjective":
        return False
    word = root(ctx, m.start, m.end)
    return word is not None and word.dep_ == "amod" and word.head.lemma_ in _SOURCES


def _both_sides(t: Token) -> bool:
    """ "Стороны подписали 12 документов": "стороны" as a subject of their own are the pair
    ("стороны конфликта" name whose; "со стороны Китая" is one)."""
    return (
        t.lemma_ == "сторона" and t.dep_ in SUBJECTS and "Plur" in features(t, "Number")
        and not any(c.dep_ == "nmod" for c in t.children)
    )  # fmt: skip


def seized_land(ctx: Context, q: Quantity) -> list[tuple[int, int]]:
    """The stretch of the state whose land a figure is a part of, where a verb of holding or
    taking it (claim_words.tsv `seize`) has a subject or agent that names no state: the
    figure is the group's hold, no side of that state ("Боевики контролируют 30 %
    территории Сирии", "30 % территории Мали захвачены повстанцами"); [] otherwise ("Турция
    контролирует 10 % территории Сирии" keeps both, "территория Египта — 1 млн кв. км")."""
    number = root(ctx, q.start, q.end)
    if number is None:
        return []
    noun = number.head if number.dep_.startswith("nummod") else number
    verb = noun.head
    if noun.dep_ not in (*SUBJECTS, "nsubj:pass", "obj", "obl") or verb.lemma_ not in _SEIZING:
        return []
    lands = [c for c in noun.children if c.lemma_ in _LANDS and c.dep_ == "nmod"]
    owners = [c for land in lands for c in land.children if c.dep_ == "nmod"]
    if not owners:
        return []
    agents = [
        c for c in verb.children if c.i != noun.i
        and (c.dep_ in SUBJECTS or (c.dep_ == "obl" and "Ins" in c.morph.get("Case")))
    ]  # fmt: skip
    if not agents or any(
        ctx.mentions_in(a.left_edge.idx, a.right_edge.idx + len(a.right_edge), "State")
        for a in agents
    ):
        return []
    return [(o.idx, o.idx + len(o)) for o in owners]
