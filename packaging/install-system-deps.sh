#!/usr/bin/env bash
# Install the system packages the build and the (offscreen) GUI tests need on Debian/Ubuntu:
# a compiler and CMake for llama-cpp-python, the venv module, and the shared libraries Qt loads.
# Does nothing when everything is present, or when not root / no apt-get (prints what to do).
set -euo pipefail

wanted=(build-essential cmake python3-venv python3-dev libgl1 libegl1 libxkbcommon0
        libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
        # Qt's xcb display plugin (desktop use and Xvfb) and Qt Multimedia (camera)
        libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
        libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libpulse0)
# libglib2.0-0 was renamed libglib2.0-0t64 in Debian 13 / Ubuntu 24.04.
if apt-cache show libglib2.0-0t64 >/dev/null 2>&1; then wanted+=(libglib2.0-0t64); else wanted+=(libglib2.0-0); fi

missing=()
for pkg in "${wanted[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "system packages missing: ${missing[*]}" >&2
  echo "install them with: sudo apt-get install ${missing[*]}" >&2
  exit 0
fi
echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
