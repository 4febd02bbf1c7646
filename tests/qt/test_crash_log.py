"""The log file opens after the first paint, or at the first unexpected error before it; a folder that cannot
be written is said, not raised (issue 21 moved the log off the start path)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.ui.shell import crash_guard


@pytest.fixture
def no_log_yet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(crash_guard, "_handler", None)
    before = list(crash_guard.log.handlers)
    hook = sys.excepthook
    yield
    for handler in crash_guard.log.handlers[:]:
        if handler not in before:
            crash_guard.log.removeHandler(handler)
            handler.close()
    sys.excepthook = hook


@pytest.mark.usefixtures("no_log_yet")
def test_an_error_before_the_first_paint_opens_the_log_itself(tmp_path: Path, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    crash_guard.install_excepthook(None, tmp_path / "logs")
    error = ValueError("a broken chart")
    sys.excepthook(ValueError, error, None)
    written = (tmp_path / "logs" / "runlift.log").read_text(encoding="utf-8")
    assert "unexpected error" in written
    assert "a broken chart" in written
    assert "Details are in the log file" in said[0]
    assert crash_guard.start_log(tmp_path / "elsewhere")  # once open, it stays the one log
    assert not (tmp_path / "elsewhere").exists()


@pytest.mark.usefixtures("no_log_yet")
def test_a_log_folder_that_cannot_be_written_is_said_not_raised(tmp_path: Path, monkeypatch, capsys) -> None:
    blocked = tmp_path / "logs"
    blocked.write_text("a file where the folder should be")
    assert crash_guard.start_log(blocked) is False
    assert "cannot write the log" in capsys.readouterr().err
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    crash_guard.install_excepthook(None, blocked)
    sys.excepthook(RuntimeError, RuntimeError("boom"), None)
    assert "could not be written" in said[0]


@pytest.mark.usefixtures("no_log_yet")
def test_the_log_opens_once_the_window_has_painted(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from planner.ui import app as app_module

    window = QWidget()
    qtbot.addWidget(window)
    app_module._log_after_first_paint(window, tmp_path)
    qtbot.wait(20)
    assert crash_guard._handler is None  # not before the paint
    window.show()
    qtbot.waitUntil(lambda: crash_guard._handler is not None)
    assert (tmp_path / "runlift.log").exists()
