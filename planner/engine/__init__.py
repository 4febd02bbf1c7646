"""Pure planning maths: split suggestions, rules, progression and training load (no Qt or peewee)."""
