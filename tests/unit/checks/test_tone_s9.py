"""Tone, session 9: the same text gives the same insult warning in every run, and a model
warning quotes its words as the post writes them. Sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktopapp.checks import insult_rules
from desktopapp.checks.tone_explain import as_written, explain

ROOT = Path(__file__).resolve().parents[3]
# Two insults more than a window (90 characters) apart: which one the paragraph's single
# insult warning lands on used to follow a set's order, and so the hash salt of the run.
TWO_INSULTS = ("The new treasurer is a total airhead. The fete raised enough for the coach trip, "
               "the rain held off and the choir sang beautifully. Also the plumber is a greedy "
               "leech.")


def test_the_first_insult_of_a_paragraph_is_the_one_warned() -> None:
    found = insult_rules.check(TWO_INSULTS)
    assert [TWO_INSULTS[w.start:w.end] for w in found] == ["The new treasurer is a total airhead"]


def test_insult_warnings_do_not_depend_on_the_hash_salt() -> None:
    # PYTHONHASHSEED 2 and 3 gave the plumber's warning on the old code, 0 and 1 the
    # treasurer's: four runs cover both orders of the two anchor words.
    script = ("import sys; from desktopapp.checks import insult_rules; "
              "print([(w.start, w.end) for w in insult_rules.check(sys.argv[1])])")
    runs = {subprocess.run([sys.executable, "-c", script, TWO_INSULTS], cwd=ROOT, check=True,
                           capture_output=True, text=True,
                           env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout
            for seed in range(4)}
    assert runs == {"[(0, 36)]\n"}


def test_driving_words_are_quoted_as_the_post_writes_them() -> None:
    text = "Our CEO is an IDIOT and a Moron, and every word of his memo proves it."
    said = explain("offensive", text)
    assert said.startswith("Driven by “")
    quoted = said.removeprefix("Driven by ").rstrip(".").split(", ")
    assert quoted and all(q.strip("“”") in text for q in quoted), said
    assert "“idiot”" not in said and "“moron”" not in said


def test_as_written_maps_the_models_spelling_back() -> None:
    spelled = as_written("Soooo ANGRY at the Council today")
    assert spelled["angry"] == "ANGRY"
    assert spelled["council"] == "Council"
    assert spelled["soo"] == "Soooo"  # the model cuts a long run of one letter to two
