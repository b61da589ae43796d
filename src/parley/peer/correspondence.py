"""Which peer codings Parley's contract also has: the correspondence table and the classifier."""

from __future__ import annotations

import re
from collections.abc import Sequence

from parley.peer.records import PeerCoding, Verdict

#: What a peer coding corresponds to in Parley: a tuple of acceptable Parley types (finding any
#: one of them is a hit), `UNRELATED` (no Parley counterpart: Parley must stay silent) or
#: `AMBIGUOUS` (Parley may or may not code it, depending on a reading the contract leaves open).
Correspondence = tuple[str, ...] | None
UNRELATED: Correspondence = ()
AMBIGUOUS: Correspondence = None

CORRESPONDENCE: dict[str, Correspondence] = {
    # ---- PLOVER (0.5b1 labels renamed to the current manual: DEMAND -> REQUEST,
    # DISAPPROVE/INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT). Keys are "EVENT/cue" or "EVENT";
    # the cue comes from the record's mode or its eventText (see `_CUES`), tried in cue order.
    "CONSULT/phone": ("CALL",),                # PLOVER CONSULT mode phone = CAMEO 041
    "CONSULT/renew": ("MEET", "RESUME"),       # "renewed negotiations": talks held and resumed
    "CONSULT": ("MEET",),                      # visits, hosting, third-party, multilateral
    "REQUEST/meet": ("REQUEST",),              # REQUEST mode meet = CAMEO 026 / 106 [C] / 108 [G]
    "REQUEST/mediation": AMBIGUOUS,            # asking a third party to mediate (CAMEO 108 [C])
    "REQUEST": ("DEMAND",),                    # anchors s.2: 10 DEMAND / REQUEST -> Parley DEMAND
    "REJECT/meet": ("DECLINE",),               # REJECT mode meet = CAMEO 125
    "REJECT/sanctions": AMBIGUOUS,             # refusing to ease sanctions: a negated EASE?
    "REJECT/request": AMBIGUOUS,               # refusing some other request: DECLINE is about
                                               # requests to talk, but the contract says "request"
    "REJECT": UNRELATED,                       # vetoes, refusals to resign, violated bans…
    "SANCTION/meet": ("SUSPEND",),             # SANCTION withdraw about talks (cancelled visit)
    "SANCTION/sanctions": ("SANCTION",),       # SANCTION impose = CAMEO 163
    "SANCTION": UNRELATED,                     # expulsions, halted aid, cut air links
    "RETREAT/sanctions": ("EASE",),            # RETREAT ease = CAMEO 085
    "CONCEDE/sanctions": ("EASE",),            # easing of restrictions, when they are sanctions
    "AGREE/meet": AMBIGUOUS,                   # intent or offer to meet (CAMEO 036): REQUEST?
    "AGREE/sanctions": AMBIGUOUS,              # promise to ease sanctions (CAMEO 0354)
    "SUPPORT/relations": AMBIGUOUS,            # ties established or restored: RESUME?
    "THREATEN/ultimatum": ("DEMAND",),         # CAMEO 139 give ultimatum
    "THREATEN/meet": AMBIGUOUS,                # threat to halt talks (CAMEO 134): hypothetical
    "THREATEN/sanctions": AMBIGUOUS,           # threat to sanction or boycott (CAMEO 1312)
    "THREATEN/relations": AMBIGUOUS,           # threat to break relations (CAMEO 1313)
    "THREATEN/condition": AMBIGUOUS,           # "... unless ...": a precondition, Parley DEMAND?
    "ACCUSE/sanctions": AMBIGUOUS,             # calls for sanctions
    # ---- CAMEO (PETRARCH-2 EventCoding; the longest matching prefix wins).
    "026": ("REQUEST",),                       # appeal to others to meet or negotiate
    "036": AMBIGUOUS,                          # express intent to meet or negotiate
    "0354": AMBIGUOUS,                         # express intent to ease sanctions
    "04": ("MEET",),                           # 040, 042-046: consult, visits, meetings, talks
    "041": ("CALL",),                          # discuss by telephone
    "085": ("EASE",),                          # ease economic sanctions, boycott, embargo
    "10": ("DEMAND",),                         # demands (anchors s.2, "Demand or precondition")
    "106": ("REQUEST",),                       # demand meeting, negotiation [C]
    "108": ("REQUEST",),                       # demand meeting, negotiation [G]
    "125": ("DECLINE",),                       # reject proposal to meet, discuss, negotiate
    "1244": AMBIGUOUS,                         # refuse to ease sanctions
    "1312": AMBIGUOUS,                         # threaten to boycott, embargo or sanction
    "1313": AMBIGUOUS,                         # threaten to reduce or break relations
    "134": AMBIGUOUS,                          # threaten to halt negotiations
    "139": ("DEMAND",),                        # give ultimatum
    "161": AMBIGUOUS,                          # reduce or break diplomatic relations
    "163": ("SANCTION",),                      # impose embargo, boycott or sanctions
    "164": ("SUSPEND",),                       # halt negotiations
}
"""Peer code -> Parley type, from ../shared/reference/event-data-anchors.md section 2.

Why a table: the peers' ontologies are broader than Parley's (CAMEO has about 300 codes,
PLOVER 16 types), and only a few codes name something Parley tracks. Keeping the mapping as
data makes every judgement visible and reviewable in one place; the classifier only applies it.
A PLOVER record is looked up by "EVENT/cue" for each cue it shows (the 0.5b1 gold set rarely
fills ``mode``, so cues are also read from its ``eventText``), then by "EVENT"; a CAMEO code by
its longest listed prefix. Anything not listed is `UNRELATED`.
"""

