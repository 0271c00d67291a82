"""Removes customer data from a question or answer before it leaves the agent's notebook.

A promoted question becomes a team phrase other agents will read; an export goes to the
supervisor. Neither may carry a customer's phone number, order or tracking number, address,
name, nickname, chat account (WeChat, QQ, KakaoTalk), email or ID number. Each is replaced by a
placeholder the templates understand ({手机号}, {订单号}, {快递单号}, {地址}, {客户}, {账号},
{邮箱}, {身份证号}; Korean and English forms for text in those languages), so a scrubbed answer is
a ready template.

Detectors run in a fixed order and the first to claim characters keeps them: emails, then the
names the caller knows (the customer nickname from the chat window title), ID numbers,
tracking numbers, chat accounts (wxid_…, after 微信号/vx/V信, QQ/扣扣, 카카오톡 ID), phone numbers
(Google's libphonenumber, for CN/KR/US formats, and mobile numbers spoken in Chinese numerals:
一三八…, 幺/两/零/洞), order numbers, addresses, and names recognised from their context
(收件人：, 张先生, 이름:, my name is).
Pure: no I/O, no state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import phonenumbers

__all__ = ["Finding", "Scrubbed", "guess_lang", "scrub"]

KINDS = ("email", "name", "id_number", "tracking", "account", "phone", "order", "address")

PLACEHOLDERS: dict[str, dict[str, str]] = {
    "zh-Hans": {
        "email": "{邮箱}",
        "name": "{客户}",
        "id_number": "{身份证号}",
        "tracking": "{快递单号}",
        "account": "{账号}",
        "phone": "{手机号}",
        "order": "{订单号}",
        "address": "{地址}",
    },
    "ko": {
        "email": "{이메일}",
        "name": "{고객}",
        "id_number": "{주민번호}",
        "tracking": "{운송장번호}",
        "account": "{계정}",
        "phone": "{전화번호}",
        "order": "{주문번호}",
        "address": "{주소}",
    },
    "en": {
        "email": "{email}",
        "name": "{customer}",
        "id_number": "{id_number}",
        "tracking": "{tracking_no}",
        "account": "{account}",
        "phone": "{phone}",
        "order": "{order_no}",
        "address": "{address}",
    },
}
PLACEHOLDERS["zh-Hant"] = PLACEHOLDERS["zh-Hans"]
_PHONE_REGIONS = ("CN", "KR", "US")
_HAN = "\u4e00-\u9fff"
_SEP = r"[:：#＃\s]*"

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_CN_ID = re.compile(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])")
_KR_RRN = re.compile(r"(?<![0-9])[0-9]{6}-[1-4][0-9]{6}(?![0-9])")
_ID_LABEL = re.compile(
    r"(?:身份证号?码?|주민(?:등록)?번호|ID (?:number|no\.?))" + _SEP + r"([0-9Xx-]{8,20})"
)
_TRACKING = re.compile(
    r"(?<![A-Za-z0-9])(?:SF|YT|JT|JD|JDV|YD|ZTO|STO|EMS|DPK|YZ|UPS|1Z)[0-9A-Z]{9,18}(?![A-Za-z0-9])"
)
_TRACKING_LABEL = re.compile(
    r"(?:快递单号|運單號|运单号?|物流单号|(?<![订訂])单号|运单编号|"
    r"운송장(?:\s?번호)?|tracking(?: number| no\.?| #)?)" + _SEP + r"([A-Za-z0-9-]{8,30})",
    re.IGNORECASE,
)
_ORDER_LABEL = re.compile(
    r"(?:订单编号|订单号|订单|訂單號?|주문\s?번호|order(?: number| no\.?| id)?)"
    + _SEP
    + r"([A-Za-z0-9-]*[0-9][A-Za-z0-9-]{5,})",
    re.IGNORECASE,
)
_LONG_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?:[0-9]{6}-)?[0-9]{10,24}(?![0-9A-Za-z])")
#: How the parts of a Chinese address end (so the tail stops before "可以吗").
_PLACE_END = (
    "(?:路|街|大道|巷|弄|胡同|村|组|园|小区|大厦|广场|中心|花园|公寓|号|栋|幢|楼|层|室|单元|座)"
)
_CN_ADDRESS = re.compile(
    rf"(?:[{_HAN}]{{2,8}}(?:省|自治区|特别行政区))?"
    rf"(?:[{_HAN}]{{2,8}}(?:市|州|盟))?"
    rf"[{_HAN}]{{1,8}}(?:区|县|旗|镇|乡|街道)"
    rf"(?:[{_HAN}]{{0,10}}?{_PLACE_END}|[0-9A-Za-z#-]+)*"
)
_CN_STREET = re.compile(
    rf"[{_HAN}]{{2,10}}(?:路|街|大道|巷|胡同)[0-9０-９]+号[{_HAN}0-9A-Za-z\-#号弄栋幢楼层室单元]{{0,20}}"
)
_ADDRESS_LABEL = re.compile(
    r"(?:收货地址|地址|주소|address)[:：\s]+([^，,。；;\n]{4,60})", re.IGNORECASE
)
_KR_ADDRESS = re.compile(
    r"(?:[가-힣]{2,4}(?:특별시|광역시|특별자치시|특별자치도|도|시)\s?){0,2}[가-힣]{1,6}(?:구|군|시)\s?"
    r"[가-힣0-9]{1,10}(?:로|길|동|읍|면)\s?[0-9-]+(?:\s?[0-9]+(?:동|호|층))*"
)
_EN_ADDRESS = re.compile(  # "221B Baker Street", "1600 Amphitheatre Pkwy, Mountain View, CA 94043"
    r"(?<![A-Za-z0-9])[0-9]{1,6}[A-Za-z]?\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Avenue|Ave|Road|"
    r"Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|"
    r"Square|Sq|Crescent|Close|Circle|Cir)\b\.?(?:,?\s*(?:Apt|Suite|Unit|Flat)\.?\s*[0-9A-Za-z]+)?"
    r"(?:,\s*[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)?(?:,\s*[A-Z]{2}\s+[0-9]{5}(?:-[0-9]{4})?)?"
)
_ACCOUNT_LABEL = re.compile(  # the id after "微信号", "vx", "V信", "카카오톡 ID", "WeChat ID"...
    r"(?:微信号?|威信|薇信|[Vv]信|加[VvWw微]|(?<![A-Za-z])(?:vx|VX|Vx|wx|WX|weixin|"
    r"[Ww]e[Cc]hat(?: ID| id)?|WECHAT|"
    r"KakaoTalk ID|Kakao ID|LINE ID|Line ID)|카카오톡\s?ID|카톡\s?ID|카카오\s?ID|라인\s?ID)"
    r"(?:号|號|码|是|为|:|：|\s|is\s)*([A-Za-z][-_.A-Za-z0-9]{4,19})(?![-_.A-Za-z0-9])"
)
_WXID = re.compile(r"(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{4,30}")
_QQ = re.compile(  # "QQ 12345678", "扣扣：987654321", "我QQ号是 2233445566"
    r"(?:(?<![A-Za-z])(?:QQ|qq|Qq)|扣扣|企鹅号?)(?:号码|号|是|为|:|：|\s|is\s)*"
    r"([1-9][0-9]{4,11})(?![0-9])"
)
#: Digits as Chinese speakers spell phone numbers out (幺 for 1, 洞 for 0 over the phone).
_CN_DIGITS = dict(zip("零〇洞幺一二两三四五六七八九", "00011223456789", strict=True))
_DIGIT = "[零〇洞幺一二两三四五六七八九0-9０-９]"
_SPOKEN_NUMBER = re.compile(rf"{_DIGIT}(?:[\s-]?{_DIGIT}){{9,12}}")
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
)
_CN_TITLED = re.compile(rf"[{_SURNAMES}][{_HAN}]?(?:先生|女士|小姐|老师|同学)")
_CN_NAME_LABEL = re.compile(
    rf"(?:我叫|我的名字是|收件人|收货人|联系人|姓名|名字)[是为:：\s]*([{_SURNAMES}][{_HAN}]{{1,2}})"
)
_KR_NAME = re.compile(r"(?:이름|수령인|받는\s?분|성함)(?:은|는|이|:|：)?\s*([가-힣]{2,4})")
_KR_HONORIFIC = re.compile(r"(?<![가-힣])([가-힣]{2,3})\s?(?:님|씨)(?![가-힣])")
_KR_NOT_NAMES = frozenset(
    {"고객", "회원", "구매자", "사장", "기사", "선생", "손님", "상담원", "여러분"}
)
_EN_NAME = re.compile(
    r"(?:\b(?i:my name is|this is|recipient|name)[:\s]+|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)"
    r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
)
_NICKNAME = re.compile(
    r"(?<![A-Za-z0-9_])(?:tb[_0-9a-z]{6,}|jd_[0-9a-z]{4,}|@[\w\u4e00-\u9fff]{2,20})"
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of customer data that was replaced."""

    kind: str
    start: int
    end: int
    original: str
    placeholder: str


