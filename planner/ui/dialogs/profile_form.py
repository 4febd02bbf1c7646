"""The profile's questions as small forms, shared by the first-run setup and the Settings dialog."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import DistanceUnit, Experience, MassUnit, Strategy
from planner.domain.profile import Profile
from planner.ui.look.text_metrics import text_width

# one sentence each, as DESIGN R3 puts it
STRATEGY_TEXT = {
    Strategy.EASY_DAYS: (
        "Easy days",
        "Lower body after an easy run, upper body and core on rest days, so your key runs stay fresh "
        "(best for most runners, and for novice and intermediate lifters).",
    ),
    Strategy.HARD_DAYS_HARD: (
        "Hard days hard",
        "Lower body and jumps on the same days as your quality runs, after the run (in the evening after a "
        "morning run), so easy days stay truly easy.",
    ),
}
EXPERIENCE_TEXT = {
    Experience.NOVICE: "Novice (new to lifting, or back after a long break)",
    Experience.INTERMEDIATE: "Intermediate (lifting regularly for a few months)",
    Experience.ADVANCED: "Advanced (years of structured lifting)",
}


def combo(name: str, tip: str, items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    box.setToolTip(tip)
    for text, data in items:
        box.addItem(text, data)
    return box


def select_data(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


class UnitsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mass = combo(
            "Weight unit",
            "Loads on the bar and body mass",
            [("Kilograms (kg)", MassUnit.KG), ("Pounds (lb)", MassUnit.LB)],
        )
        self.distance = combo(
            "Distance unit",
            "Run distances and weekly totals",
            [("Kilometres (km)", DistanceUnit.KM), ("Miles (mi)", DistanceUnit.MI)],
        )
        form = QFormLayout(self)
        form.addRow("&Weights in:", self.mass)
        form.addRow("&Distances in:", self.distance)

    @property
    def distance_unit(self) -> DistanceUnit:
        return DistanceUnit(self.distance.currentData())

    def set_profile(self, profile: Profile) -> None:
        select_data(self.mass, profile.mass_unit)
        select_data(self.distance, profile.distance_unit)

    def applied_to(self, profile: Profile) -> Profile:
        return replace(profile, mass_unit=MassUnit(self.mass.currentData()), distance_unit=self.distance_unit)


class LiftingForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.experience = combo(
            "Lifting experience",
            "Novices start with light loads and form first (DESIGN R9)",
            [(text, level) for level, text in EXPERIENCE_TEXT.items()],
        )
        self.sessions = combo(
            "Lift sessions per week",
            "How many strength sessions the suggestions aim for in base and build weeks",
            [("1 session", 1), ("2 sessions (recommended)", 2), ("3 sessions", 3)],
        )
        self.strategy_group = QButtonGroup(self)
        strategies = QVBoxLayout()
        self.strategy_buttons: dict[Strategy, QRadioButton] = {}
        for strategy, (title, sentence) in STRATEGY_TEXT.items():
            button = QRadioButton(title)
            button.setAccessibleName(f"Strategy: {title}")
            button.setAccessibleDescription(sentence)
            button.setToolTip(sentence)
            explanation = QLabel(sentence)
            explanation.setWordWrap(True)
            explanation.setIndent(22)
            explanation.setBuddy(button)
            # the height a wrapped label needs at the narrowest the form gets, reserved: a wizard page
            # does not grow for word wrap, and the sentence was cut at top and bottom
            explanation.setMinimumHeight(explanation.heightForWidth(text_width(explanation, 48)))
            self.strategy_group.addButton(button)
            self.strategy_buttons[strategy] = button
            strategies.addWidget(button)
            strategies.addWidget(explanation)
        form = QFormLayout(self)
        form.addRow("&Experience:", self.experience)
        form.addRow("&Lift sessions a week:", self.sessions)
        form.addRow("Strategy:", strategies)

    def set_profile(self, profile: Profile) -> None:
        select_data(self.experience, profile.experience)
        select_data(self.sessions, profile.sessions_per_week)
        self.strategy_buttons[profile.strategy].setChecked(True)

    @property
    def strategy(self) -> Strategy:
        return next((s for s, b in self.strategy_buttons.items() if b.isChecked()), Strategy.EASY_DAYS)

    def applied_to(self, profile: Profile) -> Profile:
        return replace(
            profile,
            experience=Experience(self.experience.currentData()),
            sessions_per_week=int(self.sessions.currentData()),
            strategy=self.strategy,
        )
