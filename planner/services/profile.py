"""The runner's profile: units, experience, sessions wanted, the week's first day."""

from __future__ import annotations

from planner.domain.profile import Profile
from planner.store import profile_rows


def current() -> Profile:
    """The saved profile, or the defaults before the set-up has run."""
    return profile_rows.get_profile()


def save(profile: Profile) -> None:
    profile_rows.save_profile(profile)
