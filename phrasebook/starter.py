"""The starter phrasebooks shipped in resources/starter/, one per language."""

from __future__ import annotations

from pathlib import Path

from phrasebook.errors import NotFoundError
from phrasebook.resources import resource_path

STARTER_LANGS = ("zh-Hans", "zh-Hant", "ko", "en")


def starter_file(lang: str) -> Path:
    if lang not in STARTER_LANGS:
        raise NotFoundError(
            f"no starter phrasebook for {lang!r}; choose one of {', '.join(STARTER_LANGS)}"
        )
    return resource_path("starter", f"{lang}.jsonl")


def lang_for_locale(locale_name: str | None) -> str:
    """The starter set for a system locale such as ``zh_CN.UTF-8``, ``zh_TW`` or ``ko_KR``.

    Chinese is the default: most of our agents work in Chinese whatever their system says.
    """
    name = (locale_name or "").replace("-", "_").lower()
    if name.startswith(("zh_tw", "zh_hk", "zh_mo", "zh_hant")):
        return "zh-Hant"
    if name.startswith("ko"):
        return "ko"
    if name.startswith("en"):
        return "en"
    return "zh-Hans"
