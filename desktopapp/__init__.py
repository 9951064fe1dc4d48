"""Second Thought: an offline-first writing tool that puts brakes on posts you may regret."""

__version__ = "0.1.0"
APP_NAME = "Second Thought"
APP_ID = "secondthought"
