"""Headless core of SkinGPT Desktop.

Nothing in this package imports Qt or opens a network connection; the GUI and the CLI are thin
layers over it.
"""
