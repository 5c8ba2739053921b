"""Expands the themes into labelled records, adds obfuscated variants and assigns grouped splits."""

from __future__ import annotations

import hashlib
import importlib
import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from models.corpus.render import decorate, fill, restyle
from models.corpus.themes import all_themes
from models.corpus.types import SPLITS, Record, Theme

DEFAULT_SEED = 20250601

# Target share of base records per language. Kept above the required floors (km 35 %, en 25 %,
# mixed + romanized 20 %) so that deduplication and rounding cannot push one below.
LANG_SHARE: dict[str, float] = {"km": 0.39, "en": 0.28, "mixed": 0.165, "km-latn": 0.165}
SPLIT_SHARE: dict[str, float] = {"train": 0.70, "dev": 0.15, "test": 0.15}

Obfuscator = Callable[[str, random.Random, float], str]


@dataclass(frozen=True)
class CorpusConfig:
    seed: int = DEFAULT_SEED
    # Base records per theme (before the language shares and the theme weight).
    per_theme: int = 140
    obfuscate_share: float = 0.16
    # Only the first N themes (fast tests); None means all.
    limit_themes: int | None = None


@dataclass(frozen=True)
class Family:
    family_id: str
    theme: Theme
    lang: str
    template: str
    count: int


def stable_hash(*parts: object) -> int:
    """Process-independent hash (Python's own `hash` is salted per process)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def plan_families(themes: Iterable[Theme], per_theme: int) -> list[Family]:
    """One family per template; the theme's per-language quota is spread over its templates."""
    families: list[Family] = []
    for theme in themes:
        for lang, templates in sorted(theme.templates.items()):
            quota = per_theme * LANG_SHARE[lang] * theme.weight
            count = 1 if theme.source == "handwritten" else max(1, math.ceil(quota / len(templates)))
            for index, template in enumerate(templates, start=1):
                family_id = f"{theme.key}-{lang}-{index:02d}"
                families.append(Family(family_id, theme, lang, template, count))
    return families


def expand_family(family: Family, seed: int, seen: set[str]) -> list[str]:
    """Distinct texts for one family; gives up quietly when the slots run out of combinations."""
    rng = random.Random(f"{seed}:{family.family_id}")
    texts: list[str] = []
    for _ in range(family.count * 12):
        if len(texts) >= family.count:
            break
        text = fill(family.template, family.lang, rng, family.theme.slots)
        text = restyle(decorate(text, family.lang, rng), family.lang, rng)
        key = dedup_key(text)
        if key in seen:
            continue
        seen.add(key)
        texts.append(text)
    return texts


def dedup_key(text: str) -> str:
    return " ".join(text.casefold().split())


def base_record(text: str, family: Family) -> Record:
    theme = family.theme
    return Record(
        id="",
        text=text,
        lang=family.lang,
        fake_news=theme.fake_news,
        abuse_type=sorted(theme.abuse),
        hard_negative=theme.hard_negative,
        neg_kind=theme.neg_kind,
        family=family.family_id,
        obfuscated=theme.obfuscated,
        source=theme.source,
        split="",
    )


def stratum_of(family: Family) -> tuple[str, str]:
    theme = family.theme
    kind = theme.category if theme.category != "hard_negative" else str(theme.neg_kind)
    if theme.stratum:
        kind = f"{theme.stratum}:{kind}"
    return kind, family.lang


def assign_splits(families: list[Family], sizes: dict[str, int], seed: int) -> dict[str, str]:
    """Grouped, stratified split: whole families go to one split, balanced by record count.

    Within each (category, language) stratum the first three families (in a seeded order) seed
    test, dev and train, so every split sees every category in every language that has at least
    three families; the rest go wherever the split is furthest below its target share.
    """
    strata: dict[tuple[str, str], list[Family]] = defaultdict(list)
    for family in families:
        strata[stratum_of(family)].append(family)
    assignment: dict[str, str] = {}
    for key in sorted(strata):
        members = sorted(strata[key], key=lambda f: stable_hash(seed, "split", f.family_id))
        filled = dict.fromkeys(SPLITS, 0)
        for position, family in enumerate(members):
            if position < 3:
                split = ("test", "dev", "train")[position]
            else:
                total = sum(filled.values()) + sizes[family.family_id]
                split = max(SPLITS, key=lambda s: SPLIT_SHARE[s] * total - filled[s])
            assignment[family.family_id] = split
            filled[split] += sizes[family.family_id]
    return assignment


def load_obfuscator() -> tuple[Obfuscator, str]:
    """The text package's obfuscator when it exists, else a small stand-in (named in the data card)."""
    try:
        module = importlib.import_module("models.text.obfuscate")
        func: Obfuscator = module.obfuscate
        return func, "models.text.obfuscate.obfuscate"
    except (ImportError, AttributeError):
        from models.corpus.fallback_obfuscate import obfuscate

        return obfuscate, "models.corpus.fallback_obfuscate.obfuscate (stand-in)"


def augment(records: list[Record], seed: int, share: float, obfuscator: Obfuscator) -> list[Record]:
    """Obfuscated copies of about `share` of the records, same labels, family and split.

    Kept separate from expansion so that it can be re-run alone when the obfuscator changes.
    """
    seen = {dedup_key(r["text"]) for r in records}
    variants: list[Record] = []
    for record in records:
        rng = random.Random(f"{seed}:augment:{record['family']}:{record['text']}")
        if rng.random() >= share:
            continue
        text = obfuscator(record["text"], rng, rng.uniform(0.3, 0.8))
        key = dedup_key(text)
        if not text.strip() or key in seen:
            continue
        seen.add(key)
        variant = Record(**record)
        variant["text"] = text
        variant["obfuscated"] = True
        variant["source"] = "augmented"
        variants.append(variant)
    return variants


def build_corpus(config: CorpusConfig, obfuscator: Obfuscator | None = None) -> list[Record]:
    """The whole corpus, in a seeded shuffled order with ids c-000001..."""
    themes = all_themes()
    if config.limit_themes is not None:
        themes = themes[: config.limit_themes]
    families = plan_families(themes, config.per_theme)
    seen: set[str] = set()
    records: list[Record] = []
    sizes: dict[str, int] = {}
    for family in sorted(families, key=lambda f: f.family_id):
        texts = expand_family(family, config.seed, seen)
        sizes[family.family_id] = len(texts)
        records.extend(base_record(text, family) for text in texts)
    split_of = assign_splits([f for f in families if sizes[f.family_id]], sizes, config.seed)
    for record in records:
        record["split"] = split_of[record["family"]]
    if obfuscator is None:
        obfuscator = load_obfuscator()[0]
    records.extend(augment(records, config.seed, config.obfuscate_share, obfuscator))
    random.Random(f"{config.seed}:order").shuffle(records)
    for number, record in enumerate(records, start=1):
        record["id"] = f"c-{number:06d}"
    return records
