"""The shipped rules on a table of careless and careful replies, per language.

Each positive example names the rule it must trigger; each negative one must trigger nothing.
The negatives are the near misses agents really write (第一次, 最近, 无法保证, do our best).
"""

from __future__ import annotations

import pytest

from phrasebook.wording import check

POSITIVE = [
    # zh: promises and guarantees
    ("zh-Hans", "亲，保证明天到货", "zh.promise.guarantee", "保证"),
    ("zh-Hans", "这款肯定合适您", "zh.promise.guarantee", "肯定"),
    ("zh-Hans", "穿M码一定合适的", "zh.promise.guarantee", "一定合适"),
    ("zh-Hans", "绝对正品，放心拍", "zh.promise.guarantee", "绝对"),
    ("zh-Hans", "百分百满意哦", "zh.promise.guarantee", "百分百"),
    ("zh-Hans", "100%纯棉不起球", "zh.promise.guarantee", "100%"),
    ("zh-Hant", "亲，保證後天到貨", "zh.promise.guarantee", "保證"),
    ("zh-Hans", "这款精华可以根治痘痘", "zh.promise.effect", "根治"),
    ("zh-Hans", "纯天然无副作用", "zh.promise.effect", "无副作用"),
    # zh: absolute advertising terms
    ("zh-Hans", "这是全网最低价", "zh.absolute.grade", "全网最低"),
    ("zh-Hans", "我们家发货最快", "zh.absolute.superlative", "最快"),
    ("zh-Hans", "这款是最好的面料", "zh.absolute.superlative", "最好的"),
    ("zh-Hans", "销量全网第一", "zh.absolute.first", "第一"),
    ("zh-Hans", "行业NO.1品牌", "zh.absolute.first", "NO.1"),
    ("zh-Hans", "顶级工艺打造", "zh.absolute.grade", "顶级"),
    ("zh-Hans", "国家级检测认证", "zh.absolute.grade", "国家级"),
    ("zh-Hans", "极致体验", "zh.absolute.grade", "极致"),
    ("zh-Hant", "這是最暢銷的款式", "zh.absolute.superlative", "最暢銷"),
    # zh: off-platform contact and payment
    ("zh-Hans", "亲可以加微信详聊", "zh.off_platform.contact", "加微信"),
    ("zh-Hans", "加我vx发你图", "zh.off_platform.contact", "vx"),
    ("zh-Hans", "我的QQ号是12345678", "common.off_platform.app", "QQ"),
    ("zh-Hans", "我的ＱＱ是12345678", "common.off_platform.app", "ＱＱ"),
    ("zh-Hans", "支付宝转账给我就行", "zh.off_platform.payment", "支付宝转账"),
    ("zh-Hans", "我们私下交易更便宜", "zh.off_platform.payment", "私下交易"),
    ("zh-Hans", "可以走支付宝私下付款", "zh.off_platform.payment", "私下付款"),
    ("zh-Hans", "亲，私下转账给您优惠10元", "zh.off_platform.payment", "私下转账"),
    ("zh-Hans", "亲，走微信支付也可以哦", "zh.off_platform.payment", "走微信支付"),
    ("zh-Hans", "线下付款更划算哦", "zh.off_platform.payment", "线下付款"),
    ("zh-Hans", "亲，线下转账就行", "zh.off_platform.payment", "线下转账"),
    ("zh-Hans", "走支付宝转账到店里账户", "zh.off_platform.payment", "走支付宝转账"),
    ("zh-Hans", "我发您收款码，扫一下就好", "zh.off_platform.payment", "收款码"),
    ("zh-Hans", "亲，私下里给钱也行", "zh.off_platform.payment", "私下里给钱"),
    ("zh-Hant", "可以走支付寶私下付款", "zh.off_platform.payment", "私下付款"),
    ("zh-Hant", "親，走微信支付也可以喔", "zh.off_platform.payment", "走微信支付"),
    (
        "zh-Hans",
        "看这里 https://example.com/a",
        "common.off_platform.link",
        "https://example.com/a",
    ),
    ("zh-Hans", "去taobao.com搜", "common.off_platform.link", "taobao.com"),
    ("zh-Hans", "打13812345678找我", "common.off_platform.phone", "13812345678"),
    ("zh-Hans", "好评返现5元哦", "zh.platform.review_cashback", "好评返现"),
    # zh: curt replies and courtesy
    ("zh-Hans", "嗯", "zh.curt.bare", "嗯"),
    ("zh-Hans", "不知道。", "zh.curt.bare", "不知道"),
    ("zh-Hans", " 没有 ", "zh.curt.bare", "没有"),
    ("zh-Hans", "不行！", "zh.curt.bare", "不行"),
    ("zh-Hant", "沒有", "zh.curt.bare", "沒有"),
    ("zh-Hans", "详情页有，自己看", "zh.curt.dismissive", "自己看"),
    ("zh-Hans", "我也不知道，问快递吧", "zh.curt.dismissive", "我也不知道"),
    ("zh-Hans", "明天发货。", "zh.courtesy.missing", "明天发货"),
    # placeholders
    ("zh-Hans", "我是客服XXX，很高兴为您服务", "common.placeholder.gap", "XXX"),
    ("zh-Hans", "已经用某某快递发出了哦", "common.placeholder.gap", "某某"),
    ("zh-Hans", "{{客户}}您好", "common.placeholder.escaped", "{{客户}}"),
    ("zh-Hans", "{客户}您好，欢迎光临{店铺", "placeholder.malformed", "{"),
    ("zh-Hans", "欢迎光临{店铺名称}哦", "placeholder.lookalike", "{店铺名称}"),
    ("en", "Hello {costumer}, thanks!", "placeholder.lookalike", "{costumer}"),
    ("en", "Welcome to {Shop_Name}!", "placeholder.lookalike", "{Shop_Name}"),
    # ko
    ("ko", "내일 도착을 보장합니다", "ko.promise.guarantee", "보장"),
    ("ko", "무조건 맞으실 거예요", "ko.promise.guarantee", "무조건"),
    ("ko", "꼭 도착해요", "ko.promise.guarantee", "꼭 도착"),
    ("ko", "부작용 없는 제품입니다", "ko.promise.effect", "부작용 없"),
    ("ko", "최고의 품질이에요", "ko.absolute", "최고"),
    ("ko", "판매 1위 상품이에요", "ko.absolute", "판매 1위"),
    ("ko", "가장 저렴한 가격이에요", "ko.absolute", "가장 저렴한"),
    ("ko", "카톡으로 연락 주세요", "ko.off_platform", "카톡"),
    ("ko", "직거래하면 더 싸요", "ko.off_platform", "직거래"),
    ("ko", "카카오페이로 송금해 주시면 돼요", "ko.off_platform", "카카오페이로 송금"),
    ("ko", "따로 입금해 주시면 바로 보내 드려요", "ko.off_platform", "따로 입금"),
    ("ko", "계좌이체로 결제 가능해요", "ko.off_platform", "계좌이체"),
    ("ko", "토스로 이체해 주세요", "ko.off_platform", "토스로 이체"),
    ("ko", "010-1234-5678로 문자 주세요", "common.off_platform.phone", "010-1234-5678"),
    ("ko", "네", "ko.curt.bare", "네"),
    ("ko", "몰라요.", "ko.curt.bare", "몰라요"),
    ("ko", "품절", "ko.curt.bare", "품절"),
    ("ko", "알아서 하세요", "ko.curt.dismissive", "알아서 하세요"),
    ("ko", "내일 발송", "ko.courtesy.missing", "내일 발송"),
    ("ko", "저는 XXX 입니다", "common.placeholder.gap", "XXX"),
    # en
    ("en", "We guarantee delivery in 7 days.", "en.promise.guarantee", "guarantee"),
    ("en", "It will definitely fit you.", "en.promise.guarantee", "definitely"),
    ("en", "It will arrive by Friday.", "en.promise.guarantee", "will arrive by"),
    ("en", "This cream cures acne.", "en.promise.effect", "cures"),
    ("en", "This is the best phone case.", "en.absolute", "the best"),
    ("en", "Our #1 seller!", "en.absolute", "#1"),
    ("en", "Lowest price on the market.", "en.absolute", "Lowest price"),
    ("en", "Add me on WhatsApp", "common.off_platform.app", "WhatsApp"),
    ("en", "You can pay by PayPal to save fees", "en.off_platform", "PayPal"),
    ("en", "You can pay via Alipay to save fees", "en.off_platform", "pay via Alipay"),
    ("en", "Payment through WeChat is fine too", "en.off_platform", "Payment through WeChat"),
    ("en", "Send it with Zelle, please", "en.off_platform", "Zelle"),
    ("en", "We accept a private transfer as well", "en.off_platform", "private transfer"),
    ("en", "You may pay offline if you like", "en.off_platform", "pay offline"),
    ("en", "Write to shop@example.com", "common.off_platform.email", "shop@example.com"),
    ("en", "Call +1 415 555 0134", "common.off_platform.phone", "+1 415 555 0134"),
    ("en", "No.", "en.curt.bare", "No"),
    ("en", "ok", "en.curt.bare", "ok"),
    ("en", "I don't know", "en.curt.bare", "I don't know"),
    ("en", "It's not our problem, ask the courier", "en.curt.dismissive", "not our problem"),
    ("en", "Shipped today.", "en.courtesy.missing", "Shipped today"),
]

