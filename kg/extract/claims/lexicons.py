"""The data files beside the claim modules (metric nouns, units, verbs of money and
trade, status cues, claim_words.tsv), loaded once, and the word sets and patterns more
than one of those modules reads, kept here so that each is defined in one place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.extract.common.number_units import MEASURE_UNITS
from kg.lexicon import load_dict, load_groups, load_rows

METRIC_NOUNS = Path(__file__).with_name("metric_nouns.txt")
METRIC_SYNONYMS = Path(__file__).with_name("metric_synonyms.tsv")
CLAIM_STATUS = Path(__file__).with_name("claim_status.tsv")
NON_METRIC_UNITS = Path(__file__).with_name("non_metric_units.txt")
COUNT_METRICS = Path(__file__).with_name("count_metrics.tsv")
CLAIM_WORDS = Path(__file__).with_name("claim_words.tsv")
VERB_METRICS = Path(__file__).with_name("verb_metrics.tsv")
FATE_NOUNS = Path(__file__).with_name("fate_nouns.tsv")
FATE_ROLES = Path(__file__).with_name("fate_roles.tsv")
ACT_VERBS = Path(__file__).with_name("act_verbs.tsv")
WORDS = load_groups(CLAIM_WORDS)
CONTRAST = re.compile(r",\s+а\s+")  # "…, а Дании — 15 тыс.": a part with a state of its own
# what opens a part of a whole told before it, in its sentence or the one before ("из них 3
# млрд приходится на …", "Из этого объёма на Египет пришлось …"): one list for every reader
# (`gapping._PART_OPENING` before the part, `neighbours._WHOLE_OPENS` opening its sentence,
# SUBSET within one)
PART_OF = (
    r"из\s+(?:них|которых|этой\s+суммы|этого\s+(?:числа|объ[её]ма|количества)|этих\s+средств)"
    r"(?![а-яё])"
)
# "900 специалистов, из них 200 — выходцы из Польши", "10 млн тонн, из этого объёма 3 млн —
# Таиланду": a total's part, its states not the total's
SUBSET = re.compile(rf",\s+{PART_OF}\s", re.IGNORECASE)
GROWTH = WORDS["growth"]
CONTAINERS = {"объем", "размер", "сумма", "стоимость", "количество", "число", "доля"}
WORTH = "стоимость"  # "мост стоимостью 2 млрд крон" → "стоимость моста"
MADE_ACTS = WORDS["made_act"] | WORDS["spend_act"]  # "строительство [моста] стоимостью …"
# a sum that only carries the figure a verb of amounting gives its subject ("часть премии
# составляет символическую сумму — 10 евро": the part of the prize; `metrics._amounted`)
SUMS = {"сумма", "объем", "размер"}
AMOUNTING = {"составлять", "составить"}
# verbs that give their subject a figure as its level ("аудитория превысила 40 млн человек",
# "налёт пилотов достиг 1500 часов"), as those of amounting do
GIVING_LEVEL = AMOUNTING | {"превысить", "превышать", "достичь", "достигнуть", "достигать"}
# a possessive pronoun's word or lemma: whose a thing is ("два его друга", "число своих
# военных"), never what a measure names
POSSESSIVES = {"его", "её", "ее", "их", "свой", "мой", "наш", "ваш", "твой"}
COUNTERS = {"число", "количество"}  # "число боезарядов": the count of the noun after it
SCALES = {"тысяча", "миллион", "миллиард", "триллион", "десяток", "сотня"}
PEOPLE = {"человек"}  # a count of people says who they are by its verb or its measure
TARGET_CHANGES = WORDS["target_change"]
CALIBRES = WORDS["calibre"]
# words that reach the level after "до" rather than bound a figure by it
REACHING = GROWTH | WORDS["fall"] | WORDS["reduction"] | TARGET_CHANGES | WORDS["reach"]
TRADE = {"экспорт", "импорт", "поставки", "закупки"}  # verb_metrics.tsv: what a verb trades
# verb_metrics.tsv: metrics of money only, which name no goods a verb weighs ("передала 50 тонн
# муки" is flour, not "выделенные средства муки")
MONEY_ONLY = {"расходы", "стоимость", "доход", "долг", "выделенные средства", "пожертвования"}
REDUCTIONS = WORDS["reduction"]
FALLS = WORDS["fall"]
PRICED = WORDS["priced"]  # "медь подорожала на 5 %": the price of the goods changes
FUTURE_VERBS = WORDS["future_verb"]
PRICES = WORDS["price"]  # "по цене от 10 долларов": the lowest price
# verbs that give a measured thing its level or change it: what a pronoun subject measures
LEVELS = REACHING | FUTURE_VERBS | {"составлять", "превышать", "достигать", "насчитывать"}
PRONOUNS = {"он", "она", "оно", "они"}
WOUNDS = {"ранение", "травма"}  # "получили ранения": the people are wounded
MILLIONS = r"млн|млрд|трлн|миллион|миллиард|триллион"
# the comparatives a difference is told by ("…, что на 11 % больше, чем годом ранее")
RISES, DROPS = ("больше", "выше"), ("меньше", "ниже")
BARE_SCALE = re.compile(rf"(?<![а-яё])(?:{MILLIONS})", re.IGNORECASE)
PURPOSE_PREPS = frozenset({"на"})
MULTIPLIED = re.compile(r"удво|утро|учетвер", re.IGNORECASE)


@lru_cache(maxsize=1)
def lexicons() -> dict[str, Any]:
    """The data files beside this module, loaded once."""
    return {
        "metric": frozenset(r[0] for r in load_rows(METRIC_NOUNS)),
        "synonym": load_dict(METRIC_SYNONYMS),
        "status": load_dict(CLAIM_STATUS),
        "measure": frozenset(r[0] for r in load_rows(MEASURE_UNITS)),
        "non_metric": frozenset(r[0] for r in load_rows(NON_METRIC_UNITS)),
        "count": {(r[0], r[1]): r[2] for r in load_rows(COUNT_METRICS)},
        "verb": load_dict(VERB_METRICS),
        "fate_noun": load_dict(FATE_NOUNS),
        "fate_role": load_dict(FATE_ROLES),
        "act": load_dict(ACT_VERBS),
    }
