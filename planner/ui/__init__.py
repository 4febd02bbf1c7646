"""The PySide6 user interface: widgets emit intent, services change data, views listen."""
