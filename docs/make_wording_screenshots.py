"""Render the popup previewing a carelessly worded reply, to show the wording check.

    python docs/make_wording_screenshots.py [--out docs/screenshots]

Saves wording-light.png and wording-dark.png: the preview with its findings listed under the
text (colored by severity) and the flagged words underlined. Offscreen, zh_CN UI, throw-away
phrasebook; Chinese text needs a CJK font (e.g. fonts-wqy-microhei).
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
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.popup.search_popup import SearchPopup  # noqa: E402
from docs.make_popup_screenshots import dark_palette, type_committed  # noqa: E402
from phrasebook import Phrasebook  # noqa: E402

CARELESS = "{客户}，保证明天到货！有问题加微信私聊，我们家是全网最低价，穿M码肯定合适~"


def shoot(book: Phrasebook, path: Path) -> None:
    popup = SearchPopup(book, hide_on_deactivate=False)
    popup.show_for_search(QPoint(40, 40))
    type_committed(popup, "jjfh")
    popup.refresh()
    popup.select_row(0)
    QApplication.processEvents()
    popup.grab().save(str(path))
    popup.close()
    popup.deleteLater()
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from desktop.i18n import Translations

    Translations().apply("zh_CN")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        book = Phrasebook.open(Path(folder) / "demo.db", auto_backup=False)
        book.seed_starter("zh-Hans")
        book.set_profile(active_shop="快回旗舰店", nickname="小美")
        book.add(CARELESS, title="加急发货（待修改）", code="jjfh", group="售前咨询")
        light = app.style().standardPalette()
        for name, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            shoot(book, args.out / f"wording-{name}.png")
        book.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
