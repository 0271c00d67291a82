"""The `Phrasebook` facade: every API call, its validation, transactions and change events."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from phrasebook import (
    Changes,
    NotFoundError,
    PackError,
    Phrase,
    Phrasebook,
    Profile,
    RenderContext,
    ValidationError,
)
from phrasebook import phrases as phrases_module
from phrasebook.errors import DiskIOError
from phrasebook.models import MAX_TEXT_CHARS
from phrasebook.starter import STARTER_LANGS
from phrasebook.store import Store


def snapshot(book: Phrasebook) -> dict[str, Any]:
    """Everything a failed write must leave as it was: tables, group cache, search index."""
    tables = {
        name: book.db.execute(f"SELECT * FROM [{name}] ORDER BY 1").fetchall()
        for name in ("phrases", "groups", "variants", "usage", "settings")
    }
    return {
        "tables": tables,
        "groups": book.groups(),
        "search": [h.phrase for h in book.search("亲", limit=1000)],
        "index_size": len(book.store.index),
        "position": book.store.last_position,
    }


def write_pack(path: Path, rows: list[Any]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- add / get / update ---------------------------------------------------------------------


def test_add_and_get(book: Phrasebook) -> None:
    added = book.add(
        "亲，今天下单明天发货哦",
        title="发货时间",
        group="售后/物流",
        code="fhsj",
        tags=["物流", "发货"],
        questions=["什么时候发货"],
    )
    assert added.id and added.created and added.updated == added.created
    assert book.get(added.id) == added
    assert added.group == "售后/物流"
    assert added.tags == ("物流", "发货")
    assert added.scope == "team"
    assert not added.favorite


def test_add_cleans_values(book: Phrasebook) -> None:
    added = book.add("a\r\nb", title="  题 ", group="/售前/ 议价 /", tags=[" x", "x", ""])
    assert added.text == "a\nb"
    assert added.title == "题"
    assert added.group == "售前/议价"
    assert added.tags == ("x",)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("text", "   ", "empty"),
        ("text", "x" * (MAX_TEXT_CHARS + 1), "limit"),
        ("text", "bell\x07", "control"),
        ("code", "a b", "spaces"),
        ("group", "一/二/三", "two"),
        ("group", "一//二", "deep"),
        ("group", "/ /二", "empty level"),
        ("lang", "简体中文", "language"),
        ("scope", "everyone", "scope"),
        ("tags", "not-a-list", "list"),
        ("title", "t" * 201, "limit"),
    ],
)
def test_add_refuses_bad_values(book: Phrasebook, field: str, value: Any, message: str) -> None:
    kwargs: dict[str, Any] = {"text": "ok", field: value}
    with pytest.raises(ValidationError, match=message):
        book.add(**kwargs)
    assert book.stats().phrases == 0
    assert book.groups() == []


def test_one_megabyte_phrase_is_refused(book: Phrasebook) -> None:
    with pytest.raises(ValidationError, match="limit"):
        book.add("长" * 1_000_000)
    assert book.db.execute("SELECT count(*) FROM phrases").fetchone()[0] == 0


def test_add_with_an_existing_id_is_refused(book: Phrasebook) -> None:
    first = book.add("one", id="fixed-id")
    with pytest.raises(ValidationError, match="fixed-id"):
        book.add("two", id="fixed-id")
    assert book.get("fixed-id") == first


def test_get_missing_raises_not_found(book: Phrasebook) -> None:
    with pytest.raises(NotFoundError, match="nope"):
        book.get("nope")


def test_update_changes_fields_and_stamp(book: Phrasebook) -> None:
    p = book.add("旧文本", code="a")
    updated = book.update(p.id, text="新文本", code="b", tags=["t"], group="售前")
    assert (updated.text, updated.code, updated.tags, updated.group) == (
        "新文本",
        "b",
        ("t",),
        "售前",
    )
    assert updated.updated > p.updated
    assert updated.created == p.created
    assert book.get(p.id) == updated


def test_update_without_change_writes_nothing(book: Phrasebook) -> None:
    p = book.add("x")
    seen: list[Changes] = []
    book.on_change(seen.append)
    assert book.update(p.id, text="x") == p
    assert seen == []


def test_update_refuses_unknown_fields_and_bad_values(book: Phrasebook) -> None:
    p = book.add("x")
    with pytest.raises(ValidationError, match="id"):
        book.update(p.id, id="other")
    with pytest.raises(ValidationError):
        book.update(p.id, text="")
    with pytest.raises(ValidationError, match="list"):
        book.update(p.id, tags="abc")
    assert book.get(p.id) == p


def test_update_missing_raises_not_found(book: Phrasebook) -> None:
    with pytest.raises(NotFoundError):
        book.update("nope", text="x")


# -- delete / undelete / by_code -------------------------------------------------------------


def test_delete_and_undelete(book: Phrasebook) -> None:
    p = book.add("亲，在的", code="zd")
    book.delete(p.id)
    with pytest.raises(NotFoundError):
        book.get(p.id)
    assert book.phrases() == []
    assert [d.id for d in book.deleted_phrases()] == [p.id]
    assert book.search("在的") == []
    assert book.by_code("zd") == []
    back = book.undelete(p.id)
    assert back.text == p.text
    assert book.deleted_phrases() == []
    assert [h.phrase.id for h in book.search("在的")] == [p.id]


def test_delete_twice_and_undelete_unknown(book: Phrasebook) -> None:
    p = book.add("x")
    book.delete(p.id)
    with pytest.raises(NotFoundError):
        book.delete(p.id)
    with pytest.raises(NotFoundError):
        book.undelete("nope")


def test_trash_lists_newest_deletion_first(book: Phrasebook) -> None:
    a, b = book.add("a"), book.add("b")
    book.delete(b.id)
    book.delete(a.id)
    assert [p.id for p in book.deleted_phrases()] == [a.id, b.id]


def test_by_code_returns_every_phrase_with_it(book: Phrasebook) -> None:
    a = book.add("a", code="dup")
    b = book.add("b", code="dup")
    book.add("c", code="other")
    assert {p.id for p in book.by_code("dup")} == {a.id, b.id}
    assert book.by_code("none") == []


# -- questions, variants, usage --------------------------------------------------------------


def test_add_question_is_searchable_record(book: Phrasebook) -> None:
    p = book.add("七天无理由退货")
    q1 = book.add_question(p.id, "可以退吗")
    q2 = book.add_question(p.id, "可以退吗")
    assert q1.questions == ("可以退吗",)
    assert q2.questions == ("可以退吗",)
    with pytest.raises(NotFoundError):
        book.add_question("nope", "?")


def test_variant_is_the_body_and_survives_team_updates(book: Phrasebook) -> None:
    p = book.add("您好，欢迎光临")
    with_variant = book.set_variant(p.id, "亲亲，欢迎光临小店～")
    assert with_variant.variant == "亲亲，欢迎光临小店～"
    assert with_variant.body == "亲亲，欢迎光临小店～"
    assert with_variant.text == "您好，欢迎光临"
    assert book.render(with_variant).text == "亲亲，欢迎光临小店～"
    assert [h.phrase.id for h in book.search("小店")] == [p.id]

    team = book.update(p.id, text="您好，欢迎光临本店")
    assert team.text == "您好，欢迎光临本店"
    assert team.variant == "亲亲，欢迎光临小店～"

    pack = write_pack(book.path.parent / "team.jsonl", [{"id": p.id, "text": "团队新版本"}])
    assert book.import_file(pack).updated == 1
    assert book.get(p.id).variant == "亲亲，欢迎光临小店～"
    assert book.stats().variants == 1

    dropped = book.set_variant(p.id, None)
    assert dropped.variant is None
    assert dropped.body == "团队新版本"
    assert book.stats().variants == 0
    assert book.set_variant(p.id, "again").variant == "again"


def test_set_variant_validates(book: Phrasebook) -> None:
    p = book.add("x")
    with pytest.raises(ValidationError):
        book.set_variant(p.id, " ")
    with pytest.raises(NotFoundError):
        book.set_variant("nope", "x")


def test_record_use(book: Phrasebook) -> None:
    book.set_profile(active_shop="旗舰店")
    p = book.add("x")
    used = book.record_use(p.id)
    used = book.record_use(p.id, shop="二店")
    assert used.use_count == 2
    assert used.last_used is not None
    shops = [r[0] for r in book.db.execute("SELECT shop FROM usage ORDER BY id").fetchall()]
    assert shops == ["旗舰店", "二店"]
    assert book.stats().uses == 2


def test_record_use_of_unknown_phrase(book: Phrasebook) -> None:
    with pytest.raises(NotFoundError):
        book.record_use("nope")
    assert book.stats().uses == 0


# -- groups ------------------------------------------------------------------------------------


def test_groups_tree_order(book: Phrasebook) -> None:
    book.add_group("售前")
    book.add_group("售后/退换")
    book.add_group("售前/议价")
    book.add("x", group="售后/物流")
    assert [g.path for g in book.groups()] == [
        "售前",
        "售前/议价",
        "售后",
        "售后/退换",
        "售后/物流",
    ]
    sub = book.add_group("售前/议价")
    assert sub.name == "议价"
    assert sub.parent_id == book.add_group("售前").id


def test_add_group_refuses_bad_paths(book: Phrasebook) -> None:
    for bad in ("", "/", "a/b/c"):
        with pytest.raises(ValidationError):
            book.add_group(bad)
    assert book.groups() == []


def test_phrases_filtered_by_group_and_scope(book: Phrasebook) -> None:
    a = book.add("a", group="售前")
    b = book.add("b", group="售前/议价", scope="personal")
    c = book.add("c", group="售后")
    assert [p.id for p in book.phrases(group="售前")] == [a.id, b.id]
    assert [p.id for p in book.phrases(group="售前/议价")] == [b.id]
    assert [p.id for p in book.phrases(scope="personal")] == [b.id]
    assert [p.id for p in book.phrases()] == [a.id, b.id, c.id]


# -- profile, settings, render -----------------------------------------------------------------


def test_profile_defaults_and_changes(book: Phrasebook) -> None:
    assert book.profile == Profile()
    profile = book.set_profile(nickname="小美", active_shop="旗舰店", signature="—小美")
    assert profile.shops == ("旗舰店",)
    book.set_profile(active_shop="二店")
    assert book.profile.shops == ("旗舰店", "二店")
    assert book.profile.nickname == "小美"


def test_profile_rejects_unknown_fields(book: Phrasebook) -> None:
    with pytest.raises(ValidationError, match="age"):
        book.set_profile(age="3")


def test_profile_persists(tmp_path: Path) -> None:
    with Phrasebook.open(tmp_path / "b.db") as book:
        book.set_profile(nickname="小美")
    with Phrasebook.open(tmp_path / "b.db") as book:
        assert book.profile.nickname == "小美"


def test_settings_round_trip_json(book: Phrasebook) -> None:
    assert book.get_setting("hotkey") is None
    assert book.get_setting("hotkey", "Ctrl+Alt+Space") == "Ctrl+Alt+Space"
    book.set_setting("hotkey", {"popup": "Ctrl+Alt+空格", "delays": [10, 20]})
    assert book.get_setting("hotkey") == {"popup": "Ctrl+Alt+空格", "delays": [10, 20]}
    raw = book.db.execute("SELECT value FROM settings WHERE key='hotkey'").fetchone()[0]
    assert "空格" in raw


def test_render_uses_the_profile(book: Phrasebook) -> None:
    book.set_profile(nickname="小美", active_shop="旗舰店", greeting="亲爱的")
    p = book.add("{客户}您好，我是{店铺}的{客服}")
    assert book.render(p).text == "亲爱的您好，我是旗舰店的小美"
    assert book.render(p.text).text == "亲爱的您好，我是旗舰店的小美"
    other = book.render(p, context=RenderContext(shop="别家", agent="阿强", customer="您"))
    assert other.text == "您您好，我是别家的阿强"


def test_render_fields_and_broken_templates(book: Phrasebook) -> None:
    p = book.add("您要的{尺码}码已拍下")
    assert not book.render(p).complete
    assert book.render(p, values={"尺码": "M"}).text == "您要的M码已拍下"
    broken = book.render("发货{时间")
    assert broken.problems
    assert "发货" in broken.text


# -- search, stats ---------------------------------------------------------------------------


def test_search_finds_added_and_updated_phrases(book: Phrasebook) -> None:
    p = book.add("七天无理由退换", code="th")
    assert [h.phrase.id for h in book.search("无理由")] == [p.id]
    book.update(p.id, text="十五天无忧退换")
    assert all(h.phrase.text == "十五天无忧退换" for h in book.search("七天无理由"))
    assert [h.phrase.id for h in book.search("无忧")] == [p.id]


def test_stats(book: Phrasebook) -> None:
    a = book.add("a", group="g", favorite=True)
    book.add("b", lang="en", scope="personal")
    c = book.add("c")
    book.delete(c.id)
    book.set_variant(a.id, "aa")
    book.record_use(a.id)
    stats = book.stats()
    assert (stats.phrases, stats.team, stats.personal) == (2, 1, 1)
    assert (stats.groups, stats.favorites, stats.variants, stats.deleted, stats.uses) == (
        1,
        1,
        1,
        1,
        1,
    )
    assert stats.by_lang == {"zh-Hans": 1, "en": 1}


# -- change listeners ------------------------------------------------------------------------


def test_listeners_hear_every_committed_change(book: Phrasebook) -> None:
    seen: list[Changes] = []
    unsubscribe = book.on_change(seen.append)
    p = book.add("x")
    book.update(p.id, text="y")
    book.set_variant(p.id, "v")
    book.record_use(p.id)
    book.delete(p.id)
    book.undelete(p.id)
    assert seen == [Changes(phrases=frozenset({p.id}))] * 6
    seen.clear()
    book.add_group("售前")
    book.set_profile(nickname="n")
    assert seen == [Changes(groups=True), Changes(profile=True)]
    seen.clear()
    unsubscribe()
    unsubscribe()
    book.add("z")
    assert seen == []


def test_listeners_hear_nothing_from_a_failed_write(book: Phrasebook) -> None:
    seen: list[Changes] = []
    book.on_change(seen.append)
    with pytest.raises(ValidationError):
        book.add("")
    assert seen == []


def test_import_tells_listeners_once(book: Phrasebook, tmp_path: Path) -> None:
    seen: list[Changes] = []
    book.on_change(seen.append)
    report = book.import_file(write_pack(tmp_path / "p.jsonl", [{"text": "a"}, {"text": "b"}]))
    assert seen == [Changes(phrases=frozenset(report.ids))]


# -- transactions ------------------------------------------------------------------------------


def test_failure_mid_import_leaves_db_and_caches_as_before(
    book: Phrasebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book.add("亲，原有的", group="售前")
    before = snapshot(book)
    rows = [{"text": f"亲，新的{n}", "group": f"新组{n % 3}/子{n % 2}"} for n in range(20)]
    pack = write_pack(tmp_path / "p.jsonl", rows)
    real_insert = phrases_module.insert
    calls = {"n": 0}

    def failing_insert(store: Store, phrase: Phrase, extra: dict[str, Any]) -> None:
        calls["n"] += 1
        if calls["n"] == 15:
            raise sqlite3.OperationalError("disk I/O error (simulated)")
        real_insert(store, phrase, extra)

    monkeypatch.setattr(phrases_module, "insert", failing_insert)
    seen: list[Changes] = []
    book.on_change(seen.append)
    with pytest.raises(DiskIOError, match="simulated"):
        book.import_file(pack)
    assert snapshot(book) == before
    assert seen == []
    monkeypatch.undo()
    assert book.import_file(pack).added == 20
    assert len(book.groups()) == 1 + 3 + 6


def test_failure_mid_update_leaves_db_and_caches_as_before(
    book: Phrasebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = book.add("亲，原文", group="售前")
    before = snapshot(book)

    def boom(*args: Any, **kwargs: Any) -> dict[str, Any]:
        raise RuntimeError("simulated crash after the group insert")

    monkeypatch.setattr(phrases_module.phrase_rows, "row_values", boom)
    with pytest.raises(RuntimeError, match="simulated"):
        book.update(p.id, text="亲，新文", group="新组/新子组")
    assert snapshot(book) == before
    monkeypatch.undo()
    assert book.update(p.id, group="新组/新子组").group == "新组/新子组"


def test_import_with_a_bad_line_late_in_the_file_writes_nothing(
    book: Phrasebook, tmp_path: Path
) -> None:
    book.add("亲，原有的")
    before = snapshot(book)
    rows: list[Any] = [{"text": f"亲，第{n}条", "group": f"组{n % 7}"} for n in range(6000)]
    rows[4999] = '{"text": "broken", '
    pack = write_pack(tmp_path / "big.jsonl", rows)
    with pytest.raises(PackError) as caught:
        book.import_file(pack)
    assert caught.value.line == 5000
    assert snapshot(book) == before


def test_import_of_ten_thousand_phrases(book: Phrasebook, tmp_path: Path) -> None:
    rows = [
        {"text": f"亲，编号{n:05d}的回复", "code": f"k{n}", "group": f"组{n % 10}/子{n % 4}"}
        for n in range(10_000)
    ]
    pack = write_pack(tmp_path / "10k.jsonl", rows)
    report = book.import_file(pack)
    assert (report.added, report.updated, report.unchanged) == (10_000, 0, 0)
    assert book.stats().phrases == 10_000
    hits = book.search("编号04242")
    assert hits[0].phrase.code == "k4242"
    assert book.import_file(pack).added == 10_000  # no ids: every line is new again
    assert book.stats().phrases == 20_000


def test_dry_run_import_reports_and_writes_nothing(book: Phrasebook, tmp_path: Path) -> None:
    p = book.add("old", id="a1")
    pack = write_pack(
        tmp_path / "p.jsonl",
        [{"id": "a1", "text": "new"}, {"id": "b1", "text": "b"}, {"text": "c"}],
    )
    before = snapshot(book)
    report = book.import_file(pack, dry_run=True)
    assert (report.added, report.updated, report.unchanged, report.dry_run) == (2, 1, 0, True)
    assert snapshot(book) == before
    assert book.get("a1") == p


def test_import_scope_applies_to_new_phrases_only(book: Phrasebook, tmp_path: Path) -> None:
    book.add("team one", id="t1", favorite=True)
    pack = write_pack(tmp_path / "p.jsonl", [{"id": "t1", "text": "t"}, {"id": "n1", "text": "n"}])
    book.import_file(pack, scope="personal")
    assert book.get("t1").scope == "team"
    assert book.get("t1").favorite
    assert book.get("n1").scope == "personal"


def test_import_revives_a_deleted_phrase(book: Phrasebook, tmp_path: Path) -> None:
    p = book.add("x", id="p1")
    book.delete(p.id)
    report = book.import_file(write_pack(tmp_path / "p.jsonl", [{"id": "p1", "text": "x"}]))
    assert report.updated == 1
    assert book.get("p1").text == "x"


# -- starter set -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", STARTER_LANGS)
def test_seed_starter(book: Phrasebook, lang: str) -> None:
    report = book.seed_starter(lang)
    assert report.added > 0
    assert book.seeded == lang
    assert book.stats().phrases == report.added
    assert book.seed_starter(lang).unchanged == report.added  # ids are stable: no duplicates


def test_seed_starter_unknown_language(book: Phrasebook) -> None:
    with pytest.raises(NotFoundError, match="starter"):
        book.seed_starter("fr")
    assert book.seeded is None


def test_search_sees_what_another_process_wrote(tmp_path: Path) -> None:
    """The app's open book picks up a phrase added and one deleted by the command line."""
    path = tmp_path / "shared.db"
    with Phrasebook.open(path) as app_book, Phrasebook.open(path) as cli_book:
        old = app_book.add("亲，旧的回复", title="旧回复", code="old")
        assert [h.phrase.id for h in app_book.search("old")] == [old.id]
        cli_book.delete(old.id)
        new = cli_book.add("亲，这是命令行加的回复", title="新回复", code="xhf")
        assert [h.phrase.id for h in app_book.search("xhf")] == [new.id]
        assert old.id not in [h.phrase.id for h in app_book.search("old")]
