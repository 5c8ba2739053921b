"""Stand-in for `models.text.obfuscate.obfuscate`, used only while that module does not exist yet.

It applies the usual evasion tricks (leetspeak, homoglyphs, spaced or dotted letters, zero-width
characters inside Khmer words) so that the corpus has obfuscated variants from the first commit.
"""

from __future__ import annotations

import random

_LEET: dict[str, tuple[str, ...]] = {
    "a": ("4", "@"),
    "e": ("3",),
    "i": ("1", "!"),
    "o": ("0",),
    "s": ("$", "5"),
    "t": ("7",),
    "l": ("1",),
}
_HOMOGLYPH: dict[str, str] = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у"}
_ZERO_WIDTH: tuple[str, ...] = ("\u200b", "\u200c", "\u200d")


def _is_khmer(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff"


def _obfuscate_word(word: str, rng: random.Random, strength: float) -> str:
    if any(_is_khmer(ch) for ch in word):
        # Zero-width characters split the word for naive matching but render identically.
        return "".join(ch + (rng.choice(_ZERO_WIDTH) if rng.random() < strength * 0.4 else "") for ch in word)
    trick = rng.random()
    if len(word) >= 4 and trick < 0.15:
        return rng.choice((" ", ".", "-", "*")).join(word)
    out: list[str] = []
    for ch in word:
        low = ch.lower()
        if low in _LEET and rng.random() < strength * 0.6:
            out.append(rng.choice(_LEET[low]))
        elif low in _HOMOGLYPH and rng.random() < strength * 0.3:
            out.append(_HOMOGLYPH[low])
        else:
            out.append(ch)
    return "".join(out)


def obfuscate(text: str, rng: random.Random, strength: float = 0.5) -> str:
    words = text.split(" ")
    return " ".join(_obfuscate_word(w, rng, strength) if rng.random() < strength else w for w in words)
