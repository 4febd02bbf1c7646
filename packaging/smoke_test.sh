#!/usr/bin/env bash
# Smoke test of the built bundle (bash packaging/build.sh first):
#   bash packaging/smoke_test.sh [BUNDLE_EXECUTABLE]      (default: dist/runlift/runlift)
# In a temporary data folder, offscreen: the frozen app opens its main window and quits after the first paint
# (RUNLIFT_EXIT_AFTER_FIRST_PAINT, as the start-up benchmark does), creating the database; then the headless
# sub-commands run on that folder: --version, example, sessions --week (text and JSON), suggest --week; and the
# window again on its library and progress pages (charts: matplotlib). Then: the default data folder is the one a
# pip install uses, the desktop installer works from the bundle, and the bundle is within its size budget.
# Exits 0 only when every step worked; prints each step and, on failure, what the app printed and its log.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="${1:-$here/dist/runlift/runlift}"
[ -x "$app" ] || { echo "smoke: no bundle at $app (run packaging/build.sh)" >&2; exit 1; }

data="$(mktemp -d "${TMPDIR:-/tmp}/runlift-smoke.XXXXXX")"
out="$data.out"
trap 'rm -rf "$data" "$out"' EXIT
export QT_QPA_PLATFORM=offscreen
unset RUNLIFT_DATA_DIR  # --data-dir only: the test must never touch the real user data
week=2026-03-02         # a Monday; any date in the week would do
steps=0

