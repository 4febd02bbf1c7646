"""The first-run setup: a few questions, skippable on every page, that give the calendar a real first week."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from planner import APP_NAME
from planner.domain.enums import DistanceUnit, RacePriority
from planner.domain.profile import Profile, Race
from planner.domain.units import metres_per
from planner.domain.usual_week import UsualWeek
from planner.engine.run_plan import plan_span
from planner.services import first_run
from planner.ui.dialogs.profile_form import LiftingForm, UnitsForm, combo
from planner.ui.dialogs.usual_week_form import UsualWeekForm
from planner.ui.look.text_metrics import text_width
from planner.ui.widgets.qt_values import kept_dates_only, to_date, to_qdate

RACE_PRESETS = (("5 km", 5000.0), ("10 km", 10000.0), ("Half marathon", 21097.5), ("Marathon", 42195.0))


def _page(title: str, subtitle: str, body: QWidget) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    page.setSubTitle(subtitle)
    layout = QVBoxLayout(page)
    layout.addWidget(body)
    layout.addStretch(1)
    return page


class RaceForm(QWidget):
    """The next race, if any: name, date, distance (in the runner's unit) and priority."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = DistanceUnit.KM
        self.has_race = QCheckBox("I have a race &coming up")
        self.has_race.setAccessibleName("I have a race coming up")
        self.has_race.setToolTip("Races set the season's phases: base, build, peak and taper")
        self.name = QLineEdit()
        self.name.setAccessibleName("Race name")
        self.name.setPlaceholderText("e.g. City Half Marathon")
        self.day = QDateEdit(to_qdate(today + timedelta(weeks=12)))
        self.day.setCalendarPopup(True)
        kept_dates_only(self.day).setMinimumDate(to_qdate(today))
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName("Race date")
        self.preset = combo("Race distance preset", "Pick a common distance, or type your own below", [])
        for text, metres in RACE_PRESETS:
            self.preset.addItem(text, metres)
        self.preset.addItem("Other", None)
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0.1, 500)
        self.distance.setDecimals(2)
        self.distance.setAccessibleName("Race distance")
        self.priority = combo(
            "Race priority",
            "A: the race the season builds to; B: a serious race on the way; C: a training race",
            [
                ("A (the goal race)", RacePriority.A),
                ("B (important)", RacePriority.B),
                ("C (training race)", RacePriority.C),
            ],
        )
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.distance.valueChanged.connect(self._distance_typed)
        self.has_race.toggled.connect(self._enable)
        form = QFormLayout(self)
        form.addRow(self.has_race)
        form.addRow("&Name:", self.name)
        form.addRow("&Date:", self.day)
        form.addRow("Di&stance:", self.preset)
        form.addRow("", self.distance)
        form.addRow("&Priority:", self.priority)
        self.preset.setCurrentIndex(1)
        self._preset_chosen()
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.name, self.day, self.preset, self.distance, self.priority):
            widget.setEnabled(on)

    def _per_unit(self) -> float:
        return metres_per(self.unit)

    def _preset_chosen(self) -> None:
        metres = self.preset.currentData()
        if metres is not None:
            self.distance.blockSignals(True)
            self.distance.setValue(metres / self._per_unit())
            self.distance.blockSignals(False)

    def _distance_typed(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.count() - 1)  # "Other"
        self.preset.blockSignals(False)

    def set_unit(self, unit: DistanceUnit) -> None:
        metres = self.distance.value() * self._per_unit()
        self.unit = unit
        self.distance.setSuffix(f" {unit.value}")
        self.distance.blockSignals(True)
        self.distance.setValue(metres / self._per_unit())
        self.distance.blockSignals(False)

    def race(self) -> Race | None:
        if not self.has_race.isChecked():
            return None
        name = self.name.text().strip() or "Race"
        return Race(
            day=to_date(self.day.date()),
            name=name,
            distance_m=self.distance.value() * self._per_unit(),
            priority=RacePriority(self.priority.currentData()),
        )


