"""Examples of the template engine: known names, fields, dates, escapes and malformed input."""

from __future__ import annotations

import dataclasses
import re
import time
from datetime import datetime

import pytest

from phrasebook.templates import (
    KNOWN_NAMES,
    Field,
    RenderContext,
    Rendered,
    TemplateProblem,
    escape,
    placeholders,
    problems,
    render,
)

NOW = datetime(2024, 3, 5, 9, 7, 30)
PROFILE = RenderContext(
    shop="小美家",
    agent="小美",
    customer="王女士",
    product="羊毛衫",
    order_no="2024030512345",
    signature="—小美家客服部",
    emoticon="[微笑]",
    now=NOW,
)
PROFILE_VALUES = {
    "shop": "小美家",
    "agent": "小美",
    "customer": "王女士",
    "product": "羊毛衫",
    "order_no": "2024030512345",
    "signature": "—小美家客服部",
    "emoticon": "[微笑]",
}
PROFILE_ALIASES = sorted(a for a, c in KNOWN_NAMES.items() if c in PROFILE_VALUES)


def with_values(context: RenderContext = PROFILE, **values: str) -> RenderContext:
    """`context` with typed values (keyword names may be Chinese)."""
    return dataclasses.replace(context, values=values)


@pytest.mark.parametrize("alias", PROFILE_ALIASES)
@pytest.mark.parametrize("form", ["{%s}", "【%s】", "{ %s }"])
def test_every_alias_renders_its_profile_value(alias: str, form: str) -> None:
    if form == "【%s】" and alias == "亲":  # a greeting label in shop phrasebooks: kept as text
        assert render("A【亲】B", PROFILE).text == "A【亲】B"
        return
    rendered = render("A" + form % alias + "B", PROFILE)
    assert rendered == Rendered("A" + PROFILE_VALUES[KNOWN_NAMES[alias]] + "B")


@pytest.mark.parametrize("alias", ["SHOP", "Agent", "NickName", "Order_No", "BUYER", "Date"])
def test_ascii_aliases_ignore_case(alias: str) -> None:
    rendered = render("{" + alias + "}", PROFILE)
    assert (rendered.fields, rendered.problems) == ((), ())
    assert rendered.text == render("{" + alias.lower() + "}", PROFILE).text != "{" + alias + "}"


def test_known_names_cover_every_language_of_the_brief() -> None:
    expected = {
        "店铺名": "shop", "상점": "shop", "昵称": "agent", "상담원": "agent", "亲": "customer",
        "買家": "customer", "고객": "customer", "宝贝": "product", "寶貝": "product",
        "상품": "product", "訂單號": "order_no", "주문번호": "order_no", "簽名": "signature",
        "表情": "emoticon", "날짜": "date", "時間": "time", "시간": "time",
    }  # fmt: skip
    assert {alias: KNOWN_NAMES[alias] for alias in expected} == expected
    assert set(KNOWN_NAMES.values()) == {*PROFILE_VALUES, "date", "time"}
    with pytest.raises(TypeError):
        KNOWN_NAMES["x"] = "shop"  # type: ignore[index]