#: Individual peer records whose coding conflicts with Parley's contract: id -> (expected Parley
#: types, or None to exclude; why). Kept short; each entry says why.
CONTESTED: dict[str, tuple[tuple[str, ...] | None, str]] = {
    "GOLD_7": (("SANCTION",), "coded noevents, but asset freezes and sanctions on Russian "
               "officers and firms are SANCTION under the contract (Canada -> Russia)"),
    "VERB_0": (None, "the target (Iran) is the topic of the summit, not a participant"),
    "SYNSET_0": (None, "coded 1014, but the order is addressed to US officials, not to Iran"),
    "PLOVER-GSR01-SUPPORT-0009": (None, "a gunboat intercepting a ship: possibly ENCOUNTER"),
}

#: Cues read from a PLOVER record, in priority order: (name, pattern on eventText).
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phone", re.compile(r"\b(?:tele)?phon", re.I)),
    ("renew", re.compile(r"\b(?:renew|resum|restor|reopen)", re.I)),
    ("mediation", re.compile(r"\bmediat", re.I)),
    ("meet", re.compile(r"\b(?:meet|meeting|meetings|talks?|negotiat\w*|summit|visit\w*|"
                        r"host\w*|contacts?)\b", re.I)),
    ("ultimatum", re.compile(r"\bultimatum", re.I)),
    ("sanctions", re.compile(r"\b(?:sanction\w*|embargo\w*|boycott\w*)", re.I)),
    ("relations", re.compile(r"\b(?:relations|ties)\b", re.I)),
    ("request", re.compile(r"\b(?:request\w*|propos\w*|offer\w*|appeal\w*|demand\w*|calls?|"
                           r"ultimatum|plan|invitation)\b", re.I)),
)
#: A condition in the whole sentence ("... unless ..."), read only after the eventText cues.
_CONDITION = re.compile(r"\b(?:unless|until|if)\b", re.I)


def correspondence(coding: PeerCoding, text: str) -> tuple[str, Correspondence]:
    """The table key that applies to a coding, and its value."""
    if coding.code == "noevents":
        return "noevents", UNRELATED
    if coding.code[:1].isdigit():
        for length in range(len(coding.code), 1, -1):
            key = coding.code[:length]
            if key in CORRESPONDENCE:
                return key, CORRESPONDENCE[key]
        return coding.code, UNRELATED
    cues = [name for name, pattern in _CUES if pattern.search(coding.cue or "")]
    if coding.mode:
        cues.insert(0, coding.mode)
    if _CONDITION.search(text):
        cues.append("condition")
    for cue in cues:
        key = f"{coding.code}/{cue}"
        if key in CORRESPONDENCE:
            return key, CORRESPONDENCE[key]
    return coding.code, CORRESPONDENCE.get(coding.code, UNRELATED)


def classify(record_id: str, text: str, codings: Sequence[PeerCoding],
             states: frozenset[str]) -> tuple[Verdict, tuple[str, ...], str]:
    """(verdict, expected Parley types, reason) for one sentence and all its codings."""
    if record_id in CONTESTED:
        override, why = CONTESTED[record_id]
        if override is None:
            return "excluded", (), f"contested: {why}"
        return "related", override, f"contested: {why}"
    expected: list[str] = []
    reasons: list[str] = []
    excluded: list[str] = []
    for coding in codings:
        key, value = correspondence(coding, text)
        if value is None:
            excluded.append(f"{key}: ambiguous in Parley's terms")
            continue
        if not value:
            reasons.append(key)
            continue
        parties = coding.sources + coding.targets
        if not parties or any(p is None or p not in states for p in parties):
            excluded.append(f"{key}: a party is not a state Parley knows ({coding.label})")
        elif len(set(parties)) < 2:
            excluded.append(f"{key}: one state only ({coding.label})")
        else:
            expected.extend(t for t in value if t not in expected)
            reasons.append(f"{key} -> {'/'.join(value)}")
    if expected:
        return "related", tuple(expected), "; ".join(reasons)
    if excluded:
        return "excluded", (), "; ".join(excluded)
    return "unrelated", (), "; ".join(reasons) or "no coding"
