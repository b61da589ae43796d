"""The hostile article of the web tests: script payloads in every field a page shows."""

from __future__ import annotations

from datetime import date

from parley.types import Article, ChannelStatus, Event, EventType, Evidence

#: Payloads that would run if written into a page unescaped.
SCRIPT = '<script>window.__xss = "script"; alert("script")</script>'
IMAGE = '<img src=x onerror="window.__xss = \'img\'; alert(\'img\')">'
SVG = '<svg onload="window.__xss = \'svg\'">'
PAYLOADS = (SCRIPT, IMAGE, SVG)

XSS_ID = 'xss-"><script>alert("id")</script>'
XSS_TITLE = f"Defence talks {SCRIPT} {IMAGE}"
XSS_SENTENCES = (
    f"France and Germany held defence minister talks in Paris on 5 March 2024 {IMAGE}.",
    f"Berlin suspended the military hotline with Paris on 9 April 2024 {SCRIPT}.",
    f"Officials said the line stays cut {SVG}.",
)


def xss_article() -> tuple[Article, list[Event]]:
    """The hostile article and its hand-made events (offsets point into its text)."""
    text = " ".join(XSS_SENTENCES)
    spans = []
    position = 0
    for sentence in XSS_SENTENCES:
        spans.append(Evidence(sentence, position, position + len(sentence)))
        position += len(sentence) + 1
    events = [
        Event(article=XSS_ID, type=EventType.MEET, source="FRA", target="DEU",
              channel="defence-ministers", date="2024-03-05", evidence=spans[0]),
        Event(article=XSS_ID, type=EventType.SUSPEND, source="DEU", target="FRA",
              channel="hotline", date="2024-04-09", evidence=spans[1]),
        Event(article=XSS_ID, type=EventType.STATUS, source="DEU", target="FRA",
              channel="hotline", status=ChannelStatus.SUSPENDED, date="2024-04",
              evidence=spans[2]),
    ]
    article = Article(id=XSS_ID, text=text, title=XSS_TITLE, url="javascript:alert('url')",
                      source=f"Wire {SCRIPT}", published=date(2024, 4, 10))
    return article, events
