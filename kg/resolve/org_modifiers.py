"""Reading the words around an organization's noun: its field ("по делам молодёжи"), its region,
the genitives and adjectives that belong to its name. Split out of kg/resolve/organizations.py:
the span finders, the state readers and the non-organization checks all ask these."""

from __future__ import annotations

from collections.abc import Container

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from kg.doc_text import lowered_strings
from kg.nlp.deps import circumstance_noun
from kg.nlp.morph import (
    case_of,
    caseless,
    features,
    is_animate,
    is_plural,
    morph,
    upper_first,
)
from kg.resolve.org_initials import abbreviation_like
from kg.resolve.org_naming import (
    BODY_NOUNS,
    CONTRACTED_BODIES,
    LIST_JOINERS,
    MANY_PER_STATE,
    NOT_NAMES,
    PART_BODIES,
    PLURAL_BODIES,
    QUOTES_OPEN,
    STATE_BODIES,
    WORDS,
    organization_name,
)
from kg.resolve.pair_words import BOTH, PAIR_WORDS
from kg.resolve.place_kinds import PLACE_KINDS


def adjective_word(word: str) -> bool:
    """A word the dictionary reads as an adjective ("Высший", "Национальная")."""
    return any(p.tag.POS in ("ADJF", "PRTF") for p in morph().parse(word) if p.is_known)


_FIELD_WORDS = 16  # "по контролю за оборотом алкогольных напитков, табачных изделий, …"
_FIELD_POS = frozenset(["NOUN", "PROPN", "ADJ", "ADP", "CCONJ", "NUM"])


def field_end(span: Span) -> int:
    """The end of the "по" phrase that names a body's field, hanging on the span's last
    noun of a body that names one so (org_words.txt group `field`: "комитет [по обороне]",
    "трибунал ООН [по бывшей Югославии]", "Управления [по контролю за оборотом …]", where
    the tagger cut it), with the nouns listed after it in its case: words of the name.
    So is a "для" phrase of a field's noun or a lender's (`purpose_end`).
    The span's end where there is none, where the phrase says how or why (group
    `circumstance_noun`: "по итогам заседания"), or where it holds more than nouns, adjectives and
    their lists ("по вопросам, которые …")."""
    doc, root = span.doc, _head_noun(span)
    if _region_after(span):
        return _region_end(span)
    if (end := _action_object_end(span)) > span.end:
        return end  # "Национальные силы реагирования [на стихийные бедствия]"
    purposed = root.lemma_.lower() in WORDS["field"] | WORDS["lender"]
    if purposed and root.i == span.end - 1 and (end := purpose_end(root)) > span.end:
        return end  # "Японский банк [для международного сотрудничества]"
    fielded = root.lemma_.lower() in WORDS["field"] or council(span) or state_after_noun(span)
    if root.pos_ not in ("NOUN", "PROPN") or not fielded:
        return span.end
    for phrase in [*root.rights, *_sitting_phrases(span, root)]:
        first, last = _phrase_start(phrase, root), _before_brackets(phrase)
        if phrase.dep_ != "nmod" or first.lower_ != "по" or not root.i < first.i <= span.end:
            continue
        if circumstance_noun(phrase.lemma_, account=True):
            continue  # "комитет по итогам заседания осудил": how it acted
        if root.lemma_.lower() in WORDS["team"] and not _sport_phrase(phrase):
            continue  # "рекорд за сборную по проведённым матчам": by what it is counted
        pair = _states_pair(doc, first.i + 2, last.i + 1)
        if pair is not None:  # "по сотрудничеству [Ганы и Того] в Аккре": the states end it
            last = doc[pair[0] - 1]
        words = doc[first.i : last.i + 1]
        inside = [t for t in phrase.subtree if first.i <= t.i <= last.i]
        if len(words) > _FIELD_WORDS or len(inside) != len(words):
            continue
        end = pair[1] if pair is not None else _listed_after(phrase, last.i + 1)
        if all(t.pos_ in _FIELD_POS or t.text == "," for t in words) and end > span.end:
            return _before_pair(doc, first.i, end)
    return span.end


# The prepositions a verbal noun governs its object by, with the object's case ("реагирования
# на бедствия", "сотрудничества с соседями"; sixty-ninth pass, h-orgs83).
_OBJECT_CASES = {"на": "Acc", "с": "Ins", "за": "Ins", "против": "Gen"}