@pytest.mark.parametrize(
    ("template", "text"),
    [
        ("欢迎光临【店铺名】，我是客服【客服名】{表情}", "欢迎光临小美家，我是客服小美[微笑]"),
        (
            "{亲}，您的订单{订单号}已发出。{签名}",
            "王女士，您的订单2024030512345已发出。—小美家客服部",
        ),
        (
            "{고객}님, {상점}의 {상담원}입니다. {상품} 문의 감사합니다.",
            "王女士님, 小美家의 小美입니다. 羊毛衫 문의 감사합니다.",
        ),
        (
            "Hi {buyer}, {nickname} from {shop} here. Order {order}.",
            "Hi 王女士, 小美 from 小美家 here. Order 2024030512345.",
        ),
        ("今天{日期}，现在{时间}", "今天2024-03-05，现在09:07"),
        ("{日期:%m月%d日}", "03月05日"),
        ("{日期:%-m月%-d日 %A}", "3月5日 Tuesday"),
        ("预计{日期+3}前发出", "预计2024-03-08前发出"),
        ("预计{日期+3:%-m月%-d日}前发出", "预计3月8日前发出"),
        ("{日期 + 30:%Y/%m/%d}", "2024/04/04"),
        ("昨天是{date-1}", "昨天是2024-03-04"),
        ("{날짜+1:%Y년 %-m월 %-d일} {시간:%H시 %M분}", "2024년 3월 6일 09시 07분"),
        ("{時間:%H:%M:%S} {time:%I%p} 100%%", "09:07:30 09AM 100%%"),
        ("{日期:%%Y=%Y}", "%Y=2024"),
    ],
)
def test_examples(template: str, text: str) -> None:
    rendered = render(template, PROFILE)
    assert (rendered.text, rendered.fields, rendered.problems) == (text, (), ())


def test_date_defaults_to_now() -> None:
    before = datetime.now().strftime("%Y-%m-%d")
    text = render("{日期}").text
    assert text in {before, datetime.now().strftime("%Y-%m-%d")}
    assert re.fullmatch(r"\d\d:\d\d", render("{时间}").text)


def test_empty_known_value_becomes_a_field() -> None:
    rendered = render("欢迎光临【店铺名】，我是{客服}，{shop}", RenderContext())
    assert rendered.text == "欢迎光临【店铺名】，我是{客服}，{shop}"
    assert rendered.fields == (
        Field("店铺名", spans=((4, 9), (17, 23))),
        Field("客服", spans=((12, 16),)),
    )
    assert rendered.missing == rendered.fields
    assert not rendered.complete


def test_empty_customer_falls_back_to_default_not_a_field() -> None:
    assert render("{亲}好", RenderContext(customer="")) == Rendered("亲好")
    assert render("{客户:宝宝}好", RenderContext(customer="")).text == "宝宝好"
    assert render("{客户:宝宝}好", RenderContext()).text == "亲好"


def test_known_name_with_default_when_profile_empty() -> None:
    rendered = render("我是{客服:小助手}", RenderContext())
    assert rendered.text == "我是小助手"
    assert rendered.fields == (Field("客服", default="小助手", spans=((2, 5),)),)
    assert rendered.complete
    assert render("我是{客服:小助手}", PROFILE).text == "我是小美"


def test_unknown_names_are_fields_shown_as_written() -> None:
    rendered = render("您的尺码是{尺码}，颜色【颜色】", PROFILE)
    assert rendered.text == "您的尺码是{尺码}，颜色【颜色】"
    assert [f.name for f in rendered.missing] == ["尺码", "颜色"]


def test_choice_field_defaults_to_first_option() -> None:
    rendered = render("有{颜色:红色| 蓝色 |白色}可选", PROFILE)
    assert rendered.text == "有红色可选"
    assert rendered.fields == (Field("颜色", ("红色", "蓝色", "白色"), "红色", None, ((1, 3),)),)
    assert rendered.complete


def test_default_value_field() -> None:
    rendered = render("{分钟:5}分钟内回复", PROFILE)
    assert rendered.text == "5分钟内回复"
    assert rendered.fields == (Field("分钟", (), "5", None, ((0, 1),)),)
    assert render("{备注:}", PROFILE).missing == (Field("备注", spans=((0, 5),)),)


def test_repeated_name_is_one_field_with_every_span() -> None:
    rendered = render("{颜色:红|蓝}和【颜色】，{颜色}", with_values(颜色="蓝"))
    assert rendered.text == "蓝和蓝，蓝"
    assert rendered.fields == (Field("颜色", ("红", "蓝"), "红", "蓝", ((0, 1), (2, 3), (4, 5))),)


