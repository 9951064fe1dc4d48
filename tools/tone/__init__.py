"""Training the tone models shipped in resources/models/ (`make train-tone`).

`training.py` fits the n-gram models (scikit-learn); `distill.py` with `distill_steps.py`
distils a fine-tuned MiniLM into the word-piece student (torch). The app only reads their
output, through `desktopapp/checks/tone_model.py` and `tone_pieces.py`.
"""
