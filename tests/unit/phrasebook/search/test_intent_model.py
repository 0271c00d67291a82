"""The intent model: counts that ship with the examples, and what it recognises."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from phrasebook.resources import resources_dir
from phrasebook.search import intent_model
from phrasebook.search.intent_model import (
    COUNTS_FILE,
    EXAMPLES_FILE,
    IntentModel,
    count,
    default_model,
    features,
    load_counts,
    read_examples,
    save_counts,
)
from phrasebook.search.lexicon import default_lexicon


def test_shipped_counts_are_those_of_the_shipped_examples() -> None:
    examples = resources_dir() / EXAMPLES_FILE
    shipped = load_counts(resources_dir() / COUNTS_FILE, examples)
    assert shipped is not None, "run python resources/search/update_intent_counts.py"
    fresh = count(read_examples(examples))
    assert shipped.intents == fresh.intents and shipped.grams == fresh.grams
    assert np.array_equal(shipped.counts, fresh.counts)


def test_no_evaluation_message_is_a_training_example() -> None:
    """The figures of benchmarks/search_quality.py must come from messages the model never saw."""
    data = Path(__file__).resolve().parents[4] / "tests" / "data"

    def squeezed(text: str) -> str:
        return "".join(ch for ch in text.lower() if ch.isalnum())

    taught = {squeezed(message) for _, message in read_examples(resources_dir() / EXAMPLES_FILE)}
    for name in ("customer_messages.tsv", "customer_messages_2.tsv", "customer_messages_3.tsv"):
        lines = (data / name).read_text(encoding="utf-8").splitlines()[1:]
        asked = {squeezed(line.split("\t")[2]) for line in lines if line.strip()}
        assert not asked & taught, name


def test_every_example_intent_is_a_lexicon_intent() -> None:
    lexicon = {i.name for i in default_lexicon().intents}
    assert set(default_model().intents) == lexicon


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("亲 这个几时能寄出来啊", "ship_time"), ("便宜点呗 老顾客了", "bargain"),
        ("杯子到手就裂了", "damaged"), ("幾時出貨呀", "ship_time"),
        ("배송 언제 출발해요?", "ship_time"), ("택배 상자가 찌그러져서 깨져 왔어요", "damaged"),
        ("when u send my order", "ship_time"),
        ("too expensive, can u lower the price a bit", "bargain"),
    ],
)  # fmt: skip
def test_recognises_intents_worded_in_ways_the_cues_miss(message: str, intent: str) -> None:
    assert default_model().guess(message, 1)[0].intent == intent


def test_guess_is_a_probability_ranking() -> None:
    guesses = default_model().guess("退货地址发我一下", 3)
    assert [g.probability for g in guesses] == sorted(
        (g.probability for g in guesses), reverse=True
    )
    assert 0.0 < sum(g.probability for g in guesses) <= 1.0 + 1e-9


def test_a_message_of_unknown_characters_has_no_guess() -> None:
    assert default_model().guess("§§§ ¤¤", 3) == []
    assert default_model().guess("", 3) == []


def test_features_fold_and_mark_word_edges() -> None:
    assert features("發貨!!") == features("发货")
    assert " is" in features("where is it") and "i" not in features("where is it")


def _examples(folder: Path, rows: list[tuple[str, str]]) -> Path:
    path = folder / "examples.tsv"
    lines = ["intent\tlang\tmessage", *(f"{i}\tzh-Hans\t{m}" for i, m in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_counts_made_from_other_examples_are_not_used(tmp_path: Path) -> None:
    rows = [
        ("ship", "什么时候发货"),
        ("ship", "几时发货"),
        ("refund", "退款到哪了"),
        ("refund", "退款呢"),
    ]
    examples = _examples(tmp_path, rows)
    out = tmp_path / "counts.npz"
    save_counts(count(read_examples(examples)), examples, out)
    assert load_counts(out, examples) is not None
    examples.write_text(examples.read_text(encoding="utf-8") + "ship\tzh-Hans\t快发货\n", "utf-8")
    assert load_counts(out, examples) is None


def test_a_damaged_counts_file_is_ignored(tmp_path: Path) -> None:
    examples = _examples(tmp_path, [("ship", "发货"), ("ship", "发货吗")])
    broken = tmp_path / "counts.npz"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert load_counts(broken, examples) is None
    assert load_counts(tmp_path / "missing.npz", examples) is None


def test_default_model_trains_from_the_examples_when_the_counts_are_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "search").mkdir()
    rows = [
        ("ship", "什么时候发货"),
        ("ship", "几时发货"),
        ("refund", "退款到哪了"),
        ("refund", "钱退了吗"),
    ]
    _examples(tmp_path / "search", rows).rename(tmp_path / EXAMPLES_FILE)
    monkeypatch.setattr(intent_model, "resources_dir", lambda: tmp_path)
    intent_model.default_model.cache_clear()
    try:
        model = intent_model.default_model()
        assert isinstance(model, IntentModel) and model.intents == ["refund", "ship"]
        assert model.guess("啥时候发货", 1)[0].intent == "ship"
    finally:
        intent_model.default_model.cache_clear()
