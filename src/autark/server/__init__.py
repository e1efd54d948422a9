"""The web studio: a FastAPI app (``autark.server.app.create_app``), the JSON protocol over WebSocket and plain
TCP (``PROTOCOL.md``), and the browser UI in ``web/``. Nothing here is imported by ``import autark``; FastAPI
is imported only by ``autark.server.app``."""
