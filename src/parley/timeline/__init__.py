"""From events to channel states over time: a pure state machine per pair and channel."""

from parley.timeline.merge import MergedEvent, merge_events, total_count
from parley.timeline.request_outcomes import AnsweredRequest, Outcome, classify_requests
from parley.timeline.states import (
    Interval,
    Side,
    channel_intervals,
    event_status,
    interval_on,
    pair_intervals,
    states_as_of,
)

__all__ = [
    "AnsweredRequest",
    "Interval",
    "MergedEvent",
    "Outcome",
    "Side",
    "channel_intervals",
    "classify_requests",
    "event_status",
    "interval_on",
    "merge_events",
    "pair_intervals",
    "states_as_of",
    "total_count",
]
