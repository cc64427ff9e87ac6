"""Starting the desktop app, and its demo mode for documentation and checks.

``run_app(args)`` is called by the CLI without a subcommand. ``args`` carries ``pack``,
``image``, ``ask``, ``screenshot``, ``data_dir`` and ``lang``. The interface language is
``--lang`` when given (for this run only: the saved setting stays as it is, and answers are
asked for in that language too), else the one chosen at first run or in Settings, else the
system's when it is supported, else English. With ``--ask`` or ``--screenshot`` the app
runs in demo mode: it opens the main window on a temporary vault (unless ``--data-dir`` names a
folder; its vault is then opened or created with ``SKINGPT_PASSPHRASE``), loads the pack,
imports the photo, asks the question, waits for the streamed answer to finish, saves a PNG of
the window and exits 0. Any error ends it with one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from skingpt_desktop.core.crash import install_excepthook
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.i18n import default_language, validate_language
from skingpt_desktop.core.storage import paths
from skingpt_desktop.core.texts import resources_dir
from skingpt_desktop.render.qt_gui import register_bundled_fonts
from skingpt_desktop.ui.i18n import install_language
from skingpt_desktop.ui.main_window import MainWindow
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.settings import ANSWER_LANGUAGES
from skingpt_desktop.ui.theme import install_theme

EXIT_OK = 0
EXIT_ERROR = 2
DEMO_TIMEOUT_MS = 30 * 60 * 1000  # a 13B pack on a slow laptop may need many minutes
SETTLE_MS = 300  # let the last repaint happen before the screenshot
PASSPHRASE_ENV = "SKINGPT_PASSPHRASE"
ICON_NAME = "skingpt-desktop"  # resources/icons/skingpt-desktop-<size>.png


class _EmitProbe(QObject):
    fired = Signal()


def signal_emit_is_sound() -> bool:
    """False if this PySide6 build drops a reference to ``True`` on every signal emission.

    PySide6 6.12.0 does so; on Python < 3.12 (where ``True`` is not immortal) the app then
    crashes after a few thousand emissions (a few thousand streamed tokens). Checked once at
    start so the user gets a clear message instead of a crash in the middle of an answer.
    """
    if sys.version_info >= (3, 12):
        return True
    probe = _EmitProbe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    return sys.getrefcount(True) >= before


def check_qt_binding() -> None:
    """Refuse to start on a PySide6 build known to crash (see ``signal_emit_is_sound``)."""
    if not signal_emit_is_sound():
        raise SkinGPTError(
            f"PySide6 {PySide6.__version__} has a defect that makes the app crash on Python "
            f"{sys.version_info.major}.{sys.version_info.minor}; install another version, e.g. "
            "pip install 'pyside6<6.12' (or use Python 3.12 or newer)")


def app_icon() -> QIcon:
    """The app icon from ``resources/icons/``, one pixmap per rendered size.

    Every size of ``skingpt-desktop-<size>.png`` (made from the SVG by
    packaging/make_icons.py) is added, so a title bar or task bar gets a 16 or 24 px image drawn
    for that size instead of a large one scaled down into a blur. Null if the files are missing.
    """
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob(f"{ICON_NAME}-*.png")):
        size = png.stem.removeprefix(f"{ICON_NAME}-")
        if size.isdigit():
            icon.addFile(str(png), QSize(int(size), int(size)))
    return icon


@lru_cache(maxsize=1)
def application() -> QApplication:
    """The QApplication (created once), named, with its icon, and in the theme of the system
    (``install_theme``; the one chosen in Settings is applied once the settings are read)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("SkinGPT Desktop")
    app.setOrganizationName("SkinGPT")
    QGuiApplication.setDesktopFileName("skingpt-desktop")
    app.setWindowIcon(app_icon())
    register_bundled_fonts()
    install_theme(app)
    return app


def start_language(services: Services, lang: str | None) -> str:
    """The interface language to start with (see the module docstring); ``lang`` (``--lang``)
    also becomes the answer language, both for this run only."""
    settings = services.settings
    if lang:
        code = validate_language(lang)
        overrides = {"language": code}
        if code in ANSWER_LANGUAGES:
            overrides["answer_language"] = code
        services.settings_store.override_for_this_run(settings, **overrides)
        return code
    return settings.language or default_language(QLocale.system().name())


def apply_start_language(app: QApplication, services: Services, lang: str | None) -> str:
    """Install the start language (before any window exists); returns the code in effect."""
    return install_language(app, start_language(services, lang))


def run_app(args: argparse.Namespace) -> int:
    """Open the app (or run the demo); returns the process exit code."""
    app = application()
    check_qt_binding()
    install_excepthook(show=lambda report: _show_crash(app, report))
    if getattr(args, "ask", None) or getattr(args, "screenshot", None):
        return run_demo(app, args)
    services = Services(paths.data_dir(getattr(args, "data_dir", None)))
    apply_start_language(app, services, getattr(args, "lang", None))
    install_theme(app, services.settings.theme)
    window = MainWindow(services)
    window.show()
    window.start(pack=getattr(args, "pack", None), image=getattr(args, "image", None))
    return app.exec()


