"""Loading a model pack for the main window: check, fit advice, load, make current.

``PackLoading`` runs the two slow steps on the task helper (checking the pack's files, then
loading both models) and tells the window what to show: ``text`` for the status bar's pack
label (a function, so it follows the language), ``advice`` (core's fit sentence), ``error``
(a message for the user) and ``loaded`` once the engine is in place. ``loading`` is true in
between: no questions until the new model is ready.

The texts keep the ``MainWindow`` translation context they had before this was split out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.packs.machine import (
    fit_advice,
    gpu_memory_bytes,
    machine_memory_bytes,
    vision_memory_mode,
)
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskRunner, error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class PackLoading(QObject):
    """Checks and loads packs in the background (see module docstring)."""

    text = Signal(object)  # Text for the pack label
    advice = Signal(str)  # does the pack fit this machine (core's English sentence)
    error = Signal(str)  # translated message
    loading_changed = Signal(bool)
    loaded = Signal(object)  # the ModelPack now in use

    def __init__(self, services: Services, runner: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.loading = False
        # Asks the user to accept a pack's license (True: accepted); the window's dialog.
        self.ask_license: Callable[[ModelPack], bool] = lambda _pack: False

    def load_named(self, spec: str, remember: bool) -> bool:
        """Load the pack ``spec`` names (a folder or an installed pack's name). If there is no
        such pack, say so and load the last used one instead; False when nothing loads."""
        try:
            folder = self.services.pack_folder(spec)
        except PackError as exc:
            last = self.services.settings.current_pack
            if last and Path(last).is_dir():
                self.load(last, remember=False)
                self.error.emit(QCoreApplication.translate(
                    "MainWindow", "{problem}. The last used model pack is loaded instead.").format(
                        problem=str(exc).rstrip(".")))
                return True
            self.error.emit(error_text(exc))
            return False
        self.load(str(folder), remember=remember)
        return True

    def load(self, folder: str, remember: bool) -> None:
        """Check, then load the pack in ``folder``; ``remember`` makes it the one used next time."""
        self.text.emit(lambda: QCoreApplication.translate("MainWindow",
                                                          "Checking the model pack…"))
        self._set_loading(True)
        gpu_layers = self.services.settings.gpu_layers

        def check(ctx, pack_folder: str) -> tuple[ModelPack, int]:
            # The GPU query starts llama.cpp's backends (CUDA takes a moment): not on screen time.
            pack = self.services.open_pack(ctx, pack_folder)
            return pack, gpu_memory_bytes() if gpu_layers > 0 else 0

        self.runner.start(check, folder, name="check pack",
                          on_result=lambda checked: self._checked(*checked, remember=remember),
                          on_error=lambda exc: self._failed(exc, folder))

    def _license_accepted(self, pack: ModelPack) -> bool:
        """True when the pack needs no acceptance, or the user accepted its license (now or
        before: remembered per pack and license text)."""
        card, settings = pack.card, self.services.settings
        if not card.license_acceptance_required:
            return True
        key = card.license_key(pack.name)
        if key in settings.accepted_licenses:
            return True
        if not self.ask_license(pack):
            return False
        settings.accepted_licenses.append(key)
        self.services.save_settings()
        return True

    def _checked(self, pack: ModelPack, gpu_memory: int, remember: bool) -> None:
        if not self._license_accepted(pack):
            self.text.emit(self.current_text())
            self._set_loading(False)
            self.error.emit(QCoreApplication.translate(
                "MainWindow", "{pack} was not loaded: its license was not accepted.").format(
                    pack=pack.manifest.display_name))
            return
        name = pack.manifest.display_name
        settings = self.services.settings
        advice = fit_advice(pack.manifest, machine_memory_bytes(), settings.gpu_layers,
                            gpu_memory, vision_memory_mode(settings.vision_backend))
        if advice:
            self.advice.emit(advice)
        self.text.emit(lambda: QCoreApplication.translate("MainWindow", "Loading {pack}…").format(
            pack=name))

        def stage(progress) -> None:
            self.text.emit(lambda: QCoreApplication.translate("MainWindow", "{pack}: {stage}…")
                           .format(pack=name, stage=_tr(progress[0])))

        self.runner.start(self.services.load_engine, pack, name="load pack", on_progress=stage,
                          on_result=lambda engine: self._loaded(engine, pack, remember),
                          on_error=lambda exc: self._failed(exc, str(pack.root)))

    def _loaded(self, engine, pack: ModelPack, remember: bool) -> None:
        self.services.install_engine(engine)
        self.services.failed_packs.pop(str(pack.root.resolve()), None)
        if engine.llm.notice:  # the context was lowered to the one the model was trained for
            self.advice.emit(engine.llm.notice)
        if remember:
            self.services.settings.current_pack = str(pack.root)
            self.services.save_settings()
        self.text.emit(self.current_text())
        self._set_loading(False)
        self.loaded.emit(pack)

    def _failed(self, exc: BaseException, folder: str) -> None:
        self.text.emit(self.current_text())
        self._set_loading(False)
        message = error_text(exc, QCoreApplication.translate(
            "MainWindow", "The model pack could not be loaded ({type}: {exc})"))
        self.services.failed_packs[str(Path(folder).resolve())] = message
        self.error.emit(message)

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.loading_changed.emit(loading)

    def current_text(self):
        """The pack label's text for the pack in use (or none)."""
        pack = self.services.pack
        if pack is None:
            return lambda: QCoreApplication.translate("MainWindow", "No model pack loaded")
        name = pack.manifest.display_name
        return lambda: QCoreApplication.translate("MainWindow", "Pack: {pack}").format(pack=name)
