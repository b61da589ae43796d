"""Reading the peer gold files (PLOVER JSON, PETRARCH-2 pseudo-XML) into classified records."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from parley.peer.correspondence import classify
from parley.peer.records import PeerCoding, PeerRecord, PeerRow
from parley.peer.states import known_states, phoenix_state, plover_state

#: PLOVER 0.5b1 labels -> current manual names.
PLOVER_RENAMES: dict[str, str] = {
    "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
}


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
