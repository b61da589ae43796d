"""An external test: Parley run on sentences that other projects coded by hand.

Two peer gold sets are read (their paths come from the caller; nothing here is bundled, and no
peer text is copied into Parley):

* the PLOVER gold-standard records (``PLOVER_GSR_CAMEO.txt``: a JSON array, one record per
  sentence, PLOVER 0.5b1 ``event``/``mode``, ``source``/``target`` actor lists, ``eventText``);
* the UniversalPetrarch PETRARCH-2 validation file (``PETR2_GSR_validation.xml``: sentences with
  CAMEO ``EventCoding`` lines and Phoenix actor codes such as ``USAMIL`` or ``LBNGOV``, or
  ``noevents``). The file is not well-formed XML, so it is read with patterns.

Each sentence is classified as

* ``related``: the peers coded an event that Parley's contract also has, between two different
  states Parley knows. Parley should find the expected type (any of `PeerRecord.expected`);
* ``excluded``: a corresponding event whose parties are not two known states (an IGO, rebels,
  one state with itself), or a coding whose Parley counterpart is a matter of judgement (an
  intent to meet, a threat to halt talks, a refusal of some other request). Not scored;
* ``unrelated``: only codings with no Parley counterpart (assaults, protests, aid, accusations,
  exercises…) or ``noevents``. Parley should find no event at all.

`peer_scores` runs an extractor over the related and unrelated sentences and gives the two
shares (found / quiet) with per-sentence details; `format_peer_report` renders them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from parley.pipeline import Pipeline

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

#: PLOVER 0.5b1 labels -> current manual names.
PLOVER_RENAMES: dict[str, str] = {
    "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
}
#: Non-ISO country codes used by the peers.
CODE_ALIASES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: Actor sectors (PLOVER ``sector``, Phoenix 3-letter suffixes) that still act for the state.
STATE_SECTORS: frozenset[str] = frozenset({"", "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "***"})
#: Words of a PLOVER actorText that make an actor non-state when its sector is not given.
_NON_STATE_ACTOR = re.compile(
    r"\b(?:rebels?|militants?|militias?|guerrill\w*|insurgents?|factions?|movement|party|"
    r"group|groups|hackers|opposition|activists|union|students|protesters|demonstrators|front|"
    r"organi[sz]ation|hamas|plo|separatists?|elders|dissidents|businessman|newspaper|"
    r"refugees|civilians|workers|unita|leaders of)\b", re.I)

#: The date a sentence is read at when its record gives none (PLOVER records all say
#: 2000-01-01); PETRARCH-2 sentences carry their story's date, which is used instead.
PEER_DATE = date(2000, 1, 1)

Verdict = Literal["related", "excluded", "unrelated"]


@dataclass(frozen=True, slots=True)
class PeerCoding:
    """One event as a peer coded it; `sources`/`targets` are ISO codes, None for non-states."""

    code: str  # PLOVER event (current name) or CAMEO code; "noevents" for none
    mode: str | None
    cue: str | None  # the PLOVER eventText, when given
    raw_sources: tuple[str, ...]
    raw_targets: tuple[str, ...]
    sources: tuple[str | None, ...]
    targets: tuple[str | None, ...]

    @property
    def label(self) -> str:
        mode = f"/{self.mode}" if self.mode else ""
        return (f"{self.code}{mode} {'+'.join(self.raw_sources) or '-'}"
                f"->{'+'.join(self.raw_targets) or '-'}")


#: One sentence as a peer file gives it: id, corpus, text, codings, the story's date.
PeerRow = tuple[str, str, str, list[PeerCoding], date | None]


@dataclass(frozen=True, slots=True)
class PeerRecord:
    """One gold sentence with its codings and what Parley should do with it."""

    id: str
    corpus: str  # "PLOVER" or "PETR2"
    text: str
    codings: tuple[PeerCoding, ...]
    verdict: Verdict
    expected: tuple[str, ...] = ()  # for related: Parley types, any of which is a hit
    reason: str = ""
    published: date | None = None  # the story's date, when the record gives one


@dataclass(frozen=True, slots=True)
class SentenceResult:
    record: PeerRecord
    found: tuple[str, ...]

    @property
    def ok(self) -> bool:
        if self.record.verdict == "related":
            return any(t in self.found for t in self.record.expected)
        return not self.found


@dataclass(frozen=True, slots=True)
class PeerScores:
    related: tuple[SentenceResult, ...]
    unrelated: tuple[SentenceResult, ...]
    excluded: tuple[PeerRecord, ...] = field(default_factory=tuple)

    @property
    def found_share(self) -> float:
        """Share of related sentences where Parley found the expected type (target >= 0.80)."""
        return _share(self.related)

    @property
    def quiet_share(self) -> float:
        """Share of unrelated sentences where Parley found no event at all (target >= 0.90)."""
        return _share(self.unrelated)

    @property
    def misses(self) -> list[SentenceResult]:
        return [r for r in self.related if not r.ok]

    @property
    def false_events(self) -> list[SentenceResult]:
        return [r for r in self.unrelated if not r.ok]


def _share(results: Sequence[SentenceResult]) -> float:
    return sum(r.ok for r in results) / len(results) if results else 1.0


# ------------------------------------------------------------------------------ states
def known_states() -> frozenset[str]:
    """The ISO codes of Parley's state gazetteer (data/actors/states.json)."""
    path = resources.files("parley.data") / "actors" / "states.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(str(s["code"]) for s in data["states"])


