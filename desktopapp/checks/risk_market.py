"""Market-sensitive statements (issue 11): an insider's forecast, plan, secret or tip about
the company's shares, deals, results or jobs, before the market has been told.

Judged on the paragraph, because the signs are often split over sentences ("Board signed
off today. The share price will love it"). Three shapes, each a combination of word
classes, never a list of known posts:

1. an insider's voice (we, our company, as CEO, I'm on the board, at work) + price-sensitive
   matter (shares, a deal, going private or public, funding, results, guidance, jobs) + a
   sign it is not public yet: the future ("will", "next week", "before Friday's call"),
   secrecy ("nobody knows yet", "keep it quiet", 👀, 🤫) or hype about the price;
2. a tip: buy, sell, load up, get out of a company's shares, with a reason or a deadline
   that only an insider would have;
3. the older rule's shapes (price-sensitive matter + a forward word), kept for what they
   caught, unless the post reports other people's news or congratulates.

Already-announced news ("today we announced our results", "we raised our Series A last
month") has no forward or secret sign and stays quiet.

The word classes live in `risk_market_words.py`: they grow with every session's new
wordings, while how they combine (below) rarely changes, and apart each file stays short.
"""

from __future__ import annotations

import re

from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.risk_market_words import (
    ADVICE,
    CONTEXT,
    FUTURE,
    INSIDER,
    MARKET_KEYS,
    MARKETISH,
    MATTER,
    NEAR,
    NOT_MARKET,
    REPORTED,
    SECRET,
    TIP,
)
from desktopapp.checks.wordset import tokens

NAME = "risk"


def _warn(hit: re.Match[str], sign: str | None, why: str) -> CheckWarning:
    said = f"“{hit.group(0)}”" + (f" with “{sign}”" if sign else "")
    return CheckWarning(
        "risk.market-sensitive", Category.RISK, Severity.DANGER, hit.start(), hit.end(),
        f"{said}: {why} Securities rules require such news to reach "
        "all investors at once through official channels; an insider's post can move the "
        "price and breach them.", (), NAME)



def check(text: str, ctx: CheckContext | None = None) -> list[CheckWarning]:
    """The post (paragraph) as a whole: see the module's docstring."""
    if tokens(text).isdisjoint(MARKET_KEYS) and "$" not in text:
        return []
    tip = TIP.search(text)
    if tip:
        return [_warn(tip, None, "a tip to trade a company's shares is "
                      "market-sensitive when it rests on what the market has not been told.")]
    matter = _first_matter(text)
    if matter is None:
        return []
    advice = ADVICE.search(text)
    if advice:
        return [_warn(matter, advice.group(0), "telling people to trade around news the "
                      "market has not had is market-sensitive.")]
    secret = SECRET.search(text)
    if secret:
        return [_warn(matter, secret.group(0), "news about shares, a deal, results or jobs "
                      "that has not been announced is market-sensitive.")]
    if REPORTED.search(text):
        return []
    near = NEAR.search(text)
    if near:
        return [_warn(matter, near.group(0), "a deal, results or jobs stated as certain "
                      "before the date are market-sensitive.")]
    sign = FUTURE.search(text) if INSIDER.search(text) else None
    if sign:
        return [_warn(matter, sign.group(0), "an insider's forecast, plan or tip about "
                      "shares, a deal, results or jobs is market-sensitive.")]
    return []


def _first_matter(text: str) -> re.Match[str] | None:
    masked = NOT_MARKET.sub(lambda m: " " * len(m.group(0)), text)
    strong = MATTER.search(masked)
    if strong:
        return strong
    found = list(CONTEXT.finditer(masked))
    words = {m.group(0).lower() for m in found}
    # Two business words are not enough ("coffee sales" for a relief "fund"): one of them
    # must be the market's own.
    return found[0] if len(words) >= 2 and any(MARKETISH.match(w) for w in words) else None
