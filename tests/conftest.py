"""The whole test run has a user folder of its own.

autark keeps the user's plugins state, imported assets, phrases, templates, ratings, the projects they opened
(what preferences are learned from) and the film-signing key in the user's config folder. A test run must
neither read a developer's folder (learned preferences would change what the tests see) nor write into it, so
every process of the run, subprocesses included, gets a fresh one through AUTARK_CONFIG_DIR. A test that
needs a folder of its own still sets the variable itself.
"""

from __future__ import annotations

import os
import tempfile


def pytest_configure(config: object) -> None:
    os.environ["AUTARK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="autark-test-user-")
