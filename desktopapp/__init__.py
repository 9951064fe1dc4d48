"""Second Thought: an offline-first writing tool that puts brakes on posts you may regret."""

__version__ = "0.1.0"
APP_NAME = "Second Thought"
# Names the data, config and log folders: never change it, people have their drafts there.
APP_ID = "secondthought"
# The reverse-DNS application id: desktop file name, AppStream id, Wayland app id, X11
# window instance name, macOS bundle id. Desktop environments match windows to launchers by it.
DESKTOP_ID = "io.github.secondthought.SecondThought"
