"""Writes fixed_given_names.txt: the foreign first names the NEREL Wikidata links table shows
unchanged beside a surname in two cases ("Кваме Килпатрика" beside "Килпатрик", "Харви
Вайнштейна" beside "Харви Вайнштейн"), which the dictionary does not know as names that never
decline: it reads them as another name's oblique case ("Кваме" as the dative of "Квама") or
guesses one, so `kg.nlp.morph.undeclined_first_name` keeps them as written in every case.

A name counts where every form of the person with two or more words opens with that very
word (a first name that declines shows another form: "Алексею Навальному" beside "Алексей
Навальный"), it ends in a vowel no Russian man's nominative ends in ("у", "е", "и", "о", "ю",
"э"), and it stands beside two forms of the surname, or beside one that is an oblique case of
the surname the table writes alone, a case the dictionary reads the first name in nowhere
("Дэйлу Мортенсону" beside "Мортенсон" may have declined with it). A first name the
dictionary already knows as one that never declines ("Тони", "Гарри") is left out: the
readers keep it already, and a Russian diminutive it is also the oblique case of ("Тони
Петровой" of "Тоня") stays theirs.

It writes source_given_names.txt besides (fiftieth pass, h-names101): the first words of the
table's persons named in two or more words ("Ума Турман", "Граса Машел"), where the
dictionary knows the word as no first name (it reads "Ума" as the genitive of "ум"), so that
the trim of a name natasha tagged (`kg.resolve.name_trims`) keeps it as the name's first
word and not as a common word glued before "Мария Сингх". A label written surname first
("Да Силва, Луис") or holding no name ("Нобелевская премия") is left out, and so is a word
that is an office, a rank, a clergy's or a kin word ("Эмир Кустурица", "Принцесса Мако",
"Апостол Пётр"): before another name it is the title, not the name.

Run `python -m kg.data.build_given_names` (`--source` another links table, `--out` another
folder): do not edit the output by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from kg.data.links_table import Item, write_word_list
from kg.lexicon import load_list
from kg.nlp.morph import UD_CASE, morph
from kg.resolve.clergy import CLERGY_RANKS
from kg.resolve.kin_and_ranks import KIN, ROYAL_RANKS
from kg.resolve.name_forms import fold
from kg.resolve.name_lexicons import INDECLINABLE_END, is_first_name, russian_surname_end
from kg.resolve.name_trims import adjective_only
from kg.resolve.org_naming import THING_NOUNS
from kg.resolve.surname_declension import declined_surname
from kg.resolve.title_lexicon import is_office

# A label that names a person in Cyrillic words, first name first: no comma of a surname
# written first, no parenthesis, no number (a regnal one in Roman figures aside).
_NAME_LABEL = re.compile(r"[А-ЯЁ][а-яё]+(?: [А-ЯЁа-яё-]+| [IVX]+)+")


def fixed_given_names(items: Iterable[Item]) -> list[str]:
    """The first names (folded, lower case, sorted) the table's persons keep unchanged beside
    a surname it writes in two cases, which the dictionary knows as no fixed name."""
    out: set[str] = set()
    for item in items:
        if item.type != "PERSON":
            continue
        named = [f.split() for f in item.forms if len(f.split()) >= 2 and "." not in f]
        if not named or len({w[0] for w in named}) != 1:
            continue
        given = named[0][0]
        if not given[:1].isupper() or not given.lower().endswith(INDECLINABLE_END):
            continue
        surnames = {w[-1] for w in named}
        alone = {f for f in item.forms if " " not in f and f[:1].isupper()}
        if (len(surnames) > 1 or _oblique_beside(given, surnames, alone)) and not _known_fixed(
            given
        ):
            out.add(fold(given))
    return sorted(out)


def _oblique_beside(given: str, surnames: set[str], alone: set[str]) -> bool:
    """A surname beside `given` is an oblique case of one the table writes alone
    ("Килпатрика" of "Килпатрик"), a case the dictionary reads `given` in nowhere: it stayed
    as written ("Кваме"). A first name that can be in that case may have declined with it
    ("Дэйлу Мортенсону", "Татьяне Брухуновой")."""
    readings = {g for p in morph().parse(given) for g in p.tag.grammemes}
    for surname in surnames:
        cases = {
            UD_CASE[case]
            for case in ("Gen", "Dat", "Acc", "Ins", "Loc")
            for feminine in (False, True)
            if declined_surname(surname, case, feminine) in alone - {surname}
        }
        if cases and not cases & readings and not ("accs" in cases and "gent" in readings):
            return True
    return False


def _known_fixed(word: str) -> bool:
    """The dictionary knows `word` as a first name that never declines ("Тони", "Гарри")."""
    return any({"Name", "Fixd"} <= p.tag.grammemes and p.is_known for p in morph().parse(word))


def source_given_names(items: Iterable[Item]) -> list[str]:
    """The first words (folded, lower case, sorted) of the table's persons' labels of two or
    more words that the dictionary knows as no first name, titles and kin words aside."""
    out: set[str] = set()
    for item in items:
        if item.type != "PERSON" or not _NAME_LABEL.fullmatch(item.canonical):
            continue
        given = item.canonical.split()[0]
        if not is_first_name(given) and not _title_or_word(given):
            out.add(fold(given))
    return sorted(out)


def _title_or_word(word: str) -> bool:
    """An office, rank, clergy's or kin word ("Эмир", "Принцесса", "Апостол", "Мать"), a
    place's or a street's noun ("Азия", "Улица"), an adjective ("Нобелевская") or a Russian
    surname written first ("Чибинеев Валерий"): a label's first word that is no given name."""
    parses = morph().parse(word)
    lemmas = {word.lower().replace("ё", "е")} | {p.normal_form.replace("ё", "е") for p in parses}
    return (
        any(is_office((lemma,)) for lemma in lemmas)
        or not lemmas.isdisjoint(ROYAL_RANKS | CLERGY_RANKS | KIN | load_list(THING_NOUNS))
        or any("Geox" in p.tag and p.is_known for p in parses)
        or adjective_only(parses)
        or russian_surname_end(word)
    )


def main(argv: list[str] | None = None) -> None:
    """The command line (`argv`, else the process's)."""
    lists = (
        ("fixed_given_names.txt", fixed_given_names,
         "foreign first names written unchanged beside a surname in two cases; do not edit by"
         " hand."),
        ("source_given_names.txt", source_given_names,
         "first words of persons' names the dictionary knows as no first name; do not edit"
         " by hand."),
    )  # fmt: skip
    for name, words, what in lists:
        header = (
            "# Generated by kg/data/build_given_names.py from the NEREL Wikidata links table: "
            f"{what}\n"
        )
        write_word_list(__doc__, Path(__file__).parent, name, header, words, argv)


if __name__ == "__main__":
    main()
