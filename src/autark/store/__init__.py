"""The project store: an SQLite file per project holding the current scene, the command log and undo/redo."""

from autark.store.migrations import APPLICATION_ID, SCHEMA_VERSION
from autark.store.project import FILE_NAME, LogEntry, ProjectStore, project_file

__all__ = ["APPLICATION_ID", "FILE_NAME", "SCHEMA_VERSION", "LogEntry", "ProjectStore", "project_file"]