def test_spec_given_on_a_later_use_applies_to_all() -> None:
    rendered = render("{颜色}或{颜色:红|蓝}", PROFILE)
    assert rendered.text == "红或红"
    assert rendered.fields[0].choices == ("红", "蓝")


def test_values_fill_fields_and_override_profile() -> None:
    context = with_values(尺码="XL", 店铺名="大美家", 客服="")
    rendered = render("{尺码}码，{shop}，{客服}", context)
    assert rendered.text == "XL码，大美家，小美"  # "" is not a typed value
    assert rendered.fields == (Field("尺码", value="XL", spans=((0, 2),)),)
    assert rendered.complete


def test_values_for_known_names_match_any_alias() -> None:
    empty = RenderContext(values={"shop": "大美家"})
    rendered = render("【店铺名】", empty)
    assert rendered.text == "大美家"
    assert rendered.fields == (Field("店铺名", value="大美家", spans=((0, 3),)),)
    assert render("{상점}", RenderContext(values={"店铺": "가게"})).text == "가게"
    both = RenderContext(values={"shop": "A", "店铺名": "B"})
    assert render("【店铺名】{shop}", both).text in {"AA", "BB"}  # one field, one value
    assert render("【店铺名】{shop}", dataclasses.replace(PROFILE, values=both.values)).text in {
        "AA",
        "BB",
    }


def test_fields_do_not_depend_on_typed_values() -> None:
    template = "{尺码}{颜色:红|蓝}{分钟:5}【店铺名】"
    names = [f.name for f in render(template, RenderContext()).fields]
    typed = RenderContext(values={"尺码": "M", "颜色": "蓝", "分钟": "9", "店铺名": "X"})
    assert [f.name for f in render(template, typed).fields] == names
    assert render(template, typed).text == "M蓝9X"


def test_typed_values_are_not_rendered_again() -> None:
    rendered = render("{备注}", RenderContext(values={"备注": "{shop}【亲】"}))
    assert rendered.text == "{shop}【亲】"
    assert rendered.fields[0].spans == ((0, 9),)


def test_values_do_not_change_date_or_time() -> None:
    assert render("{日期}", with_values(日期="明天")).text == "2024-03-05"


def test_field_name_is_stripped_and_case_sensitive() -> None:
    rendered = render("{ Size }{size}{Size}", PROFILE)
    assert [f.name for f in rendered.fields] == ["Size", "size"]


@pytest.mark.parametrize(
    ("template", "text"),
    [
        ("{{shop}}", "{shop}"),
        ("【【店铺名】】", "【店铺名】"),
        ("}}{{", "}{"),
        ("{{{shop}}}", "{小美家}"),
        ("【【【店铺名】】】", "【小美家】"),
        ("a{{b", "a{b"),
    ],
)
def test_doubled_brackets_are_literal(template: str, text: str) -> None:
    assert render(template, PROFILE) == Rendered(text)


@pytest.mark.parametrize("text", ["{shop}", "【店铺名】", "}{", "{{", "【】", "a}b{c", ""])
def test_escape_renders_to_itself(text: str) -> None:
    assert render(escape(text), PROFILE) == Rendered(text)


def test_escape_doubles_brackets() -> None:
    assert escape("价格{100}【包邮】") == "价格{{100}}【【包邮】】"


MALFORMED = [
    ("您好{尺码", 2, "unclosed '{' at 2"),
    ("您好【尺码", 2, "unclosed '【' at 2"),
    ("价格100}元", 5, "stray '}' at 5"),
    ("注意】事项", 2, "stray '】' at 2"),
    ("空{}的", 1, "empty name in '{}' at 1"),
    ("空【 】的", 1, "empty name in '【 】' at 1"),
    ("{:红|蓝}", 0, "empty name"),
    ("a{b{c}d}e", 1, "nested '{' at 3 inside '{' at 1"),
    ("a【b{c}d】e", 1, "nested '{' at 3 inside '【' at 1"),
    ("【产品名}", 0, "'【' at 0 is closed by '}' at 4"),
    ("{尺码】", 0, "'{' at 0 is closed by '】' at 3"),
    ("x{日期:%Q}", 1, "unknown code '%Q'"),
    ("x{日期:%-Y}", 1, "unknown code '%-Y'"),
    ("x{日期:%}", 1, "unknown code '%'"),
    ("x{日期:明天}", 1, "has no %-code"),
    ("x{时间+1}", 1, "only the date takes a day offset"),
    ("x{" + "长" * 41 + "}", 1, "longer than 40 characters"),
    ("{尺码\n}", 0, "line break inside '{' at 0"),
    ("{尺码\r\n}", 0, "line break inside '{' at 0"),
    ("{颜色:红|蓝}{颜色:白|黑}", 8, "differs from the options given at 0"),
]


