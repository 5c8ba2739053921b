"""Build `data/latin_ngrams.json`, the character n-gram model for Latin-script posts.

Run: `python -m models.text.build_langid` (deterministic; commit the JSON it writes).

Three classes, 1- to 3-grams of " word " (space-padded, as langdetect pads):
- `km-latn`: counted from `data/kmlatn_corpus.txt`, romanized Khmer chat written for postwatch;
- `en`: langdetect's bundled English profile (Apache-2.0, Wikipedia-derived counts);
- `xx`: other Latin-script languages, the mean distribution of langdetect's fr, es, pt, it, de,
  nl, id, tl and vi profiles.
Stored as plain JSON log-probabilities so loading needs no pickle and no langdetect import.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path

from models.text.langid import word_grams

DATA = Path(__file__).parent / "data"
OUT = DATA / "latin_ngrams.json"
OTHER_LATIN = ("fr", "es", "pt", "it", "de", "nl", "id", "tl", "vi")
CLASSES = ("en", "km-latn", "xx")
ALPHA = 0.5
_LATIN_GRAM = re.compile(r"^[ a-z\u00df-\u024f\u1e00-\u1eff]+$")


def corpus_counts(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for word in re.findall(r"[a-z]+", line.casefold()):
            counts.update(word_grams(word))
    return counts


def profile_counts(lang: str) -> Counter[str]:
    import langdetect  # build time only

    path = Path(langdetect.__file__).parent / "profiles" / lang
    freq: dict[str, int] = json.loads(path.read_text(encoding="utf-8"))["freq"]
    counts: Counter[str] = Counter()
    for gram, n in freq.items():
        gram = gram.casefold()
        if _LATIN_GRAM.match(gram) and gram.strip():
            counts[gram] += n
    return counts


def distribution(counts: Counter[str]) -> dict[str, float]:
    """Relative frequency within each n-gram order."""
    totals: Counter[int] = Counter()
    for gram, n in counts.items():
        totals[len(gram)] += n
    return {gram: n / totals[len(gram)] for gram, n in counts.items()}


def mixture(dists: list[dict[str, float]]) -> dict[str, float]:
    grams = set().union(*dists)
    return {g: sum(d.get(g, 0.0) for d in dists) / len(dists) for g in grams}


def smoothed_logp(dist: dict[str, float], grams: set[str], floor: float) -> dict[str, float]:
    return {g: round(math.log(dist.get(g, 0.0) + floor), 3) for g in grams}


def build() -> dict[str, object]:
    km = corpus_counts(DATA / "kmlatn_corpus.txt")
    dists = {
        "en": distribution(profile_counts("en")),
        "km-latn": distribution(km),
        "xx": mixture([distribution(profile_counts(lang)) for lang in OTHER_LATIN]),
    }
    grams = set().union(*dists.values())
    # A floor of ALPHA / (size of the km corpus) keeps unseen grams from dominating.
    floor = ALPHA / max(sum(km.values()), 1)
    table = {c: smoothed_logp(dists[c], grams, floor) for c in CLASSES}
    return {
        "classes": list(CLASSES),
        "unseen": round(math.log(floor), 3),
        "grams": {g: [table[c][g] for c in CLASSES] for g in sorted(grams)},
    }


def main() -> None:
    OUT.write_text(json.dumps(build(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
