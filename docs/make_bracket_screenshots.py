"""Render the bracket toggles and the missing-language note for the docs: the editor's row of
brackets (fields highlighted, the shop's labels as text), the import preview's bracket column,
and the popup saying a reply has no Korean text.

    python docs/make_bracket_screenshots.py [--out docs/screenshots]

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
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.i18n import Translations  # noqa: E402
from desktop.import_dialog import ImportDialog  # noqa: E402
from desktop.manager import ManagerWindow  # noqa: E402
from desktop.popup.search_popup import SearchPopup  # noqa: E402
from phrasebook import Phrasebook  # noqa: E402

LABELLED = (
    "【温馨提示】亲，这款【产品名】的材质是【具体材质】，有【颜色A】和【颜色B】可选，"
    "本店【顺丰包邮】哦~"
)
SHEET = (
    "分组,快捷编码,话术\n"
    "售前,wxts,【温馨提示】亲，本店【顺丰包邮】，【重要】：下单前请核对地址\n"
    "售前,czjs,亲，这款的材质是【具体材质】，【几天】能到\n"
    "活动,hd,【618大促】全场【满199减20】，【活动时间】：6月1日至18日\n"
)


def shoot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    Translations().apply("zh_CN")
    with tempfile.TemporaryDirectory() as tmp, Phrasebook.open(Path(tmp) / "p.db") as book:
        book.seed_starter("zh-Hans")
        book.set_profile(nickname="小美", active_shop="小米旗舰店")
        phrase = book.add(LABELLED, title="材质与颜色", group="售前", code="czys")
        manager = ManagerWindow(book)
        manager.resize(1180, 720)
        manager.show()
        manager.show_phrase(phrase.id)
        shoot(manager, args.out / "manager-brackets.png")
        manager.close()

        sheet = Path(tmp) / "千牛快捷短语.csv"
        sheet.write_text(SHEET, encoding="utf-8")
        dialog = ImportDialog(book, sheet)
        dialog.resize(900, 460)
        dialog.show()
        shoot(dialog, args.out / "import-brackets.png")
        dialog.close()

        popup = SearchPopup(book, hide_on_deactivate=False)
        popup.customer_bar.set_language("ko")
        popup.show_for_search(QPoint(40, 40))
        event = QInputMethodEvent("", [])
        event.setCommitString("发货")
        QApplication.sendEvent(popup.search_box, event)
        popup.refresh()
        shoot(popup, args.out / "popup-no-korean.png")
        popup.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
