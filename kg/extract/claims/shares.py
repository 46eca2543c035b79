"""What a percent is a share of: a yearly rate, the votes of an election, a stake in a
company, the whole in its genitive or after "от", land a subject occupies, a figure in
brackets, a share told beside it; and a part of a total ("67 из 100").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.claims.durations import UNITS
from kg.extract.claims.lexicons import SCALES, WORDS, lexicons
from kg.extract.claims.parse import root
from kg.extract.claims.phrases import (
    FRAMES,
    _counted,
    counted_head,
    genitive_after,
    genitive_name,
    names_state,
    nominal,
    noun_phrase,
)
from kg.extract.claims.votes import (
    _won,
    cast,
    gapped_partisans,
    held_share,
    owned_votes,
    vote_owner,
    voted_for,
    votes_after,
)
from kg.extract.common.dates import MONTH_RE
from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.extract.events.labels import in_
from kg.nlp.deps import SUBJECTS, new_paragraph, preposition, sentence_before
from kg.nlp.morph import features, morph

_VOTES = {"голос", "избиратель"}  # a share of votes is some party's or candidate's
_YEARLY = re.compile(r"[ \u00a0]+годовых(?![а-яё])", re.IGNORECASE)  # "под 3 % годовых"
_BLOCK, _SHARES = "пакет", "акция"  # "контрольный пакет в 74 %": a stake of shares
_TIME_WORDS = frozenset(UNITS)
_OCCUPY = WORDS["occupy"]
_OPINIONS = WORDS["opinion"]
_POLLS = WORDS["poll"]
_PERCENT_ADJ = re.compile(r"процентн", re.IGNORECASE)
_OPEN_PAREN = re.compile(r"\(\s*$")  # "голосов (38,5 %)": a share told in parentheses
_CLOSE_PAREN = re.compile(r"\s*\)")
_DASH_OPEN = re.compile(r"\s[\u2013\u2014]\s*$")  # "жителей 4079 домов — 90 %": a share of them
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;,)]|$)")


def part_of(
    ctx: Context, q: Quantity, clause: list[Token], total: Quantity
) -> tuple[str, str, str] | None:
    """Metric of a part `q` of a total ("67 из 100"): the counted noun after the total, else
    the plural noun the clause names before it ("две трети голосов — 67 из 100"); votes
    are their winner's ("получил 35 из 48 голосов" → "голоса X")."""
    lex = lexicons()
    if total.unit and total.unit not in lex["non_metric"] and total.unit not in lex["measure"]:
        head = counted_head(ctx, total, total.unit)
        if head is None:
            return None
        return (owned_votes(ctx, q, head) or noun_phrase(ctx, head, counted=True)) + (total.unit,)
    for t in reversed(clause[-8:]):
        if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number"):
            if t.lemma_ in lex["non_metric"] or t.lemma_ in lex["measure"]:
                return None
            return noun_phrase(ctx, t, counted=True) + (t.lemma_,)
    return None


def percent(
    ctx: Context, q: Quantity, clause: list[Token], after: list[Token]
) -> tuple[str, str, str] | None:
    """The metric of a percent: a yearly rate ("кредит … под 3 % годовых" → процентная
    ставка), else the share it is (`_share`)."""
    if _YEARLY.match(ctx.document.text, q.end):
        return "процентная ставка", "процентный ставка", "percent"
    share = _share(ctx, q, clause, after) or held_share(ctx, q) or _polled(ctx, q, after)
    if share is not None and share[0].startswith("доля голосов"):
        return f"{share[0]}{_election(ctx, q)}", share[1], share[2]
    return share


