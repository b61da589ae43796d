"""Every word form spaCy's lemmatizer can map to a lemma, and the words a text's tokens can be:
the pre-filter's view of a sentence before any parse.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- pre-filter
#: Irregular forms of verbs and nouns, by lemma: the forms spaCy's English lemmatizer maps back
#: to a lemma that are not regular inflections of it ("met" -> "meet", "sought" -> "seek").
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "hold": ("held",), "sit": ("sat",), "speak": ("spoke", "spoken"),
    "seek": ("sought",), "freeze": ("froze", "frozen"), "unfreeze": ("unfroze", "unfrozen"),
    "break": ("broke", "broken"), "take": ("took", "taken"),
    "withdraw": ("withdrew", "withdrawn"), "rebuild": ("rebuilt",),
    "bid": ("bade", "bidden"), "ultimatum": ("ultimata",), "light": ("lit",),
    "shine": ("shone",), "fly": ("flew", "flown"), "lay": ("laid",), "say": ("said",),
    "run": ("ran",), "begin": ("began", "begun"), "ring": ("rang", "rung"), "flee": ("fled",),
    "shoot": ("shot",), "fight": ("fought",), "send": ("sent",), "make": ("made",),
    "leave": ("left",), "tell": ("told",), "get": ("got", "gotten"), "go": ("went", "gone"),
    "see": ("saw", "seen"), "come": ("came",), "give": ("gave", "given"), "keep": ("kept",),
    "stand": ("stood",), "bring": ("brought",), "win": ("won",), "lose": ("lost",),
    "draw": ("drew", "drawn"), "throw": ("threw", "thrown"), "rise": ("rose", "risen"),
    "strike": ("struck", "stricken"), "spin": ("spun",), "do": ("did", "done"),
    "pay": ("paid",), "lead": ("led",), "feel": ("felt",), "hear": ("heard",),
    "find": ("found",), "think": ("thought",), "buy": ("bought",), "catch": ("caught",),
    "teach": ("taught",), "drive": ("drove", "driven"), "ride": ("rode", "ridden"),
    "write": ("wrote", "written"), "eat": ("ate", "eaten"), "fall": ("fell", "fallen"),
    "forgo": ("forwent", "forgone"), "undertake": ("undertook", "undertaken"),
    "overtake": ("overtook", "overtaken"), "man": ("men",), "woman": ("women",),
}


_VOWELS = "aeiou"


_LEARNED_PLURALS = (("um", "a"), ("us", "i"), ("is", "es"), ("on", "a"), ("ex", "ices"),
                    ("ix", "ices"))


_LETTER_RUNS = re.compile(r"[^\W\d_]+")


_COMPOUNDS = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def word_forms(lemma: str) -> frozenset[str]:
    """Every lower-case word spaCy's English lemmatizer can map to `lemma` (a superset).

    The rule lemmatizer strips -s, -es, -ies, -ves, -men, -ed, -ing, -er and -est (putting
    back an "e" or a "y"), and looks up exceptions (doubled consonants, irregular forms); the
    forms below are all of those, for every part of speech, so no token with the lemma is
    missed. Over-generation ("meetest") only lets a sentence through.
    """
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "er", w + "est",
             w + "r", w + "st"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w[:-1] + "ed", w[:-1] + "er", w[:-1] + "est"}
    if w.endswith("y"):
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w[:-1] + "ier", w[:-1] + "iest"}
    if w.endswith("f"):
        forms.add(w[:-1] + "ves")
    if w.endswith("ie"):
        forms.add(w[:-2] + "ying")  # "tying"
    if w.endswith("man"):
        forms.add(w[:-3] + "men")
    for singular, plural in _LEARNED_PLURALS:  # "fora", "crises", "criteria"
        if w.endswith(singular):
            forms.add(w[:-len(singular)] + plural)
    if len(w) >= 2 and w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS:
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing", w + w[-1] + "er", w + w[-1] + "est"}
    forms.update(IRREGULAR_FORMS.get(w, ()))
    return frozenset(forms)


def sentence_words(text: str) -> set[str]:
    """The lower-case words a spaCy token of `text` can be: alphanumeric runs joined by
    hyphens ("j-16", "cut-off"), and the letter runs within them ("cut", "off")."""
    words = set(_COMPOUNDS.findall(text.lower()))
    for word in [w for w in words if not w.isalpha()]:
        words.update(_LETTER_RUNS.findall(word))
    return words
