"""The rule model every field follows: a declared table of named rules, candidates that
collect weighted evidence, and one named resolution policy per field.

A field module declares::

    RULES: tuple[Rule[IssuerRule, IssuerInputs, str], ...] = (
        Rule("issuer.about", ABOUT, about_subjects, "the subject of an 'Om X' heading"),
        Rule("issuer.email_domain", DOMAIN, contact_domains, "the contacts' e-mail domain"),
    )

and decides with::

    candidates = collect(inputs, RULES)       # one Candidate per key, evidence merged
    resolution = best_supported(candidates, minimum=..., margin=...)

Each rule is a plain function from the field's inputs (the Document and the findings of
other stages handed to it explicitly) to :class:`Reading` values. Adding a rule is one row in
the table plus a test with a match and a near miss.

>>> from pressparse.document import Span
>>> rules = (
...     Rule("issuer.about", 3.0, lambda s: [Reading("exempel ab", "Exempel AB", None)], "Om X"),
...     Rule("issuer.email_domain", 1.0, lambda s: [Reading("exempel ab", "Exempel AB", None),
...                                                  Reading("other", "Other", None)], "domain"),
... )
>>> r = best_supported(collect("text", rules), minimum=2.0, margin=1.0)
>>> r.value, r.rule, r.warning
('Exempel AB', 'issuer.about', None)
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pressparse.document import Span

V = TypeVar("V")
X = TypeVar("X")
R = TypeVar("R", bound=str)
S = TypeVar("S")
T = TypeVar("T")


class lazy(Generic[T]):
    """A property of a field's inputs computed on first use and kept in the instance:
    ``functools.cached_property`` without its lock, which costs more than most of the
    values it keeps (the inputs of one decision are read by one thread)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


@dataclass(frozen=True, slots=True)
class Reading(Generic[V]):
    """One reading a rule made: the candidate it supports (``key``), its value and span.

    ``key`` is what makes two readings the same candidate (for a name: its folded form), so
    that evidence for "Region Skåne" from the boilerplate and from the contacts adds up.
    """

    key: str
    value: V
    span: Span | None


@dataclass(frozen=True, slots=True)
class Evidence(Generic[R]):
    """What one rule said about one candidate: the rule's id, its weight and where."""

    rule: R
    weight: float
    span: Span | None


@dataclass(frozen=True, slots=True)
class Candidate(Generic[V, R]):
    """A possible value of a field with all the evidence behind it, in the order found."""

    key: str
    value: V
    evidence: tuple[Evidence[R], ...]

    @property
    def score(self) -> float:
        """The sum of the evidence's weights (evidence against a candidate is negative)."""
        return sum(e.weight for e in self.evidence)

    @property
    def strongest(self) -> Evidence[R]:
        """The evidence with the highest weight; the earliest of equals."""
        return max(self.evidence, key=lambda e: e.weight)

    @property
    def rule(self) -> R:
        """The rule that gave the strongest evidence: the one the explain view names."""
        return self.strongest.rule

    @property
    def span(self) -> Span | None:
        """The span of the strongest evidence, else the first span any evidence has."""
        span = self.strongest.span
        if span is not None:
            return span
        return next((e.span for e in self.evidence if e.span is not None), None)


@dataclass(frozen=True, slots=True)
class Rule(Generic[R, X, V]):
    """One row of a field's rule table.

    ``id`` is the field's typed rule id; ``weight`` a named constant of the field module
    saying how much one reading of this rule is worth (negative: evidence against);
    ``finds`` reads the field's inputs; ``matches`` says in one line what it matches.
    """

    id: R
    weight: float
    finds: Callable[[X], Iterable[Reading[V]]]
    matches: str


