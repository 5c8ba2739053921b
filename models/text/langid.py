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

__all__ = ["ScriptStats", "identify", "script_stats"]

_DATA = Path(__file__).parent / "data" / "latin_ngrams.json"


@dataclass(frozen=True, slots=True)
class ScriptStats:
    """Share of counted characters (letters, Khmer marks, digits) per script; sums to 1 or 0."""

    khmer: float
    latin: float
    other: float
    digit: float
    counted: int


_KHMER = re.compile("[\u1780-\u17d3\u17dd\u19e0-\u19ff]")
_LATIN = re.compile("[a-z\u00df-\u024f\u1e00-\u1eff]")
_DIGIT = re.compile("[0-9]")
_OTHER = re.compile("[^\\W\\d_a-z\u00df-\u024f\u1e00-\u1eff\u1780-\u17ff\u19e0-\u19ff]")
# URLs, e-mail addresses and @mentions are Latin whatever language the post is in.
_NOT_LANGUAGE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|@\w+")


def script_stats(normalised: str) -> ScriptStats:
    counts = [len(p.findall(normalised)) for p in (_KHMER, _LATIN, _OTHER, _DIGIT)]
    total = sum(counts)
    if total == 0:
        return ScriptStats(0.0, 0.0, 0.0, 0.0, 0)
    khmer, latin, other, digit = (c / total for c in counts)
    return ScriptStats(khmer, latin, other, digit, total)


# --- Latin-script model -----------------------------------------------------------------
_WORD = re.compile("[a-z\u00df-\u024f\u1e00-\u1eff]+")
#: Romanized Khmer chat words that are not English words (ambiguous ones like men, ban, bay,
#: pit, te are left to the n-gram model).
KM_CHAT = frozenset(
    """knhom knyom khnhom nhom bong oun ohn jg chong ot ort mean nas nass jol chol chea luy loy
    kmean tov mok hz hx haey ey jam sok sabay srolanh slanh neak nak yerng yeung pel thngai tngai
    yob nham kot mdong chhnam srok tae del dael nov nau ning ouy oy yok tinh tlai thok srey pros
    kmeng slab somlab vay sdab merl meul deng chhob chab yur samrab jea lor saat kdao trojeak
    phteah psar phsar krusa klach chnganh sdach kampuchea niyay sour chleuy brab prab kohok ngeay
    pibak reang arkun orkun jas nis nih noh mech ponman muoy moy bei buon pram bontech bantech
    chreun chet chit knea chuob sangsa nirk mnak phleang chhu kbal pous vea chhloh chaor plech
    sdey jouy sdai lerng laeng chlery tnam ngoy kdeuy klean sach chrouk banh sahav chkout krob
    kroy barang angkles toch kasekor lmbak sruv srae ronoung chakr somnang khmao kach khoeng tuonh
    teat dol reu rean thmey tver twer jeng chhnganh""".split()
)
#: English function words and chat abbreviations.
EN_WORDS = frozenset(
    """the be to of and a in that have i it for not on with he as you do at this but his by from
    they we say her she or an will my one all would there their what so up out if about who get
    which go me when make can like time no just him know take people into year your good some
    could them see other than then now look only come its over think also back after use two how
    our work first well way even new want because any these give day most us is are was were has
    had been am u ur lol pls plz omg gonna wanna dont cant im thats wtf idk btw thx ok yes yeah
    guys really why should very much more here please every never always something""".split()
)
_LEXICON_BONUS = 2.5


@lru_cache(maxsize=1)
def _model() -> tuple[tuple[str, ...], float, dict[str, list[float]]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return tuple(data["classes"]), float(data["unseen"]), data["grams"]


_WORD_CACHE: dict[str, tuple[float, ...]] = {}


def _grams(word: str) -> list[str]:
    padded = f" {word} "
    return [padded[i : i + n] for n in (1, 2, 3) for i in range(len(padded) - n + 1) if padded[i : i + n] != " "]


def _word_scores(word: str) -> tuple[float, ...]:
    """Mean log-probability of the word's n-grams per class, plus the lexicon bonus."""
    cached = _WORD_CACHE.get(word)
    if cached is not None:
        return cached
    classes, unseen, grams = _model()
    sums = [0.0] * len(classes)
    parts = _grams(word)
    for gram in parts:
        row = grams.get(gram)
        for i in range(len(sums)):
            sums[i] += row[i] if row else unseen
    scores = [s / len(parts) * 3 for s in sums]
    scores[classes.index("km-latn")] += _LEXICON_BONUS * (word in KM_CHAT)
    scores[classes.index("en")] += _LEXICON_BONUS * (word in EN_WORDS)
    if len(_WORD_CACHE) > 200_000:
        _WORD_CACHE.clear()
    result = _WORD_CACHE[word] = tuple(scores)
    return result


def latin_scores(text: str) -> dict[str, float]:
    """Mean per-word score of each class over the Latin words of `text`."""
    classes = _model()[0]
    words = _WORD.findall(text)
    totals = [0.0] * len(classes)
    for word in words:
        for i, s in enumerate(_word_scores(word)):
            totals[i] += s
    n = max(len(words), 1)
    return {c: t / n for c, t in zip(classes, totals, strict=True)}


# --- Decision -------------------------------------------------------------------------------
_DECISIVE_MARGIN = 0.9


def _softmax_top(scores: dict[str, float]) -> tuple[str, float, float]:
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    z = sum(math.exp(v - top) for v in scores.values())
    return best, 1.0 / z, top - second


def _langdetect(text: str) -> tuple[str, float] | None:
    try:
        from langdetect import DetectorFactory, detect_langs

        DetectorFactory.seed = 0
        best = detect_langs(text)[0]
        return str(best.lang), float(best.prob)
    except Exception:  # LangDetectException on featureless text; never fail a post
        return None


def _identify_latin(text: str) -> tuple[str, float]:
    best, conf, margin = _softmax_top(latin_scores(text))
    if margin >= _DECISIVE_MARGIN and best != "xx":
        return best, conf
    detected = _langdetect(text)
    if detected is None:
        return ("other" if best == "xx" else best), conf * 0.5
    lang, prob = detected
    if lang == "en":
        return ("km-latn", conf) if best == "km-latn" and prob < 0.9 else ("en", prob)
    if best == "km-latn":
        return "km-latn", conf
    if best == "en" and prob < 0.9:
        return "en", conf * 0.7
    return "other", prob


def _mixed_confidence(stats: ScriptStats) -> float:
    lo, hi = sorted((stats.khmer, stats.latin))
    return 0.7 + 0.3 * min(1.0, 4 * lo / hi) if hi else 0.5


def identify(normalised: str, stats: ScriptStats | None = None) -> tuple[str, float]:
    """(lang, confidence) of a normalised text; `stats` may be passed to avoid recounting."""
    text = _NOT_LANGUAGE.sub(" ", normalised) if ("@" in normalised or "/" in normalised) else normalised
    stats = script_stats(text) if stats is None or text is not normalised else stats
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
    return _identify_latin(text)
