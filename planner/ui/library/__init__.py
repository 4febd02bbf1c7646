"""The exercise library page."""