def collect(inputs: X, rules: Sequence[Rule[R, X, V]]) -> list[Candidate[V, R]]:
    """Run every rule of the table over ``inputs``; one candidate per key, in first-seen
    order, its value the one read first (rules earlier in the table are read first)."""
    order: list[str] = []
    values: dict[str, V] = {}
    evidence: dict[str, list[Evidence[R]]] = {}
    for rule in rules:
        for reading in rule.finds(inputs):
            if reading.key not in values:
                order.append(reading.key)
                values[reading.key] = reading.value
                evidence[reading.key] = []
            evidence[reading.key].append(Evidence(rule.id, rule.weight, reading.span))
    return [Candidate(k, values[k], tuple(evidence[k])) for k in order]


@dataclass(frozen=True, slots=True)
class Resolution(Generic[V, R]):
    """What a policy decided: the winning candidate (or None) and a warning when in doubt."""

    winner: Candidate[V, R] | None
    warning: str | None = None

    @property
    def value(self) -> V | None:
        return self.winner.value if self.winner is not None else None

    @property
    def rule(self) -> R | None:
        return self.winner.rule if self.winner is not None else None


def best_supported(
    candidates: Sequence[Candidate[V, R]], *, minimum: float, margin: float, what: str = "value"
) -> Resolution[V, R]:
    """The policy "best-supported wins": the candidate with the highest total evidence,
    if it reaches ``minimum`` and leads the next one by at least ``margin``; otherwise
    None and a warning naming the doubt (weak or tied evidence). The earliest candidate
    wins among equal scores only when ``margin`` is 0.

    >>> c = [Candidate("a", "A", (Evidence("x.r", 1.0, None),)),
    ...      Candidate("b", "B", (Evidence("x.r", 1.0, None),))]
    >>> best_supported(c, minimum=1.0, margin=0.5, what="issuer").warning
    "issuer: evidence tied between 'A' and 'B'"
    """
    ranked = sorted(candidates, key=lambda c: -c.score)  # stable: earliest of equals first
    if not ranked or ranked[0].score <= 0:
        return Resolution(None)
    top = ranked[0]
    if top.score < minimum:
        return Resolution(None, f"{what}: evidence too weak for {top.value!r}")
    if len(ranked) > 1 and margin > 0 and top.score - ranked[1].score < margin:
        return Resolution(None, f"{what}: evidence tied between {top.value!r} and {ranked[1].value!r}")
    return Resolution(top)


def strongest_rule(candidates: Sequence[Candidate[V, R]]) -> Resolution[V, R]:
    """The policy "most reliable rule wins": the candidate whose single strongest evidence
    weighs most (weights act as ranks), the earliest of equals; no warning."""
    if not candidates:
        return Resolution(None)
    return Resolution(max(candidates, key=lambda c: c.strongest.weight))


def first_found(candidates: Sequence[Candidate[V, R]]) -> Resolution[V, R]:
    """The policy "rules in table order": the first candidate read (tables list their rules
    from the most to the least reliable)."""
    return Resolution(candidates[0] if candidates else None)


def filter_spans(items: Iterable[S], span_of: Callable[[S], tuple[int, int]]) -> list[S]:
    """The one overlap policy for list fields: the longest span first, then the earliest;
    an item overlapping one already kept is dropped; the result is in document order
    (spaCy's ``filter_spans``).

    >>> filter_spans([(0, 5), (3, 12), (12, 14), (20, 22)], lambda s: s)
    [(3, 12), (12, 14), (20, 22)]
    """
    kept: list[tuple[int, int, S]] = []
    ordered = sorted(items, key=lambda it: (span_of(it)[0] - span_of(it)[1], span_of(it)[0]))
    # The kept spans are disjoint: sorted by start, only the one starting last before a new
    # span's end can overlap it (a bisection, so this stays O(n log n) on long inputs).
    starts: list[int] = []
    ends: list[int] = []
    for it in ordered:
        start, end = span_of(it)
        i = bisect_left(starts, end)
        if i > 0 and ends[i - 1] > start:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        kept.append((start, end, it))
    kept.sort(key=lambda t: (t[0], t[1]))
    return [it for _, _, it in kept]
