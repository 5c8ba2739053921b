"""Character tables shared by the folder (`normalise`, `fold`) and its inverse (`obfuscate`).

Keeping both directions in one module is what lets the corpus engineer's augmentation stay
in step with what the stream folds back: add a look-alike here and both sides learn it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

#: Invisible format characters that split words without showing anything. U+200B is the
#: Khmer word-boundary hint; the others are joiners, the word joiner and the BOM.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

#: Other invisibles removed for matching without a flag of their own: soft hyphen, CGJ,
#: Mongolian vowel separator, bidi marks/embeddings/isolates, and inherent Khmer vowels
#: U+17B4/17B5 (Default_Ignorable per UTN #61 p. 27).
INVISIBLE = (
    "\u00ad\u034f\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\u17b4\u17b5"
)

#: C0/C1 controls that are not whitespace: they only ever hide or corrupt text.
CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1C), 0x7F, *range(0x80, 0x85),
                                     *range(0x86, 0xA0)])

#: Leetspeak: fold direction (symbol -> letter). '1' folds to 'i' because k1ll/v4cc1ne/1diot
#: are far commoner in abuse than 1ove.
LEET_FOLD: Mapping[str, str] = {
    "4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", "$": "s",
    "7": "t", "+": "t", "8": "b", "9": "g", "|": "l",
}

#: Leetspeak: obfuscation direction. Only substitutions that LEET_FOLD undoes exactly.
LEET_OBFUSCATE: Mapping[str, tuple[str, ...]] = {
    "a": ("4", "@"), "e": ("3",), "i": ("1", "!"), "o": ("0",), "s": ("5", "$"),
    "t": ("7", "+"), "b": ("8",), "g": ("9",), "l": ("|",),
}

#: Latin letter -> Cyrillic/Greek/IPA look-alikes (lower case; casefold handles capitals).
#: Source: Unicode confusables.txt (UTS #39), restricted to lower-case letters that render
#: indistinguishably in common social-media fonts.
HOMOGLYPHS: Mapping[str, tuple[str, ...]] = {
    "a": ("\u0430", "\u03b1"), "b": ("\u042c",), "c": ("\u0441", "\u03f2"), "d": ("\u0501",),
    "e": ("\u0435",), "g": ("\u0261",), "h": ("\u04bb",), "i": ("\u0456", "\u03b9"),
    "j": ("\u0458",), "k": ("\u03ba", "\u043a"), "l": ("\u04cf",), "m": ("\u043c",),
    "n": ("\u0578",), "o": ("\u043e", "\u03bf"), "p": ("\u0440", "\u03c1"), "q": ("\u051b",),
    "s": ("\u0455",), "t": ("\u03c4",), "u": ("\u03c5",), "v": ("\u03bd",), "w": ("\u0461",),
    "x": ("\u0445", "\u03c7"), "y": ("\u0443",),
}

#: Characters obfuscate() may wedge inside a word; the folder drops any non-word symbol
#: between two Latin letters, so this list only needs to be representative.
INSERTED_MARKS: tuple[str, ...] = (
    ".", "*", "-", "_", "'", "~", "\U0001f921", "\U0001f480", "\u2764", "\U0001f525",
)

#: Separators used for spaced letters ("f a k e", "f.a.k.e").
SPACERS: tuple[str, ...] = (" ", ".", "-", "_", "*")


#: Fold-only look-alikes: lower-case forms of Cyrillic/Greek capitals that copy Latin
#: capitals (casefold turns "Т" into "т", which no longer looks like "t" but still was one).
CAPITAL_HOMOGLYPHS: Mapping[str, str] = {
    "\u0432": "b", "\u043d": "h", "\u0442": "t", "\u03b2": "b", "\u03b5": "e", "\u03b6": "z",
    "\u03b7": "n", "\u03bc": "m", "\u0455": "s", "\u04c0": "l",
}


def _homoglyph_fold() -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in CAPITAL_HOMOGLYPHS.items()}
    for latin, looks in HOMOGLYPHS.items():
        for ch in looks:
            # Fold every case form: normalise casefolds before folding, obfuscate may not.
            for form in {ch, ch.upper(), ch.lower(), ch.casefold()}:
                if len(form) == 1:
                    table.setdefault(ord(form), latin)
    return table


def _ascii_base(ch: str) -> str | None:
    """The ASCII letter/digit `ch` is a styled or accented form of, if any."""
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    base = base.casefold()
    return base if len(base) == 1 and base.isascii() and base.isalnum() else None


def _styled_ranges() -> Iterable[int]:
    # Latin-1 letters, Latin Extended-A/B, fullwidth forms, circled/enclosed letters and the
    # mathematical alphanumerics (bold/italic/script "fonts" pasted from generator sites).
    yield from range(0x00C0, 0x0250)
    yield from range(0x1E00, 0x1F00)
    yield from range(0xFF10, 0xFF5B)
    yield from range(0x24B6, 0x24EA)
    yield from range(0x1D400, 0x1D800)


def _styled_fold() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in _styled_ranges():
        base = _ascii_base(chr(cp))
        if base is not None and base != chr(cp):
            table[cp] = base
    return table


#: One translate table for the folded form: styled/accented Latin and homoglyphs to ASCII.
LATIN_FOLD_TABLE: dict[int, str] = {**_styled_fold(), **_homoglyph_fold()}

#: Characters that are homoglyphs (to tell genuine Cyrillic/Greek words from disguised ones).
HOMOGLYPH_CHARS = frozenset(chr(c) for c in _homoglyph_fold())

#: Khmer digits U+17E0-17E9 to ASCII (matching); divination numerals U+17F0-17F9 stay.
KHMER_DIGITS_TO_ASCII: dict[int, str] = {0x17E0 + d: str(d) for d in range(10)}

#: Deprecated Khmer characters and their replacements. Source: UTN #61 pp. 27, 30 and TUS 18.0
#: §16.4 (the same table pheasa applies with fold_deprecated=True; these characters sit outside
#: syllable clusters, so we fold them in the translate pass before cluster ordering).
KHMER_DEPRECATED: dict[int, str] = {0x17A3: "\u17a2", 0x17A4: "\u17a2\u17b6", 0x17D8: "\u17d4\u179b\u17d4"}
