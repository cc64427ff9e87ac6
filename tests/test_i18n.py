"""Languages: the translated data files match English key for key, a gap falls back to English
(logged, never blank), the default follows the system locale, ``--lang`` and
``--list-languages`` behave, warning signs mean the same in every language, and a question in
another language reaches the model as the reference prompt plus one English request."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from skingpt_desktop.core import i18n
from skingpt_desktop.core.i18n import LANGUAGES, data_file_text, data_text, english_texts
from skingpt_desktop.core.llm.conversation import (
    CLINICAL_PROMPTS,
    SKINGPT4_SYSTEM,
    ImageSlot,
    TextSegment,
    question_for_model,
    render_prompt,
    render_text,
)
from skingpt_desktop.core.report import (
    checklist_for,
    default_checklist,
    label_spaces_for,
    report_texts,
)
from skingpt_desktop.core.texts import (
    DISCLAIMER_SHORT,
    capture_guideline,
    clinical_prompt_labels,
    clinical_prompts_shown,
    disclaimer_markdown,
    resources_dir,
)

ROOT = Path(__file__).resolve().parents[1]
TRANSLATED = [language.code for language in LANGUAGES if language.code != "en"]
TEXTS_DIR = resources_dir() / "texts"


def _file_texts(code: str) -> dict[str, str]:
    data = json.loads((TEXTS_DIR / f"{code}.json").read_text(encoding="utf-8"))
    assert data["language"] == code
    return data["texts"]


# ----- the data files --------------------------------------------------------------------------

def test_the_seven_languages() -> None:
    assert [language.code for language in LANGUAGES] == ["en", "es", "fr", "pt_BR", "ar", "zh_CN", "hi"]
    assert [code for code in i18n.language_codes() if i18n.is_rtl(code)] == ["ar"]
    assert i18n.get_language("pt-br").code == "pt_BR" and i18n.get_language("zh-CN").code == "zh_CN"


@pytest.mark.parametrize("code", TRANSLATED)
def test_translation_has_exactly_the_english_keys(code: str) -> None:
    texts = _file_texts(code)
    english = english_texts()
    assert sorted(set(english) - set(texts)) == [], "missing"
    assert sorted(set(texts) - set(english)) == [], "extra"
    assert [k for k, v in texts.items() if not isinstance(v, str) or not v.strip()] == [], "empty"
    # Every text is translated: only names, codes and numbers may read as in English.
    same = [k for k, v in texts.items() if v == english[k]]
    assert set(same) <= {"report.photo_heading", "report.question",
                         "class.dermatitis.name", "class.herpes.name", "prompt.3.label",
                         "report.disclaimer_heading", "report.license"}, same


_TAG = re.compile(r"</?[a-z]+>")
_NUMBER = re.compile(r"\d+(?:-\d+)?")
_WORD_NUMBERS = {"أسبوعين": "2 أسابيع"}  # Arabic says "two weeks" with the dual, no digit


def _numbers(text: str) -> list[str]:
    for word, digits in _WORD_NUMBERS.items():
        text = text.replace(word, digits)
    return sorted(_NUMBER.findall(text))


@pytest.mark.parametrize("code", TRANSLATED)
def test_markup_placeholders_and_numbers_survive(code: str) -> None:
    """Rich text keeps its tags in order, templates their placeholders, and advice every
    number it gives (38 °C, 999/112/911, NHS 111, 2 weeks, 3 months, 10-20 cm)."""
    texts, english = _file_texts(code), english_texts()
    for key, source in english.items():
        assert _TAG.findall(texts[key]) == _TAG.findall(source), key
        assert re.findall(r"\{\w+\}", texts[key]) == re.findall(r"\{\w+\}", source), key
        if key.startswith(("urgency.", "symptom.", "quality.", "photo.")):
            assert _numbers(texts[key]) == _numbers(source), key
    assert "NHS 111" in texts["urgency.same_day.instruction"]  # kept, and marked as the UK's


@pytest.mark.parametrize("code", TRANSLATED)
def test_full_disclaimer_is_translated_with_the_same_structure(code: str) -> None:
    english = (resources_dir() / "disclaimer.md").read_text(encoding="utf-8")
    text = (TEXTS_DIR / f"disclaimer_{code}.md").read_text(encoding="utf-8")
    assert disclaimer_markdown(code) == text != english
    for pattern in (r"^# ", r"^- \*\*", r"\*\*"):
        assert len(re.findall(pattern, text, re.M)) == len(re.findall(pattern, english, re.M)), pattern
    assert "SkinGPT-4" in text and "V-VI" in text


def test_english_is_unchanged_and_matches_the_code_that_uses_it() -> None:
    assert disclaimer_markdown("en") == (resources_dir() / "disclaimer.md").read_text(encoding="utf-8")
    assert DISCLAIMER_SHORT.startswith("SkinGPT Desktop gives research-grade information")
    assert clinical_prompts_shown("en") == CLINICAL_PROMPTS
    assert report_texts("en")["patient_title"] == "Your skin photo report"
    # The texts that moved from code into en.json, as the app showed them.
    assert capture_guideline("en").startswith("<p><b>Taking a useful skin photo</b></p><ul><li>Use daylight")
    assert clinical_prompt_labels("en") == ("&1 Describe", "&2 More features", "&3 Cause", "&4 Treatment")
    assert data_text("quality.blur") == ("The photo looks blurred. Hold the camera steady, tap to focus "
                                         "on the skin, and keep about 10-20 cm away.")


# ----- fallback --------------------------------------------------------------------------------

def test_a_missing_translation_falls_back_to_english_and_is_logged(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    texts = dict(i18n.translations("es"))
    del texts["symptom.sepsis_signs.instruction"]
    texts["report.none"] = "   "  # blank counts as missing too
    loaded = {k: v for k, v in texts.items() if v.strip()}
    monkeypatch.setattr(i18n, "translations", lambda code: loaded if code == "es" else {})
    monkeypatch.setattr(i18n, "_warned", set())
    with caplog.at_level(logging.WARNING, logger="skingpt_desktop.core.i18n"):
        instruction = data_text("symptom.sepsis_signs.instruction", "es")
        none = data_text("report.none", "es")
        translated = data_text("symptom.sepsis_signs.label", "es")
    assert instruction == english_texts()["symptom.sepsis_signs.instruction"]
    assert none == "None." and translated.startswith("Confusión")
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert "es" in messages[0] and "'symptom.sepsis_signs.instruction'" in messages[0]


def test_an_unreadable_translation_file_falls_back_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    for name in ("en.json",):
        (tmp_path / "texts").mkdir(exist_ok=True)
        (tmp_path / "texts" / name).write_bytes((TEXTS_DIR / name).read_bytes())
    (tmp_path / "texts" / "fr.json").write_text("{ not json", encoding="utf-8")
    (tmp_path / "report").symlink_to(resources_dir() / "report")
    (tmp_path / "disclaimer.md").write_text("# English\n", encoding="utf-8")
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path)
    i18n.english_texts.cache_clear()
    i18n.translations.cache_clear()
    monkeypatch.setattr(i18n, "_warned", set())
    try:
        with caplog.at_level(logging.WARNING, logger="skingpt_desktop.core.i18n"):
            assert data_text("disclaimer.short", "fr") == english_texts()["disclaimer.short"]
            assert data_file_text("disclaimer.md", "fr") == "# English\n"
        assert any("not valid JSON" in r.getMessage() for r in caplog.records)
    finally:
        i18n.english_texts.cache_clear()
        i18n.translations.cache_clear()


def test_unknown_codes_are_refused_by_name() -> None:
    with pytest.raises(i18n.UnknownLanguageError, match=r"'de'.*supported: en, es, fr, pt_BR, ar, zh_CN, hi"):
        data_text("disclaimer.short", "de")
    with pytest.raises(i18n.UnknownLanguageError, match="'pt'"):
        i18n.get_language("pt")
    with pytest.raises(KeyError):
        data_text("no.such.text", "es")


# ----- the default language --------------------------------------------------------------------

@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "ar_EG.UTF-8"}, "ar"),
    ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LANG": "fr_CA.UTF-8@euro"}, "fr"),
    ({"LANG": "pt_PT.UTF-8"}, "pt_BR"),
    ({"LANG": "pt_BR.UTF-8"}, "pt_BR"),
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_TW.UTF-8"}, "en"),
    ({"LANG": "zh_HK.UTF-8"}, "en"),
    ({"LANG": "hi_IN.UTF-8"}, "hi"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
    ({"LC_ALL": "fr_FR.UTF-8", "LANG": "es_ES.UTF-8"}, "fr"),
    ({"LANGUAGE": "de:hi:en", "LANG": "de_DE.UTF-8"}, "hi"),
    ({"LANGUAGE": "hi", "LC_ALL": "C"}, "en"),  # gettext ignores LANGUAGE in the C locale
])
def test_default_language_from_the_environment(environ: dict, expected: str) -> None:
    assert i18n.default_language(environ=environ) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("zh-Hans-TW", "zh_CN"), ("zh_Hant_CN", None), ("zh", "zh_CN"), ("ar-SA", "ar"),
    ("en_GB", "en"), ("pt", "pt_BR"), ("sw_KE", None), ("", None), ("POSIX", None),
])
def test_match_locale(name: str, expected: str | None) -> None:
    assert i18n.match_locale(name) == expected


def test_a_system_locale_given_by_the_caller_wins() -> None:
    assert i18n.default_language("hi_IN", environ={"LANG": "fr_FR.UTF-8"}) == "hi"
    assert i18n.default_language("zh_TW", environ={"LANG": "fr_FR.UTF-8"}) == "en"


# ----- warning signs ---------------------------------------------------------------------------

@pytest.mark.parametrize("code", TRANSLATED)
def test_warning_signs_mean_the_same_in_every_language(code: str) -> None:
    english, translated = default_checklist(), checklist_for(code)
    assert [(s.id, s.urgency, s.sources) for s in translated.symptoms] == \
        [(s.id, s.urgency, s.sources) for s in english.symptoms]
    assert [(lv.id, lv.rank) for lv in translated.levels] == [(lv.id, lv.rank) for lv in english.levels]
    for ours, theirs in zip(translated.symptoms, english.symptoms, strict=True):
        assert ours.label != theirs.label and ours.instruction != theirs.instruction
    spaces = label_spaces_for(code)
    assert spaces.class_ids == label_spaces_for("en").class_ids
    assert spaces.concepts == label_spaces_for("en").concepts


# ----- the answer language ---------------------------------------------------------------------

def test_the_answer_request_is_one_english_sentence_after_the_question() -> None:
    assert question_for_model("What is it?", "en") == "What is it?"
    assert question_for_model("What is it?", "es") == "What is it? Please answer in Spanish."
    assert question_for_model("¿Qué es?", "pt_BR") == "¿Qué es? Please answer in Brazilian Portuguese."
    assert question_for_model("x", "zh_CN").endswith("Please answer in Simplified Chinese.")


def test_ask_in_spanish_sends_the_reference_prompt_plus_the_request(tiny_pack: Path) -> None:
    from conftest import synthetic_skin_photo

    from skingpt_desktop.core.engine import Engine
    from skingpt_desktop.core.packs.pack import ModelPack

    engine = Engine.load(ModelPack.open(tiny_pack))
    try:
        chat = engine.start_chat(synthetic_skin_photo(3), answer_language="es")
        settings = engine.default_generation()
        import dataclasses

        settings = dataclasses.replace(settings, max_new_tokens=3, deterministic=True)
        chat.ask(CLINICAL_PROMPTS[0], settings)
        sent = f"{CLINICAL_PROMPTS[0]} Please answer in Spanish."
        assert chat.session.turns[0].question == sent
        segments = render_prompt(engine.format, [], sent)
        text = render_text(segments)
        assert text.startswith(f"<s>{SKINGPT4_SYSTEM}###Human: <Img><ImageHere></Img> ")
        assert text.endswith(f"{CLINICAL_PROMPTS[0]} Please answer in Spanish.###Assistant:")
        # ... and it is exactly what the model evaluated, token for token.
        items: list[int] = []
        for seg in segments:
            if isinstance(seg, ImageSlot):
                items += [-1 - r for r in range(chat.session.image.shape[0])]
            else:
                assert isinstance(seg, TextSegment)
                items += ([engine.llm.bos_id] if seg.bos else []) + engine.llm.tokenize(seg.text)
        assert list(chat.session.kv_items[: len(items)]) == items
        chat.answer_language = "en"  # switching keeps the conversation
        chat.ask(CLINICAL_PROMPTS[1], settings)
        assert [t.question for t in chat.session.turns] == [sent, CLINICAL_PROMPTS[1]]
    finally:
        engine.close()


def test_ask_cli_lang_records_what_was_sent(tiny_pack: Path, photo_paths: list[Path],
                                            capsys: pytest.CaptureFixture) -> None:
    from skingpt_desktop.cli import main

    code = main(["ask", "--pack", str(tiny_pack), "--image", str(photo_paths[0]), "--clinical",
                 "--json", "--max-tokens", "4", "--deterministic", "--lang", "es"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["answer_language"] == "es"
    assert [t["question"] for t in out["transcript"]] == \
        [f"{p} Please answer in Spanish." for p in CLINICAL_PROMPTS]
    assert out["disclaimer"] == data_text("disclaimer.short", "es")


# ----- the command line ------------------------------------------------------------------------

BLOCK_LLAMA = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("llama_cpp", "PySide6", "numpy"):
            raise ImportError(f"blocked: {name}")
sys.meta_path.insert(0, Block())
from skingpt_desktop.cli import main
raise SystemExit(main(["--list-languages"]))
"""


