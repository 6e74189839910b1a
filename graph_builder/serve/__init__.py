"""The store over HTTP (`mtkg serve`): the app and server (app.py), the query workers
(workers.py), what a request may do (guard.py, no_network.py), result formats (results.py) and
the OpenAPI description (openapi.py)."""
from .app import make_server, serve

__all__ = ["make_server", "serve"]
