#!/usr/bin/env bash
# Wrap the macOS app bundle in a compressed disk image: the user opens it and drags the app
# onto the Applications shortcut next to it. packaging/build.py calls this after PyInstaller:
#
#   bash packaging/macos/make_dmg.sh dist/SkinGPT-Desktop.app dist/SkinGPT-Desktop-0.1.0.dmg 0.1.0
#
# Needs macOS (hdiutil, ditto; codesign from the Xcode command line tools when signing).
#
# Signing: set CODESIGN_IDENTITY to a "Developer ID Application: ..." identity in the keychain
# and the app copy on the image and the image itself are signed (hardened runtime, secure
# timestamp). Unsigned, Gatekeeper blocks the app on other Macs until the user allows it in
# System Settings > Privacy & Security. A signature alone is not enough for a smooth first start:
# Apple must also notarize the image, which needs an Apple Developer Program membership and its
# credentials, so it is a manual release step, not done here:
#   xcrun notarytool submit OUT.dmg --keychain-profile PROFILE --wait
#   xcrun stapler staple OUT.dmg
# CODESIGN_ENTITLEMENTS may name an entitlements plist for the hardened runtime (Python's ctypes,
# which llama-cpp-python uses, can need com.apple.security.cs.allow-unsigned-executable-memory).
set -euo pipefail

usage() {
  echo "usage: $0 PATH/TO/SkinGPT-Desktop.app OUTPUT.dmg VERSION" >&2
  exit 2
}
[ $# -eq 3 ] || usage
app=${1%/}
out=$2
version=$3
launcher="$app/Contents/MacOS/skingpt-desktop"

case "$app" in *.app) ;; *) echo "error: $app is not an .app bundle" >&2; exit 2 ;; esac
case "$out" in *.dmg) ;; *) echo "error: the output $out must end in .dmg" >&2; exit 2 ;; esac
[ -n "$version" ] || usage
if [ ! -d "$app" ] || [ ! -x "$launcher" ]; then
  echo "error: $app has no launcher Contents/MacOS/skingpt-desktop; build it first" >&2
  exit 1
fi
if ! command -v hdiutil >/dev/null; then
  echo "error: hdiutil not found; disk images can only be made on macOS" >&2
  exit 1
fi

# The version in the bundle comes from the spec; a mismatch means a stale or foreign bundle.
plist="$app/Contents/Info.plist"
bundle_version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$plist" \
                 2>/dev/null || true)
if [ -n "$bundle_version" ] && [ "$bundle_version" != "$version" ]; then
  echo "warning: $app says version $bundle_version, not $version" >&2
fi

stage=$(mktemp -d "${TMPDIR:-/tmp}/skingpt-dmg.XXXXXX")
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"  # it becomes the volume's root folder; mktemp makes it owner-only

# ditto, not cp: it keeps the symlinks, extended attributes and signatures inside Qt's
# frameworks exactly as they are.
name=$(basename "$app")
ditto "$app" "$stage/$name"
ln -s /Applications "$stage/Applications"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  sign=(codesign --force --timestamp --options runtime --sign "$CODESIGN_IDENTITY")
  if [ -n "${CODESIGN_ENTITLEMENTS:-}" ]; then
    sign+=(--entitlements "$CODESIGN_ENTITLEMENTS")
  fi
  # --deep re-signs every nested library and framework of the PyInstaller bundle (which only
  # carries ad-hoc signatures) with the same identity in one pass.
  "${sign[@]}" --deep "$stage/$name"
  codesign --verify --deep --strict --verbose=2 "$stage/$name"
fi

mkdir -p "$(dirname "$out")"
# hdiutil now and then fails with "Resource busy" while Spotlight or XProtect look at the fresh
# image (seen on CI runners); a short pause and another try gets past it.
for attempt in 1 2 3; do
  if hdiutil create -volname "SkinGPT Desktop" -srcfolder "$stage" -ov -format UDBZ "$out"; then
    break
  fi
  if [ "$attempt" = 3 ]; then
    echo "error: hdiutil could not create $out" >&2
    exit 1
  fi
  sleep 10
done

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$out"
fi
hdiutil verify "$out" >/dev/null
echo "wrote $out ($(du -h "$out" | cut -f1), SkinGPT Desktop $version)"