@dataclass(frozen=True, slots=True)
class Scrubbed:
    """The scrubbed text and what was replaced (offsets into the original text)."""

    text: str
    findings: tuple[Finding, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.findings)


Span = tuple[int, int]
Detector = Callable[[str], Iterator[Span]]


def guess_lang(text: str) -> str:
    """zh-Hans, ko or en: which placeholders fit the text (Hangul wins, then Han)."""
    if re.search("[가-힣]", text):
        return "ko"
    if re.search(f"[{_HAN}]", text):
        return "zh-Hans"
    return "en"


def scrub(text: str, *, names: Iterable[str] = (), lang: str | None = None) -> Scrubbed:
    """Replace customer data in `text` by placeholders.

    Args:
        names: names the caller already knows (customer nickname, real name); always removed.
        lang: which placeholder language to use; guessed from the text when None.
    """
    words = PLACEHOLDERS.get(lang or guess_lang(text), PLACEHOLDERS["zh-Hans"])
    taken: list[Finding] = []
    for kind, detector in _detectors(names):
        for start, end in detector(text):
            if start < end and not any(start < f.end and f.start < end for f in taken):
                taken.append(Finding(kind, start, end, text[start:end], words[kind]))
    taken.sort(key=lambda f: f.start)
    pieces, last = [], 0
    for finding in taken:
        pieces += [text[last : finding.start], finding.placeholder]
        last = finding.end
    pieces.append(text[last:])
    return Scrubbed("".join(pieces), tuple(taken))


