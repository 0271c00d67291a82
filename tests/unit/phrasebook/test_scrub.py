"""The scrubber against realistic customer messages in Chinese, Korean and English."""

from __future__ import annotations

import pytest

from phrasebook.notebook.scrub import guess_lang, scrub

#: (message as a customer writes it, what may leave the notebook)
TABLE = [
    # --- Chinese (Taobao / JD / Pinduoduo chats)
    ("我的手机号是13812345678，麻烦尽快联系", "我的手机号是{手机号}，麻烦尽快联系"),
    ("电话 +86 139 1234 5678 打不通吗", "电话 {手机号} 打不通吗"),
    ("座机010-62345678也可以", "座机{手机号}也可以"),
    ("订单号：3456789012345678901 什么时候发货", "订单号：{订单号} 什么时候发货"),
    ("我的订单2311251234567890123怎么还没到", "我的订单{订单号}怎么还没到"),
    ("拼多多订单 231125-123456789012345 能改地址吗", "拼多多订单 {订单号} 能改地址吗"),
    ("快递单号SF1234567890123一直不动", "快递单号{快递单号}一直不动"),
    ("中通运单号 75312345678901 帮我查下", "中通运单号 {快递单号} 帮我查下"),
    ("YT7412345678901 这个到哪了", "{快递单号} 这个到哪了"),
    (
        "地址改成广东省深圳市南山区科技园路18号A栋502室可以吗",
        "地址改成{地址}可以吗",
    ),
    ("请寄到上海市浦东新区张江镇祖冲之路899号", "请寄到{地址}"),
    ("收件人：张伟，电话15912345678", "收件人：{客户}，电话{手机号}"),
    ("我叫李娜，昨天买的裙子", "我叫{客户}，昨天买的裙子"),
    ("王先生说要换货", "{客户}说要换货"),
    ("身份证号110101199003074514用于清关", "身份证号{身份证号}用于清关"),
    ("发票抬头邮箱 zhangwei_88@163.com", "发票抬头邮箱 {邮箱}"),
    ("tb_8823451xx 这个是我的账号", "{客户} 这个是我的账号"),
    ("这个地区能发货吗", "这个地区能发货吗"),
    ("这件衣服有M码吗，5分钟内能回复吗", "这件衣服有M码吗，5分钟内能回复吗"),
    # phone numbers spelled in Chinese numerals, as some customers dodge filters
    ("我的手机一三八一二三四五六七八", "我的手机{手机号}"),
    ("电话幺三九零零幺二三四五六，打我", "电话{手机号}，打我"),
    ("手机号是一三八 一二三四 五六七八", "手机号是{手机号}"),
    ("号码138一二三四五六七八", "号码{手机号}"),
    ("打幺五九洞洞幺二三四五六", "打{手机号}"),
    ("买了一二三四五六七八九十件", "买了一二三四五六七八九十件"),  # not a phone number
    ("我买了三件，两件有问题", "我买了三件，两件有问题"),
    # chat accounts: WeChat, QQ
    ("wxid_8s7d6f5g4h 是我的微信", "{账号} 是我的微信"),
    ("我微信号 abc_12345，加一下", "我微信号 {账号}，加一下"),
    ("加我vx：zhang_wei88", "加我vx：{账号}"),
    ("V信 lily2023 找我", "V信 {账号} 找我"),
    ("微信号码是 Lily-2023", "微信号码是 {账号}"),
    ("QQ 12345678 联系我", "QQ {账号} 联系我"),
    ("扣扣：987654321", "扣扣：{账号}"),
    ("我QQ号是 2233445566", "我QQ号是 {账号}"),
    ("加v abc123 聊", "加v {账号} 聊"),
    ("加微 lily2024", "加微 {账号}"),
    ("加我微信好吗", "加我微信好吗"),  # no id, nothing to scrub
    ("微信号是13812345678", "微信号是{手机号}"),  # a phone number stays a phone number
    ("微信支付可以吗", "微信支付可以吗"),
    # an address keeps the words before it
    ("已发往上海市浦东新区张江镇祖冲之路899号", "已发往{地址}"),
    ("包裹寄往杭州市西湖区文三路478号了", "包裹寄往{地址}了"),
    ("包裹已发往上海市，请注意查收", "包裹已发往上海市，请注意查收"),  # a city alone is no address
    # --- Korean (11번가 / 쿠팡 / AliExpress Korea)
    ("제 번호는 010-1234-5678 입니다", "제 번호는 {전화번호} 입니다"),
    ("주문번호 20231125-0012345 배송 언제 되나요?", "주문번호 {주문번호} 배송 언제 되나요?"),
    ("운송장 번호 123456789012 조회가 안 돼요", "운송장 번호 {운송장번호} 조회가 안 돼요"),
    ("주소는 서울특별시 강남구 테헤란로 152 입니다", "주소는 {주소} 입니다"),
    ("김민수님 앞으로 보내 주세요", "{고객}님 앞으로 보내 주세요"),
    ("이름: 박지은, 이메일 jieun.park@naver.com", "이름: {고객}, 이메일 {이메일}"),
    ("주민번호 900101-1234567 필요한가요", "주민번호 {주민번호} 필요한가요"),
    ("고객님 문의 감사합니다", "고객님 문의 감사합니다"),
    ("연락처 010-9876-5432로 문자 주세요", "연락처 {전화번호}로 문자 주세요"),
    ("카카오톡 ID: minsu_kim88 로 연락 주세요", "카카오톡 ID: {계정} 로 연락 주세요"),
    ("카톡 ID jieun.park 추가해 주세요", "카톡 ID {계정} 추가해 주세요"),
    ("경기도 성남시 분당구 판교역로 235 으로 보내 주세요", "{주소} 으로 보내 주세요"),
    ("제주특별자치도 제주시 첨단로 242 로 보내주세요", "{주소} 로 보내주세요"),
    # --- English (AliExpress)
    ("My name is John Smith, order 8123456789012345", "My name is {customer}, order {order_no}"),
    ("call me at (415) 555-0132 please", "call me at {phone} please"),
    ("ship to 742 Evergreen Terrace Ave, Springfield", "ship to {address}"),
    (
        "tracking number LP00123456789012 has not moved",
        "tracking number {tracking_no} has not moved",
    ),
    ("email me: jane.doe@example.com", "email me: {email}"),
    ("Mrs. Taylor asked about the refund", "Mrs. {customer} asked about the refund"),
    ("this is great, thanks", "this is great, thanks"),
    ("please ship to 221B Baker Street, London", "please ship to {address}"),
    ("1600 Amphitheatre Pkwy, Mountain View, CA 94043", "{address}"),
    ("寄到221B Baker Street, London", "寄到{地址}"),
    ("send it to 350 Fifth Avenue, New York, NY 10118-0110", "send it to {address}"),
    ("My WeChat ID is lily_2023", "My WeChat ID is {account}"),
    ("My QQ is 12345678", "My QQ is {account}"),
    ("wechat: abcd12 pls", "wechat: {account} pls"),
    ("add my QQ 12345678", "add my QQ {account}"),
    ("I bought 3 items on Baker Street day", "I bought 3 items on Baker Street day"),
]