fail() {
  echo "smoke: FAILED: $1" >&2
  sed 's/^/  | /' "$out" >&2 || true
  for log in "$data"/logs/*; do
    [ -f "$log" ] && { echo "  $log:" >&2; tail -n 40 "$log" | sed 's/^/  | /' >&2; }
  done
  exit 1
}

# run NAME TIMEOUT_S ARGS...: the bundle with --data-dir, output to $out, fails the test on a non-zero exit
run() {
  local name="$1" limit="$2"
  shift 2
  local start end status=0
  start=$(date +%s%N)
  timeout "$limit" "$app" --data-dir "$data" "$@" >"$out" 2>&1 || status=$?
  [ "$status" -eq 0 ] || fail "$name (exit $status$([ "$status" -eq 124 ] && echo ': timed out'))"
  end=$(date +%s%N)
  steps=$((steps + 1))
  printf 'smoke: ok   %-38s %5d ms\n' "$name" $(((end - start) / 1000000))
}

# the resources sit where planner.resource_files and importlib.resources look for them in a frozen app
resources="$(dirname "$app")/_internal/planner/resources"
[ -d "$resources" ] || resources="$(dirname "$app")/planner/resources"  # PyInstaller 5's flat layout
for part in __init__.py runlift.desktop icons/runlift.svg exercises/library.json; do
  [ -f "$resources/$part" ] || { echo "smoke: FAILED: the bundle has no $resources/$part" >&2; exit 1; }
done
want="$(find "$here/resources/exercises/images" -name '*.svg' | wc -l)"
have="$(find "$resources/exercises/images" -name '*.svg' | wc -l)"
[ "$want" -eq "$have" ] || { echo "smoke: FAILED: $have of $want illustrations bundled" >&2; exit 1; }
steps=$((steps + 1))
echo "smoke: ok   resources bundled ($have illustrations)"

# the run-time hooks runlift.spec replaces or leaves out run no more: PyInstaller's PySide6 hook, for a PySide6 that
# embeds its qt.conf (it imported QtCore before the app's first line; packaging/rthooks/qt_paths.py sets Qt's paths
# instead), and its matplotlib hook (a new temporary folder at every start; the app gives matplotlib its own). The
# window and the progress page below prove Qt and matplotlib still find what they need without them.
venv_python="${RUNLIFT_VENV:-$here/.venv}/bin/python"
if [ "$(uname -s)" != Linux ]; then
  echo "smoke: skip run-time hooks (Runlift's own Qt hook is for Linux)"
elif ! [ -x "$venv_python" ] || ! "$venv_python" -c "import PyInstaller" >/dev/null 2>&1; then
  echo "smoke: skip run-time hooks (no PyInstaller in $venv_python to read the bundle with)"
else
  "$venv_python" - "$app" >"$out" 2>&1 <<'PY' || fail "the bundle runs a run-time hook it should not"
import sys
from PyInstaller.archive.readers import CArchiveReader
scripts = [name for name, entry in CArchiveReader(sys.argv[1]).toc.items() if entry[-1] == "s"]
print("run-time scripts:", " ".join(scripts))
assert "pyi_rth_mplconfig" not in scripts, "PyInstaller's matplotlib hook is back"
# Runlift's own Qt hook for a PySide6 that embeds its qt.conf (the PyPI wheels), else PyInstaller's (OWN_QT_HOOK)
from PySide6.QtCore import QFile
own = QFile.exists(":/qt/etc/qt.conf")
assert ("qt_paths" in scripts) == own and ("pyi_rth_pyside6" in scripts) != own, f"the wrong Qt hook (own: {own})"
PY
  steps=$((steps + 1))
  echo "smoke: ok   run-time hooks: $(sed -n 's/^run-time scripts: //p' "$out")"
fi

expected_version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$here/planner/__init__.py")"
run "--version" 30 --version
grep -qx "runlift $expected_version" "$out" || fail "--version printed '$(cat "$out")', expected runlift $expected_version"

RUNLIFT_EXIT_AFTER_FIRST_PAINT=1 run "gui: main window, first paint" 60 gui
grep -q '^first-paint ' "$out" || fail "the window was never painted"
[ -s "$data/runlift.sqlite" ] || fail "the GUI did not create $data/runlift.sqlite"
if grep -q -E "Traceback|Error|CRITICAL" "$out"; then fail "the GUI printed an error"; fi

run "example --week $week" 60 example --week "$week"
grep -q "^Added [1-9][0-9]* example sessions" "$out" || fail "example added no sessions"

# the other pages, reopened from window.ini as a person's last page: the library (illustrations) and progress
# (matplotlib's QtAgg canvas, numpy; imported only when that page opens, so only this step proves they work frozen)
for page in library progress; do
  printf '[window]\npage=%s\n' "$page" >"$data/window.ini"
  RUNLIFT_EXIT_AFTER_FIRST_PAINT=1 run "gui: $page page, first paint" 60 gui
  grep -q '^first-paint ' "$out" || fail "the window was never painted on the $page page"
  if grep -q -E "Traceback|Error|CRITICAL" "$out"; then fail "the $page page printed an error"; fi
  grep -q "^page=$page" "$data/window.ini" || fail "the window did not stay on the $page page"
done

run "sessions --week $week" 60 sessions --week "$week"
[ "$(grep -c . "$out")" -ge 7 ] || fail "sessions (text) printed fewer lines than a week has days"

run "sessions --week $week --format json" 60 sessions --week "$week" --format json
count="$(grep -c '"source": "example"' "$out" || true)"
[ "$count" -ge 1 ] || fail "sessions --format json lists no example session"

run "suggest --week $week" 60 suggest --week "$week" --format json
grep -q '"suggestions"' "$out" || fail "suggest printed no suggestions object"

if grep -h -E "Traceback|ERROR|CRITICAL" "$data"/logs/* 2>/dev/null; then fail "the app's log has errors"; fi

# without --data-dir, the bundle must use the same per-user folder as a pip install (platformdirs), so switching
# between the two keeps the data; tests/unit/test_cli.py pins the pip side to the same expectation
home="$data/home"
expected_dir="$home/share/Runlift"
HOME="$home" XDG_DATA_HOME="$home/share" timeout 30 "$app" paths --format json >"$out" 2>&1 || fail "paths"
grep -q "\"data_dir\": \"$expected_dir\"" "$out" || fail "the bundle's data folder is not $expected_dir"
if [ -x "$venv_python" ]; then
  HOME="$home" XDG_DATA_HOME="$home/share" "$venv_python" -m planner paths --format json >"$out.pip" 2>&1
  cmp -s "$out" "$out.pip" || { rm -f "$out.pip"; fail "the bundle and the pip install name different folders"; }
  rm -f "$out.pip"
fi
steps=$((steps + 1))
echo "smoke: ok   same data folder as a pip install ($expected_dir)"

# the desktop install, from the bundle's own copy of the installer, into a throw-away prefix, and out again
installer="$(dirname "$app")/install_linux.sh"
if [ "$(uname -s)" = Linux ] && [ -f "$installer" ]; then
  prefix="$data/prefix"
  HOME="$home" bash "$installer" --prefix "$prefix" >"$out" 2>&1 || fail "install_linux.sh"
  [ -f "$prefix/share/applications/runlift.desktop" ] || fail "no desktop entry installed"
  "$prefix/bin/runlift" --version | grep -qx "runlift $expected_version" || fail "the installed command does not run"
  HOME="$home" bash "$installer" --uninstall --prefix "$prefix" >"$out" 2>&1 || fail "install_linux.sh --uninstall"
  [ ! -e "$prefix/lib/runlift" ] || fail "uninstall left the bundle behind"
  steps=$((steps + 1))
  echo "smoke: ok   desktop install and uninstall"
fi

# the size budget: what a runner downloads. Measured 219 MB on Linux (PyInstaller 6.22, PySide6 6.11, matplotlib
# 3.11): 207 MB, plus about 8 MB since Print needs QtPrintSupport and its CUPS plug-in (libcups, GnuTLS), which
# is what lists a real printer, plus 4 MB since the modules the window loads before its first paint are kept as
# loose bytecode (runlift.spec, LOOSE_AT_START: 10-15 ms off each start); the budget (5 MB over that) leaves room
# for small growth and catches a stray Qt module or a second binding at once.
budget_mb=224
size_mb=$(( $(du -sk "$(dirname "$app")" | cut -f1) / 1024 ))
if [ "$size_mb" -gt "$budget_mb" ]; then
  du -sk "$(dirname "$app")"/_internal/* | sort -rn | head -10 >"$out"
  fail "the bundle is $size_mb MB, over its budget of $budget_mb MB; its largest parts"
fi
steps=$((steps + 1))
echo "smoke: ok   size $size_mb MB (budget $budget_mb MB)"
echo "smoke: bundle $(dirname "$app"), $(du -sh "$(dirname "$app")" | cut -f1)"
echo "smoke: $steps passed, 0 failed"
