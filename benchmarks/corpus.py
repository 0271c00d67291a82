"""Deterministic synthetic phrasebooks for the search benchmarks.

Phrases are recombined from the starter phrasebooks (so characters, words and questions have a
real distribution), with made-up product names added so the vocabulary grows the way a big
shop's does. Same seed, same phrasebook.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
STARTER = ROOT / "resources" / "starter"
#: Language mix of a generated phrasebook (most shops are mainland Chinese).
MIX = (("zh-Hans", 0.7), ("zh-Hant", 0.1), ("ko", 0.1), ("en", 0.1))
_PRODUCTS = {
    "zh-Hans": "连衣裙 羽绒服 卫衣 牛仔裤 运动鞋 保温杯 蓝牙耳机 充电宝 面膜 口红 行李箱 空气炸锅 "
    "电动牙刷 瑜伽垫 儿童书包 猫粮 茶叶 蜂蜜 坚果礼盒 床上四件套 长款风衣 重磅T恤 还原酸奶",
    "ko": "원피스 패딩 운동화 텀블러 이어폰 보조배터리 마스크팩 립스틱 캐리어 에어프라이어",
    "en": "dress jacket hoodie jeans sneakers tumbler earbuds powerbank lipstick suitcase",
}
_S2T = opencc.OpenCC("s2t")


def starter(lang: str) -> list[dict[str, object]]:
    """The starter phrasebook of one language as dicts."""
    path = STARTER / f"{lang}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _products(lang: str) -> list[str]:
    words = _PRODUCTS.get(lang) or _S2T.convert(_PRODUCTS["zh-Hans"])
    return words.split()


def _rare_name(rng: random.Random) -> str:
    """A brand-like name of two ideographs from a 3,000-character range (a big shop's vocabulary
    holds a few thousand distinct characters, not all 20,000)."""
    return "".join(chr(rng.randrange(0x4E00, 0x4E00 + 3000)) for _ in range(2))


def _one(rng: random.Random, lang: str, pool: list[dict[str, object]], n: int) -> dict[str, object]:
    base, extra = rng.choice(pool), rng.choice(pool)
    product = rng.choice(_products(lang))
    brand = _rare_name(rng) if lang.startswith("zh") else ""
    title = f"{base['title']} {brand}{product}".strip()
    text = f"{base['text']} {str(extra['text'])[: rng.randint(0, 40)]}".strip()
    return {
        "id": f"gen-{n:06d}",
        "title": title,
        "text": text,
        "group": base["group"],
        "code": f"{base['code']}{n}",
        "tags": list(base["tags"])[:2] + [product],
        "questions": list(base["questions"])[: rng.randint(0, 3)],
        "lang": lang,
    }


def generate(size: int, seed: int = 7) -> list[dict[str, object]]:
    """`size` phrases (dicts with the pack keys), starters first, the rest generated."""
    rng = random.Random(seed)
    pools = {lang: starter(lang) for lang, _ in MIX}
    out: list[dict[str, object]] = [p for lang, _ in MIX for p in pools[lang]][:size]
    langs = [lang for lang, _ in MIX]
    weights = [w for _, w in MIX]
    for n in range(len(out), size):
        lang = rng.choices(langs, weights)[0]
        out.append(_one(rng, lang, pools[lang], n))
    return out


def write_pack(records: list[dict[str, object]], path: Path) -> Path:
    """Write records as a JSON Lines pack `book.import_file` can read."""
    with path.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path
