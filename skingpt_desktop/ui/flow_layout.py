"""A layout that puts its widgets in a row and wraps them onto more rows when the row is full.

Rows of buttons whose texts grow (a larger system font, a longer translation) would otherwise
set a minimum width the window cannot meet, or squeeze the buttons until their texts are cut.
Here every widget keeps the width its text needs; each full row shares its spare width among
its widgets, so a row that fits looks like an ordinary button row. The layout has a height for
each width, so the panel around it grows by a row when the buttons wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Left-to-right rows (right-to-left in a right-to-left interface) that wrap."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- QLayout ----------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Everything on one row."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self.spacing() * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """The widest widget: narrower than that, a text would be cut."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def spacing(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing,
                                          None, parent)

    # --- arranging --------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        """The visible items split into rows no wider than ``width``."""
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            need = item.sizeHint().width()
            if rows and used + self.spacing() + need <= width:
                rows[-1].append(item)
                used += self.spacing() + need
            else:
                rows.append([item])
                used = need
        return rows

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (only measure unless ``move``); returns the height."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        spacing = self.spacing()
        y = area.y()
        rtl = self.parentWidget() is not None and \
            self.parentWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
        for row in self._rows(area.width()):
            height = max(item.sizeHint().height() for item in row)
            if move:
                self._place_row(row, area, y, height, rtl)
            y += height + spacing
        return max(y - spacing - area.y(), 0) + margins.top() + margins.bottom()

    def _place_row(self, row: list[QLayoutItem], area: QRect, y: int, height: int,
                   rtl: bool) -> None:
        spacing = self.spacing()
        natural = sum(item.sizeHint().width() for item in row) + spacing * (len(row) - 1)
        spare = max(area.width() - natural, 0)
        x = area.x()
        for index, item in enumerate(row):
            # The spare width in equal shares; the first items take the pixels left over.
            extra = spare // len(row) + (1 if index < spare % len(row) else 0)
            width = item.sizeHint().width() + extra
            left = area.right() + 1 - (x - area.x()) - width if rtl else x
            item.setGeometry(QRect(QPoint(left, y), QSize(width, height)))
            x += width + spacing
