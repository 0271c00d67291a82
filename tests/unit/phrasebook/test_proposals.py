"""Proposals for the team phrasebook: list, edit, accept (applies to the book), reject."""

from __future__ import annotations

import pytest

from phrasebook import NotFoundError, Phrasebook, ValidationError


def test_propose_records_a_pending_row(book: Phrasebook) -> None:
    book.set_profile(nickname="小美")
    proposal = book.proposals.propose("new_phrase", {"text": "可以的哦~", "questions": ["能吗"]})
    assert proposal.status == "pending"
    assert proposal.author == "小美"
    assert proposal.created == proposal.updated != ""
    row = book.db.execute("SELECT kind, deleted FROM proposals").fetchone()
    assert tuple(row) == ("new_phrase", 0)
    assert book.proposals.list() == [proposal]
    assert book.proposals.list("pending") == [proposal]
    assert book.proposals.list("accepted") == []


def test_accept_new_phrase_adds_a_team_phrase(book: Phrasebook) -> None:
    proposal = book.proposals.propose(
        "new_phrase",
        {"text": "支持七天无理由退货~", "group": "售后", "questions": ["不喜欢能退吗"]},
    )
    phrase = book.proposals.accept(proposal.id, note="好")
    assert phrase.scope == "team" and phrase.group == "售后"
    assert book.proposals.get(proposal.id).status == "accepted"
    assert book.proposals.get(proposal.id).note == "好"
    assert book.search("买回来不喜欢能退吗")[0].phrase.id == phrase.id


def test_accept_with_edits(book: Phrasebook) -> None:
    proposal = book.proposals.propose("new_phrase", {"text": "草稿", "questions": ["能吗"]})
    phrase = book.proposals.accept(proposal.id, text="改好的回复")
    assert phrase.text == "改好的回复"
    assert book.proposals.get(proposal.id).payload["text"] == "改好的回复"


def test_accept_add_question(book: Phrasebook) -> None:
    target = book.add("可以开发票的~")
    proposal = book.proposals.propose(
        "add_question", {"phrase_id": target.id, "question": "能开专票吗"}
    )
    assert book.proposals.accept(proposal.id).questions == ("能开专票吗",)


def test_reject_keeps_the_book_unchanged(book: Phrasebook) -> None:
    proposal = book.proposals.propose("new_phrase", {"text": "包邮哦", "questions": ["包邮吗"]})
    rejected = book.proposals.reject(proposal.id, note="已有同样的话术")
    assert (rejected.status, rejected.note) == ("rejected", "已有同样的话术")
    assert book.phrases() == []
    with pytest.raises(ValidationError, match="already rejected"):
        book.proposals.accept(proposal.id)


def test_edit_checks_the_payload(book: Phrasebook) -> None:
    proposal = book.proposals.propose("new_phrase", {"text": "包邮哦"})
    with pytest.raises(ValidationError, match="needs text"):
        book.proposals.edit(proposal.id, text=" ")
    assert book.proposals.edit(proposal.id, group="物流").payload["group"] == "物流"


@pytest.mark.parametrize(
    ("kind", "payload"),
    [("new_phrase", {}), ("add_question", {"phrase_id": "x"}), ("delete_all", {"text": "x"})],
)
def test_bad_proposals_are_refused(book: Phrasebook, kind: str, payload: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        book.proposals.propose(kind, payload)  # type: ignore[arg-type]


def test_unknown_proposal(book: Phrasebook) -> None:
    with pytest.raises(NotFoundError):
        book.proposals.get("nope")
    with pytest.raises(ValidationError):
        book.proposals.list("lost")  # type: ignore[arg-type]
