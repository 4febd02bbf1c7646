"""Typed reasons a database cannot be used, each with a message a person can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class: the database was left untouched."""


class CorruptDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"{path} is damaged or is not a Runlift database ({detail}); it was not changed")


class NewerSchemaError(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"{path} was written by a newer Runlift (schema {found}, this version reads up to {supported}); "
            "it was not changed: update Runlift to open it"
        )


class DatabaseInUseError(StoreError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"another Runlift is already using {path.parent}; close it first")


class MigrationError(StoreError):
    def __init__(self, path: Path, step: int, detail: str, backup: Path | None) -> None:
        self.path = path
        self.backup = backup
        where = f"; a copy from before the upgrade is at {backup}" if backup else ""
        super().__init__(f"upgrading {path} failed at step {step} ({detail}); nothing was changed{where}")


class NotFoundError(StoreError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"{what} {ident} does not exist")