def test_list_languages_is_fast_and_one_a_line() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCK_LLAMA], cwd=ROOT, capture_output=True,
                            text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(LANGUAGES)
    assert lines[0].split() == ["en", "English"]
    assert "ar     العربية (Arabic)" in lines
    assert "hi     हिन्दी (Hindi)" in lines and lines[3].startswith("pt_BR  ")


@pytest.mark.parametrize("args", [["--lang", "xx", "--version"], ["ask", "--lang", "klingon", "q"],
                                  ["--lang", "de"], ["report", "--symptoms", "--lang", "pt"]])
def test_unknown_lang_is_one_error_line(args: list[str]) -> None:
    argv = [a for a in args if a != "--version"]
    if argv[0] == "ask":
        argv = ["ask", "--pack", "/nonexistent", "--image", "/nonexistent.jpg", *argv[1:]]
    result = subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True,
                            text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --lang: unknown language"), result.stderr
    assert "supported: en, es, fr, pt_BR, ar, zh_CN, hi" in lines[0]


def test_lang_is_stored_for_the_app_and_taken_before_or_after_a_subcommand() -> None:
    from skingpt_desktop.cli import build_parser, languages

    parser = build_parser()
    for argv in (["--lang", "ar"], ["--lang", "ar", "ask", "q", "--pack", "p", "--image", "i"],
                 ["ask", "q", "--pack", "p", "--image", "i", "--lang", "ar"]):
        args = parser.parse_args(argv)
        languages.check_lang(args)
        assert args.lang == "ar", argv
    args = parser.parse_args(["ask", "q", "--pack", "p", "--image", "i"])
    assert languages.lang_or_english(args) == "en"


def test_report_symptoms_in_another_language() -> None:
    result = subprocess.run([sys.executable, "main.py", "report", "--symptoms", "--json", "--lang", "fr"],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    items = {i["id"]: i for i in json.loads(result.stdout)}
    assert items["sepsis_signs"]["instruction"].startswith("Appelez immédiatement les services d'urgence")
    assert items["sepsis_signs"]["urgency"] == "emergency"
