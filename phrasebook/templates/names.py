"""The names a template fills without asking: the agent's profile, the date and the time.

Agents write them in Chinese (Simplified or Traditional), Korean or English, so each canonical
name has aliases. ASCII aliases match case-insensitively ("Shop", "SHOP").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_ALIASES: dict[str, tuple[str, ...]] = {
    "shop": ("店铺名", "店铺", "店名", "商店", "店鋪名", "店鋪", "상점"),
    "agent": ("客服", "客服名", "昵称", "暱稱", "상담원", "nickname"),
    "customer": ("客户", "买家", "亲", "顾客", "客戶", "買家", "顧客", "고객", "buyer"),
    "product": ("产品", "产品名", "宝贝", "商品", "產品", "產品名", "寶貝", "상품"),
    "order_no": ("订单号", "订单", "訂單號", "訂單", "주문번호", "order"),
    "signature": ("签名", "簽名"),
    "emoticon": ("表情",),
    "date": ("日期", "날짜"),
    "time": ("时间", "時間", "시간"),
}

#: alias -> canonical name, canonical names included ("店铺名" -> "shop", "shop" -> "shop").
KNOWN_NAMES: Mapping[str, str] = MappingProxyType(
    {alias: canon for canon, aliases in _ALIASES.items() for alias in (canon, *aliases)}
)

#: Known names computed from the clock rather than read from the profile.
CLOCK_NAMES = frozenset({"date", "time"})


def canonical(name: str) -> str | None:
    """The canonical known name for `name`, or None when it is an ordinary field name."""
    return KNOWN_NAMES.get(name.lower() if name.isascii() else name)
