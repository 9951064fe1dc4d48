"""Workspace-wide check settings stored in the database (so they travel with the drafts):
the watchlist, brand rules, rules the user chose to ignore, and per-draft "ignore here"."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from desktopapp.checks.model import BrandRules, CheckContext, CheckWarning, Media
from desktopapp.core import audit
from desktopapp.core.errors import DomainError
from desktopapp.records import record
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Setting, WarningIgnore

MAX_LIST_ITEMS = 500


@record
class CheckSettings:
    watchlist: tuple[str, ...] = ()
    banned_words: tuple[str, ...] = ()
    preferred_spellings: tuple[tuple[str, str], ...] = ()
    disclosure_tags: tuple[str, ...] = ("#ad", "#sponsored")
    ignored_rules: frozenset[str] = frozenset()

    def context(self, channels: tuple[str, ...] = (), sponsored: bool = False,
                language: str = "en-US", media: tuple[Media, ...] = ()) -> CheckContext:
        return CheckContext(
            channels=channels, media=media, sponsored=sponsored, watchlist=self.watchlist,
            brand=BrandRules(self.banned_words, self.preferred_spellings, self.disclosure_tags),
            language=language, ignored_codes=self.ignored_rules)


def _get(key: str, default: object) -> object:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def _put(key: str, value: object) -> None:
    Setting.put(key, json.dumps(value))


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(v).strip() for v in value if str(v).strip())[:MAX_LIST_ITEMS]


_KEYS = ("brand.preferred_spellings", "brand.disclosure_tags", "checks.watchlist",
         "brand.banned_words", "checks.ignored_rules")


def load() -> CheckSettings:
    # One query for the five settings: the editor asks on every draft it opens.
    rows: Any = Setting.select(Setting.key, Setting.value).where(Setting.key.in_(_KEYS)).tuples()
    stored = {str(key): str(value) for key, value in rows}

    def get(key: str, default: object) -> object:
        try:
            return json.loads(stored[key]) if key in stored else default
        except ValueError:
            return default

    spellings = get("brand.preferred_spellings", [])
    pairs = tuple((str(a), str(b)) for a, b in spellings
                  if isinstance(spellings, list)) if isinstance(spellings, list) else ()
    tags = _strings(get("brand.disclosure_tags", ["#ad", "#sponsored"])) or ("#ad",)
    return CheckSettings(
        watchlist=_strings(get("checks.watchlist", [])),
        banned_words=_strings(get("brand.banned_words", [])),
        preferred_spellings=pairs, disclosure_tags=tags,
        ignored_rules=frozenset(_strings(get("checks.ignored_rules", []))))


def save(settings: CheckSettings, actor_id: int | None) -> None:
    for items in (settings.watchlist, settings.banned_words):
        if len(items) > MAX_LIST_ITEMS:
            raise DomainError(f"A list can hold at most {MAX_LIST_ITEMS} entries.")
    db = Setting._meta.database
    with db.atomic():
        _put("checks.watchlist", list(settings.watchlist))
        _put("brand.banned_words", list(settings.banned_words))
        _put("brand.preferred_spellings", [list(p) for p in settings.preferred_spellings])
        _put("brand.disclosure_tags", list(settings.disclosure_tags))
        _put("checks.ignored_rules", sorted(settings.ignored_rules))
        audit.record(actor_id, "check settings changed", "workspace", None)


def ignore_rule(code: str, actor_id: int | None) -> None:
    current = load()
    save(CheckSettings(current.watchlist, current.banned_words, current.preferred_spellings,
                       current.disclosure_tags, current.ignored_rules | {code}), actor_id)


def ignore_here(draft_id: int, warning: CheckWarning, text: str) -> None:
    """Remember "not a problem here" for this warning's code and exact words in this draft."""
    snippet = text[warning.start:warning.end]
    WarningIgnore.insert(draft=draft_id, code=warning.code, snippet=snippet,
                         created_at=utcnow()).on_conflict_ignore().execute()


def ignored_here(draft_id: int) -> set[tuple[str, str]]:
    rows = WarningIgnore.select(WarningIgnore.code, WarningIgnore.snippet).where(
        WarningIgnore.draft == draft_id)
    return {(r.code, r.snippet) for r in rows}


def without_ignored(warnings: list[CheckWarning] | tuple[CheckWarning, ...], text: str,
                    ignored: set[tuple[str, str]]) -> list[CheckWarning]:
    return [w for w in warnings if (w.code, text[w.start:w.end]) not in ignored]