@pytest.mark.parametrize(("template", "position", "message"), MALFORMED)
def test_malformed_is_reported_and_kept_as_written(
    template: str, position: int, message: str
) -> None:
    rendered = render(template, PROFILE)
    assert rendered.problems[0].position == position
    assert message in rendered.problems[0].message
    assert problems(template) == rendered.problems
    if "differs" not in message:
        assert rendered.text == template


def test_line_break_then_later_brace_is_stray() -> None:
    assert [p.position for p in problems("{尺码\n}")] == [0, 4]


def test_nested_group_is_one_problem() -> None:
    assert len(problems("a{b{c}{d}e}f")) == 1


def test_malformed_spot_does_not_spoil_the_rest() -> None:
    rendered = render("{尺码 和 {shop} 还有 100}", PROFILE)
    assert rendered.text == "{尺码 和 {shop} 还有 100}"
    rendered = render("100} {shop} {颜色", PROFILE)
    assert rendered.text == "100} 小美家 {颜色"
    assert [p.position for p in rendered.problems] == [3, 12]


def test_name_of_forty_characters_is_fine() -> None:
    assert render("{" + "长" * 40 + "}").problems == ()


def test_date_out_of_range_is_a_problem_not_an_error() -> None:
    rendered = render("{日期+5}", RenderContext(now=datetime(9999, 12, 30)))
    assert rendered.text == "{日期+5}"
    assert rendered.problems == (TemplateProblem(0, rendered.problems[0].message),)
    assert "cannot show '{日期+5}' at 0" in rendered.problems[0].message


def test_placeholders_in_order_deduplicated() -> None:
    template = "{shop}【店铺名】{尺码}{日期}{日期+3:%d}{颜色:红|蓝}{尺码}{坏"
    assert placeholders(template) == ("shop", "尺码", "日期", "颜色")
    assert placeholders("没有占位符 {{x}}") == ()


def test_problems_of_a_clean_template_is_empty() -> None:
    assert problems("欢迎光临【店铺名】") == ()


def test_none_context_means_empty_profile() -> None:
    rendered = render("{亲}，{shop}")
    assert rendered.text == "亲，{shop}"
    assert [f.name for f in rendered.fields] == ["shop"]


def test_domain_phrase_from_agents_documents() -> None:
    template = "亲,这款【产品名】的材质是【具体材质】,有【颜色A】、【颜色B】可选,【已发货/未发货】"
    context = RenderContext(product="羊毛衫", values={"具体材质": "羊毛", "颜色A": "红"})
    rendered = render(template, context)
    assert rendered.text == "亲,这款羊毛衫的材质是羊毛,有红、【颜色B】可选,【已发货/未发货】"
    assert [f.name for f in rendered.missing] == ["颜色B", "已发货/未发货"]


def test_typical_phrase_renders_fast() -> None:
    """A sanity check, not a benchmark: thousands of renders in well under a second."""
    template = "亲，欢迎光临【店铺名】，我是{客服}。您的{产品}预计{日期+3:%-m月%-d日}前发出～{尺码}"
    start = time.perf_counter()
    for _ in range(2000):
        render(template, PROFILE)
    assert time.perf_counter() - start < 5
