"""The photo panel: the photos of the current case, their quality, and ways to add more.

Photos arrive by file dialog, drag and drop, clipboard paste or the camera. Each is decoded and
checked (resolution, focus, exposure) on a worker thread; the panel shows a preview, the
quality verdict with retake guidance, and lets the user mark each photo as a close-up or a wide
shot (a case usually needs both: the lesion in detail and where it sits on the body).

Texts follow the interface language (``retranslate_ui``); the photo tips and the retake
guidance are data texts looked up in that language. The kinds of photo are stored in English
(``VIEWS``) and only shown translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
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

from skingpt_desktop.core.storage.models import PHOTO_VIEWS
from skingpt_desktop.core.texts import capture_guideline
from skingpt_desktop.core.vision.preprocess import (
    PHOTO_SUFFIXES,
    QualityReport,
    assess_quality,
    load_photo,
)
from skingpt_desktop.ui.file_dialogs import choose_open_files
from skingpt_desktop.ui.flow_layout import FlowLayout
from skingpt_desktop.ui.i18n import current_language
from skingpt_desktop.ui.qimages import pil_to_qimage, qimage_to_png_bytes
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.tasks import TaskContext, TaskRunner, error_text

VIEWS = PHOTO_VIEWS  # ("close-up", "wide", "other"), stored in the vault with each photo
# How each kind of photo is shown: in the "View" list, and inside a sentence.
VIEW_LABELS = {"close-up": QT_TRANSLATE_NOOP("PhotoPanel", "Close-up"),
               "wide": QT_TRANSLATE_NOOP("PhotoPanel", "Wide"),
               "other": QT_TRANSLATE_NOOP("PhotoPanel", "Other")}
VIEW_NAMES = {"close-up": QT_TRANSLATE_NOOP("PhotoPanel", "close-up"),
              "wide": QT_TRANSLATE_NOOP("PhotoPanel", "wide"),
              "other": QT_TRANSLATE_NOOP("PhotoPanel", "other")}
# The quality problems core names (preprocess.QUALITY_PROBLEMS), as a thumbnail's tooltip
# lists them.
PROBLEM_NAMES = {"resolution": QT_TRANSLATE_NOOP("PhotoPanel", "resolution"),
                 "blur": QT_TRANSLATE_NOOP("PhotoPanel", "blur"),
                 "dark": QT_TRANSLATE_NOOP("PhotoPanel", "dark"),
                 "bright": QT_TRANSLATE_NOOP("PhotoPanel", "bright")}
PREVIEW_MAX_SIDE = 1600
THUMB_SIDE = 80


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhotoPanel", text)


def view_name(view: str) -> str:
    """A kind of photo ("wide") as shown inside a sentence, in the interface language."""
    return _tr(VIEW_NAMES[view]) if view in VIEW_NAMES else view


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
    """Rich-text verdict for the quality label, in the interface language (the retake
    guidance is a data text)."""
    size = QCoreApplication.translate("PhotoPanel", "{width} x {height} pixels").format(
        width=report.width, height=report.height)
    if report.ok:
        return QCoreApplication.translate(
            "PhotoPanel", "<b>Photo quality: good</b> ({size}). Sharp and well exposed.").format(
                size=size)
    items = "".join(f"<li>{g}</li>" for g in report.guidance_in(current_language()))
    return QCoreApplication.translate(
        "PhotoPanel", "<b>Photo quality: consider retaking</b> ({size})").format(size=size) \
        + f"<ul>{items}</ul>"


def is_photo_path(path: str) -> bool:
    """True if ``path`` has a photo file suffix the app can read."""
    return Path(path).suffix.lower() in PHOTO_SUFFIXES


class PhotoPanel(Retranslating, QWidget):
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
        # False while the vault is locked: no photo is taken in by any route (menu, paste,
        # drop, camera) and a decode still running when the vault locked is dropped.
        self.accepting = True
        self._epoch = 0  # bumped by clear(); a decode started before it is not added
        self._camera_dialog = None
        self.setAcceptDrops(True)
        self._build()
        self.retranslate_ui()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title = QLabel()
        layout.addWidget(self.title)

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(QSize(240, 200))
        # Ignored: the scaled pixmap must not grow the label (a resize feedback loop)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("photoPreview")
        layout.addWidget(self.preview, 3)

        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.thumbs.setFlow(QListWidget.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        # One cell size for every thumbnail: labels of one or two lines sit at one height.
        self.thumbs.setUniformItemSizes(True)
        self.thumbs.setGridSize(QSize(THUMB_SIDE + 16, THUMB_SIDE + self.fontMetrics().height() * 2
                                      + 8))
        self.thumbs.setFixedHeight(THUMB_SIDE + self.fontMetrics().height() * 2 + 12)
        self.thumbs.currentRowChanged.connect(self._on_row_changed)
        layout.addWidget(self.thumbs)

        row = QHBoxLayout()
        self.view_label = QLabel()
        self.view_combo = QComboBox()
        self.view_combo.addItems([""] * len(VIEWS))  # texts: retranslate_ui
        self.view_combo.currentIndexChanged.connect(self._on_view_changed)
        self.view_label.setBuddy(self.view_combo)
        row.addWidget(self.view_label)
        row.addWidget(self.view_combo, 1)
        layout.addLayout(row)

        self.quality = QLabel()
        self.quality.setWordWrap(True)
        self.quality.setTextFormat(Qt.TextFormat.RichText)
        self.quality.setObjectName("qualityLabel")
        # Room for three lines whatever the verdict says, so the preview above does not move
        # when a longer verdict replaces a short one.
        self.quality.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        self.quality.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.quality)

        self._build_buttons(layout)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        grid = FlowLayout()  # wraps instead of cutting texts at a large font size
        self.add_button = self._button(self.choose_files)
        self.paste_button = self._button(self.paste_from_clipboard)
        self.camera_button = self._button(self.open_camera)
        self.remove_button = self._button(self.remove_selected)
        for button in (self.add_button, self.paste_button, self.camera_button,
                       self.remove_button):
            grid.addWidget(button)
        layout.addLayout(grid)
        self.tips_button = self._button(self.show_tips)
        layout.addWidget(self.tips_button)

        self.paste_action = QAction(self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(self.paste_from_clipboard)
        self.addAction(self.paste_action)
        self.delete_action = delete = QAction(self.thumbs)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_selected)
        self.thumbs.addAction(delete)

    @staticmethod
    def _button(slot) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _button_texts(button: QPushButton, text: str, tip: str) -> None:
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(tip)

    # --- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """The panel's texts in the current language, the photos' labels and verdict too."""
        self.title.setText("<b>" + self.tr("Photos") + "</b>")
        self.title.setAccessibleName(self.tr("Photos"))
        self.preview.setAccessibleName(self.tr("Selected photo"))
        self.thumbs.setAccessibleName(self.tr("Photos of this case"))
        self.view_label.setText(self.tr("&View:"))
        for i, view in enumerate(VIEWS):
            self.view_combo.setItemText(i, _tr(VIEW_LABELS[view]))
        self.view_combo.setAccessibleName(self.tr("Kind of photo (close-up or wide)"))
        self.quality.setAccessibleName(self.tr("Photo quality"))
        self._button_texts(self.add_button, self.tr("&Add photo…"),
                           self.tr("Add a photo from a file (Ctrl+O)"))
        self._button_texts(self.paste_button, self.tr("&Paste"),
                           self.tr("Paste a photo from the clipboard"))
        self._button_texts(self.camera_button, self.tr("&Camera…"),
                           self.tr("Take a photo with a camera (Ctrl+Shift+C)"))
        self._button_texts(self.remove_button, self.tr("&Remove"),
                           self.tr("Remove the selected photo from this case"))
        self._button_texts(self.tips_button, self.tr("Photo &tips"),
                           self.tr("How to take a photo the model can use"))
        self.paste_action.setText(self.tr("Paste photo"))
        self.delete_action.setText(self.tr("Remove photo"))
        for i in range(len(self.photos)):
            self._label_item(i)
        self._refresh()

    # --- adding photos ------------------------------------------------------------------------

    def set_accepting(self, accepting: bool) -> None:
        """Take photos in (vault unlocked) or refuse every route to add one (locked)."""
        self.accepting = accepting
        self.setAcceptDrops(accepting)
        self._camera_closed_if(not accepting)

    def _camera_closed_if(self, close: bool) -> None:
        if close and self._camera_dialog is not None:
            self._camera_dialog.close()
            self._camera_dialog = None

    def choose_files(self) -> None:
        """File dialog for one or more photos."""
        if not self.accepting:
            return
        patterns = " ".join(f"*{s}" for s in PHOTO_SUFFIXES)
        name_filter = self.tr("Photos ({patterns});;All files (*)").format(patterns=patterns)
        for path in choose_open_files(self, self.tr("Add photos"), name_filter):
            self.add_source(path)

    def paste_from_clipboard(self) -> None:
        """Add the clipboard's image, or the photo files copied in a file manager."""
        if not self.accepting:
            return
        mime = QApplication.clipboard().mimeData()
        if mime is not None and self._add_from_mime(mime):
            return
        self._warn(self.tr("The clipboard holds no photo. Copy an image or a photo file first."))

    def open_camera(self) -> None:
        """Open the camera dialog (or its explanation when no camera can be used)."""
        if not self.accepting:
            return
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
        if not self.accepting:
            return
        epoch = self._epoch
        self._set_pending(+1)
        self.runner.start(load_photo_entry, source, name="decode photo",
                          on_result=lambda entry: self._decoded(entry, epoch),
                          on_error=self._on_decode_error,
                          on_finished=lambda: self._set_pending(-1))

    def _decoded(self, entry: PhotoEntry, epoch: int) -> None:
        if self.accepting and epoch == self._epoch:  # not cleared or locked meanwhile
            self.add_entry(entry)

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
        self._warn(error_text(exc, self.tr("The photo could not be opened ({type}).")))

    def _set_pending(self, delta: int) -> None:
        self._pending += delta
        self.busy_changed.emit(self._pending > 0)
        if self._pending > 0:
            self.quality.setText(self.tr("Checking the photo…"))
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
        if not self.accepting:
            event.ignore()
        elif mime.hasImage() or any(is_photo_path(u.toLocalFile()) for u in mime.urls()
                                  if u.isLocalFile()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.accepting and self._add_from_mime(event.mimeData()):
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
        item = QListWidgetItem(icon, "")
        self._label_item(index, item)
        return item

    def _label_item(self, index: int, item: QListWidgetItem | None = None) -> None:
        """The thumbnail's number, kind of photo and quality tooltip, in the current language."""
        item = item or self.thumbs.item(index)
        entry = self.photos[index]
        item.setText(self._item_text(index))
        if entry.report.ok:
            item.setToolTip(self.tr("Photo quality good"))
        else:
            problems = self.tr(", ").join(_tr(PROBLEM_NAMES.get(p, p))
                                          for p in entry.report.problems)
            item.setToolTip(self.tr("Photo quality: {problems}").format(problems=problems))

    def _item_text(self, index: int) -> str:
        return self.tr("{number}. {view}").format(number=index + 1,
                                                  view=view_name(self.photos[index].view))

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
        answer = QMessageBox.question(self, self.tr("Remove photo"), self.tr(
            "Remove photo {number} from this case?").format(number=index + 1))
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
        """Forget every photo (new case, lock); decodes still running are not added."""
        self._epoch += 1
        self.photos.clear()
        self.thumbs.clear()
        self._refresh()

    def show_tips(self) -> None:
        """The photo tips (a data text) in the interface language."""
        QMessageBox.information(self, self.tr("Photo tips"), capture_guideline(current_language()))

    def _refresh(self) -> None:
        entry = self.current()
        self.remove_button.setEnabled(entry is not None)
        self.view_combo.setEnabled(entry is not None)
        if entry is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Drop a photo here, paste one (Ctrl+V), or use Add "
                                         "photo (Ctrl+O)."))
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
