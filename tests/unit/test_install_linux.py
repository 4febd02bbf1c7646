"""packaging/install_linux.sh on a stand-in bundle: menu entry, icons and command in place, and gone again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "install_linux.sh"

pytestmark = pytest.mark.skipif(sys.platform != "linux" or shutil.which("bash") is None, reason="Linux installer")


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """The layout packaging/build.sh produces, with a stand-in executable (a real build takes 40 s)."""
    folder = tmp_path / "dist" / "runlift"
    shutil.copytree(ROOT / "resources", folder / "_internal" / "planner" / "resources")
    executable = folder / "runlift"
    executable.write_text("#!/bin/sh\necho 'runlift 9.9.9'\n")
    executable.chmod(0o755)
    return folder


def install(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60)


def test_install_puts_entry_icons_and_command_in_place_and_uninstall_removes_them(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    prefix = tmp_path / "prefix"
    done = install("--prefix", str(prefix), str(bundle), home=home)
    assert done.returncode == 0, done.stderr
    assert "installed Runlift 9.9.9" in done.stdout
    target = prefix / "lib" / "runlift"
    assert (target / "runlift").is_file()
    command = prefix / "bin" / "runlift"
    assert command.resolve() == (target / "runlift").resolve()
    assert subprocess.run([str(command)], capture_output=True, text=True, check=True).stdout == "runlift 9.9.9\n"

    entry = (prefix / "share" / "applications" / "runlift.desktop").read_text()
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Exec"] == f'"{target}/runlift"'
    assert fields["TryExec"] == f"{target}/runlift"
    assert fields["Icon"] == "runlift"
    assert fields["Name"] == "Runlift"
    icons = prefix / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 128, 256, 512):
        assert (icons / f"{size}x{size}" / "apps" / "runlift.png").is_file()
    assert (icons / "scalable" / "apps" / "runlift.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(prefix / "share/applications/runlift.desktop")])
        assert check.returncode == 0

    # a re-install replaces the bundle whole and leaves no staging folder behind
    (target / "stale-file").write_text("from an older version")
    assert install("--prefix", str(prefix), str(bundle), home=home).returncode == 0
    assert not (target / "stale-file").exists()
    assert [p.name for p in (prefix / "lib").iterdir()] == ["runlift"]

    removed = install("--uninstall", "--prefix", str(prefix), home=home)
    assert removed.returncode == 0, removed.stderr
    assert not target.exists()
    assert not command.exists()
    assert not (prefix / "share" / "applications" / "runlift.desktop").exists()
    assert not list(icons.rglob("runlift.*"))


def test_without_prefix_it_installs_under_home(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert install(str(bundle), home=home).returncode == 0
    assert (home / ".local" / "lib" / "runlift" / "runlift").is_file()
    assert (home / "share" / "applications" / "runlift.desktop").is_file()  # $XDG_DATA_HOME


def test_a_folder_without_a_bundle_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = install("--prefix", str(tmp_path / "prefix"), str(tmp_path / "nothing-here"), home=home)
    assert done.returncode == 1
    assert "no Runlift bundle at" in done.stderr
    assert not (tmp_path / "prefix").exists()
