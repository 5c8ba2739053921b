"""Language identification: km, en, mixed, km-latn or other, with a confidence.

Cheapest signal first: script counts decide every post that has Khmer script or a non-Latin
script. Latin-only posts are scored word by word with a character n-gram model (romanized
Khmer vs English vs other Latin languages, `build_langid.py`) plus two small lexicons; word
scores are cached because chat vocabulary repeats. Only posts that stay close to a tie go to
langdetect, which costs milliseconds, knows no Khmer and raises on text without features.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["ScriptStats", "describe", "identify", "load", "script_stats", "strip_non_language"]

_DATA = Path(__file__).parent / "data" / "latin_ngrams.json"


@dataclass(frozen=True, slots=True)
class ScriptStats:
    """Share of counted characters (letters, Khmer marks, digits) per script; sums to 1 or 0."""

    khmer: float
    latin: float
    other: float
    digit: float
    counted: int


# Runs, not single characters: findall then returns a few strings per post instead of one per
# character.
_KHMER = re.compile("[\u1780-\u17d3\u17dd\u19e0-\u19ff]+")
_LATIN = re.compile("[a-z\u00df-\u024f\u1e00-\u1eff]+")
_DIGIT = re.compile("[0-9]+")
_OTHER = re.compile("[^\\W\\d_a-z\u00df-\u024f\u1e00-\u1eff\u1780-\u17ff\u19e0-\u19ff]+")
# URLs, e-mail addresses, @mentions and #hashtags are Latin whatever language the post is
# in: a Khmer post tagged #news is not code-mixed.
# The e-mail branch is anchored at a token start: an unanchored \S+@ backtracks quadratically on
# a long token without "@".
_NOT_LANGUAGE = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\w)[@#]\w+")


def strip_non_language(text: str) -> str:
    """`text` without URLs, e-mail addresses, @mentions and #hashtags (same object if none)."""
    if "@" in text or "/" in text or "#" in text:
        return _NOT_LANGUAGE.sub(" ", text)
    return text


def _counts(text: str) -> tuple[tuple[int, int, int, int], list[str]]:
    """Characters per script (khmer, latin, other, digit) and the Latin words, which the
    n-gram scorer reuses instead of scanning again."""
    words = _LATIN.findall(text)
    latin = sum(map(len, words))
    digit = sum(map(len, _DIGIT.findall(text)))
    if text.isascii():  # no Khmer, no other-script letters: skip those two scans
        return (0, latin, 0, digit), words
    khmer = sum(map(len, _KHMER.findall(text)))
    other = sum(map(len, _OTHER.findall(text)))
    return (khmer, latin, other, digit), words


def _stats(counts: tuple[int, int, int, int]) -> ScriptStats:
    total = sum(counts)
    if total == 0:
        return ScriptStats(0.0, 0.0, 0.0, 0.0, 0)
    khmer, latin, other, digit = (c / total for c in counts)
    return ScriptStats(khmer, latin, other, digit, total)


def script_stats(normalised: str) -> ScriptStats:
    return _stats(_counts(normalised)[0])


# --- Latin-script model -----------------------------------------------------------------
_WORD = re.compile("[a-z\u00df-\u024f\u1e00-\u1eff]+")
#: Lexicons (data/lexicons.json): romanized Khmer chat words that are not English words
#: (ambiguous ones like men, ban, bay, pit, te are left to the n-gram model), and English
#: function words plus chat abbreviations.
_LEXICONS = Path(__file__).parent / "data" / "lexicons.json"
_LEXICON_BONUS = 2.5


