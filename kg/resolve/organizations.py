"""Organizations a document names: the gazetteer's, and natasha's ORG spans named in the
nominative ("Российской газете" → "Российская газета"), read from the document alone.

This module finds the spans (`organization_spans`); the questions it asks live apart, one
concern each: the nouns of bodies, the entity and the nominative of a name (org_naming.py),
the words around an organization's noun (org_modifiers.py), short and long forms of one body
joined (org_forms.py), a span widened to its field, number, title or Latin name
(org_fields.py), bodies inside bodies and in lists (org_parts.py), spans that are no
organization (not_orgs.py), whose state a body named beside a state is (body_states.py) and
whose a bare body is (settled_bodies.py), quoted names and outlets (org_quotes.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer, normalize
from kg.nlp import seats
from kg.nlp.morph import upper_first
from kg.nlp.quote_marks import OPENING
from kg.resolve.body_states import beside_states, org_names
from kg.resolve.each_state_bodies import bodies_of_each
from kg.resolve.founded_bodies import clipped_bodies, founded_bodies
from kg.resolve.names import name_parts
from kg.resolve.not_orgs import (
    academic_named,
    adjective_alone,
    before_persons_surname,
    capital_after_in,
    city_alone,
    common_expansion,
    document_number,
    figure_of_speech,
    genitive_before_noun,
    leader_named,
    measure_phrase,
    named_after_kind,
    party_leader,
    past_opening_adverb,
    past_person_noun,
    persons_surname,
    poison_named,
    quoted_name,
    region_named,
    titled_surname,
)
from kg.resolve.org_fields import (
    abbreviated_kind,
    bracket_parts,
    coordinated_bodies,
    governing_body,
    latin_named_again,
    latin_names_after,
    listed_party_gaps,
    listed_title,
    named_by_genitive,
    named_otherwise,
    numbered,
    outlet_before_person,
    parties_apposed,
    person_administrations,
    posted_on,
    prize_or_network,
    quoted_title_listed,
    untagged_in_brackets,
    whole_latin_runs,
    with_article,
    with_field,
    with_naming_adjectives,
    with_own_state,
    with_pair_noun,
    work_titled,
)
from kg.resolve.org_forms import (
    add_untaken,
    cabinets_as_governments,
    clipped_mentions,
    joined_adjectives,
    joined_as_part,
    joined_by_sound,
    joined_case_forms,
    joined_city_forms,
    joined_genitives,
    joined_legal_forms,
    joined_quoted_forms,
    joined_short_forms,
    joined_state_forms,
    local_namesakes,
    maker_of_model,
    missed_contractions,
    named_again,
    runway,
    thing_headed,
)
from kg.resolve.org_initials import (
    category_initials,
    joined_by_initials,
    split_initials,
    untagged_abbreviations,
)
from kg.resolve.org_modifiers import before_pair, genitive_tail, named_by_field
from kg.resolve.org_naming import LOCAL_BODY, organization_name
from kg.resolve.org_parts import (
    closed_quote,
    defended_person,
    inner_abbreviations,
    listed_bodies,
    nested_bodies,
    parts_named_by_whole,
    tagged_org,
)
from kg.resolve.org_quotes import (
    after_outlet_noun,
    balanced,
    before_full_stop,
    before_verb,
    kind_before_quoted,
    outlet_after_noun,
    outlet_named,
    past_kind,
    quoted_title,
    reporting_outlet,
    strip_quotes,
)
from kg.resolve.pair_named_bodies import pair_named_bodies, quoted_pair_bodies
from kg.resolve.settled_bodies import before_place_name, places_by_start, settled_bodies


def before_known_brackets(ent: Span, taken: set[int]) -> Span:
    """The tagger's name before brackets that hold a name the gazetteer already found
    ("Международном трибунале по делам бывшей Югославии (МТБЮ)", МТБЮ known): the name
    before is a mention of its own, as `bracket_parts` splits an unknown one."""
    parts = bracket_parts(ent)
    if len(parts) != 2 or any(i in taken for i in range(parts[0].start, parts[0].end)):
        return ent
    inner = parts[1]
    return parts[0] if all(i in taken for i in range(inner.start, inner.end)) else ent


def with_number(ent: Span, numbers: Sequence[Span]) -> Span:
    """natasha's organization that stops before its institution's "№" and number
    ("[Инфекционную больницу] № 2"): the span up to the number (`numbered`), as an ORG."""
    for n in numbers:
        if n.start <= ent.start < ent.end < n.end:
            return Span(ent.doc, ent.start, n.end, label=ent.label_, kb_id=ent.kb_id_)
    return ent


def closed_quote_name(found: tuple[Span, str, str]) -> tuple[Span, str, str]:
    """A tagged organization with the straight quote after it that closes one it opens
    (`closed_quote`), in its name too (`ОАО "Корпорация Андес"`, not `… "Корпорация Андес`)."""
    span, key, name = found
    closed = closed_quote(span)
    if len(closed) > len(span) and name.count('"') % 2:
        name += '"'
    return closed, key, name


def _state_body_known(
    span: Span, states: list[Span], gazetteer: Gazetteer, ents: Sequence[Span]
) -> bool:
    """A person's administration (`person_administrations`) in a text of one state whose
    body the words name the gazetteer knows ("администрации президента Путина" in a text of
    Russia: "Администрация президента России"): that body, as without the person. Not where
    the gazetteer's persons of the head's surname hold no office of that state
    ("администрацию президента Джастина Трюдо" in a text of France): the head gives the body
    his state, never the text's (`document._leader`; fifty-fourth pass, h-orgs65)."""
    local = Span(span.doc, span.start, span.end, LOCAL_BODY)
    key = governing_body(gazetteer, upper_first(organization_name(local)), local, states)
    body = gazetteer.org(key) if key else None
    head = next((e for e in ents if e.start == span.end and e.label_ == "PER"), None)
    if body is None or head is None:
        return body is not None
    known = gazetteer.persons_by_surname(head[-1].lemma_)
    return not known or any(t.state == body.state for p in known for t in p.terms)


