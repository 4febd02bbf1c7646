#!/usr/bin/env bash
# Build the Runlift desktop bundle from a clean checkout, with one command:
#   bash packaging/build.sh
# Sets up .venv when it is missing (or uses $RUNLIFT_VENV), installs the project with the `packaging` extra
# (PyInstaller), runs PyInstaller with packaging/runlift.spec and leaves the one-folder app in dist/runlift/
# (start it with dist/runlift/runlift). Prints how long the build took, the bundle's size and its ten largest parts.
# Exits non-zero when any step fails. Then: bash packaging/smoke_test.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv="${RUNLIFT_VENV:-$here/.venv}"
python="${PYTHON:-python3}"
dist="$here/dist"
work="$here/build/pyinstaller"

say() { printf '\033[1m[build]\033[0m %s\n' "$*" >&2; }

if [ ! -x "$venv/bin/python" ]; then
  say "creating $venv"
  "$python" -m venv "$venv"
fi
# shellcheck disable=SC1091
source "$venv/bin/activate"
if ! python -c "import PyInstaller, planner, PySide6, matplotlib" >/dev/null 2>&1; then
  say "installing runlift[packaging] into $venv"
  python -m pip install --quiet --upgrade pip
  python -m pip install --quiet -e ".[packaging]"
fi

say "PyInstaller $(python -c 'import PyInstaller; print(PyInstaller.__version__)') building into $dist"
start=$(date +%s%N)
# --clean: no stale analysis from an earlier build; warnings and errors only (the log is long otherwise)
pyinstaller --noconfirm --clean --log-level WARN --distpath "$dist" --workpath "$work" packaging/runlift.spec
end=$(date +%s%N)

bundle="$dist/runlift"
[ -x "$bundle/runlift" ] || { say "no executable at $bundle/runlift"; exit 1; }
# Linux: strip the interpreter's own libraries (built with symbols; 17 MB of them). Wheels' libraries stay as they are:
# stripping the ones auditwheel patched breaks them (see the spec).
if [ "$(uname -s)" = Linux ] && command -v strip >/dev/null 2>&1; then
  find "$bundle/_internal" -maxdepth 3 \( -name 'libpython3*.so*' -o -path '*/lib-dynload/*.so' \) -type f \
    -exec strip --strip-unneeded {} +
fi
# the desktop installer travels with the bundle: a runner who gets only dist/runlift can still install it
cp "$here/packaging/install_linux.sh" "$bundle/install_linux.sh"
elapsed_ds=$(((end - start) / 100000000))
printf 'build time: %d.%d s\n' $((elapsed_ds / 10)) $((elapsed_ds % 10))
printf 'bundle: %s, %s in %s files\n' "$bundle" "$(du -sh "$bundle" | cut -f1)" "$(find "$bundle" -type f | wc -l)"
echo "ten largest parts (du, KiB):"
# the folders PyInstaller makes are one level down (_internal/ since PyInstaller 6); list files and folders there
inner="$bundle/_internal"
[ -d "$inner" ] || inner="$bundle"
# one du per entry (du counts a file once per call); the folders holding Qt are opened one level further
for entry in "$inner"/* "$inner"/PySide6/* "$inner"/PySide6/Qt/* "$inner"/PySide6/Qt/lib/*; do
  [ -L "$entry" ] && continue
  case "${entry#"$inner"/}" in PySide6 | PySide6/Qt | PySide6/Qt/lib) continue ;; esac
  du -s "$entry"
done | sort -rn | head -10 | sed "s|$inner/||"