def _detectors(names: Iterable[str]) -> list[tuple[str, Detector]]:
    known = sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True)
    return [
        ("email", _whole(_EMAIL)),
        ("name", lambda t: _literals(t, known)),
        ("id_number", _either(_id_numbers, _group(_ID_LABEL))),
        ("tracking", _either(_whole(_TRACKING), _group(_TRACKING_LABEL))),
        ("account", _either(_whole(_WXID), _group(_QQ), _group(_ACCOUNT_LABEL))),
        ("phone", _either(_phones, _spoken_phones)),
        ("order", _either(_group(_ORDER_LABEL), _whole(_LONG_NUMBER))),
        ("address", _either(_group(_ADDRESS_LABEL), _cn_addresses, *map(_whole, _ADDRESSES))),
        ("name", _either(*map(_whole, (_CN_TITLED, _NICKNAME)), *map(_group, _NAMES))),
        ("name", _korean_honorifics),
    ]


def _whole(pattern: re.Pattern[str]) -> Detector:
    return lambda text: (m.span() for m in pattern.finditer(text))


def _group(pattern: re.Pattern[str]) -> Detector:
    return lambda text: (m.span(1) for m in pattern.finditer(text))


def _either(*detectors: Detector) -> Detector:
    return lambda text: (span for detector in detectors for span in detector(text))


def _literals(text: str, names: list[str]) -> Iterator[Span]:
    for name in names:
        for m in re.finditer(re.escape(name), text, re.IGNORECASE):
            yield m.span()


def _id_numbers(text: str) -> Iterator[Span]:
    """Chinese resident ID numbers with a valid check digit, and Korean RRNs."""
    for m in _CN_ID.finditer(text):
        if _cn_id_checksum_ok(m.group()):
            yield m.span()
    yield from (m.span() for m in _KR_RRN.finditer(text))


def _cn_id_checksum_ok(number: str) -> bool:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(number[:17], weights, strict=True))
    return "10X98765432"[total % 11] == number[17].upper()


def _phones(text: str) -> Iterator[Span]:
    for region in _PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region):
            yield match.start, match.end


def _spoken_phones(text: str) -> Iterator[Span]:
    """Mobile numbers written in Chinese numerals (一三八一二三四五六七八), digits mixed in."""
    for m in _SPOKEN_NUMBER.finditer(text):
        run = re.sub(r"[\s-]", "", m.group())
        if not any(c in _CN_DIGITS for c in run):
            continue  # Arabic digits only: libphonenumber's job
        digits = "".join(_CN_DIGITS.get(c) or str(int(c)) for c in run)
        if re.fullmatch(r"1[3-9][0-9]{9}", digits):
            yield m.span()


def _korean_honorifics(text: str) -> Iterator[Span]:
    for m in _KR_HONORIFIC.finditer(text):
        if m.group(1) not in _KR_NOT_NAMES:
            yield m.span(1)


def _cn_addresses(text: str) -> Iterator[Span]:
    """Chinese addresses: at least two administrative parts, or a street with a number."""
    for m in _CN_ADDRESS.finditer(text):
        lead = _LEAD_IN.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        found = text[start : m.end()]
        if len(_ADMIN_PART.findall(found)) >= 2 or re.search("[0-9]+[号弄栋幢室]", found):
            yield start, m.end()


#: Words before an address that are not part of it ("已发往上海市…" keeps "已发往").
_LEAD_IN = re.compile(
    r".*?(?:寄到|送到|发到|改到|改成|地址是|住在|搬到|位于|"
    r"发往|寄往|送往|运往|发至|寄至|送至|运至|转至|到达|抵达|派送到|改为|在)"
)
_ADMIN_PART = re.compile("省|自治区|市|州|区|县|旗|镇|乡|街道|路|街|村")
_ADDRESSES = (_CN_STREET, _KR_ADDRESS, _EN_ADDRESS)
_NAMES = (_CN_NAME_LABEL, _KR_NAME, _EN_NAME)
