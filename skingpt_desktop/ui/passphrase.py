"""Passphrase strength feedback for the vault's first-run and change-passphrase screens.

A rough guess-resistance estimate (no network, no word lists shipped): the character pool size
times the length, with penalties for repeats, keyboard or alphabet runs and well-known weak
choices. It is feedback to help a user pick a better passphrase, not a security guarantee; the
vault itself enforces the minimum length and Argon2id slows every guess.

The label and advice of a :class:`Strength` are in the interface language of the moment
``estimate`` is called (context ``Passphrase``); call it again after a language switch.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MIN_CHARS = 8  # the vault refuses shorter passphrases
COMMON = ("password", "passwort", "qwerty", "azerty", "letmein", "welcome", "admin", "iloveyou",
          "skingpt", "dragon", "monkey", "sunshine", "123456", "abc123", "doctor", "clinic",
          "patient", "secret")
RUNS = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "0123456789")
LEVELS = (  # (minimum bits, label, advice): source texts, translated by ``estimate``
    (0, QT_TRANSLATE_NOOP("Passphrase", "Too weak"),
     QT_TRANSLATE_NOOP("Passphrase", "Use at least 8 characters; four or more random words "
                                     "work well.")),
    (36, QT_TRANSLATE_NOOP("Passphrase", "Weak"),
     QT_TRANSLATE_NOOP("Passphrase", "Add another word or two, or mix in digits and symbols.")),
    (50, QT_TRANSLATE_NOOP("Passphrase", "Fair"),
     QT_TRANSLATE_NOOP("Passphrase", "Good start; one more random word makes it much "
                                     "stronger.")),
    (64, QT_TRANSLATE_NOOP("Passphrase", "Good"),
     QT_TRANSLATE_NOOP("Passphrase", "A good passphrase. Write it down somewhere safe.")),
    (80, QT_TRANSLATE_NOOP("Passphrase", "Strong"),
     QT_TRANSLATE_NOOP("Passphrase", "A strong passphrase. Write it down somewhere safe.")),
)

# Why a long-enough passphrase is still too weak, said instead of the length advice.
COMMON_WORD_ADVICE = QT_TRANSLATE_NOOP(
    "Passphrase", "It is built on a common word (\u201c{word}\u201d), one of the first "
                  "guesses; use four or more random words.")
PATTERN_ADVICE = QT_TRANSLATE_NOOP(
    "Passphrase", "Repeated or consecutive characters are guessed quickly; use four or more "
                  "random words.")

# The meter's colour per level (red, red, amber, green, green): readable on light and dark.
LEVEL_COLOURS = ("#c62828", "#d84315", "#f9a825", "#2e7d32", "#1b5e20")


@dataclass(frozen=True)
class Strength:
    """Estimated strength: ``bits`` of guess resistance, a ``level`` 0-4, label and advice
    (translated)."""

    bits: float
    level: int
    label: str
    advice: str
    acceptable: bool  # long enough for the vault, and not "Too weak"


def _pool(text: str) -> int:
    pool = 0
    if any(c in string.ascii_lowercase for c in text):
        pool += 26
    if any(c in string.ascii_uppercase for c in text):
        pool += 26
    if any(c in string.digits for c in text):
        pool += 10
    if any(c in string.punctuation or c == " " for c in text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 100
    return max(pool, 1)


def _effective_length(text: str) -> float:
    """Length with runs ("abcd", "1234", "qwer") and repeats ("aaaa") counted lightly."""
    lowered = text.lower()
    length = 0.0
    for i, char in enumerate(lowered):
        previous = lowered[i - 1] if i else ""
        in_run = previous and any(previous + char in run for run in RUNS)
        length += 0.25 if (char == previous or in_run) else 1.0
    return length


def estimate(passphrase: str) -> Strength:
    """Strength of ``passphrase`` for the meter. A passphrase of enough characters that is
    still "Too weak" (a common word, a run) is not acceptable, and the advice says why."""
    text = passphrase
    length = _effective_length(text)
    common = [word for word in COMMON if word in text.lower()]
    for word in common:  # a known weak word is worth about one character, not its length
        length -= len(word) - 1
    bits = max(0.0, length) * math.log2(_pool(text))
    long_enough = len(text.strip()) >= MIN_CHARS
    level = 0
    if long_enough:
        level = max(i for i, (low, _l, _a) in enumerate(LEVELS) if bits >= low)
    _low, label, advice = LEVELS[level]
    advice = QCoreApplication.translate("Passphrase", advice)
    if long_enough and level == 0:
        advice = QCoreApplication.translate("Passphrase", COMMON_WORD_ADVICE).format(
            word=max(common, key=len)) if common else \
            QCoreApplication.translate("Passphrase", PATTERN_ADVICE)
    return Strength(bits, level, QCoreApplication.translate("Passphrase", label), advice,
                    long_enough and level > 0)


def new_passphrase_feedback(passphrase: str, repeated: str) -> tuple[Strength, str, bool]:
    """For a form that sets a new passphrase (first run, change): its strength, the line shown
    under it ("<b>Weak.</b> advice", plus a warning when the repetition differs) and whether
    it may be used (long enough and repeated the same)."""
    strength = estimate(passphrase)
    text = QCoreApplication.translate("Passphrase", "<b>{label}.</b> {advice}").format(
        label=strength.label, advice=strength.advice)
    matches = passphrase == repeated
    if repeated and not matches:
        text += "<br>" + QCoreApplication.translate("Passphrase",
                                                    "The two passphrases are different.")
    return strength, text, strength.acceptable and matches
