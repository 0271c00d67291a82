"""Regenerates the UI translations: lupdate over desktop/, fill from catalog.json, lrelease.

    .venv/bin/python resources/translations/update.py          # rewrite .ts and .qm files
    .venv/bin/python resources/translations/update.py --check  # exit 1: a string lacks one

English source strings live in the code (`self.tr("...")`); catalog*.json map each to its zh_CN
and ko text. A string missing from the catalog is listed, and left "unfinished" in the .ts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("zh_CN", "ko")


def tool(name: str) -> str:
    """PySide6's command `name` from this interpreter's environment (a venv's bin/ need not be
    on PATH: README runs `.venv/bin/python -m pytest`), else whatever PATH finds."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def load_catalog() -> dict[str, dict[str, str]]:
    """catalog.json plus every catalog_<feature>.json beside it (one per feature, to edit apart)."""
    catalog: dict[str, dict[str, str]] = {}
    for path in sorted(HERE.glob("catalog*.json")):
        catalog.update(json.loads(path.read_text(encoding="utf-8")))
    return catalog


def sources() -> list[str]:
    files = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *files, "-ts", str(ts)], check=True, capture_output=True
        )
        return [s.text or "" for s in ET.parse(ts).iter("source")]


def missing(catalog: dict[str, dict[str, str]]) -> list[str]:
    wanted = LANGUAGES
    return sorted({s for s in sources() if not all(catalog.get(s, {}).get(x) for x in wanted)})


def update(catalog: dict[str, dict[str, str]]) -> None:
    files = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"quickreply_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", *files, "-ts", str(ts)],
            check=True,
            capture_output=True,
        )
        tree = ET.parse(ts)
        tree.getroot().set("language", lang)
        for message in tree.iter("message"):
            text = catalog.get(message.findtext("source") or "", {}).get(lang)
            translation = message.find("translation")
            if translation is not None and text:
                translation.text = text
                translation.attrib.pop("type", None)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )


def main(argv: list[str]) -> int:
    catalog = load_catalog()
    lacking = missing(catalog)
    for source in lacking:
        print(f"no translation: {source!r}")
    if "--check" not in argv:
        update(catalog)
    return 1 if lacking else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
