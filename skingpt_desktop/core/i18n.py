"""Languages: the supported ones as data, the default from the system locale, and the one
lookup for the translated data texts (disclaimer, photo tips, warning signs, report templates).

The Qt interface has its own catalogues (.ts/.qm) for widget labels; the texts here are the ones
that live in data files because reviewers must read them without reading code, and because the
model never writes them: Llama 2's model card puts languages other than English out of scope,
so every fixed text a patient relies on comes from a reviewed translation.

English is the source of truth, in the files it has always lived in:

- ``resources/texts/en.json``: the short disclaimer, the photo tips, the photo-quality guidance,
  the clinical prompts' button labels and the prompts as shown;
- ``resources/report/texts_en.json``: report headings and fixed sentences (keys ``report.*``);
- ``resources/report/red_flags.json``: urgency labels and instructions, warning-sign labels and
  instructions (``urgency.<id>.*``, ``symptom.<id>.*``); urgencies, ranks and sources stay
  there only, so a translation cannot change what a warning sign means;
- ``resources/report/disease_classes.json``: the disease groups' names (``class.<id>.name``);
- ``resources/disclaimer.md``: the full disclaimer.

A translation is ``resources/texts/<code>.json`` (``{"language": code, "texts": {key: text}}``,
exactly the English keys) plus ``resources/texts/disclaimer_<code>.md``. Anything missing,
empty or unreadable falls back to English, with one log line naming the key and the language
(never any user data), so a text is never blank.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.resource_files import read_json_file, resources_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
TEXTS_FOLDER = "texts"
DISCLAIMER_FILE = "disclaimer.md"


@dataclass(frozen=True)
class Language:
    """One supported language.

    ``code``: what ``--lang`` and the settings use; ``direction``: "ltr" or "rtl";
    ``qt_locale``: the name for ``QLocale(...)`` (and so for Qt's own catalogues);
    ``model_name``: the language as written in the English request to the model
    ("Please answer in Spanish.").
    """

    code: str
    english_name: str
    native_name: str
    direction: str
    qt_locale: str
    model_name: str

    @property
    def rtl(self) -> bool:
        """True for a right-to-left script (Arabic)."""
        return self.direction == "rtl"

    def display_name(self) -> str:
        """``العربية (Arabic)``; English alone as ``English``."""
        if self.native_name == self.english_name:
            return self.native_name
        return f"{self.native_name} ({self.english_name})"


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", "ltr", "en_US", "English"),
    Language("es", "Spanish", "Español", "ltr", "es_ES", "Spanish"),
    Language("fr", "French", "Français", "ltr", "fr_FR", "French"),
    Language("pt_BR", "Brazilian Portuguese", "Português do Brasil", "ltr", "pt_BR",
             "Brazilian Portuguese"),
    Language("ar", "Arabic", "العربية", "rtl", "ar", "Arabic"),
    Language("zh_CN", "Simplified Chinese", "简体中文", "ltr", "zh_CN", "Simplified Chinese"),
    Language("hi", "Hindi", "हिन्दी", "ltr", "hi_IN", "Hindi"),
)
_BY_CODE = {language.code: language for language in LANGUAGES}


class UnknownLanguageError(SkinGPTError):
    """A language code that is not one of the supported ones."""


class TranslationError(SkinGPTError):
    """An English source text file is missing or malformed (translations only fall back)."""


# ----- the language table ----------------------------------------------------------------------

def language_codes() -> tuple[str, ...]:
    """The supported codes, English first, in the table's order."""
    return tuple(language.code for language in LANGUAGES)


def get_language(code: str) -> Language:
    """The language called ``code``; ``UnknownLanguageError`` naming the supported ones.

    ``code`` is a table code; the BCP 47 spelling of the same code (``pt-BR``, ``zh-cn``) is
    accepted too. A bare ``pt`` or ``zh`` is not: say which variant (the app has one of each).
    """
    if isinstance(code, str):
        found = _BY_CODE.get(code) or _BY_CODE.get(_canonical_spelling(code))
        if found is not None:
            return found
    supported = ", ".join(language_codes())
    raise UnknownLanguageError(f"unknown language {code!r} (supported: {supported})")


def validate_language(code: str) -> str:
    """The table code for ``code`` (``UnknownLanguageError`` if unsupported)."""
    return get_language(code).code


def is_rtl(code: str) -> bool:
    """True if the language ``code`` is written right to left."""
    return get_language(code).rtl


def _canonical_spelling(code: str) -> str:
    """``pt-br`` -> ``pt_BR``: language lower case, region upper case, ``_`` between."""
    parts = code.strip().replace("-", "_").split("_")
    if len(parts) == 2:
        return f"{parts[0].lower()}_{parts[1].upper()}"
    return parts[0].lower()


# ----- the default language from the system locale ---------------------------------------------

_TRADITIONAL_CHINESE_REGIONS = frozenset({"TW", "HK", "MO"})
_LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")


def match_locale(name: str | None) -> str | None:
    """The supported language for a locale name, or None when there is none.

    Accepts POSIX names (``ar_EG.UTF-8``, ``fr_CA@euro``), BCP 47 tags (``pt-PT``,
    ``zh-Hans-CN``) and Qt's ``QLocale.name()``. The rules:

    - English, Spanish, French, Arabic and Hindi of any region map to ``en``, ``es``, ``fr``,
      ``ar`` and ``hi`` (the Spanish is neutral, the Arabic Modern Standard Arabic);
    - every Portuguese (``pt_PT``, ``pt_AO``, plain ``pt``) maps to ``pt_BR``, the only
      Portuguese there is: a reader of European Portuguese reads it far better than English;
    - Chinese maps to ``zh_CN`` when it is Simplified: script ``Hans``, a region such as CN or
      SG, or no region at all; Traditional Chinese (script ``Hant``, or TW, HK, MO without a
      script) has no translation here and gets None, so the caller falls back to English
      rather than show a script its reader may not read;
    - ``C``, ``POSIX`` and everything else: None.
    """
    if not name:
        return None
    base = re.split(r"[.@]", name.strip(), maxsplit=1)[0].replace("-", "_")
    parts = [p for p in base.split("_") if p]
    if not parts:
        return None
    lang = parts[0].lower()
    script = next((p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    region = next((p.upper() for p in parts[1:] if len(p) in (2, 3) and p.isalnum()), None)
    if lang in ("en", "es", "fr", "ar", "hi"):
        return lang
    if lang == "pt":
        return "pt_BR"
    if lang == "zh":
        if script == "Hant" or (script is None and region in _TRADITIONAL_CHINESE_REGIONS):
            return None
        return "zh_CN"
    return None


def _windows_locale() -> str | None:
    """The Windows user locale name (``es-MX``), or None off Windows or on failure."""
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)
        if ctypes.windll.kernel32.GetUserDefaultLocaleName(  # type: ignore[attr-defined,unused-ignore]
                buffer, len(buffer)):
            return buffer.value
    except (AttributeError, OSError):
        return None
    return None


def default_language(system_locale: str | None = None,
                     environ: Mapping[str, str] | None = None) -> str:
    """The language to start with: the system's when it is supported, else English.

    ``system_locale``: the platform's own answer when the caller has one (the GUI passes
    ``QLocale.system().name()``, which is right on Windows and macOS, where the environment
    often says nothing). Otherwise the environment as gettext reads it: ``LANGUAGE`` (a
    colon-separated list of preferences, first match wins) unless the locale is ``C``, then
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; then, on Windows, the user's locale.
    """
    if system_locale is not None:
        return match_locale(system_locale) or SOURCE_LANGUAGE
    env = os.environ if environ is None else environ
    current = next((env[k] for k in _LOCALE_ENV if env.get(k)), "")
    if env.get("LANGUAGE") and current not in ("C", "POSIX"):
        for preference in env["LANGUAGE"].split(":"):
            found = match_locale(preference)
            if found is not None:
                return found
    if current:
        return match_locale(current) or SOURCE_LANGUAGE
    return match_locale(_windows_locale()) or SOURCE_LANGUAGE


# ----- the texts -------------------------------------------------------------------------------

def _texts_dir() -> Path:
    return resources_dir() / TEXTS_FOLDER


def _read_json(path: Path) -> object:
    return read_json_file(path, TranslationError, "the text file")


def _text_items(data: object, where: str) -> dict[str, str]:
    """The ``texts`` object of a text file, every value a non-empty string."""
    texts = data.get("texts") if isinstance(data, dict) else None
    if not isinstance(texts, dict):
        raise TranslationError(f"{where} must hold an object called 'texts'")
    for key, value in texts.items():
        if not isinstance(value, str) or not value.strip():
            raise TranslationError(f"{where}: texts.{key} must be a non-empty text")
    return dict(texts)


def _english_report_texts(texts: dict[str, str]) -> None:
    path = resources_dir() / "report" / "texts_en.json"
    data = _read_json(path)
    if not isinstance(data, dict):
        raise TranslationError(f"{path.name} must be an object")
    for key, value in data.items():
        if key != "language" and isinstance(value, str):
            texts[f"report.{key}"] = value


def _english_red_flags(texts: dict[str, str]) -> None:
    path = resources_dir() / "report" / "red_flags.json"
    data = _read_json(path)
    groups = (("urgency", "urgency_levels"), ("symptom", "symptoms"))
    for prefix, field in groups:
        items = data.get(field) if isinstance(data, dict) else None
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                continue  # the checklist loader reports malformed entries by field
            for part in ("label", "instruction"):
                if isinstance(item.get(part), str):
                    texts[f"{prefix}.{item['id']}.{part}"] = item[part]


def _english_class_names(texts: dict[str, str]) -> None:
    path = resources_dir() / "report" / "disease_classes.json"
    data = _read_json(path)
    items = data.get("classes") if isinstance(data, dict) else None
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("id"), str) and isinstance(item.get("name"), str):
            texts[f"class.{item['id']}.name"] = item["name"]


@lru_cache(maxsize=1)
def english_texts() -> Mapping[str, str]:
    """Every translatable data text in English, by key, gathered from the source files."""
    path = _texts_dir() / f"{SOURCE_LANGUAGE}.json"
    texts = _text_items(_read_json(path), path.name)
    _english_report_texts(texts)
    _english_red_flags(texts)
    _english_class_names(texts)
    return texts


@lru_cache(maxsize=16)
def translations(code: str) -> Mapping[str, str]:
    """The texts of ``resources/texts/<code>.json`` as they are (for English: the source).

    An unreadable or malformed file is logged once and counts as empty: the app then shows
    English, never nothing. Keys English does not have are logged and ignored.
    """
    code = validate_language(code)
    if code == SOURCE_LANGUAGE:
        return english_texts()
    path = _texts_dir() / f"{code}.json"
    try:
        data = _read_json(path)
        items = data.get("texts") if isinstance(data, dict) else None
        if not isinstance(items, dict):
            raise TranslationError(f"{path.name} must hold an object called 'texts'")
    except TranslationError as exc:
        log.warning("translation file for %s not used: %s", code, exc)
        return {}
    english = english_texts()
    extra = sorted(k for k in items if k not in english)
    if extra:
        log.warning("translation file for %s has keys English does not: %s", code, ", ".join(extra))
    return {k: v for k, v in items.items() if k in english and isinstance(v, str) and v.strip()}


_warned: set[tuple[str, str]] = set()


def _fallback(key: str, code: str) -> None:
    if (key, code) not in _warned:
        _warned.add((key, code))
        log.warning("no %s translation for text %r; showing the English text", code, key)


def data_text(key: str, code: str = SOURCE_LANGUAGE) -> str:
    """The text ``key`` in language ``code``, or the English text (logged) when the
    translation lacks it. ``KeyError`` for a key English does not have (a defect)."""
    code = validate_language(code)
    english = english_texts()
    if key not in english:
        raise KeyError(f"no data text called {key!r}")
    if code == SOURCE_LANGUAGE:
        return english[key]
    text = translations(code).get(key)
    if text is None:
        _fallback(key, code)
        return english[key]
    return text


def data_file_text(name: str, code: str = SOURCE_LANGUAGE) -> str:
    """A whole translated document: ``resources/name`` in English, otherwise
    ``resources/texts/<stem>_<code><suffix>``; English (logged) when that file is missing,
    unreadable or empty."""
    code = validate_language(code)
    english_path = resources_dir() / name
    if code != SOURCE_LANGUAGE:
        stem, dot, suffix = Path(name).name.rpartition(".")
        path = _texts_dir() / (f"{stem}_{code}.{suffix}" if dot else f"{suffix}_{code}")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""
        if text.strip():
            return text
        _fallback(f"file:{name}", code)
    try:
        return english_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TranslationError(f"the text file {english_path} cannot be read ({exc})") from None