def _polled(ctx: Context, q: Quantity, after: list[Token]) -> tuple[str, str, str] | None:
    """A bare percent (no genitive after it) that holds a view in a poll is a share of those
    polled: the subject of a verb of opinion ("17 % поддерживают вариант", "40 % считают,
    что …") or "для" of a predicative ("для 21 % приемлемо продолжение …"), where its
    sentence or the one before tells a poll ("Согласно опросу"); None otherwise."""
    number = root(ctx, q.start, q.end)
    if number is None or genitive_after(after) is not None:
        return None
    head = number.head
    opinion = number.dep_ in SUBJECTS and head.lemma_ in _OPINIONS and head.pos_ == "VERB"
    valued = preposition(number) == "для" and head.pos_ in ("ADJ", "ADV") and head.i > number.i
    if not (opinion or valued):
        return None
    sent = number.sent
    before = sentence_before(sent)
    words = [*sent, *(before if before is not None and not new_paragraph(sent) else [])]
    if not any(t.lemma_.replace("ё", "е") in _POLLS for t in words):
        return None
    return "доля опрошенных", "доля опрошенный", "percent"


def _election(ctx: Context, q: Quantity) -> str:
    """The election a share of votes was won at, as its verb names it (" на выборах
    губернатора"): votes of one election are not another's; its year is the period."""
    number = root(ctx, q.start, q.end)
    verb = next((a for a in number.ancestors if a.pos_ == "VERB"), None) if number else None
    for c in verb.children if verb is not None else ():
        if c.lemma_ == "выборы" and preposition(c) == "на":
            return " ".join(["", "на", c.text, *(t.text for t in _of_election(ctx, c))])
    return ""


def _of_election(ctx: Context, election: Token) -> list[Token]:
    """The genitives right after "выборах" that say which ("президента", "губернатора
    штата"), up to a state (the claim's), a number (the period) or anything else."""
    out: list[Token] = []
    for t in election.doc[election.i + 1 : election.i + 5]:
        if t.pos_ not in ("NOUN", "PROPN") or "Gen" not in t.morph.get("Case"):
            break
        if t.head.i != (out[-1].i if out else election.i) or names_state(ctx, t):
            break
        out.append(t)
    return out


def _share(
    ctx: Context, q: Quantity, clause: list[Token], after: list[Token]
) -> tuple[str, str, str] | None:
    """The metric of a percent: "доля" of the part it measures: the subject of "занимать"
    ("11 % территории занимают пахотные земли"), the genitive after it ("50 %
    товарооборота"), else the nouns an elliptic dash gives it ("луга и пастбища — 62 %")."""
    if _PERCENT_ADJ.search(q.text):  # "с 54-процентным преимуществом": the noun it qualifies
        noun = next((t for t in after[:3] if t.pos_ == "NOUN"), None)
        return None if noun is None else (*noun_phrase(ctx, noun), "percent")
    parts = _before_dash(ctx, q)
    partisans = gapped_partisans(ctx, parts)
    if partisans:  # "…, а консерваторы — 25 %": their votes (or rating), no share of them
        return (*partisans, "percent")
    if len(parts) > 1 and genitive_after(after) is None:
        names = [genitive_name(noun_phrase(ctx, t)[0]) for t in parts]
        keys = [noun_phrase(ctx, t)[1] for t in parts]
        return f"доля {' и '.join(names)}", f"доля {' и '.join(keys)}", "percent"
    share = _occupier(ctx, q) or genitive_after(after) or (parts[0] if parts else None)
    if share is None and after and after[0].lower_ == "от" and q.kind != "change":
        share = genitive_after(after[1:])  # "1 % от стоимости устройств": a share of it
    if share is not None and share.lemma_ == "ввп" and any(_measured_level(t) for t in clause):
        return None  # "довести военные расходы до 2 % ВВП": the spending's level, no share
    share = share or _bracketed(ctx, q) or _dashed_after_count(ctx, q)
    share = share or _parallel_share(clause, after)
    if share is None and _won(ctx, q):  # "партия набрала на выборах 36 %": of the votes
        owner = vote_owner(ctx, q)
        return (f"доля голосов {owner}" if owner else "доля голосов"), "доля голос", "percent"
    voted = voted_for(ctx, q)
    if share is None and voted:  # "за неё проголосовали 28,6 %": a bare share of votes
        return f"доля голосов {voted}", "доля голос", "percent"
    if share is None and votes_after(after):  # "X — 52,1 % (922 774 голоса)": X's votes
        owner = vote_owner(ctx, q)
        return (f"доля голосов {owner}" if owner else "доля голосов"), "доля голос", "percent"
    if share is None:
        return _share_in(ctx, clause, after) or _stake(ctx, q)
    if voted:  # "за X проголосовали 54 % избирателей", "X поддержали 24 % жителей"
        return f"доля голосов {voted}", "доля голос", "percent"
    if share.lemma_ in _VOTES and cast(ctx, q):  # "проголосовали 81,3 % избирателей"
        return "доля голосов", "доля голос", "percent"
    name, key = noun_phrase(ctx, share)
    name = f"доля {genitive_name(name)}"
    owner = vote_owner(ctx, q) if share.lemma_ in _VOTES else ""
    if owner:  # "X имеет 53 % голосов избирателей": X's votes
        name, key = "доля голосов", "доля голос"
    return (f"{name} {owner}" if owner else name), f"доля {key}", "percent"


