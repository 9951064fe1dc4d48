"""Spelling as the window and the CLI set it: the workspace's language and dictionary, a
draft's own language, and the language a draft's text seems to be in."""

from __future__ import annotations

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.checks import spelling_languages
from desktopapp.checks.spelling_languages import LANGUAGES, label
from desktopapp.core import workspace

__all__ = ["LANGUAGES", "add_word", "draft_language", "label", "language_for",
           "personal_words", "remove_word", "set_draft_language", "set_workspace_language",
           "state", "suggest_switch", "workspace_language"]


def workspace_language(_ctx: AppContext) -> str:
    return workspace.spelling_language()


def set_workspace_language(ctx: AppContext, language: str) -> str:
    return workspace.set_spelling_language(language, ctx.actor_id)


def draft_language(_ctx: AppContext, draft_id: int) -> str | None:
    return workspace.draft_language(draft_id)


def set_draft_language(ctx: AppContext, draft_id: int, language: str | None) -> None:
    workspace.set_draft_language(draft_id, language, ctx.actor_id)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])


def language_for(_ctx: AppContext, draft_id: int | None) -> str:
    return workspace.language_for(draft_id)


def personal_words(_ctx: AppContext) -> frozenset[str]:
    return workspace.personal_words()


def state(_ctx: AppContext, draft_id: int | None) -> workspace.SpellingState:
    """The workspace's language and dictionary and the draft's own language, read at once."""
    return workspace.spelling_state(draft_id)


def add_word(ctx: AppContext, word: str) -> str:
    return workspace.add_word(word, ctx.actor_id)


def remove_word(ctx: AppContext, word: str) -> None:
    workspace.remove_word(word, ctx.actor_id)


def suggest_switch(ctx: AppContext, text: str, language: str) -> str | None:
    """A language to offer when `text` is clearly in another one (None: none to offer)."""
    found = spelling_languages.suggest_switch(text, language,
                                              lambda: workspace_language(ctx))
    if found is None:
        return None
    return next((code for code in LANGUAGES if spelling_languages.dictionary_of(code) == found),
                None)
