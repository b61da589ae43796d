"""An article's page: its text in paragraphs with every event sentence highlighted, and its
events."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Path
from starlette.requests import Request
from starlette.responses import HTMLResponse

from parley.web.deps import AsOf, Plain
from parley.web.page_data import Highlight
from parley.web.params import NotFound, check_date
from parley.web.render import page

router = APIRouter(include_in_schema=False)

#: A paragraph break: a blank line (spaces allowed), as articles are stored.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def paragraphs(parts: tuple[Highlight, ...]) -> list[list[Highlight]]:
    """The highlighted text cut into paragraphs at blank lines of its plain stretches.

    An event sentence is never cut (one that held a blank line stays in one paragraph);
    offsets are kept, so each stretch still knows where it starts in the article.
    """
    found: list[list[Highlight]] = [[]]
    for part in parts:
        if part.events:
            found[-1].append(part)
            continue
        position = 0
        for gap in PARAGRAPH_BREAK.finditer(part.text):
            if gap.start() > position:
                found[-1].append(Highlight(part.text[position:gap.start()],
                                           part.start + position))
            found.append([])
            position = gap.end()
        if position < len(part.text):
            found[-1].append(Highlight(part.text[position:], part.start + position))
    return [paragraph for paragraph in found if paragraph]


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article_page(
    request: Request, dashboard: Plain,
    article_id: Annotated[str, Path(min_length=1, max_length=255)], as_of: AsOf = None,
) -> HTMLResponse:
    when = check_date(as_of, "as_of")
    view = dashboard.article_view(article_id)
    if view is None:
        raise NotFound(f"no article {article_id[:80]!r} in the store")
    placed: dict[int, int] = {}
    for part in view.parts:
        for stored in part.events:
            for index, candidate in enumerate(view.events):
                if candidate is stored:
                    placed[index] = part.start
    link = view.article.url or ""
    # Only web addresses become links: a javascript: or data: URL stays text.
    safe_link = link if link.lower().startswith(("http://", "https://")) else None
    return page(request, "article.html", view=view, as_of=when, placed=placed,
                paragraphs=paragraphs(view.parts),
                safe_link=safe_link, title=f"{view.article.title or view.article.id}: Parley")
