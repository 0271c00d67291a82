"""Fractional positions: an item moved between two others takes the midpoint, one row written.

Halving runs out of float precision after about fifty moves into the same gap; `between` then
says so (None) and the caller renumbers the siblings 1, 2, 3... once.
"""

from __future__ import annotations

#: The smallest gap kept between neighbours before the siblings are renumbered.
MIN_GAP = 1e-9


def between(items: list[tuple[str, float]], slot: int) -> float | None:
    """A position that sorts at `slot` among `items` (ordered by position), or None if no room.

    Args:
        items: (id, position) of the siblings, in order, without the item being placed.
        slot: 0 puts it first, len(items) last.
    """
    before = items[slot - 1][1] if slot > 0 else None
    after = items[slot][1] if slot < len(items) else None
    if before is None:
        return 1.0 if after is None else after - 1.0
    if after is None:
        return before + 1.0
    if after - before < MIN_GAP * 2:
        return None
    return (before + after) / 2


def renumbered(items: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The same items at positions 1.0, 2.0, 3.0..., keeping their order."""
    return [(item_id, float(i)) for i, (item_id, _) in enumerate(items, start=1)]
