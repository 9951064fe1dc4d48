"""Which posts `tools/eval_warnings.py` checks, as rows of its tables (a row: posts and a name).

For `--tuning`, only the dev and tune parts are read; the locked, held-out and fresh parts
are never even opened (tests/unit/test_eval_fresh_locked.py spies on the reads).
"""

from __future__ import annotations

from tools.warnings_corpora import (
    DEV_BATCH,
    FRESH,
    FRESH_S8,
    FRESH_S9,
    FRESH_S11,
    FRESH_S12,
    Post,
    dev_drops,
    fresh_s7_posts,
    held_out,
    labelled_posts,
    locked,
    own_posts,
    tweeteval_posts,
)

_SEEN = "own, locked (seen: written by the rule writer)"
_FRESH = "own, fresh (session 6: never seen by a rule writer)"
_FRESH_S7 = "own, fresh (session 7: never seen by a rule writer)"
_FRESH_S8 = "own, fresh (session 8: never seen by a rule writer)"
_FRESH_S9 = "own, fresh (session 9: never seen by a rule writer)"
_FRESH_S11 = "own, fresh (session 11: never seen by a rule writer)"
_FRESH_S12 = "own, fresh (session 12: never seen by a rule writer)"
_BATCH = "own, dev (session 6 batch)"
Part = tuple[list[Post], str]  # the posts of one row of the tables, and the row's name


def parts(tuning: bool) -> tuple[list[Part], list[Part]]:
    """The ordinary and the risky parts to check. For `tuning`, only the dev and tune parts:
    the locked, held-out and fresh parts are never even read."""
    own_ordinary, own_risky = own_posts()
    batch_ordinary, batch_risky = labelled_posts(DEV_BATCH)
    drops = dev_drops()
    te_ordinary, te_risky = tweeteval_posts()

    def split(posts: list[Post], test: bool, key: object = locked) -> list[Post]:
        return [p for p in posts if key(p.text) == test]  # type: ignore[operator]

    def unseen(posts: list[Post], seen: bool = False) -> list[Post]:
        return [p for p in posts if p.seen == seen]

    # The dev batches are dev as a whole: in the "own, dev" rows, and each batch (each drop of
    # batch 2) in rows of its own, so a drop's numbers can be read before its posts.
    drop_ordinary = [p for _, posts, _ in drops for p in posts]
    drop_risky = [p for _, _, posts in drops for p in posts]
    dev_risky = [(split(own_risky, False) + batch_risky + drop_risky, "own, dev"),
                 (batch_risky, _BATCH), *((posts, name) for name, _, posts in drops)]
    tuned = [(split(own_ordinary, False) + batch_ordinary + drop_ordinary, "own, dev"),
             (batch_ordinary, _BATCH), *((posts, name) for name, posts, _ in drops),
             (split(te_ordinary, False, held_out), "TweetEval val, tune half")]
    if tuning:
        te_tune = "TweetEval val offensive/hate, tune half"
        return tuned, [*dev_risky, (split(te_risky, False, held_out), te_tune)]
    fresh_ordinary, fresh_risky = labelled_posts(FRESH)
    s7_ordinary, s7_risky = fresh_s7_posts()
    locked_ordinary, locked_risky = split(own_ordinary, True), split(own_risky, True)
    ordinary_parts = [(unseen(locked_ordinary), "own, locked (unseen)"),
                      (split(te_ordinary, True, held_out), "TweetEval val, held-out half"),
                      *tuned, (unseen(locked_ordinary, True), _SEEN),
                      (fresh_ordinary, _FRESH), (s7_ordinary, _FRESH_S7)]
    risky_parts = [(unseen(locked_risky), "own, locked (unseen)"),
                   (te_risky, "TweetEval val offensive/hate"),
                   *dev_risky, (unseen(locked_risky, True), _SEEN),
                   (fresh_risky, _FRESH), (s7_risky, _FRESH_S7)]
    for folder, row in ((FRESH_S8, _FRESH_S8), (FRESH_S9, _FRESH_S9),
                        (FRESH_S11, _FRESH_S11), (FRESH_S12, _FRESH_S12)):
        if (folder / "risky.txt").is_file():  # absent until its writer lands it
            later_ordinary, later_risky = labelled_posts(folder)
            ordinary_parts.append((later_ordinary, row))
            risky_parts.append((later_risky, row))
    return ordinary_parts, risky_parts
