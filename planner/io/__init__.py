"""Importers (FIT, GPX, TCX, CSV) and exporters (iCalendar, CSV, JSON backup); input is hostile."""
