#!/usr/bin/env bash
# Install the mastodon-mock Mastodon-API emulator for the tests, in its own virtualenv
# (its pinned dependencies clash with the app's), once, outside the repository.
set -euo pipefail
venv="${SECONDTHOUGHT_MASTODON_MOCK_VENV:-$HOME/.cache/secondthought-test/mastodon-mock}"
[[ -x "$venv/bin/mastodon_mock" ]] && exit 0
# Several checkouts on one machine may run this at once: one installs, the others wait.
mkdir -p "$HOME/.cache/secondthought-test"
exec 9>"$HOME/.cache/secondthought-test/.install.lock"
flock 9
[[ -x "$venv/bin/mastodon_mock" ]] && exit 0
echo "Installing the mastodon-mock emulator for the tests into $venv (once)"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --disable-pip-version-check -q mastodon-mock
