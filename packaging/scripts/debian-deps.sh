#!/usr/bin/env bash
# Install the Debian packages Second Thought needs, only the missing ones.
# Usage: debian-deps.sh run|test|package|list-run
# As root it installs them; as another user it prints the exact apt-get line and fails.
set -euo pipefail

run_pkgs=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0
  libpq5)  # team workspaces: the installed bundle's psycopg uses Debian's libpq
# Tests also need a real X server (screenshot and crash tests) and xdotool to type into it.
# PostgreSQL: the team-mode tests start a throw-away cluster of their own (tests/support/postgres.py).
test_pkgs=(xvfb xauth xdotool gnome-keyring dbus-daemon postgresql)
# `make package` / `make package-check`: the metadata validators and lintian (dpkg-deb and
# dpkg -x come with every Debian), plus what the tests need to run the installed app.
package_pkgs=(appstream desktop-file-utils lintian binutils patchelf)

case "${1:-run}" in
  run) wanted=("${run_pkgs[@]}") ;;
  test) wanted=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  package) wanted=("${run_pkgs[@]}" "${test_pkgs[@]}" "${package_pkgs[@]}") ;;
  # The .deb's Depends: exactly what the app needs to run (packaging/scripts/build-deb.py).
  list-run) printf '%s\n' "${run_pkgs[@]}"; exit 0 ;;
  *) echo "usage: $0 run|test|package|list-run" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "debian-deps: not a Debian-like system; install Qt's X11/xcb libraries yourself." >&2
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "Second Thought needs these Debian packages. Please run, as root:" >&2
  echo "  sudo apt-get update && sudo $line" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Update the package lists only when the install fails for lack of them (fast second runs).
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
