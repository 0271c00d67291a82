"""The notebook: capture, due reminders on a controllable clock, answer, promote, retention."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from phrasebook import NotFoundError, Phrasebook, ValidationError
from phrasebook.notebook.notebook_manager import DEFAULT_DUE_MINUTES, NotebookManager

START = 1_700_000_000.0


class FakeWall:
    """A wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float = 0, days: float = 0) -> None:
        self.now += minutes * 60 + days * 86_400


@pytest.fixture
def wall() -> FakeWall:
    return FakeWall()


@pytest.fixture
def book(tmp_path: Path, wall: FakeWall) -> Iterator[Phrasebook]:
    with Phrasebook.open(tmp_path / "nb.db", wall=wall) as opened:
        opened.seed_starter("zh-Hans")
        yield opened


@pytest.fixture
def notebook(book: Phrasebook) -> NotebookManager:
    return book.notebook


def test_capture_fills_defaults(book: Phrasebook, notebook: NotebookManager) -> None:
    book.set_profile(active_shop="快回旗舰店")
    entry = notebook.capture("  这款能机洗吗？ ", customer="小猫咪", context="千牛 - 小猫咪")
    assert entry.question == "这款能机洗吗？"
    assert entry.status == "open"
    assert entry.shop == "快回旗舰店"
    assert entry.due_at == START + DEFAULT_DUE_MINUTES * 60
    assert entry.created and entry.updated  # HLC stamps
    assert notebook.get(entry.id) == entry


def test_capture_refuses_an_empty_question(notebook: NotebookManager) -> None:
    with pytest.raises(ValidationError):
        notebook.capture("   ")


def test_unknown_entry_is_not_found(notebook: NotebookManager) -> None:
    with pytest.raises(NotFoundError):
        notebook.get("nope")


def test_due_reminders_follow_the_clock(notebook: NotebookManager, wall: FakeWall) -> None:
    soon = notebook.capture("能开发票吗", due_minutes=5)
    later = notebook.capture("能发顺丰吗", due_minutes=30)
    assert notebook.due_for_reminder() == []
    assert notebook.next_due_at() == soon.due_at
    wall.advance(minutes=5)
    assert [e.id for e in notebook.due_for_reminder()] == [soon.id]
    assert notebook.counts().overdue == 1
    notebook.mark_reminded(soon.id)
    assert notebook.due_for_reminder() == []
    assert notebook.next_due_at() == later.due_at
    wall.advance(minutes=30)
    assert [e.id for e in notebook.due_for_reminder()] == [later.id]
    assert notebook.counts() == type(notebook.counts())(open=2, overdue=2)


def test_an_answered_entry_is_neither_open_nor_due(
    notebook: NotebookManager, wall: FakeWall
) -> None:
    entry = notebook.capture("能开发票吗", due_minutes=1)
    answered = notebook.answer(entry.id, "可以开的，下单时备注抬头就好~")
    wall.advance(minutes=10)
    assert answered.status == "answered"
    assert answered.closed_at == START
    assert notebook.due_for_reminder() == []
    assert notebook.counts().open == 0


def test_entries_sorted_by_due_and_filtered(notebook: NotebookManager) -> None:
    late = notebook.capture("什么时候到货", due_minutes=60)
    early = notebook.capture("能便宜点吗", due_minutes=2)
    none = notebook.capture("有赠品吗", due_minutes=None)
    assert [e.id for e in notebook.entries()] == [early.id, late.id, none.id]
    assert [e.id for e in notebook.entries(query="便宜")] == [early.id]
    notebook.dismiss(none.id)
    assert [e.id for e in notebook.entries(["dismissed"])] == [none.id]
    with pytest.raises(ValidationError):
        notebook.entries(["lost"])  # type: ignore[list-item]


def test_dismissed_entry_can_be_reopened(notebook: NotebookManager) -> None:
    entry = notebook.dismiss(notebook.capture("在吗").id)
    with pytest.raises(ValidationError):
        notebook.answer(entry.id, "在的")
    assert notebook.reopen(entry.id).status == "open"


def test_holding_reply_comes_from_the_later_group(notebook: NotebookManager) -> None:
    assert notebook.holding_reply(10) == "我帮您确认一下，10分钟内回复您，请稍等哦~"


def test_holding_reply_uses_the_chosen_phrase(book: Phrasebook, notebook: NotebookManager) -> None:
    mine = book.add("{客户}稍等，{分钟}分钟内回复您", group="稍后答复")
    book.set_setting("notebook.holding_phrase", mine.id)
    assert notebook.holding_reply(15, customer="小猫咪") == "小猫咪稍等，15分钟内回复您"


def test_no_holding_reply_in_an_empty_book(tmp_path: Path) -> None:
    with Phrasebook.open(tmp_path / "empty.db") as empty:
        assert empty.notebook.holding_reply() == ""


def test_promote_as_new_phrase_then_search_finds_it(
    book: Phrasebook, notebook: NotebookManager
) -> None:
    question = "羽绒服可以直接丢洗衣机里洗吗，我手机13812345678"
    entry = notebook.capture(question, customer="小猫咪")
    notebook.answer(entry.id, "小猫咪您好，羽绒服建议30度以下轻柔模式机洗，平铺晾干哦~")
    assert notebook.suggest_group(entry.id) == "售前咨询/商品信息"
    proposal = notebook.promote(entry.id)
    assert proposal.kind == "new_phrase" and proposal.status == "pending"
    assert proposal.payload["questions"] == ["羽绒服可以直接丢洗衣机里洗吗，我手机{手机号}"]
    assert proposal.payload["text"].startswith("{客户}您好")
    assert proposal.payload["group"] == "售前咨询/商品信息"
    assert notebook.get(entry.id).status == "promoted"
    phrase = book.proposals.accept(proposal.id)
    assert book.search("羽绒服可以直接丢洗衣机洗吗")[0].phrase.id == phrase.id


