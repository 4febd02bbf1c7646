"""Small reusable widgets with no knowledge of the data."""
