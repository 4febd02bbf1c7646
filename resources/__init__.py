"""Runlift's bundled data (icons, exercise library, illustrations), installed as ``planner.resources``."""
