"""Which 【…】 are fill-in fields and which are the shop's labels, read in place.

The cases come from shop phrasebooks (千牛 and Excel exports) and from the customer-service
guides the agents learn from; the number of each rule is the one in
phrasebook.templates.bracket_marks.
"""

from __future__ import annotations

import pytest

from phrasebook.templates import brackets, render, toggle_bracket

FIELD, TEXT = True, False

CASES = [
    # 1. reads as a slot, wherever it is
    ("亲，这款的材质是【具体材质】哦", "【具体材质】", FIELD, "slot"),
    ("【具体时间】前发出", "【具体时间】", FIELD, "slot"),
    ("亲，快递单号是【XX】", "【XX】", FIELD, "slot"),
    ("亲，快递单号是【xxxx】", "【xxxx】", FIELD, "slot"),
    ("【XX】您好，欢迎光临", "【XX】", FIELD, "slot"),
    ("亲，请在【＿＿】前付款", "【＿＿】", FIELD, "slot"),
    ("亲，这款有【红色/蓝色】两种", "【红色/蓝色】", FIELD, "slot"),
    ("亲，您的订单目前【已发货/未发货】。", "【已发货/未发货】", FIELD, "slot"),
    ("这款【产品A/B】可能更合适", "【产品A/B】", FIELD, "slot"),
    ("比较适合【适用场景/人群】", "【适用场景/人群】", FIELD, "slot"),
    ("这款目前有【颜色A】、【颜色B】可选", "【颜色A】", FIELD, "slot"),
    ("它的优势在于【特点1】", "【特点1】", FIELD, "slot"),
    ("【产品B】则更侧重", "【产品B】", FIELD, "slot"),
    ("亲，大约【几天】能到", "【几天】", FIELD, "slot"),
    ("亲，一共【多少钱】", "【多少钱】", FIELD, "slot"),
    ("亲，发的是【某某快递】", "【某某快递】", FIELD, "slot"),
    ("亲，预计【…】送达", "【…】", FIELD, "slot"),
    ("【颜色:红色|蓝色】有货", "【颜色:红色|蓝色】", FIELD, "slot"),
    ("请【填写单号】后告诉我", "【填写单号】", FIELD, "slot"),
    # 2. followed by a colon: a heading
    ("【注意】：请核对收货地址", "【注意】", TEXT, "colon"),
    ("【订单号】：123456", "【订单号】", TEXT, "colon"),
    ("亲，【活动时间】: 3月1日至7日", "【活动时间】", TEXT, "colon"),
    ("【温馨提示】 ：本店不支持货到付款", "【温馨提示】", TEXT, "colon"),
    # 3. the greeting label
    ("【亲】您好，在的哦", "【亲】", TEXT, "greeting"),
    ("您好【亲】，请问有什么可以帮您", "【亲】", TEXT, "greeting"),
    ("【亲亲】在的哦", "【亲亲】", TEXT, "greeting"),
    # 4. a known placeholder
    ("欢迎光临【店铺名】，很高兴为您服务", "【店铺名】", FIELD, "known"),
    ("【店铺名】欢迎您", "【店铺名】", FIELD, "known"),
    ("这款【产品名】的材质", "【产品名】", FIELD, "known"),
    ("我是客服【客服名】", "【客服名】", FIELD, "known"),
    ("预计【日期+3:%m月%d日】前发出", "【日期+3:%m月%d日】", FIELD, "known"),
    # 5. a label's head word, or an offer
    ("【温馨提示】亲，本店不支持货到付款", "【温馨提示】", TEXT, "label"),
    ("【重要】请核对收货地址", "【重要】", TEXT, "label"),
    ("【顺丰包邮】下单后48小时内发货", "【顺丰包邮】", TEXT, "label"),
    ("亲，本店全场【顺丰包邮】哦", "【顺丰包邮】", TEXT, "label"),
    ("亲，本店【包邮】哦", "【包邮】", TEXT, "label"),
    ("亲，参加【活动】的商品不退差价", "【活动】", TEXT, "label"),
    ("亲，这是【重要提醒】，请看完", "【重要提醒】", TEXT, "label"),
    ("亲，我们是【官方旗舰店】", "【官方旗舰店】", TEXT, "label"),
    ("所有商品均为【正品保证】", "【正品保证】", TEXT, "label"),
    ("亲，请【注意】查收", "【注意】", TEXT, "label"),
    ("亲，今天是【限时秒杀】", "【限时秒杀】", TEXT, "label"),
    ("下单即送【好评返现】", "【好评返现】", TEXT, "label"),
    ("亲，全场【满199减20】", "【满199减20】", TEXT, "offer"),
    ("拍下后【48小时内】发货", "【48小时内】", TEXT, "offer"),
    ("支持【7天无理由】退换", "【7天无理由】", TEXT, "offer"),
    ("全场【8折】", "【8折】", TEXT, "offer"),
    ("亲～【请核对地址】", "【请核对地址】", TEXT, "label"),
    ("亲，【务必本人签收】哦", "【务必本人签收】", TEXT, "label"),
    ("【发货通知】您的宝贝已发出", "【发货通知】", TEXT, "label"),
    ("亲，收到后给个【五星好评】哦", "【五星好评】", TEXT, "label"),
    # 6. a value's head word
    ("如果您【客户需求】的话", "【客户需求】", FIELD, "slot"),
    ("它的特点是【简单描述优点】", "【简单描述优点】", FIELD, "slot"),
    ("主要是因为【客户反馈的优点】", "【客户反馈的优点】", FIELD, "slot"),
    ("亲，您的尺码是【尺码】", "【尺码】", FIELD, "slot"),
    ("亲，【发货时间】会通知您", "【发货时间】", FIELD, "slot"),
    ("【快递公司】已揽收", "【快递公司】", FIELD, "slot"),
    ("退款【金额】已原路返回", "【金额】", FIELD, "slot"),
    ("亲，您的快递单号是【快递单号】", "【快递单号】", FIELD, "slot"),
    ("亲，您购买的【商品名称】已发货", "【商品名称】", FIELD, "slot"),
    ("好评后返现【返现金额】元", "【返现金额】", FIELD, "slot"),
    ("亲，【预售商品】付款后15天内发货", "【预售商品】", TEXT, "label"),
    ("亲，本店【假一赔十】", "【假一赔十】", TEXT, "label"),
    ("亲，【运费险】已为您购买", "【运费险】", TEXT, "label"),
    # 7. opens the reply, a line or a sentence, or follows another label
    ("【小美家】亲，欢迎光临", "【小美家】", TEXT, "start"),
    ("亲，在的。【618大促】全场五折", "【618大促】", TEXT, "start"),
    ("亲，在的\n【双十一】预售开始啦", "【双十一】", TEXT, "start"),
    ("【重要】【必看】请核对地址", "【必看】", TEXT, "label"),
    ("【重要】【小美家】请核对地址", "【小美家】", TEXT, "start"),
    ("【售后服务】亲，收到货有问题请联系我们", "【售后服务】", TEXT, "start"),
    ("【淘寶客服】的三種能力", "【淘寶客服】", TEXT, "start"),
    # 8. anything else mid-sentence stays a field: a slot must never reach the customer
    ("亲，这款是【小美家】的", "【小美家】", FIELD, "unknown"),
    ("您拍的是【款】吗", "【款】", FIELD, "unknown"),
    # braces are always fields, doubled brackets always text
    ("{温馨提示}亲，在的", "{温馨提示}", FIELD, "brace"),
    ("【【店铺名】】欢迎您", "【【店铺名】】", TEXT, "escaped"),
    ("亲，价格{{100}}", "{{100}}", TEXT, "escaped"),
]


