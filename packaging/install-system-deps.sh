#!/usr/bin/env bash
# Install the system packages the build and the (offscreen) GUI tests need on Debian/Ubuntu:
# a compiler and CMake for llama-cpp-python, the venv module, the shared libraries Qt loads, and
# the fonts for Latin, Arabic and Chinese text (the installer bundles them: packaging/build.py).
# With --installers also what building and testing the installers needs: Wine, MinGW-w64 and
# NSIS for the Windows build on Linux, qemu-user for the check on a processor without AVX,
# binutils (objdump) for the bundle's CPU-code check.
# Does nothing when everything is present, or when not root / no apt-get (prints what is
# missing in one line). With --require that case is an error (exit 3): bootstrap.py stops there.
set -euo pipefail

installers=0
require=0
for arg in "$@"; do
  case "$arg" in
    --installers) installers=1 ;;
    --require) require=1 ;;
    *) echo "usage: install-system-deps.sh [--installers] [--require]" >&2; exit 2 ;;
  esac
done

wanted=(build-essential cmake python3-venv python3-dev libgl1 libegl1 libxkbcommon0
        libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
        # Qt's xcb display plugin (desktop use and Xvfb) and Qt Multimedia (camera)
        libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
        libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libpulse0
        # Qt's Wayland plugin (the installer's dependency check runs ldd against them)
        libwayland-client0 libwayland-cursor0 libwayland-egl1
        # Arabic and Devanagari (fonts-noto-core), Chinese (fonts-droid-fallback: the CJK font
        # the renderer looks for and the installer bundles; the zh_CN report test fails without)
        fonts-noto-core fonts-droid-fallback
        # pdftotext and pdffonts: the report tests read the PDFs back (a missing one fails them)
        poppler-utils)
if [ "$installers" = 1 ]; then
  wanted+=(wine64 mingw-w64 nsis qemu-user binutils)
fi
# GLib: libglib2.0-0, renamed libglib2.0-0t64 in Debian 13 / Ubuntu 24.04; either will do.
have_glib() { dpkg -s libglib2.0-0 >/dev/null 2>&1 || dpkg -s libglib2.0-0t64 >/dev/null 2>&1; }

missing=()
for pkg in "${wanted[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && have_glib && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  have_glib || missing+=(libglib2.0-0)
  echo "system packages missing: ${missing[*]} (install them with: sudo apt-get install ${missing[*]})" >&2
  [ "$require" = 1 ] && exit 3
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
