"""From events to channel states over time: a pure state machine per pair and channel."""

from parley.timeline.states import (
    Interval,
    channel_intervals,
    event_status,
    states_as_of,
)

__all__ = ["Interval", "channel_intervals", "event_status", "states_as_of"]