def _sitting_phrases(span: Span, root: Token) -> list[Token]:
    """The phrases after the span that the parse hung on a noun of a sitting right before
    it (group `sitting`), whose genitive the body is ("Заседание [комиссии Армении и
    Азербайджана] по делимитации границы": "по делимитации" on "Заседание"): a sitting is
    of its body, the field the body's (sixty-ninth pass, h-orgs83). None elsewhere."""
    if span.start == 0 or root.head.i != span.start - 1:
        return []
    sitting = span.doc[span.start - 1]
    if sitting.lemma_.lower() not in WORDS["sitting"]:
        return []
    return [t for t in sitting.rights if t.i >= span.end]


def _action_object_end(span: Span) -> int:
    """The end of the object a verbal noun closing the span governs right after it, which the
    tagger cut off the name ("Национальные силы реагирования [на стихийные бедствия]"): words
    of the name, as a field's "по" phrase is. The noun is a lower-case genitive ending in
    "-ние" hung inside the span, the object's preposition opens it in the case it governs
    (`_OBJECT_CASES`), and the object runs up to a word of another kind ("… бедствия [—] 80
    спасателей"). The span's end where there is none: a place ("Служба спасения [на воде]",
    the prepositional), a time ("… с 2020 года", the genitive)."""
    doc, last = span.doc, span[-1]
    if span.end >= len(doc) or len(span) < 2 or last.pos_ != "NOUN" or not last.text.islower():
        return span.end
    if not last.lemma_.endswith("ние") or case_of(last) != "Gen":
        return span.end
    if not span.start <= last.head.i < span.end or last.head.i == last.i:
        return span.end
    case = _OBJECT_CASES.get(doc[span.end].lower_)
    for phrase in last.rights:
        if doc[span.end].head.i != phrase.i or case is None or case_of(phrase) != case:
            continue
        end = span.end  # the phrase's words up to one of another kind ("… бедствия [— 80]")
        while end < len(doc) and doc[end].pos_ in _FIELD_POS and _within(phrase, doc[end]):
            end += 1
        if phrase.i < end <= span.end + _FIELD_WORDS:
            return _listed_after(phrase, end)
    return span.end


def _within(phrase: Token, t: Token) -> bool:
    """The word is the phrase's noun or hangs on it."""
    return t.i == phrase.i or phrase.is_ancestor(t)