NEGATIVE = [
    ("zh-Hans", "亲，这是您第一次在我们店购买吗？欢迎您~"),
    ("zh-Hans", "最近快递有点慢，请您耐心等待哦~"),
    ("zh-Hans", "活动最后一天啦，喜欢的话可以早点下单哦~"),
    ("zh-Hans", "收到后我们会第一时间为您处理，请放心~"),
    ("zh-Hans", "快递不在我们的控制范围内，无法保证具体到达时间，我们会尽快为您发出哦~"),
    ("zh-Hans", "亲，我们会尽最大努力帮您解决的~"),
    ("zh-Hans", "您最好在下单前核对一下收货地址哦~"),
    ("zh-Hans", "每件最多可以使用一张优惠券哦~"),
    ("zh-Hans", "这款不一定适合您，建议参考尺码表再选择哦~"),
    ("zh-Hans", "第一，请拍下实物照片；第二，请保留包装哦~"),
    ("zh-Hans", "感谢您对我们的肯定，期待您再次光临~"),
    ("zh-Hans", "请把联系电话发给我，方便快递员联系您~"),
    ("zh-Hans", "好的亲，马上为您安排~"),
    ("zh-Hans", "XXL码还有货哦，亲可以放心拍~"),
    ("zh-Hans", "订单号{订单号}已经发出啦，请留意物流哦~"),
    ("zh-Hans", "{客户}您好，{颜色:红色|蓝色}还有货哦~"),
    ("zh-Hans", "亲~"),
    ("zh-Hans", "亲，直接拍下付款就可以哦，我们会尽快为您安排发货~"),
    ("zh-Hans", "亲，付款时可以选择支付宝或者花呗分期哦~"),
    ("zh-Hans", "我们的线下门店也有这款哦，欢迎您来看看~"),
    ("zh-Hant", "您好，最近出貨量比較大，請您耐心等候喔~"),
    ("ko", "고객님, 택배 사정상 정확한 도착일은 보장해 드릴 수 없어요. 최대한 빨리 보내 드릴게요!"),
    ("ko", "최근 주문량이 많아 발송이 하루 늦어질 수 있어요. 양해 부탁드립니다."),
    ("ko", "고객님, 꼭 사이즈표를 확인해 주세요~"),
    ("ko", "네, 고객님! 바로 확인해 드릴게요."),
    ("ko", "감사합니다!"),
    (
        "en",
        "Sorry, we cannot guarantee the delivery date, but we will do our best to ship it today.",
    ),
    ("en", "Please measure your foot and compare it with the size chart."),
    ("en", "Thanks for your order! It usually arrives in 10-20 days."),
    ("en", "Yes, dear friend, it is in stock!"),
    ("en", "Best regards, {agent}"),
    ("en", "This is your first order with us? Welcome!"),
    ("en", "The XXL size runs a little large."),
    ("en", "Please pay on the order page at checkout, thank you!"),
    ("en", "You can pay by credit card at checkout, thank you!"),
]


@pytest.mark.parametrize(("lang", "text", "rule", "matched"), POSITIVE)
def test_careless_wording_is_found(lang: str, text: str, rule: str, matched: str) -> None:
    found = [(f.rule, f.text) for f in check(text, lang)]
    assert (rule, matched) in found


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_careful_wording_passes(lang: str, text: str) -> None:
    assert check(text, lang) == []


def test_the_span_points_at_the_match_as_written() -> None:
    text = "亲，保證後天到貨"
    (finding,) = check(text, "zh-Hant")
    assert text[finding.start : finding.end] == finding.text == "保證"
    assert finding.span == (2, 4)


def test_a_match_inside_a_larger_one_is_reported_once() -> None:
    absolute = [f.text for f in check("全网第一", "zh-Hans") if f.category == "absolute"]
    assert absolute == ["第一"]
