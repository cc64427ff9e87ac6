"""The photo panel: the photos of the current case, their quality, and ways to add more.

Photos arrive by file dialog, drag and drop, clipboard paste or the camera. Each is decoded and
checked (resolution, focus, exposure) on a worker thread; the panel shows a preview, the
quality verdict with retake guidance, and lets the user mark each photo as a close-up or a wide
shot (a case usually needs both: the lesion in detail and where it sits on the body).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.preprocess import PHOTO_SUFFIXES, QualityReport, assess_quality, \
    load_photo
from skingpt_desktop.ui.file_dialogs import choose_open_files
from skingpt_desktop.ui.qimages import pil_to_qimage, qimage_to_png_bytes
from skingpt_desktop.ui.tasks import TaskContext, TaskRunner, error_text

VIEWS = ("close-up", "wide", "other")
PREVIEW_MAX_SIDE = 1600
THUMB_SIDE = 80

CAPTURE_GUIDELINE = (
    "<p><b>Taking a useful skin photo</b></p><ul>"
    "<li>Use daylight or bright, even room light. Avoid flash glare and hard shadows.</li>"
    "<li>Hold the camera steady, about 10-20 cm from the skin, and let it focus.</li>"
    "<li>Take a <b>close-up</b> that fills most of the frame with the affected skin, "
    "and a <b>wide</b> photo that shows where on the body it is.</li>"
    "<li>Keep the camera parallel to the skin; include some healthy skin around it.</li>"
    "<li>Do not use filters, beauty modes or zoom; remove make-up or creams if you can.</li>"
    "</ul>"
)


@dataclass
class PhotoEntry:
    """One photo of the case as the GUI holds it (pixels stay in memory only)."""

    image: Image.Image  # full-resolution RGB, what the model sees
    preview: QImage  # downscaled copy for the screen
    report: QualityReport
    view: str = "close-up"
    photo_id: str | None = None  # vault id once saved


def entry_from_image(image: Image.Image) -> PhotoEntry:
    """A PhotoEntry for an already decoded RGB image: quality report and screen preview."""
    preview = image.copy()
    preview.thumbnail((PREVIEW_MAX_SIDE, PREVIEW_MAX_SIDE), Image.Resampling.LANCZOS)
    return PhotoEntry(image=image, preview=pil_to_qimage(preview), report=assess_quality(image))


def load_photo_entry(ctx: TaskContext, source: str | bytes) -> PhotoEntry:
    """Task: decode safely (core's one photo decoder), check quality, make a preview."""
    image = load_photo(source)
    ctx.cancel.raise_if_cancelled()
    return entry_from_image(image)


def quality_text(report: QualityReport) -> str:
    """Rich-text verdict for the quality label."""
    size = f"{report.width} x {report.height} pixels"
    if report.ok:
        return f"<b>Photo quality: good</b> ({size}). Sharp and well exposed."
    items = "".join(f"<li>{g}</li>" for g in report.guidance)
    return f"<b>Photo quality: consider retaking</b> ({size})<ul>{items}</ul>"


def is_photo_path(path: str) -> bool:
    """True if ``path`` has a photo file suffix the app can read."""
    return Path(path).suffix.lower() in PHOTO_SUFFIXES


class PhotoPanel(QWidget):
    """Photos of the current case. Emits ``selection_changed`` and ``photos_changed``."""

    selection_changed = Signal(int)  # index of the selected photo, -1 for none
    photos_changed = Signal()
    busy_changed = Signal(bool)
    error = Signal(str)  # a photo could not be added (the window decides how to tell)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.photos: list[PhotoEntry] = []
        self.camera_factory = None  # set by the main window; returns a camera dialog
        self._pending = 0
        self.setAcceptDrops(True)
        self._build()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel("<b>Photos</b>")
        title.setAccessibleName("Photos")
        layout.addWidget(title)

        self.preview = QLabel("Drop a photo here, paste one, or use Add photo.")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(QSize(240, 200))
        # Ignored: the scaled pixmap must not grow the label (a resize feedback loop)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("photoPreview")
        self.preview.setAccessibleName("Selected photo")
        layout.addWidget(self.preview, 3)

        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.thumbs.setFlow(QListWidget.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setFixedHeight(THUMB_SIDE + self.fontMetrics().height() * 2 + 12)
        self.thumbs.setAccessibleName("Photos of this case")
        self.thumbs.currentRowChanged.connect(self._on_row_changed)
        layout.addWidget(self.thumbs)

        row = QHBoxLayout()
        view_label = QLabel("&View:")
        self.view_combo = QComboBox()
        self.view_combo.addItems([v.capitalize() for v in VIEWS])
        self.view_combo.setAccessibleName("Kind of photo (close-up or wide)")
        self.view_combo.currentIndexChanged.connect(self._on_view_changed)
        view_label.setBuddy(self.view_combo)
        row.addWidget(view_label)
        row.addWidget(self.view_combo, 1)
        layout.addLayout(row)

        self.quality = QLabel()
        self.quality.setWordWrap(True)
        self.quality.setTextFormat(Qt.TextFormat.RichText)
        self.quality.setAccessibleName("Photo quality")
        self.quality.setObjectName("qualityLabel")
        layout.addWidget(self.quality)

        self._build_buttons(layout)
        self._refresh()

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        grid = QHBoxLayout()
        self.add_button = self._button("&Add photo…", "Add a photo from a file (Ctrl+O)",
                                       self.choose_files)
        self.paste_button = self._button("&Paste", "Paste a photo from the clipboard",
                                         self.paste_from_clipboard)
        self.camera_button = self._button("&Camera…", "Take a photo with a camera (Ctrl+Shift+C)",
                                          self.open_camera)
        self.remove_button = self._button("&Remove", "Remove the selected photo from this case",
                                          self.remove_selected)
        for button in (self.add_button, self.paste_button, self.camera_button,
                       self.remove_button):
            grid.addWidget(button)
        layout.addLayout(grid)
        tips = self._button("Photo &tips", "How to take a photo the model can use",
                            self.show_tips)
        layout.addWidget(tips)

        self.paste_action = QAction("Paste photo", self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(self.paste_from_clipboard)
        self.addAction(self.paste_action)
        delete = QAction("Remove photo", self.thumbs)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_selected)
        self.thumbs.addAction(delete)

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(tip)
        button.clicked.connect(slot)
        return button

    # --- adding photos ------------------------------------------------------------------------

    def choose_files(self) -> None:
        """File dialog for one or more photos."""
        patterns = " ".join(f"*{s}" for s in PHOTO_SUFFIXES)
        for path in choose_open_files(self, "Add photos", f"Photos ({patterns});;All files (*)"):
            self.add_source(path)

    def paste_from_clipboard(self) -> None:
        """Add the clipboard's image, or the photo files copied in a file manager."""
        mime = QApplication.clipboard().mimeData()
        if mime is not None and self._add_from_mime(mime):
            return
        self._warn("The clipboard holds no photo. Copy an image or a photo file first.")

    def open_camera(self) -> None:
        """Open the camera dialog (or its explanation when no camera can be used)."""
        if self.camera_factory is None:
            from skingpt_desktop.ui.camera import CameraDialog

            dialog = CameraDialog(self)
        else:
            dialog = self.camera_factory(self)
        dialog.photo_captured.connect(lambda data: self.add_source(data))
        dialog.open()
        self._camera_dialog = dialog

    def add_source(self, source: str | bytes) -> None:
        """Decode a path or encoded image bytes in the background and add it to the case."""
        self._set_pending(+1)
        self.runner.start(load_photo_entry, source, name="decode photo",
                          on_result=self.add_entry, on_error=self._on_decode_error,
                          on_finished=lambda: self._set_pending(-1))

    def add_entry(self, entry: PhotoEntry) -> None:
        """Append a decoded photo and select it."""
        if self.photos and entry.view == "close-up" and \
                all(p.view == "close-up" for p in self.photos):
            entry.view = "wide"  # a second photo is most often the overview shot
        self.photos.append(entry)
        self.thumbs.addItem(self._make_item(len(self.photos) - 1))
        self.thumbs.setCurrentRow(len(self.photos) - 1)
        self.photos_changed.emit()

    def _on_decode_error(self, exc: BaseException) -> None:
        self._warn(error_text(exc, "The photo could not be opened ({type})."))

    def _set_pending(self, delta: int) -> None:
        self._pending += delta
        self.busy_changed.emit(self._pending > 0)
        if self._pending > 0:
            self.quality.setText("Checking the photo…")
        else:
            self._refresh()

    def _warn(self, message: str) -> None:
        self.quality.setText(message)
        self.error.emit(message)

    # --- drag and drop ------------------------------------------------------------------------

    def _add_from_mime(self, mime) -> bool:
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        photos = [p for p in paths if is_photo_path(p)]
        if photos:
            for path in photos:
                self.add_source(path)
            return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self.add_source(qimage_to_png_bytes(image))
                return True
        return False

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        mime = event.mimeData()
        if mime.hasImage() or any(is_photo_path(u.toLocalFile()) for u in mime.urls()
                                  if u.isLocalFile()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._add_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- selection, views, removal -------------------------------------------------------------

    @property
    def current_index(self) -> int:
        return self.thumbs.currentRow()

    def current(self) -> PhotoEntry | None:
        """The selected photo, if any."""
        index = self.current_index
        return self.photos[index] if 0 <= index < len(self.photos) else None

    def select(self, index: int) -> None:
        self.thumbs.setCurrentRow(index)

    def _make_item(self, index: int) -> QListWidgetItem:
        """A thumbnail item whose colours stay true when selected (skin colour matters)."""
        entry = self.photos[index]
        pixmap = QPixmap.fromImage(entry.preview).scaled(
            THUMB_SIDE, THUMB_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        icon = QIcon()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
            icon.addPixmap(pixmap, mode)
        item = QListWidgetItem(icon, self._item_text(index))
        item.setToolTip("Photo quality good" if entry.report.ok else
                        "Photo quality: " + ", ".join(entry.report.problems))
        return item

    def _item_text(self, index: int) -> str:
        return f"{index + 1}. {self.photos[index].view}"

    def _on_row_changed(self, row: int) -> None:
        self._refresh()
        self.selection_changed.emit(row)

    def _on_view_changed(self, index: int) -> None:
        entry = self.current()
        if entry is None or index < 0:
            return
        entry.view = VIEWS[index]
        self.thumbs.item(self.current_index).setText(self._item_text(self.current_index))
        self.photos_changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected photo from the case (after confirmation)."""
        index = self.current_index
        if index < 0:
            return
        answer = QMessageBox.question(self, "Remove photo",
                                      f"Remove photo {index + 1} from this case?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        del self.photos[index]
        self.thumbs.takeItem(index)
        for i in range(len(self.photos)):
            self.thumbs.item(i).setText(self._item_text(i))
        self._refresh()
        self.photos_changed.emit()

    def set_photos(self, entries: list[PhotoEntry]) -> None:
        """Replace all photos (opening a saved case)."""
        self.clear()
        for entry in entries:
            self.photos.append(entry)
            self.thumbs.addItem(self._make_item(len(self.photos) - 1))
        if entries:
            self.thumbs.setCurrentRow(0)
        self.photos_changed.emit()

    def clear(self) -> None:
        """Forget every photo (new case, lock)."""
        self.photos.clear()
        self.thumbs.clear()
        self._refresh()

    def show_tips(self) -> None:
        QMessageBox.information(self, "Photo tips", CAPTURE_GUIDELINE)

    def _refresh(self) -> None:
        entry = self.current()
        self.remove_button.setEnabled(entry is not None)
        self.view_combo.setEnabled(entry is not None)
        if entry is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText("Drop a photo here, paste one (Ctrl+V), or use Add photo "
                                 "(Ctrl+O).")
            self.quality.setText("")
            return
        self.view_combo.blockSignals(True)
        self.view_combo.setCurrentIndex(VIEWS.index(entry.view))
        self.view_combo.blockSignals(False)
        self._show_preview(entry)
        self.quality.setText(quality_text(entry.report))

    def _show_preview(self, entry: PhotoEntry) -> None:
        size = self.preview.size()
        pixmap = QPixmap.fromImage(entry.preview).scaled(
            max(size.width(), 64), max(size.height(), 64), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        entry = self.current()
        if entry is not None:
            self._show_preview(entry)
