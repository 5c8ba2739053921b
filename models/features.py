"""One shared vectorisation per batch for every classifier head.

Features are computed from the text views produced by `models.text.analyse_batch`:

* hashed character n-grams (`char_wb`) on the *folded* text, so that leet, homoglyph and spacing
  tricks land on the same features as the clean spelling;
* hashed word uni/bi-grams on the tokens (segmenter tokens where the view provides them, otherwise a
  cheap script-aware regex split);
* a handful of meta features (URLs, calls to share, urgency words, shouting, exclamations);
* framed copies of the n-grams of posts that carry a framing cue (`models.frames`), so that a claim
  quoted inside a fact-check or a warning can weigh differently from the same claim stated.

Hashing keeps the feature space fixed, so no vocabulary is stored or shipped with the model.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32

from models.frames import frame_block, frame_columns, frames_of
from models.text import analyse_batch


class ViewLike(Protocol):
    """The part of `models.text.TextView` that the classifiers rely on."""

    @property
    def original(self) -> str: ...
    @property
    def normalised(self) -> str: ...
    @property
    def folded(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def lang_confidence(self) -> float: ...
    @property
    def flags(self) -> frozenset[str]: ...


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """Shape of the hashed feature space; stored in the manifest so a model is self-describing."""

    char_bits: int = 18
    char_ngram_min: int = 2
    char_ngram_max: int = 4
    word_bits: int = 17
    word_ngram_max: int = 2
    use_view_tokens: bool = False
    #: Size (bits) of the framed-copy block; 0 turns framing off.
    frame_bits: int = 18

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeatureConfig:
        # Manifests written before framing existed describe models without the framed block.
        return cls(**{"frame_bits": 0, **data})


# Cue lists are deliberately short: they feed a few dense features, the n-grams do the real work.
_URL = re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(?:com|net|org|info|xyz|ly|me|kh|site)\b|t\.me/|bit\.ly")
_SHARE = re.compile(
    r"\bshare\b|\bforward\b|\bspread\b|\bretweet\b|\btag\b|\bchek\s?romlek\b|\bshare\s?chea\b"
    r"|ចែករំលែក|ចែកចាយ|ផ្សព្វផ្សាយ|ស៊ែរ|សែរ"
)
_URGENT = re.compile(
    r"\burgent\b|\bbreaking\b|\bbefore (?:it'?s |they )?delet|\bimmediately\b|\bright now\b|\bhurry\b"
    r"|\bbanhchoan\b|\bbontoan\b|\bprenhab\b|បន្ទាន់|ប្រញាប់|ភ្លាមៗ|មុនពេលលុប|ព័ត៌មានថ្មី"
)
#: Literal cores of the cue patterns: a cheap `in` test before running the (slower) regex.
_SHARE_KEYS = ("share", "forward", "spread", "retweet", "tag", "romlek", "ចែក", "ផ្សព្វ", "ស៊ែរ", "សែរ")
_URGENT_KEYS = (
    "urgent",
    "breaking",
    "delet",
    "immediately",
    "right now",
    "hurry",
    "banhchoan",
    "bontoan",
    "prenhab",
    "បន្ទាន់",
    "ប្រញាប់",
    "ភ្លាមៗ",
    "មុនពេលលុប",
    "ព័ត៌មានថ្មី",
)
_LATIN_WORD = re.compile(r"[^\W\d_\u1780-\u17ff]+|\d+")
#: Khmer has no spaces between words: an orthographic syllable (base letter, subscript consonants,
#: vowel signs) is a cheap stand-in for a word, and syllable bigrams cover most two-syllable words.
_KHMER_SYLLABLE = re.compile(r"[\u1780-\u17b3](?:\u17d2[\u1780-\u17a2])*[\u17b4-\u17d3\u17dd]*")
#: Only the first MAX_CHARS characters of a post are vectorised (bounded cost per post).
MAX_CHARS = 2000
META_NAMES: tuple[str, ...] = ("url", "share_call", "urgency", "shouting", "exclamations", "length")


_UPPER = re.compile(r"[A-Z]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _cue(text: str, keys: tuple[str, ...], pattern: re.Pattern[str]) -> float:
    return 1.0 if any(k in text for k in keys) and pattern.search(text) else 0.0


def meta_vector(view: ViewLike) -> list[float]:
    """Dense meta features, all in [0, 1] so they sit on the same scale as normalised n-grams."""
    folded = view.folded.casefold()
    original = view.original
    letters = len(_LATIN_LETTER.findall(original))
    shouting = len(_UPPER.findall(original)) / letters if letters >= 8 else 0.0
    return [
        1.0 if _URL.search(folded) else 0.0,
        _cue(folded, _SHARE_KEYS, _SHARE),
        _cue(folded, _URGENT_KEYS, _URGENT),
        shouting,
        min(original.count("!"), 5) / 5.0,
        min(math.log1p(len(original)) / 8.0, 1.0),
    ]


def word_tokens(view: ViewLike, use_view_tokens: bool) -> list[str]:
    """Tokens for word n-grams. Segmenter tokens are better for Khmer but may be slower."""
    if use_view_tokens:
        tokens = getattr(view, "tokens", None)
        if tokens:
            return [str(t).casefold() for t in tokens if str(t).strip()]
    folded = view.folded.casefold()
    folded = folded[:MAX_CHARS]
    return [m.group(0) for m in _LATIN_WORD.finditer(folded)] + _KHMER_SYLLABLE.findall(folded)


@functools.lru_cache(maxsize=262_144)
def _hash(ngram: str) -> int:
    """The vectoriser's hash of one n-gram; cached because reasons re-hash common n-grams a lot."""
    return abs(murmurhash3_32(ngram, seed=0))


