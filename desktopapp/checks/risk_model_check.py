"""Warnings from the learned risk-intent model (`risk_model`), each explained by its words.

Per paragraph (the engine's cached unit), the model scores the paragraph and each of its
sentences; a kind whose best unit reaches its threshold warns, with the code the written
rules use for that kind and severity caution, on that unit, naming the words that drove
it. Where a rule already warns with the same code on an overlapping span, the rule's
warning says it and the model adds nothing (`without_repeats`, called by the engine).
"""

from __future__ import annotations

from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity

NAME = "risk-model"
# The code each kind's rules warn with, and why such a post can hurt, what to do (one
# sentence each, after "Reads like …").
KINDS: dict[str, tuple[str, Category, str]] = {
    "anger": ("tone.anger", Category.TONE,
              "a post written in anger: these are the ones people regret; let it cool first"),
    "cheer": ("risk.sensitive-judgement", Category.RISK,
              "cheer, a joke or a pun next to a death or a disaster, which reads as "
              "mocking the people hurt; keep the two apart"),
    "blame": ("risk.victim-blaming", Category.RISK,
              "blame put on the people who were hurt or who spoke up about it, which "
              "reads as siding with the harm; speak about what was done to them instead"),
    "child": ("privacy.child-routine", Category.PRIVACY,
              "a child's whereabouts and routine, which tells a stranger where to find "
              "them; leave out the place or the time"),
    "confidential": ("risk.confidential", Category.RISK,
                     "something shared in confidence or not yet announced, which can cost "
                     "you trust or your job; wait until it is public"),
    "endorse": ("risk.endorses-violence", Category.RISK,
                "approval of violence against someone, which can get the post removed and "
                "you reported; say what you oppose without cheering harm"),
    "hearsay": ("risk.hearsay", Category.RISK,
                "a damaging claim passed on second-hand, which spreads it as if it were "
                "true; wait until someone answerable confirms it"),
    "insult": ("tone.insult", Category.TONE,
               "name-calling aimed at someone, what gets screenshotted and quoted back at "
               "you; say what is wrong instead"),
    "jokethreat": ("risk.threat", Category.RISK,
                   "a threat, even as a joke, which can be read literally and reported; "
                   "say it without the violence"),
    "judgement": ("risk.sensitive-judgement", Category.RISK,
                  "a judgement of people hurt in an event, as if they had it coming, which "
                  "reads as cruel; show sympathy or say nothing"),
    "market": ("risk.market-sensitive", Category.RISK,
               "a market-sensitive statement (shares, deals, results, layoffs), which "
               "disclosure rules may forbid before the official announcement; check with "
               "whoever handles disclosure"),
    "offensive": ("tone.stereotype", Category.TONE,
                  "one judgement of a whole group of people, which hurts many and is "
                  "quoted back at you; speak of the people or the act you mean"),
    "promotion": ("risk.disaster-promotion", Category.RISK,
                  "a promotion tied to a disaster or a tragedy, which reads as profiting "
                  "from it; pause promotions while it is in the news"),
    "rumour": ("risk.rumour", Category.RISK,
               "an unconfirmed claim about a person or a company, which can be defamatory "
               "if it is wrong; post it only when it is confirmed"),
}
# Kinds the model scores but does not warn on: its model reads the topic or the framing
# without the stance that makes it a risk, and warns on near misses the rule writers keep
# as tests: victim blaming on praise for someone who reported their harasser. The rules
# judge that kind. (Child routines and joke threats warn since session 9, hearsay since
# session 15: risk_gates supplies the half of their concept the n-grams miss: a child in
# the unit, no dish being boasted about, a second-hand source and no plain good news.)
SILENT = frozenset({"blame"})
CODES = frozenset(code for code, _, _ in KINDS.values())


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    """The model's warnings for one paragraph (already masked for figurative phrases)."""
    del ctx
    if not text.strip():
        return []
    # Here, not at the top: the editor imports this module (NAME) before the first frame,
    # and the model's modules (the tone models' n-gram helpers) are not needed until then.
    from desktopapp.checks import risk_model

    model = risk_model.load()
    units = risk_model.unit_scores(model, text)
    found: list[CheckWarning] = []
    seen: set[tuple[str, int, int]] = set()
    for k, kind in enumerate(model.kinds):
        if kind not in KINDS or kind in SILENT:
            continue
        cut = model.threshold[k]
        over = [(scores[k] - cut, start, end) for start, end, scores in units
                if scores[k] >= cut]
        if not over:
            continue
        # The unit furthest over the threshold; the shortest of equals (a sentence rather
        # than its paragraph) points closer at what drove it.
        _, start, end = max(over, key=lambda o: (round(o[0], 6), o[1] - o[2]))
        code, category, why = KINDS[kind]
        if (code, start, end) in seen:
            continue  # two kinds with one code (cheer, judgement) on the same words
        seen.add((code, start, end))
        words = risk_model.drivers(model, text[start:end], k)
        driven = (" (driven by: " + ", ".join(f"“{w}”" for w in words) + ")") if words else ""
        what, todo = why.split("; ", 1)
        found.append(CheckWarning(code, category, Severity.CAUTION, start, end,
                                  f"Reads like {what}{driven}. {todo[:1].upper()}{todo[1:]}.",
                                  (), NAME))
    return found


# Codes that say the same thing of the same words: an unconfirmed claim is one risk whether
# a rule calls it a rumour or second-hand hearsay, so one warning on it is enough.
SAME_CLAIM: dict[str, frozenset[str]] = {
    "risk.rumour": frozenset({"risk.rumour", "risk.hearsay"}),
}


def without_repeats(warnings: list[CheckWarning]) -> list[CheckWarning]:
    """`warnings` minus the model's where a rule warns with the same code (or one saying
    the same thing, SAME_CLAIM) on an overlapping span: the rule already says it, in more
    specific words."""
    ruled = [w for w in warnings if w.checker != NAME
             and (w.code in CODES or any(w.code in same for same in SAME_CLAIM.values()))]
    if not ruled:
        return warnings
    return [w for w in warnings if w.checker != NAME or not any(
        r.code in SAME_CLAIM.get(w.code, frozenset({w.code}))
        and r.start < w.end and w.start < r.end for r in ruled)]
