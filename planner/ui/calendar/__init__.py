"""The weekly calendar page."""