def _states_pair(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of two or more states by name "и" or a comma list, the first of them
    in the genitive at or after `start` and no later than right after a field's phrase
    ending at `end` ("по сотрудничеству [Ганы и Того]", also where the parse hangs a state
    outside the phrase or takes a place after them into it: "… Ганы и Того [в Аккре]"):
    the states the body is of, its name's last words (fifty-ninth pass, h-orgs72); None
    where no such list is there."""
    from kg.resolve.body_states import genitive_name  # they import this module
    from kg.resolve.each_state_bodies import joined_states

    states = [s for s in doc.spans.get("states", []) if s.id_ not in NOT_NAMES]
    first = next((s for s in states if start <= s.start <= end), None)
    if first is None or not (genitive_name(first) or caseless(first.root.text)):
        return None
    joined = joined_states(first, states)
    return (first.start, joined[-1].end) if joined else None


# "по сотрудничеству [двух стран]", "[наших государств]": the text's pair (`BOTH`,
# `PAIR_WORDS`), none of a name
# "по делам [двух стран]": a field's noun that needs whose it is, the pair then its words
_WHOSE_FIELDS = frozenset({"дело", "вопрос", "проблема", "интерес"})


def _before_pair(doc: Doc, start: int, end: int) -> int:
    """The end of a field's "по" phrase [start, end) before the words that name the text's
    pair of states at its end ("Стратегического совета по сотрудничеству [двух стран]",
    "[между нашими странами]"), or before them and the states' names they stand beside
    ("Совета по торговле [двух стран Перу и Чили]"; fifty-sixth pass, h-orgs67): the
    states the body joins, not words of its name (fifty-fifth pass, h-orgs66); `end` where
    none do, or where the field's noun needs them ("Комитет по делам двух стран")."""
    for cut in range(start + 2, end - 1):
        after = pair_at(doc, cut)
        if after > cut and _states_only(doc, after, end):
            return end if doc[cut - 1].lemma_ in _WHOSE_FIELDS else cut
    return end


def pair_at(doc: Doc, i: int) -> int:
    """The end of the words from `i` that name the text's pair of states ("обеих стран",
    "двух государств", "между нашими странами"); `i` where none start there."""
    j = i + (i < len(doc) and doc[i].lower_ == "между")
    if j + 1 < len(doc) and doc[j].lemma_ in BOTH and doc[j + 1].lemma_ in PAIR_WORDS:
        return j + 2
    return i


def _states_only(doc: Doc, start: int, end: int) -> bool:
    """Every word in [start, end) is a state's name or a mark or word that lists them ("Перу
    и Чили"): the pair's states named, no field's words; true of no words at all."""
    if start == end:
        return True
    states = {i for s in doc.spans.get("states", []) for i in range(s.start, s.end)}
    return all(i in states or doc[i].text in LIST_JOINERS for i in range(start, end))


def before_pair(span: Span) -> Span:
    """The tagger's name cut before the text's pair of states ending its field's "по"
    phrase ("[Совет по торговле] обеих стран"), as `field_end` cuts the phrase it adds."""
    by = next((t.i for t in span if t.lower_ == "по"), None)
    if by is None or by == span.start:
        return span
    return span.doc[span.start : _before_pair(span.doc, by, span.end)]


def state_after_noun(span: Span) -> bool:
    """A state's body whose noun (group `fielded`: служба, комитет) has the state's name
    right after it and its field's "по" phrase after the state ("Государственная служба
    Украины [по чрезвычайным ситуациям]", "Национальное агентство Польши [по делам …]"):
    the phrase is the name's, and the name cut at the state names no body."""
    root = _head_noun(span)
    lemma = root.lemma_.lower()
    if lemma in WORDS["team"] or lemma not in WORDS["fielded"] | WORDS["field"]:
        return False  # "Сборная Ганы" names a team without its sport
    state = next((s for s in span.doc.spans.get("states", []) if s.start == root.i + 1), None)
    doc = span.doc
    return state is not None and state.end < len(doc) and doc[state.end].lower_ == "по"


def _phrase_start(phrase: Token, root: Token) -> Token:
    """The first word of a phrase on a body's noun after that noun: the parse hangs an
    adjective of the body's own before it on the phrase's noun at times ("[Индийско-японской]
    межправительственной комиссии по … сотрудничеству"), which opens no phrase of a field."""
    return next(t for t in phrase.subtree if t.i > root.i)


def _before_brackets(phrase: Token) -> Token:
    """The last word of a "по" phrase before the brackets the parse hangs on it ("по
    чрезвычайным ситуациям [(далее — ГСЧС)]"): a short name after it is none of the field."""
    doc, last = phrase.doc, phrase.right_edge
    opening = next((t.i for t in doc[phrase.i : last.i + 1] if t.text == "("), None)
    return doc[opening - 1] if opening is not None and opening > phrase.i else last


def _sport_phrase(noun: Token) -> bool:
    """The "по" phrase's noun after a national team's one names its sport: a sport of
    sports.txt ("по хоккею"), or a singular noun with no participle on it ("по плаванию",
    "по лёгкой атлетике"); not a plural or what was done ("за сборную [по проведённым
    матчам]": the record's measure, no team's name; forty-sixth pass, h-orgs50)."""
    from kg.resolve.body_states import sports  # it imports this module

    if any(noun.lower_.startswith(stem) for stem in sports()):
        return True
    participle = any("Part" in t.morph.get("VerbForm") for t in noun.children)
    return not participle and not is_plural(noun)


def _head_noun(span: Span) -> Token:
    """The span's root, or where the parse hangs a first adjective outside the name too and
    the root is that adjective ("[Гаагский] Международный трибунал" as the verb's subject),
    the last noun hanging outside the span: the name's head."""
    root = span.root
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    heads = (t for t in reversed(span) if t.pos_ in ("NOUN", "PROPN"))
    return next((t for t in heads if not span.start <= t.head.i < span.end), root)


def council(span: Span) -> bool:
    """A name the tagger gave headed by a council's noun, capitalised ("Высший совет [по делам
    образования Кувейта]", group `council`): its field's "по" phrase is its name's, where a
    lower-case noun may be advice ("дал совет по выбору")."""
    return span.root.lemma_.lower() in WORDS["council"] and span[0].text[:1].isupper()


def _listed_after(noun: Token, end: int) -> int:
    """Past the nouns listed after `end` in the case of `noun`, each with its adjectives
    ("по природным ресурсам[, собственности и земельным отношениям]"), which the parse may
    hang elsewhere; `end` where none is."""
    doc, case = noun.doc, case_of(noun)
    while end + 1 < len(doc) and doc[end].text in LIST_JOINERS:
        i = end + 1
        while i < len(doc) and doc[i].pos_ == "ADJ" and case_of(doc[i]) == case:
            i += 1
        if i >= len(doc) or doc[i].pos_ != "NOUN" or case_of(doc[i]) != case:
            break
        end = i + 1
    return end


def _region_after(span: Span) -> bool:
    """A body's name with the "по" phrase of a place below a state right after it ("МВД [по
    Башкирии]", "Управление полиции [по региону Сантьяго]"): a regional body, the phrase a
    word of its name whatever its noun (`region_phrase`)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "по":
        return False
    owner = doc[span.start - 1] if span.start else None
    if owner is not None and span.root.head == owner and _body_of_part(owner):
        return False  # "Управления [МВД Перу] по Лиме": the phrase is the part's
    return region_phrase(doc[span.end : span.end + 2])


def _body_of_part(noun: Token) -> bool:
    """A noun of a body's part or of a body that names its field ("Управления", "отдела")."""
    return part_noun(noun) or noun.lemma_.lower() in WORDS["field"]


def _region_end(span: Span) -> int:
    """The end of the place's "по" phrase right after a regional body's name: its noun, the
    name after a kind of place ("по региону [Сантьяго]"), the places listed after it in its
    case ("по Санкт-Петербургу [и Ленинградской области]")."""
    doc = span.doc
    noun, end = doc[span.end + 1], span.end + 2
    if noun.lemma_.lower() in PLACE_KINDS:
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    return _listed_after(noun, end)


def region_phrase(words: Span) -> bool:
    """A "по" phrase naming a place below a state, a regional body's territory ("по региону
    Сантьяго", "по Санкт-Петербургу и Ленинградской области", "по Башкирии"): the body of
    that place, which the words before it name only cut ("Главное управление полиции Чили"
    of "… по региону Сантьяго" is no body of its own), not a field ("по футболу"), nor a
    lower-case noun the tagger's place before it ran over ("Японии [по делам] беженцев" as one
    place: the field of "Государственную службу Японии", fiftieth pass)."""
    nouns = [t for t in words[1:] if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return False
    noun = nouns[0]
    return noun.lemma_.lower() in PLACE_KINDS or (
        noun.ent_type_ == "LOC" and noun.text[:1].isupper()
    )


def named_by_field(doc: Doc) -> list[Span]:
    """A noun of a body that names its field (group `field`), untagged, with its adjectives
    and the "по" phrase of its field ("думского комитета по обороне", "московский комитет
    по связям с религиозными организациями"): an organization. Not the noun alone
    ("комитет заявил"), nor bodies of a kind ("с фондами по борьбе с …"), nor one whose
    name the quotes after it give ("агентства по недвижимости «Кедр»"), nor one with a
    name in or right after the phrase, hanging on it: the body's parent, whose body the
    titles read it as ("комитета по делам молодёжи Сейма Польши")."""
    out = []
    # not plural: "с фондами по борьбе с …" are bodies of a kind, no one named
    for noun in lemmas_of(doc, WORDS["field"]):
        start = adjectives_start(noun)
        end = field_end(doc[noun.i : noun.i + 1])
        quoted = end < len(doc) and doc[end].text in QUOTES_OPEN  # the quotes give its name
        named = any(t.text[:1].isupper() for t in doc[noun.i + 1 : end + 1] if t.head.i >= noun.i)
        if end > noun.i + 1 and not (quoted or named) and "\n" not in doc[start:end].text:
            out.append(doc[start:end])
    return out


_NOUNS = frozenset(["NOUN", "PROPN"])  # "Администрация области …" opening a sentence: PROPN


def lemmas_of(doc: Doc, lemmas: Container[str]) -> list[Token]:
    """The singular nouns of the document whose lemma is one of `lemmas`, found by the lemmas'
    array first: a `Token` per word costs more."""
    found = [doc[i] for i, lemma in enumerate(lowered_strings(doc, LEMMA)) if lemma in lemmas]
    return [t for t in found if t.pos_ in _NOUNS and "Plur" not in t.morph.get("Number")]


def adjectives_start(noun: Token) -> int:
    """The start of the adjectives right before `noun` that qualify it ("[столичного]
    департамента", "[Детский] сад")."""
    doc, start = noun.doc, noun.i
    while start and doc[start - 1].pos_ == "ADJ" and _on_noun(doc[start - 1], noun):
        start -= 1
    return start


_AGREEMENT = ("Case", "Number", "Gender")


def _on_noun(adjective: Token, noun: Token) -> bool:
    """An adjective in a run right before `noun` qualifies it: hung on it, or hung elsewhere
    by the parse (on a noun of its field after it, or as a genitive on the noun before it:
    "заседание [Турецко-азербайджанской] межправительственной комиссии по … сотрудничеству")
    in its case, number and gender as the tagger read both."""
    if adjective.head.i == noun.i:
        return True
    return all(features(adjective, f) == features(noun, f) for f in _AGREEMENT)


def part_noun(token: Token) -> bool:
    """A part of a body's noun: one of part_bodies.txt, one of group `described` with an
    adjective on it ("антитеррористическое управление"), or one of group `ranked` with an
    adjective of group `rank` on it ("Нижняя палата [парламента Польши]", not a hospital's
    "палата") or the genitive of its members right after it (group `members`: "палата
    представителей [парламента Японии]")."""
    lemma = _part_lemma(token)
    if lemma in PART_BODIES:
        return True
    if lemma in WORDS["described"]:  # "антитеррористическое управление", not "реформа управления"
        return any(c.dep_ == "amod" and c.i < token.i for c in token.children)
    ranked = (
        (c.dep_ == "amod" and c.lemma_ in WORDS["rank"])
        or (c.dep_ == "nmod" and c.i == token.i + 1 and c.lemma_ in WORDS["members"])
        for c in token.children
    )
    return lemma in WORDS["ranked"] and any(ranked)


def _part_lemma(token: Token) -> str:
    """A part of a body's lemma: an abbreviation as written ("ЦК"), a word's in lower case."""
    return token.text.lower() if abbreviation_like(token.text) else token.lemma_.lower()


def plural_subject(noun: Token) -> bool:
    """A noun of state_bodies.txt the tagger reads as a singular genitive that is a plural
    verb's subject with a list of fields ("Министерства обороны, финансов и юстиции Польши
    выступили"): a genitive is no subject, so the form is the plural, several bodies, none
    of them one node of the first field alone ("Министерство обороны") that every bare
    mention would join. Not one field ("Службы безопасности Египта задержали": one body),
    nor a noun of plural_bodies.txt ("Власти Того"). The lemma is asked of a subject only:
    `_body_words` asks this of every word up to seven before a state's name."""
    if noun.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    lemma = morph().lemma(noun.lower_, "NOUN")
    return (
        lemma in STATE_BODIES
        and noun.lower_ != lemma
        and any(c.dep_ == "conj" for f in noun.children if f.dep_ == "nmod" for c in f.children)
        and morph().can_be(noun.lower_, "plur")
        and is_plural(noun.head)
    )


def genitive_tail(span: Span, taken: set[int]) -> Span:
    """The span with the lower-case genitive words after it that hang on its last word,
    which the tagger cut off ("Высшего совета [вооружённых сил]", "высшую школу
    [управления]"), and a genitive noun "и" joins to that word ("Союза писателей [и
    журналистов]"), and the noun the last word qualifies, an adjective the tagger cut at a
    comma ("Центра химической[, биологической и ядерной обороны]"): words of the name. Not
    a noun of a body after "и" ("Министерства обороны и полиции": two bodies), nor words
    on a noun before the last ("Министерства обороны страны"), nor after a one-word name
    nor a comma's list ("Министерства финансов, банков и компаний")."""
    doc = span.doc
    if len(span) < 2 or abbreviation_like(span[-1].text):
        return span
    end = _qualified_noun(span)
    heads = {end - 1}
    while end < len(doc) and end not in taken:
        words = _genitive_words(doc, end, heads)
        if not words:
            break
        heads.add(words[-1])
        end = words[-1] + 1
    return doc[span.start : end]


_LISTED_ADJECTIVES = 8  # tokens: "биологической, радиологической и ядерной"


def _qualified_noun(span: Span) -> int:
    """The end of the lower-case noun that the span's last word, an adjective, qualifies
    with the adjectives listed after it ("химической[, биологической и ядерной обороны]");
    the span's end where the last word is no such adjective."""
    doc, last = span.doc, span[-1]
    noun = last.head
    if last.pos_ != "ADJ" or not span.end <= noun.i <= span.end + _LISTED_ADJECTIVES:
        return span.end
    between = doc[span.end : noun.i]
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return span.end
    listed = all(t.pos_ == "ADJ" or t.text in LIST_JOINERS for t in between)
    return noun.i + 1 if listed else span.end


def _genitive_words(doc: Doc, start: int, heads: set[int]) -> list[int]:
    """Indices of one lower-case genitive noun, with its adjectives before it (and an "и"
    before them), from `start`, that hangs on one of `heads`; [] where there is none (the
    text may end right after the noun: "ввели временную администрацию")."""
    if start >= len(doc):
        return []
    joined = doc[start].lower_ == "и"
    i = start + joined
    while i < len(doc) and doc[i].pos_ in ("ADJ", "VERB") and lower_genitive(doc[i]):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN" or not lower_genitive(doc[i]):
        return []
    noun = doc[i]
    if noun.head.i not in heads or any(doc[j].head.i != i for j in range(start + joined, i)):
        return []
    if noun.lemma_ in PLACE_KINDS and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        return []  # "суд [штата Виктория]": the place with its name, `place_of`'s
    if joined and (noun.dep_ != "conj" or body_noun(noun)):
        return []
    return list(range(start, i + 1))


def past_genitives(noun: Token) -> int:
    """The index past the lower-case genitive words that hang on `noun`, one on another
    ("администрации [города]", "банка [международного сотрудничества]")."""
    end, heads = noun.i + 1, {noun.i}
    while words := _genitive_words(noun.doc, end, heads):
        heads.add(words[-1])
        end = words[-1] + 1
    return end


def purpose_end(noun: Token) -> int:
    """The index past a "для" phrase of lower-case genitive words right after a body's noun
    that names what it is for ("банк [для международного сотрудничества]", "фонд [для
    развития малого бизнеса]"): words of its name, as a "по" field's are (fifty-ninth pass,
    h-orgs71); read by the words' forms, since a sentence-opening parse hangs the phrase on
    the verb. `noun.i + 1` where there is none, or the phrase names a place or a person
    ("для Индии") or no noun ("для этого")."""
    doc, at = noun.doc, noun.i + 1
    if at >= len(doc) or doc[at].lower_ != "для":
        return noun.i + 1
    i = at + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and lower_genitive(doc[i]):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN" or not lower_genitive(doc[i]):
        return noun.i + 1
    return past_genitives(doc[i])


def lower_genitive(t: Token) -> bool:
    """A lower-case word in the genitive ("вооружённых", "сил")."""
    return t.text[:1].islower() and "Gen" in t.morph.get("Case")


def _work_done(noun: Token, lemma: str) -> bool:
    """A body's noun that a lower-case adjective of a kind of work right before it makes the
    work ("государственной гражданской службе Польши", "военной службы Турции": group
    `work`), no state's body; not a capitalised one ("Федеральной налоговой службы"), nor
    one another adjective comes between ("государственной пограничной службы")."""
    if lemma not in WORDS["work"] or not noun.i:
        return False
    before = noun.doc[noun.i - 1]
    return before.head.i == noun.i and before.text.islower() and before.lemma_ in WORDS["work"]


def body_noun(noun: Token) -> str:
    """A lone inanimate noun of state_bodies.txt or of a team, "власти" in the plural, a body's
    contraction in lower case ("минобороны"), in the
    nominative and capitalised ("полиции" → "Полиция"); "" for any other noun (no person:
    "министр"; no body a state has many of: "партия")."""
    if noun.pos_ not in ("NOUN", "PROPN") or is_animate(noun):
        return ""
    lemma = morph().lemma(noun.lower_, "NOUN")
    plural = "Plur" in features(noun, "Number")
    if lemma in MANY_PER_STATE or _work_done(noun, lemma):
        return ""
    contracted = lemma in CONTRACTED_BODIES and noun.text.islower()  # "минобороны", untagged
    if lemma not in BODY_NOUNS and not (plural and lemma in PLURAL_BODIES) and not contracted:
        return ""
    nominative = organization_name(noun.doc[noun.i : noun.i + 1])  # "власти", not "власть"
    return upper_first(nominative)
