#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine (Python >= 3.11):
#   bash packaging/bootstrap.sh app    install what is needed and start Launch Countdown
#   bash packaging/bootstrap.sh test   install what is needed and run the whole test suite
# System packages come from apt (with sudo when not root), Python packages go into ./.venv.
# Later runs are offline and instant: apt is asked only for packages that are missing, and pip only
# when pyproject.toml changed since the last install (its hash is kept in .venv/bootstrap-stamp).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_RUNTIME="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libnotify-bin python3-venv"
# binutils: PyInstaller reads binaries with objdump (the bundle test builds the app).
APT_TEST="xvfb xauth x11-utils trayer dunst dbus dbus-x11 imagemagick sqlite3 desktop-file-utils appstream
  binutils at-spi2-core python3-pyatspi"
STAMP=.venv/bootstrap-stamp

# The shared libpython of a distribution Python is its own package (libpython3.11 for python3.11);
# PyInstaller bundles it. A Python built elsewhere (pyenv, /usr/local) brings its own library.
libpython_package() {
  local exe
  exe=$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))')
  if dpkg -S "$exe" >/dev/null 2>&1; then
    python3 -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])'
  fi
}

missing_packages() {
  local p
  for p in "$@"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || echo "$p"
  done
}

apt_install() {
  local missing sudo=""
  # shellcheck disable=SC2086,SC2048
  missing=$(missing_packages $* | tr '\n' ' ')
  missing=${missing% }
  [ -n "$missing" ] || return 0
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || cannot_install "$missing" "you are not root and sudo is not installed"
    sudo="sudo"
  fi
  echo "Installing system packages: $missing" >&2
  # shellcheck disable=SC2086
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
    cannot_install "$missing" "${sudo:+sudo }apt-get failed (see above)"
}

cannot_install() {
  cat >&2 <<EOF
bootstrap.sh: cannot install the system packages Launch Countdown needs: $2.
Ask an administrator to run:
  apt-get install --no-install-recommends $1
then run this command again.
EOF
  exit 2
}

# Create .venv and install the app with `extras` unless the stamp says this pyproject is installed.
venv() {
  local extras=$1 hash
  hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ -x .venv/bin/python ] && .venv/bin/python -c '' 2>/dev/null && [ -f "$STAMP" ] &&
    grep -qx "$hash $extras" "$STAMP"; then
    return 0
  fi
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".$extras"
  # A test install holds everything the app needs, so it stamps both.
  { [ "$extras" = "[test]" ] && echo "$hash "; echo "$hash $extras"; } >"$STAMP"
}

case "${1:-app}" in
  app)
    # shellcheck disable=SC2086
    apt_install $APT_RUNTIME
    venv ""
    exec .venv/bin/countdown "${@:2}"
    ;;
  test)
    # shellcheck disable=SC2086
    apt_install $APT_RUNTIME $APT_TEST $(libpython_package)
    venv "[test]"
    exec .venv/bin/python -m pytest "${@:2}"
    ;;
  *)
    echo "usage: bash packaging/bootstrap.sh app|test [args]" >&2
    exit 2
    ;;
esac
