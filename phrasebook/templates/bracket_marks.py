"""Which 【…】 are fill-in fields and which are the shop's own labels (【温馨提示】, 【顺丰包邮】).

Agents write placeholders as 【产品名】 or 【具体材质】, and shops decorate replies with 【重要】 or
【亲】; phrasebooks exported from 千牛 or Excel are full of both. A label taken for a field stops
the reply with "fill in first", so each 【…】 is read in its place, first rule that applies:

1. it reads as a slot: 具体…/填写…, XX, ＿＿, …, 某…, 几/多少, A/B choices, `|` options, or an
   indexed name such as 颜色A or 特点1 -> field;
2. it is followed by a colon (`【注意】：`, `【订单号】:`) -> text, a heading;
3. it is a greeting label (【亲】: 亲 in braces, `{亲}`, stays the customer) -> text;
4. it names a known placeholder (【店铺名】, 【订单号】) -> field;
5. its head word is a label's (Chinese compounds end in their head: 温馨*提示*, 顺丰*包邮*,
   正品*保证*), it states an offer (满199减20, 48小时内, 7天无理由), or it tells the buyer
   what to do (请核对地址) -> text;
6. its head word names a value (*材质*, 客户*需求*, 发货*时间*, 产品*名*) -> field, unless it
   holds a word only labels use (预售, 假一赔十, 运费险) -> text;
7. it opens the reply, a line or a sentence, or follows another label -> text;
8. anything else, mid-sentence -> field: a slot pasted as written would reach the customer,
   while a label taken for a field only asks, and is one click (or Ctrl+Shift+Enter) away.

`{…}` is always a field, so it is how a label is turned into a field on purpose; a doubled
`【【…】】` is always text. `toggle_bracket` rewrites a phrase's text between the two, so the
choice is stored with the phrase and travels with it (export, sync).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from phrasebook.templates.names import canonical
from phrasebook.templates.syntax import Placeholder

#: Why a bracket is a field or text (shown to the agent next to it).
Reason = str

_SLOT_MARKS = re.compile(r"XX|xx|××|ＸＸ|[＿_]{2,}|…|\.\.\.|某|几|多少|[/／|]")
_SLOT_PREFIXES = ("具体", "填写", "填入", "输入", "请填", "请输入", "此处", "自定义")
_INDEXED = re.compile(r"[\u4e00-\u9fff]{1,6}[A-Za-z0-9Ａ-Ｚ０-９]")
_OFFER = re.compile(
    r"满\d+|减\d+|\d+(?:\.\d+)?[折元块]|\d+\s*(?:小时|天|日|分钟)内?|无理由|包退|包换|免费|买\S送"
)
#: Head words of labels: notices, offers, badges, greetings.
_LABEL_HEADS = (
    "提示", "提醒", "注意", "重要", "公告", "通知", "须知", "必看", "必读", "声明", "说明",
    "包邮", "活动", "优惠", "福利", "特价", "特惠", "秒杀", "预售", "新品", "热卖", "热销",
    "爆款", "推荐", "保证", "保障", "无忧", "正品", "现货", "促销", "限时", "限量", "上新",
    "上市", "清仓", "好评", "返现", "售后", "售前", "赠品", "紧急", "置顶", "官方", "旗舰店",
    "专享", "会员", "欢迎", "感谢", "致歉", "抱歉", "问候", "催付", "发货", "物流", "退换",
    "小贴士", "温馨", "您好",
)  # fmt: skip
#: Head words of slots: the kind of value the agent types in.
_SLOT_HEADS = (
    "名", "名称", "号", "码", "型号", "尺码", "尺寸", "颜色", "色", "款式", "规格", "材质",
    "数量", "件数", "金额", "价格", "价", "费用", "运费", "地址", "电话", "手机", "姓名",
    "时间", "日期", "天数", "时长", "分钟", "原因", "问题", "需求", "优点", "特点", "卖点",
    "场景", "人群", "描述", "内容", "方案", "链接", "公司", "重量", "身高", "体重", "选项",
    "状态", "进度", "方式", "期限", "备注", "型", "数", "额",
)  # fmt: skip
#: Words only a label contains, wherever they stand (【预售商品】, 【假一赔十】, 【运费险】).
_LABEL_WORDS = re.compile("包邮|预售|秒杀|无理由|正品|假一赔|好评|运费险|退换|特价|限时|满减")
#: An instruction to the buyer is emphasis, not a slot (【请核对地址】, 【务必本人签收】).
_IMPERATIVES = ("请", "务必", "切勿", "勿", "不要", "千万")
#: Greeting labels that are also an alias of the customer: in 【】 they are decoration.
_GREETINGS = frozenset({"亲", "亲亲"})
#: Characters that end a sentence: a bracket right after one opens the next sentence.
_SENTENCE_ENDS = frozenset("。！？!?~～…\n\r")
_COLONS = ("：", ":")
_DAY_OFFSET = re.compile(r"\s*[+-]\s*[0-9]{1,5}$")  # 【日期+3】 is the date


@dataclass(frozen=True, slots=True)
class Bracket:
    """One bracketed name in a phrase, as the agent sees it in the editor or the preview.

    Attributes:
        start, end: offsets of `raw` in the phrase text.
        raw: the bracket as written (`【温馨提示】`, `{尺码}`, `【【重要】】`).
        name: the name inside, without options (`颜色` for `{颜色:红|蓝}`).
        field: True when it is asked for or filled in, False when it is pasted as written.
        reason: why: "brace", "slot", "colon", "greeting", "known", "label", "offer", "start",
            "unknown" (mid-sentence, read as a field), or "escaped" (doubled brackets).
    """

    start: int
    end: int
    raw: str
    name: str
    field: bool
    reason: Reason


def classify(template: str, ph: Placeholder, after_label: bool = False) -> tuple[bool, Reason]:
    """Whether the placeholder `ph` of `template` is a field, and why (the rules above)."""
    name, _, spec = (part.strip() for part in ph.body.partition(":"))
    rules: tuple[tuple[Callable[[], bool], bool, Reason], ...] = (
        (lambda: ph.raw.startswith("{"), True, "brace"),
        (lambda: _reads_as_slot(name, spec), True, "slot"),
        (lambda: template[ph.end :].lstrip(" \t").startswith(_COLONS), False, "colon"),
        (lambda: name in _GREETINGS, False, "greeting"),
        (lambda: canonical(_DAY_OFFSET.sub("", name)) is not None, True, "known"),
        (lambda: name.endswith(_LABEL_HEADS), False, "label"),
        (lambda: _OFFER.search(name) is not None, False, "offer"),
        (lambda: name.startswith(_IMPERATIVES), False, "label"),
        (lambda: name.endswith(_SLOT_HEADS), True, "slot"),
        (lambda: _LABEL_WORDS.search(name) is not None, False, "label"),
        (lambda: after_label or _opens_sentence(template, ph.start), False, "start"),
    )
    for applies, is_field, reason in rules:
        if applies():
            return is_field, reason
    return True, "unknown"


def _reads_as_slot(name: str, spec: str) -> bool:
    """具体…, XX, ＿＿, 某…, 几天, A/B, `|` options, or an indexed name like 颜色A."""
    return bool(
        _SLOT_MARKS.search(name)
        or "|" in spec
        or name.startswith(_SLOT_PREFIXES)
        or _INDEXED.fullmatch(name)
    )


def _opens_sentence(template: str, at: int) -> bool:
    """True at the start of the text, of a line, or right after a sentence's end."""
    before = template[:at].rstrip(" \t\u3000")
    return not before or before[-1] in _SENTENCE_ENDS


_ESCAPED = re.compile(r"【【([^【】\r\n]{1,40})】】|\{\{([^{}\r\n]{1,40})\}\}")


def escaped_brackets(template: str, taken: list[tuple[int, int]]) -> list[Bracket]:
    """Doubled brackets (`【【重要】】`) outside the spans in `taken`: text on purpose."""
    found = []
    for m in _ESCAPED.finditer(template):
        if any(m.start() < end and start < m.end() for start, end in taken):
            continue
        name = (m.group(1) or m.group(2) or "").partition(":")[0].strip()
        found.append(Bracket(m.start(), m.end(), m.group(), name, False, "escaped"))
    return found


def as_text(raw: str) -> str:
    """`raw` written so it is pasted as it stands: `【温馨提示】` -> `【【温馨提示】】`."""
    return raw[0] + raw + raw[-1]