def _each_and_known(
    doc: Doc, states: list[Span], gazetteer: Gazetteer
) -> tuple[list[tuple[Span, str, str]], set[int]]:
    """The bodies of each state a list of states after one body's noun names
    (`bodies_of_each`: "МИД Ганы и Того"), then the gazetteer's organizations outside them
    ("МИД России" of "МИД России и Китая" is the first of those), with the tokens taken."""
    out: list[tuple[Span, str, str]] = []
    taken: set[int] = set()
    for group in bodies_of_each(doc, states, gazetteer):  # "МИД Ганы и Того": one each
        out.extend(group)
        taken.update(i for span, _, _ in group for i in range(span.start, span.end))
    for span in doc.spans.get("orgs", []):
        if any(i in taken for i in range(span.start, span.end)):
            continue  # "МИД России" of "МИД России и Китая": the body of each
        org_name = span.kb_id_
        outlet = outlet_after_noun(span, gazetteer)
        span = outlet[0] if outlet else span
        span = with_own_state(with_article(span), states, gazetteer)
        span = with_naming_adjectives(span, gazetteer)  # "Центрального [банка Мексики]"
        out.append((span, org_name, ""))
        taken.update(range(span.start, span.end))
    return out, taken


def _before_quotes(span: Span) -> int:
    """The index of the first opening quote of the span, else its end."""
    return next((t.i for t in span if t.text in OPENING), span.end)


