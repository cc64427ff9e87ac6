"""Getting photos in: drag and drop, clipboard paste, quality feedback with retake guidance,
and the camera dialog's explanations when there is no camera or no Qt Multimedia."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image, ImageFilter
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from skingpt_desktop.core.vision.preprocess import RETAKE_GUIDANCE
from skingpt_desktop.ui import camera
from skingpt_desktop.ui.photo_panel import PhotoPanel, load_photo_entry
from skingpt_desktop.ui.services import CaseDetails, CaseDraft, ChatMessageRecord
from skingpt_desktop.ui.tasks import TaskRunner
from tests.conftest import synthetic_skin_photo
from tests.gui_helpers import PASSPHRASE, DirectContext
from tests.test_vault_photos import assert_clean_and_upright, gps_jpeg

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot) -> PhotoPanel:
    widget = PhotoPanel(TaskRunner())
    qtbot.addWidget(widget)
    widget.resize(400, 600)
    widget.show()
    return widget


def mime_with_files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_and_drop(panel: PhotoPanel, mime: QMimeData) -> tuple[bool, bool]:
    """Send DragEnter then Drop; returns (enter accepted, drop accepted)."""
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    return True, drop.isAccepted()


def test_dropping_photo_files_adds_each_one(qtbot, panel, photo_paths) -> None:
    with qtbot.waitSignals([panel.photos_changed, panel.photos_changed], timeout=20_000):
        assert drag_and_drop(panel, mime_with_files(*photo_paths)) == (True, True)
    qtbot.waitUntil(lambda: len(panel.photos) == 2, timeout=20_000)
    assert {p.image.size for p in panel.photos} == {(640, 480)}
    assert panel.thumbs.count() == 2 and "Photo quality: good" in panel.quality.text()


def test_dropping_something_that_is_not_a_photo_is_refused(qtbot, panel, tmp_path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo")
    assert drag_and_drop(panel, mime_with_files(notes)) == (False, False)
    assert panel.photos == []


def test_dropping_image_data_from_another_app(qtbot, panel) -> None:
    mime = QMimeData()
    image = QImage(600, 500, QImage.Format.Format_RGB32)
    image.fill(0xD09080)
    mime.setImageData(image)
    with qtbot.waitSignal(panel.photos_changed, timeout=20_000):
        assert drag_and_drop(panel, mime) == (True, True)
    assert panel.photos[0].image.size == (600, 500)


def test_paste_an_image_from_the_clipboard(qtbot, panel) -> None:
    image = synthetic_skin_photo(3)
    qimage = QImage(image.tobytes(), image.width, image.height, 3 * image.width,
                    QImage.Format.Format_RGB888).copy()
    QApplication.clipboard().setImage(qimage)
    with qtbot.waitSignal(panel.photos_changed, timeout=20_000):
        panel.thumbs.setFocus()
        qtbot.keyClick(panel.thumbs, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = panel.photos[0].image
    assert pasted.size == image.size
    # Pixels survive the round trip through the clipboard and the safe decoder.
    assert list(pasted.getpixel((100, 100))) == list(image.getpixel((100, 100)))


def test_paste_of_copied_photo_files(qtbot, panel, photo_paths) -> None:
    QApplication.clipboard().setMimeData(mime_with_files(photo_paths[1]))
    with qtbot.waitSignal(panel.photos_changed, timeout=20_000):
        qtbot.mouseClick(panel.paste_button, Qt.MouseButton.LeftButton)
    assert len(panel.photos) == 1


def test_paste_without_an_image_says_so(qtbot, panel) -> None:
    QApplication.clipboard().setText("just words")
    with qtbot.waitSignal(panel.error, timeout=5_000) as blocker:
        panel.paste_from_clipboard()
    assert "no photo" in blocker.args[0]
    assert panel.photos == []


def test_a_damaged_file_is_reported_not_added(qtbot, panel, tmp_path) -> None:
    broken = tmp_path / "cut.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 truncated")
    with qtbot.waitSignal(panel.error, timeout=20_000) as blocker:
        panel.add_source(str(broken))
    assert "cut.jpg" in blocker.args[0] and panel.photos == []


@pytest.mark.parametrize("problem", ["blur", "dark"])
def test_quality_feedback_gives_retake_guidance(qtbot, panel, tmp_path, problem) -> None:
    image = synthetic_skin_photo(4)
    if problem == "blur":
        image = image.filter(ImageFilter.GaussianBlur(8))
    else:
        image = Image.eval(image, lambda v: v // 6)
    path = tmp_path / f"{problem}.png"
    image.save(path)
    with qtbot.waitSignal(panel.photos_changed, timeout=20_000):
        panel.add_source(str(path))
    entry = panel.photos[0]
    assert problem in entry.report.problems
    text = panel.quality.text()
    assert "consider retaking" in text and RETAKE_GUIDANCE[problem] in text
    assert problem in panel.thumbs.item(0).toolTip()


def test_photo_views_and_removal(qtbot, panel, photo_paths, monkeypatch) -> None:
    for path in photo_paths:
        with qtbot.waitSignal(panel.photos_changed, timeout=20_000):
            panel.add_source(str(path))
    assert [p.view for p in panel.photos] == ["close-up", "wide"]
    panel.select(0)
    panel.view_combo.setCurrentIndex(2)
    assert panel.photos[0].view == "other" and panel.thumbs.item(0).text() == "1. other"
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.remove_selected()
    assert len(panel.photos) == 1 and panel.thumbs.item(0).text() == "1. wide"


# --- camera ------------------------------------------------------------------------------


def fake_multimedia(devices: list) -> SimpleNamespace:
    devices_api = SimpleNamespace(videoInputs=lambda: devices,
                                  defaultVideoInput=lambda: SimpleNamespace(id=lambda: b""))
    return SimpleNamespace(QMediaDevices=devices_api)


def test_camera_dialog_explains_when_no_camera_is_connected(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(camera, "load_multimedia", lambda: (fake_multimedia([]), None, ""))
    dialog = camera.CameraDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.available
    assert dialog.message.text() == camera.NO_CAMERA and dialog.message.isVisible()
    assert not dialog.capture_button.isEnabled() and dialog.retry_button.isVisible()


def test_camera_dialog_explains_when_qt_multimedia_is_missing(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(camera, "load_multimedia",
                        lambda: (None, None, "libpulse.so.0: cannot open shared object file"))
    dialog = camera.CameraDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.available and "Qt Multimedia is not available" in dialog.message.text()
    assert "libpulse" in dialog.message.text() and not dialog.retry_button.isVisible()
    assert not dialog.capture_button.isEnabled()


def test_camera_button_on_a_machine_without_camera(qtbot, panel) -> None:
    """The real Qt Multimedia (or its absence) on a test machine: an explanation, no crash."""
    qtbot.mouseClick(panel.camera_button, Qt.MouseButton.LeftButton)
    dialog = panel._camera_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.available
    assert dialog.message.text() in (camera.NO_CAMERA,) or \
        "Qt Multimedia is not available" in dialog.message.text()
    dialog.reject()


def test_a_captured_frame_goes_through_the_safe_decoder(qtbot, panel, monkeypatch) -> None:
    monkeypatch.setattr(camera, "load_multimedia", lambda: (fake_multimedia([]), None, ""))
    panel.open_camera()
    dialog = panel._camera_dialog
    qtbot.addWidget(dialog)
    frame = QImage(800, 600, QImage.Format.Format_RGB32)
    frame.fill(0xC08070)
    with qtbot.waitSignal(panel.photos_changed, timeout=20_000):
        dialog._on_captured(1, frame)  # what QImageCapture.imageCaptured delivers
    assert panel.photos[0].image.size == (800, 600) and not dialog.isVisible()


def test_saving_a_case_encodes_each_photo_once(services, monkeypatch, tmp_path) -> None:
    """The GUI hands the vault the pixels on screen: one JPEG encode, no PNG in between."""
    services.create_vault(DirectContext(), PASSPHRASE, False)
    photo = tmp_path / "camera.jpg"
    photo.write_bytes(gps_jpeg())  # EXIF with GPS, camera name and orientation 6
    entry = load_photo_entry(DirectContext(), str(photo))
    formats: list[str | None] = []
    real_save = Image.Image.save

    def counting_save(self, fp, format=None, **params):
        formats.append(format)
        return real_save(self, fp, format, **params)

    def no_png(*_args, **_kwargs):
        raise AssertionError("a PNG was encoded while saving a case")

    monkeypatch.setattr(Image.Image, "save", counting_save)
    monkeypatch.setitem(Image.SAVE, "PNG", no_png)
    draft = services.save_case(DirectContext(), CaseDraft(), CaseDetails(title="Arm"), [entry],
                               [ChatMessageRecord("user", "what is it?")], "pack")
    assert formats == ["JPEG"]
    assert entry.photo_id is not None and draft.title == "Arm"
    assert_clean_and_upright(services.vault.get_photo(entry.photo_id).data)


def test_the_preview_stays_put_when_the_quality_verdict_grows(qtbot, window) -> None:
    panel = window.photos
    window.resize(1280, 800)
    panel.quality.setText("<b>Photo quality: good</b>")
    qtbot.wait(50)
    before = panel.preview.geometry()
    panel.quality.setText("<b>Photo quality: poor</b> (640 x 480 pixels). Blurred: hold the "
                          "camera still, tap the spot to focus, and take it again in daylight.")
    qtbot.wait(50)
    assert panel.preview.geometry() == before
    assert panel.thumbs.uniformItemSizes()
