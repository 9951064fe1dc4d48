"""tools/risk/compare.py: models compared at equal tune-half false alarms, counted right."""

from __future__ import annotations

from tools.risk import compare
from tools.risk.training import KINDS, Example


def scores(values: list[float]) -> list[list[float]]:
    """Score rows that put each value on the first kind and -9 on every other kind."""
    return [[v] + [-9.0] * (len(KINDS) - 1) for v in values]


def test_a_cut_lets_exactly_the_allowed_tune_posts_through() -> None:
    tune = scores([0.1, 0.9, 0.5, 0.3])
    assert compare.cuts(tune, 0)[0] == 0.9  # nothing above the highest
    assert compare.cuts(tune, 1)[0] == 0.5  # only the highest above it
    assert compare.warns(tune, compare.cuts(tune, 1)) == [False, True, False, False]


def test_tally_counts_catches_per_kind_false_alarms_and_the_union_with_rules() -> None:
    posts = [Example("risky caught by the model", KINDS[0], "w"),
             Example("risky caught by the rules only", KINDS[0], "w"),
             Example("ordinary the model warns on", "", "w")]
    tune = scores([0.0, 1.0])
    model = scores([2.0, 0.5, 1.5])
    rules = {posts[0].text: False, posts[1].text: True, posts[2].text: False}
    counts: compare.Counts = {}
    compare.tally(posts, {"ngram": (tune, model)}, counts, None, rules)
    assert counts[("ngram", 0, KINDS[0])] == [1, 2]
    assert counts[("ngram", 0, "ordinary")] == [1, 1]
    assert counts[("rules", 0, KINDS[0])] == [1, 2]
    assert counts[("rules+ngram", 0, KINDS[0])] == [2, 2]
    assert counts[("ngram", 0, "tune")] == [0, 2]
    # one tune post allowed: the cut drops to 0.0, so the rules-only post is caught too
    assert counts[("ngram", 1, KINDS[0])] == [2, 2]
    assert counts[("ngram", 1, "tune")] == [1, 2]


def test_a_subset_keeps_only_its_posts() -> None:
    posts = [Example("seen", KINDS[0], "w"), Example("unseen", KINDS[0], "w")]
    counts: compare.Counts = {}
    compare.tally(posts, {"ngram": (scores([0.0, -1.0]), scores([1.0, 1.0]))}, counts,
                  {"unseen"}, {})
    assert counts[("ngram", 0, KINDS[0])] == [1, 1]


def test_the_table_totals_every_kind_and_shows_false_alarms() -> None:
    counts: compare.Counts = {("ngram", a, k): v for a in compare.ALLOWED for k, v in
                              ((KINDS[0], [1, 2]), (KINDS[1], [3, 4]), ("ordinary", [1, 10]),
                               ("tune", [0, 50]))}
    text = compare.table(counts, "t", joined=False)
    assert "| **all risky** | 4/6 (66.7 %)" in text
    assert "| ordinary (left out), false alarms | 1/10 (10.0 %)" in text
