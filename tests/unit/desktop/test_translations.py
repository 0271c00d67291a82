"""The UI speaks Chinese first, with English and Korean: every string is translated and compiled."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from desktop.i18n import Translations, language_for

ROOT = Path(__file__).resolve().parents[3]
FOLDER = ROOT / "resources" / "translations"
CATALOG = {
    k: v
    for path in sorted(FOLDER.glob("catalog*.json"))
    for k, v in json.loads(path.read_text(encoding="utf-8")).items()
}


def test_every_ui_string_has_chinese_and_korean() -> None:
    result = subprocess.run(
        [sys.executable, str(FOLDER / "update.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("lang", ["zh_CN", "ko"])
def test_compiled_files_match_the_catalog(lang: str, qapp: object) -> None:
    translator = QTranslator()
    assert translator.load(f"quickreply_{lang}", str(FOLDER))
    messages = 0
    for context in ET.parse(FOLDER / f"quickreply_{lang}.ts").iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            assert translator.translate(name, source) == CATALOG[source][lang], source
            messages += 1
    assert messages >= 20


def test_chinese_is_installed_by_default(qapp: object) -> None:
    translations = Translations()
    assert translations.apply(language_for(None, QLocale("fr_FR")))
    assert translations.language == "zh_CN"
    from desktop.tray import Tray

    tray = Tray()
    assert tray.menu.actions()[0].text().startswith("搜索话术")
    translations.apply("en")
    english = Tray()
    assert english.menu.actions()[0].text().startswith("Search phrases")


def test_language_follows_the_system_or_the_setting() -> None:
    assert language_for(None, QLocale("ko_KR")) == "ko"
    assert language_for(None, QLocale("en_US")) == "en"
    assert language_for(None, QLocale("zh_TW")) == "zh_CN"
    assert language_for("ko", QLocale("en_US")) == "ko"
    assert language_for("system", QLocale("en_GB")) == "en"


def test_qt_standard_buttons_speak_chinese_too(qapp: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    translations = Translations()
    translations.apply("zh_CN")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    finally:
        translations.apply("en")


def test_tr_is_only_called_on_self() -> None:
    """`other.tr(...)` is extracted under the variable's name, not the class: never translated."""
    import re

    pattern = re.compile(r"\b(?!self\b)[A-Za-z_][A-Za-z0-9_]*\.tr\(")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert offenders == []