def _stake(ctx: Context, q: Quantity) -> tuple[str, str, str] | None:
    """A percent that sizes a block of shares is a share of them: "получила контрольный
    пакет в 51 %" → доля акций, "пакет акций компании в размере 74 %" → доля акций
    компании; a block of something else ("пакет помощи") is no stake."""
    block = root(ctx, q.start, q.end)
    for _ in range(3):  # "%" → "размере" → "акций" → "пакет"
        if block is None or block.dep_ != "nmod" or block.head.pos_ != "NOUN":
            return None
        block = block.head
        if block.lemma_ == _BLOCK:
            break
    else:
        return None
    owned = [c for c in block.children if c.dep_ == "nmod" and "Gen" in c.morph.get("Case")]
    if any(c.lemma_ != _SHARES for c in owned):
        return None
    name, key = noun_phrase(ctx, owned[0]) if owned else ("акции", _SHARES)
    return f"доля {genitive_name(name)}", f"доля {key}", "percent"


def _measured_level(t: Token) -> bool:
    """A measured noun other than GDP or a share, whose level a percent of GDP may be
    ("госдолг"; "на долю Египта приходится 2 % ВВП Африки" stays a share of GDP)."""
    return t.lemma_ in lexicons()["metric"] and t.lemma_ not in ("ввп", "доля") and nominal(t)


def _bracketed(ctx: Context, q: Quantity) -> Token | None:
    """The noun phrase a percent alone in parentheses follows is what it is a share of where
    it is votes or a measured noun: "больше всех голосов избирателей (38,5 %) набрал X" →
    голоса, not the electorate, or a noun a number counts ("жители 276 домов (6 %)"); not
    "закупила кукурузу (12 %)"."""
    text = ctx.document.text
    before = _OPEN_PAREN.search(text, max(0, q.start - 3), q.start)
    if before is None or not _CLOSE_PAREN.match(text, q.end):
        return None
    paren = root(ctx, before.start(), before.start() + 1)
    last = paren.doc[paren.i - 1] if paren is not None and paren.i else None
    if last is None or last.pos_ != "NOUN" or last.lemma_ in SCALES:
        return None  # "…, а за его соперника — 44 тысячи (47 %)": a scale is no whole
    if _counted(last):
        return last  # "жители 276 домов (6 %)": a share of the houses counted
    while last.dep_ == "nmod" and last.head.pos_ == "NOUN" and last.head.i < last.i:
        last = last.head
    if last.lemma_ == "доля":
        return None  # "доля меди (60 %)": the share names itself
    return last if last.lemma_ in _VOTES or last.lemma_ in lexicons()["metric"] else None


