"""What the checks produce and what they are told: warnings, the report, the context."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktopapp.records import record

CHANNELS = ("x", "bluesky", "mastodon", "threads", "linkedin")
CHANNEL_LABELS = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon", "threads": "Threads",
                  "linkedin": "LinkedIn"}


class Category(StrEnum):
    GRAMMAR = "grammar"
    SPELLING = "spelling"
    STYLE = "style"
    LENGTH = "length"
    TONE = "tone"
    RISK = "risk"
    PRIVACY = "privacy"
    ACCESSIBILITY = "accessibility"
    BRAND = "brand"


class Severity(StrEnum):
    INFO = "info"
    CAUTION = "caution"
    DANGER = "danger"

    @property
    def rank(self) -> int:
        return {"info": 0, "caution": 1, "danger": 2}[self.value]


class RiskLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True)
class CheckWarning:
    """One thing worth a second look, at text[start:end] (Python string offsets)."""

    code: str
    category: Category
    severity: Severity
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    checker: str = ""

    def shifted(self, offset: int) -> CheckWarning:
        return CheckWarning(self.code, self.category, self.severity, self.start + offset,
                            self.end + offset, self.message, self.suggestions, self.checker)

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "category": self.category.value,
                "severity": self.severity.value, "start": self.start, "end": self.end,
                "message": self.message, "suggestions": list(self.suggestions),
                "checker": self.checker}


@record
class RiskSummary:
    level: RiskLevel
    score: float
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"level": self.level.value, "score": round(self.score, 2),
                "reasons": list(self.reasons)}


@record
class LengthResult:
    channel: str
    count: int
    limit: int
    valid: bool
    overflow_start: int | None  # Python offset where the text stops fitting
    unit: str = "characters"

    def to_json(self) -> dict[str, object]:
        return {"count": self.count, "limit": self.limit, "valid": self.valid,
                "overflow_start": self.overflow_start}


@record
class Media:
    name: str
    alt_text: str = ""
    size_bytes: int = 0


@record
class BrandRules:
    banned_words: tuple[str, ...] = ()
    preferred_spellings: tuple[tuple[str, str], ...] = ()  # (wrong, right)
    disclosure_tags: tuple[str, ...] = ("#ad", "#sponsored")


@record
class CheckContext:
    """Everything besides the text that changes what is worth a warning."""

    channels: tuple[str, ...] = ()
    media: tuple[Media, ...] = ()
    sponsored: bool = False
    brand: BrandRules = BrandRules()
    watchlist: tuple[str, ...] = ()
    mastodon_limit: int = 500
    language: str = "en-US"
    ignored_codes: frozenset[str] = frozenset()


@record
class Report:
    warnings: tuple[CheckWarning, ...]
    risk: RiskSummary
    tone: dict[str, float]
    length: dict[str, LengthResult]
    grammar_status: str = ""

    @property
    def has_danger(self) -> bool:
        return any(w.severity is Severity.DANGER for w in self.warnings)

    def to_json(self) -> dict[str, object]:
        return {
            "warnings": [w.to_json() for w in self.warnings],
            "risk": self.risk.to_json(),
            "tone": {k: round(v, 4) for k, v in self.tone.items()},
            "length": {k: v.to_json() for k, v in self.length.items()},
        }
