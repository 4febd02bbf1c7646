#!/usr/bin/env bash
# Runlift from a source checkout, setting up whatever is missing first:
#   bash packaging/dev.sh run [runlift arguments...]   start the app (under Xvfb when there is no display)
#   bash packaging/dev.sh test [pytest arguments...]   run the whole test suite, offscreen
# Set-up: Debian's Qt system libraries (only those missing), a virtual environment in .venv, and the
# project installed into it (editable, with the test extras). Safe to run again: it skips what is done.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv="${RUNLIFT_VENV:-$here/.venv}"
python="${PYTHON:-python3}"

# what PySide6 needs on Debian: libraries for any Qt window, the xcb plugin's, and Xvfb for headless runs
qt_packages=(libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0 fonts-dejavu-core)
xcb_packages=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 libx11-xcb1)
xvfb_packages=(xvfb xauth)

say() { printf '\033[1m[runlift]\033[0m %s\n' "$*" >&2; }

install_missing_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian: nothing we know how to install
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { say "please install: ${missing[*]}"; return 1; }
    sudo="sudo"
  fi
  say "installing system packages: ${missing[*]}"
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
    $sudo apt-get update -qq >/dev/null
    $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
  }
}

ensure_venv() {
  if [ ! -x "$venv/bin/python" ]; then
    say "creating the virtual environment in $venv"
    "$python" -m venv "$venv"
  fi
  # reinstall only when pyproject.toml changed since the last set-up
  local stamp="$venv/.runlift-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "installing Runlift and its Python packages"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -e ".[test]"
    touch "$stamp"
  fi
}

command="${1:-run}"
shift || true
case "$command" in
  run)
    install_missing_debs "${qt_packages[@]}" "${xcb_packages[@]}"
    ensure_venv
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      install_missing_debs "${xvfb_packages[@]}"
      say "no display found: starting Runlift on a virtual screen (xvfb-run); stop it with Ctrl+C"
      exec xvfb-run -a "$venv/bin/runlift" "$@"
    fi
    exec "$venv/bin/runlift" "$@"
    ;;
  test)
    install_missing_debs "${qt_packages[@]}" "${xcb_packages[@]}" "${xvfb_packages[@]}"
    ensure_venv
    export QT_QPA_PLATFORM=offscreen
    exec "$venv/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: bash packaging/dev.sh run|test [arguments...]" >&2
    exit 2
    ;;
esac