def _dashed_after_count(ctx: Context, q: Quantity) -> Token | None:
    """The noun a number counts right before a dash and a percent that ends its clause, as
    "(6 %)" after it does: "за снос выступили жители 4079 домов — 90 %" → доля домов; not a
    noun no number counts ("инфляция — 5 %") nor a percent with a whole of its own after it."""
    text = ctx.document.text
    before = _DASH_OPEN.search(text, max(0, q.start - 4), q.start)
    if before is None or not _CLAUSE_CLOSE.match(text, q.end):
        return None
    dash = root(ctx, before.start(), before.end())
    last = dash.doc[dash.i - 1] if dash is not None and dash.i else None
    if last is None or last.pos_ != "NOUN" or not _counted(last):
        return None
    return last


def _share_in(ctx: Context, clause: list[Token], after: list[Token]) -> tuple[str, str, str] | None:
    """ "Доля Китая в товарообороте Монголии составляет 60 %", "с долей 27 % во внешней
    торговле": a share in a whole, "доля в товарообороте" (the states, also a state's
    adjective, "в чилийском экспорте", are the claim's)."""
    near = [t for t in [*clause[-12:], *after[:3]] if t.lemma_ == "доля" and nominal(t)]
    for share in near:
        for whole in [*share.children, *_whole_on_verb(share)]:
            if whole.lemma_ in FRAMES or re.fullmatch(MONTH_RE, whole.lower_):
                continue  # "в рамках сделки", "в 2020 году", "в мае": no whole
            case = [c for c in whole.children if c.dep_ == "case" and c.lower_ in ("в", "во")]
            if whole.dep_ in ("nmod", "obl") and whole.pos_ == "NOUN" and case:
                mods = [
                    c
                    for c in whole.children
                    if c.dep_ == "amod" and c.i < whole.i and not names_state(ctx, c)
                ]  # "в чилийском экспорте": the state is the claim's
                # "во вьетнамском заводе" → "в заводе": "в"/"во" for the words kept
                tail = _whole_genitive(ctx, whole)
                words = in_(" ".join(t.text.lower() for t in [*mods, whole, *tail]))
                key = " ".join(t.lemma_ for t in [whole, *tail[-1:]])
                part = _part_named(ctx, share, whole)
                if part is not None:  # "Доля нефти в экспорте" → доля нефти в экспорте
                    name, own = noun_phrase(ctx, part)
                    return f"доля {genitive_name(name)} {words}", f"доля {own} {key}", "percent"
                return f"доля {words}", f"доля {key}", "percent"
    return None


def _part_named(ctx: Context, share: Token, whole: Token) -> Token | None:
    """The goods a share in a whole is of, its genitive noun before the whole ("Доля [нефти] в
    экспорте"); a state or other name there is the claim's ("Доля Китая в товарообороте")."""
    return next(
        (c for c in share.children
         if c.dep_ == "nmod" and c.pos_ == "NOUN" and "Gen" in c.morph.get("Case")
         and share.i < c.i < whole.i and not ctx.mentions_in(c.idx, c.idx + len(c))
         and not names_state(ctx, c)),
        None,
    )  # fmt: skip


def _whole_genitive(ctx: Context, whole: Token) -> list[Token]:
    """The genitive noun after a share's whole, with its adjectives, which says whose or of
    what the whole is: "в капитале [вьетнамского] банка" → в капитале банка, "в экспорте
    риса"; a state's adjective or a name is the claim's ("в товарообороте Монголии")."""
    doc = whole.doc
    noun = genitive_after(list(doc[whole.i + 1 : whole.i + 7]))
    if noun is None or noun.head != whole or ctx.mentions_in(noun.idx, noun.idx + len(noun)):
        return []
    return [t for t in doc[whole.i + 1 : noun.i] if not names_state(ctx, t)] + [noun]


def _whole_on_verb(share: Token) -> list[Token]:
    """The "в"-phrases the parser may hang on the verb of a share instead: "в импорте" after
    its subject, or right after its object ("получила долю в 49 % [во вьетнамском заводе]")."""
    verb = [c for c in share.head.children if c.dep_ == "obl" and c.i > share.i]
    if share.dep_ in SUBJECTS:
        return verb
    if share.dep_ != "obj":
        return []
    return [
        c for c in verb
        if c.left_edge.i == share.right_edge.i + 1
    ]  # fmt: skip