def phoenix_state(code: str) -> str | None:
    """A Phoenix/CAMEO actor code reduced to its country, or None for IGOs and non-states.

    ``USAMIL`` -> USA, ``IRQGOVMIL`` -> IRQ, ``LBNGOV`` -> LBN; ``SYRREB``, ``GEOOPP``,
    ``IGOUNO``, ``---GOV``, ``PSEGZA`` (a region) -> None.
    """
    code = code.strip().upper()
    country, rest = code[:3], code[3:]
    if len(country) != 3 or not country.isalpha() or country in {"IGO", "NGO", "IMG"}:
        return None
    chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    if any(chunk not in STATE_SECTORS for chunk in chunks):
        return None
    return CODE_ALIASES.get(country, country)


def plover_state(actor: Mapping[str, Any]) -> str | None:
    """A PLOVER actor ({actorText, code, sector}) reduced to its state, or None."""
    code = str(actor.get("code") or "").strip().upper()
    if len(code) != 3 or code in {"IGO", "NGO", "IMG", "ISM"}:
        return None
    sector = str(actor.get("sector") or "")
    if sector[:3].upper() not in STATE_SECTORS:
        return None
    if sector in {"", "***"} and _NON_STATE_ACTOR.search(str(actor.get("actorText") or "")):
        return None
    return CODE_ALIASES.get(code, code)


# ------------------------------------------------------------------------------ classify
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


# ------------------------------------------------------------------------------ loading
def _merge(records: Iterable[PeerRow],
           states: frozenset[str]) -> list[PeerRecord]:
    """One record per distinct sentence (a few sentences are coded in several records)."""
    by_text: dict[str, PeerRow] = {}
    for rid, corpus, text, codings, published in records:
        key = " ".join(text.split())
        if not key:
            continue
        if key in by_text:
            by_text[key][3].extend(codings)
        else:
            by_text[key] = (rid, corpus, key, list(codings), published)
    out: list[PeerRecord] = []
    for rid, corpus, text, codings, published in by_text.values():
        verdict, expected, reason = classify(rid, text, codings, states)
        out.append(PeerRecord(rid, corpus, text, tuple(codings), verdict, expected, reason,
                              published))
    return out


def _plover_actors(value: Any) -> list[dict[str, Any]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def read_plover(path: Path) -> list[PeerRow]:
    """The PLOVER GSR records (skipping the DOCUMENT header) as raw codings."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rows: list[PeerRow] = []
    for item in data:
        event = str(item.get("event") or "")
        if not event or event == "DOCUMENT":
            continue
        sources = _plover_actors(item.get("source"))
        targets = _plover_actors(item.get("target"))
        coding = PeerCoding(
            code=PLOVER_RENAMES.get(event, event),
            mode=str(item.get("mode") or "") or None,
            cue=str(item.get("eventText") or "") or None,
            raw_sources=tuple(str(a.get("code")) for a in sources),
            raw_targets=tuple(str(a.get("code")) for a in targets),
            sources=tuple(plover_state(a) for a in sources),
            targets=tuple(plover_state(a) for a in targets),
        )
        rows.append((str(item["id"]), "PLOVER", str(item.get("text") or ""), [coding], None))
    return rows


_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<Sentence\s([^>]*?)/?>(.*?)(?=<Sentence\s|</Sentences>|\Z)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def _petr2_date(attrs: dict[str, str]) -> date | None:
    """A sentence's ``date="20150609"`` attribute, or None when absent or malformed."""
    raw = attrs.get("date", "")
    try:
        return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])) if len(raw) == 8 else None
    except ValueError:
        return None


