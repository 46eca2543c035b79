"""The level words of relation_levels.tsv and the word lists every step of reading shares.

`common.level_words.level_lexicon` gives a lemma's role (a level noun, a noun that needs a
level adjective, a side's noun, a tone or level adjective, a frame noun, …) and level noun;
`anchor_lemmas` the lemmas a level can be read at. The lists here are used by more than one
of the modules that read a level, judge whether it is stated, cut or changed, and date it, so
that none of them imports another for them.

Split out of extract.py (forty-fourth pass, h-split47)."""

from __future__ import annotations

from functools import lru_cache

from kg.extract.common.level_words import level_lexicon
from kg.resolve.title_lexicon import TITLES

COPULAS = {"оставаться", "остаться", "быть", "стать", "становиться", "являться", "казаться"}
UNMADE = ("unmade", "spurned")  # the roles of a word above a cut that leaves it undone
PROSPECT = {"возможность", "перспектива", "идея", "предложение", "надеяться", "мечтать",
            "стремиться", "хотеть", "желать", "стремление", "мечта", "мочь", "смочь",
            "способный", "намереваться", "намерение", "планировать", "план", "собираться",
            "рассчитывать", "намеренный", "намерен", "надежда",
            # "заявили о готовности к установлению партнёрства": only ready for it
            "готовность"}  # fmt: skip
# nouns of prospect that weigh a level they govern ("возможность партнёрства"); not
# "перспектива", which news says of a level in force ("перспективы партнёрства")
WEIGHED = {"возможность", "идея", "предложение", "мечта"}
# verbs that raise relations to a level: "подняли отношения до уровня …", "вывели их на …"
RAISING = {"выйти", "выходить", "вывести", "выводить", "поднять", "поднимать", "повысить",
           "повышать", "довести", "доводить", "перевести", "переводить"}  # fmt: skip
BECOMING = {"стать", "становиться", "установление", "установить", "получить", "статус",
            "переход", "перейти", "создание", "создать",
            # raising relations to a level: "намерены выйти на уровень партнёрства"
            *RAISING, "выход", "повышение",
            # seeing a state as one's ally: "хочет видеть Токио своим союзником"
            "видеть",
            # building a community of a shared future: "намерены построить сообщество …"
            "построить", "построение", "строительство"}  # fmt: skip
# participles that tell a level concluded at a time, besides those of becoming ("партнёрство,
# заключённое в 2018 году", "…, провозглашённое в 2015 году": `history._founding`)
FOUNDING = frozenset({*BECOMING, "заключить", "учредить", "провозгласить", "оформить"})
# what a level or tone adjective says of "отношения" as their predicate ("являются особыми")
SAID = ("adj", "tone", "special")
OFFICES = frozenset(k[0] for k in TITLES)  # a title a naming verb calls an ally is a person
# see `anchor_lemmas`; "tension" for a tension between two states (`phrases.tension_between`)
# and "shared" for a community of a shared future (`shared_future`); "one_word" for
# diplomatic relations in one word ("дипотношения": `cuts.called_diplomatic`)
_ANCHOR_ROLES = frozenset(
    {"partner", "core", "needs_adj", "rel", "frame", "tension", "shared", "one_word"}
)


def is_change(level: str) -> bool:
    """Whether a level's name is a change's ("установление дипломатических отношений",
    "восстановление …", "понижение уровня …"): a fact of its date, not a standing level that
    a later one replaces or that holds since (`statements.superseded_later`, `held.may_hold`)."""
    return level.split()[0] in _change_nouns()


@lru_cache(maxsize=1)
def _change_nouns() -> frozenset[str]:
    """The first words of the changes' names ("установление", "восстановление", "понижение")."""
    return frozenset(noun.split()[0] for role, noun in level_lexicon().values() if role == "change")


@lru_cache(maxsize=1)
def anchor_lemmas() -> frozenset[str]:
    """The lemmas of the nouns (and the pronoun of relations cut) a level can be read at (by
    `no_relations`, `level_at`, `phrases.predicated_level` or `framed`, each of which reads
    nothing else): most words are none, and no `Token` is made for them; one set test a word,
    not a lookup of its role."""
    roles = level_lexicon().items()
    lemmas = (lemma for lemma, (role, _) in roles if role in _ANCHOR_ROLES)
    return frozenset({"отношение", PRONOUN, MISSION, *WARMTH, *lemmas})


# nouns of a change of warmth, which "между" two states make one of their relations
# ("Между Грецией и Турцией наметилось потепление": `changes.warmth_between`)
WARMTH = frozenset({"потепление", "охлаждение", "похолодание"})


# a change announced as made ("объявили о восстановлении дипломатических отношений")
ANNOUNCING = {"объявить", "объявлять", "сообщить", "сообщать", "заявить", "заявлять"}
AFTER = {"после", "из-за", "несмотря"}


# relations a cut takes up by a pronoun ("…, а в 2015 году разорвали их": `cuts.no_relations`)
PRONOUN = "они"
# diplomatic relations held since set up long ago (`held.held_level`)
DIPLOMATIC = "дипломатические отношения"
MISSION = "представительство"  # a diplomatic mission, lowered to a chargé (`_mission_to_a_charge`)
