"""Bodies the text says were founded, by their capitalised names ("Стороны учредили Совет по
торговле и инвестициям обеих стран", "создали Межправительственную комиссию по
сотрудничеству", "был создан Комитет по энергетике"), which the tagger often leaves: the
name a founding verb governs is an organization's. Fifty-seventh pass, h-orgs69. So is a
body a sitting's noun names ("Заседание Совета по торговле Боливии и Парагвая"; fifty-ninth
pass, h-names125), and a council, commission or committee the states it is of name right
after it, wherever it stands ("Межправительственная комиссия Египта и Судана соберётся …";
sixtieth pass, h-orgs73), and a joint body named by its clipped compound alone
("межправкомиссия"; seventy-second pass, h-orgs86)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer, normalize
from kg.nlp.morph import upper_first
from kg.resolve.body_states import genitive_name, org_names
from kg.resolve.each_state_bodies import joined_states
from kg.resolve.name_lexicons import genitive
from kg.resolve.org_forms import clips_a_name
from kg.resolve.org_modifiers import adjectives_start, field_end, genitive_tail, lemmas_of
from kg.resolve.org_naming import CLIPPED_BODIES, LOCAL_BODY, NOT_NAMES, QUOTES_OPEN, WORDS

# How a founded body hangs on the founding verb: its object, or a passive's subject
_FOUNDED = frozenset(["obj", "nsubj:pass"])


def founded_bodies(doc: Doc) -> list[Span]:
    """The name of each body of group `founded` a verb of group `founding` governs (object,
    passive subject), or a sitting's noun right before it (`_founded`), capitalised inside
    its sentence, with its adjectives, its field's "по" phrase (`field_end`, before the
    text's pair: "Совет по торговле [обеих стран]") and the lower-case genitive words on it
    (`genitive_tail`). Not a lower-case noun ("создали совет по делам молодёжи": any
    council) but a joint one of a pair (`_joint_pair`), nor one opening its sentence (the
    capital says nothing), nor the noun alone ("учредили Фонд"), nor a name in quotes, the
    quotes' to give."""
    out = []
    for noun in lemmas_of(doc, WORDS["founded"]):
        start = adjectives_start(noun)
        first = doc[start]
        if _quoted(doc, noun.i + 1):
            continue
        span = doc[start : field_end(doc[start : noun.i + 1])]
        span = genitive_tail(span, set()) if len(span) > 1 else span
        if not first.text[:1].isupper():
            if _joint_pair(span, noun):  # "межправительственная комиссия Ганы и Того"
                out.append(doc[start : _states_end(span, noun)])
            elif _pair_in_field(span, noun):  # "комиссии по … сотрудничеству Египта и Туниса"
                out.append(span)
        elif _founded(noun) and not first.is_sent_start and len(span) > 1:
            out.append(span)
        elif (end := _states_end(span, noun)) > span.end:
            out.append(doc[start:end])
    return out


def _states_end(span: Span, noun: Token) -> int:
    """The end of the states by name in the genitive, one or a list, right after a body of
    group `of_states` ("Межправительственная комиссия [Египта и Судана]", "Совет [Перу]"),
    capitalised, at its sentence's start too: the states it is of, words of its name, as
    the tagger gives it mid-sentence (sixtieth pass, h-orgs73). The span's end where no
    state follows ("Совет Федерации", "Комиссия по торговле заседала"), where a joint body
    names one of its states ("Смешанная комиссия Кении", h-orgs63), or the noun is another
    ("Центр Египта": a place)."""
    listed = _listed_states(span, noun)
    joint = _joint(span, noun)
    return span.end if not listed or joint and len(listed) == 1 else listed[-1].end


def _listed_states(span: Span, noun: Token) -> list[Span]:
    """The states by name in the genitive, one or a list, right after a body of group
    `of_states` (`_states_end`); none after another noun or where no state follows."""
    if _body_lemma(noun) not in WORDS["of_states"]:
        return []
    doc = span.doc
    first = next(
        (
            s
            for s in doc.spans.get("states", [])
            if s.start == span.end and s.id_ not in NOT_NAMES and s.root.head.i >= noun.i
        ),
        None,
    )
    if first is None or not genitive_name(first):
        return []
    return [first, *joined_states(first, doc.spans.get("states", []))]


