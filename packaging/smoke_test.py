#!/usr/bin/env python3
"""Smoke test of what a user gets: the frozen app, run with an empty environment.

    python3 packaging/smoke_test.py dist              # the bundle, then the .deb (root only)
    python3 packaging/smoke_test.py dist --no-deb     # the bundle only
    python3 packaging/smoke_test.py --wine dist       # the Windows bundle and installer (Wine)

The launcher runs with PATH=/usr/bin:/bin, HOME and TMPDIR in a fresh temporary folder, no
virtual environment and, on Linux, no network (its own network namespace, loopback only). It
checks ``--version``, ``make-tiny-pack``, ``ask``, a bad photo's one-line error, ``vault init``
+ ``ask --save`` + ``vault cases``, and the demo screenshot (offscreen, must not be blank);
then that nothing was written outside the user data folder and nothing into the bundle. On
Linux as root the .deb is then installed with dpkg, the same test runs on
/usr/bin/skingpt-desktop, and ``dpkg -r`` must leave no file behind under /opt or /usr.
Uses only the standard library. Exit code 0 when every check passes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_checks  # noqa: E402  (same folder; stdlib only)
import deb  # noqa: E402
import png_check  # noqa: E402

# A processor without AVX (SSE4.2 is its best), emulated by qemu-user for check_old_cpu.
OLD_CPU = "Westmere"
QUESTION = "Could you describe the skin disease in this image for me?"
PASSPHRASE = "smoke test passphrase 4 fern"
PACKAGE = deb.PACKAGE
# What the app may leave in an empty HOME: its data and settings folders, and the fontconfig
# cache that Qt's font lookup writes (not ours, holds no patient data); on macOS the same in
# ~/Library. (On Windows the data folder is found through the shell, not HOME: this check then
# sees nothing there.)
ALLOWED_IN_HOME = (".local/share/SkinGPT Desktop", ".config/SkinGPT Desktop",
                   ".cache/fontconfig", "Library/Application Support/SkinGPT Desktop",
                   "Library/Preferences/", "Library/Caches/")


class SmokeFailure(Exception):
    """A check failed; the message says which and what was seen."""


def launcher_in(dist: Path) -> Path:
    """The frozen launcher below ``dist`` (the dist folder or the bundle folder itself)."""
    names = {"win32": "skingpt-desktop.exe"}.get(sys.platform, "skingpt-desktop")
    candidates = [dist / names, dist / "SkinGPT-Desktop" / names,
                  dist / "SkinGPT-Desktop.app" / "Contents" / "MacOS" / names]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SmokeFailure(f"no launcher {names} in {dist} or {dist / 'SkinGPT-Desktop'}")


def network_wrapper() -> list[str]:
    """``unshare --net --`` where this system can give a process its own empty network."""
    unshare = shutil.which("unshare", path="/usr/bin:/bin")
    if not sys.platform.startswith("linux") or not unshare:
        return []
    probe = subprocess.run([unshare, "--net", "--", "cat", "/proc/net/dev"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        return []
    interfaces = {line.split(":")[0].strip() for line in probe.stdout.splitlines() if ":" in line}
    if interfaces != {"lo"}:
        raise SmokeFailure(f"network namespace still has interfaces {sorted(interfaces)}")
    return [unshare, "--net", "--"]


class Sandbox:
    """An empty HOME and TMPDIR, and a way to run the launcher in them without a network.

    With ``chroot``, ``root`` lies inside that system tree and the launcher runs in it (a
    minimal Debian without Python or a compiler, with the .deb installed).
    """

    def __init__(self, root: Path, launcher: Path, chroot: Path | None = None) -> None:
        self.root = root
        self.home = root / "home"
        self.tmp = root / "tmp"
        self.work = root / "work"
        for folder in (self.home, self.tmp, self.work):
            folder.mkdir(exist_ok=True)  # check_old_cpu shares one root
        self.launcher = launcher
        self.chroot = chroot
        self.wrapper = network_wrapper()

    def inside(self, path: Path) -> str:
        """``path`` as the launcher sees it (below the chroot, if any)."""
        return "/" + str(path.relative_to(self.chroot)) if self.chroot else str(path)

    def env(self, **extra: str) -> dict[str, str]:
        """The environment a double-clicked app gets on a bare desktop, at its emptiest."""
        env = {"PATH": "/usr/bin:/bin", "HOME": self.inside(self.home),
               "TMPDIR": self.inside(self.tmp), "LANG": "C.UTF-8"}
        if sys.platform == "win32":  # Windows cannot start a process without these
            env.update({k: os.environ[k] for k in ("SYSTEMROOT", "USERPROFILE") if k in os.environ})
        return {**env, **extra}

    def command(self, args: tuple[str, ...]) -> list[str]:
        """The command line that runs the launcher with ``args``."""
        return [*self.wrapper, str(self.launcher), *args]

    def run(self, *args: str, expect: int = 0, timeout: float = 600, **env: str) -> str:
        """Run the launcher; returns stdout, or fails with its stderr when the code differs."""
        command = self.command(args)
        if self.chroot:  # chroot, then cd into the work folder as the launcher sees it
            chroot = shutil.which("chroot") or "/usr/sbin/chroot"
            command = [*self.wrapper, chroot, str(self.chroot), "/bin/sh", "-c",
                       'cd "$0" && exec "$@"', self.inside(self.work), str(self.launcher), *args]
        started = time.monotonic()
        result = subprocess.run(command, cwd=self.work, env=self.env(**env), capture_output=True,
                                text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        took = time.monotonic() - started
        label = " ".join(args)[:70]
        if result.returncode != expect:
            raise SmokeFailure(f"`{label}` exited {result.returncode} (expected {expect}):\n"
                               f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
        print(f"  ok  {label}  ({took:.1f} s)", flush=True)
        return result.stdout if expect == 0 else result.stderr


def check_headless(box: Sandbox) -> None:
    """Every headless path a user or an installer check takes."""
    version = box.run("--version").strip()
    if not version.startswith("SkinGPT Desktop "):
        raise SmokeFailure(f"--version printed {version!r}")
    verbose = box.run("--version", "--verbose")
    if "llama" not in verbose.lower() or "cpu" not in verbose.lower():
        raise SmokeFailure(f"--version --verbose names no llama.cpp build or CPU:\n{verbose}")
    variant = cpu_variant_of(verbose)
    print(f"  ok  CPU variant: {variant}", flush=True)
    box.run("make-tiny-pack", "pack")
    png_check.write_test_photo(box.work / "photo.png")
    answer = box.run("ask", "--pack", "pack", "--image", "photo.png", "--deterministic",
                     "--max-tokens", "12", QUESTION)
    if not answer.strip():
        raise SmokeFailure("ask printed no answer")
    report = json.loads(box.run("ask", "--pack", "pack", "--image", "photo.png", "--json",
                                "--deterministic", "--max-tokens", "8", QUESTION))
    if not report.get("transcript"):
        raise SmokeFailure(f"ask --json has no transcript: {sorted(report)}")
    (box.work / "not-a-photo.jpg").write_bytes(b"GIF89a this is not a photo")
    error = box.run("ask", "--pack", "pack", "--image", "not-a-photo.jpg", QUESTION, expect=2)
    if len(error.strip().splitlines()) != 1 or not error.startswith("error: "):
        raise SmokeFailure(f"a bad photo should give one error line, got:\n{error}")
    box.run("report", "--pack", "pack", "--image", "photo.png", "--question", QUESTION,
            "--deterministic", "--max-tokens", "8", "--out", "report.pdf")
    if not (box.work / "report.pdf").read_bytes().startswith(b"%PDF-"):
        raise SmokeFailure("report wrote no PDF")
    box.run("vault", "init", SKINGPT_PASSPHRASE=PASSPHRASE)
    box.run("ask", "--pack", "pack", "--image", "photo.png", "--save", "--deterministic",
            "--max-tokens", "8", QUESTION, SKINGPT_PASSPHRASE=PASSPHRASE)
    cases = box.run("vault", "cases", SKINGPT_PASSPHRASE=PASSPHRASE)
    if QUESTION[:30] not in cases:
        raise SmokeFailure(f"vault cases does not list the saved question:\n{cases}")


def cpu_variant_of(verbose: str) -> str:
    """The ``CPU variant: NAME`` of a ``--version --verbose`` report (a portable build has one)."""
    for line in verbose.splitlines():
        if line.strip().startswith("CPU variant:"):
            return line.split(":", 1)[1].strip()
    raise SmokeFailure(f"--version --verbose has no 'CPU variant:' line:\n{verbose}")


def check_screenshot(box: Sandbox) -> None:
    """The window, offscreen, with a streamed answer: saved and not blank."""
    out = box.work / "window.png"
    box.run("--pack", "pack", "--image", "photo.png", "--ask", QUESTION, "--screenshot",
            out.name, QT_QPA_PLATFORM="offscreen")
    stats = png_check.image_stats(out)
    if stats.colours < 16 or stats.busy_fraction < 0.02:
        raise SmokeFailure(f"the screenshot looks blank: {stats}")
    print(f"  ok  screenshot {stats.width}x{stats.height}, {stats.colours} colours")


def check_left_behind(box: Sandbox) -> None:
    """Nothing in TMPDIR, nothing in HOME outside the data, settings and font-cache folders."""
    leftovers = [str(p.relative_to(box.tmp)) for p in box.tmp.rglob("*")]
    if leftovers:
        raise SmokeFailure(f"files left in TMPDIR: {leftovers[:10]}")
    stray = []
    for path in box.home.rglob("*"):
        relative = path.relative_to(box.home).as_posix()
        if path.is_file() and not relative.startswith(ALLOWED_IN_HOME):
            stray.append(relative)
    if stray:
        raise SmokeFailure(f"files written outside the user data folder: {stray[:10]}")
    print("  ok  nothing written outside the user data folder")


def smoke_launcher(launcher: Path, bundle: Path | None, chroot: Path | None = None) -> None:
    """The whole user-level test for one launcher (bundled or installed)."""
    print(f"smoke test: {launcher}" + (f" in {chroot}" if chroot else ""), flush=True)
    before = bundle_checks.tree_snapshot(bundle) if bundle else None
    parent = chroot / "tmp" if chroot else None
    with tempfile.TemporaryDirectory(prefix="skingpt-smoke-", dir=parent) as tmp:
        box = Sandbox(Path(tmp), launcher, chroot)
        print("  network: " + ("blocked (own namespace, loopback only)" if box.wrapper
                               else "not isolated on this system"), flush=True)
        check_headless(box)
        check_screenshot(box)
        check_left_behind(box)
    if bundle and bundle_checks.tree_snapshot(bundle) != before:
        raise SmokeFailure(f"running the app changed files inside {bundle}")


class OldCpuSandbox(Sandbox):
    """The Sandbox, with the launcher run by qemu-user emulating a processor without AVX.

    qemu-user emulates one process: this works because the launcher does not re-execute
    itself (packaging/linux_launcher.py); one that did would run natively from then on."""

    def __init__(self, root: Path, launcher: Path, qemu: str) -> None:
        super().__init__(root, launcher)
        self.qemu = qemu

    def command(self, args: tuple[str, ...]) -> list[str]:
        return [*self.wrapper, self.qemu, "-cpu", OLD_CPU, str(self.launcher), *args]


def check_old_cpu(launcher: Path) -> None:
    """The bundle on a processor without AVX/AVX2 (``qemu-x86_64 -cpu Westmere``, like the
    Celeron and Pentium Silver laptops many clinics have): it must pick ggml's SSE4.2 variant
    and answer, where an AVX2 build dies with an illegal instruction."""
    qemu = shutil.which("qemu-x86_64")
    if not qemu:
        raise SmokeFailure("qemu-x86_64 is needed for the old-processor check: apt-get install "
                           "qemu-user")
    print(f"smoke test: {launcher} on an emulated {OLD_CPU} processor (no AVX)", flush=True)
    with tempfile.TemporaryDirectory(prefix="skingpt-smoke-cpu-") as tmp:
        native = Sandbox(Path(tmp), launcher)
        old = OldCpuSandbox(Path(tmp), launcher, qemu)
        native_variant = cpu_variant_of(native.run("--version", "--verbose"))
        old_variant = cpu_variant_of(old.run("--version", "--verbose"))
        if old_variant != "sse42":
            raise SmokeFailure(f"under {OLD_CPU} the CPU variant is {old_variant!r}, not sse42")
        if native_variant == old_variant:
            raise SmokeFailure(f"natively the CPU variant is also {native_variant!r}: this "
                               "machine's AVX2/AVX-512 variants are not used")
        native.run("make-tiny-pack", "pack")
        png_check.write_test_photo(native.work / "photo.png")
        ask = ("ask", "--pack", "pack", "--image", "photo.png", "--deterministic",
               "--max-tokens", "4", "describe")
        timings = {}
        for label, box in (("native", native), (OLD_CPU, old)):
            started = time.monotonic()
            box.run(*ask)
            timings[label] = time.monotonic() - started
        print(f"  ok  CPU variant natively {native_variant}, under {OLD_CPU} {old_variant}; tiny "
              f"ask {timings['native']:.1f} s natively, {timings[OLD_CPU]:.1f} s emulated")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="packaging/smoke_test.py", description=__doc__.split(
        "\n")[0])
    parser.add_argument("dist", type=Path, help="dist folder (or the bundle folder)")
    parser.add_argument("--no-deb", action="store_true", help="skip installing the .deb")
    parser.add_argument("--wine", action="store_true",
                        help="instead: test the Windows bundle and installer in DIST under Wine "
                        "(packaging/wine_smoke.py)")
    parser.add_argument("--chroot", type=Path, metavar="DIR",
                        help="instead: test /usr/bin/skingpt-desktop inside the system tree DIR "
                        "(e.g. a debootstrap'ed minimal Debian with the .deb installed)")
    args = parser.parse_args(argv)
    try:
        if args.wine:
            return wine_main(args.dist.resolve())
        if args.chroot:
            bundle_checks.check_bundle(args.chroot / "opt" / PACKAGE)
            smoke_launcher(Path("/usr/bin") / PACKAGE, args.chroot / "opt" / PACKAGE,
                           args.chroot.resolve())
            print("smoke test passed")
            return 0
        launcher = launcher_in(args.dist.resolve())
        bundle = launcher.parent
        bundle_checks.check_bundle(bundle)
        smoke_launcher(launcher, bundle)
        check_old_cpu(launcher)
        if not args.no_deb and sys.platform.startswith("linux"):
            deb_smoke(args.dist.resolve())
    except (SmokeFailure, bundle_checks.BundleProblem, json.JSONDecodeError,
            subprocess.TimeoutExpired) as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


def wine_main(dist: Path) -> int:
    """``--wine``: the Windows bundle and installer (packaging/wine_smoke.py)."""
    import wine_smoke  # needs Wine; it imports this file as the module smoke_test

    try:
        wine_smoke.run(dist)
    except (wine_smoke.SmokeFailure, bundle_checks.BundleProblem,
            subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


def deb_smoke(dist: Path) -> None:
    """Install the .deb, test the installed command, remove it: nothing may stay behind."""
    debs = sorted(dist.glob(f"{PACKAGE}_*_amd64.deb"))
    if not debs:
        raise SmokeFailure(f"no {PACKAGE}_*_amd64.deb in {dist}")
    if os.geteuid() != 0 or not shutil.which("dpkg"):
        print(f"skipping the .deb install test (needs root and dpkg): {debs[-1].name}")
        return
    if subprocess.run(["dpkg", "-s", PACKAGE], capture_output=True).returncode == 0:
        raise SmokeFailure(f"{PACKAGE} is already installed here; remove it before the test")
    before = bundle_checks.system_snapshot()
    _dpkg("-i", str(debs[-1]))
    try:
        bundle_checks.check_installed(PACKAGE)
        smoke_launcher(Path("/usr/bin") / PACKAGE, Path("/opt") / PACKAGE)
    finally:
        _dpkg("-r", PACKAGE)
    left = bundle_checks.system_snapshot() ^ before
    if left:
        raise SmokeFailure(f"dpkg -r left changes under /opt or /usr: {sorted(left)[:10]}")
    print("  ok  dpkg -r left nothing under /opt or /usr")


def _dpkg(*args: str) -> None:
    result = subprocess.run(["dpkg", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SmokeFailure(f"dpkg {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    print(f"  ok  dpkg {args[0]}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
