"""The import preview dialog: counts, mapping correction, duplicate policy, one real import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.import_dialog import BRACKET_COLUMN, ImportDialog
from phrasebook import Phrasebook


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "q.csv"
    path.write_text(
        "分组,快捷编码,话术\n售前,hy,亲，欢迎光临【店铺名】\n售后,th,亲，可以退哦\n",
        encoding="utf-8",
    )
    return path


def test_preview_then_import(qtbot: QtBot, book: Phrasebook, sheet: Path) -> None:
    book.add("亲，欢迎光临【店铺名】", group="售前", code="hy")
    dialog = ImportDialog(book, sheet)
    qtbot.addWidget(dialog)
    assert dialog.report is not None
    assert (dialog.report.added, dialog.report.skipped) == (1, 1)
    assert dialog.table.rowCount() == 2
    assert dialog.import_button.isEnabled()
    dialog.policy.setCurrentIndex(dialog.policy.findData("keep"))
    assert dialog.report.added == 2
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.run_import()
    assert signal.args[0].added == 2
    assert len(book.by_code("hy")) == 2


def test_mapping_correction_and_errors(qtbot: QtBot, book: Phrasebook, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("类目,回答\n物流,亲，今天发\n", encoding="utf-8")
    dialog = ImportDialog(book, path)
    qtbot.addWidget(dialog)
    assert dialog.report is None and not dialog.import_button.isEnabled()
    boxes = dialog._mapping_boxes
    boxes["类目"].setCurrentIndex(boxes["类目"].findData("group"))
    boxes["回答"].setCurrentIndex(boxes["回答"].findData("text"))
    assert dialog.report is not None and dialog.report.added == 1
    dialog.run_import()
    assert [p.group for p in book.phrases()] == ["物流"]


def test_broken_file_shows_a_message(qtbot: QtBot, book: Phrasebook, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip")
    dialog = ImportDialog(book, path)
    qtbot.addWidget(dialog)
    assert "not a valid" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_findings_are_worded_like_the_popup(qtbot: QtBot, book: Phrasebook, tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_text("分组,快捷编码,话术\n售前,wx,亲，加我微信聊\n售前,ok,亲，在的哦\n", "utf-8")
    dialog = ImportDialog(book, path)
    qtbot.addWidget(dialog)
    rows = dialog.findings.rows()
    assert [row.text().split("&nbsp;")[-1] for row in rows] == ["Row 2 · Off-platform: “微信”"]
    assert "违反平台规则" in rows[0].toolTip() and "Suggestion:" in rows[0].toolTip()
    assert not dialog.findings_caption.isHidden() and not dialog.findings.isHidden()


def test_brackets_show_as_fields_or_text_and_one_click_switches(
    qtbot: QtBot, book: Phrasebook, tmp_path: Path
) -> None:
    path = tmp_path / "qn.csv"
    rows = "售前,wx,【温馨提示】亲，本店【顺丰包邮】哦\n售前,cz,亲，这款的材质是【具体材质】\n"
    path.write_text("分组,快捷编码,话术\n" + rows, "utf-8")
    dialog = ImportDialog(book, path)
    qtbot.addWidget(dialog)

    def states(row: int) -> dict[str, bool]:
        bar = dialog.table.cellWidget(row, BRACKET_COLUMN)
        return {b.text(): b.isChecked() for b in bar.buttons()}

    assert states(0) == {"【温馨提示】": False, "【顺丰包邮】": False}
    assert states(1) == {"【具体材质】": True}
    button = dialog.table.cellWidget(1, BRACKET_COLUMN).buttons()[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.item(1, 4).text() == "亲，这款的材质是【【具体材质】】")
    assert states(1) == {"【【具体材质】】": False}
    dialog.run_import()
    imported = book.by_code("cz")[0]
    assert imported.text == "亲，这款的材质是【【具体材质】】"
    assert book.render(imported).complete
