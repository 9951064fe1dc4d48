"""The headless command line, on the same application services as the window.

One module per area (`drafts`, `check`, `review`, `people`, `channels`, `publish`,
`schedule`); each has `register(commands)`, which adds its sub-commands and attaches the
handler with `set_defaults(handler=...)`, so there is no second command table to keep in
step. Shared helpers (input reading, the acting person, exit codes) live in `common.py`;
`main.py` builds the parser and runs a command. Exit codes: 0 success, 1 a failure (the
message is on stderr), 2 a usage error.
"""
