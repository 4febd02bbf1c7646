"""The PySide6 user interface: widgets emit intent, services change data, views listen."""

from planner.config import user_cache_folder
from planner.ui.pyside_start import import_pyside

import_pyside(user_cache_folder())  # before anything names PySide6: its support code from the cache

from planner.ui.feature_table import enter_known_modules  # noqa: E402  (PySide6 is in by now)

enter_known_modules()