def _joint(span: Span, noun: Token) -> bool:
    """An adjective of group `joint` before the noun ("межправительственная комиссия"), or a
    joint body's clipped compound ("межправкомиссия")."""
    return noun.lemma_.lower() in CLIPPED_BODIES or any(
        t.lemma_.lower() in WORDS["joint"] for t in span.doc[span.start : noun.i]
    )


def _body_lemma(noun: Token) -> str:
    """The lemma of the body's noun: a clipped compound's last word written out
    ("межправкомиссия": "комиссия")."""
    lemma = noun.lemma_.lower()
    return CLIPPED_BODIES[lemma].split()[-1] if lemma in CLIPPED_BODIES else lemma


def _joint_pair(span: Span, noun: Token) -> bool:
    """A lower-case joint body, singular, of two or more states named after it
    ("межправительственная комиссия Ганы и Того провела заседание"): that pair's one body,
    however written, as news writes it mid-sentence; not the noun alone ("комиссия Ганы и
    Того": any commission of theirs), a joint body of one state ("смешанная комиссия
    Кении"), nor a plural ("межправительственные комиссии Ганы и Того"). Sixty-first pass,
    h-orgs74."""
    singular = "Plur" not in noun.morph.get("Number")
    return singular and _joint(span, noun) and len(_listed_states(span, noun)) > 1


def _pair_in_field(span: Span, noun: Token) -> bool:
    """A lower-case body, singular, joint or whose sitting the noun before it names
    (`_founded`), whose field's "по" phrase closes with two or more states by name in the
    genitive ("[Заседание] межправительственной комиссии по торгово-экономическому
    сотрудничеству Египта и Туниса", "заседания комиссии по рыболовству Норвегии и
    Исландии"): the pair's one body, its states words of its name, as `_joint_pair` reads
    them after a body with no field. Not one state ("комиссии по торговле Египта": the
    state's body's part, `named_by_field`), a plural, nor a body neither joint nor sitting
    ("работу комиссии по торговле Перу и Чили одобрили": any). Seventy-first pass,
    h-orgs85."""
    if "Plur" in noun.morph.get("Number") or not (_joint(span, noun) or _founded(noun)):
        return False
    if not any(t.lower_ == "по" for t in span.doc[noun.i + 1 : span.end]):
        return False
    return len(_closing_states(span, noun)) > 1


def _closing_states(span: Span, noun: Token) -> list[Span]:
    """The states by name in the genitive, one or a list, that close the field of a body of
    group `of_states` inside `span` ("… сотрудничеству [Египта и Туниса]"); none where the
    span ends otherwise."""
    if _body_lemma(noun) not in WORDS["of_states"]:
        return []
    states = span.doc.spans.get("states", [])
    for first in (s for s in states if noun.i < s.start < span.end and s.id_ not in NOT_NAMES):
        listed = [first, *joined_states(first, states)]
        if listed[-1].end == span.end and genitive_name(first):
            return listed
    return []