@pytest.mark.parametrize(("template", "raw", "is_field", "reason"), CASES)
def test_each_bracket_is_read_in_its_place(
    template: str, raw: str, is_field: bool, reason: str
) -> None:
    found = {b.raw: b for b in brackets(template)}
    assert (found[raw].field, found[raw].reason) == (is_field, reason)
    names = [f.name for f in render(template).fields]
    if reason != "known":  # a known name is filled from the profile, not asked for
        assert (found[raw].name in names) is is_field


def test_a_label_is_pasted_as_written_and_asks_nothing() -> None:
    rendered = render("【温馨提示】亲，本店【顺丰包邮】，【重要】：请核对地址")
    assert rendered.text == "【温馨提示】亲，本店【顺丰包邮】，【重要】：请核对地址"
    assert rendered.complete and rendered.fields == () and rendered.problems == ()


def test_the_guides_placeholders_are_all_fields() -> None:
    template = "亲,这款【产品名】的材质是【具体材质】,有【颜色A】、【颜色B】和【颜色C】可选"
    assert all(b.field for b in brackets(template))


def test_positions_and_names() -> None:
    (label, field) = brackets("【重要】尺码{尺码:M|L}")
    assert (label.start, label.end, label.name) == (0, 4, "重要")
    assert (field.start, field.end, field.name, field.raw) == (6, 14, "尺码", "{尺码:M|L}")


def test_malformed_brackets_are_problems_not_brackets() -> None:
    assert brackets("您好【尺码") == ()


@pytest.mark.parametrize(
    ("template", "start", "flipped", "back"),
    [
        ("【温馨提示】亲，在的", 0, "{温馨提示}亲，在的", "【温馨提示】亲，在的"),
        ("本店【顺丰包邮】哦", 2, "本店{顺丰包邮}哦", "本店【顺丰包邮】哦"),
        ("欢迎光临【店铺名】", 4, "欢迎光临【【店铺名】】", "欢迎光临【店铺名】"),
        ("亲，这款是【小美家】的", 5, "亲，这款是【【小美家】】的", "亲，这款是【小美家】的"),
        ("您要的{尺码}码", 3, "您要的{{尺码}}码", "您要的{尺码}码"),
        ("【【重要】】请看", 0, "{重要}请看", "【重要】请看"),
    ],
)
def test_toggle_turns_a_field_into_text_and_back(
    template: str, start: int, flipped: str, back: str
) -> None:
    before = next(b for b in brackets(template) if b.start == start).field
    assert toggle_bracket(template, start) == flipped
    assert next(b for b in brackets(flipped) if b.start == start).field is not before
    assert toggle_bracket(flipped, start) == back
    assert next(b for b in brackets(back) if b.start == start).field is before


def test_text_made_of_a_field_renders_as_it_was_written() -> None:
    template = toggle_bracket("欢迎光临【店铺名】", 4)
    assert render(template).text == "欢迎光临【店铺名】" and render(template).complete


def test_toggle_needs_a_bracket_there() -> None:
    with pytest.raises(ValueError, match="no bracket at 1"):
        toggle_bracket("【重要】", 1)
