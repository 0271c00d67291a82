"""Render the popup's personal parts for the docs: the "next" section after an insertion, with
the shop selector, and a reply shown in the customer's language (Traditional, converted).

    python docs/make_personal_screenshots.py [--out docs/screenshots]

Offscreen, zh_CN UI, a throw-away phrasebook seeded with the zh-Hans starter set.
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
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.i18n import Translations  # noqa: E402
from desktop.popup.search_popup import SearchPopup  # noqa: E402
from phrasebook import Phrasebook  # noqa: E402


def seed_habits(book: Phrasebook) -> str:
    """A few customers' worth of insertions: 发货时间 is usually followed by 送达时效, then
    by 发货地 or 偏远地区运费."""
    codes = ["fhsj", "sdsx", "fhd"] * 3 + ["fhsj", "sdsx", "fhsj", "pydqyf", "fhsj", "fhd"]
    for code in codes:
        found = book.by_code(code)
        if found:
            book.record_use(found[0].id)
    return book.by_code("fhsj")[0].id


def shoot(popup: SearchPopup, path: Path) -> None:
    QApplication.processEvents()
    popup.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    translations = Translations()
    translations.apply("zh_CN")
    with tempfile.TemporaryDirectory() as tmp, Phrasebook.open(Path(tmp) / "p.db") as book:
        book.seed_starter("zh-Hans")
        book.set_profile(
            nickname="小美", shops=("小米旗舰店", "小米配件店"), active_shop="小米旗舰店"
        )
        last = seed_habits(book)
        popup = SearchPopup(book, hide_on_deactivate=False)
        popup.note_inserted(last)
        popup.show_for_search(QPoint(40, 40))
        shoot(popup, args.out / "personal-next.png")
        popup.customer_bar.set_language("zh-Hant")
        event = QInputMethodEvent("", [])
        event.setCommitString("退款")
        QApplication.sendEvent(popup.search_box, event)
        popup.refresh()
        shoot(popup, args.out / "personal-traditional.png")
        popup.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