class FirstRunWizard(QWizard):
    """Five short pages; "Skip setup" on each leaves everything as it is."""

    def __init__(self, profile: Profile, usual_week: UsualWeek, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Welcome to {APP_NAME}")
        self.setAccessibleName("First-run setup")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, "S&kip setup")
        self.button(QWizard.WizardButton.CancelButton).setToolTip("Keep the defaults; Settings can run this again")
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Plan my weeks")
        self.profile = profile
        self.today = today
        self.units = UnitsForm()
        self.units.set_profile(profile)
        self.lifting = LiftingForm()
        self.lifting.set_profile(profile)
        self.week = UsualWeekForm()
        self.week.set_usual_week(usual_week)
        self.race_form = RaceForm(today)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.example_offered = False
        self.add_example = QCheckBox("Add an &example week to look around")
        self.add_example.setAccessibleName("Add an example week")
        self.add_example.setToolTip("Sample runs and lifts in this week; remove them any time from the File menu")
        finish = QWidget()
        finish_layout = QVBoxLayout(finish)
        finish_layout.setContentsMargins(0, 0, 0, 0)
        finish_layout.addWidget(self.summary)
        finish_layout.addWidget(self.add_example)
        pages = (
            _page(
                "Units", "How you read weights and distances. You can skip any page; Settings has it all.", self.units
            ),
            _page("Lifting", "How much strength work you want, and where it goes in your running week.", self.lifting),
            _page(
                "Your usual running week",
                "Planned as runs for the next few weeks; move them as life happens.",
                self.week,
            ),
            _page("Your next race", "Optional: a race lets the plan build, peak and taper towards it.", self.race_form),
            _page("Ready", "", finish),
        )
        for page in pages:
            self.addPage(page)
        self.currentIdChanged.connect(self._entered)
        self.setMinimumWidth(text_width(self, 100))  # the strategy sentences in three lines, not five

    def _entered(self, page_id: int) -> None:
        unit = self.units.distance_unit
        self.week.set_unit(unit)
        self.race_form.set_unit(unit)
        if page_id == len(self.pageIds()) - 1:
            self._summarise()
            # Enter plans the weeks: the focus would otherwise rest on Back (where the last Next left it),
            # and a focused button takes Enter before the default one
            finish = self.button(QWizard.WizardButton.FinishButton)
            if isinstance(finish, QPushButton):
                finish.setDefault(True)
            finish.setFocus(Qt.FocusReason.OtherFocusReason)

    def _summarise(self) -> None:
        answers = self.answers()
        race = answers.race if answers.race is not None and answers.race.priority is RacePriority.A else None
        _first, last = plan_span(self.today, answers.profile.first_weekday, race, first_run.PREFILL_WEEKS)
        weeks = (last - self.today).days // 7 + 1
        runs = len(answers.usual_week.runs)
        lines = []
        if runs and race is not None:
            lines.append(
                f"Your {runs} usual run{'s' if runs != 1 else ''} a week will be planned from today to race day, "
                f"{last:%A %d %B} (about {weeks} weeks), on days that are still empty, with a two-week taper: "
                "the week before the race at most 85 % of a full week, race week at most 65 %."
            )
        elif runs:
            lines.append(
                f"Your {runs} usual run{'s' if runs != 1 else ''} a week will be planned from today to "
                f"{last:%A %d %B} ({first_run.PREFILL_WEEKS} weeks), on days that are still empty."
            )
        else:
            lines.append("No usual runs given: the calendar starts empty.")
        if answers.race is not None:
            lines.append(f"{answers.race.name} on {answers.race.day:%d %B %Y} is added to your races.")
        lines.append("Then this week's lifts are suggested as dashed cards: Enter accepts one, Delete dismisses it.")
        self.summary.setText("<p>" + "</p><p>".join(lines) + "</p>")
        self.example_offered = not runs  # an empty calendar is better with something to look at
        self.add_example.setVisible(self.example_offered)
        self.add_example.setChecked(self.example_offered)

    def answers(self) -> first_run.SetupAnswers:
        profile = self.lifting.applied_to(self.units.applied_to(self.profile))
        return first_run.SetupAnswers(profile=profile, usual_week=self.week.usual_week(), race=self.race_form.race())

    @property
    def wants_example(self) -> bool:
        return self.example_offered and self.add_example.isChecked()
