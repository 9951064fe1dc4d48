from __future__ import annotations

import gzip
import math
from array import array
from importlib import resources

import pytest

from desktopapp.checks.tone import tone_probabilities
from desktopapp.checks.tone_model import load_model, load_ngram_model
from desktopapp.checks.tone_pieces import BlendedModel, PieceModel


def tiny_model() -> PieceModel:
    pieces = ["[PAD]", "[UNK]", "good", "bad", "##ly"]
    vectors = [[0, 0], [0, 0], [100, -20], [-50, 127], [10, 10]]
    table = array("b", [v for row in vectors for v in row])
    return PieceModel("tiny", pieces, 2, table, [0.01, 0.02], [0.1, -0.1],
                      [1.0, -2.0, 0.5, 3.0], -0.25)


def reference_logit(model: PieceModel, ids: list[int]) -> float:
    """The model's definition written out in floats, to check the integer shortcut."""
    table = model.int8_table()
    rows = [[table[i * model.dims + d] * model.scales[d] for d in range(model.dims)]
            for i in ids]
    mean = [max(0.0, sum(r[d] for r in rows) / len(rows) + model.mean_bias[d])
            for d in range(model.dims)]
    peak = [max(0.0, max(r[d] for r in rows)) for d in range(model.dims)]
    return model.bias + sum(w * x for w, x in zip(model.weights, mean + peak, strict=True))


def test_logit_matches_the_float_definition() -> None:
    model = tiny_model()
    for text in ("good", "bad badly", "good bad", "unknown words", "", "badly good good"):
        ids = model.encode(text)
        assert model.logit(text) == pytest.approx(reference_logit(model, ids), abs=1e-12)
    assert model.encode("") == [0]
    assert 0.0 < model.probability("good") < 1.0


def _integer_logit(model: PieceModel, ids: list[int]) -> float:
    """The int8 table read column by column, summed and maxed as signed integers (what
    `logit` computed before it sliced rows from a shifted bytes copy)."""
    table = model.int8_table()
    columns = [[table[i * model.dims + d] for i in ids] for d in range(model.dims)]
    means = [sum(c) * s * (1.0 / len(ids)) + b
             for c, s, b in zip(columns, model.scales, model.mean_bias, strict=True)]
    result = model.bias + sum(w * m for w, m in zip(model.weights, means, strict=False) if m > 0)
    peaks = [w * s for w, s in zip(model.weights[model.dims:], model.scales, strict=True)]
    return result + sum(w * p for w, p in zip(peaks, map(max, columns), strict=True) if p > 0)


def test_logit_equals_the_signed_tables_bit_for_bit() -> None:
    extreme = PieceModel("edge", ["[PAD]", "[UNK]", "low", "high"], 2,
                         array("b", [0, 0, 0, 0, -128, -1, 127, 1]), [0.5, 0.25],
                         [0.0, 0.0], [1.0, 1.0, 1.0, 1.0], 0.0)
    for text in ("low", "high", "low low", "low high", "high low low"):
        assert extreme.logit(text) == _integer_logit(extreme, extreme.encode(text))
    pieces = load_model("offensive").pieces  # type: ignore[attr-defined]
    for text in ("A calm note about the weather on Tuesday.", "you absolute muppet!!",
                 "Ça va? 🙂 Très bien, merci", "x", " ".join(["a long draft"] * 90)):
        assert pieces.logit(text) == _integer_logit(pieces, pieces.encode(text)), text


def test_save_and_read_round_trip_byte_for_byte() -> None:
    model = tiny_model()
    data = model.save_with({"blend": [0.5, 1.0, -0.2]})
    assert data == model.save_with({"blend": [0.5, 1.0, -0.2]})  # reproducible (mtime 0)
    again = PieceModel.read(data)
    assert again == model
    assert again.int8_table() == model.int8_table() == array(
        "b", [0, 0, 0, 0, 100, -20, -50, 127, 10, 10])  # tiny_model's vectors, signed
    assert again.logit("bad badly") == model.logit("bad badly")


def test_reading_garbage_fails_clearly() -> None:
    with pytest.raises(ValueError, match="not a Second Thought"):
        PieceModel.read(gzip.compress(b'{"format": "other"}\n'))
    good = tiny_model()
    with pytest.raises(ValueError, match="table size"):
        PieceModel("x", good.pieces, 2, array("b", [0]), good.scales, good.mean_bias,
                   good.weights, 0.0)


def test_blend_combines_both_scores() -> None:
    ngrams = load_ngram_model("offensive")
    pieces = tiny_model()
    blend = BlendedModel("b", ngrams, pieces, 0.7, 1.3, -0.4)
    text = "good bad"
    z = 0.7 * ngrams.score(text) + 1.3 * pieces.logit(text) - 0.4
    assert blend.probability(text) == pytest.approx(1 / (1 + math.exp(-z)))


def test_the_shipped_offensive_model_is_the_blend_and_reads_tone() -> None:
    model = load_model("offensive")
    assert isinstance(model, BlendedModel)
    ref = resources.files("desktopapp.resources") / "models" / "tone-offensive-pieces.bin.gz"
    assert len(ref.read_bytes()) < 10_000_000
    assert model.probability("Those idiots in charge should be jailed, morons") > 0.8
    # words the n-gram model never saw still land near known insults through the pieces
    assert model.probability("What a brainless imbecilic buffoon you are") > 0.5
    # The app masks figurative uses before scoring ("killed it" alone is a strong signal).
    assert tone_probabilities("She absolutely killed it on stage tonight!")["offensive"] < 0.2
    assert model.probability("Lovely morning at the bakery, thanks everyone") < 0.2

