"""The store's errors, for callers above the services (the window, the commands) that must not import the store."""

from planner.store.errors import (
    DATABASE_ERRORS,
    CorruptDatabaseError,
    DatabaseInUseError,
    NewerSchemaError,
    NotFoundError,
    StorageError,
    StoreError,
    storage_reason,
)
from planner.store.migrations import SCHEMA_VERSION

__all__ = [
    "DATABASE_ERRORS", "SCHEMA_VERSION", "CorruptDatabaseError", "DatabaseInUseError", "NewerSchemaError",
    "NotFoundError", "StorageError", "StoreError", "storage_reason",
]  # fmt: skip
