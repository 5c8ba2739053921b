"""Legacy Limon-font Khmer: Latin key codes that render as Khmer glyphs in a Limon font.

Posts copied from documents typed in Limon fonts arrive as Latin gibberish with odd capitals
and Latin-1 symbols ("GrKuN" is អរគុណ). We detect such posts, convert the runs whose every
character we can map, and otherwise only flag them (`legacy-encoding`) so the verdict says why
it could not read them.

Mapping source (written for postwatch; no code or table from the GPL kfc package is used):
the Limon keyboard chart distributed with the Limon S/R font sets, whose consonant and vowel
keys follow the Khmer typewriter layout also documented in the "kbd" column of r12a's Khmer
script notes (github.com/r12a/shared, scriptdb/khmr.js); subscripts ¶ (coeng NGO) and ñ (coeng
NO) and é (vowel AI) checked against the worked example "éf¶ExqñaMkMeNIt" = ថ្ងៃខែឆ្នាំកំណើត in
the kfc README. Only codes we could verify are listed; anything else stays unconverted.
"""

from __future__ import annotations

import re

from models.text.stages import Stage

__all__ = ["LEGACY_STAGE", "LIMON", "convert", "looks_legacy"]

#: Limon key code -> Unicode Khmer, in typed (visual) order.
LIMON: dict[str, str] = {
    # consonants
    "k": "ក", "x": "ខ", "K": "គ", "X": "ឃ", "g": "ង", "c": "ច", "q": "ឆ", "C": "ជ", "Q": "ឈ",
    "j": "ញ", "d": "ដ", "z": "ឋ", "D": "ឌ", "Z": "ឍ", "N": "ណ", "t": "ត", "f": "ថ", "T": "ទ",
    "F": "ធ", "n": "ន", "b": "ប", "p": "ផ", "B": "ព", "P": "ភ", "m": "ម", "y": "យ", "r": "រ",
    "l": "ល", "v": "វ", "s": "ស", "h": "ហ", "L": "ឡ", "G": "អ",
    # dependent vowels and signs
    "a": "ា", "i": "ិ", "I": "ី", "w": "ឹ", "W": "ឺ", "u": "ុ", "U": "ូ", "Y": "ួ", "e": "េ",
    "E": "ែ", "é": "ៃ", "o": "ោ", "O": "ៅ", "M": "ំ", "H": "ះ",
    # subscripts (one glyph code each in Limon)
    "¶": "\u17d2ង", "ñ": "\u17d2ន",
}
_PRE_VOWELS = "េែៃ"
_CONSONANT = "[\u1780-\u17a2]"
# Limon stores a pre-base vowel before the consonant it is drawn in front of; Unicode stores
# it after the consonant and its subscripts (pheasa then folds េ+ី into ើ and េ+ា into ោ).
_PRE_VOWEL_FIRST = re.compile(f"([{_PRE_VOWELS}])({_CONSONANT}(?:\u17d2{_CONSONANT})*)")
_MAPPABLE = "".join(re.escape(c) for c in LIMON)
_RUN = re.compile(f"(?<![\\w/@.])[{_MAPPABLE}]{{2,}}(?![\\w/@])")

# Cheap gate: a Latin-1 glyph code inside a word, or two lower-to-upper switches in one word.
_GATE = re.compile(r"[a-zA-Z][\u00a1-\u00ff]|[\u00a1-\u00ff][a-zA-Z]|[a-z][A-Z]\w*?[a-z][A-Z]")
_LATIN_TOKEN = re.compile(r"[A-Za-z\u00a1-\u00ff]{3,}")
_ODD = re.compile(r"[a-z][A-Z]|[\u00a1-\u00ff]")


def convert(run: str) -> str:
    """Unicode Khmer for a run of Limon codes (every character must be in LIMON)."""
    khmer = "".join(LIMON[c] for c in run)
    return _PRE_VOWEL_FIRST.sub(r"\2\1", khmer)


def _convert_match(m: re.Match[str]) -> str:
    return convert(m.group())


#: The conversion as a pipeline stage, so offsets of converted words map back to the codes.
LEGACY_STAGE = Stage("legacy", _RUN, _convert_match)


_LATIN1 = re.compile("[\u00a1-\u00ff]")
_CAMEL = re.compile("[a-z][A-Z]")
_ANY_KHMER = re.compile("[\u1780-\u17ff]")


def looks_legacy(text: str) -> tuple[bool, bool]:
    """(is legacy-encoded, can be converted confidently). Cheap when the gate does not fire."""
    # Two first-character-scannable searches rule out nearly every post before _GATE runs.
    if not (_CAMEL.search(text) or _LATIN1.search(text)):
        return False, False
    if not _GATE.search(text) or _ANY_KHMER.search(text):
        return False, False
    tokens = _LATIN_TOKEN.findall(text)
    odd = [t for t in tokens if _ODD.search(t) and not t[1:].islower()]
    # One camel-cased brand ("YouTubeTV") is not a legacy post; two odd words, or a Latin-1
    # glyph code inside a word, and odd words making up half the text, are.
    glyph_code = any(_LATIN1.search(t) for t in odd)
    if len(odd) * 2 < len(tokens) or not (len(odd) >= 2 or glyph_code):
        return False, False
    letters = sum(len(t) for t in tokens)
    mapped = sum(len(m.group()) for m in _RUN.finditer(text))
    return True, mapped >= 0.9 * letters
