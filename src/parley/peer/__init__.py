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

from parley.peer.correspondence import (
    AMBIGUOUS,
    CONTESTED,
    CORRESPONDENCE,
    UNRELATED,
    Correspondence,
    classify,
    correspondence,
)
from parley.peer.readers import PLOVER_RENAMES, load_peer_records, read_petr2, read_plover
from parley.peer.records import (
    PEER_DATE,
    PeerCoding,
    PeerRecord,
    PeerRow,
    PeerScores,
    SentenceResult,
    Verdict,
)
from parley.peer.scoring import ExtractFn, format_peer_report, peer_scores, pipeline_extractor
from parley.peer.states import (
    CODE_ALIASES,
    STATE_SECTORS,
    known_states,
    phoenix_state,
    plover_state,
)

__all__ = [
    "AMBIGUOUS", "CODE_ALIASES", "CONTESTED", "CORRESPONDENCE", "PEER_DATE", "PLOVER_RENAMES",
    "STATE_SECTORS", "UNRELATED", "Correspondence", "ExtractFn", "PeerCoding", "PeerRecord",
    "PeerRow", "PeerScores", "SentenceResult", "Verdict", "classify", "correspondence",
    "format_peer_report", "known_states", "load_peer_records", "peer_scores", "phoenix_state",
    "pipeline_extractor", "plover_state", "read_petr2", "read_plover",
]
