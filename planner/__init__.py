"""Runlift: a desktop planner for runners who strength-train."""

# the one place the version is written; pyproject.toml reads it (and importlib.metadata costs 30 ms at start)
__version__ = "0.1.0"

APP_NAME = "Runlift"
