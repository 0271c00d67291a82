"""Goal verdicts shared by the benchmarks: a missed goal is printed and fails the exit status.

Full runs judge every goal. Smoke runs (`--smoke`: tiny sizes, a few rounds, on CI's shared
machine) print the same verdicts but do not judge timing goals: their job is to prove that each
benchmark still runs, and a few rounds on a busy machine say little about speed. Goals that are
not about speed (search quality, the soak's failures) are judged in every run.
"""

from __future__ import annotations


class Goals:
    """Collects verdicts; `exit_status()` is 1 when a judged goal was missed."""

    def __init__(self, *, smoke: bool = False) -> None:
        self.smoke = smoke
        self.missed: list[str] = []

    def verdict(self, goal: str, ok: bool) -> str:
        """ "ok" or "MISSED" for `goal`, remembering a judged miss."""
        if ok:
            return "ok"
        if self.smoke:
            return "MISSED (smoke run: not judged)"
        self.missed.append(goal)
        return "MISSED"

    def exit_status(self) -> int:
        """Print the missed goals, if any; 1 when a goal was missed, else 0."""
        if not self.missed:
            return 0
        print("\ngoals missed: " + "; ".join(self.missed))
        return 1