def read_petr2(path: Path) -> list[PeerRow]:
    """The PETRARCH-2 validation sentences as raw codings (``noevents`` as one coding)."""
    source = _COMMENT.sub("", Path(path).read_text(encoding="utf-8"))
    rows: list[PeerRow] = []
    for match in _SENTENCE.finditer(source):
        attrs = dict(_ATTR.findall(match.group(1)))
        body = match.group(2)
        text_match = _TEXT.search(body)
        text = " ".join(text_match.group(1).split()) if text_match else ""
        codings: list[PeerCoding] = []
        for raw in _CODING.findall(body):
            fields = dict(_ATTR.findall(raw))
            if fields.get("noevents", "").lower() == "true":
                codings.append(PeerCoding("noevents", None, None, (), (), (), ()))
                continue
            src, tgt = fields.get("sourcecode", ""), fields.get("targetcode", "")
            codings.append(PeerCoding(
                code=fields.get("eventcode", ""), mode=None, cue=None,
                raw_sources=(src,), raw_targets=(tgt,),
                sources=(phoenix_state(src),), targets=(phoenix_state(tgt),),
            ))
        rows.append((attrs.get("id", ""), "PETR2", text, codings, _petr2_date(attrs)))
    return rows


def load_peer_records(plover_path: Path | None, petr2_path: Path | None, *,
                      states: frozenset[str] | None = None) -> list[PeerRecord]:
    """Both peer sets (either path may be None), merged by sentence and classified."""
    states = known_states() if states is None else states
    rows: list[PeerRow] = []
    if plover_path is not None:
        rows.extend(read_plover(plover_path))
    if petr2_path is not None:
        rows.extend(read_petr2(petr2_path))
    return _merge(rows, states)


# ------------------------------------------------------------------------------ scoring
ExtractFn = Callable[[str, date | None], Sequence[str]]


def peer_scores(records: Iterable[PeerRecord], extract_fn: ExtractFn) -> PeerScores:
    """Run `extract_fn` (sentence -> Parley event types) on related and unrelated sentences."""
    related: list[SentenceResult] = []
    unrelated: list[SentenceResult] = []
    excluded: list[PeerRecord] = []
    for record in records:
        if record.verdict == "excluded":
            excluded.append(record)
            continue
        found = tuple(str(t) for t in extract_fn(record.text, record.published))
        result = SentenceResult(record, found)
        (related if record.verdict == "related" else unrelated).append(result)
    return PeerScores(tuple(related), tuple(unrelated), tuple(excluded))


def pipeline_extractor(pipeline: Pipeline) -> ExtractFn:
    """An `ExtractFn` running Parley's whole pipeline on one sentence as an article.

    Every event counts, including negated and hypothetical ones: the peers code what a sentence
    says happened, and ambiguous codings are excluded rather than second-guessed here.
    """
    from parley.types import Article

    def extract(sentence: str, published: date | None = None) -> list[str]:
        article = Article(id="peer", text=sentence, published=published or PEER_DATE)
        return [str(event.type) for result in pipeline.extract([article])
                for event in result.events]

    return extract


def format_peer_report(scores: PeerScores, *, width: int = 160) -> str:
    """A plain-text report: the two shares, then every miss and every false event."""

    def clip(text: str) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = [
        f"peer sentences: {len(scores.related)} related, {len(scores.excluded)} excluded, "
        f"{len(scores.unrelated)} unrelated",
        f"related found:   {scores.found_share:.3f} "
        f"({len(scores.related) - len(scores.misses)}/{len(scores.related)}; target 0.80)",
        f"unrelated quiet: {scores.quiet_share:.3f} "
        f"({len(scores.unrelated) - len(scores.false_events)}/{len(scores.unrelated)}; "
        "target 0.90)",
    ]
    if scores.misses:
        lines.append("")
        lines.append("missed related sentences (expected | found | peer coding):")
        for r in scores.misses:
            codes = ", ".join(c.label for c in r.record.codings)
            lines.append(f"- [{r.record.id}] want {'/'.join(r.record.expected)} | found "
                         f"{','.join(r.found) or 'nothing'} | {codes}")
            lines.append(f"    {clip(r.record.text)}")
    if scores.false_events:
        lines.append("")
        lines.append("unrelated sentences with events (found | peer coding):")
        for r in scores.false_events:
            codes = ", ".join(c.label for c in r.record.codings)
            lines.append(f"- [{r.record.id}] found {','.join(r.found)} | {codes}")
            lines.append(f"    {clip(r.record.text)}")
    return "\n".join(lines)
