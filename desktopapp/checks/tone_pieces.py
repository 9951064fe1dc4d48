"""The neural half of the tone model: a bag of word pieces distilled from a transformer.

Trained by `tools/tone/distill.py`: a fine-tuned MiniLM (too big and slow to
ship) labels the training tweets and augmented copies of them, and this small model
learns to give the same answers. Each word piece has a vector of `dims` numbers; a text
is the mean and the maximum of its pieces' vectors, a ReLU, and a dot product. Vectors
are stored as int8 with one scale per dimension; the text's pieces' rows are sliced from
a bytes copy of the table and `zip` turns them into one tuple per dimension, over which
`sum` and `max` run on plain integers; the scale is applied once at the end. A post
scores in about 0.1 ms in pure Python, and the table takes 2 MB of memory (only the
shifted bytes are kept; the int8 table is rebuilt from them when the model is saved).

Piece vectors start from MiniLM's own vocabulary embeddings, which is why words never
seen in the training tweets still land near words with similar meaning.
"""

from __future__ import annotations

import gzip
import json
import math
from array import array
from dataclasses import InitVar, dataclass, field
from itertools import compress, repeat
from operator import add, gt, mul, sub

from desktopapp.checks.tone_model import ToneModel, normalise
from desktopapp.checks.wordpiece import WordPiece

FORMAT = "secondthought-pieces-1"
_UNSIGNED = bytes((value + 128) & 0xFF for value in range(256))  # int8 byte -> value + 128
_SIGNED = bytes((value - 128) & 0xFF for value in range(256))  # and back


