"""Smoke test of what a Windows user gets, run under Wine: ``smoke_test.py --wine DIST``.

In a new Wine prefix (a clean "Windows 10" whose user is named ``Zoë Müller 診所``) with
networking blocked (its own network namespace), it runs the frozen
``SkinGPT-Desktop-win64/skingpt-desktop.exe`` through the same checks as the Linux bundle
(``--version --verbose``, ``make-tiny-pack``, ``ask`` and ``ask --json``, a bad photo's one
``error:`` line, ``report``, ``vault init`` + ``ask --save`` + ``vault cases``, the offscreen
screenshot), with the work and data folders in a path with spaces and non-ASCII letters. Then
it installs ``SkinGPT-Desktop-VERSION-setup.exe`` silently (``/S``) into that user's profile,
runs the installed exe the same way with the default (per-user) data folder, and uninstalls it:
no program file, shortcut or Apps & features entry may stay, the user's data must. Standard
library only.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import bundle_checks
import smoke_test
import windows_build
from smoke_test import SmokeFailure

# Windows user names and folders often have spaces and non-ASCII letters; so do these. Wine
# names the prefix's user profile (C:\users\NAME) after $USER.
ODD_NAME = "Zoë Müller 診所"
USER_ENV = {"USER": ODD_NAME, "LOGNAME": ODD_NAME}
APP_FOLDER = "SkinGPT Desktop"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\SkinGPTDesktop"
SHORTCUT = "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/SkinGPT Desktop.lnk"
DATA_FOLDER = "AppData/Local/SkinGPT/SkinGPT Desktop"  # platformdirs' user data folder


class WineSandbox(smoke_test.Sandbox):
    """The Sandbox of the Linux test, with the launcher run by Wine in ``prefix``."""

    def __init__(self, root: Path, launcher: Path, prefix: Path,
                 data_dir: Path | None = None) -> None:
        super().__init__(root, launcher)
        self.prefix = prefix
        self.data_dir = data_dir

    def command(self, args: tuple[str, ...]) -> list[str]:
        return [*self.wrapper, windows_build.wine_tool("wine64"), str(self.launcher),
                *args]

    def env(self, **extra: str) -> dict[str, str]:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(self.home), "LANG": "C.UTF-8",
               "WINEPREFIX": str(self.prefix), "WINEDEBUG": "-all",
               "WINEDLLOVERRIDES": "mscoree,mshtml=", **USER_ENV}
        if self.data_dir:
            env["SKINGPT_DATA_DIR"] = windows_build.to_windows(self.data_dir)
        return {**env, **extra}


def new_prefix(folder: Path) -> Path:
    """A fresh Wine prefix reporting Windows 10: a new user's machine, whose user name (and so
    profile folder) has spaces and non-ASCII letters."""
    prefix = folder / "prefix"
    windows_build.make_prefix(prefix, **USER_ENV)
    # No display here, so Qt must render offscreen (the screenshot, the PDF report). Wine does
    # not pass Unix variables named QT_* to Windows programs; a user variable set the Windows
    # way (HKCU\Environment) reaches every program started in the prefix.
    _call([windows_build.wine_tool("wine64"), "reg", "add", r"HKCU\Environment", "/v",
           "QT_QPA_PLATFORM", "/d", "offscreen", "/f"], wine_env(prefix))
    wait_for_wine(prefix)
    return prefix


def wine_env(prefix: Path) -> dict[str, str]:
    """Wine's environment for the smoke test's prefix and user."""
    return windows_build.wine_env(prefix, **USER_ENV)


def wait_for_wine(prefix: Path) -> None:
    """Until every Windows process of ``prefix`` has ended (installers start helpers)."""
    server = windows_build.wine_tool("wineserver")
    subprocess.run([server, "--wait"], env=wine_env(prefix), timeout=600)


def _call(command: list[str], env: dict[str, str], timeout: float = 600) -> str:
    result = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, errors="replace", timeout=timeout)
    if result.returncode != 0:
        raise SmokeFailure(f"`{' '.join(map(str, command))[:120]}` exited {result.returncode}:"
                           f"\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return result.stdout


def user_folder(prefix: Path) -> Path:
    """The Windows user's profile folder (C:\\users\\NAME) inside ``prefix``."""
    user = prefix / "drive_c" / "users" / ODD_NAME
    if not user.is_dir():
        raise SmokeFailure(f"the Wine prefix has no user profile {user}")
    return user


def temp_files(prefix: Path) -> set[str]:
    """Files in the Windows user's temporary folder (where a leak would go)."""
    temp = user_folder(prefix) / "AppData" / "Local" / "Temp"
    return {str(p.relative_to(temp)) for p in temp.rglob("*")} if temp.is_dir() else set()


def smoke_windows_launcher(launcher: Path, prefix: Path, root: Path,
                           data_dir: Path | None) -> None:
    """The user-level checks of the Linux test, run by Wine in ``prefix``."""
    print(f"smoke test (Wine): {launcher}", flush=True)
    temp_before = temp_files(prefix)
    box = WineSandbox(root, launcher, prefix, data_dir)
    print("  network: " + ("blocked (own namespace, loopback only)" if box.wrapper
                           else "not isolated on this system"), flush=True)
    started = time.monotonic()
    box.run("--version")
    print(f"  ok  cold start of --version under Wine: {time.monotonic() - started:.1f} s")
    smoke_test.check_headless(box)
    smoke_test.check_screenshot(box)
    leaked = sorted(temp_files(prefix) - temp_before)
    if leaked:
        raise SmokeFailure(f"files left in the Windows temporary folder: {leaked[:10]}")
    print("  ok  nothing left in the Windows temporary folder")