@pytest.mark.parametrize(("message", "expected"), TABLE)
def test_scrub_table(message: str, expected: str) -> None:
    assert scrub(message).text == expected


def test_known_names_are_removed_first() -> None:
    result = scrub("小猫咪爱吃鱼 问：能便宜点吗", names=["小猫咪爱吃鱼"])
    assert result.text == "{客户} 问：能便宜点吗"
    assert result.findings[0].kind == "name"
    assert result.findings[0].original == "小猫咪爱吃鱼"


def test_findings_point_into_the_original() -> None:
    text = "电话13812345678 订单3456789012345678901"
    result = scrub(text)
    assert result.changed
    assert [f.kind for f in result.findings] == ["phone", "order"]
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.original


def test_nothing_to_scrub_is_unchanged() -> None:
    result = scrub("请问这款有现货吗")
    assert result.text == "请问这款有现货吗"
    assert not result.changed


def test_an_id_number_with_a_wrong_check_digit_is_an_order_number() -> None:
    assert scrub("110101199003074515", lang="zh-Hans").text == "{订单号}"


def test_language_can_be_forced() -> None:
    assert scrub("13812345678", lang="en").text == "{phone}"


@pytest.mark.parametrize(
    ("text", "lang"), [("你好", "zh-Hans"), ("안녕하세요", "ko"), ("hello", "en"), ("", "en")]
)
def test_guess_lang(text: str, lang: str) -> None:
    assert guess_lang(text) == lang
