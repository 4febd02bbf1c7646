"""Use cases: each public call is one transaction and returns domain objects (no Qt)."""
