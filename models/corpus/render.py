"""Template filling: `{slot}` or `{slot:variant}` placeholders, resolved per language."""

from __future__ import annotations

import random
import re

from models.corpus.slots import DECORATION_PREFIX, DECORATION_SUFFIX, LATN_SPELLINGS, SLOTS

_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)(?::([a-z]+))?\}")
_SPACES = re.compile(r"[ \t]{2,}")
# A filler that ends in "?" or "!" followed by the template's own full stop.
_DOUBLE_STOP = re.compile(r"([?!])[.។]")

# Which filler list a template language reads, in order of preference. Mixed posts are Khmer script
# with English words, so they fall back to Khmer fillers; romanized posts fall back to English ones
# because the proper nouns (provinces, brands) are written the same way in Latin script.
_LANG_KEYS: dict[str, tuple[str, ...]] = {
    "km": ("km",),
    "en": ("en",),
    "mixed": ("mx", "km", "en"),
    "km-latn": ("lt", "en"),
}
_VARIANT_KEYS: dict[str, str] = {"km": "km", "en": "en", "mx": "mx", "lt": "lt"}

SlotTable = dict[str, dict[str, list[str]]]


def fillers_for(name: str, lang: str, variant: str | None, local: SlotTable) -> list[str]:
    """The filler list for one placeholder; a theme's own slots shadow the shared ones."""
    table = local.get(name) or SLOTS.get(name)
    if table is None:
        raise KeyError(f"unknown slot {name!r}")
    keys: tuple[str, ...] = (_VARIANT_KEYS[variant],) if variant else _LANG_KEYS[lang]
    for key in (*keys, "en", "km"):
        if key in table:
            return table[key]
    raise KeyError(f"slot {name!r} has no fillers for {lang}")


def fill(template: str, lang: str, rng: random.Random, local: SlotTable) -> str:
    """Fill every placeholder, then tidy the whitespace the empty fillers leave behind."""

    def pick(match: re.Match[str]) -> str:
        options = fillers_for(match.group(1), lang, match.group(2), local)
        return rng.choice(options)

    text = _PLACEHOLDER.sub(pick, template)
    # A filler may itself hold placeholders (e.g. an opener naming a province): one more pass.
    text = _PLACEHOLDER.sub(pick, text)
    text = _DOUBLE_STOP.sub(r"\1", _SPACES.sub(" ", text))
    return "\n".join(line.strip() for line in text.split("\n")).strip()


_LATN_WORD = re.compile(r"[a-z']+")


def vary_spelling(text: str, rng: random.Random, rate: float = 0.3) -> str:
    """Swap romanized Khmer words for other common chat spellings ("men" -> "mean", "luy" -> "loy")."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        options = LATN_SPELLINGS.get(word)
        return rng.choice(options) if options and rng.random() < rate else word

    return _LATN_WORD.sub(swap, text)


def restyle(text: str, lang: str, rng: random.Random) -> str:
    """Surface variation typical of chat: spelling variants, lower-casing, dropped final punctuation."""
    if lang == "km-latn":
        text = vary_spelling(text, rng)
    if lang in ("en", "km-latn", "mixed") and rng.random() < 0.18:
        text = text.lower()
    if rng.random() < 0.12 and text and text[-1] in ".!។":
        text = text[:-1]
    return text


def decorate(text: str, lang: str, rng: random.Random) -> str:
    """Optional label-neutral prefix/suffix (repost markers, hashtags, emoji) seen on real posts."""
    if rng.random() < 0.22:
        text = f"{rng.choice(DECORATION_PREFIX[lang])} {text}"
    if rng.random() < 0.28:
        suffix = rng.choice(DECORATION_SUFFIX[lang])
        if "{" in suffix:
            suffix = fill(suffix, lang, rng, {}).replace(" ", "")
        text = f"{text} {suffix}"
    return text