def test_promote_as_example_question_of_an_existing_phrase(
    book: Phrasebook, notebook: NotebookManager
) -> None:
    invoice = book.add("可以开发票的，下单时备注抬头和税号就好~", title="开票", group="售前")
    asked = "买了三件能不能给我们公司开张增值税专票"
    assert not book.search(asked) or book.search(asked)[0].phrase.id != invoice.id
    entry = notebook.capture(asked)
    proposal = notebook.promote(entry.id, to=invoice.id, accept=True)
    assert proposal.kind == "add_question" and proposal.status == "accepted"
    assert asked in book.get(invoice.id).questions
    assert book.search(asked)[0].phrase.id == invoice.id


def test_promote_needs_an_answer_for_a_new_phrase(notebook: NotebookManager) -> None:
    entry = notebook.capture("能寄到国外吗")
    with pytest.raises(ValidationError, match="answer"):
        notebook.promote(entry.id)


def test_a_question_too_long_to_be_an_example_is_refused_at_promote(
    book: Phrasebook, notebook: NotebookManager
) -> None:
    """Otherwise it became a proposal that no supervisor could accept."""
    entry = notebook.capture("这件外套穿过一次还能退吗？" * 60)
    notebook.answer(entry.id, "吊牌还在、七天内都可以退哦")
    with pytest.raises(ValidationError, match="example question holds at most"):
        notebook.promote(entry.id)
    assert book.proposals.list() == [], "no proposal is made"
    assert notebook.get(entry.id).status == "answered"


def test_a_stuck_proposal_with_a_long_question_can_still_be_accepted(book: Phrasebook) -> None:
    proposal = book.proposals.propose(
        "new_phrase", {"text": "吊牌还在、七天内都可以退哦", "questions": ["能退吗" * 300]}
    )
    phrase = book.proposals.accept(proposal.id)
    assert phrase.text == "吊牌还在、七天内都可以退哦" and phrase.questions == ()


def test_promote_uses_the_confirmed_wording(notebook: NotebookManager) -> None:
    entry = notebook.capture("能寄到国外吗")
    notebook.answer(entry.id, "目前只发国内哦")
    proposal = notebook.promote(entry.id, question="能发国外吗", text="暂时只发国内~", group="物流")
    assert proposal.payload["questions"] == ["能发国外吗"]
    assert proposal.payload["text"] == "暂时只发国内~"
    assert proposal.payload["group"] == "物流"


def test_similar_questions_are_grouped(notebook: NotebookManager, wall: FakeWall) -> None:
    for question in ("请问什么时候发货", "什么时候能发货呀", "今天下单什么时候发货"):
        notebook.capture(question)
        wall.advance(minutes=1)
    notebook.capture("这款是纯棉的吗")
    notebook.capture("面料是纯棉的吗？")
    notebook.capture("能便宜点吗")
    clusters = notebook.clusters()
    assert [c.count for c in clusters] == [3, 2, 1]
    assert clusters[0].question == "今天下单什么时候发货"  # the newest wording


def test_clusters_only_count_the_window(notebook: NotebookManager, wall: FakeWall) -> None:
    notebook.capture("请问什么时候发货")
    wall.advance(days=8)
    notebook.capture("什么时候能发货呀")
    assert [c.count for c in notebook.clusters(days=7)] == [1]
    assert [c.count for c in notebook.clusters(days=30)] == [2]


def test_retention_removes_closed_entries_only(
    book: Phrasebook, notebook: NotebookManager, wall: FakeWall
) -> None:
    kept_open = notebook.capture("还没回复的问题")
    answered = notebook.capture("回复过的问题")
    notebook.answer(answered.id, "好的")
    dismissed = notebook.dismiss(notebook.capture("不用回复的问题").id)
    wall.advance(days=29)
    assert notebook.purge() == 0
    wall.advance(days=2)
    assert notebook.purge() == 2
    assert [e.id for e in notebook.entries()] == [kept_open.id]
    for gone in (answered.id, dismissed.id):
        with pytest.raises(NotFoundError):
            notebook.get(gone)


def test_retention_days_setting(notebook: NotebookManager, wall: FakeWall) -> None:
    notebook.answer(notebook.capture("回复过的问题").id, "好的")
    notebook.set_retention_days(3)
    assert notebook.retention_days == 3
    wall.advance(days=4)
    assert notebook.purge() == 1
    with pytest.raises(ValidationError):
        notebook.set_retention_days(0)


def test_export_holds_scrubbed_text_only(notebook: NotebookManager, tmp_path: Path) -> None:
    entry = notebook.capture("订单3456789012345678901什么时候发货", customer="小猫咪")
    notebook.answer(entry.id, "小猫咪亲，今天下午就发顺丰，单号SF1234567890123")
    notebook.capture("订单什么时候发货呀")
    path = tmp_path / "export.jsonl"
    assert notebook.export(path) == 1
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows == [
        {
            "question": "订单{订单号}什么时候发货",
            "answer": "{客户}亲，今天下午就发顺丰，单号{快递单号}",
            "asked": 2,
            "statuses": ["answered", "open"],
        }
    ]
    text = path.read_text(encoding="utf-8")
    assert "小猫咪" not in text and "3456789012345678901" not in text


def test_writes_notify_listeners(book: Phrasebook, notebook: NotebookManager) -> None:
    heard = []
    book.on_change(heard.append)
    notebook.capture("在吗")
    assert heard and heard[-1].notebook
