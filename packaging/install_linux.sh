#!/usr/bin/env bash
# Install the built Runlift bundle for the current user on Linux: app menu entry, icon, `runlift` command.
#   bash install_linux.sh [--prefix DIR] [BUNDLE_DIR]      install (default prefix: ~/.local)
#   bash install_linux.sh --uninstall [--prefix DIR]        remove what an install put there
# BUNDLE_DIR is the one-folder app (default: the folder this script sits in, as packaging/build.sh copies it into
# dist/runlift/, or else dist/runlift beside it). Installs:
#   PREFIX/lib/runlift/                       the bundle (replaced whole on a re-install)
#   PREFIX/bin/runlift                        a link to its executable (for the headless commands)
#   DATA/applications/runlift.desktop         the menu entry, Exec pointing at the installed executable
#   DATA/icons/hicolor/*/apps/runlift.{png,svg}
# DATA is $XDG_DATA_HOME (default ~/.local/share); with --prefix it is PREFIX/share. No root needed; your training
# data lives elsewhere (`runlift paths` shows where) and is never touched, by installing or uninstalling.
set -euo pipefail

say() { printf '[install] %s\n' "$*"; }
die() { printf '[install] error: %s\n' "$*" >&2; exit 1; }

prefix="$HOME/.local"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
uninstall=false
bundle=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix="$2"; data="$2/share"; shift 2 ;;
    --uninstall) uninstall=true; shift ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (try --help)" ;;
    *) bundle="$1"; shift ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$prefix/lib/runlift"
link="$prefix/bin/runlift"
entry="$data/applications/runlift.desktop"
icons="$data/icons/hicolor"

refresh_caches() {  # menus pick up the change sooner; both tools are optional
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if $uninstall; then
  rm -rf "$target"
  [ -L "$link" ] && rm -f "$link"
  rm -f "$entry"
  find "$icons" -path '*/apps/runlift.*' -delete 2>/dev/null || true
  refresh_caches
  say "removed Runlift from $prefix (your training data is kept)"
  exit 0
fi

if [ -z "$bundle" ]; then
  if [ -x "$here/runlift" ]; then bundle="$here"; else bundle="$here/../dist/runlift"; fi
fi
[ -x "$bundle/runlift" ] || die "no Runlift bundle at $bundle (build it with: bash packaging/build.sh)"
bundle="$(cd "$bundle" && pwd)"
resources="$bundle/_internal/planner/resources"
[ -f "$resources/runlift.desktop" ] || die "the bundle at $bundle has no planner/resources/runlift.desktop"

# copy beside the target, then swap: a failed copy leaves the previous install working
mkdir -p "$prefix/lib" "$prefix/bin" "$data/applications"
staging="$(mktemp -d "$prefix/lib/.runlift-install.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
cp -a "$bundle/." "$staging/"
rm -rf "$target.old"
[ -e "$target" ] && mv "$target" "$target.old"
mv "$staging" "$target"
rm -rf "$target.old"
ln -sfn "$target/runlift" "$link"

for png in "$resources"/icons/app/runlift-*.png; do
  size="$(basename "$png" .png)"
  size="${size#runlift-}"
  install -D -m 644 "$png" "$icons/${size}x${size}/apps/runlift.png"
done
install -D -m 644 "$resources/icons/runlift.svg" "$icons/scalable/apps/runlift.svg"

# the packaged entry, with Exec and TryExec pointing at this install (no reliance on PATH)
sed -e "s|^Exec=runlift|Exec=\"$target/runlift\"|" -e "/^Exec=/a TryExec=$target/runlift" \
  "$resources/runlift.desktop" >"$entry.tmp"
mv "$entry.tmp" "$entry"
chmod 644 "$entry"
refresh_caches
say "installed Runlift $("$target/runlift" --version 2>/dev/null | cut -d' ' -f2) in $target"
say "menu entry: $entry"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) say "add $prefix/bin to PATH to use the runlift command in a terminal" ;; esac
