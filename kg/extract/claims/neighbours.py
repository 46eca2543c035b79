"""A figure read with another figure of the text: the one it tells of, points back to or repeats.

A difference opening with "Это" or joined by ", что на" is of the figure before it, and
"этот показатель" points back to one in the sentence before; a bare scaled sum takes the
currency of the sum before it, a sum told again in another currency ("(около 7,5 млрд
реалов)") and the upper end of a range ("200-300 тысяч долларов") are no figures of their
own; a bare "крон" or "песо" is the currency of the document's state that has it.

Split out of extract.py (forty-fifth pass, h-split49)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.claims.gapping import _gapped, exceeds, in_total_unit, partner_opens
from kg.extract.claims.lexicons import (
    BARE_SCALE,
    CONTRAST,
    COUNTERS,
    DROPS,
    FALLS,
    GROWTH,
    MILLIONS,
    PART_OF,
    REDUCTIONS,
    RISES,
    SUMS,
    lexicons,
)
from kg.extract.claims.metrics import prior_metric
from kg.extract.claims.non_claims import ON
from kg.extract.claims.parse import anchor_predicate, finite, root
from kg.extract.claims.periods import DASH_ONLY
from kg.extract.claims.phrases import genitive_name
from kg.extract.claims.states import flow_items, partner_items
from kg.extract.common.number_units import is_currency, names_currency
from kg.extract.common.numbers import CLAIM_KINDS, Quantity, scaled
from kg.extract.common.quantities import COMPARED_GAP
from kg.extract.context import Context
from kg.nlp.deps import SUBJECTS, new_paragraph, sentence_before, sentences_back
from kg.nlp.morph import is_future, morph

_POINTED = {"число", "показатель", "цифра"}  # "это число": the figure before it
_POINTERS = {"этот", "это", "данный", "такой"}
_SUM_SCALE = re.compile(rf"(?<![а-яё])(?:тыс|{MILLIONS})", re.IGNORECASE)  # a sum's scale word
# an attribution before "это" ("По словам посла X, это на 3 % меньше"; "Как отметил министр,
# это вдвое больше"): the sentence still opens with the difference
_ASIDE_BEFORE = (
    r"(?:по\s+(?:(?:его|её|их)\s+)?(?:словам|данным|оценкам?|мнению)|как\s+[а-яё]+л[аи]?)"
    r"[^,.;:!?«»]*,"
)
_THIS_OPENS = re.compile(
    rf"(?:{_ASIDE_BEFORE})?[\s«\"„“—–-]*(?:и\s+)?это\s+(?:(?:почти|примерно|более\s+чем|на|в|во)\s+)*",
    re.IGNORECASE,
)
_COMPARED = re.compile(rf"[ \u00a0]*({'|'.join(RISES + DROPS)})(?![а-яё])", re.IGNORECASE)
# what joins a figure to a difference told of it: ", что на", ", это на", "(на"; a
# multiplier needs no "на" (", что вдвое", " — в три раза")
_GAP_COMPARED = re.compile(
    r"[,(\u2013\u2014][\s\u00a0]*(?:что|это|или)?[\s\u00a0]*(?P<on>на[\s\u00a0]+)?$", re.IGNORECASE
)
# a sum told again in another currency: "1,5 млрд долларов (около 7,5 млрд реалов)"
_CONVERTED = re.compile(
    r"[ \u00a0]*(?:\(|,?[ \u00a0]*или|[\u2013\u2014])[ \u00a0]*(?:около|примерно|порядка|почти)?"
    r"[ \u00a0]*",
    re.IGNORECASE,
)
# currencies whose bare name ("крон", "песо") several states share (currencies.tsv)
_BARE_CURRENCIES = {
    "крона": {"SEK": "state/SWE", "NOK": "state/NOR", "DKK": "state/DNK", "CZK": "state/CZE"},
    "песо": {"MXN": "state/MEX", "ARS": "state/ARG", "CLP": "state/CHL", "COP": "state/COL",
             "PHP": "state/PHL"},
    "шиллинг": {"KES": "state/KEN", "UGX": "state/UGA", "TZS": "state/TZA"},
    "рупия": {"INR": "state/IND", "PKR": "state/PAK", "IDR": "state/IDN", "LKR": "state/LKA",
              "NPR": "state/NPL"},
    "фунт": {"GBP": "state/GBR", "EGP": "state/EGY", "LBP": "state/LBN", "SYP": "state/SYR",
             "SDG": "state/SDN"},
    "лира": {"TRY": "state/TUR", "LBP": "state/LBN", "SYP": "state/SYR"},
    "динар": {"RSD": "state/SRB", "IQD": "state/IRQ", "JOD": "state/JOR", "KWD": "state/KWT",
              "DZD": "state/DZA", "TND": "state/TUN", "BHD": "state/BHR", "LYD": "state/LBY"},
    # a bare "солей" (lemmatized "солея") or "соля": the sol only where Peru is named, as
    # currencies.tsv reads no bare one ("5 солей" may be salts)
    "солея": {"PEN": "state/PER"},
    "соль": {"PEN": "state/PER"},
}  # fmt: skip
_BARE_DEFAULTS = {"рупия": "INR"}  # a bare rupee no state settles: India's, as most texts mean
# a bare name currencies.tsv reads as one state's code ("500 млн фунтов": GBP) that other
# states' currencies share; an adjective, "стерлингов" or a sign names the currency itself
_DEFAULT_NAMES = {"GBP": "фунт", "TRY": "лира", "RSD": "динар"}
_BARE_NAME = re.compile(r"(?:фунт|лир|динар)[а-яё]*$", re.IGNORECASE)
_QUALIFIED_NAME = re.compile(r"(?:ск|цк)[а-яё]*[\s\u00a0]+(?:фунт|лир|динар)", re.IGNORECASE)


def _last_claim_from(found: list[Quantity], start: int) -> Quantity | None:
    """The last figure of a claim's kind found at `start` or after: the sentence before's,
    whose claim a figure that goes on with it belongs to."""
    return next((p for p in reversed(found) if p.kind in CLAIM_KINDS and p.start >= start), None)


def figure_before(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> Quantity | None:
    """The last figure of the sentence before one that opens "Это на 15 % больше…", "Это
    вдвое больше…": what the difference is of ("…совершили более 87 тыс. паломников. «Это
    вдвое больше, чем в прошлом году», — заявил министр")."""
    if not (q.unit or q.multiplier) or not _opens_with_this(ctx, q, sent):
        return None  # a bare "на 3 млрд меньше прогноза" has no unit of its own
    before = sentence_before(sent)
    if before is None:
        return None
    return _last_claim_from(found, before.start_char)


