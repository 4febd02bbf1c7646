"""Runlift: a desktop planner for runners who strength-train."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("runlift")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Runlift"
