"""The passphrase test reviewers are added with (core/passphrases.py: acting in a
reviewer's name on one computer needs it)."""

PW = "reviewer passphrase"
