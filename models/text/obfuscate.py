"""The folding done in reverse: disguise text the way evaders do, for training augmentation.

Every transformation here is one the folder undoes, so that for any text
`fold(obfuscate(t)) == fold(t)` (checked by a property test): leetspeak, homoglyphs, spaced
letters, inserted punctuation or emoji, repeated letters for Latin words; zero-width splits,
typed-order variants (UTN #61 reorderings) and digit swaps for Khmer words.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from models.text.tables import HOMOGLYPHS, INSERTED_MARKS, LEET_OBFUSCATE, SPACERS

__all__ = ["obfuscate"]

_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_KHMER_WORD = re.compile("[\u1780-\u17dd]+")
# A base followed by one or more subscripts (coeng + base), then a dependent vowel: typing
# the vowel before the subscripts renders the same and is what pheasa reorders back.
_VOWEL_AFTER_SUBSCRIPT = re.compile("([\u1780-\u17b3])((?:\u17d2[\u1780-\u17b3])+)([\u17b6-\u17c5])")
# Canonical order puts coeng ro second (UTN #61 p. 29); typed order often puts it first.
_COENG_X_COENG_RO = re.compile("(\u17d2[\u1780-\u1799\u179b-\u17b3])(\u17d2\u179a)")
# Cluster starts: a base not subjoined by a coeng, where a zero-width split is invisible.
_CLUSTER_START = re.compile("(?<=[\u1780-\u17dd])(?<!\u17d2)(?=[\u1780-\u17a2\u17a5-\u17b3])")
_ZERO_WIDTHS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_KHMER_DIGIT = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def _leet(word: str, rng: random.Random) -> str:
    """Substitute interior letters, never two in a row, so the folder's context rules apply."""
    chars = list(word)
    last = -2
    for i in range(1, len(chars)):
        options = LEET_OBFUSCATE.get(chars[i].lower())
        if i == len(chars) - 1:
            # The folder reads only digits, "$" and "|" as leet at the end of a word ("fake!"
            # is punctuation), and only after two plain letters.
            options = tuple(o for o in options or () if o.isdigit() or o in "$|")
        interior = i < len(chars) - 1 or (len(chars) >= 4 and i - last > 2)
        if options and interior and i - last > 1 and rng.random() < 0.5:
            chars[i] = rng.choice(options)
            last = i
    return "".join(chars)


def _homoglyph(word: str, rng: random.Random) -> str:
    out = []
    for ch in word:
        looks = HOMOGLYPHS.get(ch.lower())
        out.append(rng.choice(looks) if looks and rng.random() < 0.4 else ch)
    return "".join(out)


def _spaced(word: str, rng: random.Random) -> str:
    return rng.choice(SPACERS).join(word)


def _inserted(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word))
    return word[:i] + rng.choice(INSERTED_MARKS) + word[i:]


def _repeated(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    return word[: i + 1] + word[i] * rng.randint(1, 4) + word[i + 1 :]


_LATIN_TRICKS: tuple[Callable[[str, random.Random], str], ...] = (
    _leet, _homoglyph, _spaced, _inserted, _repeated,
)


def _zero_width_split(word: str, rng: random.Random) -> str:
    starts = [m.start() for m in _CLUSTER_START.finditer(word)]
    if not starts:
        return word
    i = rng.choice(starts)
    return word[:i] + rng.choice(_ZERO_WIDTHS) + word[i:]


def _reorder(word: str, rng: random.Random) -> str:
    word = _COENG_X_COENG_RO.sub(r"\2\1", word)
    return _VOWEL_AFTER_SUBSCRIPT.sub(r"\1\3\2", word)


_KHMER_TRICKS: tuple[Callable[[str, random.Random], str], ...] = (_zero_width_split, _reorder)


_SINGLE_BEFORE = re.compile(r"(?:^|\s)\w\s+$")
_SINGLE_AFTER = re.compile(r"^\s+\w(?:\s|$)")


def _space_ok(match: re.Match[str], last_spaced_end: int) -> bool:
    """May this word be spelt with spaces? Not next to a one-character word or another
    spaced word, which the folder could not tell apart from it ("a f a k e")."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    adjacent = last_spaced_end >= 0 and not match.string[last_spaced_end : match.start()].strip()
    return not (adjacent or _SINGLE_BEFORE.search(before) or _SINGLE_AFTER.match(after))


def _disguise(tricks: tuple[Callable[[str, random.Random], str], ...], rng: random.Random,
              strength: float) -> Callable[[re.Match[str]], str]:
    last_spaced_end = [-1]

    def apply(match: re.Match[str]) -> str:
        word = match.group()
        if rng.random() >= strength:
            return word
        trick = rng.choice(tricks)
        if trick is _spaced:
            if not _space_ok(match, last_spaced_end[0]):
                trick = _inserted
            last_spaced_end[0] = match.end()
        return trick(word, rng)

    return apply


# Links, e-mail addresses, @mentions and #hashtags are left alone: disguising them breaks them,
# which is not what evaders do.
_PROTECTED = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|[@#]\w+")


def _disguise_text(text: str, rng: random.Random, strength: float, digits: bool) -> str:
    text = _LATIN_WORD.sub(_disguise(_LATIN_TRICKS, rng, strength), text)
    text = _KHMER_WORD.sub(_disguise(_KHMER_TRICKS, rng, strength), text)
    return text.translate(_KHMER_DIGIT) if digits else text


def obfuscate(text: str, rng: random.Random, strength: float = 0.5) -> str:
    """Disguise roughly `strength` of the words of `text`; deterministic for a seeded `rng`."""
    strength = min(max(strength, 0.0), 1.0)
    digits = rng.random() < strength / 4
    out: list[str] = []
    pos = 0
    for m in _PROTECTED.finditer(text):
        out += (_disguise_text(text[pos : m.start()], rng, strength, digits), m.group())
        pos = m.end()
    out.append(_disguise_text(text[pos:], rng, strength, digits))
    return "".join(out)