# a sentence that opens with the whole it tells a part of: "Из них 3 млрд приходится на …",
# "Из этой суммы на Египет пришлось …" (never a part of its own words: "Из Египта …")
_WHOLE_OPENS = re.compile(rf"[\s«\"„“—–-]*{PART_OF}[^.!?;:]*", re.IGNORECASE)


# "12 из них освобождены", "3 млрд из этой суммы …": a figure a part of a whole opens after it
_PART_AFTER = re.compile(rf"[\s\u00a0]+{PART_OF}", re.IGNORECASE)


def whole_before(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> Quantity | None:
    """The last figure of the sentence before one that opens "Из них" or "Из этой суммы"
    before `q`, or whose first figure `q` is with "из них" after it ("12 из них
    освобождены"): the whole `q` is a part of, whose sides and period the part carries
    ("Товарооборот Египта и Судана составил 5 млрд долларов. Из них 3 млрд приходится на
    экспорт Египта": Egypt's export to Sudan). A partner's part ("На Чили пришлось 7 млн
    тонн") larger than the figure is of none (`exceeds`)."""
    before = sentence_before(sent)
    opens = _WHOLE_OPENS.fullmatch(ctx.document.text, sent.start_char, q.start) is not None
    opens = opens or _first_part(ctx, q, found, sent)
    if before is None or not (opens or partner_opens(ctx, q, sent)):
        return None
    told = [p for p in found if p.start < sent.start_char]
    whole = _last_claim_from(told, before.start_char)
    return None if whole is None or (not opens and exceeds(q, whole)) else whole


def _first_part(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> bool:
    """Whether `q` is the first figure of its sentence and "из них" (`PART_OF`) follows it: a
    part of a whole told before the sentence ("… задержаны 30 граждан Туниса. 12 из них
    освобождены"), not of a figure before it in its own ("…, 12 из них освобождены"), nor
    "12 из 30 проектов"."""
    first = not any(sent.start_char <= p.start < q.start for p in found)
    return first and _PART_AFTER.match(ctx.document.text, q.end, sent.end_char) is not None


def partners_total(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> Quantity | None:
    """The figure before the partners' parts told after it in `q`'s sentence
    (`states.partner_items`), where `q` is one: the total whose measure, period and sides the
    part carries ("Перу экспортировала 17 млн тонн меди, на Чили пришлось 7 млн тонн, на
    Боливию — 3 млн": Peru's copper export to Chile, to Bolivia). Both amounts, the part in
    the total's unit or a bare scale ("3 млн", "800 тысяч") leaving it out (`in_total_unit`);
    never a part in another unit (", на Чили пришлось 40 %"), of a change, nor one larger than
    the total (`exceeds`)."""
    total = _items_total(q, found, sent, partner_items(ctx, sent))
    if total is None or not in_total_unit(q, total) or exceeds(q, total):
        return None
    return total


def flow_total(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> Quantity | None:
    """The figure before a flow's part told after it in `q`'s sentence (`states.flow_items`),
    where `q` is one: the total whose period and sides the part carries ("В 2024 году
    товарооборот Чили и Перу составил 5 млрд долларов, на импорт из Перу пришлось 2 млрд
    долларов": 2024, of Chile and Peru). Both amounts, the part in the total's unit and no
    larger (`in_total_unit`, `exceeds`) or a percent of it; never of a change."""
    total = _items_total(q, found, sent, flow_items(ctx, sent))
    if total is None:
        return None
    share = q.unit == "percent" != total.unit
    return total if share or (in_total_unit(q, total) and not exceeds(q, total)) else None


def oversized_part(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> bool:
    """Whether `q` is told as a partner's part of the figure before it in its sentence
    (`partners_total`) but is larger than that total: no part, nor a figure of the partner's
    own ("Экспорт Сербии составил 3 млн тонн, на Венгрию пришлось 5 млн тонн")."""
    total = _items_total(q, found, sent, partner_items(ctx, sent))
    return total is not None and exceeds(q, total)


def _items_total(
    q: Quantity, found: list[Quantity], sent: Span, items: list[tuple[int, int]]
) -> Quantity | None:
    """The amount with a unit before the parts `items` of `q`'s sentence tells after it
    (`states.partner_items`, `states.flow_items`), where `q` is an amount that opens one."""
    if not any(end == q.start for _, end in items):
        return None
    total = _last_claim_from([p for p in found if p.start < items[0][0]], sent.start_char)
    if total is None or not total.unit or total.kind != "amount" or q.kind != "amount":
        return None
    return total


def before_semicolon(
    ctx: Context, q: Quantity, found: list[Quantity], sent: Span
) -> Quantity | None:
    """The last figure before a semicolon the sentence splitter ends a sentence at, for a
    bare number after it ("55 из 90 депутатов; 33 высказались против"): one sentence's
    clauses."""
    before = sentence_before(sent)
    if q.unit or before is None or not ctx.document.text[: sent.start_char].rstrip().endswith(";"):
        return None
    return _last_claim_from(found, before.start_char)


def _opens_with_this(ctx: Context, q: Quantity, sent: Span) -> bool:
    """Whether `q`'s sentence opens with "Это" before it ("Это на 15 % больше…", "По словам
    посла X, это вдвое больше…")."""
    return _THIS_OPENS.fullmatch(ctx.document.text, sent.start_char, q.start) is not None


def of_figure_before(ctx: Context, q: Quantity, prior: Quantity | None, sent: Span) -> Span | None:
    """The sentence of the figure a difference opening with "Это" is of, where `prior` is
    that figure (`figure_before`): the difference is told of its period and sides
    ("Товарооборот в 2023 году составил … . Это на 10 % больше, чем годом ранее")."""
    if prior is None or prior.start >= sent.start_char or not _opens_with_this(ctx, q, sent):
        return None
    return ctx.sentence_at(prior.start)


def pointed_back(ctx: Context, q: Quantity, found: list[Quantity]) -> Quantity | None:
    """The last figure of the sentence before one whose words before `q` point back to it
    ("Товарооборот составил 14 млрд долларов. Стороны намерены довести этот показатель до
    18 млрд"), for `pointed`; one in its unit may stand two sentences back, past a
    difference told of it ("… составил 15 млрд евро. Это на 8 % больше, чем годом ранее.
    Стороны планируют довести этот показатель до 25 млрд евро")."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    before = sentence_before(span.sent) if span is not None else None
    if span is None or before is None:
        return None
    if not _points_back([*(t for t in span.sent if t.i < span.start), *_multiplied(q, span)]):
        return None
    back = sentences_back(span.sent, 2).start_char
    figures = [p for p in reversed(found) if p.kind in CLAIM_KINDS and p.start >= back]
    if q.multiplier:  # "удвоить этот показатель": the level before, not a change told of it
        figures = [p for p in figures if p.kind != "change"]
    near = [p for p in figures if p.start >= before.start_char]
    # "перевезено 14 млн тонн, что на 30 % больше … довести этот показатель до 30 млн тонн":
    # the figure in the same unit, not the change told after it
    same = [p for p in figures if q.unit and p.unit == q.unit]
    return _listed_whole(ctx, same[0], same) if same else near[0] if near else None


# what opens the parts of a figure told before them in its sentence: a colon ("составил 20 млрд
# долларов: экспорт — 12 млрд долларов, импорт — 8 млрд долларов"), "в том числе", "из них",
# "при этом" ("…, при этом экспорт составил 12 млрд долларов, а импорт — 8 млрд долларов")
_PARTS_OPEN = re.compile(rf":|в\s+том\s+числе|при\s+этом|{PART_OF}", re.IGNORECASE)


def _listed_whole(ctx: Context, figure: Quantity, figures: list[Quantity]) -> Quantity:
    """The whole a pointer means where `figure`, the last in its unit, is a part its
    sentence lists after that whole ("Товарооборот составил 20 млрд долларов: экспорт — 12
    млрд долларов, импорт — 8 млрд долларов. Стороны намерены довести этот показатель до 30
    млрд долларов": the trade, not the import); `figure` itself for any other. A part is no
    more than its whole: "Экспорт составил 8 млрд долларов, при этом импорт достиг 12 млрд
    долларов" lists no parts."""
    sent = ctx.sentence_at(figure.start)
    if sent is None:
        return figure
    text = ctx.document.text
    wholes = [
        p
        for p in figures
        if sent.start_char <= p.start < figure.start
        and (opener := _PARTS_OPEN.search(text, p.end, figure.start)) is not None
        and all(f.value <= p.value for f in figures if opener.end() <= f.start <= figure.start)
    ]
    return wholes[0] if wholes else figure


def _multiplied(q: Quantity, span: Span) -> list[Token]:
    """The object of a multiplier verb `q` is ("удвоить эту цифру"): it stands after the
    figure, which is the verb itself, so the words before it never hold the pointer."""
    return [c for c in span.root.children if c.dep_ == "obj"] if q.multiplier else []


def _points_back(words: list[Token]) -> bool:
    """ "этот показатель", "эту цифру", "это число", "их число" among `words`."""
    pointing = _POINTED | SUMS
    return any(t.lemma_ in pointing and any(_pointer(c) for c in t.children) for t in words)


def _pointer(t: Token) -> bool:
    """A word that makes a noun of figures point back: "этот", "такой", or "их" ("их число":
    the number of those the figure before counts)."""
    return t.lemma_ in _POINTERS or (t.lower_ == "их" and t.dep_ in {"det", "nmod"})


def pointed_back_metric(
    ctx: Context,
    reading: tuple[Quantity, str],
    prior: Quantity | None,
    clause: list[Token],
    sent: Span,
) -> tuple[str, str, str] | None:
    """The metric of the figure a clause points back to ("довести этот показатель до 18 млрд
    долларов") in the `reading`'s unit; a bare scaled "их число … довести до 150 тыс."
    counts what it counts, never a share ("составляют 12 % туристов … их число превысит 1,8
    млн" is no 1,8 млн percent)."""
    q, unit = reading
    if prior is None or not _points_back(clause):
        return None
    unit = unit or (prior.unit if scaled(q) and prior.unit not in {"percent", "раз"} else "")
    if prior.unit != unit:
        return None
    return prior_metric(ctx, prior, ctx.sentence_at(prior.start) or sent, unit)


def named_currencies(ctx: Context, found: list[Quantity]) -> list[Quantity]:
    """A bare "6 млрд крон" or "песо" is in the currency of that name the document has
    qualified ("2 млрд норвежских крон"): the nearest one before it, else the first after;
    with none, that of the only state of the currency its sentence names ("Норвегия выделит
    50 млн крон", "Правительство Индонезии выделит 50 трлн рупий"), else that of the only
    such state the document names, else a default (`_BARE_DEFAULTS`: a rupee India's)."""
    out = list(found)
    for i, q in enumerate(found):
        codes = _BARE_CURRENCIES.get(_bare_name(q))
        if codes is None:
            continue
        named = [f for f in found if f.unit in codes and not _bare_name(f)]
        before = [f for f in named if f.start < q.start]
        if named:
            out[i] = replace(q, unit=(before[-1] if before else named[0]).unit)
            continue
        sent = ctx.sentence_at(q.start)
        states = (
            {m.entity for m in ctx.mentions_in(sent.start_char, sent.end_char, "State")}
            if sent is not None
            else set()
        )
        own = {code for code, state in codes.items() if state in states}
        if not own:  # "Пакистан получил транш МВФ. Правительство выделит 200 млрд рупий"
            named_states = {m.entity for m in ctx.mentions if m.type == "State"}
            own = {code for code, state in codes.items() if state in named_states}
        if len(own) == 1:
            out[i] = replace(q, unit=own.pop())
        elif q.unit in _BARE_DEFAULTS:
            out[i] = replace(q, unit=_BARE_DEFAULTS[q.unit])
    return out


def _bare_name(q: Quantity) -> str:
    """The name a sum's currency is told by alone, where several states' currencies share it:
    "крона", "песо" (read as counted nouns), or "фунт", "лира", "динар" that currencies.tsv
    reads as the British, Turkish or Serbian one when no adjective names it ("500 млн
    фунтов"; not "британских фунтов", "фунтов стерлингов", "£5 млн"); "" for any other."""
    if q.unit in _BARE_CURRENCIES and q.unit not in _DEFAULT_NAMES.values():
        return q.unit  # a counted "фунт" is a weight (`number_units.weighed_pound`), no money
    name = _DEFAULT_NAMES.get(q.unit, "")
    if not name or not _BARE_NAME.search(q.text) or _QUALIFIED_NAME.search(q.text):
        return ""
    return name


def rises(clause: list[Token], after: list[Token]) -> bool:
    """Whether the word of change nearest before a change names a rise: "[рост] ВВП
    Вьетнама в 2024 году составит 6 %", "вырос на 5 %, а экспорт [снизился] на 3 %"; with
    none before, the verb right after it ("На 12 % [вырос] экспорт", "вдвое [увеличат]")."""
    for t in [*reversed(clause), *after[:2]]:
        if t.lemma_ in GROWTH:
            return True
        if t.lemma_ in FALLS or t.lemma_ in REDUCTIONS:
            return False
    return False


def _compared(text: str, q: Quantity) -> str:
    """ "что на 12 % больше, чем годом ранее": a difference told by a comparative is a
    change of the clause's metric, "рост" or "снижение"; "" for any other figure."""
    more = _COMPARED.match(text, q.end)
    if more is None or not (q.multiplier or ON.search(text, max(0, q.start - 4), q.start)):
        return ""  # "на 12 % больше", "вдвое больше", "в 3 раза меньше"
    return "рост" if more[1].lower() in RISES else "снижение"


def set_against(ctx: Context, prior: Quantity | None, q: Quantity) -> Quantity | None:
    """The figure of the same unit right before `q` that `q` is set against ("до 15 тысяч
    граждан против 9 тысяч в текущем году", "1 200 грузовиков вместо прежних 400", "7 млрд
    долларов по сравнению с 5 млрд годом ранее"): `q` is the earlier level of its measure;
    None for any other figure ("на 5 % больше, чем годом ранее" is a difference)."""
    if prior is None or prior.unit != q.unit or not q.unit:
        return None
    gap = COMPARED_GAP.fullmatch(ctx.document.text, prior.end, q.start)
    return prior if gap is not None and not _compared(ctx.document.text, q) else None


def _told_of(ctx: Context, prior: Quantity, q: Quantity) -> bool:
    """Whether a difference is told of the figure before it: joined by ", что на", ", это
    на", "(на" (", что вдвое", " — в три раза" for a multiplier) with no other predicate
    between ("4,5 млрд кубометров газа в 2024 году, это
    на 10 % меньше")."""
    text = ctx.document.text
    gap = _GAP_COMPARED.search(text, prior.end, q.start)
    if gap is None or not (gap["on"] or q.multiplier):
        return False
    span = ctx.doc.char_span(prior.end, q.start, alignment_mode="contract")
    return span is not None and not any(t.text in ".;" or finite(t) for t in span)


def contrasted_difference(
    ctx: Context,
    figure: tuple[Quantity, str],
    prior: Quantity | None,
    sent: Span,
    metric: tuple[str, str, str] | None,
) -> tuple[str, str, str] | None:
    """A difference told right after the figure of a contrast's later part ("экспорт вырос до
    1,8 млрд евро, а импорт составил 700 млн евро, что на 6 % меньше"): the parser hangs
    "меньше" on the first part's verb, whose measure the difference took (снижение
    экспорта); it is of the figure it follows, the import's. `metric` as it was otherwise."""
    q, unit = figure
    text = ctx.document.text
    if metric is None or prior is None or prior.start < sent.start_char or not _compared(text, q):
        return metric
    if not _told_of(ctx, prior, q) or CONTRAST.search(text, sent.start_char, prior.start) is None:
        return metric
    return prior_metric(ctx, prior, sent, unit) or metric


def pointed(
    ctx: Context, metric: tuple[str, str, str] | None, prior: Quantity | None, sent: Span
) -> tuple[str, str, str] | None:
    """ "учатся 1500 индийских студентов, и мы хотели бы увеличить это число вдвое": a noun
    that points back ("это число", "этот показатель", "эта цифра") measures what the figure
    before it in its sentence does; with none, nothing is named. A sum ("эту сумму", "этот
    объём", `SUMS`) points back only with its pointer ("сумма сделки" does not), and with no
    figure before stays what it says."""
    words = set(metric[1].split()) if metric is not None else set()
    if metric is None:
        return None
    if words <= SUMS and _points_back([t for t in sent if t.lemma_ in words]):
        return (prior and _pointed_metric(ctx, metric, prior, sent)) or metric
    if not (words & _POINTED and words <= _POINTED | _POINTERS):
        return metric
    return None if prior is None else _pointed_metric(ctx, metric, prior, sent)


def _pointed_metric(
    ctx: Context, metric: tuple[str, str, str], prior: Quantity, sent: Span
) -> tuple[str, str, str] | None:
    """The metric of `prior` a noun that points back to it (`pointed`) takes, in the unit
    `metric` has (a multiplier's "раз"), or prior's own; a count's as its number."""
    own = ctx.sentence_at(prior.start) or sent
    again = prior_metric(ctx, prior, own, metric[2] or prior.unit)
    if again is None or not prior.unit or prior.unit in lexicons()["measure"]:
        return again
    if prior.unit == "percent" or is_currency(prior.unit):
        return again
    return f"число {genitive_name(again[0])}", f"число {again[1]}", again[2]  # a count's number


# whose a measure is, by the owner's gender and number ("его стоимость": a pipeline's)
_OWNERS = {"его": ("Sing", ("Masc", "Neut")), "её": ("Sing", ("Fem",)), "ее": ("Sing", ("Fem",))}
_OWNERS["их"] = ("Plur", ())
_ESTIMATES = {"оцениваться", "оценивать"}  # "его стоимость оценивается в 2 млрд евро"


def owned_thing(
    ctx: Context, q: Quantity, metric: tuple[str, str, str] | None
) -> tuple[str, str, str] | None:
    """A bare measure a possessive pronoun owns ("Протяжённость газопровода составит 400 км, а
    его стоимость оценивается в 2 млрд евро") measures the thing the pronoun stands for
    (`_owner`): стоимость газопровода, "их стоимость" after "мосты" стоимость мостов, "его
    пропускная способность" пропускная способность газопровода. As it was where no such
    thing is, or the measure names a thing of its own."""
    thing = None if metric is None else _owner(ctx, q, metric[1])
    if metric is None or thing is None:
        return metric
    plural = _number(thing) == "Plur"
    counted = _counted(thing)  # "три моста": "мостов", not the paucal "моста"
    name = thing.lower_ if "Gen" in thing.morph.get("Case") and not counted else ""
    name = name or morph().inflect(thing.lemma_, {"gent", "plur" if plural else "sing"})
    return f"{metric[0]} {name}", f"{metric[1]} {thing.lemma_}", metric[2]


def estimated_ahead(ctx: Context, q: Quantity, key: str, status: str) -> str:
    """A present estimate of the measure of a thing told in the future ("Газопровод
    построят …, а его стоимость оценивается в 2 млрд евро"): what a thing still to come will
    cost is a forecast, however "оценивается" is told now; a thing built ("построили")
    keeps the estimate actual, and so does a measure with no owning pronoun."""
    number = root(ctx, q.start, q.end)
    verb = None if number is None else anchor_predicate(number)
    if status != "actual" or verb is None or verb.lemma_ not in _ESTIMATES:
        return status
    if "Pres" not in verb.morph.get("Tense"):
        return status
    words = key.split()  # the measure's words before the thing owned_thing named
    thing = next(
        (t for k in range(len(words), 0, -1) if (t := _owner(ctx, q, " ".join(words[:k])))),
        None,
    )
    told = None if thing is None else anchor_predicate(thing)
    future = told is not None and told != verb and is_future(told)
    return "forecast" if future else status


def _owner(ctx: Context, q: Quantity, measure: str) -> Token | None:
    """The thing whose `measure` (a lemma key: the noun's, after those of adjectives it
    keeps) the figure is, where a possessive pronoun owns the subject measure noun of the
    figure's verb: the nearest thing of the pronoun's gender and number before it in its
    sentence (`_thing_held`), else, where the pronoun opens its sentence, the last in the
    sentence before in its paragraph ("Стороны построят газопровод. Его протяжённость
    составит 40 км"), unless a person of that gender and number is a subject there
    ("Министр представил доклад. Его состояние …" may be his). A count ("их число") counts
    whom the pronoun stands for, often a people: none."""
    number = root(ctx, q.start, q.end)
    *adjectives, lemma = measure.split() or [""]
    if number is None or lemma in COUNTERS:
        return None
    verb = anchor_predicate(number)
    noun = next(
        (c for c in verb.children
         if c.dep_ in SUBJECTS and c.lemma_ == lemma
         and set(adjectives) <= {a.lemma_ for a in c.lefts if a.dep_ == "amod"}),
        None,
    )  # fmt: skip
    owner = None if noun is None else next((c for c in noun.children if c.lower_ in _OWNERS), None)
    if noun is None or owner is None or owner.i > noun.i:
        return None
    own = owner.doc[owner.sent.start : owner.i]
    held = _thing_held(own, owner.lower_)
    before = None if new_paragraph(owner.sent) else sentence_before(owner.sent)
    if held is not None or before is None or any(t.pos_ in ("NOUN", "PROPN") for t in own):
        return held
    if any(t.dep_ in SUBJECTS and _agrees(t, owner.lower_, "Anim") for t in before):
        return None
    return _thing_held(before, owner.lower_, before.root)


def _thing_held(words: Span, pronoun: str, main: Token | None = None) -> Token | None:
    """The last lifeless noun of `words` of the gender and number a possessive `pronoun`
    says that is a subject or object there, or the genitive of one ("Протяжённость
    газопровода"); with a `main` verb given (the sentence before's), of that verb or a
    conjunct of it, not of a clause inside ("создали фонд для проектов, позволяющих
    сократить импорт газа": the fund). A thing a number counts ("три моста") is plural. A
    unit a number counts or a scale ("километров", "млрд", "долларов") is none, nor a name,
    nor a noun in a prepositional phrase ("на рынке"), nor a person ("Министр … Его
    доклад")."""
    for t in reversed(words):
        if t.pos_ != "NOUN" or not _agrees(t, pronoun, "Inan"):
            continue
        if t.dep_.startswith("nummod") or _counted(t) and _unit(t):
            continue  # "400 километров", "2 млрд": counted or a scale, no thing
        held = t if t.dep_ != "nmod" else t.head  # "Протяжённость газопровода": its genitive
        verb = held.head.head if held.head.dep_ == "conj" else held.head
        if held.dep_ in (*SUBJECTS, "obj") and (main is None or main in (verb, held.head)):
            return t
    return None


def _agrees(t: Token, pronoun: str, animacy: str) -> bool:
    """A noun or name of the animacy given and of the gender and number a possessive
    `pronoun` says."""
    want, genders = _OWNERS[pronoun]
    return (
        t.pos_ in ("NOUN", "PROPN") and animacy in t.morph.get("Animacy")
        and _number(t) == want and (not genders or _gender(t) in genders)
    )  # fmt: skip


def _counted(t: Token) -> bool:
    """A noun a number counts ("три моста", "40 км")."""
    return any(c.dep_.startswith("nummod") for c in t.children)


def _unit(t: Token) -> bool:
    """A noun that is a unit a number counts in, no thing: a measure ("километр"), a word
    of no metric ("год", "страна") or a currency ("долларов")."""
    lex = lexicons()
    return t.lemma_ in lex["measure"] or t.lemma_ in lex["non_metric"] or names_currency(t.lower_)


def _number(t: Token) -> str:
    """The tagger's number of a noun, where one a number above one counts ("три моста",
    whose paucal genitive the tagger reads singular) is plural."""
    counts = [c for c in t.children if c.dep_.startswith("nummod")]
    if counts and not any(c.lemma_ in ("один", "1") for c in counts):
        return "Plur"
    return next(iter(t.morph.get("Number")), "")


def _gender(t: Token) -> str:
    """The tagger's gender of a noun, "" for none."""
    return next(iter(t.morph.get("Gender")), "")


def with_upper(text: str, q: Quantity, upper: Quantity | None) -> Quantity:
    """The low end of a range a dash joins ("оценили в 200-300 тысяч долларов") read over
    the whole range, whose words after the high end and parse ("долларов" on the verb) are
    both ends'; its value and bound stay its own."""
    if (
        upper is None or q.comparator != "ge" or upper.comparator != "le"
        or not DASH_ONLY.fullmatch(text, q.end, upper.start)
    ):  # fmt: skip
        return q
    return replace(q, end=upper.end)


def converted(text: str, before: Quantity, q: Quantity) -> bool:
    """`q` tells the sum `before` again in another currency: "1,5 млрд долларов (около 7,5
    млрд реалов)", also a bare one whose currency is told before ("— 316 млн (около 5 млн
    долларов)")."""
    other = is_currency(before.unit) or not before.unit and BARE_SCALE.search(before.text)
    return bool(
        other and is_currency(q.unit) and before.unit != q.unit
        and _CONVERTED.fullmatch(text, before.end, q.start)
    )  # fmt: skip


_RANGE_END = re.compile(
    r"[ \u00a0]*[\u2013\u2014-][ \u00a0]*\d[\d \u00a0]*(?:[,.]\d+)?[ \u00a0]*\S*"
)


def _range_end(text: str, q: Quantity) -> str:
    """The words of the end of a range `q` starts ("40[–60 млн]"), "" if none."""
    if q.comparator != "ge":
        return ""
    m = _RANGE_END.match(text, q.end)
    return m[0] if m else ""


def sum_before(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> Quantity | None:
    """The sum of money whose currency a bare scaled figure leaves out: "товарооборот
    составил 11,3 млрд долларов. Поставили задачу выйти на 20 миллиардов", "180 млн
    долларов, из которых на экспорт пришлось 110 млн"; the nearest one before it in its
    sentence or the two before (a speaker's turn says the currency once), never a sum told
    again in another currency ("получит 368 млн рублей (около 5,8 млн долларов), второе
    место — 316 млн" is in roubles)."""
    text = ctx.document.text
    scale = q.text + _range_end(text, q)  # "40–[60 млн]": a range's start has its end's scale
    if q.unit or q.multiplier or not _SUM_SCALE.search(scale):
        return None
    lo = sentences_back(sent, 2).start_char
    donor = next(
        (f for j, f in reversed(list(enumerate(found))) if f.start >= lo
         and f.kind in CLAIM_KINDS and is_currency(f.unit)
         and not (j and converted(text, found[j - 1], f))),
        None,
    )  # fmt: skip
    if donor is None or BARE_SCALE.search(scale):
        return donor
    # thousands count people as often as money: only where a dash elides the sum's verb
    # ("чип стоит 100 рублей, а смартфон — 20 тысяч")
    return donor if donor.start >= sent.start_char and _gapped(ctx, donor, q) else None
