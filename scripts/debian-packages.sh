#!/usr/bin/env bash
# Shared helper for test.sh and the scripts it sources.
#
#   ensure_debian_package PACKAGE...
#
# Installs whichever of the named Debian packages are not installed yet, with
# apt-get. Runs apt-get directly when root, through `sudo -n` when not root and
# passwordless sudo is available, and otherwise fails with a message naming the
# command to run by hand. `apt-get update` runs at most once per script run.
set -euo pipefail

_SAFEGUARD_APT_UPDATED=${_SAFEGUARD_APT_UPDATED:-0}

# Runs a command as root: directly when we are root, otherwise via `sudo -n`.
_run_as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  else
    sudo -n "$@"
  fi
}

_can_run_as_root() {
  [[ $(id -u) -eq 0 ]] && return 0
  command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1
}

debian_package_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

ensure_debian_package() {
  local pkg
  local missing=()
  for pkg in "$@"; do
    if ! command -v dpkg-query >/dev/null 2>&1 || ! debian_package_installed "$pkg"; then
      missing+=("$pkg")
    fi
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi

  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing package(s) ${missing[*]}, and apt-get is not available (not a Debian system?)." >&2
    echo "       Install the equivalent of: ${missing[*]}" >&2
    return 1
  fi
  if ! _can_run_as_root; then
    echo "error: missing Debian package(s) ${missing[*]}, and this script is not root and has no passwordless sudo." >&2
    echo "       Install them once by hand, then run again:" >&2
    echo "         sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi

  echo "Installing Debian package(s): ${missing[*]}"
  if [[ $_SAFEGUARD_APT_UPDATED != 1 ]]; then
    _run_as_root env DEBIAN_FRONTEND=noninteractive apt-get update || return 1
    _SAFEGUARD_APT_UPDATED=1
  fi
  _run_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" || return 1
}
