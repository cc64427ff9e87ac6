#!/usr/bin/env bash
# Install the system packages the build and the (offscreen) GUI tests need on Debian/Ubuntu:
# a compiler and CMake for llama-cpp-python, the venv module, the shared libraries Qt loads, and
# the fonts for Latin, Arabic and Chinese text (the installer bundles them: packaging/build.py).
# Does nothing when everything is present, or when not root / no apt-get (prints what to do).
set -euo pipefail

wanted=(build-essential cmake python3-venv python3-dev libgl1 libegl1 libxkbcommon0
        libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
        # Qt's xcb display plugin (desktop use and Xvfb) and Qt Multimedia (camera)
        libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
        libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libpulse0
        # Qt's Wayland plugin (the installer's dependency check runs ldd against them)
        libwayland-client0 libwayland-cursor0 libwayland-egl1
        fonts-noto-core fonts-droid-fallback
        # pdftotext: the report tests read the PDFs back
        poppler-utils)
# GLib: libglib2.0-0, renamed libglib2.0-0t64 in Debian 13 / Ubuntu 24.04; either will do.
have_glib() { dpkg -s libglib2.0-0 >/dev/null 2>&1 || dpkg -s libglib2.0-0t64 >/dev/null 2>&1; }

missing=()
for pkg in "${wanted[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && have_glib && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "system packages missing: ${missing[*]} (and GLib if absent)" >&2
  echo "install them with: sudo apt-get install ${missing[*]} libglib2.0-0" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq  # package lists first: the GLib name depends on the release
if ! have_glib; then
  if apt-cache show libglib2.0-0t64 >/dev/null 2>&1; then missing+=(libglib2.0-0t64)
  else missing+=(libglib2.0-0); fi
fi
echo "installing system packages: ${missing[*]}"
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
