"""What the editor asks besides the draft itself: the workspace's check settings, the
draft's images as the checks see them, and the warnings a person dismissed ("not here",
"never again"). Light on purpose: the editor is in the first frame, so what only a check
needs is imported when it is first asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktopapp.app.context import AppContext
from desktopapp.core import workspace
from desktopapp.core.workspace import CheckSettings

if TYPE_CHECKING:
    from desktopapp.checks.model import CheckWarning
    from desktopapp.checks.model import Media as CheckMedia

__all__ = ["CheckSettings", "check_settings", "ignore_here", "ignore_rule", "ignored_here",
           "images_for_checks", "without_ignored"]


def check_settings(_ctx: AppContext) -> CheckSettings:
    return workspace.load()


def images_for_checks(_ctx: AppContext, draft_id: int) -> tuple[CheckMedia, ...]:
    """The draft's images as the checks see them (name, alt text, size)."""
    from desktopapp.core import media

    return media.for_checks(draft_id)


def ignored_here(_ctx: AppContext, draft_id: int) -> set[tuple[str, str]]:
    """(code, phrase) pairs dismissed with "not here" on this draft."""
    return workspace.ignored_here(draft_id)


def ignore_here(_ctx: AppContext, draft_id: int, warning: CheckWarning, text: str) -> None:
    workspace.ignore_here(draft_id, warning, text)


def ignore_rule(ctx: AppContext, code: str) -> None:
    """Never flag this rule again in this workspace."""
    workspace.ignore_rule(code, ctx.actor)


def without_ignored(warnings: list[CheckWarning] | tuple[CheckWarning, ...], text: str,
                    ignored: set[tuple[str, str]]) -> list[CheckWarning]:
    """The warnings minus those dismissed with "not here" (no database)."""
    return workspace.without_ignored(warnings, text, ignored)