@dataclass(frozen=True)
class PieceModel:
    name: str
    pieces: list[str]
    dims: int
    table: InitVar[array]  # int8, len(pieces) * dims, row-major; kept as `rows`
    scales: list[float]  # per dimension: value = int8 * scale
    mean_bias: list[float]
    weights: list[float]  # 2 * dims: the mean half, then the max half
    bias: float
    # The table as bytes, each value moved up by 128 (so 0..255 and in the same order): a
    # piece's row is one slice, and `zip` reads a column of all the text's rows as small
    # ints from C, about 3x faster than gathering through strided views of the int8 array
    # (whose items are unpacked one at a time). Only these bytes are kept (2 MB): the
    # int8 array was a second copy that nothing scores with (`int8_table` rebuilds it).
    rows: bytes = field(init=False, repr=False)

    def __post_init__(self, table: array) -> None:
        if len(table) != len(self.pieces) * self.dims:
            raise ValueError(f"{self.name}: table size does not match the vocabulary")
        if len(self.scales) != self.dims or len(self.weights) != 2 * self.dims:
            raise ValueError(f"{self.name}: scales or weights do not match dims")
        object.__setattr__(self, "_tokenizer",
                           WordPiece({p: i for i, p in enumerate(self.pieces)}))
        object.__setattr__(self, "rows", table.tobytes().translate(_UNSIGNED))
        object.__setattr__(self, "_peak_weights",
                           [w * s for w, s in zip(self.weights[self.dims:], self.scales,
                                                  strict=True)])

    def encode(self, text: str) -> list[int]:
        tokenizer: WordPiece = self.__dict__["_tokenizer"]
        return tokenizer.encode(normalise(text)) or [0]  # an empty text is the padding row

    def logit(self, text: str) -> float:
        ids = self.encode(text)
        rows = self.rows
        dims = self.dims
        # Each dimension's values for all the text's pieces, as one tuple (see `_rows`);
        # sums and maxima over plain integers in C. Sums and maxima of the shifted values
        # shift back exactly (integers), so the result is the int8 table's, bit for bit.
        gathered = list(zip(*[rows[i * dims:(i + 1) * dims] for i in ids], strict=True))
        shift = 128 * len(ids)
        inverse = 1.0 / len(ids)
        # Per dimension, in C (`map` over `operator`s, no Python frame per dimension): the
        # same operations in the same order as ((total - shift) * scale * inverse + bias),
        # and the same terms summed in the same order (those of a positive mean / peak),
        # so the logit is bit for bit what a loop over the dimensions gives.
        means = list(map(add, map(mul, map(mul, map(sub, map(sum, gathered), repeat(shift)),
                                          self.scales), repeat(inverse)), self.mean_bias))
        # the weights list holds the mean half, then the max half (`map` stops at `means`)
        result = self.bias + sum(compress(map(mul, self.weights, means),
                                          map(gt, means, repeat(0.0))))
        peak_weights: list[float] = self.__dict__["_peak_weights"]  # weight × scale
        peaks = list(map(sub, map(max, gathered), repeat(128)))
        return result + sum(compress(map(mul, peak_weights, peaks), map(gt, peaks, repeat(0))))

    def probability(self, text: str) -> float:
        return _sigmoid(self.logit(text))

    def int8_table(self) -> array:
        """The int8 table the model was made from (row-major), rebuilt from `rows`."""
        table = array("b")
        table.frombytes(self.rows.translate(_SIGNED))
        return table

    def save_with(self, extra: dict[str, object]) -> bytes:
        """A JSON header line (with `extra`), the pieces one a line, then the int8 table;
        gzipped with mtime 0, so the same model gives the same bytes."""
        vocabulary = "\n".join(self.pieces).encode("utf-8")
        header = {**extra, "format": FORMAT, "name": self.name, "dims": self.dims,
                  "scales": self.scales, "mean_bias": self.mean_bias,
                  "weights": self.weights, "bias": self.bias,
                  "vocabulary_bytes": len(vocabulary), "pieces": len(self.pieces)}
        body = (json.dumps(header, sort_keys=True).encode("utf-8") + b"\n" + vocabulary
                + self.rows.translate(_SIGNED))
        return gzip.compress(body, mtime=0)

    @classmethod
    def read(cls, data: bytes) -> PieceModel:
        return cls.read_with_header(data)[0]

    @classmethod
    def read_with_header(cls, data: bytes) -> tuple[PieceModel, dict[str, object]]:
        body = gzip.decompress(data)
        newline = body.index(b"\n")
        header = json.loads(body[:newline])
        if header.get("format") != FORMAT:
            raise ValueError("not a Second Thought word-piece model")
        start = newline + 1
        end = start + int(header["vocabulary_bytes"])
        pieces = body[start:end].decode("utf-8").split("\n")
        table = array("b")
        table.frombytes(memoryview(body)[end:])  # freed once the model keeps its `rows`
        del body
        model = cls(str(header["name"]), pieces, int(header["dims"]), table,
                    [float(x) for x in header["scales"]],
                    [float(x) for x in header["mean_bias"]],
                    [float(x) for x in header["weights"]], float(header["bias"]))
        return model, header


def _sigmoid(z: float) -> float:
    if z < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class BlendedModel:
    """The n-gram model and the word-piece model together, with a calibrated blend.

    Blend weights and the Platt bias are fitted on out-of-fold scores of the training
    tweets, so the probability is calibrated without looking at the validation split."""

    name: str
    ngrams: ToneModel
    pieces: PieceModel
    ngram_weight: float
    piece_weight: float
    bias: float

    def probability(self, text: str) -> float:
        score = self.ngrams.score(text)
        return _sigmoid(self.ngram_weight * score + self.piece_weight * self.pieces.logit(text)
                        + self.bias)


def load_blend(name: str, ngrams: ToneModel, data: bytes) -> BlendedModel:
    """The blend stored in a word-piece model file's header ("blend": [w_ngram, w_piece, b])."""
    pieces, header = PieceModel.read_with_header(data)
    blend = header.get("blend")
    if not isinstance(blend, list) or len(blend) != 3:
        raise ValueError(f"{name}: the word-piece model carries no blend weights")
    return BlendedModel(name, ngrams, pieces, float(blend[0]), float(blend[1]), float(blend[2]))
