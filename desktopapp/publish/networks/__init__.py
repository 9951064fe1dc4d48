"""One module per network, named after its channel kind (`Kind.value`): it holds the
adapter and exports `NETWORK` (see `publish/base.py`). Adding a network is adding a module
here and a value to `core.channels.Kind`; `publish/registry.py` finds it by name."""
