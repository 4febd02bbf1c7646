"""Runlift's vocabulary: frozen dataclasses and enums with no Qt, peewee or matplotlib."""
