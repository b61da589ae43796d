"""An article's page: its text with every event sentence highlighted, and its events."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from starlette.requests import Request
from starlette.responses import HTMLResponse

from parley.web.deps import AsOf, Plain
from parley.web.params import NotFound, check_date
from parley.web.render import page

router = APIRouter(include_in_schema=False)


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
                safe_link=safe_link, title=f"{view.article.title or view.article.id}: Parley")
