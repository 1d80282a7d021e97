"""Why the parsers chose what they chose: ``import_press --explain FILE``.

Where a field is decided between candidates (the headline, the date, a speaker), the
parser scores each and reports the winner and the runner-up here. Outside ``explaining()``
nothing is kept: a report costs one context-variable lookup.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass
class Candidate:
    value: str
    score: float
    reasons: list[str] = field(default_factory=list)

    def describe(self) -> str:
        why = ", ".join(self.reasons) if self.reasons else "–"
        return f"{self.value!r} (Punkte {self.score:g}: {why})"


@dataclass
class Decision:
    field: str
    chosen: Candidate | None
    runner_up: Candidate | None = None
    note: str | None = None


@dataclass
class Explanation:
    decisions: list[Decision] = field(default_factory=list)

    def lines(self) -> list[str]:
        out: list[str] = []
        for decision in self.decisions:
            chosen = decision.chosen.describe() if decision.chosen else "– (nichts gefunden)"
            out.append(f"{decision.field}: {chosen}")
            if decision.runner_up is not None:
                out.append(f"    zweite Wahl: {decision.runner_up.describe()}")
            if decision.note:
                out.append(f"    {decision.note}")
        return out


_CURRENT: ContextVar[Explanation | None] = ContextVar("explanation", default=None)


def active() -> bool:
    return _CURRENT.get() is not None


def decided(
    name: str,
    ranked: list[Candidate],
    note: str | None = None,
) -> None:
    """Record a decision: ``ranked`` best first (the parser's own order when it chose)."""
    explanation = _CURRENT.get()
    if explanation is None:
        return
    explanation.decisions.append(
        Decision(
            field=name,
            chosen=ranked[0] if ranked else None,
            runner_up=ranked[1] if len(ranked) > 1 else None,
            note=note,
        )
    )


@contextmanager
def explaining() -> Iterator[Explanation]:
    explanation = Explanation()
    token = _CURRENT.set(explanation)
    try:
        yield explanation
    finally:
        _CURRENT.reset(token)