def clipped_bodies(
    doc: Doc, entries: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """The organizations `entries` with a joint body the text names by its clipped compound
    (group `clipped`: "межправкомиссия") and by no full name before it (`clipped_mentions`
    gives it the one it clips, none where it clips two: `clips_a_name`) added, named as its
    full form is read: written out, with its field and the states after it ("заседание
    межправкомиссии по торговле Египта и Иордании" is "Межправительственная комиссия по
    торговле Египта и Иордании", which the tagger leaves); bare, the commission of the
    text's two states ("Стороны договорились, что межправкомиссия соберётся" in a text of
    Egypt and Jordan: "Межправительственная комиссия Египта и Иордании"), of the clip named
    before if any, else of this text alone (LOCAL_BODY). A name the tagger gave opening with
    a clip is written out too, and one of the clip alone read as here. Not a plural, nor a
    word inside another name. Seventy-second pass, h-orgs86."""
    entries = [e for e in entries if e[1] or e[2].lower() not in CLIPPED_BODIES]
    out = [(span, key, name if key else _written_out(name)) for span, key, name in entries]
    taken = {i for span, _, _ in entries for i in range(span.start, span.end)}
    before = ""
    for noun in lemmas_of(doc, CLIPPED_BODIES):
        span = doc[noun.i : field_end(doc[noun.i : noun.i + 1])]
        span = doc[noun.i : _states_end(span, noun)]
        if any(i in taken for i in range(span.start, span.end)) or any(
            s.start < noun.i and clips_a_name(noun.lemma_.lower(), name) for s, _, name in entries
        ):
            continue
        full = upper_first(CLIPPED_BODIES[noun.lemma_.lower()])
        rest = doc[noun.i + 1 : span.end].text
        pair = "" if rest or before else _text_pair(doc, gazetteer)
        name = f"{full} {rest}" if rest else before or (f"{full} {pair}" if pair else full)
        if name == full:
            span = Span(doc, span.start, span.end, label=LOCAL_BODY)
        before = before or name
        out.append((span, org_names(gazetteer).get(normalize(name), ""), name))
        taken.update(range(span.start, span.end))
    return out


def _written_out(name: str) -> str:
    """A name opening with a clipped compound in the nominative with its words written out
    ("Межправкомиссия по торговле" → "Межправительственная комиссия по торговле")."""
    first, _, rest = name.partition(" ")
    full = CLIPPED_BODIES.get(first.lower())
    return name if full is None else " ".join(w for w in (upper_first(full), rest) if w)


def _text_pair(doc: Doc, gazetteer: Gazetteer) -> str:
    """The text's two states in the genitive, in the order it first names them ("Египта и
    Иордании"), by name or adjective: the two it names, or the two it names more often than
    any other (a third state in passing: "… Решение Центрального банка России …"); "" where
    no two stand out so."""
    named = [(s.start_char, s.kb_id_) for s in doc.spans.get("states", []) if s.id_ != "capital"]
    parts = [(start, key) for start, _, key in doc._.state_parts]
    order = [key for _, key in sorted([*named, *parts])]
    counts = Counter(order).most_common()
    if len(counts) < 2 or len(counts) > 2 and counts[1][1] == counts[2][1]:
        return ""
    two = {key for key, _ in counts[:2]}
    entries = [gazetteer.state(k) for k in dict.fromkeys(k for k in order if k in two)]
    if None in entries:
        return ""
    return " и ".join(genitive(e.name) for e in entries if e is not None)


def _founded(noun: Token) -> bool:
    """The noun is what a founding verb founds (its object, or its passive's subject), or
    the body whose sitting the noun before it names, in the genitive ("Заседание Совета по
    торговле …": group `sitting`; fifty-ninth pass, h-names125), or the subject of a verb
    of its sitting ("заседала комиссия по торговле …", "… провела заседание": `_sits`;
    seventy-second pass, h-orgs86)."""
    head = noun.head.lemma_.lower()
    if noun.dep_ == "nmod" and noun.head.i == noun.i - 1 and "Gen" in noun.morph.get("Case"):
        return head in WORDS["sitting"]
    if noun.dep_ == "nsubj":
        return _sits(noun.head)
    return noun.dep_ in _FOUNDED and head in WORDS["founding"]


def _sits(verb: Token) -> bool:
    """A verb of a body's sitting (group `sits`: "заседала", "соберётся"), or one whose
    object is a sitting's noun (group `sitting`: "провела заседание")."""
    return verb.lemma_.lower() in WORDS["sits"] or any(
        c.dep_ == "obj" and c.lemma_.lower() in WORDS["sitting"] for c in verb.children
    )


def _quoted(doc: Doc, i: int) -> bool:
    """Quotes open at doc[i]: the body's name is theirs."""
    return i < len(doc) and doc[i].text in QUOTES_OPEN
