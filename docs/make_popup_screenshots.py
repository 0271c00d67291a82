"""Render the search popup with Chinese results in a light and a dark palette, for the docs.

    python docs/make_popup_screenshots.py [--out docs/screenshots] [--query 发货]

Runs on Qt's offscreen platform (no display needed) against a throw-away phrasebook seeded with
the zh-Hans starter set, types a query the way an input method would, and saves
popup-light.png and popup-dark.png. Chinese text needs a CJK font (e.g. fonts-wqy-microhei).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QInputMethodEvent, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.popup.search_popup import SearchPopup  # noqa: E402
from phrasebook import Phrasebook  # noqa: E402

Role = QPalette.ColorRole

DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#2b2c2f",
    Role.AlternateBase: "#303134",
    Role.Text: "#e8eaed",
    Role.PlaceholderText: "#9aa0a6",
    Role.Button: "#303134",
    Role.ButtonText: "#e8eaed",
    Role.Highlight: "#3b6fd8",
    Role.HighlightedText: "#ffffff",
    Role.Mid: "#5f6368",
    Role.Midlight: "#3c4043",
    Role.Dark: "#17181a",
    Role.Light: "#45474a",
    Role.ToolTipBase: "#303134",
    Role.ToolTipText: "#e8eaed",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


def type_committed(popup: SearchPopup, text: str) -> None:
    """Deliver `text` as an input-method commit, as a Chinese IME would."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(popup.search_box, event)


def shoot(book: Phrasebook, query: str, row: int, path: Path) -> None:
    popup = SearchPopup(book, hide_on_deactivate=False)
    popup.show_for_search(QPoint(40, 40))
    type_committed(popup, query)
    popup.refresh()
    popup.select_row(row)
    QApplication.processEvents()
    popup.grab().save(str(path))
    popup.close()
    popup.deleteLater()
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    parser.add_argument("--query", default="发货")
    parser.add_argument("--row", type=int, default=0, help="which result to preview")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # the same look on every OS, so the two shots compare
    from desktop.i18n import Translations

    translations = Translations()
    translations.apply("zh_CN")  # the UI's default language
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        book = Phrasebook.open(Path(folder) / "demo.db", auto_backup=False)
        book.seed_starter("zh-Hans")
        book.set_profile(active_shop="快回旗舰店", nickname="小美")
        light = app.style().standardPalette()
        for name, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            shoot(book, args.query, args.row, args.out / f"popup-{name}.png")
        book.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
