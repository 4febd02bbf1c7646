"""Where Runlift keeps its files; one ``--data-dir`` moves all of them, which is what tests rely on."""

from __future__ import annotations

import os
from pathlib import Path

from planner import APP_NAME
from planner.domain.record import Record, record

DATA_DIR_ENV = "RUNLIFT_DATA_DIR"
DATABASE_NAME = "runlift.sqlite"


@record
class Paths(Record):
    """Where one data folder keeps its files: every path the app writes is derived here, nowhere else."""

    data_dir: Path

    def __init__(self, data_dir: Path) -> None:
        object.__setattr__(self, "data_dir", data_dir)  # written out, not generated: see planner.domain.record

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def images(self) -> Path:
        return self.data_dir / "images"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "runlift.lock"

    @property
    def ui_settings(self) -> Path:
        """Window geometry and the last page: kept beside the data so a test never touches the real one."""
        return self.data_dir / "window.ini"

    def keeps(self, path: Path) -> bool:
        """True for a file Runlift keeps here (the database, its journals, stamp, set-aside copies and lock, the
        window settings, a backup, a photo), through any link and whatever the letters' case (on macOS and
        Windows "Runlift.sqlite" is the database): an export written there would replace the user's data."""
        target = Path(os.path.realpath(path))
        folders = [target.parent, *target.parent.parents]
        if any(_same_folder(folder, kept) for folder in folders for kept in (self.backups, self.images)):
            return True
        if not _same_folder(target.parent, self.data_dir):
            return False
        name = target.name.casefold()
        return name.startswith(DATABASE_NAME.casefold()) or name in {
            self.lock_file.name.casefold(),
            self.ui_settings.name.casefold(),
        }

    def ensure(self) -> Paths:
        for folder in (self.data_dir, self.backups, self.images, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    """The platform's user data folder (e.g. ~/.local/share/Runlift), or $RUNLIFT_DATA_DIR when set."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    return Paths(Path(data_dir).expanduser().resolve() if data_dir else default_data_dir())


def user_cache_folder() -> Path:
    """The platform's per-user cache folder (e.g. ~/.cache/Runlift): things rebuilt when lost, never user data."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def _same_folder(one: Path, other: Path) -> bool:
    """The same folder on disk (links and, where the file system ignores it, case), or the same resolved path."""
    try:
        return os.path.samefile(one, other)
    except OSError:  # one of them does not exist
        return os.path.normcase(os.path.realpath(one)) == os.path.normcase(os.path.realpath(other))
