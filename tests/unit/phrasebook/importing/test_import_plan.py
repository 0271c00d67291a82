"""The preview and the duplicate policies: skip, keep both, update; one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from phrasebook import Changes, Phrasebook, ValidationError


def _csv(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "q.csv"
    path.write_text("分组,快捷编码,快捷短语\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def seeded(book: Phrasebook) -> Phrasebook:
    book.add("亲，欢迎光临", group="售前", code="hy", favorite=True)
    book.add("亲，今天发货", group="物流", code="fh")
    return book


def test_preview_counts_new_and_duplicates_and_writes_nothing(
    seeded: Phrasebook, tmp_path: Path
) -> None:
    path = _csv(tmp_path, ["售前,hy2,亲，欢迎光临", "物流,fh,亲，明天发货", "售后,th,亲，可以退"])
    report = seeded.import_file(path, dry_run=True)
    assert (report.added, report.duplicates, report.skipped, report.format) == (1, 2, 2, "csv")
    reasons = [(i.action, i.reason) for i in report.items]
    assert reasons == [("skip", "same text"), ("skip", "same code and group"), ("add", "")]
    assert len(seeded.phrases()) == 2


def test_keep_both(seeded: Phrasebook, tmp_path: Path) -> None:
    path = _csv(tmp_path, ["售前,hy,亲，欢迎光临"])
    report = seeded.import_file(path, on_duplicate="keep")
    assert (report.added, report.duplicates) == (1, 1)
    assert len(seeded.by_code("hy")) == 2


def test_update_keeps_id_favorite_and_scope(seeded: Phrasebook, tmp_path: Path) -> None:
    old = seeded.by_code("fh")[0]
    path = _csv(tmp_path, ["物流,fh,亲，明天发货", "售前,hy,亲，欢迎光临"])
    report = seeded.import_file(path, on_duplicate="update")
    assert (report.updated, report.unchanged, report.added) == (1, 1, 0)
    assert seeded.get(old.id).text == "亲，明天发货"
    assert seeded.by_code("hy")[0].favorite


def test_duplicates_inside_the_file(book: Phrasebook, tmp_path: Path) -> None:
    path = _csv(tmp_path, ["售前,a,亲，在的", "售前,b,亲，在的"])
    assert book.import_file(path).added == 1
    book2_path = _csv(tmp_path, ["售前,a,亲，在的哦", "售前,a,亲，在的呢"])
    report = book.import_file(book2_path, on_duplicate="update")
    assert [p.text for p in book.by_code("a")] == ["亲，在的呢"]
    assert report.updated == 1


def test_one_change_notice_for_the_whole_import(book: Phrasebook, tmp_path: Path) -> None:
    seen: list[Changes] = []
    book.on_change(seen.append)
    report = book.import_file(_csv(tmp_path, ["a,x1,亲1", "b,x2,亲2", "c,x3,亲3"]))
    assert seen == [Changes(phrases=frozenset(report.ids))]


def test_findings_come_from_the_real_wording_check(book: Phrasebook, tmp_path: Path) -> None:
    report = book.import_file(_csv(tmp_path, ["a,x,亲，绝对正品", "b,y,亲，正品哦"]), dry_run=True)
    assert [(row.line, row.finding.rule, row.finding.text) for row in report.findings] == [
        (2, "zh.promise.guarantee", "绝对")
    ]
    assert report.findings[0].finding.explanation


def test_an_import_for_real_reports_no_findings(book: Phrasebook, tmp_path: Path) -> None:
    assert book.import_file(_csv(tmp_path, ["a,x,亲，绝对正品"])).findings == ()


def test_unknown_policy(book: Phrasebook, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="on_duplicate"):
        book.import_file(_csv(tmp_path, ["a,x,亲"]), on_duplicate="merge")  # type: ignore[arg-type]
