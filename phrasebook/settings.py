"""Settings and the agent's profile (active shop, nickname, greeting...), kept in the book.

Settings are JSON values by key in the `settings` table; they are this device's own and carry no
clock stamp. The profile is the setting "profile"; changing it tells listeners (`profile=True`).
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from phrasebook.errors import ValidationError
from phrasebook.models import Profile
from phrasebook.store import Store


class Settings:
    """Settings of one phrasebook; the book's `get_setting`, `set_setting`, `profile`..."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str, default: Any = None) -> Any:
        row = self._store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        with self._store.write(stamp=False):
            self._upsert(key, value)

    @property
    def profile(self) -> Profile:
        raw = self.get("profile", {})
        fields = {f.name for f in dataclasses.fields(Profile)}
        data: dict[str, Any] = {
            k: tuple(v) if k == "shops" else str(v) for k, v in raw.items() if k in fields
        }
        return Profile(**data)

    def set_profile(self, **changes: Any) -> Profile:
        """Change profile fields; a new active shop is added to the shop list."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(Profile)}
        if unknown:
            raise ValidationError(f"no profile field {', '.join(sorted(unknown))}")
        profile = dataclasses.replace(self.profile, **changes)
        if profile.active_shop and profile.active_shop not in profile.shops:
            profile = dataclasses.replace(profile, shops=(*profile.shops, profile.active_shop))
        with self._store.write(stamp=False) as write:
            self._upsert("profile", dataclasses.asdict(profile))
            write.touch(profile=True)
        return profile

    def _upsert(self, key: str, value: Any) -> None:
        self._store.db.table("settings").upsert(
            {"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key"
        )
