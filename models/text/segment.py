"""Word tokens: khmercut for Khmer runs, a regex for everything else.

khmercut (a CRF over Khmer character clusters) costs about a millisecond per sentence, so it
is never on the hot path: `TextView.tokens` calls it lazily, for explanations, watchlists and
word n-gram features, and results are cached per Khmer run because runs repeat.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["segment_khmer", "tokenize"]

_KHMER_RUN = "[\u1780-\u17dd\u19e0-\u19ff]+"
_TOKEN = re.compile(f"({_KHMER_RUN})|[^\\W_]+(?:['’][^\\W_]+)*")
# A U+200B the user typed is a boundary hint: segmentation never joins across it.
_HINT = "\u200b"


@lru_cache(maxsize=50_000)
def segment_khmer(run: str) -> tuple[str, ...]:
    """Words of a run of Khmer characters (no spaces); falls back to the run on any error."""
    try:
        import khmercut

        return tuple(w for w in khmercut.tokenize(run) if w.strip())
    except Exception:  # the CRF model or pycrfsuite missing or failing must not fail a post
        return (run,)


def tokenize(text: str) -> tuple[str, ...]:
    """Tokens of a normalised (or hint-carrying) text, in order."""
    tokens: list[str] = []
    for chunk in text.split(_HINT):
        for m in _TOKEN.finditer(chunk):
            if m.group(1):
                tokens.extend(segment_khmer(m.group(1)))
            else:
                tokens.append(m.group())
    return tuple(tokens)