def check_portable(bundle: Path, prefix: Path, scratch: Path) -> None:
    """The bundle folder as built, with work and data folders in an odd path."""
    before = bundle_checks.tree_snapshot(bundle)
    root = scratch / ODD_NAME / "portable"
    root.mkdir(parents=True)
    smoke_windows_launcher(bundle / "skingpt-desktop.exe", prefix, root, root / "data")
    if bundle_checks.tree_snapshot(bundle) != before:
        raise SmokeFailure(f"running the app changed files inside {bundle}")


def check_installer(installer: Path, prefix: Path, scratch: Path) -> None:
    """Silent install into the user's profile (spaces, non-ASCII letters), the installed exe,
    then the uninstaller."""
    user = user_folder(prefix)
    install_dir = user / "AppData" / "Local" / "Programs" / APP_FOLDER
    env = wine_env(prefix)
    wine = windows_build.wine_tool("wine64")
    _call([wine, str(installer), "/S"], env)
    wait_for_wine(prefix)
    for expected in (install_dir / "skingpt-desktop.exe", install_dir / "uninstall.exe",
                     user / SHORTCUT):
        if not expected.is_file():
            raise SmokeFailure(f"the installer did not create {expected}")
    _call([wine, "reg", "query", UNINSTALL_KEY], env)
    print(f"  ok  installed silently into {install_dir.relative_to(prefix)}, "
          f"{folder_megabytes(install_dir):.0f} MB; Start-menu shortcut and Apps & features entry")
    root = scratch / ODD_NAME / "installed"
    root.mkdir(parents=True)
    smoke_windows_launcher(install_dir / "skingpt-desktop.exe", prefix, root, data_dir=None)
    check_uninstall(install_dir, prefix)


def check_uninstall(install_dir: Path, prefix: Path) -> None:
    """The uninstaller removes every program file, the shortcut and the entry; data stays."""
    user = user_folder(prefix)
    env = wine_env(prefix)
    wine = windows_build.wine_tool("wine64")
    data = user / DATA_FOLDER
    if not any(data.rglob("*")):
        raise SmokeFailure(f"the installed app wrote no user data to {data}")
    # The uninstaller copies itself to the temporary folder and exits; wait for that copy.
    _call([wine, str(install_dir / "uninstall.exe"), "/S"], env)
    wait_for_wine(prefix)
    left = [str(p.relative_to(install_dir)) for p in install_dir.rglob("*")] \
        if install_dir.exists() else []
    if left or install_dir.exists():
        raise SmokeFailure(f"the uninstaller left program files behind: {left[:10]}")
    if (user / SHORTCUT).exists():
        raise SmokeFailure("the uninstaller left the Start-menu shortcut")
    query = subprocess.run([wine, "reg", "query", UNINSTALL_KEY], env=env, capture_output=True,
                           stdin=subprocess.DEVNULL)
    if query.returncode == 0:
        raise SmokeFailure("the uninstaller left the Apps & features entry")
    if not any(data.rglob("*")):
        raise SmokeFailure(f"the uninstaller removed the user's data in {data}")
    print("  ok  uninstalled: no program file, shortcut or entry left; the user's data kept")


def folder_megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def find_outputs(dist: Path) -> tuple[Path, Path]:
    """(bundle folder, installer) in ``dist``."""
    bundle = dist / windows_build.BUNDLE_NAME
    if not (bundle / "skingpt-desktop.exe").is_file():
        raise SmokeFailure(f"no {windows_build.BUNDLE_NAME}/skingpt-desktop.exe in {dist}: run "
                           "python3 packaging/build.py --windows")
    installers = sorted(dist.glob("SkinGPT-Desktop-*-setup.exe"))
    if not installers:
        raise SmokeFailure(f"no SkinGPT-Desktop-*-setup.exe in {dist}")
    return bundle, installers[-1]


def run(dist: Path) -> None:
    """The whole Windows smoke test; raises SmokeFailure on the first failed check."""
    if not windows_build.which("wine64"):
        raise SmokeFailure("wine64 is needed: apt-get install --no-install-recommends wine64")
    bundle, installer = find_outputs(dist)
    bundle_checks.check_bundle(bundle, windows=True)
    print(f"installer: {installer.name}, {installer.stat().st_size / 1e6:.0f} MB")
    with tempfile.TemporaryDirectory(prefix="skingpt-wine-smoke-") as tmp:
        scratch = Path(tmp)
        prefix = new_prefix(scratch)
        try:
            check_portable(bundle, prefix, scratch)
            check_installer(installer, prefix, scratch)
        finally:
            server = windows_build.wine_tool("wineserver")
            subprocess.run([server, "--kill"], env=wine_env(prefix))
            shutil.rmtree(prefix, ignore_errors=True)
