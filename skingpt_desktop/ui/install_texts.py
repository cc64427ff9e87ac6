"""The window's words for pack installation: core's English templates, translated.

``core.packs.install`` and ``core.packs.download`` report problems as :class:`Phrase`
templates with values; the texts below are those templates, listed so that lupdate keeps them
in the ``Installer`` context of the catalogues, and :func:`install_text` shows a phrase in the
interface's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skingpt_desktop.core.packs.install import Phrase

INSTALLER_TEXTS = (
    QT_TRANSLATE_NOOP("Installer", "{name}: only packs installed in the app's packs folder can be "
                                   "removed here"),
    QT_TRANSLATE_NOOP("Installer", "{where}: pack name '{name}' cannot be used as a folder name"),
    QT_TRANSLATE_NOOP("Installer", "{folder}: no {manifest} here; choose the pack's folder"),
    QT_TRANSLATE_NOOP("Installer", "a pack named '{name}' is already installed"),
    QT_TRANSLATE_NOOP("Installer", "{file}: missing (the pack folder is incomplete)"),
    QT_TRANSLATE_NOOP("Installer", "{file}: size is {size} bytes, the manifest says {expected}"),
    QT_TRANSLATE_NOOP("Installer", "{file}: SHA-256 does not match the manifest (damaged or "
                                   "altered file); nothing was installed"),
    QT_TRANSLATE_NOOP("Installer", "Cannot reach {host}: {reason}. This computer seems to be "
                                   "offline or a firewall blocks the connection. Connect to the "
                                   "internet and try again, or copy the pack from another computer"
                                   " and use Import from folder."),
    QT_TRANSLATE_NOOP("Installer", "the server's name could not be looked up"),
    QT_TRANSLATE_NOOP("Installer", "no answer within {seconds} s"),
    QT_TRANSLATE_NOOP("Installer", "the connection was refused"),
    QT_TRANSLATE_NOOP("Installer", "{name} was not found (HTTP 404): check the repository id and "
                                   "that it holds a SkinGPT Desktop model pack"),
    QT_TRANSLATE_NOOP("Installer", "access to {name} was refused (HTTP {code}): the repository is "
                                   "private or gated; download it in a browser after accepting its"
                                   " terms, then import it"),
    QT_TRANSLATE_NOOP("Installer", "the server answered HTTP {code} for {name}; try again later"),
    QT_TRANSLATE_NOOP("Installer", "'{repo}' is not a repository id (expected owner/name)"),
    QT_TRANSLATE_NOOP("Installer", "{repo}: {manifest} is too large to be a pack manifest"),
    QT_TRANSLATE_NOOP("Installer", "{file}: SHA-256 does not match the pack manifest; the download"
                                   " was damaged or altered and has been deleted. Nothing was "
                                   "installed."),
    QT_TRANSLATE_NOOP("Installer", "{file}: the connection was lost after {have} of {size} bytes "
                                   "({error}); press Download again to resume from there"),
    QT_TRANSLATE_NOOP("Installer", "Downloads are switched off on this computer (the "
                                   "HF_HUB_OFFLINE setting). Unset it to download, or copy the "
                                   "pack from another computer and use Import from folder."),
    QT_TRANSLATE_NOOP("Installer", "Not enough free disk space in {folder}: the download needs "
                                   "{need} and {free} are free. Free some space and try again."),
    QT_TRANSLATE_NOOP("Installer", "{file}: cannot write the download ({error})"),
    QT_TRANSLATE_NOOP("Installer", "{file}: Hugging Face publishes no hash for this file, so it "
                                   "cannot be checked; nothing was installed"),
    QT_TRANSLATE_NOOP("Installer", "{file}: SHA-256 does not match the hash Hugging Face "
                                   "publishes; the download was damaged or altered and has been "
                                   "deleted. Nothing was installed."),
    QT_TRANSLATE_NOOP("Installer", "'{name}' cannot be downloaded: it is not a plain file path "
                                   "inside the repository"),
)


def install_text(phrase: Phrase | object) -> str:
    """``phrase`` in the interface's language (its values translated too); anything that is
    not a phrase (a system error's words, a file name) as it is."""
    if not isinstance(phrase, Phrase):
        return str(phrase)
    template = QCoreApplication.translate("Installer", phrase.template)
    if not phrase.values:
        return template
    return template.format(**{key: install_text(value) for key, value in phrase.values.items()})