# --- spelling: the workspace's language and dictionary, a draft's own language ---------
MAX_PERSONAL_WORDS = 5000


def spelling_language() -> str:
    from desktopapp.checks.spelling_languages import DEFAULT, LANGUAGES

    found = _get("spelling.language", DEFAULT)
    return found if isinstance(found, str) and found in LANGUAGES else DEFAULT


def set_spelling_language(language: str, actor_id: int | None) -> str:
    from desktopapp.checks.spelling_languages import usable

    try:
        code = usable(language)
    except ValueError as exc:
        raise DomainError(str(exc)) from None
    _put("spelling.language", code)
    audit.record(actor_id, "spelling language set", "workspace", None, reason=code)
    return code


def draft_language(draft_id: int) -> str | None:
    """The draft's own spelling language, or None: it follows the workspace."""
    from desktopapp.checks.spelling_languages import LANGUAGES

    found = _get(f"spelling.draft.{draft_id}", None)
    return found if isinstance(found, str) and found in LANGUAGES else None


def set_draft_language(draft_id: int, language: str | None, actor_id: int | None) -> None:
    from desktopapp.checks.spelling_languages import usable

    if language is None:
        Setting.delete().where(Setting.key == f"spelling.draft.{draft_id}").execute()
        return
    try:
        _put(f"spelling.draft.{draft_id}", usable(language))
    except ValueError as exc:
        raise DomainError(str(exc)) from None
    audit.record(actor_id, "spelling language set", "draft", draft_id, reason=language)


def language_for(draft_id: int | None) -> str:
    """The language a draft is checked in: its own, else the workspace's."""
    own = draft_language(draft_id) if draft_id is not None else None
    return own or spelling_language()


def personal_words() -> frozenset[str]:
    """The workspace's own dictionary, lower case."""
    return _words(_list("spelling.words"))


def _words(stored: list[object]) -> frozenset[str]:
    # Not _strings: that keeps only the first MAX_LIST_ITEMS entries.
    return frozenset(str(v).strip().lower() for v in stored if str(v).strip())


@record
class SpellingState:
    workspace_language: str
    draft_language: str | None  # None: the draft follows the workspace
    personal_words: frozenset[str]


def spelling_state(draft_id: int | None) -> SpellingState:
    """The workspace's language and dictionary and the draft's own language, in one query
    (the editor asks each time it opens a draft) — the same answers as
    `spelling_language`, `draft_language` and `personal_words`."""
    from desktopapp.checks.spelling_languages import DEFAULT, LANGUAGES

    own_key = f"spelling.draft.{draft_id}" if draft_id is not None else None
    keys = ["spelling.language", "spelling.words", *([own_key] if own_key else [])]
    rows: Any = Setting.select(Setting.key, Setting.value).where(Setting.key.in_(keys)).tuples()
    stored: dict[str, object] = {}
    for key, value in rows:
        with contextlib.suppress(ValueError):  # unreadable: as if unset, like _get
            stored[str(key)] = json.loads(value)
    language = stored.get("spelling.language", DEFAULT)
    own = stored.get(own_key) if own_key else None
    words = stored.get("spelling.words", [])
    return SpellingState(
        workspace_language=language if isinstance(language, str) and language in LANGUAGES
        else DEFAULT,
        draft_language=own if isinstance(own, str) and own in LANGUAGES else None,
        personal_words=_words(words if isinstance(words, list) else []))


def _list(key: str) -> list[object]:
    found = _get(key, [])
    return found if isinstance(found, list) else []


def add_word(word: str, actor_id: int | None) -> str:
    """Add a word to the workspace's dictionary: never flagged again, in any draft."""
    clean = word.strip().strip(".,;:!?\"“”‘’()").lower()
    if not clean or len(clean) > 60 or any(c.isspace() for c in clean):
        raise DomainError(f"“{word}” is not a single word.")
    words = sorted({*personal_words(), clean})
    if len(words) > MAX_PERSONAL_WORDS:
        raise DomainError(f"The dictionary holds at most {MAX_PERSONAL_WORDS:,} words.")
    _put("spelling.words", words)
    audit.record(actor_id, "word added to the dictionary", "workspace", None, reason=clean)
    return clean


def remove_word(word: str, actor_id: int | None) -> None:
    words = personal_words()
    if word.lower() not in words:
        raise DomainError(f"“{word}” is not in the workspace's dictionary.")
    _put("spelling.words", sorted(words - {word.lower()}))
    audit.record(actor_id, "word removed from the dictionary", "workspace", None,
                 reason=word.lower())
