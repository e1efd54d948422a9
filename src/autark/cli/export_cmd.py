"""``autark export``: lives with ``autark render`` in ``autark.cli.render_cmd``; this module is the name the
CLI's lazy registry looks up."""

from autark.cli.render_cmd import register_export as register

__all__ = ["register"]
