"""Indexes of the gazetteer's persons by name: full names, surnames by their first two
letters, surnames of several words, first name and patronymic, and the surnames that are
also places or words.

The finders of names natasha missed and the linkers of mentions look names up here, so
each index is built once per gazetteer instead of scanning every person per mention.
"""

from __future__ import annotations

import re
from functools import cache

from kg.gazetteer import Gazetteer, PersonEntry
from kg.resolve.name_forms import fold
from kg.resolve.name_lexicons import place_or_word
from kg.tablecache import MORPHOLOGY, cached, sources, versions


@cache
def name_index(
    gaz: Gazetteer,
) -> tuple[dict[str, list[str]], dict[str, list[tuple[list[str], PersonEntry]]]]:
    """Known surnames by their first three letters, and the names of several words (with
    their person) by the first two letters of the first: built once, not per document or mention
    (`form_of` keeps a name's first letters, so the prefix never hides a match)."""
    surnames: dict[str, list[str]] = {}
    names: dict[str, list[tuple[list[str], PersonEntry]]] = {}
    unsafe = places_or_words(gaz)
    for p in gaz.persons:
        # A surname alone that is also a place or a word ("Питт", "Вашингтон") is a person's
        # only for an office holder, whose terms the linker checks.
        for last in {p.last, *_alias_lasts(p)}:
            if len(last) >= 4 and (p.terms or last.split()[-1] not in unsafe):
                surnames.setdefault(fold(last)[:3], []).append(last)
        for name in p.names:
            words = name.split()
            if len(words) > 1:
                names.setdefault(fold(words[0])[:2], []).append((words, p))
    return surnames, names


def _alias_lasts(p: PersonEntry) -> list[str]:
    return [a.split()[-1] for a in p.aliases]


def places_or_words(gaz: Gazetteer) -> set[str]:
    """The gazetteer's surnames that are also places or words, from the table cache while
    the surnames and the morphology that judges them are the same (~1,400 persons parsed
    cost ~0.1 s CPU of every build that reads a document)."""
    lasts = {last for p in gaz.persons if not p.terms for last in {p.last, *_alias_lasts(p)}}
    words = sorted({last.split()[-1] for last in lasts if len(last) >= 4})
    inputs = [*versions(*MORPHOLOGY), *sources("kg.resolve.name_lexicons", "kg.nlp.morph"), *words]
    return set(cached("surnames-places-or-words", inputs,
                      lambda: [w for w in words if place_or_word(w)]))  # fmt: skip


@cache
def surname_index(gaz: Gazetteer) -> dict[str, dict[int, PersonEntry]]:
    """Persons with a surname by the first two letters of it and of its first word, keyed
    by their place in the gazetteer: `form_of` keeps a name's first two letters, so the
    persons a written surname can be a form of are all under its prefix (a scan of the
    whole gazetteer per mention was a tenth of the build)."""
    index: dict[str, dict[int, PersonEntry]] = {}
    for i, p in enumerate(gaz.persons):
        lasts = [p.last, *(a.split()[-1] for a in p.aliases)] if p.last else []
        for last in lasts:
            for prefix in (fold(last)[:2], fold(last.split()[0])[:2]):
                index.setdefault(prefix, {})[i] = p
    return index


@cache
def surname_words_index(gaz: Gazetteer) -> dict[str, list[tuple[list[str], PersonEntry]]]:
    """Surnames of several words ("Лопес Обрадор", "фон дер Ляйен"), with their person, by
    the first two letters of the first word (as `name_index` keeps full names)."""
    index: dict[str, list[tuple[list[str], PersonEntry]]] = {}
    for p in gaz.persons:
        words = p.last.split()
        if len(words) > 1:
            index.setdefault(fold(words[0])[:2], []).append((words, p))
    return index


@cache
def person_name_words(gaz: Gazetteer) -> frozenset[str]:
    """Every word of the gazetteer persons' full names, folded ("хамад", "иса", "халифа"):
    the forms a name word written in an ambiguous case may be ("Халифе" of "Халифа", not
    "Халиф"). Sixty-first pass, h-names132."""
    return frozenset(
        fold(w) for p in gaz.persons for name in p.names for w in re.split(r"[\s-]+", name)
    )


@cache
def patronymic_index(gaz: Gazetteer) -> dict[tuple[str, str], list[PersonEntry]]:
    """Persons with a patronymic by their folded first name and patronymic, in gazetteer
    order: what a name without a surname ("Иван Петрович") can link to."""
    index: dict[tuple[str, str], list[PersonEntry]] = {}
    for p in gaz.persons:
        if p.patronymic:
            index.setdefault((fold(p.first), fold(p.patronymic)), []).append(p)
    return index
