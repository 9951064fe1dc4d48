"""How often the warnings are wrong: `make eval-warnings` writes docs/warnings-quality.md.

Ordinary posts (every caution or danger warning on them is a false alarm) and risky posts
(each must get at least one caution-or-danger warning in tone, risk, privacy or brand):

- our own posts in tests/fixtures/warnings/ (three users' voices; risky ones by kind). A
  third of them, chosen by a hash of the text, is the *locked* part: nothing is tuned on
  it and `--show` never prints it; the rest is the *dev* part.
- TweetEval's val splits from ../shared/data/tweeteval: sentiment neutral + positive,
  offensive not-offensive and hate not-hate as ordinary; offensive and hate positives as
  risky. They are halved the same way: thresholds were chosen on the *tune* half, and the
  *held-out* half is what the goals are measured on.
- the *fresh* posts in tests/fixtures/warnings_fresh/ (session 6) and
  tests/fixtures/warnings_fresh_s7/ (session 7: two batches by two writers, one row), each
  written by someone who never saw the rules and committed before any checker ran on them:
  each part locked as a whole, in rows of its own, and never read by `--tuning`.
- the fresh sets of sessions 8, 9, 11 and 12 (tests/fixtures/warnings_fresh_s8/ … _s12/),
  written the same way, one row each; the rows are listed in tools/eval_parts.py.
- the session 6 *dev batch* in tests/fixtures/warnings_dev/, written the same way but meant
  to be read and tuned on: every post of it is dev (no locked third). It counts in the
  "own, dev" rows and is also reported apart as "own, dev (session 6 batch)".
- session 7's dev batch 2 (warnings_dev/ordinary2a.txt, risky2a.txt, then 2b), dev as a
  whole too, landed in drops that tuners measure before they read them: in the "own, dev"
  rows and in rows of their own per drop ("own, dev batch 2 drop A"); an absent drop is skipped.

Run from the repository root: `python tools/eval_warnings.py [--fast] [--show dev]`.
Engineers who tune use `--tuning`: only the dev and tune parts, printed, the doc untouched.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktopapp.checks.engine import CheckEngine  # noqa: E402
from desktopapp.checks.grammar import GrammarChecker  # noqa: E402
from desktopapp.checks.model import Category, CheckContext, Report, Severity  # noqa: E402
from desktopapp.checks.tone_model import load_model  # noqa: E402
from tools.eval_parts import Part, parts  # noqa: E402, F401
from tools.eval_tables import code_table, ordinary_table, pct, recall_table  # noqa: E402

# The corpora and their splits live in tools/warnings_corpora.py; their names stay importable
# from here (the tone training and the corpus tests take them from this module).
from tools.warnings_corpora import (  # noqa: E402, F401
    CORPUS,
    DEV_BATCH,
    FRESH,
    FRESH_S7,
    FRESH_S7_FILES,
    FRESH_S8,
    FRESH_S9,
    FRESH_S11,
    FRESH_S12,
    TWEETEVAL,
    Post,
    dev_drops,
    fresh_s7_posts,
    held_out,
    labelled_posts,
    locked,
    own_posts,
    training_quarter,
    tweeteval,
    tweeteval_posts,
)

# Hand-kept: what each round of changes did, before and after, on every part of the data.
HISTORY = ROOT / "docs" / "warnings-history.md"
RISK_CATEGORIES = {Category.TONE, Category.RISK, Category.PRIVACY, Category.BRAND}
GOAL_RISKY_CATEGORIES = {Category.TONE, Category.RISK, Category.PRIVACY}
# Explicit profanity is a true warning even in praise, so it is exempt from the per-code goal.
EXEMPT = {"tone.profanity", "tone.masked-profanity"}


@dataclass
class Tally:
    """What the checks said on one corpus."""

    name: str
    size: int = 0
    risky_alarm: int = 0  # caution+ in tone, risk or privacy
    risky_alarm_clean: int = 0  # the same, explicit profanity left out
    kind_alarm: Counter[str] = field(default_factory=Counter)  # risky_alarm per kind
    kind_any: Counter[str] = field(default_factory=Counter)
    any_alarm: int = 0  # caution+ of any category
    notes: int = 0  # information level only
    per_code: Counter[str] = field(default_factory=Counter)
    info_code: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    examples: list[tuple[str, str]] = field(default_factory=list)

    def add(self, post: Post, report: Report, risky: bool) -> None:
        self.size += 1
        alarms = [w for w in report.warnings if w.severity is not Severity.INFO]
        codes = {w.code for w in alarms}
        self.per_code.update(codes)
        self.info_code.update({w.code for w in report.warnings} - codes)
        self.kinds[post.kind] += 1
        goal_alarm = any(w.category in GOAL_RISKY_CATEGORIES for w in alarms)
        self.risky_alarm += goal_alarm
        self.kind_alarm[post.kind] += goal_alarm
        self.kind_any[post.kind] += bool(alarms)
        self.risky_alarm_clean += any(w.category in GOAL_RISKY_CATEGORIES and w.code not in EXEMPT
                                      for w in alarms)
        self.any_alarm += bool(alarms)
        self.notes += bool(report.warnings) and not alarms
        hit = any(w.category in RISK_CATEGORIES for w in alarms)
        if risky:
            self.caught[post.kind] += hit
            if not hit:
                self.examples.append(("missed " + post.kind, post.text))
        elif goal_alarm or alarms:
            self.examples.append((",".join(sorted(codes)), post.text))


def run(engine: CheckEngine, posts: Iterable[Post], name: str, risky: bool,
        grammar: bool) -> Tally:
    tally = Tally(name)
    ctx = CheckContext()
    for post in posts:
        tally.add(post, engine.check(post.text, ctx, grammar=grammar), risky)
    return tally


def macro_f1(pairs: list[tuple[str, int]]) -> float:
    model = load_model("offensive")
    predicted = [int(model.probability(t) >= 0.5) for t, _ in pairs]
    scores = []
    for cls in (0, 1):
        tp = sum(p == cls and y == cls for p, (_, y) in zip(predicted, pairs, strict=True))
        fp = sum(p == cls and y != cls for p, (_, y) in zip(predicted, pairs, strict=True))
        fn = sum(p != cls and y == cls for p, (_, y) in zip(predicted, pairs, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return 100 * sum(scores) / 2


def goals(ordinary: list[Tally], risky: list[Tally]) -> list[str]:
    lines = []
    for t in ordinary:
        # Sorted first, so a tie names the same code on every run (sets have no order).
        worst = max(sorted((c, n) for c, n in t.per_code.items() if c not in EXEMPT and
                           c.split(".")[0] in {"tone", "risk", "privacy"}),
                    key=lambda cn: cn[1], default=("none", 0))
        met = (t.risky_alarm <= 0.05 * t.size and t.any_alarm <= 0.10 * t.size
               and worst[1] <= 0.01 * t.size)
        lines.append(f"- {t.name}: tone/risk/privacy {pct(t.risky_alarm, t.size)} "
                     f"({pct(t.risky_alarm_clean, t.size)} without explicit profanity), any "
                     f"{pct(t.any_alarm, t.size)}, worst single code `{worst[0]}` "
                     f"{pct(worst[1], t.size)} — **{'met' if met else 'not met'}**")
    for t in risky:
        low = [k for k in sorted(t.kinds) if t.caught[k] < 0.9 * t.kinds[k]]
        lines.append(f"- {t.name}: recall {pct(sum(t.caught.values()), t.size)}; kinds under "
                     f"90 %: {', '.join(low) or 'none'} — **{'met' if not low else 'not met'}**")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true",
                        help="skip spelling (information level only; for quick tuning runs)")
    parser.add_argument("--show", choices=["dev", "tune"],
                        help="print the dev (own) or tune (TweetEval) part's mistakes")
    parser.add_argument("--tuning", action="store_true",
                        help="for tuning: leave out every locked and held-out part (own locked, "
                             "both fresh parts, TweetEval held-out half), print the dev and "
                             "tune parts only and write no doc")
    parser.add_argument("--out", default=str(ROOT / "docs" / "warnings-quality.md"))
    args = parser.parse_args(argv)
    if not TWEETEVAL.is_dir():
        print(f"error: TweetEval data not found at {TWEETEVAL}", file=sys.stderr)
        return 2
    grammar = not args.fast
    engine = CheckEngine(grammar=GrammarChecker(allow_local=False) if grammar else None)
    ordinary_parts, risky_parts = parts(args.tuning)
    ordinary = [run(engine, posts, name, False, grammar) for posts, name in ordinary_parts]
    risky = [run(engine, posts, name, True, grammar) for posts, name in risky_parts]
    if args.show:
        wanted = "own, dev" if args.show == "dev" else "TweetEval val, tune half"
        for tally in (t for t in ordinary + risky if t.name == wanted):
            print("".join(f"{tally.name}\t{label}\t{text}\n" for label, text in tally.examples),
                  end="")
    if args.tuning:
        f1 = macro_f1([(t, y) for t, y in tweeteval("offensive") if not held_out(t)])
        print("\n".join(["## Goals (dev and tune parts only)", *goals(ordinary, risky),
                         f"- offensive model macro-F1 on the tune half: {f1:.1f}", "",
                         *ordinary_table(ordinary), "", *recall_table(risky), "",
                         *code_table(ordinary, risky)]))
        return 0
    f1 = macro_f1(tweeteval("offensive"))
    doc = render(ordinary, risky, f1, grammar)
    Path(args.out).write_text(doc, encoding="utf-8")
    print("\n".join(goals(ordinary, risky)))
    print(f"offensive model macro-F1 on TweetEval offensive val: {f1:.1f}")
    return 0


def render(ordinary: list[Tally], risky: list[Tally], f1: float, grammar: bool) -> str:
    spelling = ("offline spelling included" if grammar else
                "spelling skipped (--fast run; it is information level only)")
    parts = [
        "# How often the warnings are wrong",
        "",
        "Written by `make eval-warnings` (`tools/eval_warnings.py`); do not edit by hand. "
        f"Every check of the app as `secondthought check` runs it, default settings, {spelling}.",
        "",
        "A **false alarm** is a caution or danger warning on an ordinary post (information-"
        "level notes, the dotted underlines for spelling, hashtag case and readability, do "
        "not count). A risky post is **caught** when it gets a caution or danger warning in "
        "tone, risk, privacy or brand.",
        "",
        "Our own posts (tests/fixtures/warnings/) are split by a hash of their text: the "
        "*locked* third is never looked at while tuning; the *dev* part is. TweetEval val is "
        "halved the same way: thresholds were chosen on the *tune* half only. The goals are "
        "judged on the held-out half (the headline third-party number) and on the locked "
        "part. The locked part is reported in two rows: *unseen*, posts from before issue "
        "11's fourth round, which no rule writer of that round ever read; and *seen*, the "
        "locked third of the posts that round's engineer wrote before writing rules from "
        "their dev part (they knew those texts, so those rows flatter the rules).",
        "",
        "The *fresh* parts were each written from issue 11's text alone by an engineer "
        "who had not read the checks, word lists, models or the other posts, and committed "
        "before any checker ran on them. Each is locked as a whole (no dev part) and reported "
        "in rows of its own; `--tuning` never reads any of them, like the rest of the locked and "
        "held-out data. *Session 6* (tests/fixtures/warnings_fresh/: 240 ordinary posts, 80 "
        "for each voice, and 192 risky ones, 12 for each of 16 kinds) was written before "
        "session 7's rule changes, and its results were known while they were made. *Session "
        "7* (tests/fixtures/warnings_fresh_s7/) was written during session 7, while rules and "
        "models were tuned, by two engineers who tuned nothing and never saw each other's "
        "posts: a first batch (ordinary.txt, risky.txt: 240 ordinary posts, 80 for each "
        "voice, and 240 risky ones, 15 for each of the 16 kinds) and a second (ordinary_b.txt, "
        "risky_b.txt: 150 ordinary posts, 50 for each voice, and 240 risky ones, 15 per kind, "
        "modelled on the shapes of real incidents: indirect, sarcastic, quoted, in replies, "
        "half-joking, in many registers). They are reported together in one row (390 ordinary "
        "posts, 130 per voice; 480 risky, 30 per kind). No rule writer of session 7 saw their "
        "posts or a result on them while tuning, so nothing in that session's rules was "
        "fitted to them. Both parts are small: one post is 8.3 points of a kind's recall in "
        "session 6's set (one writer) and 3.3 in session 7's (two writers), and the kind "
        "names are each writer's reading of the issue.",
        "",
        "*Session 8* (tests/fixtures/warnings_fresh_s8/: 300 ordinary posts, 100 for each "
        "voice, and 480 risky ones, 30 for each of the 16 kinds, about a third of them with "
        "the risky sentence among ordinary ones) was written at the start of session 8 by one "
        "more engineer, the same way, and committed before any checker ran on it. Nobody who "
        "tuned rules or models in session 8 read it or saw a result on it; it was run twice, "
        "by the lead, who tuned nothing: on the session's starting code and at its end. One "
        "post is 3.3 points of a kind's recall.",
        "",
        "*Session 9* (tests/fixtures/warnings_fresh_s9/: 300 ordinary posts, 100 for each "
        "voice, and 480 risky ones, 30 for each of the 16 kinds) was written the same way at "
        "the start of session 9 by one more engineer who tuned nothing, committed before any "
        "checker ran on it, and run by the lead only: on the session's starting code and at "
        "its end. It was written fast (in minutes), so its kinds may be easier than the "
        "session 8 set's: compare each set with itself over time, not the sets with each other.",
        "",
        "*Session 11* (tests/fixtures/warnings_fresh_s11/: 300 ordinary posts, 100 for each "
        "voice, and 480 risky ones, 30 for each of the 16 kinds) was written the same way at "
        "the start of session 11 by one more engineer who tuned nothing, asked to write the "
        "weakest kinds indirectly and the ordinary posts in the words that trip checks; "
        "committed before any checker ran on it and run by the lead only, on the session's "
        "starting code and at its end. (Session 10 wrote no set.) Its writer notes that it "
        "was written fast (about 25 minutes), that some kinds repeat a few patterns (children: "
        "a proud parent naming a school or club with a time; disaster promotion: a code or a "
        "sale next to a named disaster; cheer: puns and \"congrats on surviving\"), and that "
        "most of its phone numbers are in the range set aside for drama (07700 900xxx), which "
        "no real phone has: the phone check, which flags only numbers valid somewhere, "
        "rightly passes those, so the privacy row understates what it catches on real posts.",
        "",
        "*Session 12* (tests/fixtures/warnings_fresh_s12/: 300 ordinary posts, 100 for each "
        "voice, and 480 risky ones, 30 for each of the 16 kinds) was written the same way during "
        "session 12 by one more engineer who tuned nothing, in one pass of about ten minutes, "
        "committed before any checker ran on it, and run by the lead only: on session 12's "
        "starting code and at its end, then at the end of session 13. Its writer notes that "
        "its registers lean polished (few phone-fast posts), that a few posts sit between two "
        "kinds (judgement and blame; endorsing violence and a threat), that a few offensive "
        "posts use regional stereotypes rather than a protected group, and that its phone "
        "numbers follow real numbering plans.",
        "",
        "The *session 6 dev batch* (tests/fixtures/warnings_dev/: 150 ordinary posts, 50 for "
        "each voice, and 240 risky ones, 15 for each of the 16 kinds) was written the same "
        "way by another engineer, but as dev data: rule writers may read it, so it is in the "
        "*own, dev* rows as a whole (no locked third) and also reported in rows of its own.",
        "",
        "*Dev batch 2* (session 7, tests/fixtures/warnings_dev/ordinary2a.txt and risky2a.txt, "
        "then 2b: 90 ordinary posts, 30 per voice, and 160 risky ones, 10 per kind, per drop) "
        "was written the same way by a third engineer, in wording unlike the earlier batches, "
        "and landed in drops that the rule writers measured before reading them. It is dev "
        "data: in the *own, dev* rows, and each drop in rows of its own. *Dev batches 3, 4 "
        "and 5* (session 8, risky3a … ordinary5b.txt: 320 risky posts, 20 per kind, and 150 "
        "ordinary, 50 per voice, per drop) were written the same way by three more engineers, "
        "each in a slant of their own (the shapes of public incidents; phone-fast everyday "
        "voices; long posts in polite, professional registers), and are dev data in the same "
        "way. Session 8's learned risk model was trained on the dev batches; its engineer "
        "measured each drop before training on it. *Dev batches 6, 7 and 8* (session 9, "
        "risky6a … ordinary8b.txt, the same sizes) came from three more writers (online "
        "arguments; people at work; creators talking to their audience); the rule writers "
        "measured every drop before reading it and left some drops unread to the end, so "
        "the later drops' rows are part fitted, part unread (see docs/warnings-history.md). "
        "Batches 9–11 (sessions 13–14) came from three more writers, and *batches 12 and 13* "
        "(session 16: civic life and activism; online communities) from two more, asked to "
        "leave obvious trigger words out of many risky posts; 12b and 13b stayed unread while "
        "rules were written from 12a and 13a. *Batches 14 and 15* (session 17: health, care "
        "and family services; money, media and tech) came from two more writers the same "
        "way, and were measured before anyone read them, after session 17's rules.",
        "",
        "What to keep in mind when reading the numbers:",
        "",
        "- The *dev* numbers are tuned on and flatter the rules; the locked third is the "
        "honest figure for our own posts. The anger model also learnt \"not angry\" from the "
        "dev ordinary posts and from a quarter of TweetEval sentiment val inside the tune "
        "half (tools/tone/training.py), never from the held-out half or the locked third.",
        "- TweetEval's *not offensive* and *not hate* tweets are not calm posts: many swear, "
        "rage or insult (*not hate* only means not hateful against immigrants or women). A "
        "profanity or anger warning there is often right; the sentiment neutral/positive "
        "rows are the closest to ordinary posts.",
        "- The offensive model is unchanged (macro-F1 measured at its own 0.5 cut-off); the "
        "app warns from 0.85 (offensive) and 0.80 (anger) so that ordinary posts are "
        "rarely flagged, which is why it catches fewer TweetEval offensive tweets than its "
        "F1 suggests.",
        "- Our own corpus grew in issue 11's fourth round by two batches of fresh posts, each "
        "written before the rules that followed it; the hash put a third of each into the "
        "locked part, reported as *seen*. The *unseen* locked rows are the same posts as on "
        "earlier versions of this page.",
        "",
        "## Goals",
        "",
        *goals(ordinary, risky),
        f"- Offensive model, macro-F1 on TweetEval offensive val (proxy for the test split, "
        f"which is not here): {f1:.1f} (goal on test ≥ 76).",
        "",
        *_history(),
        "## Ordinary posts",
        "",
        *ordinary_table(ordinary),
        "",
        "## Risky posts by kind",
        "",
        *recall_table(risky),
        "",
        "## Every warning code",
        "",
        "False-alarm rate on ordinary posts (caution or danger), and how many risky posts it "
        "fires on (one post can have several codes).",
        "",
        *code_table(ordinary, risky),
        "",
    ]
    return "\n".join(parts)


def _history() -> list[str]:
    """The hand-kept before-and-after section (docs/warnings-history.md), if there is one."""
    if not HISTORY.is_file():
        return []
    return [HISTORY.read_text(encoding="utf-8").rstrip(), ""]


if __name__ == "__main__":
    raise SystemExit(main())
