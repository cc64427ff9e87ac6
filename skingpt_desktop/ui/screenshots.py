"""Screenshots of the app's main states for the documentation.

``python -m skingpt_desktop.ui.screenshots OUT_DIR --pack DIR [--image PHOTO] [--lang CODE]``
writes first-run, packs (installed and catalogue), settings, evaluate-dialog, report-dialog,
patient-view, follow-up, locked, photo-quality and camera screenshots into ``OUT_DIR`` (in
the interface language ``CODE``, English by default), using a temporary data folder and, by
default, a synthetic skin photo (``--write-demo-photo OUT.jpg`` writes just that photo). The
main window with an answer comes from the demo mode:
``python main.py [--lang CODE] --pack DIR --image PHOTO --ask "..." --screenshot OUT.png``.
Run it under Xvfb or with ``QT_QPA_PLATFORM=offscreen``; ``SKINGPT_THEME=dark`` (or light,
contrast-light, contrast-dark) takes them in that theme.
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter
from PySide6.QtWidgets import QApplication, QWidget

from skingpt_desktop.core.i18n import SOURCE_LANGUAGE, language_codes
from skingpt_desktop.core.storage import content
from skingpt_desktop.core.storage.models import Case, Patient
from skingpt_desktop.ui.app import application, apply_start_language, check_qt_binding
from skingpt_desktop.ui.camera import CameraDialog
from skingpt_desktop.ui.evaluate_dialog import show_evaluate_dialog
from skingpt_desktop.ui.first_run import PAGE_VAULT, FirstRunDialog
from skingpt_desktop.ui.main_window import MainWindow
from skingpt_desktop.ui.record_dialogs import PatientDialog
from skingpt_desktop.ui.services import Services

PASSPHRASE = "plum river ochre tandem 19"


def write_demo_photo(path: Path, width: int = 800, height: int = 600, seed: int = 7,
                     lesion_scale: float = 1.0) -> Path:
    """A synthetic skin photo for demos and screenshots (no real person's skin).

    Skin tone with a soft light gradient, fine pore-like texture (so the sharpness check passes)
    and an irregular reddish patch (``lesion_scale`` times the usual size: a later visit of a
    growing spot); little noise so screenshots stay small.
    """
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    shade = 1.0 - 0.12 * (y / height) - 0.05 * (x / width)
    pixels = np.array([214, 164, 132], np.float32)[None, None, :] * shade[..., None]
    pores = (rng.random((height, width)) < 0.05).astype(np.uint8) * 255
    pores = np.asarray(Image.fromarray(pores).filter(ImageFilter.GaussianBlur(0.8)), np.float32)
    pixels -= 70 * (pores / 255.0)[..., None]
    angle = np.arctan2(y - height * 0.5, x - width * 0.55)
    edge = 1 + sum(0.05 * math.cos(k * 1.7) * np.sin(k * angle + k) for k in (2, 3, 5))
    dist = np.hypot((x - width * 0.55) / 1.25, y - height * 0.5) / (
        min(width, height) * 0.2 * lesion_scale)
    patch = np.clip((1.15 * edge - dist) * 3, 0, 1)[..., None]
    pixels = pixels * (1 - 0.6 * patch) + np.array([176, 72, 66], np.float32) * 0.6 * patch
    pixels += rng.normal(0, 3.0, (height, width, 1))
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=92)
    return path


def wait_until(predicate: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run the event loop until ``predicate()`` holds."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> Path:
    settle()
    path = out / name
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"{path}: could not be written")
    print(path)
    return path


def first_run_shots(services: Services, window: MainWindow, out: Path) -> None:
    dialog = FirstRunDialog(services, window.runner, parent=window)
    dialog.show()
    save(dialog, out, "first-run-disclaimer.png")
    dialog.accept_box.setChecked(True)
    dialog.disclaimer_next.click()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setText(PASSPHRASE)
    assert dialog.pages.currentIndex() == PAGE_VAULT
    save(dialog, out, "first-run-vault.png")
    dialog.create_button.click()
    wait_until(lambda: services.unlocked)
    save(dialog, out, "first-run-recovery-key.png")
    dialog.kept_box.setChecked(True)
    dialog.recovery_next.click()
    wait_until(dialog.finish_button.isEnabled)  # the installed packs are looked for first
    save(dialog, out, "first-run-pack.png")
    dialog.accept()


REPORT_QUESTION = "Could you describe the skin disease in this image for me?"
# A ticked emergency sign: page 2 shows its red box, and the urgency names the rule that set it
# (the tiny random model's own estimate is "emergency" too; a tie goes to the rule).
REPORT_SIGN = "face_swelling_breathing"


def report_dialog_shot(window: MainWindow, image: Path, out: Path) -> None:
    """Ask one question about ``image``, then the report dialog's page 2 with a warning sign
    ticked; the case is cleared again afterwards."""
    settings = window.services.settings
    settings.max_new_tokens, settings.deterministic = 48, True
    window.photos.add_source(str(image))
    wait_until(lambda: window.photos.current() is not None)
    window.controller.ask(REPORT_QUESTION)
    wait_until(lambda: not window.controller.busy and window.report_action.isEnabled())
    dialog = window.show_report()
    dialog.checkbox(REPORT_SIGN).setChecked(True)
    dialog.make_report()
    wait_until(lambda: dialog.report is not None)
    save(dialog, out, "report-dialog.png")
    dialog.reject()
    window.new_case()


FOLLOW_UP_DAYS = 91  # the demo's second visit of the spot, three months after the first


class _DaysAgo:
    """Stands in for the ``time`` module of the vault's record code while the demo stores its
    first visit, so that visit is dated ``days`` back (a demo vault, thrown away after)."""

    def __init__(self, days: int) -> None:
        self.offset = days * 86400

    def time(self) -> float:
        return time.time() - self.offset


def demo_patient_visits(window: MainWindow, image: Path, out: Path) -> tuple[Patient, Case]:
    """A demo patient (no real person) whose mole was photographed twice, three months apart;
    returns the patient and the later visit, which follows the earlier one."""
    vault = window.services.vault
    patient = vault.add_patient(Patient(label="Demo patient A.", birth_year=1980,
                                        clinic_id="C-0042", fitzpatrick="III",
                                        contact="Riverside village"))
    content.time = _DaysAgo(FOLLOW_UP_DAYS)
    try:
        earlier = vault.add_case(Case(title="Mole, left shoulder", patient_id=patient.id,
                                      body_site="left shoulder", status="follow-up"))
        vault.add_photo(earlier.id, image)
    finally:
        content.time = time
    grown = write_demo_photo(out / ".demo-later.jpg", seed=11, lesion_scale=1.3)
    later = vault.add_case(Case(title="Mole, left shoulder (3 months)", patient_id=patient.id,
                                body_site="left shoulder", status="referred",
                                follows_case_id=earlier.id,
                                change_note="larger, edge now irregular"))
    vault.add_photo(later.id, grown)
    grown.unlink()
    window.refresh_sidebar()
    wait_until(lambda: any(c.id == later.id for c in window.sidebar.cases))
    return patient, later


def records_shots(window: MainWindow, image: Path, out: Path) -> None:
    """The patient view (visits in time order with their photos) and the follow-up comparison
    with the model asked about both photos."""
    patient, later = demo_patient_visits(window, image, out)
    window.records.edit_patient(patient.id)
    wait_until(lambda: isinstance(window.records.dialog, PatientDialog))
    form = window.records.dialog
    wait_until(lambda: not form.visits.item(0).icon().isNull())
    form.resize(560, 720)
    save(form, out, "patient-view.png")
    form.reject()
    settings = window.services.settings
    settings.max_new_tokens, settings.deterministic = 48, True
    dialog = window.records.compare_visits(later.id)
    dialog.resize(1000, 720)
    wait_until(lambda: len(dialog.visits) == 2 and dialog.ask_button.isEnabled())
    dialog.ask_both()
    wait_until(lambda: dialog.task is None)
    save(dialog, out, "follow-up.png")
    dialog.reject()


EVALUATION_LABELS = ("dermatitis", "psoriasis_lichen_planus", "melanoma_nevi_moles",
                     "fungal_infections")


def evaluation_dataset(folder: Path, count: int = 8) -> Path:
    """A CSV of ``count`` synthetic photos with labels and Fitzpatrick types."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["image,label,fitzpatrick"]
    for i in range(count):
        write_demo_photo(folder / f"{i}.jpg", 320, 240, seed=i, lesion_scale=0.6 + 0.1 * i)
        rows.append(f"{i}.jpg,{EVALUATION_LABELS[i % 4]},{i % 6 + 1}")
    (folder / "cases.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder / "cases.csv"


def evaluate_dialog_shot(window: MainWindow, out: Path, work: Path) -> None:
    """Model > Evaluate a pack… after a two-run evaluation of the loaded pack on a small
    synthetic dataset (in ``work``), its summary and plots shown."""
    dialog = show_evaluate_dialog(window)
    dialog.resize(680, 820)
    wait_until(lambda: dialog.listing is None)
    dialog.dataset.setText(str(evaluation_dataset(work / "evaluation-data")))
    dialog.out.setText(str(work / "evaluation"))
    dialog.runs.setValue(2)
    dialog.start()  # kept in the vault, the default
    wait_until(lambda: dialog.task is None and bool(dialog.stored_list))
    save(dialog, out, "evaluate-dialog.png")
    dialog.reject()


def main_window_shots(window: MainWindow, pack: Path, image: Path, out: Path) -> None:
    window.after_unlock()
    window.load_pack(str(pack), remember=False)
    wait_until(lambda: window.services.engine is not None)
    dialog = window.show_packs()
    wait_until(lambda: dialog.listing is None)  # the installed packs are looked for first
    save(dialog, out, "packs-dialog.png")
    dialog.tabs.setCurrentIndex(1)  # the model catalogue, MedGemma selected
    dialog.catalogue.select("medgemma-4b-it-q4_k_m")
    save(dialog, out, "packs-catalogue.png")
    dialog.reject()
    dialog = window.show_settings()
    save(dialog, out, "settings.png")
    dialog.reject()
    evaluate_dialog_shot(window, out, pack.parent.parent)
    report_dialog_shot(window, image, out)
    records_shots(window, image, out)
    dark = out / ".dark-photo.jpg"
    Image.open(image).convert("RGB").filter(ImageFilter.GaussianBlur(6)).point(
        lambda v: v // 4).save(dark, quality=90)
    window.photos.add_source(str(dark))
    wait_until(lambda: bool(window.photos.photos))
    save(window, out, "photo-quality.png")
    dark.unlink()
    camera = CameraDialog(window)
    camera.show()
    save(camera, out, "camera-unavailable.png")
    camera.reject()
    window.lock()
    save(window, out, "locked.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skingpt_desktop.ui.screenshots")
    parser.add_argument("out", type=Path, nargs="?", default=Path("."),
                        help="folder for the PNG files")
    parser.add_argument("--pack", type=Path, help="model pack folder (required for shots)")
    parser.add_argument("--image", type=Path, help="a skin photo (default: a synthetic one)")
    parser.add_argument("--write-demo-photo", type=Path, metavar="OUT.jpg",
                        help="only write the synthetic demo photo and exit")
    parser.add_argument("--lang", choices=language_codes(), default=SOURCE_LANGUAGE,
                        help="interface language of the screenshots (default: en)")
    args = parser.parse_args(argv)
    if args.write_demo_photo:
        print(write_demo_photo(args.write_demo_photo))
        return 0
    if args.pack is None:
        parser.error("--pack DIR is required to take screenshots")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.image is None:
        args.image = write_demo_photo(args.out / ".demo-photo.jpg")
    app = application()
    check_qt_binding()
    folder = Path(tempfile.mkdtemp(prefix="skingpt-shots-"))
    try:
        shutil.copytree(args.pack, folder / "packs" / args.pack.name)
        services = Services(folder)
        apply_start_language(app, services, args.lang)
        window = MainWindow(services, quiet=True)
        window.resize(1200, 760)
        window.show()
        first_run_shots(services, window, args.out)
        main_window_shots(window, folder / "packs" / args.pack.name, args.image, args.out)
        window._closing = True
        window.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        (args.out / ".demo-photo.jpg").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
