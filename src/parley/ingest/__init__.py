"""The ingest stage: files, directories and standard input to `Article` records.

`read_inputs` is the entry point; it yields articles, and a failure or warning for each input
that could not be read cleanly, without ever raising for bad input.
"""

from parley.ingest.formats import NO_DATE_WARNING, Record
from parley.ingest.normalize import content_id, normalize_text, parse_published
from parley.ingest.sources import KINDS, read_inputs

__all__ = [
    "KINDS",
    "NO_DATE_WARNING",
    "Record",
    "content_id",
    "normalize_text",
    "parse_published",
    "read_inputs",
]
