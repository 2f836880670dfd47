#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine (Python >= 3.11):
#   bash packaging/bootstrap.sh app    install what is needed and start Launch Countdown
#   bash packaging/bootstrap.sh test   install what is needed and run the whole test suite
# System packages come from apt (with sudo when not root), Python packages go into ./.venv.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_RUNTIME="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libnotify-bin python3-venv"
APT_TEST="xvfb xauth x11-utils trayer dunst dbus dbus-x11 imagemagick sqlite3 desktop-file-utils appstream"

need_apt() { for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || return 0; done; return 1; }

apt_install() {
  # shellcheck disable=SC2086
  if need_apt $*; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $* >/dev/null
  fi
}

venv() {
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[$1]"
}

case "${1:-app}" in
  app)
    apt_install $APT_RUNTIME
    venv gui
    exec .venv/bin/countdown "${@:2}"
    ;;
  test)
    apt_install $APT_RUNTIME $APT_TEST
    venv test
    exec .venv/bin/python -m pytest "${@:2}"
    ;;
  *)
    echo "usage: bash packaging/bootstrap.sh app|test [args]" >&2
    exit 2
    ;;
esac
