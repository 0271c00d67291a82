"""`Changes`: what one committed write changed, so views refresh only that."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable


@dataclasses.dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed, so views refresh only that."""

    phrases: frozenset[str] = frozenset()
    groups: bool = False
    profile: bool = False
    everything: bool = False
    notebook: bool = False


#: Called with the `Changes` of every committed write.
Listener = Callable[[Changes], None]
