"""Canonical text for matching: `normalise` (all scripts) and `fold` (Latin obfuscation).

normalise = surrogates replaced, invisibles removed, deprecated Khmer characters replaced,
Khmer digits to ASCII, whitespace collapsed, casefold + NFC, Khmer clusters in UTN #61
canonical order (pheasa), duplicate Khmer marks dropped, any non-digit run of 3+ cut to 2.

fold = normalise, then spaced letters joined, styled/accented letters and Cyrillic/Greek
homoglyphs to ASCII, leetspeak undone, symbols inside Latin words dropped, repeated Latin
letters cut to one ("kill" and "kiiill" both fold to "kil": a skeleton, so watchlist entries
must go through `fold` too).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from operator import methodcaller

from pheasa import normalize as pheasa_normalize

from models.text.stages import Repl, Stage, Tracked, char_class, run, run_tracked, translate_stage
from models.text.tables import (
    CONTROLS,
    HOMOGLYPH_CHARS,
    INVISIBLE,
    KHMER_DEPRECATED,
    KHMER_DIGITS_TO_ASCII,
    LATIN_FOLD_TABLE,
    LEET_FOLD,
    ZERO_WIDTH,
)

__all__ = [
    "FOLD_STAGES", "HINT_STAGES", "NORMALISE_STAGES", "fold", "fold_applies", "fold_with_signal",
    "normalise", "zero_width_trick",
]

# --- Khmer canonical order ------------------------------------------------------------
# A syllable cluster exactly as pheasa scans one (UTN #61 p. 16): a base, then marks that
# sort after it, coengs with the base they subjoin. Only clusters of 3+ characters can be
# out of order (pheasa itself skips shorter ones), so the lookahead skips the common
# consonant+vowel pairs without a Python call.
_B = "\u1780-\u17a2\u17a5-\u17b3"
_M = "\u17b6-\u17d1\u17d3\u17dd"
# The commonest clusters are already canonical and have no fold: one subscript (not coeng DA,
# which folds to coeng TA), at most one dependent vowel, then NIKAHIT and/or REAHMUK or
# YUUKALEAPINTU, in that order (UTN #61 key order). The negative lookahead skips them without a
# Python call; the property test against whole-text pheasa keeps this list honest.
_CANONICAL_TAIL = (
    f"(?:\u17d2[\u1780-\u1789\u178b-\u17a2\u17a5-\u17b3])?[\u17b6-\u17c5]?\u17c6?[\u17c7\u17c8]?"
    f"(?![{_M}\u17d2])"
)
# A base right after a coeng belongs to that coeng (pheasa does not start a cluster there).
KHMER_CLUSTER = re.compile(
    f"[{_B}](?<!\u17d2[{_B}])(?!{_CANONICAL_TAIL})(?=\u17d2[{_B}]|[{_M}\u17d2]{{2}})(?:[{_M}]|\u17d2[{_B}]?)+"
)
_CLUSTER_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 1 << 16


def _canonical_cluster(m: re.Match[str]) -> str:
    # Syllables repeat across posts, so pheasa (pure Python) runs once per distinct cluster.
    cluster = m.group()
    out = _CLUSTER_CACHE.get(cluster)
    if out is None:
        if len(_CLUSTER_CACHE) >= _CACHE_LIMIT:
            _CLUSTER_CACHE.clear()
        out = _CLUSTER_CACHE[cluster] = pheasa_normalize(cluster)
    if out == cluster:
        return cluster
    following = m.string[m.end() : m.end() + 1]
    return out if not following or _is_stable(out, following) else cluster


_BASE_CHARS = frozenset(chr(c) for c in [*range(0x1780, 0x17A3), *range(0x17A5, 0x17B4)])


def _is_stable(ordered: str, following: str) -> bool:
    """UTN #61 rule as pheasa applies it (its rule 2.3): keep a cluster as typed if the sorted
    form would pull the next base under a trailing coeng, or NFC would swap its last mark with
    the next character. pheasa checks this against the whole text; we see one cluster."""
    last = ordered[-1]
    if last == "\u17d2" and following in _BASE_CHARS:
        return False
    return not 0 < unicodedata.combining(following) < unicodedata.combining(last)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_SURROGATE = re.compile("[\ud800-\udfff]")
_REPEATS = re.compile(f"([{_M}])\\1+|([^\\d])\\2{{2,}}")


def _cut_repeat(m: re.Match[str]) -> str:
    mark, other = m.group(1), m.group(2)
    return mark if mark else other * 2


def _if_not_ascii(pattern: re.Pattern[str], repl: Repl) -> Callable[[str], str]:
    """`pattern.sub(repl)` for patterns that only match non-ASCII text; isascii() is one
    C pass, far cheaper than a regex scan, and most Latin posts are plain ASCII."""

    def fast(text: str) -> str:
        return text if text.isascii() else pattern.sub(repl, text)

    return fast


_DELETE: dict[int, str | None] = {ord(c): None for c in ZERO_WIDTH + INVISIBLE + CONTROLS}
_INVISIBLE_AND_DIGITS: dict[int, str | None] = {**_DELETE, **KHMER_DIGITS_TO_ASCII, **KHMER_DEPRECATED}

NORMALISE_STAGES: tuple[Stage, ...] = (
    Stage("surrogates", _SURROGATE, "\ufffd", _if_not_ascii(_SURROGATE, "\ufffd")),
    # One table for invisibles and Khmer digits: the key sets are disjoint and no output is a key.
    translate_stage("invisible", _INVISIBLE_AND_DIGITS),
    # str.split() and re's \s use the same whitespace definition; split also strips the ends.
    Stage("space", re.compile(r"\s+"), " ", lambda text: " ".join(text.split())),
    Stage("strip", re.compile(r"\A | \Z"), "", lambda text: text.strip(" ")),
    # casefold is per character and context-free, so per-char replay equals the whole call.
    Stage("casefold", re.compile(r"(?s)."), lambda m: m.group().casefold(), str.casefold),
    # NFC never composes across a space, so replaying it per space-free run is exact.
    Stage("nfc", re.compile("[^ ]+"), lambda m: unicodedata.normalize("NFC", m.group()), _nfc),
    Stage("khmer-order", KHMER_CLUSTER, _canonical_cluster, _if_not_ascii(KHMER_CLUSTER, _canonical_cluster)),
    # One scan for both: a repeated Khmer mark is a duplicate (one is kept), any other non-digit
    # character repeated 3+ times is cut to two ("soooo" -> "soo"; numbers are never touched).
    Stage("repeats", _REPEATS, _cut_repeat),
)

#: The same normalisation, except that U+200B survives as a word-boundary hint.
HINT_STAGES: tuple[Stage, ...] = tuple(
    translate_stage("invisible", {k: v for k, v in _INVISIBLE_AND_DIGITS.items() if k != 0x200B})
    if stage.name == "invisible" else stage
    for stage in NORMALISE_STAGES
)

# --- Latin folding ----------------------------------------------------------------------
_LEET = "".join(re.escape(c) for c in LEET_FOLD)
_LEET_TABLE = str.maketrans(dict(LEET_FOLD))
_FOLDABLE = char_class(LATIN_FOLD_TABLE)
_SEP = r"[ .\-_*·•/]"
# Three or more single letters joined by one separator: "f a k e", "f.a.k.e".
# The separator must repeat (backreference), so "f.a.k.e n.e.w.s" stays two words.
_SPACED = re.compile(
    rf"[a-z0-9@$](?<![\w@$][a-z0-9@$])({_SEP})[a-z0-9@$](?![\w@$])(?:\1[a-z0-9@$](?![\w@$]))+"
)
# A word with at least one styled letter or homoglyph among ASCII letters.
# The lookbehind anchors at word starts and the lookahead checks the word once, so plain
# ASCII words cost one scan instead of backtracking from every letter.
# Whole words only (no letter on either side), so a genuine Cyrillic word such as "дом" keeps
# its "ом" while "vаcc1ne" (Cyrillic а, then a digit) still folds.
_STYLED_WORD = re.compile(
    f"(?<![^\\W\\d_])(?=[a-z]*[{_FOLDABLE}])[a-z{_FOLDABLE}]+(?![^\\W\\d_])"
)
# Leet between letters (v4cc1ne), a digit ending a 2+ letter word (fak3), or starting one
# (3vil) unless it reads as a number with a unit or ordinal (1st, 5kg, 3am).
_LEET_INNER = re.compile(f"(?<=[a-z])[{_LEET}]+(?=[a-z])")
_LEET_TAIL = re.compile(r"(?<=[a-z]{2})[0134579$|](?![\w@$|])")
_LEET_HEAD = re.compile(
    r"(?<![\w@$])[0134579@$](?=[a-z]{2})(?!(?:st|nd|rd|th|am|pm|km|kg|mb|gb|hz|ml)\b)"
)
# Noise wedged into words: ASCII and general punctuation, symbols, emoji, variation selectors.
# Listed as ranges (not [^\w\s]) so the pattern opens with a class sre can scan for; the
# lookbehinds then check the letter before it.
_NOISE = (
    "[!-/:-@\\[-`{-~\u00a1-\u00bf\u00d7\u00f7\u2010-\u2bff\u3000-\u303f\ufe00-\ufe0f"
    "\U0001f000-\U0001faff]"
)
_INNER_SYMBOL = re.compile(
    f"{_NOISE}(?:(?<=[a-z].){_NOISE}*(?=[a-z0-9])|(?<=[0-9].){_NOISE}*(?=[a-z]))"
)


def _join_spaced(m: re.Match[str]) -> str:
    return re.sub(_SEP, "", m.group())


def _leet(m: re.Match[str]) -> str:
    return m.group().translate(_LEET_TABLE)


def _unstyle(m: re.Match[str]) -> str:
    return m.group().translate(LATIN_FOLD_TABLE)


# Coarse gate: the 128-code-point blocks that hold any foldable character, as a few ranges.
_ANY_FOLDABLE = re.compile(
    "[" + char_class(cp for key in LATIN_FOLD_TABLE for cp in range(key & ~127, (key | 127) + 1)) + "]"
)


def _unstyle_text(text: str) -> str:
    # Every foldable character is non-ASCII, and isascii() is a single C pass.
    if text.isascii() or not _ANY_FOLDABLE.search(text):
        return text
    return _STYLED_WORD.sub(_unstyle, text)


# A leet character next to a letter, found by scanning for the (rare) leet characters first.
_LEET_GATE = re.compile(f"[{_LEET}](?:(?<=[a-z].)|(?=[a-z]))")

FOLD_STAGES: tuple[Stage, ...] = (
    # A one-character word between two separators must occur in any spaced-out word.
    Stage("spaced", _SPACED, _join_spaced, gate=re.compile(rf"{_SEP}[a-z0-9@$]{_SEP}[a-z0-9@$](?![\w@$])")),
    Stage("styled", _STYLED_WORD, _unstyle, _unstyle_text),
    Stage("leet-inner", _LEET_INNER, _leet, gate=_LEET_GATE),
    Stage("leet-tail", _LEET_TAIL, _leet, gate=_LEET_GATE),
    Stage("leet-head", _LEET_HEAD, _leet, gate=_LEET_GATE),
    Stage("inner-symbol", _INNER_SYMBOL, ""),
    # methodcaller is C-level: a "\1" template would run re's Python expander on every match.
    Stage("latin-repeats", re.compile(r"([a-z])\1+"), methodcaller("group", 1)),
)


def normalise(text: str) -> str:
    return run(NORMALISE_STAGES, text)


# Every fold stage needs a Latin letter or a foldable look-alike to match anything, so text
# without one (most Khmer posts) skips the fold; the offset-tracking path uses the same gate.
_FOLD_GATE = re.compile("[a-z" + _ANY_FOLDABLE.pattern[1:])


def fold_applies(normalised: str) -> bool:
    return _FOLD_GATE.search(normalised) is not None


def fold(normalised: str) -> str:
    """Fold an already normalised text (use `fold(normalise(t))` for raw input)."""
    return fold_with_signal(normalised)[0]


def fold_with_signal(normalised: str) -> tuple[str, bool, bool]:
    """(folded, an evasion trick was undone, disguised letters were folded to Latin). The
    signals come from which stages changed the text, so they cost nothing on clean text.
    Repeats are informal spelling and hyphens, dots and apostrophes inside words are
    spelling, so neither counts as a trick."""
    if not fold_applies(normalised):
        return normalised, False, False
    text, trick, restyled = normalised, False, False
    for stage in FOLD_STAGES:
        new = stage.apply(text)
        if new is not text:
            trick = trick or _is_trick(stage.name, text)
            restyled = restyled or (stage.name == "styled" and _DISGUISED.search(text) is not None)
        text = new
    return text, trick, restyled


def _is_trick(stage: str, before: str) -> bool:
    if stage in ("spaced", "leet-inner"):
        return True
    if stage == "styled":
        return _MIXED_SCRIPT_WORD.search(before) is not None
    if stage == "inner-symbol":
        return _ODD_INNER_SYMBOL.search(before) is not None
    return False


def track_normalise(text: str, stages: tuple[Stage, ...] = NORMALISE_STAGES) -> Tracked:
    return run_tracked(stages, Tracked.identity(text))


# --- Signals for the obfuscation-detected flag --------------------------------------------
_HOMO = char_class(ord(c) for c in HOMOGLYPH_CHARS)
# Letters that only disguise Latin (look-alikes, fullwidth, circled, maths alphanumerics), as
# opposed to accented letters, which are evidence of French, Vietnamese and the like.
_DISGUISED = re.compile(f"[{_HOMO}\uff10-\uff5a\u24b6-\u24e9\U0001d400-\U0001d7ff]")
_MIXED_SCRIPT_WORD = re.compile(f"[a-z][{_HOMO}]|[{_HOMO}][a-z]")
# Symbols other than apostrophes, hyphens and dots inside a word are not spelling.
_ODD_INNER_SYMBOL = re.compile("(?<=[a-z])[^\\w\\s'’\\-.\u1780-\u17ff]+(?=[a-z])")
# U+200B between Khmer clusters is a legitimate word-boundary hint; any zero-width character
# inside a Latin word or before a Khmer mark/subscript (splitting a cluster) is not.
_ZW_INSIDE_WORD = re.compile(
    f"(?<=[A-Za-z0-9])[{ZERO_WIDTH}]+(?=[A-Za-z0-9])|[{ZERO_WIDTH}]+(?=[{_M}\u17d2])"
    f"|(?<=[\u1780-\u17dd])[{ZERO_WIDTH[1:]}]+(?=[\u1780-\u17dd])"
)


def zero_width_trick(original: str) -> bool:
    """A zero-width character inside a Latin word or splitting a Khmer cluster."""
    return _ZW_INSIDE_WORD.search(original) is not None
