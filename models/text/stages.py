"""Text rewriting stages with an optional offset-tracking twin.

The hot path only needs the rewritten string, so each stage runs as one C-level call
(`str.translate`, `Pattern.sub`, `unicodedata.normalize`). Reasons need offsets back into
the original, but only for the few posts that get flagged, so every stage can replay itself
match by match and carry a map along. Both paths come from the same pattern and replacement,
which is what keeps `normalised` and its offset map in step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

Repl = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True, slots=True)
class Tracked:
    """Text plus, for each of its characters, the [start, end) it came from in the original."""

    text: str
    starts: list[int]
    ends: list[int]

    @classmethod
    def identity(cls, text: str) -> Tracked:
        return cls(text, list(range(len(text))), list(range(1, len(text) + 1)))


@dataclass(frozen=True, slots=True)
class Stage:
    """One rewrite: `pattern.sub(repl)`, or `fast(text)` where a faster equivalent exists."""

    name: str
    pattern: re.Pattern[str]
    repl: Repl
    fast: Callable[[str], str] | None = field(default=None)
    #: A cheap search that must succeed for `pattern` to match at all. Patterns that open
    #: with a lookbehind cannot use sre's first-character scan; a gate that can is cheaper.
    gate: re.Pattern[str] | None = field(default=None)

    def apply(self, text: str) -> str:
        if self.gate is not None and self.gate.search(text) is None:
            return text
        if self.fast is not None:
            return self.fast(text)
        return self.pattern.sub(self.repl, text)

    def track(self, src: Tracked) -> Tracked:
        text, out, starts, ends, pos = src.text, [], [], [], 0
        for m in self.pattern.finditer(text):
            a, b = m.span()
            out.append(text[pos:a])
            starts += src.starts[pos:a]
            ends += src.ends[pos:a]
            new = self._replacement(m)
            out.append(new)
            _map_replacement(src, a, b, new, starts, ends)
            pos = b
        out.append(text[pos:])
        starts += src.starts[pos:]
        ends += src.ends[pos:]
        return Tracked("".join(out), starts, ends)

    def _replacement(self, m: re.Match[str]) -> str:
        return m.expand(self.repl) if isinstance(self.repl, str) else self.repl(m)


def _map_replacement(src: Tracked, a: int, b: int, new: str, starts: list[int], ends: list[int]) -> None:
    """Same-length replacements map char by char; others map every new char to the whole match."""
    if b - a == len(new):
        starts += src.starts[a:b]
        ends += src.ends[a:b]
        return
    if a < b:
        lo, hi = src.starts[a], src.ends[b - 1]
    else:  # an insertion at an empty match points at the gap
        lo = hi = src.starts[a] if a < len(src.starts) else (src.ends[-1] if src.ends else 0)
    starts += [lo] * len(new)
    ends += [hi] * len(new)


def char_class(codepoints: Iterable[int]) -> str:
    """Regex class body with consecutive code points as ranges: sre tests a long list of
    single characters one by one, which made a 1,500-entry class dominate the hot path."""
    parts: list[str] = []
    ordered = sorted(set(codepoints))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        lo, hi = re.escape(chr(ordered[i])), re.escape(chr(ordered[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


def translate_stage(name: str, table: dict[int, str | None]) -> Stage:
    """A `str.translate` stage; the tracking twin matches the table's keys one at a time."""
    keys = char_class(table)
    pattern = re.compile(f"[{keys}]") if keys else re.compile("(?!)")

    def repl(m: re.Match[str]) -> str:
        return table[ord(m.group())] or ""

    def fast(text: str) -> str:
        # A regex search is far cheaper than a dict-driven translate of clean text.
        return text.translate(table) if pattern.search(text) else text

    return Stage(name, pattern, repl, fast)


def run(stages: Sequence[Stage], text: str) -> str:
    for stage in stages:
        text = stage.apply(text)
    return text


def run_tracked(stages: Sequence[Stage], src: Tracked) -> Tracked:
    for stage in stages:
        src = stage.track(src)
    return src