def organization_spans(
    doc: Doc, ents: Sequence[Span], states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """(span, gazetteer key or "", nominative name) for each organization mention among
    `doc.ents` read once by the caller (spaCy makes every Span anew on each read)."""
    out, taken = _each_and_known(doc, states, gazetteer)
    add_untaken(out, taken, listed_bodies(doc, states, gazetteer))
    state_tokens = {i: s for s in states for i in range(s.start, s.end)}
    # "Межправительственная комиссия «Польша — Литва»": the quoted pair names the body the
    # tagger may take without it; its states stay mentions of their own (h-orgs85)
    pair_bodies = [
        (s, org_names(gazetteer).get(normalize(name), ""), name)
        for s in quoted_pair_bodies(doc, gazetteer)
        if not any(i in state_tokens for i in range(s.start, _before_quotes(s)))
        and (name := upper_first(organization_name(s)))
    ]
    add_untaken(out, taken, pair_bodies)
    places = places_by_start(ents)
    tagged = sorted([*ents, *missed_contractions(doc, ents)], key=lambda e: e.start)
    numbers = numbered(doc, state_tokens)
    for ent in joined_genitives(joined_adjectives(tagged)):
        if ent.label_ != "ORG" and not (ent.label_ == "PER" and quoted_title(doc, ent)):
            continue
        ent = past_opening_adverb(with_number(ent, numbers))  # "[Вчера] …": no name's word
        ent = before_known_brackets(ent, taken)
        if not ent or any(i in taken for i in range(ent.start, ent.end)):
            continue
        if (
            all(i in state_tokens for i in range(ent.start, ent.end))
            or (len(ent) == 1 and titled_surname(ent[0]))
            or persons_surname(ent, ents)
            or city_alone(ent, gazetteer)
            or capital_after_in(ent, gazetteer)  # "во Вьентьяне": where, no body
            or kind_before_quoted(ent)
            or adjective_alone(ent, ents, gazetteer)
            or measure_phrase(ent)
            or region_named(ent)  # "Дашогузского велаята": a place, no body
            or figure_of_speech(ent)
            or genitive_before_noun(ent)
            or poison_named(ent)
            or document_number(ent)
            or category_initials(ent)
            or academic_named(ent)  # "Доклад д.э.н. Петрова": a person's degree
            or leader_named(ent)  # "Правительство X Y подало в отставку": its leader
            or party_leader(ent, ents) is not None  # "[Партии Кастильо]": a led party's
            or seats.building_as_place(ent)
        ):
            continue  # natasha's ORG that is just a state name ("РФ"), a person's surname, a
            # city's name or a seat's or venue's building ("перед Пентагоном", "в Национальном
            # дворце"; not "в СИЗО", no seat)
        # "агентства Рейтер": no bare common noun "Рейтер"; "CNN Larry King": the outlet
        outlet = outlet_after_noun(ent, gazetteer) or outlet_before_person(ent, gazetteer)
        if outlet is not None:
            out.append((outlet[0], outlet[1], ""))
            taken.update(range(outlet[0].start, outlet[0].end))
            continue
        said = before_verb(before_full_stop(ent))
        if said is None:
            continue
        for span in bracket_parts(balanced(strip_quotes(past_kind(said)))):
            span = before_persons_surname(past_person_noun(before_pair(span)), ents)
            if (
                named_otherwise(span)
                or work_titled(span, gazetteer)
                or listed_title(span, gazetteer)
                or quoted_title_listed(span)
                or abbreviated_kind(span, gazetteer)
                or all(i in state_tokens for i in range(span.start, span.end))
            ):
                continue  # a title of a state's office holder leaves the state alone
            span = defended_person(genitive_tail(span, taken | set(state_tokens)), ents)
            paired = with_pair_noun(span, gazetteer)  # «Франция — Армения»: a group's
            found = tagged_org(paired, states, places, gazetteer)
            if found is not None:
                found = closed_quote_name(found)
                if paired is not span:  # "Группа дружбы «Франция — Армения»"
                    found = (found[0], found[1], upper_first(found[2]))
                out.append(found)
                taken.update(range(found[0].start, found[0].end))
    # "пишет Хинду": an outlet's name, though a common word too, which no bare body drops
    outlets = [
        e
        for e in ents
        if e.label_ == "PER"
        and (
            reporting_outlet(e, ents, gazetteer)
            or after_outlet_noun(e)  # splitting each person's name costs: only after one
            and outlet_named(e, name_parts(e))
        )
    ]
    add_untaken(out, taken, [(e, quoted_name(gazetteer, e.text, e), e.text) for e in outlets])
    add_untaken(
        out,
        taken,
        [*beside_states(doc, states, gazetteer), *before_place_name(doc, states, places)],
    )
    add_untaken(out, taken, settled_bodies(doc, states, gazetteer, out))
    add_untaken(out, taken, coordinated_bodies(doc, gazetteer))
    parties = parties_apposed(doc, ents, gazetteer)
    add_untaken(
        out,
        taken,
        [(s, org_names(gazetteer).get(normalize(name), ""), name) for s, name in parties],
    )
    led = [(s, "", name) for s, name in person_administrations(doc, ents)]
    known = [o for o in led if _state_body_known(o[0], states, gazetteer, ents)]
    add_untaken(out, taken, [o for o in led if o not in known])
    kinds = [s for s in named_after_kind(doc) if not prize_or_network(s)]  # "сети «Интернет»"
    founded = founded_bodies(doc)
    named = [*kinds, *named_by_field(doc), *founded, *pair_named_bodies(doc), *numbers]
    for span in [*named, *named_by_genitive(doc)]:
        # a founded or sitting body's field may end in the states it is of ("Совета по
        # торговле Боливии и Парагвая": of both; fifty-ninth pass, h-names125)
        end = span.root.i + 1 if span in founded else span.end
        if not any(i in taken for i in range(span.start, span.end)) and not any(
            i in state_tokens for i in range(span.start, end)
        ):
            name = upper_first(organization_name(span))
            out.append((span, governing_body(gazetteer, name, span, states), name))
            taken.update(range(span.start, span.end))
    for span in latin_names_after([o[0] for o in out]):
        if not any(i in taken for i in range(span.start, span.end)):
            out.append((span, org_names(gazetteer).get(normalize(span.text), ""), span.text))
    add_untaken(out, taken, latin_named_again(out, ents))
    out = whole_latin_runs(out, ents, gazetteer)
    add_untaken(out, taken, untagged_in_brackets(out, ents, gazetteer))
    nested = nested_bodies([o for o in out if not posted_on(o[0])], gazetteer)
    nested = inner_abbreviations(nested, gazetteer)
    named_all = named_again([entry for o in nested for entry in with_field(o, gazetteer)])
    named_all = split_initials(named_all)
    named_all += [(s, "", s.text) for s in untagged_abbreviations(doc, named_all, state_tokens)]
    named_all = [
        o
        for o in named_all
        if not maker_of_model(o[0])
        and not thing_headed(o)
        and not runway(o)
        and not common_expansion(o[0])
    ]
    gaps = listed_party_gaps(doc, named_all, state_tokens, gazetteer)  # "Онугуу Прогресс"
    named_all += [(s, org_names(gazetteer).get(normalize(s.text), ""), s.text) for s in gaps]
    named_all = joined_as_part(named_all, state_tokens, gazetteer)
    named_all = joined_short_forms(named_all, gazetteer)
    named_all += clipped_mentions(doc, named_all, gazetteer)  # "межправкомиссии"
    named_all = clipped_bodies(doc, named_all, gazetteer)  # none named in full before
    named_all = joined_state_forms(named_all, state_tokens, gazetteer)
    named_all = cabinets_as_governments(named_all, state_tokens, gazetteer)
    named_all = joined_quoted_forms(named_all, gazetteer)
    named_all = joined_case_forms(named_all, gazetteer)
    named_all = joined_legal_forms(named_all, gazetteer)
    named_all = joined_by_sound(named_all, gazetteer)
    named_all = joined_city_forms(named_all, gazetteer)
    named_all = local_namesakes(named_all, gazetteer)
    return parts_named_by_whole(joined_by_initials(named_all, state_tokens), gazetteer)