def _parallel_share(clause: list[Token], after: list[Token]) -> Token | None:
    """The whole of a percent told beside this one: "24 % и 20 % [голосов]", "поддержали
    50 процентов [избирателей], … Каприлеса — 49 процентов", "достанется 40 % от [суммы],
    исполнителям — 30 %"; the next percent's first."""
    for i, t in enumerate(after[:8]):
        if t.text in ".;":
            break
        if t.text == "%" or t.lemma_ == "процент":
            whole = _whole_after(after[i + 1 :])
            if whole is not None:
                return whole
            break  # "исполнителям — 30 %, и еще 30 % получат …": the share before tells it
    for i in range(len(clause) - 1, -1, -1):
        if clause[i].text == "%" or clause[i].lemma_ == "процент":
            between = clause[i + 1 :]
            if any(map(_names_measure, between)):
                return None
            whole = _whole_after(between)
            if whole is not None:
                return whole  # else the share before that one's: "…— 30 %, и еще 30 % получат"
    return None


def _names_measure(t: Token) -> bool:
    """A measured noun in the nominative names a figure after it by itself: "… от уровня
    прошлого года, инфляция в Чили — 7 %" is the inflation."""
    return t.lemma_ in lexicons()["metric"] and features(t, "Case") == ("Nom",)


def _whole_after(after: list[Token]) -> Token | None:
    """The whole a percent is of: its genitive, or one after "от" ("40 % от оставшейся
    суммы")."""
    if after and after[0].lower_ == "от":
        after = after[1:]
    return genitive_after(after)


def _before_dash(ctx: Context, q: Quantity) -> list[Token]:
    """ "луга и пастбища — 62 %": the nominative nouns a dash gives a figure (an elided
    verb), joined by "и"; [] without such a dash or for a measured noun."""
    before = ctx.document.text[max(0, q.start - 20) : q.start]
    if not re.search(r"\S[ \u00a0]+[\u2013\u2014][ \u00a0]+$", before):
        return []
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return []
    words = [t for t in ctx.doc[max(0, span.start - 12) : span.start] if not t.is_space][-6:]
    if len(words) < 2 or words[-1].text not in "\u2013\u2014":
        return []
    out: list[Token] = []
    k = len(words) - 2
    while k >= 0 and words[k].pos_ == "NOUN" and _may_be_nominative(words[k]):
        if words[k].lemma_ in _TIME_WORDS:
            return []  # "с 1 января 2016 года — 18 %": a date, not a part
        out.insert(0, words[k])  # "луга и пастбища": nouns joined by "и", not by a comma
        if k < 2 or words[k - 1].lower_ != "и":
            break
        k -= 2
    # "инфляция — 5 %" is the rate itself, not a share of it
    return [] if any(t.lemma_ in lexicons()["metric"] for t in out) else out


def _may_be_nominative(t: Token) -> bool:
    return any(p.tag.case == "nomn" for p in morph().parse(t.lower_))


def _occupier(ctx: Context, q: Quantity) -> Token | None:
    """The subject of "занимать" whose share of a whole the percent is: "[11 %] территории
    занимают [пахотные земли]"."""
    number = root(ctx, q.start, q.end)
    if number is None:
        return None
    verb = next((t for t in [number.head, number.head.head] if t.lemma_ in _OCCUPY), None)
    if verb is None or any(c.dep_ == "case" and c.lower_ in ("с", "со") for c in number.children):
        return None  # "заняла второе место с 24,8 %": no part of a whole
    inside = {t.i for t in number.subtree}  # the parser may take either for the subject
    return next(
        (c for c in verb.children
         if c.dep_ in ("nsubj", "obj") and c.pos_ == "NOUN" and c.i not in inside),
        None,
    )  # fmt: skip
