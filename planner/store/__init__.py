"""The peewee SQLite store: models, opening, migrations, backups and queries (no Qt)."""
