"""Per-language texts of one phrase: stored, searched, chosen and converted by OpenCC."""

from __future__ import annotations

import pytest

from phrasebook import Phrasebook, ValidationError
from phrasebook.personal import localized, text_in


@pytest.fixture
def refund(book: Phrasebook) -> str:
    pid = book.add("退款已处理，请注意查收", code="tk").id
    book.languages.set(pid, "ko", "환불 처리되었습니다")
    book.languages.set(pid, "en", "Your refund has been processed")
    return pid


def test_one_phrase_is_found_in_every_language(book: Phrasebook, refund: str) -> None:
    for query in ("退款", "환불", "refund", "ㅎㅂ"):
        assert [h.phrase.id for h in book.search(query)] == [refund], query
    assert book.stats().phrases == 1


def test_texts_and_get(book: Phrasebook, refund: str) -> None:
    assert book.languages.texts(refund) == {
        "zh-Hans": "退款已处理，请注意查收",
        "en": "Your refund has been processed",
        "ko": "환불 처리되었습니다",
    }
    assert book.languages.get(refund, "ko") == "환불 처리되었습니다"


def test_traditional_is_converted_unless_written(book: Phrasebook, refund: str) -> None:
    assert book.languages.get(refund, "zh-Hant") == "退款已處理，請注意查收"
    assert text_in(book.get(refund), "zh-Hant") == ("退款已處理，請注意查收", "converted")
    book.languages.set(refund, "zh-Hant", "退款已經處理好囉")
    assert text_in(book.get(refund), "zh-Hant") == ("退款已經處理好囉", "written")


def test_simplified_is_converted_from_a_traditional_phrase(book: Phrasebook) -> None:
    phrase = book.add("發貨時間是幾點", lang="zh-Hant")
    assert text_in(phrase, "zh-Hans") == ("发货时间是几点", "converted")
    assert text_in(phrase, "ko") is None


def test_localized_uses_her_variant_in_her_language(book: Phrasebook, refund: str) -> None:
    book.set_variant(refund, "亲，退款好啦")
    phrase = book.get(refund)
    assert localized(phrase, "zh-Hans").body == "亲，退款好啦"
    assert localized(phrase, "zh-Hant").body == "親，退款好啦"
    korean = localized(phrase, "ko")
    assert (korean.body, korean.lang) == ("환불 처리되었습니다", "ko")
    assert localized(phrase, None) is phrase


def test_localized_render_addresses_the_customer_in_her_language(book: Phrasebook) -> None:
    pid = book.add("{客户}，已发货").id
    book.languages.set(pid, "ko", "{客户}, 발송되었습니다")
    assert book.render(localized(book.get(pid), "ko")).text == "고객님, 발송되었습니다"


def test_remove_a_text_and_refuse_the_own_language(book: Phrasebook, refund: str) -> None:
    book.languages.set(refund, "en", "")
    assert "en" not in book.languages.texts(refund)
    assert book.search("refund") == []
    with pytest.raises(ValidationError, match="own language"):
        book.languages.set(refund, "zh-Hans", "别的")
    with pytest.raises(ValidationError):
        book.languages.set(refund, "not a tag!", "Remboursé")


def test_team_update_keeps_the_other_languages(book: Phrasebook, refund: str) -> None:
    book.update(refund, text="退款已原路退回")
    assert dict(book.get(refund).texts)["ko"] == "환불 처리되었습니다"


def test_a_converted_phrase_converts_its_title_too(book: Phrasebook) -> None:
    phrase = book.add("请耐心等待", title="发货时间")
    shown = localized(phrase, "zh-Hant")
    assert (shown.title, shown.body) == ("發貨時間", "請耐心等待")
    book.languages.set(phrase.id, "ko", "기다려 주세요")
    assert localized(book.get(phrase.id), "ko").title == "发货时间", "no Korean title is invented"
