"""The words of temporal expressions: months, weekdays, number words, holidays and unit nouns.

Kept apart from the regular expressions so the vocabulary can be read and extended on its own;
`patterns.py` builds its alternations from these tables.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _number_tables() -> dict[str, dict[str, int]]:
    text = (resources.files("parley.data") / "lexicons" / "numbers.json").read_text(
        encoding="utf-8")
    tables: dict[str, dict[str, int]] = json.loads(text)
    return tables


def number_words(table: str) -> dict[str, int]:
    """One table of `data/lexicons/numbers.json` (cardinals, couples, articles, quantities)."""
    return dict(_number_tables()[table])


#: Month names and their abbreviations (without the period), lower case.
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

MONTH_NAMES: tuple[str, ...] = tuple(list(MONTHS)[:12])
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(name for name in MONTHS if name not in MONTH_NAMES)

#: Month words that are also common English words; bare, they need capitals or strong context.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar"})

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

#: Counts spelt out in "two weeks ago" or "the past three years" (data/lexicons/numbers.json).
NUMBER_WORDS: dict[str, int] = {**number_words("cardinals"), **number_words("articles"),
                                **number_words("couples")}

#: Counts too vague to give a day; "a few days ago" still gives the month.
VAGUE_COUNTS: frozenset[str] = frozenset({"a few", "few", "several", "a handful of"})

#: Fixed-date holidays: (month, day). Keys are lower case with single spaces and ASCII quotes.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
}

#: Nouns that make a preceding four-digit number a quantity, not a year ("2000 troops").
UNIT_NOUNS: frozenset[str] = frozenset(
    {
        "people", "persons", "troops", "soldiers", "personnel", "sailors", "marines", "airmen",
        "officers", "officials", "men", "women", "children", "civilians", "refugees",
        "casualties", "deaths", "dead", "killed", "wounded", "injured", "prisoners",
        "detainees", "pows", "defectors", "migrants", "residents", "members", "students",
        "workers", "employees", "jobs", "votes", "signatures", "names", "participants",
        "km", "kms", "kilometers", "kilometres", "miles", "mi", "meters", "metres", "m",
        "feet", "ft", "nautical", "yards", "acres", "hectares", "sq", "square",
        "tons", "tonnes", "kg", "kilograms", "pounds", "lbs", "barrels",
        "dollars", "usd", "euros", "yuan", "renminbi", "won", "rubles", "roubles", "yen",
        "rupees", "pesos", "hryvnia",
        "ships", "vessels", "boats", "warships", "submarines", "aircraft", "planes", "jets",
        "fighters", "helicopters", "drones", "missiles", "rockets", "shells", "rounds",
        "bullets", "tanks", "vehicles", "trucks", "guns", "units", "sorties", "flights",
        "times", "hours", "hrs", "hr", "h", "gmt", "utc", "z", "mph", "knots", "kt", "kts",
        "points", "pages", "words", "steps", "positions", "posts", "beds", "homes", "houses",
    }
)  # fmt: skip

#: Words after which a four-digit number is a count or a label, not a year.
NOT_YEAR_BEFORE: frozenset[str] = frozenset(
    {
        "no", "no.", "nos", "nos.", "number", "numbers", "num", "resolution", "route", "flight",
        "model", "type", "article", "section", "paragraph", "clause", "room", "fiscal", "fy",
        "page", "pages", "code", "grade", "regiment", "squadron", "hull", "pennant", "tail",
        "item", "version", "v", "v.", "highway", "hill", "height", "bus", "platform", "gate",
        "at", "least", "most", "some", "nearly", "almost", "approximately", "roughly", "about",
        "than", "total", "additional", "another", "further", "extra", "numbering", "just",
        "only", "top", "exercise", "operation", "plan", "project",
    }
)  # fmt: skip

#: Words before a year that make it a year even when a unit noun follows ("in 2018 troops").
YEAR_PREPOSITIONS: frozenset[str] = frozenset({"in", "since", "during", "until", "till"})

#: Words after which a bare month name is a month ("in March", "since May", "early June").
STRONG_MONTH_CONTEXT: frozenset[str] = frozenset(
    {"in", "since", "during", "until", "till", "of", "early", "late", "mid", "earlier",
     "later", "throughout"}
)  # fmt: skip

#: Words after which a bare month name is a month only when it is capitalised ("by May").
WEAK_MONTH_CONTEXT: frozenset[str] = frozenset(
    {"by", "from", "before", "after", "between", "to", "and", "or", "through", "thru", "the",
     "&", ",", "-", "–", "—", "(", "around"}
)  # fmt: skip

#: Words before a weekday that make it part of a name ("Good Friday", "Super Tuesday").
WEEKDAY_NAME_PREFIXES: frozenset[str] = frozenset(
    {"good", "black", "cyber", "super", "holy", "maundy", "ash", "bloody", "fat", "giving",
     "easter", "palm", "whit", "mothering", "remembrance"}
)  # fmt: skip

#: Capitalised words after a weekday that make it a newspaper's name ("the Sunday Times").
WEEKDAY_NAME_SUFFIXES: frozenset[str] = frozenset(
    {"times", "telegraph", "express", "mirror", "mail", "herald", "post", "independent",
     "observer", "star", "sport", "people", "world", "tribune", "journal", "night live"}
)  # fmt: skip


#: Verbs of taking part in a gathering: taking part, or not, happens when the gathering does
#: ("did not attend talks scheduled for May 3").
PARTICIPATION_VERBS: frozenset[str] = frozenset(
    {"attend", "participate", "join", "skip", "boycott", "miss", "snub"}
)  # fmt: skip

#: Participation said with a verb and a particle or object noun ("take part", "show up").
PARTICIPATION_PHRASES: frozenset[tuple[str, str]] = frozenset(
    {("take", "part"), ("show", "up"), ("turn", "up")}
)  # fmt: skip

#: Words that place an event a measured time from another ("six days after X": X is six days
#: earlier than what came after it; "a week before X": X is a week later).
SEQUENCE_WORDS: dict[str, int] = {"after": -1, "before": 1}

#: Units of such a measured gap, as `shift` counts them.
GAP_UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
    "fortnights": "fortnight", "month": "month", "months": "month", "year": "year",
    "years": "year",
}  # fmt: skip

#: Verbs whose subject lasts rather than happens ("the sanctions, which remain in force"):
#: a date in such a relative clause does not date the noun's event.
LASTING_VERBS: frozenset[str] = frozenset(
    {"remain", "stay", "continue", "persist", "last", "stand"}
)  # fmt: skip


#: Ordinals that count an event within a period ("the third summit this year").
ORDINALS: frozenset[str] = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
     "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"}
)  # fmt: skip

#: The periods such a count runs over: the current one, not the event's own date.
COUNTING_PERIOD = re.compile(r"this\s+(?:year|month|week)", re.IGNORECASE)


def normalise(phrase: str) -> str:
    """Lower-case a matched phrase, fold curly quotes and collapse runs of white space."""
    return re.sub(r"\s+", " ", phrase.replace("\u2019", "'").lower()).strip()


def month_number(word: str) -> int:
    """The month (1-12) a month name or abbreviation ("Sept.", "August") stands for."""
    return MONTHS[normalise(word).rstrip(".")]


def count_of(word: str) -> int | None:
    """The number a count ("3", "three", "a couple of") stands for, or None when vague."""
    key = normalise(word)
    if key.isdigit():
        return int(key)
    return NUMBER_WORDS.get(key)


def alternation(words: list[str] | set[str] | frozenset[str] | dict[str, int]) -> str:
    """A regex alternation of `words`, longest first, with spaces matching any white space."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
