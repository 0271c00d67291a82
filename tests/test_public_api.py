"""The public API is deliberate: `__all__` lists exactly the public names (httpx style)."""

from __future__ import annotations

import phrasebook


def test_all_matches_public_names() -> None:
    public = {
        name
        for name, value in vars(phrasebook).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("phrasebook.")
    }
    assert public == set(phrasebook.__all__)


def test_every_exported_name_has_a_docstring() -> None:
    for name in phrasebook.__all__:
        assert getattr(phrasebook, name).__doc__, name