class Featurizer:
    """Turns a batch of views into one CSR matrix: [char n-grams | word n-grams | meta]."""

    def __init__(self, config: FeatureConfig | None = None) -> None:
        self.config = config or FeatureConfig()
        c = self.config
        self.char = HashingVectorizer(
            analyzer="char_wb",
            ngram_range=(c.char_ngram_min, c.char_ngram_max),
            n_features=2**c.char_bits,
            alternate_sign=False,
            lowercase=True,
            dtype=np.float32,
        )
        # Input is pre-tokenised and space-joined, so the vectoriser only has to split on spaces.
        self.word = HashingVectorizer(
            analyzer="word",
            token_pattern=r"\S+",
            ngram_range=(1, c.word_ngram_max),
            n_features=2**c.word_bits,
            alternate_sign=False,
            lowercase=False,
            dtype=np.float32,
        )

        self.n_char = int(2**c.char_bits)
        self.n_word = int(2**c.word_bits)
        self.n_frame = int(2**c.frame_bits) if c.frame_bits else 0
        #: The framed block comes last, so char, word and meta columns keep their places.
        self.frame_offset = self.n_char + self.n_word + len(META_NAMES)
        self.n_features = self.frame_offset + self.n_frame

    def char_docs(self, views: Sequence[ViewLike]) -> list[str]:
        # Cost is linear in length: a hostile 20,000-character post must not stall the batch.
        return [v.folded[:MAX_CHARS] for v in views]

    def word_docs(self, views: Sequence[ViewLike]) -> list[str]:
        return [" ".join(word_tokens(v, self.config.use_view_tokens)) for v in views]

    def transform(self, views: Sequence[ViewLike]) -> sp.csr_matrix:
        """The one vectorisation of a batch, shared by all heads."""
        char = self.char.transform(self.char_docs(views))
        word = self.word.transform(self.word_docs(views))
        meta = sp.csr_matrix(np.asarray([meta_vector(v) for v in views], dtype=np.float32).reshape(-1, 6))
        blocks = [char, word, meta]
        if self.n_frame:
            text = sp.hstack([char, word], format="csr", dtype=np.float32)
            blocks.append(frame_block(text, [self.frames(v) for v in views], self.n_frame))
        return sp.hstack(blocks, format="csr", dtype=np.float32)

    def frames(self, view: ViewLike) -> tuple[int, ...]:
        """The framing cue groups of a post (none when framing is off)."""
        return frames_of(view.folded[:MAX_CHARS]) if self.n_frame else ()

    def framed_columns(self, columns: np.ndarray, frame: int) -> np.ndarray:
        """Absolute columns of a frame's copies of the given text columns."""
        return self.frame_offset + frame_columns(columns, frame, self.n_frame)

    def char_ngrams(self, doc: str) -> list[str]:
        return list(self.char.build_analyzer()(doc))

    def word_ngrams(self, doc: str) -> list[str]:
        return list(self.word.build_analyzer()(doc))

    def char_indices(self, grams: Sequence[str]) -> np.ndarray:
        """Column indices of many char n-grams at once (no Python frame per n-gram)."""
        return np.fromiter(map(_hash, grams), dtype=np.int64, count=len(grams)) % self.n_char

    def word_indices(self, grams: Sequence[str]) -> np.ndarray:
        return self.n_char + np.fromiter(map(_hash, grams), dtype=np.int64, count=len(grams)) % self.n_word

    def char_index(self, ngram: str) -> int:
        return _hash(ngram) % self.n_char

    def word_index(self, ngram: str) -> int:
        return self.n_char + _hash(ngram) % self.n_word


def describe_index(index: int, featurizer: Featurizer, table: dict[int, str]) -> tuple[str, str]:
    """(kind, example n-gram) for a column index; kind is char, word, meta or framed."""
    if index >= featurizer.frame_offset:
        return "framed", ""
    if index >= featurizer.n_char + featurizer.n_word:
        return "meta", META_NAMES[index - featurizer.n_char - featurizer.n_word]
    kind = "char" if index < featurizer.n_char else "word"
    return kind, table.get(index, "")


def build_side_table(featurizer: Featurizer, views: Iterable[ViewLike], wanted: set[int]) -> dict[int, str]:
    """Most frequent training n-gram per wanted hashed column, so reasons are human-readable."""
    keys = np.fromiter(wanted, dtype=np.int64, count=len(wanted))
    counts: dict[int, dict[str, int]] = {}
    for view in views:
        char = featurizer.char_ngrams(view.folded)
        word = featurizer.word_ngrams(featurizer.word_docs([view])[0])
        for grams, idx in ((char, featurizer.char_indices(char)), (word, featurizer.word_indices(word))):
            for pos in np.flatnonzero(np.isin(idx, keys)):
                bucket = counts.setdefault(int(idx[pos]), {})
                bucket[grams[pos]] = bucket.get(grams[pos], 0) + 1
    # Ties break on the n-gram text so the table (and the model file) is deterministic.
    return {idx: max(sorted(b), key=lambda g: b[g]) for idx, b in sorted(counts.items())}


def analyse(texts: Sequence[str]) -> list[ViewLike]:
    """`models.text.analyse_batch`, called once per batch."""
    return list(analyse_batch(list(texts)))
