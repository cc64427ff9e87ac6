"""Reports rendered with QtGui only (QTextDocument, QPdfWriter; no widgets), for the window and
for ``main.py report``. Imports core and PySide6's QtCore/QtGui, never skingpt_desktop.ui."""
