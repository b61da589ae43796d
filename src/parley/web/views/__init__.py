"""The dashboard's pages, one module per page type; `ROUTERS` is what `create_app` mounts."""

from __future__ import annotations

from fastapi import APIRouter

from parley.web.views import (
    article,
    channel,
    compare,
    downloads,
    events,
    mechanisms,
    overview,
    pair,
)

__all__ = ["ROUTERS"]

#: Built-in pages, in the order their routes are tried; a plug-in adds its router here.
ROUTERS: list[APIRouter] = [
    overview.router, pair.router, downloads.router, mechanisms.router, channel.router,
    compare.router, events.router, article.router,
]