def _show_crash(app: QApplication, report: str) -> None:
    """Tell the user, on the GUI thread, that something broke and what to send (no data)."""
    def show() -> None:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Unexpected error"),
            QCoreApplication.translate(
                "app", "SkinGPT Desktop hit an unexpected error. Your saved data is safe; unsaved "
                "work in the current conversation may be lost. If you report it, include this "
                "(it contains no patient data):") + f"\n\n{report}")
    QTimer.singleShot(0, app, show)


class DemoDriver(QObject):
    """Steps the window through: vault, pack + photo, question, answer, screenshot, exit."""

    def __init__(self, app: QApplication, window: MainWindow, args: argparse.Namespace,
                 passphrase: str) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.args = args
        self.passphrase = passphrase
        self.exit_code = EXIT_OK
        self._engine = False
        self._photo = not args.image
        self._asked = False
        self._finished = False

    def start(self) -> None:
        w = self.window
        w.error_shown.connect(self.fail)
        w.engine_ready.connect(self._on_engine)
        w.photos.photos_changed.connect(self._on_photo)
        w.controller.answer_finished.connect(self._on_answer)
        w.unlocked.connect(self._on_unlocked)
        QTimer.singleShot(DEMO_TIMEOUT_MS, lambda: self.fail("demo mode timed out"))
        services = w.services
        task = services.unlock if services.has_vault() else services.create_vault
        # False: no recovery key for a new vault; the passphrase, not a recovery key, to unlock
        w.runner.start(task, self.passphrase, False, name="demo vault",
                       on_result=lambda _r: w.after_unlock(),
                       on_error=lambda e: self.fail(str(e)))

    def _on_unlocked(self) -> None:
        w = self.window
        last = w.services.settings.current_pack
        if self.args.ask and not (self.args.pack or last):
            self.fail("demo mode needs --pack DIR to answer a question")
            return
        if self.args.pack:
            if not w.load_named_pack(self.args.pack, remember=False):
                self.fail(f"no model pack {self.args.pack!r} and none used before")
                return
        elif last:
            w.load_pack(last, remember=False)
        else:
            self._engine = True
        if self.args.image:
            w.photos.add_source(self.args.image)
        self._next()

    def _on_engine(self) -> None:
        self._engine = True
        self._next()

    def _on_photo(self) -> None:
        self._photo = bool(self.window.photos.photos)
        self._next()

    def _next(self) -> None:
        if not (self._engine and self._photo) or self._asked:
            return
        self._asked = True
        if self.args.ask:
            self.window.controller.ask(self.args.ask)
        else:
            self._finish()

    def _on_answer(self, _answer) -> None:
        self._finish()

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        QTimer.singleShot(SETTLE_MS, self._screenshot)

    def _screenshot(self) -> None:
        out = self.args.screenshot
        if out:
            self.app.processEvents()
            if not self.window.grab().save(str(out), "PNG"):
                self.fail(f"{out}: the screenshot could not be written")
                return
        self.app.exit(self.exit_code)

    def fail(self, message: str) -> None:
        if self.exit_code != EXIT_OK:
            return
        print(f"error: {message}", file=sys.stderr)
        self.exit_code = EXIT_ERROR
        self.app.exit(EXIT_ERROR)


def _check_demo_args(args: argparse.Namespace) -> None:
    if args.ask and not args.image:
        raise SkinGPTError("demo mode: --ask needs --image PHOTO")
    if args.image and not Path(args.image).is_file():
        raise SkinGPTError(f"{args.image}: photo not found")
    if args.screenshot:
        parent = Path(args.screenshot).resolve().parent
        if not parent.is_dir():
            raise SkinGPTError(f"{args.screenshot}: folder {parent} does not exist")


def run_demo(app: QApplication, args: argparse.Namespace) -> int:
    """Demo mode (see module docstring); returns the exit code."""
    _check_demo_args(args)
    temporary = None
    if args.data_dir:
        folder = Path(args.data_dir)
        passphrase = os.environ.get(PASSPHRASE_ENV, "")
        if not passphrase:
            raise SkinGPTError(f"demo mode with --data-dir needs {PASSPHRASE_ENV} to open or "
                               "create the vault there")
    else:
        temporary = tempfile.TemporaryDirectory(prefix="skingpt-demo-")
        folder = Path(temporary.name)
        # A throw-away vault: random passphrase, deleted at exit.
        passphrase = secrets.token_urlsafe(24)
    try:
        services = Services(folder)
        services.settings.disclaimer_accepted = True  # the banner stays visible in the window
        apply_start_language(app, services, getattr(args, "lang", None))
        install_theme(app, services.settings.theme)
        window = MainWindow(services, quiet=True)
        window.show()
        driver = DemoDriver(app, window, args, passphrase)
        QTimer.singleShot(0, driver.start)
        code = app.exec()
        window._closing = True
        window.close()
        return code if code else driver.exit_code
    finally:
        if temporary is not None:
            temporary.cleanup()
