#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle of Launch Countdown.
#   bash packaging/build_bundle.sh [DIST_DIR]
# DIST_DIR defaults to ./dist; the app is DIST_DIR/launch-countdown/launch-countdown
# (on macOS also "DIST_DIR/Launch Countdown.app"). Work files go to a temporary folder.
# Uses the project's .venv when there is one, else the python3 on PATH (needs pyinstaller).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$(mkdir -p "${1:-$ROOT/dist}" && cd "${1:-$ROOT/dist}" && pwd)"
PY="${PYTHON:-python3}"
[ -x "$ROOT/.venv/bin/python" ] && [ -z "${PYTHON:-}" ] && PY="$ROOT/.venv/bin/python"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Name the real cause: PyInstaller absent, or present but unable to start (on Linux it needs
# objdump from binutils, and the interpreter's shared libpython when it bundles).
"$PY" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("PyInstaller") is None)' || {
  echo "build_bundle.sh: PyInstaller is not installed for $PY (pip install pyinstaller)" >&2
  exit 1
}
if ! out=$("$PY" -m PyInstaller --version 2>&1); then
  echo "build_bundle.sh: PyInstaller is installed for $PY but cannot start:" >&2
  printf '%s\n' "$out" | tail -n 5 >&2
  exit 1
fi
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/countdown.spec"
app="$DIST/launch-countdown/launch-countdown"
[ -x "$app" ] || [ -x "$app.exe" ] || { echo "build_bundle.sh: no executable in $DIST" >&2; exit 1; }
size=$(du -sm "$DIST/launch-countdown" | cut -f1)
echo "built $app in $(( $(date +%s) - start )) s, ${size} MB"