@lru_cache(maxsize=1)
def _model() -> tuple[tuple[str, ...], float, dict[str, list[float]]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return tuple(data["classes"]), float(data["unseen"]), data["grams"]


@lru_cache(maxsize=1)
def lexicons() -> dict[str, frozenset[str]]:
    data = json.loads(_LEXICONS.read_text(encoding="utf-8"))
    return {lang: frozenset(words) for lang, words in data.items()}


_WORD_CACHE: dict[str, tuple[float, ...]] = {}
_MAX_WORD = 40


def word_grams(word: str) -> list[str]:
    """1- to 3-grams of the space-padded word, as langdetect counts them."""
    padded = f" {word} "
    grams = [padded[i : i + n] for n in (1, 2, 3) for i in range(len(padded) - n + 1)]
    return [g for g in grams if g != " "]


def _word_scores(word: str) -> tuple[float, ...]:
    """Mean log-probability of the word's n-grams per class, plus the lexicon bonus."""
    cached = _WORD_CACHE.get(word)
    if cached is not None:
        return cached
    classes, unseen, grams = _model()
    sums = [0.0] * len(classes)
    parts = word_grams(word)
    for gram in parts:
        row = grams.get(gram)
        for i in range(len(sums)):
            sums[i] += row[i] if row else unseen
    scores = [s / len(parts) * 3 for s in sums]
    for lang, words in lexicons().items():
        scores[classes.index(lang)] += _LEXICON_BONUS * (word in words)
    # Diacritics (ô, ạ, ñ, ü, é) are how Vietnamese, French, Spanish, German are written, and
    # never how chat Khmer or (but for a few loanwords) English is.
    scores[classes.index("xx")] += _LEXICON_BONUS * (not word.isascii())
    if len(_WORD_CACHE) > 200_000:
        _WORD_CACHE.clear()
    result = _WORD_CACHE[word] = tuple(scores)
    return result


def latin_scores(text: str) -> dict[str, float]:
    """Mean per-word score of each class over the Latin words of `text`."""
    return _scores(_WORD.findall(text))


def _scores(words: list[str]) -> dict[str, float]:
    classes = _model()[0]
    if not words:
        return dict.fromkeys(classes, 0.0)
    get = _WORD_CACHE.get
    # A word longer than any real one is noise; scoring its head bounds the cost and the cache.
    rows = [get(w) or _word_scores(w[:_MAX_WORD]) for w in words]
    n = len(words)
    return {c: total / n for c, total in zip(classes, map(sum, zip(*rows, strict=True)), strict=True)}


# --- Decision -------------------------------------------------------------------------------
_DECISIVE_MARGIN = 0.9
# Other Latin languages are one pooled class, so it must win by more before we skip langdetect.
_XX_DECISIVE_MARGIN = 0.5


def _softmax_top(scores: dict[str, float]) -> tuple[str, float, float]:
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    z = sum(math.exp(v - top) for v in scores.values())
    return best, 1.0 / z, top - second


#: langdetect only has to tell English from other Latin-script languages here, so our own
#: factory loads just those profiles (its cost is linear in the number of languages) and
#: leaves langdetect's global factory alone for anyone else in the process.
_LANGDETECT_LANGS = ("en", "fr", "es", "pt", "it", "de", "nl", "id", "tl", "vi", "sw", "so", "ca", "tr",
                     "pl", "ro")
_LANGDETECT_TRIALS = 3  # default 7; 3 halves the cost and only moves non-English guesses
_LANGDETECT_MAX_CHARS = 300
_LANGDETECT_MIN_WORDS = 3


@lru_cache(maxsize=1)
def _langdetect_factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    profiles = [(Path(PROFILES_DIRECTORY) / lang).read_text(encoding="utf-8") for lang in _LANGDETECT_LANGS]
    factory.load_json_profile(profiles)
    factory.set_seed(0)  # determinism: langdetect samples n-grams at random
    return factory


def load() -> None:
    """Load the n-gram model, the lexicons and the langdetect profiles now, not mid-batch."""
    _model()
    lexicons()
    _langdetect_factory()


def _langdetect(text: str) -> tuple[str, float] | None:
    try:
        detector = _langdetect_factory().create()
        detector.n_trial = _LANGDETECT_TRIALS
        detector.set_max_text_length(_LANGDETECT_MAX_CHARS)
        detector.append(text)
        best = detector.get_probabilities()[0]
        return str(best.lang), float(best.prob)
    except Exception:  # LangDetectException on featureless text; never fail a post
        return None


def _identify_latin(text: str, words: list[str]) -> tuple[str, float]:
    best, conf, margin = _softmax_top(_scores(words))
    if margin >= (_XX_DECISIVE_MARGIN if best == "xx" else _DECISIVE_MARGIN):
        return ("other" if best == "xx" else best), conf
    detected = _langdetect(text)
    if detected is None:
        return ("other" if best == "xx" else best), conf * 0.5
    lang, prob = detected
    if lang == "en":
        return ("km-latn", conf) if best == "km-latn" and prob < 0.9 else ("en", prob)
    if best == "km-latn":
        return "km-latn", conf
    # langdetect is overconfident on a few words, and English is far commoner than any other
    # Latin-script language in this stream: overrule an English lead only on longer text.
    if best == "en" and (prob < 0.9 or len(words) < _LANGDETECT_MIN_WORDS):
        return "en", conf * 0.7
    return "other", prob


def _mixed_confidence(stats: ScriptStats) -> float:
    lo, hi = sorted((stats.khmer, stats.latin))
    return 0.7 + 0.3 * min(1.0, 4 * lo / hi) if hi else 0.5


def describe(normalised: str) -> tuple[ScriptStats, str, float]:
    """Script shares and (lang, confidence) of the language content of a normalised text:
    links, e-mail addresses, @mentions and #hashtags left out."""
    text = strip_non_language(normalised)
    counts, words = _counts(text)
    stats = _stats(counts)
    return (stats, *_decide(text, stats, words))


def identify(normalised: str) -> tuple[str, float]:
    """(lang, confidence) of a normalised text."""
    _, lang, confidence = describe(normalised)
    return lang, confidence


def _decide(text: str, stats: ScriptStats, words: list[str]) -> tuple[str, float]:
    letters = stats.khmer + stats.latin + stats.other
    if letters == 0:
        return "other", 0.9
    if stats.other / letters > 0.5:
        return "other", stats.other / letters
    latin_chars = stats.latin * stats.counted
    if stats.khmer * stats.counted >= 2 and latin_chars >= 2:
        return "mixed", _mixed_confidence(stats)
    if stats.khmer > 0:
        return "km", stats.khmer / letters
    if latin_chars < 2:
        return "other", 0.5
    return _identify_latin(text, words)
