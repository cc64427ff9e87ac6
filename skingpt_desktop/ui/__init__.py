"""PySide6 desktop interface of SkinGPT Desktop.

Widgets talk to the headless core only through :mod:`skingpt_desktop.ui.services`; everything
slow runs through :mod:`skingpt_desktop.ui.tasks`. The core never imports this package.
"""
