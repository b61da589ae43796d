"""The web dashboard and JSON API: `create_app(store, settings, token)`, served by `parley serve`.

Server-rendered pages (Jinja2 templates, SVG charts drawn on the server, one small script of
our own), no CDN and no external font: it works on a machine without network. Read-only:
every route is a GET; everything shown comes from `parley.report`.
"""

from parley.web.app import create_app
from parley.web.security import is_loopback

__all__ = ["create_app", "is_loopback"]
