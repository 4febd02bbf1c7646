"""The PySide6 user interface: widgets emit intent, services change data, views listen."""

from planner.ui.feature_table import enter_known_modules

enter_known_modules()
